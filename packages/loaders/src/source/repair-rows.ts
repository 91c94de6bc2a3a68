import type { Diagnostic } from "@ofsted-action-plans/core";
import type { FurnitureReason } from "../table-files/grid.js";
import { isBlank, repeatedLines } from "./cells.js";

/** What the structural pass decided about the lines, before any layout reads them. */
export interface RowRepairs {
  /** The lines as layouts read them: furniture blanked, split rows joined, space-separated rows tabbed. */
  readonly lines: readonly string[];
  /** Lines that are page furniture (footers, page numbers), 1-based, with the reason. */
  readonly furniture: ReadonlyMap<number, FurnitureReason>;
  /** For a row joined from several lines: row line → the later lines joined into it (1-based). */
  readonly joined: ReadonlyMap<number, readonly number[]>;
  /** The cell count most of the document's tab rows share, or null (see `tableWidth`). */
  readonly width: number | null;
  /** What was done, with the line it was done at. */
  readonly diagnostics: readonly Omit<Diagnostic, "file">[];
}

/** "Page 3 of 12", "Page 3", "3 of 12", "3/12", "- 3 -", or a page number alone on its line. */
export const PAGE_FOOTER =
  /^\s*(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4}|[-\u2013]\s*\d{1,4}\s*[-\u2013]|\d{1,4})\s*$/iu;

/** Runs of two or more spaces: how a converter prints a tab it lost. */
const SPACE_RUN = / {2,}/gu;

const tabCount = (line: string) => {
  let n = 0;
  for (let i = line.indexOf("\t"); i >= 0; i = line.indexOf("\t", i + 1)) n++;
  return n;
};

/**
 * Reads a document's structure before any layout does, so that another conversion of the same
 * document reads the same:
 * - page footers and page numbers on their own line are page furniture, wherever they fall (inside a
 *   table or a multi-line cell too): layouts see a blank line there;
 * - in a tab-separated document (one whose tab rows mostly share a cell count, the table's width), a
 *   row split over two lines at a cell's line break is joined back when the two parts add up to the
 *   width; a line with no tabs whose runs of spaces stand for the width's tabs is read as a row (a
 *   warning names it: the spaces may hide empty cells).
 * Lines are never dropped: furniture is ignored with its reason, joined lines are used by their row.
 *
 * @returns the repaired lines, the furniture and joined lines, and a diagnostic for each repair.
 * @example
 * const r = repairRows(["1\tRec\tAct", "2\tRec two", "continues\tAct two", "Page 1 of 3"]);
 * r.lines; // ["1\tRec\tAct", "2\tRec two continues\tAct two", "", ""]
 */
export function repairRows(input: readonly string[]): RowRepairs {
  const lines = [...input];
  const joined = new Map<number, number[]>();
  const { furniture, diagnostics } = setAsideFurniture(lines);
  // Cell counts of the lines as they stand (a repair rewrites a line and blanks the next).
  const counts = lines.map((line) => tabCount(line) + 1);
  const width = widthOf(lines, counts);
  if (width === null) return { lines, furniture, joined, width, diagnostics };
  const grid = tabGrid(lines, counts, width);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (grid.cellsAt(i) === 1 && grid.running(line.trim())) continue;
    const spaced = tabsFromSpaces(grid, i);
    if (spaced) {
      diagnostics.push(spaced);
      continue;
    }
    const join = joinLastCell(grid, i) ?? joinSplitRow(grid, i);
    if (join) {
      joined.set(i + 1, [i + 2]);
      diagnostics.push(join);
      i++;
    }
  }
  return { lines, furniture, joined, width, diagnostics };
}

type RepairNote = Omit<Diagnostic, "file">;

const isTableRow = (line: string) => line.includes("\t") || /^\s*\|.*\|\s*$/u.test(line);

