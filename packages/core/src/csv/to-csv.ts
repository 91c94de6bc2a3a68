/**
 * Writes rows as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (with doubled
 * quotes) when it holds a comma, quote, CR or LF. `null`/`undefined` become empty fields, booleans
 * `true`/`false`. Text that a spreadsheet would run as a formula is neutralised (see
 * `neutraliseFormula`).
 *
 * @returns the CSV text, ending with CRLF.
 */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: Iterable<Readonly<Partial<Record<K, CsvValue>>>>,
): string {
  const out = [columns.map(csvField).join(",")];
  for (const row of rows) out.push(columns.map((c) => csvField(row[c])).join(","));
  return out.join("\r\n") + "\r\n";
}

/** A value a CSV cell can hold. */
export type CsvValue = string | number | boolean | null | undefined;

function csvField(value: CsvValue): string {
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
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER_OR_DATE.test(text) ? `'${text}` : text;
}
