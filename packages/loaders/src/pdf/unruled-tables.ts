import { readHeader } from "../layouts/table/header-words.js";
import type { PdfLine } from "./page-lines.js";
import { lineText } from "./page-lines.js";
import type { PdfFill, PdfPage, PdfText } from "./pdf-page.js";
import type { RuledCell, RuledTable } from "./ruled-tables.js";

/** Runs further apart than this many font sizes (a word space is about a quarter) are in different cells. */
const CELL_GAP = 0.45;
/** A gutter (an x range no body word covers) at least this wide (points) divides two columns. */
const GUTTER = 4;

/** Words of a line that belong together: runs closer than `CELL_GAP` font sizes. */
interface Chunk {
  readonly x1: number;
  readonly x2: number;
  readonly runs: readonly PdfText[];
}

/** @returns a line's runs grouped into chunks (the words of one cell on that line). */
export function chunks(line: PdfLine): Chunk[] {
  const out: { x1: number; x2: number; runs: PdfText[] }[] = [];
  for (const run of line.runs) {
    if (run.text.trim() === "") continue;
    const last = out[out.length - 1];
    if (last && run.x - last.x2 <= CELL_GAP * run.size) {
      last.runs.push(run);
      last.x2 = Math.max(last.x2, run.x + run.width);
    } else out.push({ x1: run.x, x2: run.x + run.width, runs: [run] });
  }
  return out;
}

/**
 * Finds a table printed without rules: its header is a line that reads as a plan's column headings
 * (see `readHeader`) — or, on a page that continues an unruled table, the table goes on with the
 * previous page's columns. Columns are divided at the gutters no word of the header or body covers.
 * Rows start where the action column (else the recommendation column) starts a new cell — a gap
 * wider than the table's line spacing above it, or an id in an id column — and at each line whose
 * one chunk spans the gutters (a full-width recommendation row). Each column's text is cut into
 * cells the same way, and a cell belongs to the row it starts in: a recommendation printed once
 * beside several actions (merged down them) stays whole in the first. The table ends at a gap of four
 * line spacings (a page's footer stands apart), or at the page's last thirtieth.
 *
 * @returns the table (as a grid of boxes, like a ruled one), or none.
 */
export function unruledTables(
  lines: readonly PdfLine[],
  page: PdfPage,
  previous: RuledTable | null,
  fills: readonly PdfFill[] = [],
): RuledTable[] {
  const found = tableBody(lines, page, previous);
  if (!found) return [];
  const { headerAt, body, pitch } = found;
  const xs = tableColumns(body, headerAt >= 0, previous);
  if (xs.length < 3) return [];
  const inner = xs.slice(1, -1);
  const laid: LaidLine[] = body.map((line) => {
    const parts = chunks(line);
    const wide = parts.some((c) => inner.some((x) => c.x1 < x - 1 && c.x2 > x + 1));
    const byColumn = xs.slice(0, -1).map((_, c) => parts.filter((p) => columnOf(xs, (p.x1 + p.x2) / 2) === c));
    return { line, wide, byColumn };
  });
  const key = headerAt >= 0 ? keyColumn(laid[0]!.byColumn) : (previous?.key ?? 0);
  const gapAbove = (k: number, column: number | null) => gapBefore(laid, pitch, k, column);
  const rowOf = rowsOf(laid, key, gapAbove);
  const all = withShadedCells(mergeRowCells(columnCells(laid, xs, key, rowOf, gapAbove, fills)), xs, fills);
  const ys = [Math.min(...all.map((c) => c.y1)), Math.max(...all.map((c) => c.y2))];
  return [{ xs, ys, cells: all, x1: xs[0]!, y1: ys[0]!, x2: xs[xs.length - 1]!, y2: ys[1]!, key }];
}

/** A line of the table's body with its chunks by column, and whether one chunk spans the gutters. */
interface LaidLine {
  readonly line: PdfLine;
  readonly wide: boolean;
  readonly byColumn: readonly (readonly Chunk[])[];
}

/**
 * @returns the table's lines from its header (or, on a page that goes on with the previous page's
 * table, from the top tenth) to a gap of four line spacings or the page's last thirtieth, with the
 * header's index (-1 for none) and the line spacing; null when there is no table.
 */
