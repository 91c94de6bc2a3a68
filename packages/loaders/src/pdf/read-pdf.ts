import type { Diagnostic } from "@ofsted-action-plans/core";
import { LoadError } from "../errors/load-error.js";
import { PAGE_FOOTER } from "../source/repair-rows.js";
import { cellLine, type FurnitureReason, type TableText } from "../table-files/grid.js";
import { type CellLine, joinCellLines, vocabulary } from "./cell-lines.js";
import { openPdf, type PdfDocument, type PdfLimits } from "./open-pdf.js";
import { lineText, pageLines } from "./page-lines.js";
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
  /** Each cell's first column and the number of columns it spans. */
  readonly cells: { col: number; span: number; runs: Placed[]; box: RuledCell }[];
  readonly width: number;
  /** The column boundaries the row is read by (shared by the rows of one table over its pages). */
  readonly layout: readonly number[];
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
  const read = readPages(doc);
  if (read.runs === 0)
    throw new LoadError(
      read.images > 0 ? "scan" : "empty",
      file,
      null,
      read.images > 0 ? "a PDF with a text layer" : "a PDF with text",
      read.images > 0
        ? `no text layer: its ${doc.pageCount} page${doc.pageCount === 1 ? " is an image" : "s are images"} (a scan); run OCR on it first (e.g. ocrmypdf) and load the result`
        : "the document has no text",
    );
  const texts = read.texts.map((t, i) => (read.inTables.has(i + 1) ? "" : t));
  const laid = read.rows.map(({ page, row }) => layRow(page, row));
  const edges = columnEdges(laid);
  const words = vocabulary(
    texts,
    laid.flatMap((r) => r.cells.map((c) => ({ lines: c.lines, right: edgeOf(r, c, edges) }))),
  );
  const rejoined: Rejoined[] = [];
  rejoinOverPages(laid, words, edges, rejoined);
  const rows = writeRows(laid, texts, read, (row) =>
    rowText(row, words, edges, (word) => rejoined.push({ word, line: row.lines[0]! })),
  );
  return {
    lines: texts,
    joined: rows.joined,
    furniture: findFurniture(texts, read, rows.anchors, rows.joined),
    pages: read.pages,
    fills: rows.fills,
    pageStarts: rows.pageStarts,
    wide: rows.wide,
    hidden: new Set(),
    source: `PDF, ${doc.pageCount} page${doc.pageCount === 1 ? "" : "s"}`,
    diagnostics: [...rows.notes, ...readingNotes(read, rejoined, rows.beside)],
  };
}

/** A word printed over two lines of a cell and rejoined, with the row's line. */
interface Rejoined {
  readonly word: string;
  readonly line: number;
}

/** Where the table rows were written: their anchor lines and what travels beside them. */
interface WrittenRows {
  readonly anchors: Set<number>;
  readonly joined: Map<number, readonly number[]>;
  readonly fills: Map<number, readonly (string | null)[]>;
  readonly pageStarts: Set<number>;
  readonly wide: Set<number>;
  /** Lines that print text beside a table row (the pages' count, plus rows written over text). */
  readonly beside: number;
  readonly notes: Note[];
}

/**
 * Writes each table row, its cells joined by tabs, on the first of its lines no row above has taken
 * (its anchor); its other lines are joined to it. A row with no line of its own is not read (a warning).
 */
