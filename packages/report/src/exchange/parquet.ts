import { escape, type ColumnTable } from "arquero";

/** Columns written as dates (from ISO `YYYY-MM-DD` text). */
const DATE_COLUMNS = new Set(["due_start", "due_end", "revised_due_end", "as_of"]);
/** Columns of numbers, typed as such when null throughout. */
const NUMBER_COLUMNS = new Set(["slip_days", "slipped", "assessable", "source_line"]);

/**
 * Writes an arquero table as Parquet, readable by pyarrow, DuckDB, pandas and R: ISO date columns as
 * dates, booleans as booleans, array columns (themes, finding codes) as lists of strings. Uses
 * arquero's Arrow output and parquet-wasm (loaded on first use).
 *
 * @returns the Parquet file's bytes.
 * @example
 * writeFileSync("actions.parquet", await toParquet(actionTable(plans)));
 */
export async function toParquet(table: ColumnTable): Promise<Uint8Array> {
  const { toArrowIPC } = await import("arquero");
  const parquet = await import("parquet-wasm");
  const dates = table.columnNames().filter((c) => DATE_COLUMNS.has(c));
  const typed = dates.length
    ? table.derive(
        Object.fromEntries(
          dates.map((c) => [
            c,
            escape((d: Record<string, unknown>) => (typeof d[c] === "string" ? new Date(`${d[c]}T00:00:00Z`) : null)),
          ]),
        ),
      )
    : table;
  // Parquet has no type for a column that is null throughout (Oxfordshire's RAG): say what it holds.
  const { dateDay, float64, list, utf8 } = await import("@uwdata/flechette");
  const empty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);
  const types = Object.fromEntries(
    table
      .columnNames()
      .filter((c) => DATE_COLUMNS.has(c) || (table.array(c) as unknown[]).every(empty))
      .map((c) => {
        const values = table.array(c) as unknown[];
        if (DATE_COLUMNS.has(c)) return [c, dateDay()];
        if (values.length > 0 && values.every(Array.isArray)) return [c, list(utf8())];
        return [c, NUMBER_COLUMNS.has(c) ? float64() : utf8()];
      }),
  );
  const ipc = toArrowIPC(typed, { format: "stream", types });
  return parquet.writeParquet(parquet.Table.fromIPCStream(ipc));
}
