import type { ColumnTable } from "arquero";
import { ArgumentError } from "../errors/argument-error.js";
/**
 * Writes rows as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (with doubled
 * quotes) when it holds a comma, quote, CR or LF. `null`/`undefined` become empty fields, booleans
 * `true`/`false`. Text that a spreadsheet would run as a formula is neutralised (see
 * `neutraliseFormula`).
 *
 * Takes `(columns, rows)`, or an arquero table (with its columns, or the columns to write, second).
 *
 * @returns the CSV text, ending with CRLF.
 * @throws ArgumentError when the arguments are not columns then rows, or a table.
 * @example
 * toCsv(["council", "actions"], [{ council: "stockton", actions: 58 }]); // "council,actions\r\nstockton,58\r\n"
 * toCsv(slippageSummary(actionTable(plans)));
 */
export function toCsv<K extends string>(
  columns: readonly K[] | ColumnTable,
  rows?: Iterable<Readonly<Partial<Record<K, CsvValue>>>>,
): string {
  if (isTable(columns)) {
    const names = (rows === undefined ? columns.columnNames() : rows) as unknown;
    if (!Array.isArray(names) || names.some((n) => typeof n !== "string"))
      throw new ArgumentError("columns", "an array of column names to write from the table", rows);
    return toCsv(names as string[], columns.objects() as Record<string, CsvValue>[]);
  }
  if (!Array.isArray(columns) || columns.some((c) => typeof c !== "string")) {
    throw new ArgumentError("columns", "an array of column names (then the rows), or an arquero table", columns);
  }
  if (
    rows === undefined ||
    rows === null ||
    typeof (rows as Iterable<unknown>)[Symbol.iterator] !== "function" ||
    typeof rows === "string"
  ) {
    throw new ArgumentError("rows", "an iterable of row objects keyed by column name", rows);
  }
  const names = columns as readonly K[];
  const out = [names.map(csvField).join(",")];
  for (const row of rows) out.push(names.map((c) => csvField(row[c])).join(","));
  return out.join("\r\n") + "\r\n";
}

/** A value a CSV cell can hold. */
export type CsvValue = string | number | boolean | null | undefined;

function isTable(value: unknown): value is ColumnTable {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as ColumnTable).columnNames === "function" &&
    typeof (value as ColumnTable).objects === "function"
  );
}

function csvField(value: CsvValue): string {
  if (value !== null && value !== undefined && typeof value === "object")
    throw new ArgumentError("rows", "rows whose cells are text, numbers, booleans or null", value);
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/u;
const PLAIN_NUMBER_OR_DATE = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$|^\d{4}-\d{2}-\d{2}$/u;

/**
 * Neutralises CSV injection (OWASP): a cell starting with `=`, `+`, `-`, `@`, tab or carriage return
 * is prefixed with a single quote so Excel and other spreadsheets show it as text instead of running
 * it as a formula. Plain numbers ("-5", "+3.2") and ISO dates are left as they are. The JSON outputs
 * keep the text exactly as printed.
 *
 * @returns the text, safe to open in a spreadsheet.
 * @example
 * neutraliseFormula("=HYPERLINK(\"x\")"); // "'=HYPERLINK(\"x\")"
 * neutraliseFormula("-5"); // "-5"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER_OR_DATE.test(text) ? `'${text}` : text;
}
