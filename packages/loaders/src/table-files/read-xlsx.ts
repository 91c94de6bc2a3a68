import type { Diagnostic } from "@ofsted-action-plans/core";
import { LoadError } from "../errors/load-error.js";
import { officeError } from "../xml/office-error.js";
import { attr, child, descendants, parseXml, streamXml, textOf, type XmlElement } from "../xml/read-xml.js";
import { openZip, type ZipParts } from "../xml/zip-parts.js";
import type { Grid, GridRow } from "./grid.js";
import { readCellStyles, type CellStyles } from "./xlsx-styles.js";

/** Excel's limits on a sheet: 1,048,576 rows and 16,384 columns (A–XFD). */
export const SHEET_LIMITS = Object.freeze({ rows: 1_048_576, columns: 16_384 });

/** Where a row list in a message stops: the first 20, then how many more. */
const LISTED = 20;

/**
 * Reads one sheet of an .xlsx workbook into a grid: shared, inline and rich-text strings, numbers,
 * booleans, and dates (a number in a date format is written day first, `31/03/2014`, as UK plans
 * print them, in the workbook's 1900 or 1904 date system); cells covered by a merged cell are empty.
 * Row n of the grid is row n of the sheet, so line numbers in diagnostics are the sheet's row numbers.
 *
 * Nothing is dropped without a word: hidden sheets are passed over for the first visible one, hidden
 * rows are marked (the table reader sets them aside), and a row or cell reference past Excel's limits
 * or out of order, or a shared string that does not exist, is read in place with a warning. The sheet
 * is read a row at a time and only the parts it needs are inflated (see `openZip`).
 *
 * @param sheet the sheet's name or 1-based position among all sheets (default: the first visible one).
 * @param file the file's name, for messages.
 * @returns the grid, with a diagnostic for everything read in place of what the file says.
 * @throws LoadError naming the file, part and row: `binary` when the bytes are not a workbook,
 * `malformed` for a sheet that does not exist, `limit` past a documented limit, `damaged` for a part
 * that is not well-formed XML.
 * @example
 * import("node:fs").then((fs) => readXlsx(fs.readFileSync("plan.xlsx"), "Action plan").rows.length);
 */
export function readXlsx(bytes: Uint8Array, sheet?: string | number, file = "workbook.xlsx"): Grid {
  const expected = "a readable .xlsx workbook";
  let zip: ZipParts;
  let chosen: WorkbookSheet;
  let workbook: Workbook;
  let styles: CellStyles;
  try {
    zip = openZip(bytes);
    workbook = readWorkbook(zip);
    chosen = chooseSheet(workbook, sheet, file);
    styles = readCellStyles(zip.text("xl/styles.xml"), zip.text("xl/theme/theme1.xml"));
  } catch (error) {
    throw officeError(error, file, expected);
  }
  const diagnostics: Omit<Diagnostic, "file">[] = sheetNotes(workbook, chosen, sheet);
  const path = workbook.targets.get(chosen.rid) ?? "xl/worksheets/sheet1.xml";
  const read = readSheetRows(zip, chosen, path, file, { styles, date1904: workbook.date1904 }, diagnostics);
  let shared: ReadonlyMap<number, string>;
  try {
    shared = readSharedStrings(zip, new Set(read.shared.map((s) => s.index)));
  } catch (error) {
    throw officeError(error, file, expected);
  }
  const missing: { line: number; text: string }[] = [];
  for (const s of read.shared) {
    const text = shared.get(s.index);
    if (text === undefined) missing.push({ line: s.row + 1, text: `${s.ref} (string ${s.index})` });
    else (read.rows[s.row]!.cells as string[])[s.col] = text;
  }
  if (missing.length > 0)
    diagnostics.push(
      note(
        "missing-shared-string",
        missing[0]!.line,
        `${listed(missing.map((m) => m.text))}: shared strings the workbook does not have, read as empty cells`,
      ),
    );
  return { rows: read.rows, source: `sheet ${chosen.name}`, diagnostics };
}

