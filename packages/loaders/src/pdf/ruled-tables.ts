import type { PdfFill, PdfRule } from "./pdf-page.js";

/** A cell of a ruled table: the grid rows and columns it covers (merged cells cover several). */
export interface RuledCell {
  readonly row: number;
  readonly col: number;
  readonly rowEnd: number;
  readonly colEnd: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** The colour of the fill covering most of the cell, or null. */
  readonly fill: string | null;
}

/** A table drawn with rules: its column and row boundaries and its cells, top to bottom. */
export interface RuledTable {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly cells: readonly RuledCell[];
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** For a table found without rules: the column whose cells start its rows (see `unruledTables`). */
  readonly key?: number;
}

/** Rules closer than this (points) are the same line; a cell border drawn cell by cell is one rule. */
const SNAP = 1.5;
/** Rules that come this close (points) touch. */
const TOUCH = 2.5;

/**
 * Finds the tables a page draws with rules: groups of horizontal and vertical rules that cross or
 * touch, with at least two columns or two rows. Column and row boundaries are the rules' positions;
 * two neighbouring grid cells are one (merged) cell when no rule separates them, as Word and Excel
 * draw merged cells. A frame around a single cell (a boxed note, a page border) is not a table.
 *
 * @returns the tables, top to bottom.
 * @example
 * ruledTables(page.rules, page.fills).map((t) => t.xs.length - 1); // columns per table
 */
export function ruledTables(rules: readonly PdfRule[], fills: readonly PdfFill[] = []): RuledTable[] {
  const h = mergeRules(
    rules.filter((r) => r.y1 === r.y2 && r.x2 - r.x1 >= 2),
    "h",
  );
  const v = mergeRules(
    rules.filter((r) => r.x1 === r.x2 && r.y2 - r.y1 >= 2),
    "v",
  );
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Rules cross or touch: a horizontal and a vertical one (sorted by x, so the scan stops early).
  const vs = v.map((r, k) => ({ r, k: h.length + k })).sort((a, b) => a.r.x1 - b.r.x1);
  h.forEach((hr, i) => {
    for (const { r: vr, k } of vs) {
      if (vr.x1 < hr.x1 - TOUCH) continue;
      if (vr.x1 > hr.x2 + TOUCH) break;
      if (hr.y1 >= vr.y1 - TOUCH && hr.y1 <= vr.y2 + TOUCH) parent[find(i)] = find(k);
    }
  });
  const groups = new Map<number, PdfRule[]>();
  all.forEach((r, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  });
  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    const table = tableOf(group, fills);
    if (table) tables.push(table);
  }
  return tables.sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1);
}

/** Joins collinear rules that overlap or touch (a border drawn cell by cell). */
function mergeRules(rules: readonly PdfRule[], dir: "h" | "v"): PdfRule[] {
  const at = (r: PdfRule) => (dir === "h" ? r.y1 : r.x1);
  const from = (r: PdfRule) => (dir === "h" ? r.x1 : r.y1);
  const to = (r: PdfRule) => (dir === "h" ? r.x2 : r.y2);
  const sorted = [...rules].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: PdfRule[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(at(last) - at(r)) <= SNAP && from(r) <= to(last) + TOUCH) {
      const end = Math.max(to(last), to(r));
      out[out.length - 1] = dir === "h" ? { ...last, x2: end } : { ...last, y2: end };
    } else out.push(r);
  }
  return out;
}

/** @returns positions closer than SNAP clustered, each cluster's mean, ascending. */
function clusters(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, x) => s + x, 0) / c.length);
}

/** How much of [a1, a2] a set of spans covers, as a share. */
function covered(spans: readonly (readonly [number, number])[], a1: number, a2: number): number {
  let sum = 0;
  for (const [s1, s2] of spans) sum += Math.max(0, Math.min(a2, s2) - Math.max(a1, s1));
  return a2 > a1 ? sum / (a2 - a1) : 0;
}

function tableOf(rules: readonly PdfRule[], fills: readonly PdfFill[]): RuledTable | null {
  const hs = rules.filter((r) => r.y1 === r.y2);
  const vs = rules.filter((r) => r.x1 === r.x2);
  if (hs.length < 2 || vs.length < 2) return null;
  const xs = clusters(vs.map((r) => r.x1));
  const ys = clusters(hs.map((r) => r.y1));
  if (xs.length < 2 || ys.length < 2 || (xs.length === 2 && ys.length === 2)) return null;
  const hAt = (y: number) => hs.filter((r) => Math.abs(r.y1 - y) <= SNAP).map((r) => [r.x1, r.x2] as const);
  const vAt = (x: number) => vs.filter((r) => Math.abs(r.x1 - x) <= SNAP).map((r) => [r.y1, r.y2] as const);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let c = 1; c < cols; c++) {
    const spans = vAt(xs[c]!);
    for (let r = 0; r < rows; r++)
      if (covered(spans, ys[r]! + 1, ys[r + 1]! - 1) < 0.5) join(r * cols + c - 1, r * cols + c);
  }
  for (let r = 1; r < rows; r++) {
    const spans = hAt(ys[r]!);
    for (let c = 0; c < cols; c++)
      if (covered(spans, xs[c]! + 1, xs[c + 1]! - 1) < 0.5) join((r - 1) * cols + c, r * cols + c);
  }
  const regions = new Map<number, { row: number; col: number; rowEnd: number; colEnd: number }>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const region = regions.get(root);
      if (!region) regions.set(root, { row: r, col: c, rowEnd: r, colEnd: c });
      else {
        region.rowEnd = Math.max(region.rowEnd, r);
        region.colEnd = Math.max(region.colEnd, c);
        region.col = Math.min(region.col, c);
      }
    }
  const cells = [...regions.values()].map((g): RuledCell => {
    const box = { x1: xs[g.col]!, y1: ys[g.row]!, x2: xs[g.colEnd + 1]!, y2: ys[g.rowEnd + 1]! };
    return { ...g, ...box, fill: fillOf(box, fills) };
  });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, cells, x1: xs[0]!, y1: ys[0]!, x2: xs[xs.length - 1]!, y2: ys[ys.length - 1]! };
}

/** @returns the colour of the fill covering most (over half) of a box, or null. */
function fillOf(box: { x1: number; y1: number; x2: number; y2: number }, fills: readonly PdfFill[]): string | null {
  const area = (box.x2 - box.x1) * (box.y2 - box.y1);
  let best: { colour: string; share: number } | null = null;
  for (const f of fills) {
    const w = Math.min(box.x2, f.x + f.width) - Math.max(box.x1, f.x);
    const h = Math.min(box.y2, f.y + f.height) - Math.max(box.y1, f.y);
    if (w <= 0 || h <= 0) continue;
    const share = (w * h) / area;
    if (share > 0.5 && (!best || share > best.share)) best = { colour: f.colour, share };
  }
  return best?.colour ?? null;
}