function tableBody(
  lines: readonly PdfLine[],
  page: PdfPage,
  previous: RuledTable | null,
): { headerAt: number; body: PdfLine[]; pitch: number } | null {
  const headerAt = lines.findIndex((l) => {
    const cells = chunks(l).map((c) => lineText(c.runs));
    return cells.length >= 2 && readHeader(cells.join("\t"), 1) !== null;
  });
  const top = headerAt >= 0 ? headerAt : previous ? lines.findIndex((l) => l.y > 0.1 * page.height) : -1;
  if (top < 0) return null;
  const body: PdfLine[] = [];
  const pitch = medianPitch(lines.slice(top));
  for (let k = top; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.y > 0.97 * page.height) break;
    if (body.length > 0 && line.y - body[body.length - 1]!.y > 4 * pitch) break;
    body.push(line);
  }
  return body.length < 2 && headerAt >= 0 ? null : { headerAt, body, pitch };
}

/** @returns the column boundaries: the body's own, or (a page that goes on with the table, which may leave a column empty) the previous page's. */
function tableColumns(body: readonly PdfLine[], hasHeader: boolean, previous: RuledTable | null): number[] {
  let [x1, x2] = [previous?.x1 ?? Infinity, previous?.x2 ?? -Infinity];
  for (const l of body) [x1, x2] = [Math.min(x1, l.x1 - 2), Math.max(x2, l.x2 + 2)];
  const own = hasHeader || !previous ? columns(body, x1, x2) : null;
  return own && (!previous || own.length >= previous.xs.length) ? own : [...previous!.xs];
}

/** Whether line `k` stands more than a line spacing below the line above it that has text in `column` (any line for null). */
function gapBefore(laid: readonly LaidLine[], pitch: number, k: number, column: number | null): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const l = laid[j]!;
    if (column === null || l.wide || l.byColumn[column]!.length > 0) return laid[k]!.line.y - l.line.y > 1.35 * pitch;
  }
  return true;
}

/**
 * @returns each line's row: the header (with its wrapped lines) is row 0; a row starts where the key
 * column (or an id column) starts a cell after a gap, or a line spans the table.
 */
function rowsOf(
  laid: readonly LaidLine[],
  key: number,
  gapAbove: (k: number, column: number | null) => boolean,
): number[] {
  const idColumn = laid.slice(1).every((l) => l.byColumn[0]!.every((c) => lineText(c.runs).length <= 8));
  const starts = laid.map(
    (l, k) =>
      k === 0 ||
      l.wide ||
      laid[k - 1]!.wide ||
      (l.byColumn[key]!.length > 0 && gapAbove(k, key)) ||
      (idColumn && l.byColumn[0]!.length > 0 && gapAbove(k, 0)),
  );
  const rowOf: number[] = [];
  starts.forEach((s, k) => rowOf.push(k === 0 ? 0 : rowOf[k - 1]! + (s ? 1 : 0)));
  return rowOf;
}

/**
 * @returns the cells: a full-width line's, then each column's runs of lines without a gap, each in the
 * row it starts in (the key column's cells end where rows start; a cell merged down several rows runs on).
 */
function columnCells(
  laid: readonly LaidLine[],
  xs: readonly number[],
  key: number,
  rowOf: readonly number[],
  gapAbove: (k: number, column: number | null) => boolean,
  fills: readonly PdfFill[],
): RuledCell[] {
  const box = (row: number, c1: number, c2: number, first: PdfLine, last: PdfLine): RuledCell => {
    const cell = {
      row,
      col: c1,
      rowEnd: row,
      colEnd: c2,
      x1: xs[c1]!,
      x2: xs[c2 + 1]!,
      y1: first.y - first.size,
      y2: last.y + 0.35 * last.size,
    };
    return { ...cell, fill: fillOf(cell, fills) };
  };
  const cells: RuledCell[] = [];
  laid.forEach((l, k) => {
    if (l.wide) cells.push(box(rowOf[k]!, 0, xs.length - 2, l.line, l.line));
  });
  for (let c = 0; c < xs.length - 1; c++) {
    let open: { row: number; first: PdfLine; last: PdfLine } | null = null;
    const close = () => {
      if (open) cells.push(box(open.row, c, c, open.first, open.last));
      open = null;
    };
    laid.forEach((l, k) => {
      if (l.wide) return close();
      if (l.byColumn[c]!.length === 0) return;
      if (open && (gapAbove(k, c) || (c === key && rowOf[k]! !== open.row))) close();
      if (open) open.last = l.line;
      else open = { row: rowOf[k]!, first: l.line, last: l.line };
    });
    close();
  }
  return cells;
}