/** Blanks the page footers and page-number lines outside table rows: @returns them, with a note. */
function setAsideFurniture(lines: string[]): { furniture: Map<number, FurnitureReason>; diagnostics: RepairNote[] } {
  const furniture = new Map<number, FurnitureReason>();
  lines.forEach((line, i) => {
    if (!isTableRow(line) && PAGE_FOOTER.test(line)) {
      furniture.set(i + 1, "page-number");
      lines[i] = "";
    }
  });
  if (furniture.size === 0) return { furniture, diagnostics: [] };
  const numbers = [...furniture.keys()];
  const note: RepairNote = {
    severity: "info",
    code: "page-furniture",
    line: numbers[0]!,
    lastLine: numbers[numbers.length - 1]!,
    message: `${numbers.length} page footer or page-number line${numbers.length === 1 ? "" : "s"} read as page furniture, not text`,
  };
  return { furniture, diagnostics: [note] };
}

/** The lines of a tab-separated document as the repairs see and rewrite them. */
interface TabGrid {
  readonly lines: string[];
  readonly width: number;
  cellsAt(i: number): number;
  /** Rewrites line `i` (its cell count follows). */
  rewrite(i: number, line: string): void;
  /** @returns the index of the nearest non-blank line before (step -1) or after (step 1) `i` if it is a row, else -1. */
  rowBeside(i: number, step: 1 | -1): number;
  /** Whether a trimmed line is a running header (the title, any line printed more than once outside the tables): never cell text. */
  running(trimmed: string): boolean;
}

function tabGrid(lines: string[], counts: number[], width: number): TabGrid {
  const cellsAt = (i: number) => counts[i] ?? 0;
  const isRepeated = repeatedLines(lines, (line) => line.includes("\t"));
  const title = lines.find((l) => !isBlank(l))?.trim();
  return {
    lines,
    width,
    cellsAt,
    rewrite: (i, line) => {
      lines[i] = line;
      counts[i] = tabCount(line) + 1;
    },
    rowBeside: (i, step) => {
      for (let k = i + step; k >= 0 && k < lines.length; k += step)
        if (!isBlank(lines[k]!)) return cellsAt(k) >= 2 ? k : -1;
      return -1;
    },
    running: (trimmed) => trimmed === title || isRepeated(trimmed),
  };
}

/** A row whose tabs were printed as runs of spaces (as many cells as the table, or as a row beside it): rewritten, with a warning. */
function tabsFromSpaces(grid: TabGrid, i: number): RepairNote | null {
  const line = grid.lines[i]!;
  if (grid.cellsAt(i) !== 1) return null;
  const neighbours = [grid.rowBeside(i, -1), grid.rowBeside(i, 1)].filter((k) => k >= 0);
  if (neighbours.length === 0) return null;
  const target = [grid.width, ...neighbours.map((k) => grid.cellsAt(k))].find((w) => spacesAsTabs(line, w) !== null);
  if (target === undefined) return null;
  grid.rewrite(i, spacesAsTabs(line, target)!);
  return {
    severity: "warning",
    code: "spaces-as-tabs",
    line: i + 1,
    lastLine: i + 1,
    message: `line ${i + 1} has no tabs; its runs of spaces were read as ${target} cells, like the rows around it (check empty cells)`,
    text: line.slice(0, 200),
  };
}

/**
 * A row's last cell split over two lines: the second has no tabs and follows the row (its last cell
 * not empty) directly, unless the line after it is a row that goes on in lower case (then it starts
 * that row's first cell). Joins line `i + 1` into row `i`, with a warning.
 */