interface WorkbookSheet {
  readonly name: string;
  readonly position: number;
  readonly rid: string;
  readonly hidden: boolean;
}

interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
  /** Relationship id → part path. */
  readonly targets: ReadonlyMap<string, string>;
}

function readWorkbook(zip: ZipParts): Workbook {
  const xml = zip.text("xl/workbook.xml");
  if (xml === undefined) throw new LoadError("binary", "", null, "a readable .xlsx workbook", "no xl/workbook.xml");
  const root = parseXml(xml, "xl/workbook.xml");
  const pr = descendants(root, "workbookPr")[0];
  const sheets = descendants(root, "sheet").map((s, k) => ({
    name: attr(s, "name") ?? "",
    position: k + 1,
    rid: attr(s, "id") ?? "",
    hidden: /^(?:hidden|veryHidden)$/u.test(attr(s, "state") ?? ""),
  }));
  const rels = parseXml(zip.text("xl/_rels/workbook.xml.rels") ?? "<Relationships/>", "xl/_rels/workbook.xml.rels");
  const targets = new Map(
    descendants(rels, "Relationship").map((r) => [
      attr(r, "Id") ?? "",
      `xl/${(attr(r, "Target") ?? "").replace(/^\/?xl\//u, "")}`,
    ]),
  );
  return { sheets, date1904: /^(?:1|true)$/u.test((pr && attr(pr, "date1904")) ?? ""), targets };
}

/** @returns the sheet asked for, else the first visible one. */
function chooseSheet(workbook: Workbook, sheet: string | number | undefined, file: string): WorkbookSheet {
  const { sheets } = workbook;
  const chosen =
    sheet === undefined
      ? sheets.find((s) => !s.hidden)
      : typeof sheet === "number"
        ? sheets[sheet - 1]
        : sheets.find((s) => s.name === sheet);
  if (chosen) return chosen;
  const names = sheets.map((s) => `${s.name}${s.hidden ? " (hidden)" : ""}`).join(", ");
  throw new LoadError(
    "malformed",
    file,
    null,
    sheet === undefined ? "a visible sheet" : `a sheet ${JSON.stringify(sheet)}`,
    `the workbook's sheets: ${names || "none"}`,
  );
}

/** @returns what the reader says about the workbook: hidden sheets passed over, the 1904 date system. */
function sheetNotes(
  workbook: Workbook,
  chosen: WorkbookSheet,
  asked: string | number | undefined,
): Omit<Diagnostic, "file">[] {
  const notes: Omit<Diagnostic, "file">[] = [];
  const skipped = workbook.sheets.filter((s) => s.hidden && s.position < chosen.position);
  if (asked === undefined && skipped.length > 0)
    notes.push(
      note(
        "hidden-sheet",
        null,
        `hidden sheet${skipped.length > 1 ? "s" : ""} ${skipped.map((s) => `"${s.name}"`).join(", ")} passed over; the plan was read from "${chosen.name}", the first visible sheet (name another in the entry's table.sheet)`,
      ),
    );
  if (chosen.hidden)
    notes.push(
      note("hidden-sheet", null, `sheet "${chosen.name}" is hidden in the workbook; read because the entry names it`),
    );
  if (workbook.date1904)
    notes.push({
      ...note(
        "date-1904",
        null,
        "the workbook counts dates from 1904 (as older Mac Excel did): its dates are read in that system",
      ),
      severity: "info",
    });
  return notes;
}

/** A shared-string cell waiting for its text: its grid row (0-based), column, reference and index. */
interface SharedCell {
  readonly row: number;
  readonly col: number;
  readonly ref: string;
  readonly index: number;
}

/** How a sheet's numbers read: the styles (dates, fills) and the date system. */
interface CellFormat {
  readonly styles: CellStyles;
  readonly date1904: boolean;
}

