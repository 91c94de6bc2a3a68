/**
 * Reads CSV text into rows of cells, in one pass: RFC 4180 quoting (a quoted cell may hold the
 * separator, quotes written twice, and line breaks), CRLF, LF or CR line ends, a byte-order mark
 * dropped. The separator is a comma, or a semicolon when the first line has more of those.
 *
 * @returns the rows, each an array of cell texts.
 * @example
 * parseCsv('Action,Lead\n"Review, then report",HoS\n'); // [["Action", "Lead"], ["Review, then report", "HoS"]]
 */
export function parseCsv(text: string, separator?: "," | ";"): string[][] {
  const body = text.replace(/^\uFEFF/u, "");
  const firstLine = body.slice(0, Math.max(0, body.search(/\r?\n|$/u)));
  const sep = separator ?? ((firstLine.match(/;/gu)?.length ?? 0) > (firstLine.match(/,/gu)?.length ?? 0) ? ";" : ",");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