function joinLastCell(grid: TabGrid, i: number): RepairNote | null {
  const { lines, width } = grid;
  const line = lines[i]!;
  const next = lines[i + 1];
  const count = grid.cellsAt(i);
  // (Tested in order of cost: most lines fail the first tests.)
  const complete = () => {
    const above = grid.rowBeside(i, -1);
    return count === width || (above >= 0 && count === grid.cellsAt(above));
  };
  const startsNextRow = () => grid.cellsAt(i + 2) === width && /^\s*[a-z]/u.test(lines[i + 2] ?? "");
  if (
    count < 2 ||
    next === undefined ||
    next.includes("\t") ||
    isBlank(next) ||
    isBlank(line.slice(line.lastIndexOf("\t") + 1)) ||
    !complete() ||
    grid.running(next.trim()) ||
    /\S {2,}\S/u.test(next) ||
    startsNextRow()
  )
    return null;
  grid.rewrite(i, `${line.replace(/\s+$/u, "")} ${next.trim()}`);
  grid.rewrite(i + 1, "");
  return {
    severity: "warning",
    code: "joined-row",
    line: i + 1,
    lastLine: i + 2,
    message: `line ${i + 2} has no tabs and follows a complete row directly: read as the end of that row's last cell`,
    text: next.slice(0, 200),
  };
}

/** A row split over two lines at a line break inside a cell (the two add up to the table's width): joined, with a note. */
function joinSplitRow(grid: TabGrid, i: number): RepairNote | null {
  const { lines, width } = grid;
  const line = lines[i]!;
  const next = lines[i + 1];
  const count = grid.cellsAt(i);
  if (count >= width || next === undefined || !next.includes("\t") || isBlank(next)) return null;
  const nextCount = grid.cellsAt(i + 1);
  if (count + nextCount - 1 !== width) return null;
  const noTabs = count === 1;
  if (noTabs && grid.rowBeside(i, -1) < 0) return null;
  grid.rewrite(i, `${line.replace(/\s+$/u, "")} ${next.replace(/^\s+/u, "")}`);
  grid.rewrite(i + 1, "");
  return {
    severity: noTabs ? "warning" : "info",
    code: "joined-row",
    line: i + 1,
    lastLine: i + 2,
    message: noTabs
      ? `line ${i + 1} has no tabs and line ${i + 2} has the table's ${width} cells: read as one row whose first cell was split over the two lines`
      : `a row split over lines ${i + 1}–${i + 2} (${count} + ${nextCount} cells, one split) joined into one row of ${width} cells`,
    text: line.slice(0, 200),
  };
}

/**
 * @returns the cell count most tab rows of the document share (the table's width), or null when the
 * document is not tab-separated (fewer than five tab rows, or no count shared by half of them).
 * @example
 * tableWidth(["a\tb\tc", "a\tb\tc", "a\tb\tc", "a\tb", "a\tb\tc"]); // 3
 */
export function tableWidth(lines: readonly string[]): number | null {
  return widthOf(
    lines,
    lines.map((line) => tabCount(line) + 1),
  );
}

/** `tableWidth`, given each line's cell count. */
function widthOf(lines: readonly string[], cells: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let rows = 0;
  lines.forEach((line, i) => {
    const n = cells[i]!;
    if (n === 1 || isBlank(line)) return;
    rows++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  });
  if (rows < 5) return null;
  const [width, seen] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return width >= 3 && seen * 2 >= rows ? width : null;
}

/**
 * @returns the line with its runs of spaces read as tabs, when they stand for exactly `width` cells
 * (a run as long as two of the shortest stands for two tabs: an empty cell between), else null.
 */
function spacesAsTabs(line: string, width: number): string | null {
  if (!line.includes("  ")) return null; // no run of spaces at all
  // Trailing runs count too (empty last cells), once the line has a run between words.
  const body = /\S {2,}\S/u.test(line) ? line : line.replace(/\s+$/u, "");
  const runs = [...body.matchAll(SPACE_RUN)];
  if (runs.length === 0 || runs.length > width) return null;
  const unit = Math.min(...runs.map((r) => r[0].length));
  const tabs = runs.map((r) => Math.max(1, Math.round(r[0].length / unit)));
  if (tabs.reduce((a, b) => a + b, 0) + 1 !== width) return null;
  let k = 0;
  return body.replace(SPACE_RUN, () => "\t".repeat(tabs[k++]!));
}
