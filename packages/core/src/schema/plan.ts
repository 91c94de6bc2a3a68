import { z } from "zod";
import { CellsSchema, SourceSpanSchema } from "./source-span.js";
import { StatusSchema } from "./status.js";

/** Council ids are lower-case slugs such as `reading` or `windsor-maidenhead`. */
export const CouncilIdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, "a lower-case slug");

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/**
 * One action of a plan, as printed: the cells are cleaned (see `cleanCell`) and `raw` keeps the
 * printed fragments of each named field, so every value can be traced back to its source lines.
 */
export const ActionSchema = z.object({
  /** Action id as the unit conventions define it (`16`, `R5.4`, `R3.1`, `13b`, `3.1a`). */
  id: z.string().min(1),
  /** Id of the recommendation (or Herefordshire theme) the action answers. */
  recommendationId: z.string().min(1),
  /** The action cell, without its printed number. */
  text: z.string().min(1),
  /** Lead officer cell ("" where none is printed). */
  lead: z.string(),
  /** Due ("By when") cell as printed ("" where the plan has no due column). */
  dueRaw: z.string(),
  /** Progress / update cell as printed ("" where the plan has none); a RAG printed in it stays in it. */
  statusRaw: z.string(),
  /**
   * The rating cell of a plan printed as a table, as printed (`G`, `A/G`, `Amber`, `2`; a cell that
   * prints nothing but is shaded reads `[cell shaded green]`); "" where the plan has no rating column.
   */
  ratingRaw: z.string(),
  /**
   * `action` for an action the plan prints; `recommendation` for a plan that prints only its
   * recommendations (one row each, with their own lead, date and progress): the unit stands for the
   * recommendation itself, its text the recommendation's (or the row's response cell).
   */
  // A literal union, not an enum: the inferred `Plan` type stays nameable without zod (see `StatusKeySchema`).
  kind: z.literal(["action", "recommendation"]),
  /** Herefordshire's Reference cell (AA1..AA7, JD, "Staff via KOM"); "" elsewhere. */
  reference: z.string(),
  /** Ids of other actions the plan points to, e.g. Herefordshire's "Link to 3.11" → ["3.11"]. */
  crossReferences: z.array(z.string()),
  /** Printed fragments of the named fields, one per source line, joined by "\n". */
  raw: z.object({
    id: z.string(),
    text: z.string(),
    lead: z.string(),
    due: z.string(),
    status: z.string(),
    rating: z.string(),
    reference: z.string(),
    crossReferences: z.string(),
  }),
  /** The row's other cells keyed by their printed column heading (Outcome, Evidence, Resources…). */
  otherCells: CellsSchema,
  /** Source file and lines. */
  source: SourceSpanSchema,
});

/** One action of a plan. */
export type Action = z.infer<typeof ActionSchema>;

/** An Ofsted recommendation (or Herefordshire theme) with the actions that answer it. */
export const RecommendationSchema = z.object({
  /** `R1`, `X3`, `T2`: see the unit conventions. */
  id: z.string().min(1),
  /** Recommendation text (Herefordshire: the theme title), cleaned. */
  text: z.string().min(1),
  /** The timescale printed with it ("for immediate improvement", "within 3 months"), else null. */
  timeframe: z.string().nullable(),
  /** The section or judgement area it is printed under (e.g. "Safeguarding Inspection"), else null. */
  area: z.string().nullable(),
  /** Printed fragments of the text, one per source line, joined by "\n". */
  raw: z.object({ text: z.string() }),
  /** Other printed parts (Stockton's outcome and "how will we know" blocks) keyed by heading. */
  otherCells: CellsSchema,
  source: SourceSpanSchema,
  /** The actions that answer it; empty only when the plan prints none (the loader warns). */
  actions: z.array(ActionSchema),
});

/** A recommendation and its actions. */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/**
 * A council's own status key: printed value (case-insensitive, e.g. "1", "Fully achieved") → one of
 * the library's statuses. It drives `status` before any other rule.
 */
// A literal union rather than `StatusSchema` (an enum): the inferred `Plan` type then stays nameable
// from a notebook that does not depend on zod itself (an enum's inferred type refers into zod).
export const StatusKeySchema = z.record(z.string().min(1), z.literal(StatusSchema.options));

