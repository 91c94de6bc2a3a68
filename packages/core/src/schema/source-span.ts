import { z } from "zod";

/**
 * Where a record came from: the source file (relative to the data folder) and every line that
 * contributed to it. Lines are 1-based and sorted; a row continued over a page break lists lines that
 * are not contiguous, so `lines` is the exact list and `firstLine`/`lastLine` are its bounds.
 */
export const SourceSpanSchema = z
  .object({
    file: z.string().min(1),
    firstLine: z.number().int().positive(),
    lastLine: z.number().int().positive(),
    lines: z.array(z.number().int().positive()).min(1),
  })
  .refine((s) => s.lines[0] === s.firstLine && s.lines[s.lines.length - 1] === s.lastLine, {
    message: "firstLine and lastLine must bound lines",
  });

/** A source span: file plus the 1-based lines a record was read from. */
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

/**
 * A cell that is not one of the named fields (e.g. Outcome, Evidence, Resources): its cleaned text
 * and the fragments as printed, one per source line, joined by "\n".
 */
export const CellSchema = z.object({ text: z.string(), raw: z.string() });

/** A cleaned cell with its printed raw text. */
export type Cell = z.infer<typeof CellSchema>;

/**
 * Cells by printed heading (the columns a plan prints besides the model's fields): any heading, each
 * a `Cell`. An object with a catch-all rather than a record: the same shape, validated faster.
 */
export const CellsSchema = z.object({}).catchall(CellSchema);
