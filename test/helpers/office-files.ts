import { strToU8, zipSync } from "fflate";

/** Escapes text for XML content. */
export const xmlText = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;");

const SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet row of inline strings, `r` written as given (any text, to test bad references). */
export function sheetRow(r: number | string, cells: readonly string[], extra = ""): string {
  return `<row r="${r}"${extra}>${cells.map((c) => `<c t="inlineStr"><is><t>${xmlText(c)}</t></is></c>`).join("")}</row>`;
}

/** A worksheet part holding these rows. */
export const worksheet = (rows: string) => `<worksheet xmlns="${SML}"><sheetData>${rows}</sheetData></worksheet>`;

/** What `xlsxFile` puts in the workbook besides the first sheet. */
export interface XlsxParts {
  /** Sheets in workbook order: name, part XML and whether hidden (default: one visible sheet "Plan"). */
  readonly sheets?: readonly { name: string; xml: string; hidden?: boolean }[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly date1904?: boolean;
  /** Other parts, by path (parts the reader should never inflate, say). */
  readonly extra?: Record<string, Uint8Array>;
}

/** @returns a minimal .xlsx workbook: the sheets, shared strings, styles and extra parts given. */
export function xlsxFile(firstSheet: string, parts: XlsxParts = {}): Uint8Array {
  const sheets = parts.sheets ?? [{ name: "Plan", xml: firstSheet }];
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${SML}" xmlns:r="${REL}">${parts.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheets
        .map(
          (s, k) =>
            `<sheet name="${s.name}" sheetId="${k + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${k + 1}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, k) => `<Relationship Id="rId${k + 1}" Target="worksheets/sheet${k + 1}.xml"/>`)
        .join("")}</Relationships>`,
    ),
    ...Object.fromEntries(sheets.map((s, k) => [`xl/worksheets/sheet${k + 1}.xml`, strToU8(s.xml)])),
    ...(parts.sharedStrings ? { "xl/sharedStrings.xml": strToU8(parts.sharedStrings) } : {}),
    ...(parts.styles ? { "xl/styles.xml": strToU8(parts.styles) } : {}),
    ...(parts.extra ?? {}),
  };
  return zipSync(files, { level: 1 });
}

/** @returns a minimal .docx document whose body is the XML given. */
export function docxFile(body: string): Uint8Array {
  return zipSync({
    "word/document.xml": strToU8(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** A Word table row of one-paragraph cells; the first cell spans `span` columns when given. */
export function wordRow(cells: readonly string[], span?: string): string {
  return `<w:tr>${cells
    .map(
      (c, i) =>
        `<w:tc>${i === 0 && span ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ""}<w:p><w:r><w:t>${xmlText(c)}</w:t></w:r></w:p></w:tc>`,
    )
    .join("")}</w:tr>`;
}

/** A Word table with a grid of `columns` and these rows. */
export const wordTable = (columns: number, rows: string) =>
  `<w:tbl><w:tblGrid>${"<w:gridCol/>".repeat(columns)}</w:tblGrid>${rows}</w:tbl>`;
