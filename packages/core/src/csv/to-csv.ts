/**
 * Writes rows as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (with doubled
 * quotes) when it holds a comma, quote, CR or LF. `null`/`undefined` become empty fields, booleans
 * `true`/`false`.
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
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
