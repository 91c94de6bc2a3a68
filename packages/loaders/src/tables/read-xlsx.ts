import type { Element } from "@xmldom/xmldom";
import type { Grid, GridRow } from "./grid.js";
import { readCellStyles, type CellStyles } from "./xlsx-styles.js";
import { attr, child, childElements, descendants, parseXml, readParts } from "./zip-xml.js";

/**
 * Reads one sheet of an .xlsx workbook into a grid: shared, inline and rich-text strings, numbers,
 * booleans, and dates (a number in a date format is written day first, `31/03/2014`, as UK plans
 * print them); cells covered by a merged cell are empty. Row n of the grid is row n of the sheet, so
 * line numbers in diagnostics are the sheet's row numbers.
 *
 * @param sheet the sheet's name or 1-based position (default: the first).
 * @returns the grid.
 * @throws Error when the bytes are not a workbook or the sheet does not exist.
 * @example
 * import("node:fs").then((fs) => readXlsx(fs.readFileSync("plan.xlsx"), "Action plan").rows.length);
 */
export function readXlsx(bytes: Uint8Array, sheet?: string | number): Grid {
  const parts = readParts(bytes, (p) => p.startsWith("xl/") && (p.endsWith(".xml") || p.endsWith(".rels")));
  const workbook = parts.get("xl/workbook.xml");
  if (!workbook) throw new Error("not an .xlsx workbook (no xl/workbook.xml)");
  const sheets = descendants(parseXml(workbook, "workbook.xml"), "sheet").map((s) => ({
    name: attr(s, "name") ?? "",
    rid: attr(s, "id") ?? "",
  }));
  const chosen =
    sheet === undefined
      ? sheets[0]
      : typeof sheet === "number"
        ? sheets[sheet - 1]
        : sheets.find((s) => s.name === sheet);
  if (!chosen)
    throw new Error(
      `no sheet ${sheet === undefined ? "" : JSON.stringify(sheet)} (sheets: ${sheets.map((s) => s.name).join(", ")})`,
    );
  const rels = parseXml(parts.get("xl/_rels/workbook.xml.rels") ?? "<Relationships/>", "workbook.xml.rels");
  const target = descendants(rels, "Relationship").find((r) => attr(r, "Id") === chosen.rid);
  const path = target ? `xl/${(attr(target, "Target") ?? "").replace(/^\/?xl\//u, "")}` : "xl/worksheets/sheet1.xml";
  const xml = parts.get(path);
  if (!xml) throw new Error(`sheet ${chosen.name} has no part ${path}`);

  const shared = descendants(parseXml(parts.get("xl/sharedStrings.xml") ?? "<sst/>", "sharedStrings.xml"), "si").map(
    stringItem,
  );
  const styles = readCellStyles(parts.get("xl/styles.xml"), parts.get("xl/theme/theme1.xml"));
  const doc = parseXml(xml, path);
  const rows: GridRow[] = [];
  for (const row of descendants(doc, "row")) {
    const r = Number(attr(row, "r") ?? rows.length + 1);
    while (rows.length < r - 1) rows.push({ cells: [] });
    const cells: string[] = [];
    const fills: (string | null)[] = [];
    for (const c of childElements(row, "c")) {
      const ref = attr(c, "r");
      const col = ref ? columnIndex(ref) : cells.length;
      while (cells.length < col) cells.push("");
      cells[col] = cellText(c, shared, styles);
      const fill = styles.fill(Number(attr(c, "s") ?? 0));
      if (fill) fills[col] = fill;
    }
    rows[r - 1] = fills.length > 0 ? { cells, fills: Array.from(cells, (_, k) => fills[k] ?? null) } : { cells };
  }
  return { rows, source: `sheet ${chosen.name}` };
}

function stringItem(si: Element): string {
  // Phonetic runs (rPh) are not part of the text.
  return descendants(si, "t")
    .filter((t) => (t.parentNode as Element | null)?.localName !== "rPh")
    .map((t) => t.textContent ?? "")
    .join("");
}

function cellText(c: Element, shared: readonly string[], styles: CellStyles): string {
  const type = attr(c, "t");
  const v = child(c, "v")?.textContent ?? "";
  switch (type) {
    case "s":
      return shared[Number(v)] ?? "";
    case "inlineStr":
      return descendants(c, "t")
        .map((t) => t.textContent ?? "")
        .join("");
    case "str":
    case "e":
      return v;
    case "b":
      return v === "1" ? "TRUE" : "FALSE";
    default: {
      if (v === "") return "";
      const n = Number(v);
      if (styles.isDate(Number(attr(c, "s") ?? -1)) && Number.isFinite(n)) return excelDate(n);
      return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
    }
  }
}

/** @returns an Excel serial day (1900 system) as `dd/mm/yyyy`. */
function excelDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** @returns the 0-based column of a cell reference such as `AB12`. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}
