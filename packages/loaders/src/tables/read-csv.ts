import type { Grid } from "./grid.js";

/**
 * Reads CSV text (RFC 4180: quoted fields may hold commas, quotes written twice, and line breaks; a
 * semicolon-separated file is recognised by its first line) into a grid, in one pass.
 *
 * @returns the grid of its rows.
 * @example
 * readCsv('Action,Lead\n"Review, then report",HoS\n').rows[1]!.cells; // ["Review, then report", "HoS"]
 */
export function readCsv(text: string): Grid {
  const body = text.replace(/^\uFEFF/u, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/u));
  const sep = (firstLine.match(/;/gu)?.length ?? 0) > (firstLine.match(/,/gu)?.length ?? 0) ? ";" : ",";
  const rows: { cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ cells });
      cells = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells });
  }
  return { rows, source: "CSV rows" };
}
