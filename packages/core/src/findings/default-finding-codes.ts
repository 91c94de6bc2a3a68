import type { FindingCodebookInput } from "./finding-codes.js";
import { NATIONAL_FINDING_CODES } from "./national-finding-codes.js";

const CHILD = "(?:child(?:ren)?(?:'s|\u2019s)?|young (?:people|person)(?:'s|\u2019s)?|CYP)";
const CP = "(?:child protection|CP)";

/**
 * The library's finding codes: the specific weaknesses inspectors name again and again, each under
 * its theme, derived from how inspection reports word their recommendations (e.g. "ensure that
 * supervision is regular, reflective and recorded", "improve children's attendance at child
 * protection conferences"). Like the theme codebook it is plain data, extended with
 * `extendFindingCodes`. Codes are in order of specificity: when a finding carries more than two, the
 * two with the most evidence (then the earlier) place it in common weaknesses.
 */
export const defaultFindingCodes: FindingCodebookInput = {
  id: "ofsted-action-plans/finding-codes-v1",
  description: "Second-level codes under the themes: the weaknesses inspection findings name.",
  codes: [
    {
      id: "da_police_notifications",
      parent: "domestic_abuse",
      label: "Police notifications and screening of domestic abuse referrals",
      definition:
        "How police notifications of domestic incidents reach children's social care, and how such referrals are screened and risk assessed.",
      rules: [
        {
          id: "da.screening",
          pattern:
            "\\bscreening\\b[^.;]{0,60}\\b(?:domestic (?:abuse|violence)|DA|DV)\\b[^.;]{0,30}\\breferrals?\\b|\\b(?:domestic (?:abuse|violence))\\b[^.;]{0,20}\\breferrals?\\b",
        },
        {
          id: "da.police-notifications",
          pattern:
            "\\bnotifications?\\b[^.;]{0,80}\\bpolice\\b|\\bpolice\\b[^.;]{0,80}\\b(?:notifications?|screening)\\b",
        },
      ],
    },
    {
      id: "staff_supervision",
      parent: "supervision",
      label: "Regular, reflective, recorded supervision of staff",
      definition:
        "Supervision of social workers and practitioners: its regularity, reflective quality, challenge and recording. Not the supervision of foster carers.",
      rules: [
        {
          id: "supervision.quality",
          pattern:
            "\\b(?:regular|reflective|quality|timeliness|recording|records?|frequency)\\b[^.;]{0,60}\\bsupervision\\b|\\bsupervision\\b[^.;]{0,40}\\b(?:is|are|be)\\s+(?:regular|reflective)|\\bsupervision records\\b",
        },
        { id: "supervision.managerial", pattern: "\\b(?:managerial|staff|reflective|case)\\s+supervision\\b" },
      ],
      exclusions: [
        {
          id: "supervision.carers",
          pattern:
            "\\b(?:foster carers?|carers?)\\b[^.;]{0,40}\\bsupervision\\b|\\bsupervision\\b[^.;]{0,40}\\bfoster carers?\\b",
        },
      ],
    },
    {
      id: "participation_in_conferences",
      parent: "child_voice",
      label: "Children's participation in child protection conferences and planning",
      definition:
        "Children (and parents) attending and taking part in child protection conferences, core groups and protection planning.",
      rules: [
        {
          id: "participation.conferences",
          pattern: `\\b(?:attendance|participat\\w*|involve\\w*)\\b[^.;]{0,80}\\b(?:${CP} )?(?:case )?conferences?\\b|\\bconferences?\\b[^.;]{0,40}\\binvolve\\b[^.;]{0,30}\\b(?:children|young people)\\b`,
        },
        { id: "participation.protection-planning", pattern: "\\bparticipate\\b[^.;]{0,60}\\bprotection planning\\b" },
      ],
    },
    {
      id: "child_views_in_casework",
      parent: "child_voice",
      label: "The child's views and experience in assessments, plans and records",
      definition:
        "The child's views, wishes and feelings or lived experience captured in assessments, plans, records and case work.",
      rules: [
        {
          id: "views.lived-experience",
          pattern: "\\blived experiences?\\b|\\bexperience of the child\\b|\\bchild(?:'s|\u2019s) experience\\b",
        },
        {
          id: "views.wishes-feelings",
          pattern:
            "\\bwishes and feelings\\b[^.;]{0,40}\\brecorded\\b|\\b(?:views|wishes)\\b[^.;]{0,60}\\b(?:recorded|assessments?|plans?|case records?)\\b",
        },
      ],
      exclusions: [
        {
          id: "views.strategic",
          pattern: "\\bstrategic plans?\\b|\\bservice improvements?\\b|\\bservice users(?:'|\u2019)? views\\b",
        },
      ],
    },
    {
      id: "children_seen",
      parent: "child_voice",
      label: "Children seen, and seen alone",
      definition: "Children seen by their social worker during assessments and visits, and seen alone.",
      rules: [
        {
          id: "seen.alone",
          pattern: `\\b${CHILD}[^.;]{0,60}\\b(?:are|is|be)\\s+(?:always\\s+)?seen\\b|\\bseen alone\\b`,
        },
      ],
    },
    {
      id: "visit_frequency",
      parent: "planning",
      label: "Frequency and quality of visits to children",
      definition:
        "How often social workers visit children in need, children subject to plans, looked after children and care leavers.",
      rules: [
        {
          id: "visits.quality",
          pattern: "\\bvisits? to children\\b|\\b(?:frequency|quality)(?: and \\w+)? of (?:visits|visiting)\\b",
        },
        {
          id: "visits.frequency",
          pattern:
            "\\bvisit(?:ed|ing)\\b[^.;]{0,40}\\b(?:regularly|pattern|frequen\\w*)\\b|\\b(?:visiting|visits?) pattern\\b|\\bplanned contacts?\\b[^.;]{0,80}\\b(?:months?|often)\\b",
        },
      ],
    },
    {
      id: "cp_plan_quality",
      parent: "planning",
      label: "Quality of children's plans",
      definition:
        "Child protection (and child in need) plans that are clear, specific, focused on key risks, time-bound, with contingencies, understood by parents.",
      rules: [
        {
          id: "plans.general",
          pattern:
            "\\bquality (?:and \\w+ )?of (?:children(?:'s|\u2019s) )?plans\\b|\\bcontingency plan\\w*\\b|\\bchild in need plans?\\b|\\bsafety plan\\w*\\b|\\bplans? (?:for children )?(?:are|that are|so that they are)\\b[^.;]{0,40}\\b(?:specific|SMART|measurable|focused|timebound)\\b",
        },
        {
          id: "plans.quality",
          pattern: `\\b(?:${CP}|child in need)\\b[^.;]{0,40}\\bplans?\\b[^.;]{0,120}\\b(?:detailed|specific|measurable|simplified|clear|focus\\w*|time[- ]bound\\w*|timescales?|contingenc\\w*|understand\\w*|over-complicated|complicated|objective)\\b`,
        },
        { id: "plans.format", pattern: `\\bformat for recording ${CP} plans\\b` },
      ],
    },
    {
      id: "chairs_reviewing_officers",
      parent: "quality_assurance",
      label: "Quality assurance by conference chairs and reviewing officers",
      definition:
        "The role of child protection chairs, conference chairs, child protection officers and independent reviewing officers in scrutinising plans and reporting on quality.",
      rules: [
        {
          id: "chairs.role",
          pattern: `\\b(?:${CP} (?:chairs?|officers?|co-?ordinators?)|conference chairs?|chairs? of (?:${CP} )?conferences?|(?:independent )?reviewing officers?|IROs?)\\b`,
        },
      ],
    },
    {
      id: "management_oversight",
      parent: "quality_assurance",
      label: "Management oversight and direction of casework",
      definition: "Managers' oversight, scrutiny, direction and decision making on individual cases.",
      rules: [
        {
          id: "oversight.management",
          pattern:
            "\\bmanage(?:ment|rs?|rial)\\b[^.;]{0,40}\\b(?:oversight|scrutiny|direction|decision making)\\b|\\b(?:oversight|scrutiny)\\b[^.;]{0,60}\\b(?:line )?managers?\\b|\\bexercise sufficient oversight\\b",
        },
      ],
    },
    {
      id: "assessment_quality",
      parent: "assessment",
      label: "Analysis and timeliness of assessments",
      definition:
        "Assessments that are timely, analytical, comprehensive and identify needs and risks; performance on completing them.",
      rules: [
        {
          id: "assessment.quality",
          pattern:
            "\\b(?:quality|timeliness|effectiveness)\\b[^.;]{0,40}\\bassessments?\\b|\\bassessments?\\b[^.;]{0,40}\\b(?:quality|timel\\w*)\\b",
        },
        {
          id: "assessment.analysis",
          pattern:
            "\\bassessments?\\b(?: of [a-z ]{1,30})? (?:are|is|be|contain|to be)\\b[^.;]{0,60}\\b(?:analy\\w+|timely|comprehensive|dynamic|up to date)\\b",
        },
        {
          id: "assessment.timeliness",
          pattern:
            "\\btimely completion of\\b[^.;]{0,40}\\bassessments?\\b|\\btimeliness (?:and quality )?of (?:[a-z]+ )?assessments?\\b",
        },
      ],
    },
    {
      id: "front_door_risk",
      parent: "thresholds",
      label: "The front door: contacts, referrals and their risk assessment",
      definition:
        "How contacts and referrals are screened, risk assessed and decided when they first arrive: the front door, MASH, referral and assessment teams.",
      rules: [
        {
          id: "front-door.terms",
          pattern:
            "\\bfront door\\b|\\bMASH\\b|\\bmulti-agency safeguarding hub\\b|\\bcontacts? and referrals?\\b|\\bquality of (?:the )?(?:contacts|referrals)\\b|\\bscreening\\b|\\binitial decisions?\\b",
        },
        {
          id: "front-door.referrals",
          pattern:
            "\\breferrals? (?:are|is|be) (?:appropriately |properly )?risk assessed\\b|\\breferral and assessment team\\b[^.;]{0,80}\\brisk assessment\\b|\\brisk assess all current cases\\b",
        },
      ],
    },
    {
      id: "thresholds_applied",
      parent: "thresholds",
      label: "Consistent understanding and application of thresholds",
      definition:
        "Thresholds for services and for child protection enquiries understood and consistently applied by agencies and managers.",
      rules: [
        {
          id: "thresholds.applied",
          pattern:
            "\\bthresholds?\\b[^.;]{0,80}\\b(?:appli\\w*|understood|consistent\\w*)\\b|\\b(?:consistent|appropriate)\\w* application of (?:the )?thresholds?\\b",
        },
      ],
    },
    {
      id: "early_help_strategy",
      parent: "early_help",
      label: "Early help: its strategy, access and capacity",
      definition:
        "Early help and prevention: a multi-agency strategy or framework, and timely access to early help with enough capacity.",
      rules: [
        {
          id: "early-help.access",
          pattern: "\\bearly help\\b",
        },
        {
          id: "early-help.strategy",
          pattern:
            "\\b(?:early (?:help|intervention)|prevention|preventative)\\b[^.;]{0,60}\\b(?:strategy|framework|services)\\b",
        },
      ],
    },
    {
      id: "views_in_service_development",
      parent: "child_voice",
      label: "Children's views in strategic plans and service development",
      definition:
        "Consultation with children and families, and their views sought and acted on, in strategic planning and service improvement.",
      rules: [
        {
          id: "service-views.voice",
          pattern:
            "\\b(?:voices?|views|participation|engagement|involve\\w*)\\b[^.;]{0,80}\\b(?:service development|development of services|strategic plan\\w*|corporate (?:level|parenting)|influence|shape)\\b",
        },
        {
          id: "service-views.strategic",
          pattern:
            "\\bviews\\b[^.;]{0,40}\\b(?:sought|responded)\\b[^.;]{0,60}\\b(?:strategic plans?|service improvements?)\\b",
        },
        {
          id: "service-views.consultation",
          pattern:
            "\\bconsultation arrangements?\\b[^.;]{0,80}\\b(?:children|young people)\\b|\\bconsultation, participation\\b|\\bservice users(?:'|\u2019)? views\\b",
        },
      ],
    },
    {
      id: "advocacy_access",
      parent: "advocacy",
      label: "Children's access to independent advocacy",
      definition:
        "Children and young people able to have, or promoted access to, an independent advocate or advocacy service.",
      rules: [{ id: "advocacy.access", pattern: "\\b(?:independent )?advoca(?:cy|tes?)\\b" }],
      exclusions: [{ id: "advocacy.verb", pattern: "\\b(?:to|will|would|should|must)\\s+advocate\\b" }],
    },
    {
      id: "complaints",
      parent: "child_voice",
      label: "Children's complaints and representations",
      definition: "Children knowing how to complain, complaint and representation processes, learning from complaints.",
      rules: [{ id: "complaints.term", pattern: "\\bcomplain(?:ts?)?\\b|\\bcomplaint processes\\b" }],
    },
    {
      id: "identity_in_assessments",
      parent: "diversity",
      label: "Ethnicity, culture, religion and identity in assessments",
      definition: "Assessments that consider the child's ethnicity, culture, religion and identity needs.",
      rules: [
        {
          id: "identity.assessments",
          pattern:
            "\\bassessments?\\b[^.;]{0,120}\\b(?:ethnicity|culture|religio\\w*|identity)\\b|\\b(?:ethnicity|identity needs)\\b[^.;]{0,80}\\bassessments?\\b",
        },
      ],
    },
    {
      id: "permanence_planning",
      parent: "looked_after",
      label: "Permanence planning",
      definition:
        "Planning for permanence: permanency planning, parallel and concurrent planning, fostering to adopt, permanent solutions for children.",
      rules: [
        {
          id: "permanence.terms",
          pattern: "\\bpermanen(?:ce|cy)\\b|\\bpermanent (?:carers|homes|families)\\b|\\badoption\\b",
        },
        {
          id: "permanence.planning",
          pattern:
            "\\bpermanen(?:cy|ce) planning\\b|\\bparallel planning\\b|\\bconcurrent planning\\b|\\bfostering to adopt\\b|\\bpermanent solutions\\b",
        },
      ],
    },
    {
      id: "placement_sufficiency",
      parent: "looked_after",
      label: "Sufficiency of homes and placements",
      definition:
        "Enough suitable local homes, placements and foster carers for children in care, so children do not live in unregistered or distant provision.",
      rules: [
        {
          id: "placements.sufficiency",
          pattern:
            "\\bsufficien\\w+\\b|\\bunregistered\\b|\\bchoice of (?:homes|places|placements)\\b|\\bfostering capacity\\b|\\bplaces to live\\b|\\bplacement options\\b",
        },
        {
          id: "placements.local",
          pattern:
            "\\blocal placements?\\b|\\bplacements? capacity\\b|\\b(?:recruit|more)\\b[^.;]{0,20}\\bfoster carers\\b|\\b(?:in or near|close to) (?:their )?(?:own |home )?communit\\w+\\b",
        },
      ],
    },
    {
      id: "board_challenge",
      parent: "governance",
      label: "The Safeguarding Board's challenge and effectiveness",
      definition:
        "The Local Safeguarding Children Board effectively challenging and monitoring the council and partners, with the information and commitment it needs.",
      rules: [
        {
          id: "board.challenge",
          pattern:
            "\\b(?:LSCB|[A-Z]SCB|Safeguarding Children Board|Board)\\b[^.;]{0,120}\\b(?:challeng\\w*|champion|effectiveness|to greatest effect|monitor)\\b|\\b(?:challeng\\w*)\\b[^.;]{0,40}\\b(?:LSCB|Board)\\b",
        },
      ],
    },
    {
      id: "performance_audit",
      parent: "quality_assurance",
      label: "Performance management, audit and quality assurance frameworks",
      definition:
        "Performance information and monitoring, auditing programmes and quality assurance frameworks that show the quality of practice.",
      rules: [
        {
          id: "performance.assurance",
          pattern: "\\bquality assurance\\b|\\bperformance data\\b|\\baudit\\w*\\b",
        },
        {
          id: "performance.systems",
          pattern:
            "\\bperformance (?:information|monitoring|management)\\b|\\bauditing programme\\b|\\bquality assurance (?:framework|arrangements)\\b|\\baudit of cases\\b|\\bregular audit\\b",
        },
      ],
    },
    ...NATIONAL_FINDING_CODES,
  ],
};