/**
 * Streams the sheet's rows into grid rows, a row at a time (no row's XML is kept), placing each row
 * and cell where its reference says, with a warning for every reference read in place; shared
 * strings are left to fill in once the sheet says which it needs.
 */
function readSheetRows(
  zip: ZipParts,
  sheet: WorkbookSheet,
  path: string,
  file: string,
  format: CellFormat,
  diagnostics: Omit<Diagnostic, "file">[],
): { rows: GridRow[]; shared: SharedCell[] } {
  const rows: GridRow[] = [];
  const shared: SharedCell[] = [];
  const badRows: { line: number; text: string }[] = [];
  const badCells: { line: number; text: string }[] = [];
  const hidden: number[] = [];
  let last = 0;
  try {
    const xml = zip.text(path);
    if (xml === undefined)
      throw new LoadError(
        "damaged",
        file,
        null,
        "a readable .xlsx workbook",
        `sheet "${sheet.name}" has no part ${path}`,
      );
    streamXml(xml, path, {
      keep: (name) => name === "row",
      onElement: (row) => {
        const r = rowNumber(row, last, badRows, file, path);
        last = r;
        while (rows.length < r - 1) rows.push({ cells: [] });
        const isHidden = /^(?:1|true)$/u.test(attr(row, "hidden") ?? "");
        if (isHidden) hidden.push(r);
        rows.push(gridRow(row, r, format, isHidden, badCells, shared));
      },
    });
  } catch (error) {
    throw officeError(error, file, "a readable .xlsx workbook", last + 1);
  }
  diagnostics.push(...referenceNotes(badRows, badCells, hidden));
  return { rows, shared };
}

/**
 * @returns a sheet row's number: the one its reference states, else (a reference missing, out of order
 * or past Excel's last row, noted) the one after the row before.
 * @throws LoadError past Excel's last row.
 */
function rowNumber(
  row: XmlElement,
  last: number,
  badRows: { line: number; text: string }[],
  file: string,
  path: string,
): number {
  const stated = attr(row, "r");
  let r = stated !== null && /^\d{1,7}$/u.test(stated) ? Number(stated) : Number.NaN;
  if (!(r > last && r <= SHEET_LIMITS.rows)) {
    if (stated !== null) badRows.push({ line: last + 1, text: `r="${stated.slice(0, 20)}" after row ${last}` });
    r = last + 1;
  }
  if (r > SHEET_LIMITS.rows)
    throw new LoadError("limit", file, r, `at most ${SHEET_LIMITS.rows} rows (Excel's limit)`, `${path} has more`);
  return r;
}

/** @returns the notes on a sheet's bad row and cell references and its hidden rows. */
function referenceNotes(
  badRows: readonly { line: number; text: string }[],
  badCells: readonly { line: number; text: string }[],
  hidden: readonly number[],
): Omit<Diagnostic, "file">[] {
  const notes: Omit<Diagnostic, "file">[] = [];
  if (badRows.length > 0)
    notes.push(
      note(
        "bad-row-reference",
        badRows[0]!.line,
        `${listed(badRows.map((b) => b.text))}: row references out of order or past row ${SHEET_LIMITS.rows}; each row read after the one before`,
      ),
    );
  if (badCells.length > 0)
    notes.push(
      note(
        "bad-cell-reference",
        badCells[0]!.line,
        `${listed(badCells.map((b) => b.text))}: cell references out of order, of another row or past column XFD; each cell read after the one before`,
      ),
    );
  if (hidden.length > 0)
    notes.push(
      note(
        "hidden-rows",
        hidden[0]!,
        `row${hidden.length > 1 ? "s" : ""} ${listed(hidden.map(String))} hidden in the sheet: set aside, not read as part of the plan`,
      ),
    );
  return notes;
}

