import type { CodebookInput } from "./codebook.js";

const CHILD = "(?:child(?:ren)?|young (?:people|person)|care leavers?|CYP)";

/**
 * The library's codebook: the 14 themes of the theme codebook and one more (missing children and
 * exploitation), most specific first, with the terms,
 * phrases, abbreviations, exclusions and context rules that detect them. It is plain data: copy and
 * edit it, or extend it with `extendCodebook`, to code with your own definitions.
 */
export const defaultCodebook = {
  id: "ofsted-action-plans/themes-v1",
  description:
    "Themes of post-inspection action plans: four core themes named by users, ten further themes, and missing children and exploitation.",
  themes: [
    {
      id: "advocacy",
      label: "Advocacy",
      core: true,
      definition:
        "Independent advocacy for children and young people: advocates, advocacy services (e.g. NYAS), a Children's Rights Officer acting for children, access to and take-up of advocacy. Not 'advocate' as a verb; not complaints processes without an advocate.",
      rules: [
        { id: "advocacy.term", pattern: "\\badvoca(?:cy|tes?)\\b" },
        { id: "advocacy.nyas", pattern: "\\bNYAS\\b", caseSensitive: true, note: "National Youth Advocacy Service" },
        { id: "advocacy.rights-officer", pattern: "\\bchildren(?:'|\u2019)?s rights (?:officers?|service)\\b" },
      ],
      exclusions: [
        {
          id: "advocacy.verb",
          pattern: "\\b(?:to|will|would|should|must|can|could|we|they|and)\\s+advocate\\b|\\badvocat(?:ed|ing)\\b",
        },
        {
          id: "advocacy.champions",
          pattern:
            "\\bchampions?\\b[^.;]{0,30}?\\badvocates?\\b|\\badvocates?\\b[^.;]{0,30}?\\bchampions?\\b|\\b(?:be|act as|acting as|become|as) (?:strong |effective )?advocates? for\\b",
          note: '"advocates" meaning champions of a cause, not independent advocacy for children',
        },
        {
          id: "advocacy.not-for-children",
          pattern:
            "\\b(?:domestic (?:abuse|violence)|IDV|IDSV|practice|practitioners?|staff|learning|safeguarding|signs of safety|parents?|parental|family|health)\\s+advocates?\\b|\\badvocates?\\b[^.;]{0,60}?\\bpromot\\w*[^.;]{0,60}?\\btraining\\b",
          note: "advocates for adults or for a practice (domestic abuse advocates, practice advocates promoting a model in training), not advocacy for children",
        },
      ],
    },
    {
      id: "domestic_abuse",
      label: "Domestic abuse",
      core: true,
      definition:
        "Domestic abuse or violence (DA, DV) and its machinery: police notifications of domestic incidents, screening of DA referrals, MARAC, services for victims, perpetrator programmes, children exposed to DA.",
      rules: [
        { id: "domestic_abuse.term", pattern: "\\bdomestic (?:abuse|violence|incidents?)\\b" },
        { id: "domestic_abuse.abbreviation", pattern: "\\b(?:DA|DV|MARAC|IDVAs?)\\b", caseSensitive: true },
        { id: "domestic_abuse.perpetrators", pattern: "\\bperpetrators?\\b" },
        {
          id: "domestic_abuse.police-notifications",
          pattern:
            "\\b(?:police|TVP)\\b[^.;]{0,80}?\\b(?:notifications?|screening|incidents?)\\b|\\b(?:notifications?|screening|incidents?)\\b[^.;]{0,80}?\\b(?:police|TVP)\\b",
          note: "police notifications and screening of domestic incidents",
        },
      ],
    },
    {
      id: "supervision",
      label: "Supervision",
      core: true,
      definition:
        "Supervision of practitioners or carers by managers: staff and case supervision, reflective supervision, frequency, quality, recording, templates, audits, training supervisors, supervising social workers of foster carers. Not oversight in general; not supervised contact.",
      rules: [{ id: "supervision.term", pattern: "\\bsupervis(?:ion|ions|ory|ors?|ees?|ing)\\b" }],
      exclusions: [
        { id: "supervision.contact-or-order", pattern: "\\bsupervised contact\\b|\\bsupervision orders?\\b" },
      ],
    },
    {
      id: "thresholds",
      label: "Thresholds",
      core: true,
      definition:
        "Thresholds, levels of need and eligibility criteria deciding which service a child gets (referral thresholds, tier 2, step-up/step-down), their documentation, training, understanding and consistent application; appropriateness of referrals.",
      rules: [
        { id: "thresholds.term", pattern: "\\bthresholds?\\b" },
        { id: "thresholds.levels-of-need", pattern: "\\blevels? of (?:need|intervention)\\b" },
        {
          id: "thresholds.criteria",
          pattern:
            "\\b(?:eligibility|threshold|referral|access) criteria\\b|\\bcriteria for (?:when|intervention|referral|access|eligibility)\\b",
        },
        { id: "thresholds.tier", pattern: "\\btier (?:2|two|3|three)\\b|\\bT2\\b" },
        {
          id: "thresholds.step",
          pattern:
            "\\bstep[- ]?(?:up|down)\\b[^.;]{0,40}?\\b(?:criteria|thresholds?|levels? of need)\\b|\\b(?:criteria|thresholds?)\\b[^.;]{0,40}?\\bstep[- ]?(?:up|down)\\b",
          note: "step-up or step-down counts only where its criteria are named; step-down or closure arrangements alone are not thresholds",
        },
        { id: "thresholds.inappropriate-referrals", pattern: "\\b(?:in)?appropriate(?:ness of)? referrals\\b" },
      ],
      exclusions: [{ id: "thresholds.door", pattern: "\\bthreshold of the (?:door|house|home)\\b" }],
    },
    {
      id: "child_voice",
      label: "Child's voice",
      definition:
        "Children's views, wishes and feelings, participation (e.g. attending conferences), consultation with or feedback from children, seeing children (alone), the child's lived experience, children's complaints.",
      rules: [
        {
          id: "child_voice.views",
          pattern: `\\bviews? (?:of|from) (?:the )?${CHILD}|\\b${CHILD}(?:'|\u2019)?s? views\\b|\\b(?:child|children|young people)(?:'|\u2019)?s?'? views\\b|\\b(?:their|his|her) (?:own )?views\\b`,
        },
        {
          id: "child_voice.voice",
          pattern:
            "\\bvoices?\\b|\\bwishes and feelings\\b|\\blived experiences?\\b|\\blistened to\\b|\\b(?:are|is|be|being) heard\\b",
        },
        {
          id: "child_voice.experience",
          pattern: `\\bexperiences? of (?:the )?${CHILD}|\\b(?:child|children|young people)(?:'|\u2019)?s? experiences?\\b`,
        },
        {
          id: "child_voice.participation",
          pattern: `\\bparticipat\\w*\\b[^.;]{0,80}?\\b${CHILD}|\\b${CHILD}[^.;]{0,60}?\\bparticipat\\w*|\\bparticipation strateg\\w*`,
        },
        {
          id: "child_voice.seen",
          pattern: `\\b(?:seen|seeing|see)\\s+(?:alone|the child|children|young people)\\b|\\b${CHILD}\\b[^.;]{0,40}?\\b(?:seen|visited|saw)\\b|\\bvisit\\w*\\b[^.;]{0,40}?\\b${CHILD}|\\bvisiting patterns?\\b|\\b(?:saw|see|seeing|seen)\\s+(?:their|a|the)\\s+(?:social worker|SW|PA|personal adviser)\\b`,
        },
        {
          id: "child_voice.complaints",
          pattern:
            "\\bcomplain(?:t|ts|ing)?\\b|\\b(?:children|young people)(?:'|\u2019)?s? representations?\\b|\\bmake representations?\\b|\\bservice user (?:evaluation|feedback|involvement|consultation)s?\\b",
        },
        {
          id: "child_voice.engagement",
          pattern: `\\b(?:engag\\w*|consult\\w*|feedback|hear\\w*|listen\\w*|learn\\w*|explor\\w*|involv\\w*)\\b[^.;]{0,40}?\\b(?:${CHILD}|CiCC|service users?)\\b|\\b(?:${CHILD}|service users?)\\b[^.;]{0,120}?\\b(?:feedback|consultation|engagement)\\b`,
        },
        {
          id: "child_voice.attendance",
          pattern: `\\b${CHILD}(?:'|\u2019)?s?\\b[^.;]{0,30}?\\b(?:attend\\w*|invited)\\b|\\battendance\\b[^.;]{0,30}?\\b${CHILD}`,
        },
        { id: "child_voice.councils", pattern: "\\b(?:children in care council|CiCC|youth council|sounding board)\\b" },
      ],
      exclusions: [
        { id: "child_voice.population", pattern: "\\b(?:home|site|office) visits?\\b" },
        {
          id: "child_voice.department",
          pattern:
            "\\bchildren(?:'|\u2019)?s (?:social care|services|social work|trust|partnership|safeguarding|centres?)\\b",
          note: "a department, not children",
        },
      ],
    },
    {
      id: "diversity",
      label: "Diversity",
      definition: "Ethnicity, culture, religion, identity, diversity and equality needs of children.",
      rules: [
        {
          id: "diversity.term",
          pattern:
            "\\bethnic\\w*|\\bdiversity\\b|\\breligio\\w*|\\bidentity\\b|\\bequalit(?:y|ies)\\b|\\bminority\\b|\\bfaith\\b|\\bcultural\\b",
        },
        {
          id: "diversity.culture",
          pattern:
            "\\bculture,?\\s+(?:and\\s+)?(?:religio\\w*|ethnicity|identity|faith)|(?:ethnicity|religion|identity),?\\s+(?:and\\s+)?culture\\b",
        },
        { id: "diversity.abbreviation", pattern: "\\b(?:BME|BAME|SACRE)\\b", caseSensitive: true },
      ],
      exclusions: [{ id: "diversity.quantity", pattern: "\\b(?:a|small|tiny|significant) minority of\\b" }],
    },
    {
      id: "early_help",
      label: "Early help",
      definition:
        "Early help, early intervention and prevention strategies and services, CAF (Common Assessment Framework), lead professional, family support to prevent escalation, edge of care.",
      rules: [
        {
          id: "early_help.term",
          pattern:
            "\\bearly (?:help|intervention)\\b|\\bpreventative\\b|\\bprevent(?:ion|ive) (?:and early|services?|strateg\\w*|work|framework|agenda|offer)\\b|\\blead professionals?\\b|\\bedge of care\\b|\\bcommon assessment framework\\b|\\btroubled families\\b|\\bfamily support\\b",
        },
        { id: "early_help.caf", pattern: "\\bCAFs?\\b", caseSensitive: true },
        { id: "early_help.at-risk-of-care", pattern: "\\bat risk of (?:becoming|being) looked after\\b" },
      ],
      exclusions: [{ id: "early_help.team-name", pattern: "\\bfamily support teams?\\b", note: "a team's name" }],
    },
    {
      id: "looked_after",
      label: "Looked-after children",
      definition:
        "Looked-after children and care leavers: placements, foster carers, fostering panel, permanence, adoption, life story work, accommodation for care leavers, leaving-care support, virtual school, NEET care leavers.",
      rules: [
        {
          id: "looked_after.term",
          pattern:
            "\\blooked[- ]after\\b|\\b(?:children|child|young people) in care\\b|\\bcare[- ]leavers?\\b|\\bindependent reviewing officers?\\b|\\bleaving care\\b|\\bleave care\\b",
        },
        {
          id: "looked_after.care",
          pattern:
            "\\bfoster\\w*|\\bplacements?\\b|\\badopt\\w*|\\bpermanen(?:ce|cy|t (?:placements?|solutions?|alternative))\\b|\\blife story\\b|\\bvirtual (?:school|head\\w*)\\b|\\bcorporate parent\\w*|\\bfamily justice\\b|\\bcare proceedings\\b|\\breg(?:ulation)? ?24\\b|\\bpathway plans?\\b|\\bresidential care\\b|\\bparallel planning\\b|\\bconcurrent planning\\b|\\bfostering to adopt\\b",
        },
        {
          id: "looked_after.abbreviation",
          pattern: "\\b(?:LAC|CiC|CiCC|IROs?|LSW|MTFC)\\b|\\bIRO(?:'|\u2019)s\\b",
          caseSensitive: true,
        },
      ],
      exclusions: [
        {
          id: "looked_after.adopt-a-policy",
          pattern:
            "\\badopt(?:s|ed|ing)?\\s+(?:a|an|the|this|these|joint|common|new|consistent|agreed)\\b(?!\\s+(?:child|children|baby|sibling))|\\badoption\\s+(?:of|by)\\s+(?!(?:a |the )?(?:child|children|babies|siblings)\\b)",
          note: 'adopting a policy or tool ("adoption by partner agencies"), not adoption of children',
        },
      ],
    },
    {
      id: "missing_exploitation",
      label: "Missing children and exploitation",
      definition:
        "Children missing from home, care or education, return interviews; child sexual and criminal exploitation (CSE, CCE), trafficking, grooming, county lines. Not in the theme codebook the hand labels follow, and no action or recommendation of the five bundled plans (2012–2013) carries it: it is here for Ofsted's later reports, where missing and exploitation is a frequent finding, and for other councils' plans; its counts are 0 in the bundled data by absence, not by a rule that fails.",
      rules: [
        {
          id: "missing_exploitation.missing",
          pattern:
            "\\bmissing (?:from (?:home|care|education|school)|children|episodes?|persons?)\\b|\\b(?:go|goes|going|went|gone) missing\\b|\\breturn (?:home )?interviews?\\b|\\bchildren (?:who are |who go )?missing\\b",
        },
        {
          id: "missing_exploitation.exploitation",
          pattern: "\\bexploit(?:ation|ed)\\b|\\btrafficking\\b|\\bgrooming\\b|\\bcounty lines\\b",
        },
        { id: "missing_exploitation.abbreviation", pattern: "\\b(?:CSE|CCE)\\b", caseSensitive: true },
      ],
    },
    {
      id: "planning",
      label: "Planning",
      definition:
        "Child protection, child in need, care and pathway plans: format, quality, objectives, timescales, contingency; core groups and CP conferences as planning forums; permanence planning.",
      rules: [
        {
          id: "planning.plans",
          pattern:
            "\\b(?:child protection|protection|CP|care|pathway|child in need|CIN|contingency|outline|permanency|permanence|parallel|the child(?:'|\u2019)?s|individual|one|support) plan(?:s|ning)?\\b|\\bCPPs?\\b|\\bplans? for (?:the )?(?:child|children)\\b|\\b(?:case analysis and )?planning\\b(?= and (?:supervision|interventions))|\\bplanning (?:for|of) (?:children|permanence)\\b|\\bcare planning\\b|\\bcontingency\\b",
        },
        {
          id: "planning.permanence",
          pattern: "\\bpermanen(?:ce|cy) (?:planning|plans?|strateg\\w*|polic\\w*)\\b|\\bpermanent solutions?\\b",
        },
        {
          id: "planning.processes",
          pattern:
            "\\b(?:child protection|CP) (?:processes|procedures)\\b|\\bprotection planning\\b|\\bassessments?, analyses, plans\\b",
        },
        {
          id: "planning.forums",
          pattern: "\\b(?:core groups?|(?:child protection |CP |case )?conferenc(?:es?|ing))\\b",
        },
        {
          id: "planning.conference-process",
          pattern: "\\bconference and CP processes\\b|\\bconferenc(?:e|ing) and planning\\b",
        },
      ],
      exclusions: [
        {
          id: "planning.population",
          pattern: "\\bsubject (?:to|of) (?:a |the )?(?:child protection|CP) plans?\\b",
          note: "children subject to a plan: who, not planning",
        },
        {
          id: "planning.attendance",
          pattern:
            "\\b(?:attend\\w*|attendance|invited|engag\\w*|participat\\w*|involve\\w*|advocacy|contribute)\\b[^.;]{0,40}?\\b(?:core groups?|(?:child protection |CP |case )?conferenc\\w*)|\\b(?:core groups?|conferenc\\w*)\\b[^.;]{0,20}?\\bby children\\b",
          appliesTo: "action",
          note: "an action about children attending a conference is about their voice, not the plan",
        },
      ],
    },
    {
      id: "recording",
      label: "Recording",
      definition: "Case recording, chronologies, records and documentation being up to date, minutes.",
      rules: [
        {
          id: "recording.term",
          pattern:
            "\\brecord(?:s|ing|ed)?\\b|\\bchronolog(?:y|ies)\\b|\\bminutes\\b|\\bdocumentation\\b|\\binputting documents\\b|\\bcase management system\\b",
        },
      ],
      exclusions: [{ id: "recording.track-record", pattern: "\\btrack record\\b|\\bphotographic record\\b" }],
    },
    {
      id: "assessment",
      label: "Assessment",
      definition:
        "Assessments of children's needs and risks: quality, timeliness, analysis of risk, formats and tools, single/initial/core assessments, parenting assessments, assessments for placements.",
      rules: [
        { id: "assessment.term", pattern: "\\bassess(?:ment|ments|ed|ing)?\\b" },
        { id: "assessment.risk-analysis", pattern: "\\b(?:risk analysis|analysis of risks?|analyse risks?)\\b" },
        { id: "assessment.abbreviation", pattern: "\\b(?:IAs?|CAs)\\b", caseSensitive: true },
      ],
      exclusions: [
        { id: "assessment.caf", pattern: "\\bcommon assessment framework\\b" },
        {
          id: "assessment.strategic-needs",
          pattern: "\\b(?:strategic |joint strategic )?needs assessment\\b|\\btraining needs\\b",
        },
        {
          id: "assessment.team-name",
          pattern: "\\breferral (?:and|&) assessment\\b|\\bassessment (?:team|service)\\b",
          note: "a team's name, not assessments",
        },
        {
          id: "assessment.evaluation",
          pattern: "\\bassess(?:ing)? (?:the )?(?:impact|effectiveness)\\b",
          note: "evaluation (quality assurance)",
        },
        {
          id: "assessment.self-assessment",
          pattern: "\\bself[- ]assess\\w*|\\bpeer assessment\\b",
          note: "an organisation's (a Board's) assessment of itself, not of a child",
        },
      ],
    },
    {
      id: "quality_assurance",
      label: "Quality assurance",
      definition:
        "Case file audits, QA frameworks, performance information, data and reporting, monitoring of practice standards, evaluation of impact.",
      rules: [
        { id: "quality_assurance.audit", pattern: "\\baudit\\w*" },
        {
          id: "quality_assurance.term",
          pattern:
            "\\bquality (?:assurance|assured|framework)\\b|\\bquality of (?:practice|input)\\b|\\bpeer review\\b|\\b(?:practice|quality) standards\\b|\\bmonitoring (?:arrangements|compliance|reports?)\\b|\\bmonitor\\w*\\s+(?:\\w+\\s+){0,3}?(?:performance|compliance|effectiveness|quality|standards|outcomes|impact|take-up|progress)\\b",
        },
        {
          id: "quality_assurance.performance",
          pattern:
            "\\bperformance (?:information|data|reporting|reports?|management|monitoring|clinics?|indicators?|framework|matri(?:x|ces)|targets?|measures?|on)\\b|\\b(?:monitor|challeng|improv|driv)\\w*\\s+(?:\\w+\\s+){0,2}?performance\\b|\\bdata\\b|\\bdata ?sets?\\b|\\b(?:quarterly|monthly|weekly|impact|performance|thematic) reports?\\b|\\breporting\\b|\\bevaluat(?:e|es|ed|ing|ions?)\\b",
        },
        { id: "quality_assurance.abbreviation", pattern: "\\b(?:QA|S&QA)\\b", caseSensitive: true },
      ],
      exclusions: [{ id: "quality_assurance.audit-free", pattern: "\\bauditorium\\b" }],
    },
    {
      id: "workforce",
      label: "Workforce",
      definition:
        "Recruitment, retention, staffing levels, caseloads, training and development of staff or members, competency, management capacity, structure of teams.",
      rules: [
        {
          id: "workforce.training",
          pattern:
            "\\btrain(?:ing|ed|s)?\\b|\\blearning and development\\b|\\bL&D\\b|\\bcoaching\\b|\\bmentoring\\b|\\bseminars?\\b|\\bworkshops?\\b",
        },
        {
          id: "workforce.staffing",
          pattern:
            "\\brecruit\\w*|\\bretention\\b|\\bstaffing\\b|\\bcaseloads?\\b|\\bworkloads?\\b|\\bworkforce\\b|\\bappraisals?\\b|\\bcapabilit(?:y|ies)\\b|\\bcompetenc\\w*|\\bexpertise\\b|\\bskills\\b|\\bleadership (?:programme|development|capacity)\\b|\\bmanagement (?:capacity|arrangements)\\b|\\binterim (?:manager|management)\\b|\\bagency staff\\b|\\bvacanc\\w*",
        },
        {
          id: "workforce.structure",
          pattern: "\\b(?:team )?structure\\b|\\brestructur\\w*|\\breview of the [^.;]{0,40}?\\bTeam\\b",
        },
      ],
      exclusions: [
        {
          id: "workforce.young-people-training",
          pattern:
            "\\b(?:education|employment),?\\s+(?:and\\s+)?training\\b|\\btraining,? or employment\\b|\\bcareer training\\b|\\blife coaching\\b",
        },
        {
          id: "workforce.childrens-workforce",
          pattern: "\\bchildren(?:'|\u2019)?s workforce\\b",
          note: "everyone working with children, not staffing",
        },
      ],
    },
    {
      id: "governance",
      label: "Governance",
      definition:
        "Safeguarding children boards, health and wellbeing and partnership boards, elected members, scrutiny, leadership, strategic planning and commissioning, inter-agency governance and challenge.",
      rules: [
        {
          id: "governance.boards",
          pattern: "\\b(?:[A-Z]{0,2}SCB|LSCB|RSCB|SLSCB|OSCB|HSCB|HWB|CYPHWG)\\b",
          caseSensitive: true,
        },
        {
          id: "governance.partnership",
          pattern: "\\bpartnerships?\\b(?! working)|\\bindependent chair\\b|\\b(?:lead member|portfolio holder)\\b",
        },
        {
          id: "governance.partners",
          pattern:
            "\\b(?:encourag\\w*|engag\\w*|hold\\w*|challeng\\w*)\\s+(?:all\\s+|the\\s+)?(?:partner|member) (?:agencies|organisations)\\b|\\b(?:partner|member) (?:agencies|organisations) to (?:take|play|contribute|attend|participate|engage)\\b|\\bassur(?:e|es|ed|ing) (?:itself|themselves)\\b|\\b(?:statutory|safeguarding|strategic) partners\\b",
          note: "a board's or partnership's work without the word: engaging partner agencies, assuring itself, the safeguarding partners",
        },
        {
          id: "governance.term",
          pattern:
            "\\bboards?\\b|\\bgovernance\\b|\\bscrutiny\\b|\\belected members\\b|\\bmembers(?:'|\u2019)?\\b|\\bmember(?:'|\u2019)s\\b|\\bcabinet\\b|\\bchildren(?:'|\u2019)s trust\\b|\\bexecutive group\\b|\\bchief executive\\b|\\bcommissioning\\b|\\bstrategic (?:planning|plans?|framework|board|needs)\\b|\\boutcomes? focused\\b|\\bpartnership (?:working|board)\\b|\\bleadership\\b",
        },
      ],
      exclusions: [
        { id: "governance.team-members", pattern: "\\b(?:team|staff|family) members\\b" },
        { id: "governance.not-a-board", pattern: "\\bsounding board\\b|\\bleadership (?:programme|development)\\b" },
      ],
    },
  ],
  pointers: [
    { id: "pointer.address-this-action", pattern: "\\bto address this (?:action|recommendation)\\b" },
    { id: "pointer.see", pattern: "^\\s*(?:see|as)\\s+(?:above|below|\\d+\\s*[a-z]?\\b)" },
  ],
  anaphora: [
    {
      id: "anaphora.this",
      pattern: "\\b(?:this|these) (?:issues?|practice|area(?: of practice)?|recommendation|approach)\\b",
    },
    {
      id: "anaphora.above",
      pattern: "\\b(?:the )?above (?:issues?|review|process|group|procedures)\\b|^\\s*above group\\b",
    },
    {
      id: "anaphora.the-service",
      pattern: "(?<=\\b(?:of|to|about|with) )the service\\b",
      note: "the recommendation's service, as the object of the action",
    },
    { id: "anaphora.revised", pattern: "\\brevised (?:approach|format)\\b|\\bnew guidance\\b" },
  ],
  names: [
    {
      id: "names.located",
      pattern:
        "\\b(?:in|within|across)\\s+(?:the|each|all|our)\\s+(?:[\\w&'\u2019-]+\\s+){0,5}?(?:teams?|units?|hubs?)\\b",
      note: "where the work sits: caseloads in the looked-after children's team are workforce, not looked after",
    },
    {
      id: "names.leading",
      pattern:
        "(?:^\\s*|\\bthe\\s+)(?:[\\w&'\u2019-]+\\s+){0,5}?(?:teams?|services?|units?)\\s+(?:to|will|shall)\\s+(?:lead|co-?ordinate|oversee|chair|take the lead)\\b|\\bled by the\\s+(?:[\\w&'\u2019-]+\\s+){0,5}?(?:teams?|services?|units?)\\b",
      note: "who leads the work: a Quality Assurance Service that leads work on participation is not quality assurance",
    },
  ],
} satisfies CodebookInput;
