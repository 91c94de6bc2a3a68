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
  return new CsvReader(body, sep, !body.includes("\n")).read();
}

/** The reading of CSV text a character at a time: the records so far and the cell being read. */
class CsvReader {
  private readonly rows: string[][] = [];
  private readonly lines: number[] = [];
  private readonly problems: CsvProblem[] = [];
  /** Quotes read as literal characters (one that opened a cell and never closed). */
  private readonly literal = new Set<number>();
  private row: string[] = [];
  private cell = "";
  private quoted = false;
  private line = 1;
  private rowLine = 1;
  /** The state where the open quote began, to read it again as a literal quote if it never closes. */
  private opened: { i: number; line: number; rowLine: number; rows: number; row: string[] } | null = null;

  constructor(
    private readonly body: string,
    private readonly sep: string,
    private readonly crEndsLines: boolean,
  ) {}

  read(): CsvRecords {
    for (let i = 0; i <= this.body.length; i++) {
      if (i < this.body.length) i = this.step(i);
      else if (this.quoted && this.opened) i = this.reopen(this.opened);
      else break;
    }
    if (this.cell !== "" || this.row.length > 0) this.endRecord();
    return { rows: this.rows, lines: this.lines, problems: this.problems };
  }

  /** Reads the character at `i`. @returns the index of the last character read (a CRLF or a doubled quote is two). */
  private step(i: number): number {
    const { body } = this;
    const c = body[i]!;
    if (c === "\n" || (c === "\r" && this.crEndsLines)) this.line++;
    if (this.quoted) return this.quotedChar(i, c);
    if (c === '"' && this.cell === "" && !this.literal.has(i)) {
      this.quoted = true;
      this.opened = { i, line: this.line, rowLine: this.rowLine, rows: this.rows.length, row: [...this.row] };
    } else if (c === this.sep) {
      this.row.push(this.cell);
      this.cell = "";
    } else if (c === "\n" || (c === "\r" && (body[i + 1] === "\n" || this.crEndsLines))) {
      if (c === "\r" && body[i + 1] === "\n") {
        i++;
        this.line++;
      }
      this.endRecord();
      this.rowLine = this.line;
    } else if (c === "\r") {
      this.problems.push({
        line: this.line,
        kind: "bare-cr",
        message:
          "a carriage return alone inside a row (the file's lines end in LF): read as a line break within the cell",
      });
      this.cell += "\n";
    } else this.cell += c;
    return i;
  }

  /** A character inside a quoted cell: a doubled quote is one quote, a single one closes the cell. */
  private quotedChar(i: number, c: string): number {
    if (c === '"' && this.body[i + 1] === '"') {
      this.cell += '"';
      return i + 1;
    }
    if (c === '"') {
      this.quoted = false;
      this.opened = null;
    } else this.cell += c;
    return i;
  }

  /** At the end, with a quote never closed: goes back to it, to read it as a literal quote. @returns the index before it. */
  private reopen(opened: NonNullable<CsvReader["opened"]>): number {
    this.problems.push({
      line: opened.line,
      kind: "unclosed-quote",
      message: `a quote opens a cell and is never closed: read as a literal quote, so the lines after it stay rows`,
    });
    this.literal.add(opened.i);
    this.line = opened.line;
    this.rowLine = opened.rowLine;
    this.rows.length = opened.rows;
    this.lines.length = opened.rows;
    this.row = opened.row;
    this.cell = "";
    this.quoted = false;
    this.opened = null;
    return opened.i - 1;
  }

  private endRecord(): void {
    this.row.push(this.cell);
    this.rows.push(this.row);
    this.lines.push(this.rowLine);
    this.row = [];
    this.cell = "";
  }
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
