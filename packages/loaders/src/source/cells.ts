/** @returns the tab-separated cells of a line, untrimmed (a line with no tab is one cell). */
export function tabCells(line: string): string[] {
  return splitAt(line, "\t");
}

/**
 * @returns the parts of `text` between occurrences of the one character `separator`: the same as
 * `text.split(separator)`, which V8 runs about half as fast on a plan's lines and cells.
 */
export function splitAt(text: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
    parts.push(text.slice(from, at));
    from = at + 1;
  }
  parts.push(from === 0 ? text : text.slice(from));
  return parts;
}

/** @returns whether the line is a Markdown pipe-table row (`| a | b |`). */
export function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t.startsWith("|") && t.endsWith("|");
}

/** @returns the trimmed cells of a Markdown pipe-table row, without the outer pipes. */
export function pipeCells(line: string): string[] {
  const cells = splitAt(line.trim().slice(1, -1), "|");
  for (let k = 0; k < cells.length; k++) cells[k] = cells[k]!.trim();
  return cells;
}

/**
 * @returns whether the line is a table rule: only dashes, colons, pipes, tabs and spaces, with two
 * dashes in a row somewhere. A single scan, linear in the line's length (a regular expression such as
 * `^[\s|:-]*-{2,}[\s|:-]*$` backtracks cubically on a long run of dashes that ends otherwise).
 */
export function isTableRule(line: string): boolean {
  let pairs = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 45 /* - */) {
      if (line.charCodeAt(i + 1) === 45) pairs = true;
    } else if (
      c !== 124 /* | */ &&
      c !== 58 /* : */ &&
      c !== 32 &&
      c !== 9 &&
      c !== 13 &&
      c !== 11 &&
      c !== 12 &&
      c !== 0xa0
    )
      return false;
  }
  return pairs;
}

/**
 * @returns a test for the lines (trimmed) that are not table rows and are printed more than once at
 * or after line index `from`: a document's running page header. The test hashes only a line as long
 * as one of them (a document's lines are mostly table rows, and long).
 */
export function repeatedLines(
  lines: readonly string[],
  isTableRow: (line: string) => boolean,
  from = 0,
): (trimmed: string) => boolean {
  const counts = new Map<string, number>();
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) || isTableRow(line)) continue;
    const t = line.trim();
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const repeated = new Set([...counts].filter(([, c]) => c > 1).map(([t]) => t));
  const lengths = new Set([...repeated].map((t) => t.length));
  return (trimmed) => lengths.has(trimmed.length) && repeated.has(trimmed);
}

/** @returns whether the text is blank (whitespace only): `text.trim() === ""` without a copy. */
export function isBlank(text: string): boolean {
  // Most texts start with a printable ASCII character: no need to ask the expression.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !NOT_SPACE.test(text);
}

const NOT_SPACE = /\S/;

/** @returns whether every cell from index `from` on is blank. */
export function allBlank(cells: readonly string[], from = 0): boolean {
  for (let k = from; k < cells.length; k++) if (!isBlank(cells[k]!)) return false;
  return true;
}
