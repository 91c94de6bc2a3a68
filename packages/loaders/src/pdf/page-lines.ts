import type { PdfPage, PdfText } from "./pdf-page.js";

/** A printed line of a PDF page: the text runs that share a baseline, left to right. */
export interface PdfLine {
  /** 1-based page number. */
  readonly page: number;
  /** Baseline, from the top of the page. */
  readonly y: number;
  /** The line's font size (its largest run's). */
  readonly size: number;
  readonly x1: number;
  readonly x2: number;
  readonly runs: readonly PdfText[];
}

/**
 * Groups a page's upright text runs into printed lines: runs whose baselines are within a third of
 * the font size of each other, read left to right. Rotated runs (a sideways label) are left out and
 * counted, so the caller can say so.
 *
 * @returns the lines, top to bottom, and how many rotated runs were left out.
 * @example
 * pageLines(page).lines.map((l) => lineText(l.runs));
 */
export function pageLines(page: PdfPage): { lines: PdfLine[]; rotated: number } {
  const runs = page.texts.filter((t) => t.upright && t.text.trim() !== "");
  const rotated = page.texts.filter((t) => !t.upright && t.text.trim() !== "").length;
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfText[][] = [];
  let current: PdfText[] = [];
  let baseline = Number.NaN;
  for (const run of runs) {
    if (current.length > 0 && Math.abs(run.y - baseline) > Math.max(1, run.size / 3)) {
      lines.push(current);
      current = [];
    }
    if (current.length === 0) baseline = run.y;
    current.push(run);
  }
  if (current.length > 0) lines.push(current);
  return {
    rotated,
    lines: lines.map((group) => {
      group.sort((a, b) => a.x - b.x);
      let [x1, x2, size] = [Infinity, -Infinity, 0];
      for (const r of group) {
        x1 = Math.min(x1, r.x);
        x2 = Math.max(x2, r.x + r.width);
        size = Math.max(size, r.size);
      }
      return { page: page.number, y: group[0]!.y, size, x1, x2, runs: group };
    }),
  };
}

/**
 * Joins runs of one line into text. Runs of spaces are gaps, not text; a gap wider than a sixth of
 * the font size is a space (runs often split a word: "M" + "ajesty"), and one wider than `columnGap`
 * font sizes is three spaces (a gap between columns, kept visible in the printed line).
 *
 * @returns the line's text, trimmed.
 */
export function lineText(runs: readonly PdfText[], columnGap = 1.5): string {
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    if (run.text.trim() === "") continue;
    const gap = run.x - end;
    if (text !== "" && !/\s$/u.test(text) && !/^\s/u.test(run.text)) {
      if (gap > columnGap * run.size) text += "   ";
      else if (gap > run.size / 6) text += " ";
    }
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return text.trim();
}
