import type { FindingCodebookInput } from "./finding-codes.js";

type Code = FindingCodebookInput["codes"][number];

const CARE_LEAVER =
  "(?:care[- ]leavers?|care[- ]experienced (?:young )?(?:people|adults|children)|young people leaving care)";

/**
 * Finding codes for the subjects Ofsted's recent reports (2022–2026) raise again and again and the
 * five bundled plans do not: homeless 16- and 17-year-olds, pre-proceedings under the Public Law
 * Outline, private fostering, the designated officer for allegations, missing children and
 * exploitation, return home interviews, children missing education, strategy discussions, neglect,
 * services out of hours, disabled children, young carers, chronologies and records, life-story work,
 * family networks, the health, well-being and education of children in care, pathway plans, the
 * care-leaver offer and support to care leavers, workforce stability and caseloads, and partnership
 * and corporate-parenting governance. Plain data, as `defaultFindingCodes` is, and part of it.
 */
export const NATIONAL_FINDING_CODES: readonly Code[] = [
  {
    id: "homeless_young_people",
    parent: "looked_after",
    label: "Homeless 16- and 17-year-olds",
    definition:
      "The response to 16- and 17-year-olds who present as homeless: assessment of their needs, accommodation, and their right to be looked after.",
    rules: [
      {
        id: "homeless.age",
        pattern:
          "\\bhomeless\\w*\\b[^.;]{0,80}\\b(?:16|17|sixteen|seventeen)\\b|\\b(?:16|17|sixteen|seventeen)(?:-| and 17-)?[- ]?(?:years?[- ]olds?|years? old)?\\b[^.;]{0,80}\\bhomeless\\w*\\b",
      },
    ],
  },
  {
    id: "pre_proceedings",
    parent: "planning",
    label: "Pre-proceedings under the Public Law Outline",
    definition:
      "Work under the Public Law Outline before care proceedings: its use, timeliness, tracking, letters before proceedings, and progress in proceedings.",
    rules: [
      {
        id: "plo.terms",
        pattern:
          "\\bpublic law outline\\b|\\bPLO\\b|\\bpre-?\\s?proceedings?\\b|\\bletters? before proceedings\\b|\\bcare proceedings\\b",
      },
    ],
  },
  {
    id: "private_fostering",
    parent: "assessment",
    label: "Private fostering",
    definition: "Identifying and assessing children who live in private fostering arrangements, and supporting them.",
    rules: [{ id: "private-fostering.terms", pattern: "\\bprivate(?:ly)? foster\\w*\\b" }],
  },
  {
    id: "lado",
    parent: "governance",
    label: "The designated officer for allegations (LADO)",
    definition:
      "How the local authority designated officer manages allegations against adults who work with children: oversight, timeliness, recording, awareness.",
    rules: [
      {
        id: "lado.terms",
        pattern:
          "\\blocal authority designated officers?\\b|\\bLADOs?\\b|\\ballegations? against (?:adults|people|staff|those|professionals)\\b",
      },
    ],
  },
  {
    id: "return_home_interviews",
    parent: "missing_exploitation",
    label: "Return home interviews",
    definition: "Interviews with children after they have been missing: their take-up, timeliness, quality and use.",
    rules: [{ id: "rhi.terms", pattern: "\\breturn(?:[- ]to)?[- ]home interviews?\\b|\\bRHIs?\\b" }],
  },
  {
    id: "missing_exploitation_response",
    parent: "missing_exploitation",
    label: "Children who go missing and children at risk of exploitation",
    definition:
      "The response to children who go missing from home or care, and to children at risk of criminal or sexual exploitation (contextual safeguarding).",
    rules: [
      {
        id: "missing.terms",
        pattern:
          "\\b(?:go|goes|going|gone|went) missing\\b|\\bmissing (?:from (?:home|care)|episodes?)\\b|\\bexploit\\w*\\b|\\bcontextual safeguarding\\b|\\bcounty lines\\b",
      },
    ],
    exclusions: [{ id: "missing.education", pattern: "\\bmissing (?:from )?education\\b" }],
  },
  {
    id: "missing_education",
    parent: "missing_exploitation",
    label: "Children missing education, exclusions and home education",
    definition:
      "Children missing education or not in school: identification and tracking, exclusions, elective home education.",
    rules: [
      {
        id: "education.missing",
        pattern:
          "\\bmissing (?:from )?education\\b|\\b(?:excluded|exclusions?) from school\\b|\\bchildren being excluded\\b|\\belective home education\\b|\\b(?:school )?attendance\\b[^.;]{0,40}\\bschool\\b",
      },
    ],
  },
  {
    id: "strategy_discussions",
    parent: "thresholds",
    label: "Strategy discussions and child protection enquiries",
    definition:
      "The response to children at risk of significant harm: timely, multi-agency strategy discussions and meetings, and child protection (section 47) enquiries.",
    rules: [
      {
        id: "strategy.terms",
        pattern:
          "\\bstrategy (?:discussions?|meetings?)\\b|\\bstrategy/multi-agency\\b|\\bsection 47\\b|\\bs47\\b|\\bchild protection (?:enquiries|investigations?)\\b|\\brisk of significant harm\\b|\\bpolice protection\\b",
      },
    ],
  },
  {
    id: "neglect",
    parent: "assessment",
    label: "The response to neglect",
    definition:
      "Identifying and responding to children who experience neglect, including long-term and persistent neglect.",
    rules: [{ id: "neglect.terms", pattern: "\\bneglect\\w*\\b" }],
  },
  {
    id: "out_of_hours",
    parent: "thresholds",
    label: "Services out of hours",
    definition:
      "The emergency duty or out-of-hours service: its response to concerns about children at night and at weekends.",
    rules: [
      {
        id: "out-of-hours.terms",
        pattern:
          "\\bout[- ]of[- ](?:office[- ])?hours\\b|\\bemergency duty\\b|\\bEDT\\b|\\bnights? and (?:at )?weekends?\\b",
      },
    ],
  },
  {
    id: "disabled_children",
    parent: "diversity",
    label: "Disabled children",
    definition: "Services, assessments, plans and transitions for disabled children and young people.",
    rules: [
      {
        id: "disabled.terms",
        pattern:
          "\\bdisabled (?:children|young people|child|young adults?)\\b|\\bchildren (?:and young people )?with (?:a )?disabilit\\w*\\b|\\bchildren with disabilities\\b",
      },
    ],
  },
  {
    id: "young_carers",
    parent: "early_help",
    label: "Young carers",
    definition: "Identifying, assessing and supporting young carers.",
    rules: [{ id: "young-carers.terms", pattern: "\\byoung carers?\\b" }],
  },
  {
    id: "chronologies_records",
    parent: "recording",
    label: "Chronologies and the quality of children's records",
    definition:
      "Children's case records that are accurate, up to date and show the work done, including chronologies and children's histories.",
    rules: [
      {
        id: "records.chronologies",
        pattern:
          "\\bchronolog(?:y|ies)\\b|\\b(?:children(?:'s|\u2019s)|case|care leavers(?:'|\u2019)) (?:case )?records?\\b|\\b(?:accuracy|quality) (?:and \\w+ )?of (?:the )?(?:recording|records?)\\b|\\bsystems to record\\b",
      },
    ],
  },
  {
    id: "life_story_work",
    parent: "looked_after",
    label: "Life-story work and direct work with children in care",
    definition:
      "Life-story work and direct work that help children in care understand their history and why they are in care.",
    rules: [{ id: "life-story.terms", pattern: "\\blife[- ]story\\b|\\bdirect work\\b" }],
  },
  {
    id: "family_networks",
    parent: "planning",
    label: "Family networks and kinship care",
    definition:
      "Working with a child's wider family network: family group conferences, kinship and connected carers, special guardianship.",
    rules: [
      {
        id: "family.network",
        pattern:
          "\\b(?:wider )?family networks?\\b|\\bwider famil(?:y|ies)\\b|\\bkinship\\b|\\bconnected carers?\\b|\\bspecial guardian\\w*\\b|\\bfamily group conferenc\\w*\\b",
      },
    ],
  },
  {
    id: "health_of_children_in_care",
    parent: "looked_after",
    label: "Health, emotional well-being and mental health of children in care and care leavers",
    definition:
      "Health assessments, dental checks, emotional well-being and access to mental health services for children in care and care leavers.",
    rules: [
      {
        id: "health.terms",
        pattern:
          "\\bhealth assessments?\\b|\\bdental\\b|\\bmental health\\b|\\bemotional (?:and mental )?(?:health|well-?being)\\b|\\bwell-?being\\b|\\bCAMHS\\b|\\bhealth histor\\w*\\b",
      },
    ],
  },
  {
    id: "education_of_children_in_care",
    parent: "looked_after",
    label: "Education, employment and training of children in care and care leavers",
    definition: "Personal education plans, the virtual school, and care leavers in education, employment or training.",
    rules: [
      {
        id: "education.terms",
        pattern:
          "\\bpersonal education plans?\\b|\\bPEPs?\\b|\\bvirtual school\\b|\\b(?:education, employment|employment, education)(?:,)? (?:and|or) training\\b|\\bNEET\\b|\\beducational (?:attainment|outcomes|progress)\\b",
      },
    ],
  },
  {
    id: "pathway_plans",
    parent: "looked_after",
    label: "Pathway plans and transition to adulthood",
    definition: "Pathway plans for care leavers and children leaving care, and planning the transition to adulthood.",
    rules: [
      {
        id: "pathway.terms",
        pattern:
          "\\bpathway plan\\w*\\b|\\btransition(?:s|ing)? (?:planning|to adult\\w*)\\b|\\bpreparation for adult\\w*\\b|\\btransition plann\\w*\\b",
      },
    ],
  },
  {
    id: "care_leaver_offer",
    parent: "looked_after",
    label: "The local offer for care leavers",
    definition:
      "The care-leaver local offer: what it contains, its clarity and accessibility, and care leavers' awareness of it.",
    rules: [
      {
        id: "offer.terms",
        pattern: `\\blocal offer\\b|\\b(?:care[- ]leaver|lifelong) offer\\b|\\boffer (?:for|to) ${CARE_LEAVER}\\b|\\brights and entitlements\\b`,
      },
    ],
  },
  {
    id: "care_leaver_support",
    parent: "looked_after",
    label: "Support, accommodation and preparation of care leavers",
    definition:
      "Care leavers' support from personal advisers, keeping in touch, suitable accommodation, support after 21, in custody, and preparation for independence.",
    rules: [
      {
        id: "care-leavers.support",
        pattern: `\\b${CARE_LEAVER}\\b|\\bpersonal advis[eo]rs?\\b|\\bPAs\\b|\\bleaving care\\b`,
      },
    ],
  },
  {
    id: "workforce_stability",
    parent: "workforce",
    label: "Workforce stability, capacity and caseloads",
    definition:
      "A stable workforce and manageable workloads: changes of social worker, turnover, recruitment and retention, capacity, caseloads.",
    rules: [
      {
        id: "workforce.stability",
        pattern:
          "\\b(?:stab\\w+|consisten\\w+)\\b[^.;]{0,30}\\b(?:workforce|staffing|social workers?)\\b|\\bchanges? of (?:social )?workers?\\b|\\bworkloads?\\b|\\bcaseloads?\\b|\\b(?:social work|workforce|staffing) capacity\\b|\\bcapacity (?:of|in) (?:the )?(?:workforce|teams?)\\b|\\brecruit\\w*\\b|\\bretention\\b|\\bretain staff\\b|\\bturnover\\b|\\bconsistent social worker\\b",
      },
    ],
  },
  {
    id: "partnership_governance",
    parent: "governance",
    label: "Partnership and corporate-parenting governance",
    definition:
      "How partner agencies engage and work together, and the governance of safeguarding partnerships and corporate parenting: boards, political and corporate oversight, challenge.",
    rules: [
      {
        id: "partnership.agencies",
        pattern:
          "\\b(?:partner agencies|multi-agency partners?|partners?|partnership)\\b[^.;]{0,80}\\b(?:engage\\w*|attend\\w*|work\\w* together|joint|challenge|accountab\\w*|contribut\\w*|quality of (?:contacts|referrals))\\b|\\bjoint working\\b|\\bsafeguarding partnership\\b",
      },
      {
        id: "partnership.corporate-parenting",
        pattern:
          "\\bcorporate parent\\w*\\b|\\bcorporate and political\\b|\\bpolitical (?:and corporate )?(?:leaders|oversight|support)\\b",
      },
    ],
  },
];
