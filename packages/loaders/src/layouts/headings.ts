import { cleanCell, foldHomoglyphs } from "@ofsted-action-plans/core";

/**
 * Normalises a heading for comparison: cleaned, homoglyphs folded, curly apostrophes straightened,
 * lower case.
 *
 * @returns the comparable form of `text`.
 */
export function headingKey(text: string): string {
  return foldHomoglyphs(cleanCell(text))
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/**
 * @returns whether `cells`, from `offset` on, read as the `expected` headings (comparison by
 * `headingKey`). A cell far longer than its heading (markup aside) is rejected before normalising.
 */
export function cellsAre(cells: readonly string[], expected: readonly string[], offset = 0): boolean {
  if (cells.length < offset + expected.length) return false;
  return expected.every((e, i) => {
    const cell = cells[offset + i] ?? "";
    return cell.length <= 2 * e.length + 40 && headingKey(cell) === expectedKey(e);
  });
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
