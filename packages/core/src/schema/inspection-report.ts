import { z } from "zod";
import { CouncilIdSchema, IsoDateSchema } from "./plan.js";

/**
 * An Ofsted grade of an ILACS judgement. Literal unions rather than enums (see `StatusKeySchema`):
 * the inferred types stay nameable without zod.
 */
export const GradeSchema = z.literal(["outstanding", "good", "requires_improvement", "inadequate"]);

/** An Ofsted grade. */
export type Grade = z.infer<typeof GradeSchema>;

/**
 * The areas an ILACS report grades: the impact of leaders on social work practice, the experiences
 * and progress of children who need help and protection, of children in care, of care leavers, and
 * overall effectiveness (until the April 2026 reform).
 */
export const JudgementAreaSchema = z.literal(["leaders", "help_and_protection", "in_care", "care_leavers", "overall"]);

/** A graded area of an ILACS report. */
export type JudgementArea = z.infer<typeof JudgementAreaSchema>;

/** Where something is printed in a report: its page and its line on the page (1-based, furniture included). */
export const PageLineSchema = z.object({
  page: z.number().int().positive(),
  line: z.number().int().positive(),
});

/** A page and a line of a report. */
export type PageLine = z.infer<typeof PageLineSchema>;

/** A judgement as the report prints it: the grade, its words as printed, and where. */
export const JudgementSchema = z.object({
  grade: GradeSchema,
  /** The grade as printed ("Requires improvement to be good"). */
  printed: z.string().min(1),
  /**
   * The judgement's label as printed; earlier reports grade two areas in one ("The experiences and
   * progress of children in care and care leavers"), given to both.
   */
  label: z.string().min(1),
  at: PageLineSchema,
});

/** A report's judgement of one area. */
export type Judgement = z.infer<typeof JudgementSchema>;

/**
 * One item of a report's "What needs to improve?" section, as printed: its text without the bullet,
 * the national-framework reference printed after it split off (`outcome 3, national framework`), and
 * where it starts and ends.
 */
export const ReportFindingSchema = z.object({
  /** `F1`, `F2`… in print order. */
  id: z.string().min(1),
  /** The item's text, its wrapped lines joined (a hyphen ending a line kept), without the reference. */
  text: z.string().min(1),
  /** The item's lines as printed, bullet and reference included, joined by "\n". */
  raw: z.string().min(1),
  /** The reference printed in brackets at its end, without them; null when there is none. */
  frameworkRef: z.string().nullable(),
  from: PageLineSchema,
  to: PageLineSchema,
});

/** A finding of an inspection report. */
export type ReportFinding = z.infer<typeof ReportFindingSchema>;

/**
 * An Ofsted inspection report of a council's children's services (ILACS), as read: the council, the
 * report's reference number, the inspection dates, the framework, each judgement the report prints
 * (an area it does not grade is absent, never invented), and its findings.
 */
export const InspectionReportSchema = z.object({
  /** `ilacs-<urn>`. */
  id: z.string().min(1),
  /** The council as the file names it (`80426-barnsley.pdf` → `barnsley`). */
  council: CouncilIdSchema,
  /** The council as the report's title prints it ("Barnsley", "Somerset Council"). */
  councilName: z.string().min(1),
  /** Ofsted's unique reference number of the council's children's services (from the file name). */
  urn: z.string().regex(/^\d+$/u),
  file: z.string().min(1),
  title: z.string().min(1),
  inspectionStart: IsoDateSchema,
  inspectionEnd: IsoDateSchema,
  /** The inspection dates as printed ("11 to 15 September 2023"). */
  inspectionDates: z.string().min(1),
  /** The publication date where the report prints one, else null. */
  published: IsoDateSchema.nullable(),
  /** `short` (one week on site) or `standard` (two), as the inspection's dates show. */
  framework: z.literal(["standard", "short"]),
  /** Why the framework is what it is, from the report. */
  frameworkEvidence: z.string().min(1),
  leadInspector: z.string().nullable(),
  judgements: z.object({
    leaders: JudgementSchema.optional(),
    help_and_protection: JudgementSchema.optional(),
    in_care: JudgementSchema.optional(),
    care_leavers: JudgementSchema.optional(),
    overall: JudgementSchema.optional(),
  }),
  findings: z.array(ReportFindingSchema),
  /** The page "What needs to improve?" is printed on; null when the report has no such section. */
  findingsPage: z.number().int().positive().nullable(),
  pageCount: z.number().int().positive(),
  /** How many pages were read (only those up to the end of the findings). */
  pagesRead: z.number().int().positive(),
});

/** An inspection report as read. */
export type InspectionReport = z.infer<typeof InspectionReportSchema>;
