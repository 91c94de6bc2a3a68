import { cleanCell, foldHomoglyphs } from "@ofsted-action-plans/core/authoring";

/**
 * Normalises a heading for comparison: cleaned, homoglyphs folded, curly apostrophes straightened,
 * lower case.
 *
 * @returns the comparable form of `text`.
 */
export function headingKey(text: string): string {
  let key = headingKeys.get(text);
  if (key === undefined) {
    key = foldHomoglyphs(cleanCell(text))
      .replace(/[\u2018\u2019]/g, "'")
      .toLowerCase();
    // Column headings repeat on every page: their keys are kept (a bounded cache).
    if (headingKeys.size >= 1000) headingKeys.clear();
    headingKeys.set(text, key);
  }
  return key;
}

const headingKeys = new Map<string, string>();

/**
 * @returns whether `cells`, from `offset` on, read as the `expected` headings (comparison by
 * `headingKey`). A cell far longer than its heading (markup aside) is rejected before normalising.
 */
export function cellsAre(cells: readonly string[], expected: readonly string[], offset = 0): boolean {
  if (cells.length < offset + expected.length) return false;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    const cell = cells[offset + i]!;
    const key = expectedKey(e);
    if (cell.length > 2 * e.length + 40 || startsOtherwise(cell, key) || headingKey(cell) !== key) return false;
  }
  return true;
}

/**
 * Whether a cell's heading key surely starts otherwise than `key`: its first character that is not
 * a space is plain ASCII (not "<", which may open markup) and differs from the key's first, ignoring
 * case. A quick test that spares normalising most cells; false whenever it cannot tell.
 */
function startsOtherwise(cell: string, key: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 128 || c === 60) return false;
    return (c >= 65 && c <= 90 ? c + 32 : c) !== key.charCodeAt(0);
  }
  return key.length > 0;
}

const expectedKeys = new Map<string, string>();

/** @returns the heading key of a layout's expected heading, computed once per heading. */
function expectedKey(heading: string): string {
  let key = expectedKeys.get(heading);
  if (key === undefined) expectedKeys.set(heading, (key = headingKey(heading)));
  return key;
}

/** @returns the 1-based number of the first line satisfying `test`, or null. */
export function findLine(lines: readonly string[], test: (line: string) => boolean): number | null {
  const i = lines.findIndex(test);
  return i < 0 ? null : i + 1;
}

/** @returns the first non-blank line (the document title in most plans), or undefined. */
export function firstNonBlank(lines: readonly string[]): string | undefined {
  return lines.find((l) => l.trim() !== "");
}
