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

/** @returns whether every cell is blank. */
export function allBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}
