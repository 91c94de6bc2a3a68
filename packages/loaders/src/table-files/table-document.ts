import { expectInput } from "../source/expect-input.js";
import { expectBytes, expectString } from "@ofsted-action-plans/core/authoring";
import type { TableOptions } from "@ofsted-action-plans/core";
import { isLoadError, LoadError } from "../errors/load-error.js";
import { isPdf } from "../pdf/open-pdf.js";
import { readPdf } from "../pdf/read-pdf.js";
import { gridText, type Grid, type TableText } from "./grid.js";
import { readCsv } from "./read-csv.js";
import { readDocx } from "./read-docx.js";
import { readXlsx } from "./read-xlsx.js";

/**
 * Most rows with text a table document may have: 100,000. A plan is read whole into memory (about
 * 13 KB a row through the whole report); published plans have a few hundred rows.
 */
export const MAX_TABLE_ROWS = 100_000;

/** @returns the table text, when no more of its lines than `MAX_TABLE_ROWS` hold text. */
function withinRowLimit(table: TableText, file: string): TableText {
  let rows = 0;
  const at = table.lines.findIndex((line) => line.trim() !== "" && ++rows > MAX_TABLE_ROWS);
  if (at >= 0)
    throw new LoadError(
      "limit",
      file,
      at + 1,
      `at most ${MAX_TABLE_ROWS} rows with text in a table document`,
      `${table.source} has more`,
    );
  return table;
}

/** The kinds of file a plan published as a table may come in. */
export type TableFileKind = "pdf" | "xlsx" | "docx" | "csv" | "text";

/**
 * @returns the kind of a table file: a PDF by its content (`%PDF-`), whatever its name; otherwise by
 * its extension: .xlsx, .docx, .csv; anything else is text.
 * @example
 * tableFileKind("Northmoor plan.XLSX"); // "xlsx"
 * tableFileKind("plan.bin", new TextEncoder().encode("%PDF-1.7")); // "pdf"
 */
export function tableFileKind(file: string, bytes?: Uint8Array): TableFileKind {
  expectString(file, "file", "a file name");
  if (bytes !== undefined) expectBytes(bytes, "bytes");
  if (bytes && isPdf(bytes)) return "pdf";
  const ext = /\.([a-z0-9]+)$/iu.exec(file)?.[1]?.toLowerCase();
  if (ext === "pdf") return "pdf";
  return ext === "xlsx" || ext === "xlsm" ? "xlsx" : ext === "docx" ? "docx" : ext === "csv" ? "csv" : "text";
}

/**
 * Reads a plan published as a table into the lines a layout reads (see `TableText`): a PDF's printed
 * lines with its tables' rows, a spreadsheet's sheet (line n = row n of the sheet), a Word document's
 * tables and the paragraphs between them, a CSV's records (a quoted cell may span lines); a text file
 * is read as it is (null).
 *
 * @returns the table document, or null for a text file.
 * @throws LoadError `binary` when a spreadsheet or Word file cannot be read; for a PDF, `scan`,
 * `encrypted`, `damaged` or `limit` (see `readPdf`).
 * @example
 * import("node:fs").then((fs) => readTableDocument(fs.readFileSync("plan.csv"), "plan.csv")?.lines[0]);
 */
export function readTableDocument(
  input: string | Uint8Array,
  file: string,
  options: TableOptions = {},
): TableText | null {
  expectInput(input, file);
  const kind = tableFileKind(file, typeof input === "string" ? undefined : input);
  if (kind === "text") return null;
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (kind === "pdf") return withinRowLimit(readPdf(bytes, file), file);
  let grid: Grid;
  try {
    if (kind === "csv") grid = readCsv(typeof input === "string" ? input : decodeCsv(input));
    else grid = kind === "xlsx" ? readXlsx(bytes, options.sheet, file) : readDocx(bytes, file);
  } catch (error) {
    if (isLoadError(error)) throw error;
    throw new LoadError(
      "binary",
      file,
      null,
      `a readable .${kind} file`,
      String(error instanceof Error ? error.message : error),
    );
  }
  if (kind === "csv" && typeof input !== "string" && !isUtf8(input))
    grid = {
      ...grid,
      diagnostics: [
        {
          severity: "warning",
          code: "csv-encoding",
          line: null,
          lastLine: null,
          message: "the file is not UTF-8: read as Windows-1252, as Excel saves a CSV (check accented names)",
        },
        ...(grid.diagnostics ?? []),
      ],
    };
  return withinRowLimit(gridText(grid), file);
}

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** @returns a CSV's text: UTF-8, or Windows-1252 (what Excel writes) when it is not UTF-8. */
const decodeCsv = (bytes: Uint8Array) => new TextDecoder(isUtf8(bytes) ? "utf-8" : "windows-1252").decode(bytes);
