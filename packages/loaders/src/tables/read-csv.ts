import { parseCsv } from "@ofsted-action-plans/core";
import type { Grid } from "./grid.js";

/**
 * Reads CSV text (RFC 4180; a semicolon-separated file is recognised by its first line) into a grid.
 *
 * @returns the grid of its rows.
 * @example
 * readCsv('Action,Lead\n"Review, then report",HoS\n').rows[1]!.cells; // ["Review, then report", "HoS"]
 */
export function readCsv(text: string): Grid {
  return { rows: parseCsv(text).map((cells) => ({ cells })), source: "CSV rows" };
}