/** @returns the cells with a row's cells in one column made one cell, by row and column. */
function mergeRowCells(cells: readonly RuledCell[]): Map<string, RuledCell> {
  const merged = new Map<string, RuledCell>();
  for (const cell of cells) {
    const id = `${cell.row}:${cell.col}`;
    const seen = merged.get(id);
    merged.set(id, seen ? { ...seen, y1: Math.min(seen.y1, cell.y1), y2: Math.max(seen.y2, cell.y2) } : cell);
  }
  return merged;
}

/** @returns the cells in row and column order, with each row's empty cells kept where shaded (a rating given by colour alone). */
function withShadedCells(
  merged: Map<string, RuledCell>,
  xs: readonly number[],
  fills: readonly PdfFill[],
): RuledCell[] {
  const rows = new Map<number, { y1: number; y2: number }>();
  for (const cell of merged.values()) {
    const r = rows.get(cell.row);
    rows.set(cell.row, r ? { y1: Math.min(r.y1, cell.y1), y2: Math.max(r.y2, cell.y2) } : { y1: cell.y1, y2: cell.y2 });
  }
  for (const [row, { y1, y2 }] of rows)
    for (let c = 0; c < xs.length - 1; c++) {
      if (merged.has(`${row}:${c}`)) continue;
      const fill = fillOf({ x1: xs[c]!, x2: xs[c + 1]!, y1, y2 }, fills);
      if (fill)
        merged.set(`${row}:${c}`, { row, col: c, rowEnd: row, colEnd: c, x1: xs[c]!, x2: xs[c + 1]!, y1, y2, fill });
    }
  return [...merged.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** @returns the column of an x position. */
function columnOf(xs: readonly number[], x: number): number {
  for (let c = 1; c < xs.length; c++) if (x < xs[c]!) return c - 1;
  return xs.length - 2;
}

/** @returns the column a row is started by: the action column, else the recommendation column, else the first. */
function keyColumn(header: readonly (readonly Chunk[])[]): number {
  const texts = header.map((parts) => parts.map((p) => lineText(p.runs)).join(" "));
  const found = readHeader(texts.join("\t"), 1);
  return found?.roles.action ?? found?.roles.recommendation ?? 0;
}

/** @returns the colour of the fill covering most of a box, or null. */
function fillOf(box: { x1: number; y1: number; x2: number; y2: number }, fills: readonly PdfFill[]): string | null {
  let best: { colour: string; area: number } | null = null;
  for (const f of fills) {
    const w = Math.min(box.x2, f.x + f.width) - Math.max(box.x1, f.x);
    const h = Math.min(box.y2, f.y + f.height) - Math.max(box.y1, f.y);
    if (w > 0 && h > 0 && w * h > 0.5 * (box.x2 - box.x1) * (box.y2 - box.y1) && (!best || w * h > best.area))
      best = { colour: f.colour, area: w * h };
  }
  return best?.colour ?? null;
}

/** @returns the median distance between neighbouring baselines (one font size and a fifth when there is none). */
function medianPitch(lines: readonly PdfLine[]): number {
  const gaps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const gap = lines[k]!.y - lines[k - 1]!.y;
    if (gap > 0 && gap < 3 * lines[k]!.size) gaps.push(gap);
  }
  if (gaps.length === 0) return 1.2 * (lines[0]?.size ?? 10);
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

/**
 * @returns column boundaries: the table's left edge, the middle of every gutter that the chunks of
 * the lines (those not spanning most of the table) leave free, and the right edge.
 */
function columns(lines: readonly PdfLine[], x1: number, x2: number): number[] {
  const spans: [number, number][] = [];
  for (const line of lines) for (const c of chunks(line)) if (c.x2 - c.x1 < 0.6 * (x2 - x1)) spans.push([c.x1, c.x2]);
  spans.sort((a, b) => a[0] - b[0]);
  const xs = [x1];
  let reach = Number.NEGATIVE_INFINITY;
  for (const [a, b] of spans) {
    if (reach > Number.NEGATIVE_INFINITY && a - reach >= GUTTER) xs.push((a + reach) / 2);
    reach = Math.max(reach, b);
  }
  xs.push(x2);
  return xs;
}
