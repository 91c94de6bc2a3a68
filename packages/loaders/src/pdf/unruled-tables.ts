import { readHeader } from "../layouts/table/header-words.js";
import type { PdfLine } from "./page-lines.js";
import { lineText } from "./page-lines.js";
import type { PdfPage, PdfText } from "./pdf-page.js";
import type { RuledCell, RuledTable } from "./ruled-tables.js";

/** Runs further apart than this many font sizes are in different cells. */
const CELL_GAP = 1;
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
 * previous page's columns. Columns are divided at the gutters no word of the header or body covers;
 * a line with one chunk wider than the gutters is a row of its own (a full-width recommendation row);
 * a new row starts where the gap above a line is wider than the table's line spacing, or where the
 * first column has text. The table ends at the bottom tenth of the page (furniture) or at a gap of
 * four line spacings.
 *
 * @returns the table (as a grid of boxes, like a ruled one), or none.
 */
export function unruledTables(lines: readonly PdfLine[], page: PdfPage, previous: RuledTable | null): RuledTable[] {
  const headerAt = lines.findIndex((l) => {
    const cells = chunks(l).map((c) => lineText(c.runs));
    return cells.length >= 2 && readHeader(cells.join("\t"), 1) !== null;
  });
  const top = headerAt >= 0 ? headerAt : previous ? lines.findIndex((l) => l.y > 0.1 * page.height) : -1;
  if (top < 0) return [];
  const body: PdfLine[] = [];
  const pitch = medianPitch(lines.slice(top));
  for (let k = top; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.y > 0.9 * page.height) break;
    if (body.length > 0 && line.y - body[body.length - 1]!.y > 4 * pitch) break;
    body.push(line);
  }
  if (body.length < 2 && headerAt >= 0) return [];
  let [x1, x2] = [previous?.x1 ?? Infinity, previous?.x2 ?? -Infinity];
  for (const l of body) [x1, x2] = [Math.min(x1, l.x1 - 2), Math.max(x2, l.x2 + 2)];
  const xs = headerAt >= 0 || !previous ? columns(body, x1, x2) : [...previous.xs];
  if (xs.length < 3) return [];
  const spans = (line: PdfLine) => chunks(line).some((c) => xs.slice(1, -1).some((x) => c.x1 < x - 1 && c.x2 > x + 1));
  // An id column (short values only): its text starts a row.
  const firstColumn = (line: PdfLine) => chunks(line).filter((c) => c.x1 < xs[1]!);
  const idColumn = body.slice(1).every((l) => firstColumn(l).every((c) => lineText(c.runs).length <= 8));
  // Rows: the header (with its wrapped second line), then a row per gap, full-width line or id.
  const rows: PdfLine[][] = [];
  body.forEach((line, k) => {
    const above = body[k - 1];
    const starts =
      above === undefined ||
      spans(line) ||
      spans(above) ||
      line.y - above.y > 1.35 * pitch ||
      (idColumn && k > 1 && firstColumn(line).length > 0);
    if (starts) rows.push([line]);
    else rows[rows.length - 1]!.push(line);
  });
  const ys = [rows[0]![0]!.y - rows[0]![0]!.size * 1.2];
  for (let r = 1; r < rows.length; r++) {
    const last = rows[r - 1]![rows[r - 1]!.length - 1]!;
    const next = rows[r]![0]!;
    ys.push((last.y + next.y - next.size * 0.8) / 2);
  }
  const lastLine = body[body.length - 1]!;
  ys.push(lastLine.y + lastLine.size * 0.5);
  const cells: RuledCell[] = [];
  rows.forEach((row, r) => {
    const wide = row.length === 1 && spans(row[0]!);
    const cols = wide ? [[0, xs.length - 2]] : xs.slice(0, -1).map((_, c) => [c, c]);
    for (const [c1, c2] of cols)
      cells.push({
        row: r,
        col: c1!,
        rowEnd: r,
        colEnd: c2!,
        x1: xs[c1!]!,
        x2: xs[c2! + 1]!,
        y1: ys[r]!,
        y2: ys[r + 1]!,
        fill: null,
      });
  });
  return [{ xs, ys, cells, x1: xs[0]!, y1: ys[0]!, x2: xs[xs.length - 1]!, y2: ys[ys.length - 1]! }];
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
