import type { Diagnostic, IgnoreReason, LineAccount } from "@ofsted-action-plans/core";

/**
 * Keeps the account of every input line: which fields used it, or why it was ignored. A line used by
 * any field counts as used even if a rule also called it ignorable (a page header merged with a
 * continuation row, say). Lines no rule claimed are reported as `unrecognised`, never dropped.
 * @example
 * const ledger = new LineLedger("plan.txt", ["Plan title", "", "1.1\tAudit supervision records"]);
 * ledger.ignore(2, "blank");
 * ledger.use(3, "action.text");
 * ledger.accounts();
 * // line 1 ignored as unrecognised, line 2 as blank, line 3 used by action.text
 */
export class LineLedger {
  /** Per line (index line − 1): the fields that used it, in sorted order; undefined when none did. */
  private readonly fields: (string[] | undefined)[] = [];
  private readonly ignored: (IgnoreReason | undefined)[] = [];
  /** For a row joined from several lines: all of its lines, in order. */
  private readonly rows = new Map<number, readonly number[]>();

  /**
   * @param lines the lines as layouts read them (normalised);
   * @param printedLines the lines as printed (default: the same), for diagnostics and `printed()`;
   * @param toPrinted maps a fragment of a normalised line back to its printed characters;
   * @param joined for a row joined from several lines, the later lines (used whenever the row is);
   * @param pages for a paged document, the page of each line (index line − 1).
   */
  constructor(
    readonly file: string,
    readonly lines: readonly string[],
    private readonly printedLines: readonly string[] = lines,
    private readonly toPrinted: (line: number, fragment: string) => string = (_line, fragment) => fragment,
    joined: ReadonlyMap<number, readonly number[]> = new Map(),
    private readonly pages: readonly number[] | null = null,
  ) {
    for (const [line, more] of joined) this.rows.set(line, [line, ...more]);
  }

  /** @returns the pages sorted lines are printed on, ascending, for a paged document; else undefined. */
  pagesOf(lines: readonly number[]): number[] | undefined {
    if (this.pages === null) return undefined;
    const out: number[] = [];
    for (const line of lines) {
      const page = this.pages[line - 1];
      if (page !== undefined && page !== out[out.length - 1]) out.push(page);
    }
    return out;
  }

  /** @returns the line and the later lines joined into it (a row split over lines), in order. */
  linesOf(line: number): readonly number[] {
    return this.joinedRow(line) ?? [line];
  }

  /** @returns the lines of the row joined at `line`, or undefined when the line is a row of its own. */
  joinedRow(line: number): readonly number[] | undefined {
    return this.rows.size === 0 ? undefined : this.rows.get(line);
  }

  /** @returns a fragment of line `line` as the document prints it. */
  printed(line: number, fragment: string): string {
    return this.toPrinted(line, fragment);
  }

  /** Records that `field` (e.g. `action.text`) took text from `line`. */
  use(line: number, field: string): void {
    const row = this.joinedRow(line);
    if (row === undefined) this.useLine(line, field);
    else for (const l of row) this.useLine(l, field);
  }

  private useLine(line: number, field: string): void {
    const fields = this.fields[line - 1];
    if (fields === undefined) {
      this.fields[line - 1] = [field];
      return;
    }
    // Kept sorted and unique: inserted in place, as a line has few fields.
    let k = fields.length;
    while (k > 0 && fields[k - 1]! > field) k--;
    if (k === fields.length) fields.push(field);
    else if (fields[k - 1] !== field) fields.splice(k, 0, field);
  }

  /** Records that `line` (and the lines joined to its row) holds nothing for the model, and why. */
  ignore(line: number, reason: IgnoreReason): void {
    const row = this.joinedRow(line);
    if (row === undefined) {
      if (this.ignored[line - 1] === undefined) this.ignored[line - 1] = reason;
    } else for (const l of row) if (this.ignored[l - 1] === undefined) this.ignored[l - 1] = reason;
  }

  /** @returns one account per line, in order; lines no rule claimed are ignored as `unrecognised`. */
  accounts(): LineAccount[] {
    const accounts: LineAccount[] = new Array(this.lines.length);
    for (let i = 0; i < this.lines.length; i++) {
      const fields = this.fields[i];
      const page = this.pages?.[i];
      accounts[i] = fields
        ? { line: i + 1, ...(page === undefined ? {} : { page }), use: "field", fields: fields.slice() }
        : {
            line: i + 1,
            ...(page === undefined ? {} : { page }),
            use: "ignored",
            reason: this.ignored[i] ?? "unrecognised",
          };
    }
    return accounts;
  }

  /**
   * @returns one diagnostic per run of consecutive ignored lines with the same reason; runs of
   * `unrecognised` lines are warnings, the rest information.
   */
  ignoredDiagnostics(accounts: readonly LineAccount[] = this.accounts()): Diagnostic[] {
    const out: Diagnostic[] = [];
    let run: { reason: IgnoreReason; first: number; last: number } | null = null;
    const flush = () => {
      if (!run) return;
      const count = run.last - run.first + 1;
      const firstText = this.printedLines[run.first - 1] ?? "";
      out.push({
        severity: run.reason === "unrecognised" ? "warning" : "info",
        code: "ignored",
        file: this.file,
        line: run.first,
        lastLine: run.last,
        ...(this.pages ? { page: this.pages[run.first - 1]! } : {}),
        reason: run.reason,
        message: `${count} line${count === 1 ? "" : "s"} ignored: ${REASON_TEXT[run.reason]}`,
        text: firstText.length > 200 ? `${firstText.slice(0, 199)}…` : firstText,
      });
      run = null;
    };
    for (const a of accounts) {
      if (a.use === "ignored" && run?.reason === a.reason && run.last === a.line - 1) run.last = a.line;
      else {
        flush();
        if (a.use === "ignored") run = { reason: a.reason, first: a.line, last: a.line };
      }
    }
    flush();
    return out;
  }
}

const REASON_TEXT: Record<IgnoreReason, string> = {
  blank: "blank",
  "page-header": "page header or repeated document title",
  "page-footer": "page footer",
  "page-number": "page number",
  "hidden-row": "row hidden in the spreadsheet",
  "column-header": "table column headings",
  "table-rule": "table rule (dashes)",
  "empty-row": "table row with every cell empty",
  "sub-heading": "sub-heading with no action",
  "abbreviation-table": "abbreviation table heading",
  "reference-key": "repeated reference key",
  narrative: "narrative text outside the action tables",
  unrecognised: "no rule of this layout recognised the line",
};
