import { sortedPosition } from "../source/sorted-position.js";
import type { Diagnostic } from "@ofsted-action-plans/core";
import { readCsvRecords } from "@ofsted-action-plans/core/authoring";
import type { Grid } from "./grid.js";

/**
 * Reads CSV text (RFC 4180; a semicolon-separated file is recognised by its first line) into a grid,
 * row n being record n. What the text does not say cleanly is reported with its record and line: a
 * quote never closed (read as a literal quote), a carriage return alone inside a row, and ragged
 * records (more cells than the header row, or fewer, other than a one-cell line).
 *
 * @returns the grid of its records, with those diagnostics.
 * @example
 * readCsv('Action,Lead\n"Review, then report",HoS\n').rows[1]!.cells; // ["Review, then report", "HoS"]
 */
export function readCsv(text: string): Grid {
  const { rows, lines, problems } = readCsvRecords(text);
  const diagnostics: Omit<Diagnostic, "file">[] = [];
  for (const kind of ["unclosed-quote", "bare-cr"] as const) {
    const found = problems.filter((p) => p.kind === kind);
    if (found.length === 0) continue;
    diagnostics.push({
      severity: "warning",
      code: `csv-${kind}`,
      line: sortedPosition(lines, found[0]!.line),
      lastLine: null,
      message: `line${found.length > 1 ? "s" : ""} ${list(found.map((p) => p.line))} of the file: ${found[0]!.message}`,
    });
  }
  const ragged = raggedRecords(rows);
  if (ragged) diagnostics.push(ragged);
  return { rows: rows.map((cells) => ({ cells })), source: "CSV rows", diagnostics };
}

/** @returns a warning listing the records whose cell count differs from the header row's, or null. */
function raggedRecords(rows: readonly string[][]): Omit<Diagnostic, "file"> | null {
  const filled = (r: readonly string[]) => r.filter((c) => c.trim() !== "").length;
  const header = rows.findIndex((r) => filled(r) >= 2);
  if (header === -1) return null;
  const width = rows[header]!.length;
  const longer: number[] = [];
  const shorter: number[] = [];
  rows.forEach((r, k) => {
    if (k <= header || filled(r) === 0) return;
    if (r.length > width && r.slice(width).some((c) => c.trim() !== "")) longer.push(k + 1);
    else if (r.length < width && r.length > 1) shorter.push(k + 1);
  });
  if (longer.length === 0 && shorter.length === 0) return null;
  const parts = [
    longer.length
      ? `${records(longer)} more cells than the header row (record ${header + 1}, ${width} cells): the cells past it have no heading and are not read`
      : "",
    shorter.length
      ? `${records(shorter)} fewer cells than the header row (${width}): the missing cells are read as empty`
      : "",
  ].filter(Boolean);
  return {
    severity: "warning",
    code: "csv-ragged-rows",
    line: Math.min(longer[0] ?? Infinity, shorter[0] ?? Infinity),
    lastLine: null,
    message: parts.join("; "),
  };
}

/** @returns "record 4 has" or "records 4, 7 have". */
const records = (ks: readonly number[]) => (ks.length > 1 ? `records ${list(ks)} have` : `record ${ks[0]} has`);

/** @returns the first 20 numbers of a list, then how many more. */
function list(ks: readonly number[]): string {
  return `${ks.slice(0, 20).join(", ")}${ks.length > 20 ? ` and ${ks.length - 20} more` : ""}`;
}
