import type { Abbreviation, Diagnostic, ManifestEntry, RatingKeyEntry } from "@ofsted-action-plans/core";
import type { LoadErrorCode } from "../errors/load-error.js";
import type { LineLedger } from "../assemble/line-ledger.js";
import type { RecommendationDraft } from "../assemble/drafts.js";
import type { TableText } from "../table-files/grid.js";

/**
 * What a layout's parser works with: the lines, the ledger that accounts for each of them, and
 * helpers to start recommendations, report diagnostics and fail with a typed error.
 */
export interface ParseContext {
  readonly file: string;
  /** The document's lines; line n is `lines[n - 1]`. */
  readonly lines: readonly string[];
  readonly ledger: LineLedger;
  /** The table document the lines come from (cell fills, rows at the top of a page), if any. */
  readonly table?: TableText;
  /** Starts a recommendation (or theme) and returns its draft. */
  recommendation(
    id: string,
    line: number,
    options?: { timeframe?: string | null; area?: string | null },
  ): RecommendationDraft;
  /** Records an abbreviation or reference key printed at `line`. */
  abbreviation(entry: Abbreviation): void;
  /** Records the rating key the plan prints (see `findRatingKey`); table layouts only. */
  ratingKey?(entries: readonly RatingKeyEntry[]): void;
  /** Records an entry of the plan's reference key ("AA6: Ofsted report: …") printed at `line`. */
  reference(entry: { code: string; title: string; line: number }): void;
  /** Reports something a general rule had to interpret, or could not. */
  note(severity: Diagnostic["severity"], code: string, line: number, message: string): void;
  /** Throws a `LoadError` naming this file, the line and what was expected there. */
  fail(code: LoadErrorCode, line: number | null, expected: string, detail?: string): never;
}

/**
 * One source layout: how to recognise it and how to read it into recommendations and actions.
 * Layouts are plain objects so a user can add one without touching the library.
 */
export interface Layout {
  /** Id written to `Plan.format` and accepted in the manifest's `format`. */
  readonly format: string;
  /** One line saying which plans use it and how it looks. */
  readonly description: string;
  /** What a document of this layout must contain, for error messages. */
  readonly signature: string;
  /** @returns the 1-based line where the layout's signature (its column headings) is, or null. */
  detect(lines: readonly string[]): number | null;
  /** Reads the document into the context; throws through `ctx.fail` on malformed input. */
  parse(ctx: ParseContext): void;
  /** @returns action ids named in a cross-reference cell; default none. */
  crossReferences?(raw: string): string[];
  /**
   * Whether its documents are read through the table-document reader (PDF, Word, Excel, CSV: rows of
   * cells joined by tabs) before it parses them; a PDF is read by such a layout whatever its entry says.
   */
  readonly tableDocuments?: boolean;
  /** @returns the layout set up for one manifest entry (its column names, status key…); default the layout itself. */
  forEntry?(entry: ManifestEntry): Layout;
  /** @returns why `detect` found nothing, and at which line, for the error; default "the document is not in this layout". */
  explainMissing?(lines: readonly string[]): { line: number | null; expected: string; detail: string };
}