/** @returns a sheet row as a grid row: each cell in the column its reference names (or after the one before, noted). */
function gridRow(
  row: XmlElement,
  r: number,
  format: CellFormat,
  hidden: boolean,
  bad: { line: number; text: string }[],
  shared: SharedCell[],
): GridRow {
  const cells: string[] = [];
  const fills: (string | null)[] = [];
  for (const c of row.children) {
    if (typeof c === "string" || c.name !== "c") continue;
    const ref = attr(c, "r");
    const placed = ref === null ? null : cellPosition(ref);
    let col = cells.length;
    if (placed && placed.row === r && placed.col >= cells.length && placed.col < SHEET_LIMITS.columns) col = placed.col;
    else if (ref !== null) bad.push({ line: r, text: `${ref.slice(0, 20)} in row ${r}` });
    if (col >= SHEET_LIMITS.columns) {
      bad.push({ line: r, text: `row ${r} has more than ${SHEET_LIMITS.columns} cells (those past XFD not read)` });
      break;
    }
    while (cells.length < col) cells.push("");
    const text = cellText(c, format);
    if (typeof text === "number") {
      shared.push({ row: r - 1, col, ref: ref ?? `a cell of row ${r}`, index: text });
      cells.push("");
    } else cells.push(text);
    const style = Number(attr(c, "s") ?? 0);
    const fill = format.styles.fill(style);
    if (fill) fills[col] = fill;
  }
  return {
    cells,
    ...(fills.length > 0 ? { fills: Array.from(cells, (_, k) => fills[k] ?? null) } : {}),
    ...(hidden ? { hidden: true } : {}),
  };
}

/** @returns a cell reference's 0-based column and 1-based row (`AB12` → 27, 12), or null when it is not one. */
function cellPosition(ref: string): { col: number; row: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/u.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/** @returns the shared strings the sheet uses, by index, read a string at a time. */
function readSharedStrings(zip: ZipParts, wanted: ReadonlySet<number>): Map<number, string> {
  const shared = new Map<number, string>();
  if (wanted.size === 0) return shared;
  const xml = zip.text("xl/sharedStrings.xml");
  if (xml === undefined) return shared;
  let k = 0;
  streamXml(xml, "xl/sharedStrings.xml", {
    keep: (name) => name === "si",
    onElement: (si) => {
      if (wanted.has(k)) shared.set(k, stringItem(si));
      k++;
    },
  });
  return shared;
}

function stringItem(si: XmlElement): string {
  // Phonetic runs (rPh) are not part of the text.
  return si.children
    .filter((c): c is XmlElement => typeof c !== "string" && c.name !== "rPh")
    .flatMap((c) => (c.name === "t" ? [c] : descendants(c, "t")))
    .map(textOf)
    .join("");
}

/** @returns a cell's text, or the index of its shared string (filled in once the strings are read). */
function cellText(c: XmlElement, format: CellFormat): string | number {
  const type = attr(c, "t");
  const vElement = child(c, "v");
  const v = vElement ? textOf(vElement) : "";
  switch (type) {
    case "s": {
      const index = Number(v);
      return v !== "" && Number.isInteger(index) && index >= 0 ? index : "";
    }
    case "inlineStr":
      return descendants(c, "t").map(textOf).join("");
    case "str":
    case "e":
      return v;
    case "b":
      return v === "1" ? "TRUE" : "FALSE";
    default: {
      if (v === "") return "";
      const n = Number(v);
      if (format.styles.isDate(Number(attr(c, "s") ?? -1)) && Number.isFinite(n)) return excelDate(n, format.date1904);
      return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
    }
  }
}

/** Days from Excel's 1900 day 0 to its 1904 day 0. */
const DAYS_1904 = 1462;

/** @returns an Excel serial day as `dd/mm/yyyy`, in the workbook's date system; the serial as text when it is no date. */
function excelDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? DAYS_1904 : 0) - 25569) * 86_400_000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function note(code: string, line: number | null, message: string): Omit<Diagnostic, "file"> {
  return { severity: "warning", code, line, lastLine: null, message };
}

/** @returns the first items of a list, then how many more. */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}
