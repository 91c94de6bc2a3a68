import { table, type ColumnTable } from "arquero";

/**
 * Builds an arquero table from row objects with the given columns, in that order — so an empty list
 * still gives a table with its columns (arquero's `from([])` has none).
 *
 * @returns the table.
 */
export function rowsTable<K extends string>(
  rows: readonly Readonly<Record<K, unknown>>[],
  columns: readonly K[],
): ColumnTable {
  return table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c])])));
}
