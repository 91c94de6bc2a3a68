import type { Diagnostic } from "@ofsted-action-plans/core";

/**
 * A table as read from a spreadsheet, a Word document or a CSV: rows of cell texts, in document
 * order. Cells covered by a merged cell are empty; line breaks inside a cell are kept as "\n".
 */
export interface Grid {
  readonly rows: readonly GridRow[];
  /** What the rows are ("sheet Plan", "Word tables and paragraphs", "CSV rows"). */
  readonly source: string;
  /** What the reader noticed (hidden rows, bad references…), by row (line) number. */
  readonly diagnostics?: readonly Omit<Diagnostic, "file">[];
}

/** One row of a grid: its cells, and whether it is a paragraph between tables (one cell). */
export interface GridRow {
  readonly cells: readonly string[];
  /** True for a paragraph outside any table (a Word heading between tables, say). */
  readonly paragraph?: boolean;
  /** Each cell's fill colour (`#rrggbb`) where it is shaded, by cell index. */
  readonly fills?: readonly (string | null)[];
  /** True for a row that is one cell merged across the whole table (a heading row). */
  readonly wide?: boolean;
  /** True for a row hidden in a spreadsheet: set aside, not read as part of the plan. */
  readonly hidden?: boolean;
}

/** Why a line of a table document is page furniture. */
export type FurnitureReason = "page-header" | "page-footer" | "page-number";

/**
 * A plan document published as a table, as lines a layout reads: one line per printed line (a PDF)
 * or per row (a sheet, a Word table, a CSV record), each table row written with its cells joined by
 * tabs on the first line it is printed on. What the lines alone cannot say travels beside them: the
 * later lines of a row printed over several, page furniture, pages, cell shading, and rows that may
 * continue the row above over a page break.
 */
export interface TableText {
  readonly lines: readonly string[];
  /** For a row printed over several lines: its first line → the later ones (1-based). */
  readonly joined: ReadonlyMap<number, readonly number[]>;
  /** Lines that are page furniture (running headers and footers, page numbers), with the reason. */
  readonly furniture: ReadonlyMap<number, FurnitureReason>;
  /** The page each line is printed on (index line − 1), for a paged document; else null. */
  readonly pages: readonly number[] | null;
  /** A row's fill colours (`#rrggbb` or null), by cell index, keyed by the row's line. */
  readonly fills: ReadonlyMap<number, readonly (string | null)[]>;
  /** Lines of rows printed first on a page, right after a table row on the page before. */
  readonly pageStarts: ReadonlySet<number>;
  /** Lines of rows that are one cell merged across the whole table (heading rows). */
  readonly wide: ReadonlySet<number>;
  /** Lines of rows hidden in a spreadsheet: set aside, not read as part of the plan. */
  readonly hidden: ReadonlySet<number>;
  /** What the lines are ("sheet Plan", "PDF pages 1–12"). */
  readonly source: string;
  readonly diagnostics: readonly Omit<Diagnostic, "file">[];
}

/**
 * Writes a grid as the lines a layout reads: cells joined by tabs (tabs and line breaks inside a cell
 * become spaces), one line per row, so line n of the result is row n of the grid. Table rows are
 * padded to the grid's widest row (a spreadsheet leaves trailing empty cells out); paragraphs stay
 * one cell.
 *
 * @returns the lines.
 * @example
 * gridLines({ source: "CSV rows", rows: [{ cells: ["Ref", "Action", "Lead"] }, { cells: ["1.1", "Audit\nfiles"] }] });
 * // ["Ref\tAction\tLead", "1.1\tAudit files\t"]
 */
export function gridLines(grid: Grid): string[] {
  let width = 0;
  for (const row of grid.rows) if (!row.paragraph) width = Math.max(width, row.cells.length);
  return grid.rows.map((row) => {
    const cells = row.cells.map(cellLine);
    if (!row.paragraph && cells.some((c) => c !== "")) while (cells.length < width) cells.push("");
    return cells.join("\t");
  });
}

/** @returns a cell's text on one line: tabs and line breaks as spaces, runs of spaces as one. */
export function cellLine(text: string): string {
  return text
    .replace(/[\t\r\n]+/gu, " ")
    .replace(/ {2,}/gu, " ")
    .trim();
}

/**
 * @returns a grid as a table document: its lines (see `gridLines`) and the fills of its rows.
 * @example
 * gridText({ source: "CSV rows", rows: [{ cells: ["Action", "Lead"] }] }).lines; // ["Action\tLead"]
 */
export function gridText(grid: Grid): TableText {
  const fills = new Map<number, readonly (string | null)[]>();
  const wide = new Set<number>();
  const hidden = new Set<number>();
  grid.rows.forEach((row, i) => {
    if (row.fills?.some((f) => f !== null)) fills.set(i + 1, row.fills);
    if (row.wide) wide.add(i + 1);
    if (row.hidden) hidden.add(i + 1);
  });
  return {
    lines: gridLines(grid),
    joined: new Map(),
    furniture: new Map(),
    pages: null,
    fills,
    pageStarts: new Set(),
    wide,
    hidden,
    source: grid.source,
    diagnostics: grid.diagnostics ?? [],
  };
}
