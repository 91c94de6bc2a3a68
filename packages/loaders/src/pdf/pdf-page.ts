/**
 * One PDF page as the table reader sees it: text runs and the page's drawn rules and filled
 * rectangles, all in page coordinates with the origin at the top left and y growing downwards
 * (points; a rotated page is already turned upright).
 */
export interface PdfPage {
  /** 1-based page number. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PdfText[];
  /** Horizontal and vertical lines drawn on the page (strokes, and filled rectangles thinner than 2.5 pt). */
  readonly rules: readonly PdfRule[];
  /** Filled rectangles with a colour other than white or black (cell shading). */
  readonly fills: readonly PdfFill[];
  /** How many images the page paints (a page of images and no text is a scan). */
  readonly images: number;
}

/** A run of text as the PDF draws it: its string, baseline start and advance width, font size and name. */
export interface PdfText {
  readonly text: string;
  /** Left end of the run. */
  readonly x: number;
  /** Baseline, measured from the top of the page. */
  readonly y: number;
  readonly width: number;
  /** Font size (the text matrix's vertical scale). */
  readonly size: number;
  readonly font: string;
  /** False for text drawn rotated (a sideways label): kept apart from the lines of the page. */
  readonly upright: boolean;
}

/** A horizontal (`y1 === y2`) or vertical (`x1 === x2`) line, `x1 ≤ x2`, `y1 ≤ y2`. */
export interface PdfRule {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A filled rectangle and its colour, `#rrggbb`. */
export interface PdfFill {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly colour: string;
}

/** The raw page as the reading thread sends it (see `pdf-worker-source.ts`). */
export interface RawPdfPage {
  readonly width: number;
  readonly height: number;
  readonly viewport: readonly number[];
  /** `[str, a, b, c, d, e, f, width, height, fontName]` per text item, transform in page coordinates. */
  readonly items: readonly (readonly [
    string,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    string,
  ])[];
  readonly dropped: number;
  readonly ops: { readonly fn: readonly number[]; readonly args: readonly unknown[]; readonly total: number } | null;
}

/** pdfjs operator numbers (`OPS`) the page reader interprets. */
const OP = {
  setLineWidth: 2,
  save: 10,
  restore: 11,
  transform: 12,
  rectangle: 19,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  formBegin: 74,
  formEnd: 75,
  constructPath: 91,
} as const;
const IMAGE_OPS = new Set([83, 84, 85, 86, 87, 88, 89, 90]);
const FILLS = new Set<number>([
  OP.fill,
  OP.eoFill,
  OP.fillStroke,
  OP.eoFillStroke,
  OP.closeFillStroke,
  OP.closeEOFillStroke,
]);
const STROKES = new Set<number>([OP.stroke, OP.closeStroke]);
const FILL_STROKES = new Set<number>([OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);
/** pdfjs path commands inside `constructPath` data (`DrawOPS`). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A rectangle thinner than this (points) is a drawn line, not a shaded cell. */
const THIN = 2.5;

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/**
 * Turns a raw page into text runs, rules and fills: paths are followed through the graphics state
 * (save, restore, transforms, form XObjects), each straight axis-aligned segment of a stroked path
 * becomes a rule, each filled axis-aligned rectangle a fill (or a rule when thinner than 2.5 pt).
 *
 * @returns the page.
 */
export function interpretPage(number: number, raw: RawPdfPage): PdfPage {
  const texts: PdfText[] = raw.items.map(([text, a, b, c, d, e, f, width, , font]) => ({
    text,
    x: e,
    y: f,
    width,
    size: Math.hypot(c, d) || Math.hypot(a, b),
    font,
    upright: Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6 && a > 0 && d < 0,
  }));
  const rules: PdfRule[] = [];
  const fills: PdfFill[] = [];
  let images = 0;
  if (raw.ops) {
    let ctm = raw.viewport.slice(0, 6) as Matrix;
    let fill = "#000000";
    const stack: { ctm: Matrix; fill: string }[] = [];
    for (let i = 0; i < raw.ops.fn.length; i++) {
      const fn = raw.ops.fn[i]!;
      const args = raw.ops.args[i] as unknown[] | null;
      if (fn === OP.save) stack.push({ ctm, fill });
      else if (fn === OP.restore) ({ ctm, fill } = stack.pop() ?? { ctm, fill });
      else if (fn === OP.transform && args) ctm = multiply(ctm, args as number[]);
      else if (fn === OP.formBegin && args) {
        stack.push({ ctm, fill });
        if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as number[]));
      } else if (fn === OP.formEnd) ({ ctm, fill } = stack.pop() ?? { ctm, fill });
      else if (fn === OP.setFillRGBColor && args) fill = String(args[0]);
      else if (IMAGE_OPS.has(fn)) images++;
      else if (fn === OP.constructPath && args) addPath(args, ctm, fill, rules, fills);
    }
  }
  return { number, width: raw.width, height: raw.height, texts, rules, fills, images };
}

