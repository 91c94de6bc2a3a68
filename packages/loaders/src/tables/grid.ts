/**
 * A table as read from a spreadsheet, a Word document, a CSV or a text table: rows of cell texts, in
 * document order, each with the label a reader can find it by (e.g. "row 12" of a sheet). Cells
 * covered by a merged cell are empty; line breaks inside a cell are kept as "\n".
 */
export interface Grid {
  readonly rows: readonly GridRow[];
  /** What the rows are ("sheet Plan", "Word tables and paragraphs", "CSV rows"). */
  readonly source: string;
}

/** One row of a grid: its cells, and whether it is a paragraph between tables (one cell). */
export interface GridRow {
  readonly cells: readonly string[];
  /** True for a paragraph outside any table (a Word heading between tables, say). */
  readonly paragraph?: boolean;
}

/**
 * Writes a grid as lines a layout reads: cells joined by tabs (tabs and line breaks inside a cell
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
  const width = Math.max(0, ...grid.rows.filter((r) => !r.paragraph).map((r) => r.cells.length));
  return grid.rows.map((row) => {
    const cells = row.cells.map((c) =>
      c
        .replace(/[\t\r\n]+/gu, " ")
        .replace(/ {2,}/gu, " ")
        .trim(),
    );
    if (!row.paragraph && cells.some((c) => c !== "")) while (cells.length < width) cells.push("");
    return cells.join("\t");
  });
}
