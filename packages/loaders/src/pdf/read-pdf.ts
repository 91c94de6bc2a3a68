import type { Diagnostic } from "@ofsted-action-plans/core";
import { LoadError } from "../errors/load-error.js";
import { PAGE_FOOTER } from "../source/repair-rows.js";
import { cellLine, type FurnitureReason, type TableText } from "../tables/grid.js";
import { openPdf, type PdfLimits } from "./open-pdf.js";
import { lineText, pageLines, type PdfLine } from "./page-lines.js";
import type { PdfFill, PdfPage, PdfText } from "./pdf-page.js";
import { ruledTables, type RuledCell, type RuledTable } from "./ruled-tables.js";
import { unruledTables } from "./unruled-tables.js";

type Note = Omit<Diagnostic, "file">;

/** A text run placed: its line's number in the document (1-based). */
interface Placed {
  readonly run: PdfText;
  readonly line: number;
}

/** One row of a table on a page: its cells' runs, fills and the columns they start at. */
interface PageRow {
  readonly cells: { col: number; runs: Placed[]; box: RuledCell }[];
  readonly width: number;
}

/**
 * Reads a plan printed to PDF as a table document (see `TableText`): the text layer with its
 * positions, every page's printed lines numbered through the document, and its tables — ruled ones
 * from the rules the page draws (merged cells where no rule divides them), unruled ones from the
 * columns the header's and rows' words leave free. A table row is written on the first line it is
 * printed on, its cells joined by tabs (a cell's wrapped lines joined, a word broken over two lines
 * rejoined); its later lines are joined to it. Running headers and footers and page numbers are page
 * furniture; a cell shaded red, amber or green keeps its colour for the rating.
 *
 * @returns the document's lines and what travels beside them.
 * @throws LoadError `scan` for a PDF with no text layer, `encrypted`, `damaged` or `limit` (see `openPdf`).
 * @example
 * import("node:fs").then((fs) => readPdf(fs.readFileSync("plan.pdf"), "plan.pdf").lines.length);
 */
export function readPdf(bytes: Uint8Array, file: string, limits: Partial<PdfLimits> = {}): TableText {
  const doc = openPdf(bytes, file, limits);
  const notes: Note[] = [];
  const texts: string[] = [];
  const pages: number[] = [];
  const lineY: number[] = [];
  const pageHeights = new Map<number, number>();
  const rows: { lines: number[]; cells: string[]; fills: (string | null)[]; page: number }[] = [];
  const layouts: number[][] = [];
  let images = 0;
  let runs = 0;
  let rotated = 0;
  let unmapped = 0;
  let beside = 0;
  let previousUnruled: RuledTable | null = null;
  for (let n = 1; n <= doc.pageCount; n++) {
    const page = doc.page(n, { shapes: true });
    pageHeights.set(n, page.height);
    images += page.images;
    const clean = cleanRuns(page);
    unmapped += clean.unmapped;
    runs += clean.page.texts.length;
    const { lines, rotated: r } = pageLines(clean.page);
    rotated += r;
    const first = texts.length + 1;
    const placed: Placed[][] = lines.map((l, k) => l.runs.map((run) => ({ run, line: first + k })));
    lines.forEach((l) => {
      pages.push(n);
      lineY.push(l.y);
      texts.push("");
    });
    let tables = ruledTables(clean.page.rules, dedupe(clean.page.fills));
    if (tables.length === 0) {
      tables = unruledTables(lines, clean.page, previousUnruled);
      previousUnruled = tables[tables.length - 1] ?? previousUnruled;
    } else previousUnruled = null;
    const inTable = new Set<Placed>();
    for (const table of tables) {
      const layout = layoutOf(table, layouts);
      for (const row of tableRows(table, placed, inTable, layout)) rows.push({ ...rowText(row), page: n });
    }
    // Lines outside the tables keep their text; a table row's line is written below.
    lines.forEach((line, k) => {
      const outside = placed[k]!.filter((p) => !inTable.has(p)).map((p) => p.run);
      if (outside.length === 0) return;
      texts[first + k - 1] = lineText(outside);
      if (outside.length < line.runs.length) beside++;
    });
  }
  if (runs === 0)
    throw new LoadError(
      images > 0 ? "scan" : "empty",
      file,
      null,
      images > 0 ? "a PDF with a text layer" : "a PDF with text",
      images > 0
        ? `no text layer: its ${doc.pageCount} page${doc.pageCount === 1 ? " is an image" : "s are images"} (a scan); run OCR on it first (e.g. ocrmypdf) and load the result`
        : "the document has no text",
    );

  const joined = new Map<number, readonly number[]>();
  const fills = new Map<number, readonly (string | null)[]>();
  const anchors = new Set<number>();
  const pageStarts = new Set<number>();
  let lastPage = 0;
  let lastRowLine = 0;
  for (const row of rows) {
    const anchor = row.lines.find((l) => !anchors.has(l));
    if (anchor === undefined) {
      notes.push(
        warning(
          row.lines[0]!,
          "pdf-row",
          "a table row shares all its lines with rows above it: its cells were not read",
          row.cells.join(" | "),
        ),
      );
      continue;
    }
    if (texts[anchor - 1] !== "") beside++;
    anchors.add(anchor);
    texts[anchor - 1] = row.cells.join("\t");
    const more = row.lines.filter((l) => l !== anchor);
    if (more.length > 0) joined.set(anchor, more);
    if (row.fills.some((f) => f !== null)) fills.set(anchor, row.fills);
    if (row.page !== lastPage && lastRowLine > 0 && pages[lastRowLine - 1] === row.page - 1) pageStarts.add(anchor);
    lastPage = row.page;
    lastRowLine = Math.max(lastRowLine, row.lines[row.lines.length - 1]!);
  }
  const furniture = findFurniture(texts, pages, lineY, pageHeights, anchors, joined);
  if (rotated > 0)
    notes.push(
      warning(1, "pdf-rotated-text", `${rotated} text run${rotated === 1 ? "" : "s"} printed sideways were not read`),
    );
  if (unmapped > 0)
    notes.push(
      warning(
        1,
        "pdf-unmapped-glyphs",
        `${unmapped} glyph${unmapped === 1 ? "" : "s"} with no Unicode mapping in the PDF's fonts, read as \u25a1`,
      ),
    );
  if (beside > 0)
    notes.push(
      warning(
        1,
        "pdf-text-beside-table",
        `${beside} line${beside === 1 ? "" : "s"} print text beside a table row on the same line: only the row was read there`,
      ),
    );
  return {
    lines: texts,
    joined,
    furniture,
    pages,
    fills,
    pageStarts,
    source: `PDF, ${doc.pageCount} page${doc.pageCount === 1 ? "" : "s"}`,
    diagnostics: notes,
  };
}

