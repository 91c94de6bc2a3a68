import { expectString } from "../errors/argument-error.js";
/** Something a CSV reader read in place of what the text says, at a 1-based line. */
export interface CsvProblem {
  readonly line: number;
  /** `unclosed-quote`: a quote opened and never closed, read as a literal quote; `bare-cr`: a
   * carriage return alone inside a file whose lines end otherwise, read as a line break in the cell. */
  readonly kind: "unclosed-quote" | "bare-cr";
  readonly message: string;
}

/** CSV records with the line each starts on, and what was read in place of the text. */
export interface CsvRecords {
  readonly rows: string[][];
  /** The 1-based line each record starts on (a quoted cell may span lines). */
  readonly lines: number[];
  readonly problems: CsvProblem[];
}

/**
 * Reads CSV text into records, in one pass: RFC 4180 quoting (a quoted cell may hold the separator,
 * quotes written twice, and line breaks), CRLF, LF or CR line ends, a byte-order mark dropped. The
 * separator is a comma, or a semicolon when the first line has more of those. Nothing is swallowed
 * silently: a quote never closed is read as a literal quote (so the rows after it stay rows), and a
 * carriage return alone in a file whose lines end in LF is a line break inside its cell, each
 * reported with its line.
 *
 * @returns the records, the line each starts on, and the problems.
 * @example
 * readCsvRecords('Action,Lead\n"Review, then report,HoS\n').problems[0]?.kind; // "unclosed-quote"
 */
export function readCsvRecords(text: string, separator?: "," | ";"): CsvRecords {
  const body = text.replace(/^\uFEFF/u, "");
  const firstLine = body.slice(0, Math.max(0, body.search(/\r?\n|\r|$/u)));
  const sep = separator ?? ((firstLine.match(/;/gu)?.length ?? 0) > (firstLine.match(/,/gu)?.length ?? 0) ? ";" : ",");
  // A CR alone ends a line only in a file with no LF (classic Mac); elsewhere it is inside a cell.
  const crEndsLines = !body.includes("\n");
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: CsvProblem[] = [];
  const literal = new Set<number>();
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  // The state where the open quote began, to read it again as a literal quote if it never closes.
  let opened: { i: number; line: number; rowLine: number; rows: number; row: string[] } | null = null;
  const endRecord = () => {
    row.push(cell);
    rows.push(row);
    lines.push(rowLine);
    row = [];
    cell = "";
  };
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length) {
      if (!quoted || !opened) break;
      problems.push({
        line: opened.line,
        kind: "unclosed-quote",
        message: `a quote opens a cell and is never closed: read as a literal quote, so the lines after it stay rows`,
      });
      literal.add(opened.i);
      i = opened.i - 1;
      line = opened.line;
      rowLine = opened.rowLine;
      rows.length = opened.rows;
      lines.length = opened.rows;
      row = opened.row;
      cell = "";
      quoted = false;
      opened = null;
      continue;
    }
    const c = body[i]!;
    if (c === "\n" || (c === "\r" && crEndsLines)) line++;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        opened = null;
      } else cell += c;
    } else if (c === '"' && cell === "" && !literal.has(i)) {
      quoted = true;
      opened = { i, line, rowLine, rows: rows.length, row: [...row] };
    } else if (c === sep) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || (c === "\r" && (body[i + 1] === "\n" || crEndsLines))) {
      if (c === "\r" && body[i + 1] === "\n") {
        i++;
        line++;
      }
      endRecord();
      rowLine = line;
    } else if (c === "\r") {
      problems.push({
        line,
        kind: "bare-cr",
        message:
          "a carriage return alone inside a row (the file's lines end in LF): read as a line break within the cell",
      });
      cell += "\n";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) endRecord();
  return { rows, lines, problems };
}

/**
 * Reads CSV text into rows of cells (see `readCsvRecords`, which also says where each record starts
 * and what was read in place of the text).
 *
 * @returns the rows, each an array of cell texts.
 * @example
 * parseCsv('Action,Lead\n"Review, then report",HoS\n'); // [["Action", "Lead"], ["Review, then report", "HoS"]]
 */
export function parseCsv(text: string, separator?: "," | ";"): string[][] {
  expectString(text, "text", "the text of a CSV file");
  return readCsvRecords(text, separator).rows;
}