function writeRows(
  laid: readonly LaidRow[],
  texts: string[],
  read: ReadPages,
  textOf: (row: LaidRow) => { cells: string[]; fills: (string | null)[] },
): WrittenRows {
  const out = {
    anchors: new Set<number>(),
    joined: new Map<number, readonly number[]>(),
    fills: new Map<number, readonly (string | null)[]>(),
    pageStarts: new Set<number>(),
    wide: new Set<number>(),
    beside: read.beside,
    notes: [] as Note[],
  };
  let lastRow = null as { page: number; line: number } | null;
  for (const row of laid) {
    const { page } = row;
    const { cells, fills } = textOf(row);
    const anchor = row.lines.find((l) => !out.anchors.has(l));
    if (anchor === undefined) {
      const message = "a table row shares all its lines with rows above it: its cells were not read";
      out.notes.push(warning(row.lines[0]!, "pdf-row", message, cells.join(" | ")));
      continue;
    }
    if (texts[anchor - 1] !== "") out.beside++;
    out.anchors.add(anchor);
    texts[anchor - 1] = cells.join("\t");
    const more = row.lines.filter((l) => l !== anchor);
    if (more.length > 0) out.joined.set(anchor, more);
    if (fills.some((f) => f !== null)) out.fills.set(anchor, fills);
    if (row.wide) out.wide.add(anchor);
    if (lastRow && page !== lastRow.page && read.pages[lastRow.line - 1] === page - 1) out.pageStarts.add(anchor);
    lastRow = { page, line: Math.max(lastRow?.line ?? 0, row.lines[row.lines.length - 1]!) };
  }
  return out;
}

/** @returns the notes on how the text was read: words rejoined, text printed sideways, glyphs with no mapping, text beside a table. */
function readingNotes(read: ReadPages, rejoined: readonly Rejoined[], beside: number): Note[] {
  const notes: Note[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (rejoined.length > 0)
    notes.push({
      severity: "info",
      code: "pdf-rejoined-words",
      line: rejoined[0]!.line,
      lastLine: rejoined[rejoined.length - 1]!.line,
      message: `${plural(rejoined.length, "word was", "words were")} printed over two lines of a cell and rejoined (a hyphen at a line's end kept): ${rejoined
        .slice(0, 20)
        .map((r) => `"${r.word}" (line ${r.line})`)
        .join(", ")}${rejoined.length > 20 ? ", …" : ""}`,
    });
  if (read.rotated > 0)
    notes.push(
      warning(1, "pdf-rotated-text", `${plural(read.rotated, "text run", "text runs")} printed sideways were not read`),
    );
  if (read.unmapped > 0)
    notes.push(
      warning(
        1,
        "pdf-unmapped-glyphs",
        `${plural(read.unmapped, "glyph", "glyphs")} with no Unicode mapping in the PDF's fonts, read as \u25a1`,
      ),
    );
  if (beside > 0)
    notes.push(
      warning(
        1,
        "pdf-text-beside-table",
        `${plural(beside, "line", "lines")} print text beside a table row on the same line: only the row was read there`,
      ),
    );
  return notes;
}

/** The pages of a PDF read: every printed line's text, page and height, and the tables' rows. */
interface ReadPages {
  /** Each printed line's text (all its runs), numbered through the document. */
  readonly texts: string[];
  readonly pages: number[];
  readonly lineY: number[];
  readonly heights: Map<number, number>;
  /** Lines with runs inside a table. */
  readonly inTables: Set<number>;
  readonly rows: { page: number; row: PageRow }[];
  readonly runs: number;
  readonly images: number;
  readonly rotated: number;
  readonly unmapped: number;
  /** Lines that print runs both in a table and outside it. */
  readonly beside: number;
}

function readPages(doc: PdfDocument): ReadPages {
  const read: ReadPages & { runs: number; images: number; rotated: number; unmapped: number; beside: number } = {
    texts: [],
    pages: [],
    lineY: [],
    heights: new Map(),
    inTables: new Set(),
    rows: [],
    runs: 0,
    images: 0,
    rotated: 0,
    unmapped: 0,
    beside: 0,
  };
  const layouts: number[][] = [];
  let previousUnruled: RuledTable | null = null;
  for (let n = 1; n <= doc.pageCount; n++) {
    const raw = doc.page(n, { shapes: true });
    read.heights.set(n, raw.height);
    read.images += raw.images;
    const { page, unmapped } = cleanRuns(raw);
    read.unmapped += unmapped;
    read.runs += page.texts.length;
    const { lines, rotated } = pageLines(page);
    read.rotated += rotated;
    const first = read.texts.length + 1;
    const placed: Placed[][] = lines.map((l, k) => l.runs.map((run) => ({ run, line: first + k })));
    for (const l of lines) {
      read.pages.push(n);
      read.lineY.push(l.y);
      read.texts.push(lineText(l.runs));
    }
    let tables = ruledTables(page.rules, dedupe(page.fills));
    if (tables.length === 0) {
      tables = unruledTables(lines, page, previousUnruled, dedupe(page.fills));
      previousUnruled = tables[tables.length - 1] ?? previousUnruled;
    } else previousUnruled = null;
    const inTable = new Set<Placed>();
    for (const table of tables)
      for (const row of tableRows(table, placed, inTable, layoutOf(table, layouts))) read.rows.push({ page: n, row });
    // A line is the table's when any of its runs is; its other runs are text beside the table.
    lines.forEach((line, k) => {
      const inside = placed[k]!.filter((p) => inTable.has(p)).length;
      if (inside === 0) return;
      read.inTables.add(first + k);
      if (inside < line.runs.length) {
        read.texts[first + k - 1] = lineText(placed[k]!.filter((p) => !inTable.has(p)).map((p) => p.run));
        read.beside++;
      }
    });
  }
  return read;
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
    if (!row) rows.set(cell.row, (row = { cells: [], width: layout.length - 1, layout }));
    const col = Math.min(nearest(layout, cell.x1), layout.length - 2);
    row.cells.push({ col, span: Math.max(1, nearest(layout, cell.x2) - col), runs, box: cell });
  }
  return [...rows.keys()].sort((a, b) => a - b).map((r) => rows.get(r)!);
}