const warning = (line: number, code: string, message: string, text?: string): Note => ({
  severity: "warning",
  code,
  line,
  lastLine: line,
  message,
  ...(text === undefined ? {} : { text: text.slice(0, 200) }),
});

/** Tabs and control characters out of the text runs (tabs separate cells); U+FFFD as □, counted. */
function cleanRuns(page: PdfPage): { page: PdfPage; unmapped: number } {
  let unmapped = 0;
  const texts = page.texts.map((t) => {
    const text = t.text
      .replace(/[\t\u000a-\u000d\u0085\u2028\u2029]/gu, " ")
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu, "");
    if (!text.includes("\ufffd")) return text === t.text ? t : { ...t, text };
    unmapped += text.split("\ufffd").length - 1;
    return { ...t, text: text.replace(/\ufffd/gu, "\u25a1") };
  });
  return { page: { ...page, texts }, unmapped };
}

/** Fills painted twice at one place (a cell shaded under and over its borders) kept once. */
function dedupe(fills: readonly PdfFill[]): PdfFill[] {
  const seen = new Set<string>();
  return fills.filter((f) => {
    const key = `${f.colour}${Math.round(f.x)},${Math.round(f.y)},${Math.round(f.width)},${Math.round(f.height)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * @returns the column boundaries a table is read by: those of an earlier table whose boundaries it
 * shares (the same table continued on another page, perhaps with a column boundary no row crosses),
 * else its own.
 */
function layoutOf(table: RuledTable, layouts: number[][]): number[] {
  const near = (a: number, b: number) => Math.abs(a - b) <= 4;
  for (const layout of layouts) {
    if (!near(layout[0]!, table.xs[0]!) || !near(layout[layout.length - 1]!, table.xs[table.xs.length - 1]!)) continue;
    if (table.xs.every((x) => layout.some((l) => near(l, x)))) return layout;
  }
  const own = [...table.xs];
  layouts.push(own);
  return own;
}

/** @returns the index of the boundary nearest `x`. */
function nearest(layout: readonly number[], x: number): number {
  let best = 0;
  for (let k = 1; k < layout.length; k++) if (Math.abs(layout[k]! - x) < Math.abs(layout[best]! - x)) best = k;
  return best;
}

/**
 * Puts each text run inside the table into the cell whose box holds its middle, and returns the
 * table's rows: for each grid row, the cells that start on it (a merged cell belongs to its first
 * row and column, as a spreadsheet keeps it), at their column of `layout`.
 */
function tableRows(
  table: RuledTable,
  placed: readonly Placed[][],
  inTable: Set<Placed>,
  layout: readonly number[],
): PageRow[] {
  const byCell = new Map<RuledCell, Placed[]>();
  for (const line of placed)
    for (const p of line) {
      const cx = p.run.x + p.run.width / 2;
      const cy = p.run.y - p.run.size / 3;
      if (cx < table.x1 - 1 || cx > table.x2 + 1 || cy < table.y1 - 1 || cy > table.y2 + 1) continue;
      const cell = table.cells.find((c) => cx >= c.x1 - 1 && cx <= c.x2 + 1 && cy >= c.y1 - 1 && cy <= c.y2 + 1);
      if (!cell) continue;
      inTable.add(p);
      const list = byCell.get(cell);
      if (list) list.push(p);
      else byCell.set(cell, [p]);
    }
  const rows = new Map<number, PageRow>();
  for (const cell of table.cells) {
    const runs = byCell.get(cell) ?? [];
    if (runs.length === 0 && cell.fill === null) continue;
    let row = rows.get(cell.row);
    if (!row) rows.set(cell.row, (row = { cells: [], width: layout.length - 1 }));
    row.cells.push({ col: Math.min(nearest(layout, cell.x1), layout.length - 2), runs, box: cell });
  }
  return [...rows.keys()].sort((a, b) => a - b).map((r) => rows.get(r)!);
}

/** @returns a row's lines (sorted), cell texts and cell fills. */
function rowText(row: PageRow): { lines: number[]; cells: string[]; fills: (string | null)[] } {
  const cells = new Array<string>(row.width).fill("");
  const fills = new Array<string | null>(row.width).fill(null);
  const lines = new Set<number>();
  for (const { col, runs, box } of row.cells) {
    for (const p of runs) lines.add(p.line);
    const text = cellLine(cellText(runs, box));
    cells[col] = cells[col] ? `${cells[col]} ${text}` : text;
    fills[col] ??= box.fill;
  }
  return { lines: [...lines].sort((a, b) => a - b), cells, fills };
}

/** Short words a line may start with: never the tail of a word broken over two lines. */
const SHORT_WORDS = new Set(
  "a an as at be by do go he if in is it me my no of on or so to up us we and are but can for has its may not our the two was who".split(
    " ",
  ),
);

/**
 * @returns a cell's text: its lines in order, joined by a line break; a line ending in a hyphen
 * joined to the next without one ("multi-" + "agency"); a single word that fills the cell to its
 * right edge, followed by a line that starts with a short lower-case fragment that is no word of its
 * own, rejoined ("Safeguardin" + "g": the word was broken because it did not fit the cell).
 */
export function cellText(runs: readonly Placed[], box: { x1: number; x2: number }): string {
  const byLine = new Map<number, PdfText[]>();
  let left = Number.POSITIVE_INFINITY;
  for (const p of runs) {
    left = Math.min(left, p.run.x);
    const list = byLine.get(p.line);
    if (list) list.push(p.run);
    else byLine.set(p.line, [p.run]);
  }
  // Text stops as far from the right edge as it starts from the left one.
  const right = box.x2 - Math.max(0, left - box.x1);
  let text = "";
  let previous: { text: string; x2: number; size: number } | null = null;
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const lineRuns = byLine.get(line)!.sort((a, b) => a.x - b.x);
    const t = lineText(lineRuns, Number.POSITIVE_INFINITY);
    if (t === "") continue;
    const last = lineRuns[lineRuns.length - 1]!;
    const fragment = /^\p{Ll}+/u.exec(t)?.[0] ?? "";
    if (previous === null) text = t;
    else if (/\p{L}-$/u.test(previous.text) && /^\p{L}/u.test(t)) text += t;
    else if (
      !/\s/u.test(previous.text) &&
      fragment.length > 0 &&
      fragment.length <= 4 &&
      !SHORT_WORDS.has(fragment) &&
      previous.x2 >= right - 0.6 * previous.size
    )
      text += t;
    else text += `\n${t}`;
    previous = { text: t, x2: last.x + last.width, size: last.size };
  }
  return text;
}

/**
 * Finds page furniture among the lines outside the tables: lines in the top or bottom tenth of their
 * page whose text (numbers aside) recurs on two or more pages (running headers and footers), and page
 * numbers ("3", "Page 3 of 12") there.
 *
 * @returns furniture lines and the reason for each.
 */
function findFurniture(
  texts: readonly string[],
  pages: readonly number[],
  lineY: readonly number[],
  heights: ReadonlyMap<number, number>,
  anchors: ReadonlySet<number>,
  joined: ReadonlyMap<number, readonly number[]>,
): Map<number, FurnitureReason> {
  const inRows = new Set<number>(anchors);
  for (const more of joined.values()) for (const l of more) inRows.add(l);
  const band = (i: number): "top" | "bottom" | null => {
    const h = heights.get(pages[i]!)!;
    return lineY[i]! < 0.1 * h ? "top" : lineY[i]! > 0.9 * h ? "bottom" : null;
  };
  const key = (t: string) => t.toLowerCase().replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim();
  const seen = new Map<string, Set<number>>();
  texts.forEach((t, i) => {
    if (t === "" || inRows.has(i + 1) || band(i) === null) return;
    const k = key(t);
    let on = seen.get(k);
    if (!on) seen.set(k, (on = new Set()));
    on.add(pages[i]!);
  });
  const furniture = new Map<number, FurnitureReason>();
  texts.forEach((t, i) => {
    const where = band(i);
    if (t === "" || inRows.has(i + 1) || where === null) return;
    if (PAGE_FOOTER.test(t)) furniture.set(i + 1, "page-number");
    else if ((seen.get(key(t))?.size ?? 0) >= 2) furniture.set(i + 1, where === "top" ? "page-header" : "page-footer");
  });
  return furniture;
}

export type { PdfLine };