/** A council's own status key. */
export type StatusKey = z.infer<typeof StatusKeySchema>;

/** An abbreviation or reference key printed in the plan (Reading's table, Herefordshire's AA1..AA7). */
export const AbbreviationSchema = z.object({
  term: z.string().min(1),
  meaning: z.string(),
  line: z.number().int().positive(),
});

/** An abbreviation and its printed meaning. */
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

/**
 * An entry of a plan's reference key (Herefordshire's "AA6: Ofsted report: Inspection of …"): the
 * code its actions cite, the document it stands for, every line that prints it, and whether that
 * document is the Ofsted inspection report (read from its title, never from the code).
 */
export const ReferenceKeyEntrySchema = z.object({
  code: z.string().min(1),
  title: z.string(),
  lines: z.array(z.number().int().positive()).min(1),
  inspectionReport: z.boolean(),
});

/** An entry of a plan's reference key. */
export type ReferenceKeyEntry = z.infer<typeof ReferenceKeyEntrySchema>;

/**
 * Whether a reference key title names the Ofsted inspection report ("Ofsted report: Inspection of
 * local authority arrangements…"), not another document that mentions Ofsted ("Areas for improvement
 * based on observations of Ofsted judgments").
 *
 * @returns true for the inspection report.
 * @example
 * citesInspectionReport("Ofsted report: Inspection of local authority arrangements for the protection of children"); // true
 * citesInspectionReport("Areas for improvement based on observations of Ofsted judgments"); // false
 */
export function citesInspectionReport(title: string): boolean {
  return /\b(?:ofsted|inspection)\s+report\b|\binspection of (?:local authority|children(?:'|\u2019)?s services|services for)\b/iu.test(
    title,
  );
}

/**
 * An entry of a rating key printed in the plan (`Key: 1 = Fully achieved; 2 = Partially achieved`,
 * or a legend table): the value as printed, its meaning, the status the meaning reads as, and the
 * line it is printed on.
 */
export const RatingKeyEntrySchema = z.object({
  value: z.string().min(1),
  meaning: z.string().min(1),
  status: z.literal(StatusSchema.options),
  line: z.number().int().positive(),
});

/** An entry of a printed rating key. */
export type RatingKeyEntry = z.infer<typeof RatingKeyEntrySchema>;

/** A council's action plan: the manifest's metadata plus everything the loader read. */
export const PlanSchema = z.object({
  /** Manifest id of the document, e.g. `reading-2013-05`. */
  id: z.string().min(1),
  council: CouncilIdSchema,
  councilName: z.string().min(1),
  title: z.string().min(1),
  /** Document date as precise as printed: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null if undated. */
  documentDate: z
    .string()
    .regex(/^\d{4}(?:-\d{2}){0,2}$/u)
    .nullable(),
  /** The date the plan's progress information describes (slippage is measured at it). */
  asOf: IsoDateSchema,
  /** Why `asOf` is that date, quoting the source. */
  asOfEvidence: z.string().min(1),
  /** Layout the loader read (`reading-tab-rows`, …). */
  format: z.string().min(1),
  /** The document: its file, its number of lines and, for a paged document (a PDF), of pages. */
  source: z.object({
    file: z.string().min(1),
    lineCount: z.number().int().nonnegative(),
    pageCount: z.number().int().nonnegative().optional(),
  }),
  abbreviations: z.array(AbbreviationSchema),
  /** The plan's reference key, where it prints one (code → document cited, with provenance). */
  referenceKey: z.array(ReferenceKeyEntrySchema),
  /**
   * The plan's own status key (printed value → status): the manifest's, over any key the plan prints
   * (`ratingKey`); null when it has neither.
   */
  statusKey: StatusKeySchema.nullable(),
  /** The rating key the plan prints, entry by entry with its line (empty when it prints none). */
  ratingKey: z.array(RatingKeyEntrySchema),
  recommendations: z.array(RecommendationSchema).min(1),
});

/** A validated action plan. */
export type Plan = z.infer<typeof PlanSchema>;