/** A table row with each cell's printed lines: ready to be joined once the document's words are known. */
interface LaidRow {
  readonly page: number;
  readonly layout: readonly number[];
  readonly width: number;
  /** One cell across the whole table. */
  readonly wide: boolean;
  readonly cells: { col: number; span: number; lines: CellLine[]; right: number; fill: string | null }[];
  readonly lines: number[];
}

/** @returns a row's cells as their printed lines, and the row's lines (sorted). */
function layRow(page: number, row: PageRow): LaidRow {
  const lines = new Set<number>();
  const cells = row.cells.map(({ col, span, runs, box }) => {
    for (const p of runs) lines.add(p.line);
    return { col, span, ...cellLines(runs, box), fill: box.fill };
  });
  const wide = row.width > 1 && row.cells.length === 1 && row.cells[0]!.span >= row.width;
  return { page, layout: row.layout, width: row.width, wide, cells, lines: [...lines].sort((a, b) => a - b) };
}

/**
 * @returns where each column's text stops on the right, by table layout: the furthest any of its
 * lines reaches (a narrow column's longest lines fill it), for telling a broken word from a wrap.
 */
function columnEdges(rows: readonly LaidRow[]): Map<readonly number[], number[]> {
  const edges = new Map<readonly number[], number[]>();
  for (const row of rows) {
    let list = edges.get(row.layout);
    if (!list) edges.set(row.layout, (list = []));
    for (const cell of row.cells)
      if (cell.span === 1) for (const line of cell.lines) list[cell.col] = Math.max(list[cell.col] ?? 0, line.x2);
  }
  return edges;
}

/**
 * A word broken at the foot of a page and finished at the top of the next (a row run over a page
 * break, which prints nothing in its first column there, or more of it in lower case): its end moves
 * up to the cell it began in, so that the word is read whole in the row it belongs to.
 */
