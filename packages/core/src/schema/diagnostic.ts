import { z } from "zod";

/**
 * Why a line was not used for any field. Every line a loader reads is either used or ignored with
 * one of these reasons, so a user can see what was not understood.
 */
export const IgnoreReasonSchema = z.enum([
  "blank",
  "page-header",
  "page-footer",
  "page-number",
  "hidden-row",
  "column-header",
  "table-rule",
  "empty-row",
  "sub-heading",
  "abbreviation-table",
  "reference-key",
  "narrative",
  "unrecognised",
]);

/** A reason for ignoring a line. */
export type IgnoreReason = z.infer<typeof IgnoreReasonSchema>;

/**
 * A message about the input: an ignored run of lines, a row a general rule had to interpret, or a
 * value that could not be parsed. `line`/`lastLine` are 1-based and inclusive.
 */
export const DiagnosticSchema = z.object({
  severity: z.enum(["info", "warning"]),
  /** Machine-readable kind, e.g. `ignored`, `stray-line`, `unparsed-due`. */
  code: z.string().min(1),
  file: z.string(),
  line: z.number().int().positive().nullable(),
  lastLine: z.number().int().positive().nullable(),
  /** The page `line` is printed on, for a paged document (a PDF). */
  page: z.number().int().positive().optional(),
  /** For `ignored` diagnostics, why the lines were ignored. */
  reason: IgnoreReasonSchema.optional(),
  message: z.string(),
  /** The first ignored or offending line, as printed (shortened to 200 characters). */
  text: z.string().optional(),
});

/** A loader or parser diagnostic. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** How one input line was accounted for: used by named fields, or ignored with a reason. */
export const LineAccountSchema = z.discriminatedUnion("use", [
  z.object({
    line: z.number().int().positive(),
    page: z.number().int().positive().optional(),
    use: z.literal("field"),
    fields: z.array(z.string()).min(1),
  }),
  z.object({
    line: z.number().int().positive(),
    page: z.number().int().positive().optional(),
    use: z.literal("ignored"),
    reason: IgnoreReasonSchema,
  }),
]);

/** One line's account. */
export type LineAccount = z.infer<typeof LineAccountSchema>;
