/**
 * A plan of a fictional council, Northmoor, written for these tests (not a copy of any bundled plan):
 * three recommendations, seven actions, written out below as a spreadsheet, a Word document, a CSV
 * and a text table in the layouts councils use.
 */
export interface PlanRow {
  readonly rec: string;
  readonly ref: string;
  readonly action: string;
  readonly lead: string;
  readonly due: string;
  readonly progress: string;
  /** The council's own status code: 1 achieved, 2 on track, 3 not started. */
  readonly status: string;
}

export const RECOMMENDATIONS = [
  "Ensure that all children subject to a child protection plan are seen alone and their views recorded.",
  "Improve the timeliness and quality of assessments, including analysis of risk.",
  "Strengthen the Board's challenge of partner agencies on the quality of referrals.",
] as const;

export const ROWS: readonly PlanRow[] = [
  {
    rec: RECOMMENDATIONS[0],
    ref: "1.1",
    action: "Revise visiting guidance so that every visit records whether the child was seen alone.",
    lead: "Head of Safeguarding",
    due: "March 2015",
    progress: "Guidance revised and issued to all teams",
    status: "1",
  },
  {
    rec: RECOMMENDATIONS[0],
    ref: "1.2",
    action: "Audit 40 case files a quarter for the child's views.\n• First audit in April\n• Report to the Board",
    lead: "QA Manager",
    due: "June 2015",
    progress: "First audit under way",
    status: "2",
  },
  {
    rec: RECOMMENDATIONS[1],
    ref: "2.1",
    action: "Introduce a single assessment framework with timescales set by need.",
    lead: "Service Manager, Assessment",
    due: "31/05/2015",
    progress: "Framework agreed; training planned for May",
    status: "2",
  },
  {
    rec: RECOMMENDATIONS[1],
    ref: "2.2",
    action: "Deliver risk analysis training to all social workers.",
    lead: "Workforce Development Lead",
    due: "Sept 2015",
    progress: "",
    status: "3",
  },
  {
    rec: RECOMMENDATIONS[1],
    ref: "2.3",
    action: "Report assessment timeliness monthly to the senior management team.",
    lead: "Performance Manager",
    due: "Monthly from April 2015",
    progress: "Monthly report in place",
    status: "1",
  },
  {
    rec: RECOMMENDATIONS[2],
    ref: "3.1",
    action: "Board to hold a challenge session on referral quality with police and health.",
    lead: "Independent Chair",
    due: "<insert date>",
    progress: "To be scheduled",
    status: "3",
  },
  {
    rec: RECOMMENDATIONS[2],
    ref: "3.2",
    action: "Publish a multi-agency referral guide, with examples, on the Board's website.",
    lead: "Board Manager",
    due: "July 2015",
    progress: "Draft guide out for consultation",
    status: "2",
  },
];

/** The plan's own status key, as the manifest gives it. */
export const STATUS_KEY = { "1": "completed", "2": "in_progress", "3": "not_started" } as const;

export const HEADINGS = [
  "Ref",
  "Area for improvement",
  "Key tasks",
  "Responsible officer",
  "Target date",
  "Progress update",
  "Status",
];