function rejoinOverPages(
  rows: readonly LaidRow[],
  words: ReadonlySet<string>,
  edges: ReadonlyMap<readonly number[], number[]>,
  rejoined: { word: string; line: number }[],
): void {
  let above: LaidRow | undefined;
  let seen = 0;
  for (let k = 1; k < rows.length; k++) {
    const row = rows[k]!;
    // The first rows of a page (its repeated header, then the row run over) against the last of the page before.
    if (row.page !== rows[k - 1]!.page) [above, seen] = [rows[k - 1], 0];
    if (!above || row.page !== above.page + 1 || row.layout !== above.layout || ++seen > 2) continue;
    // A row that starts anew prints its first column (an id, a recommendation); one that goes on
    // prints nothing there, or more of its text in lower case.
    const first = row.cells.find((c) => c.col === 0)?.lines[0]?.text;
    if (first !== undefined && !/^\p{Ll}/u.test(first)) continue;
    for (const cell of row.cells) {
      const over = above.cells.find((c) => c.col === cell.col && c.span === 1 && cell.span === 1);
      const last = over?.lines[over.lines.length - 1];
      const first = cell.lines[0];
      if (!over || !last || !first || /^[.,;:!?)\]]/u.test(first.text)) continue;
      if (joinCellLines([last, first], edgeOf(above, over, edges), words).includes("\n")) continue;
      const tail = /^\S+/u.exec(first.text)![0];
      const rest = first.text.slice(tail.length).trimStart();
      over.lines[over.lines.length - 1] = { ...last, text: last.text + tail };
      cell.lines.splice(0, 1, ...(rest === "" ? [] : [{ ...first, text: rest }]));
      rejoined.push({ word: `${/\S+$/u.exec(last.text)?.[0] ?? ""}${tail}`, line: row.lines[0]! });
    }
  }
}

/** @returns where a cell's text stops: its box's inner edge, or its column's furthest line if that is nearer. */
function edgeOf(row: LaidRow, cell: LaidRow["cells"][number], edges: ReadonlyMap<readonly number[], number[]>): number {
  return Math.min(cell.right, edges.get(row.layout)?.[cell.col] ?? cell.right);
}

/** @returns a row's cell texts (lines joined, see `joinCellLines`) and fills. */
function rowText(
  row: LaidRow,
  words: ReadonlySet<string>,
  edges: ReadonlyMap<readonly number[], number[]>,
  joined: (word: string) => void,
): { cells: string[]; fills: (string | null)[] } {
  const cells = new Array<string>(row.width).fill("");
  const fills = new Array<string | null>(row.width).fill(null);
  for (const cell of row.cells) {
    const { col, lines, fill } = cell;
    const text = cellLine(joinCellLines(lines, edgeOf(row, cell, edges), words, joined));
    cells[col] = cells[col] ? `${cells[col]} ${text}` : text;
    fills[col] ??= fill;
  }
  return { cells, fills };
}

/**
 * @returns a cell's runs as its printed lines (each line's runs joined), and where its text stops on
 * the right: as far from the right edge as it starts from the left one.
 */
function cellLines(runs: readonly Placed[], box: { x1: number; x2: number }): { lines: CellLine[]; right: number } {
  const byLine = new Map<number, PdfText[]>();
  let left = Number.POSITIVE_INFINITY;
  for (const p of runs) {
    left = Math.min(left, p.run.x);
    const list = byLine.get(p.line);
    if (list) list.push(p.run);
    else byLine.set(p.line, [p.run]);
  }
  const lines = [...byLine.keys()]
    .sort((a, b) => a - b)
    .map((line) => {
      const lineRuns = byLine.get(line)!.sort((a, b) => a.x - b.x);
      const last = lineRuns[lineRuns.length - 1]!;
      return {
        text: lineText(lineRuns, Number.POSITIVE_INFINITY),
        x1: lineRuns[0]!.x,
        x2: last.x + last.width,
        size: last.size,
      };
    });
  return { lines, right: box.x2 - Math.max(0, left - box.x1) };
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
  { pages, lineY, heights }: Pick<ReadPages, "pages" | "lineY" | "heights">,
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
