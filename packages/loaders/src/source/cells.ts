/** @returns the tab-separated cells of a line, untrimmed (a line with no tab is one cell). */
export function tabCells(line: string): string[] {
  return line.split("\t");
}

/** @returns whether the line is a Markdown pipe-table row (`| a | b |`). */
export function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t.startsWith("|") && t.endsWith("|");
}

/** @returns the trimmed cells of a Markdown pipe-table row, without the outer pipes. */
export function pipeCells(line: string): string[] {
  return line.trim().slice(1, -1).split("|").map((c) => c.trim());
}

/** @returns whether the line is a table rule: only dashes, colons, pipes, tabs and spaces. */
export function isTableRule(line: string): boolean {
  return line.includes("--") && /^[\s|:-]*-{2,}[\s|:-]*$/.test(line);
}

/**
 * @returns the lines (trimmed) that are not table rows and are printed more than once at or after
 * line index `from`: a document's running page header.
 */
export function repeatedLines(lines: readonly string[], isTableRow: (line: string) => boolean, from = 0): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines.slice(from)) {
    const t = line.trim();
    if (t !== "" && !isTableRow(line)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, c]) => c > 1).map(([t]) => t));
}

/** @returns whether every cell is blank. */
export function allBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}