/** Adds the rules and fills a `constructPath` operator draws. */
function addPath(args: readonly unknown[], ctm: Matrix, fill: string, rules: PdfRule[], fills: PdfFill[]): void {
  const paint = Number(args[0]);
  const filled = FILLS.has(paint);
  const stroked = STROKES.has(paint) || FILL_STROKES.has(paint);
  if (!filled && !stroked) return; // a clipping path, or a path ended without painting
  const buffers = (Array.isArray(args[1]) ? args[1] : [args[1]]) as ArrayLike<number>[];
  for (const data of buffers) {
    if (!data || typeof data.length !== "number") continue;
    const points: [number, number][] = [];
    const flush = (closed: boolean) => {
      if (points.length >= 2) {
        if (filled) addFill(points, fill, rules, fills);
        if (stroked) addSegments(points, closed, rules);
      }
      points.length = 0;
    };
    for (let k = 0; k < data.length; ) {
      const cmd = data[k++];
      if (cmd === MOVE) {
        flush(false);
        points.push(apply(ctm, data[k]!, data[k + 1]!));
        k += 2;
      } else if (cmd === LINE) {
        points.push(apply(ctm, data[k]!, data[k + 1]!));
        k += 2;
      } else if (cmd === CURVE || cmd === QUAD) {
        points.length = 0; // a curve: neither a rule nor a cell
        k += cmd === CURVE ? 6 : 4;
      } else if (cmd === CLOSE) flush(true);
      else break;
    }
    flush(false);
  }
}

/** A filled axis-aligned rectangle: a rule when thin, else a fill unless white or black. */
function addFill(points: readonly [number, number][], colour: string, rules: PdfRule[], fills: PdfFill[]): void {
  if (points.length < 4 || points.length > 5) return;
  let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) {
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  if (!points.every(([x, y]) => (near(x, x1) || near(x, x2)) && (near(y, y1) || near(y, y2)))) return;
  const [w, h] = [x2 - x1, y2 - y1];
  if (h < THIN && w >= THIN) rules.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
  else if (w < THIN && h >= THIN) rules.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
  else if (w >= THIN && h >= THIN && !PLAIN.has(colour.toLowerCase()))
    fills.push({ x: x1, y: y1, width: w, height: h, colour: colour.toLowerCase() });
}

/** Each straight axis-aligned segment of a stroked path is a rule (a stroked rectangle gives its four sides). */
function addSegments(points: readonly [number, number][], closed: boolean, rules: PdfRule[]): void {
  const n = points.length;
  for (let k = 1; k <= (closed ? n : n - 1); k++) {
    const [ax, ay] = points[k - 1]!;
    const [bx, by] = points[k % n]!;
    if (near(ay, by) && Math.abs(ax - bx) >= 1)
      rules.push({ x1: Math.min(ax, bx), y1: ay, x2: Math.max(ax, bx), y2: ay });
    else if (near(ax, bx) && Math.abs(ay - by) >= 1)
      rules.push({ x1: ax, y1: Math.min(ay, by), x2: ax, y2: Math.max(ay, by) });
  }
}

/** White and black fills: page backgrounds and text, never a rating. */
const PLAIN = new Set(["#ffffff", "#000000"]);

const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
