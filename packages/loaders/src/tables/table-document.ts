import type { TableOptions } from "@ofsted-action-plans/core";
import { LoadError } from "../errors/load-error.js";
import { gridLines, type Grid } from "./grid.js";
import { readCsv } from "./read-csv.js";
import { readDocx } from "./read-docx.js";
import { readXlsx } from "./read-xlsx.js";

/** The kinds of file a plan published as a table may come in, by file name extension. */
export type TableFileKind = "xlsx" | "docx" | "csv" | "text";

/**
 * @returns the kind of a table file by its extension: .xlsx, .docx, .csv; anything else is text.
 * @example
 * tableFileKind("Northmoor plan.XLSX"); // "xlsx"
 */
export function tableFileKind(file: string): TableFileKind {
  const ext = /\.([a-z0-9]+)$/iu.exec(file)?.[1]?.toLowerCase();
  return ext === "xlsx" || ext === "xlsm" ? "xlsx" : ext === "docx" ? "docx" : ext === "csv" ? "csv" : "text";
}

/**
 * Reads a plan published as a table into lines a layout reads, one per row: a spreadsheet's sheet
 * (line n = row n of the sheet), a Word document's tables and the paragraphs between them, a CSV's
 * records (a quoted cell may span lines), or a text file as it is.
 *
 * @returns the grid's lines and what they are, or null for a text file (read as text).
 * @throws LoadError `binary` when a spreadsheet or Word file cannot be read.
 * @example
 * import("node:fs").then((fs) => readTableDocument(fs.readFileSync("plan.csv"), "plan.csv")?.lines[0]);
 */
export function readTableDocument(
  input: string | Uint8Array,
  file: string,
  options: TableOptions = {},
): { lines: string[]; source: string } | null {
  const kind = tableFileKind(file);
  if (kind === "text") return null;
  let grid: Grid;
  try {
    if (kind === "csv") grid = readCsv(typeof input === "string" ? input : new TextDecoder("utf-8").decode(input));
    else {
      const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
      grid = kind === "xlsx" ? readXlsx(bytes, options.sheet) : readDocx(bytes);
    }
  } catch (error) {
    throw new LoadError(
      "binary",
      file,
      null,
      `a readable .${kind} file`,
      String(error instanceof Error ? error.message : error),
    );
  }
  return { lines: gridLines(grid), source: grid.source };
}
