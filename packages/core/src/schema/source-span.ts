import { z } from "zod";

/** How JSON Schema describes a line number (the span's one check enforces it). */
const LINE_NUMBER = { type: "integer", minimum: 1 } as const;

const isLineNumber = (n: number) => Number.isInteger(n) && n >= 1;

/**
 * Whether a span's lines are line numbers in increasing order, from `firstLine` to `lastLine`: one
 * check per span instead of one per number (validating a plan's spans was a third of its cost).
 */
function isSpan(span: { firstLine: number; lastLine: number; lines: readonly number[] }): boolean {
  const { lines } = span;
  if (lines.length === 0 || lines[0] !== span.firstLine || lines[lines.length - 1] !== span.lastLine) return false;
  if (!isLineNumber(span.firstLine)) return false;
  for (let k = 1; k < lines.length; k++) if (!(lines[k]! > lines[k - 1]!) || !Number.isInteger(lines[k])) return false;
  return true;
}

/**
 * Where a record came from: the source file (relative to the data folder) and every line that
 * contributed to it. Lines are 1-based and sorted; a row continued over a page break lists lines that
 * are not contiguous, so `lines` is the exact list and `firstLine`/`lastLine` are its bounds. In a
 * PDF, lines are its printed lines numbered through the document, and `pages` says where they are.
 */
export const SourceSpanSchema = z
  .object({
    file: z.string().min(1),
    firstLine: z.number().meta(LINE_NUMBER),
    lastLine: z.number().meta(LINE_NUMBER),
    lines: z.array(z.number().meta(LINE_NUMBER)).meta({ minItems: 1 }),
    /** For a paged document (a PDF): the pages its lines are printed on, ascending. */
    pages: z.array(z.number().int().positive()).optional(),
  })
  .refine(isSpan, {
    message: "lines must be 1-based line numbers in increasing order, bounded by firstLine and lastLine",
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
