import type { ManifestEntry } from "@ofsted-action-plans/core";
import {
  isLoadError,
  loadPlan,
  MAX_INFLATED_BYTES,
  MAX_TABLE_ROWS,
  type LoadResult,
} from "@ofsted-action-plans/loaders";
import { readXlsx } from "@ofsted-action-plans/loaders/authoring";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxFile, sheetRow, wordRow, wordTable, worksheet, xlsxFile } from "../helpers/office-files.js";
import { TABLE_HEADER as HEADER, tableRow as row } from "../helpers/table-rows.js";

const entry = (file: string): ManifestEntry => ({
  id: "hostile",
  council: "northmoor",
  councilName: "Northmoor",
  title: "Hostile table",
  documentDate: null,
  documentDateText: "undated",
  asOf: "2015-04-30",
  asOfEvidence: "Test.",
  file,
  format: "table",
});

/** @returns the load, or the LoadError; any other error fails the test. */
function load(
  input: string | Uint8Array,
  file: string,
): LoadResult | { code: string; message: string; line: number | null } {
  try {
    return loadPlan(input, entry(file));
  } catch (error) {
    if (!isLoadError(error)) throw error;
    return { code: error.code, message: error.message, line: error.line };
  }
}

function loaded(input: string | Uint8Array, file: string): LoadResult {
  const result = load(input, file);
  if (!("plan" in result)) throw new Error(`did not load: ${result.message}`);
  return result;
}

const actionIds = (r: LoadResult) => r.plan.recommendations.flatMap((rec) => rec.actions.map((a) => a.id));
const warning = (r: LoadResult, code: string) => r.diagnostics.find((d) => d.code === code && d.severity === "warning");

describe("spreadsheets past Excel's limits are read in bounded time and memory, or refused", () => {
  it("a cell reference far past column XFD is read in place, with a warning", () => {
    const sheet = worksheet(
      sheetRow(1, HEADER) +
        sheetRow(2, row(1)).replace("<c t", '<c r="ZZZZZZZ2" t') +
        sheetRow(3, row(2)).replace("<c t", '<c r="XFE3" t'),
    );
    const result = loaded(xlsxFile(sheet), "plan.xlsx");
    expect(actionIds(result)).toEqual(["1.1", "2.1"]);
    expect(warning(result, "bad-cell-reference")?.message).toMatch(/ZZZZZZZ2 in row 2, XFE3 in row 3/u);
  });

  it("row numbers past row 1,048,576, negative or not numbers: each row read after the one before, with a warning", () => {
    const sheet = worksheet(
      sheetRow(1, HEADER) + sheetRow(2_000_000, row(1)) + sheetRow(-3, row(2)) + sheetRow("abc", row(3)),
    );
    const result = loaded(xlsxFile(sheet), "plan.xlsx");
    expect(actionIds(result)).toEqual(["1.1", "2.1", "3.1"]);
    expect(warning(result, "bad-row-reference")).toMatchObject({ line: 2 });
    expect(warning(result, "bad-row-reference")?.message).toMatch(
      /r="2000000" after row 1, r="-3" after row 2, r="abc"/u,
    );
  });

  it("a legal cell at row 1,048,576 loads (the rows between are blank, accounted for)", () => {
    const result = loaded(
      xlsxFile(worksheet(sheetRow(1, HEADER) + sheetRow(2, row(1)) + sheetRow(1_048_576, row(2)))),
      "plan.xlsx",
    );
    expect(actionIds(result)).toEqual(["1.1", "2.1"]);
    expect(result.lines).toHaveLength(1_048_576);
  });

  it(`more than ${MAX_TABLE_ROWS} rows with text are refused with the limit, naming the row`, () => {
    const rows = [sheetRow(1, HEADER)];
    for (let k = 2; k <= MAX_TABLE_ROWS + 2; k++) rows.push(sheetRow(k, [`${k}`, "R", `Do ${k}`]));
    const result = load(xlsxFile(worksheet(rows.join(""))), "plan.xlsx");
    expect(result).toMatchObject({ code: "limit", line: MAX_TABLE_ROWS + 1 });
  });

  it("parts the reader does not use are never inflated (an archive past the budget still reads)", () => {
    const big = new Uint8Array(100 * 1024 * 1024);
    const extra = { "xl/media/a.bin": big, "xl/media/b.bin": big, "xl/media/c.bin": big };
    expect(3 * big.length).toBeGreaterThan(MAX_INFLATED_BYTES);
    const bytes = xlsxFile(worksheet(sheetRow(1, HEADER) + sheetRow(2, row(1))), { extra });
    expect(actionIds(loaded(bytes, "plan.xlsx"))).toEqual(["1.1"]);
  });

  it("a sheet part past the budget is refused with the limit, naming the part", () => {
    const sheet = zipSync({
      "xl/workbook.xml": new TextEncoder().encode(
        '<workbook><sheets><sheet name="Plan" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/worksheets/sheet1.xml": new Uint8Array(MAX_INFLATED_BYTES + 1),
    });
    expect(load(sheet, "plan.xlsx")).toMatchObject({ code: "limit", message: expect.stringMatching(/sheet1\.xml/u) });
  });

  it("only the shared strings the sheet uses are kept, and a missing one is a warning", () => {
    const strings = `<sst>${"<si><t>unused</t></si>".repeat(200_000)}<si><t>Review files 1</t></si></sst>`;
    const sheet = worksheet(
      sheetRow(1, HEADER) +
        '<row r="2"><c t="inlineStr"><is><t>1.1</t></is></c><c t="inlineStr"><is><t>R</t></is></c><c t="s"><v>200000</v></c><c t="s"><v>999999</v></c></row>',
    );
    const result = loaded(xlsxFile(sheet, { sharedStrings: strings }), "plan.xlsx");
    expect(result.plan.recommendations[0]!.actions[0]!.text).toBe("Review files 1");
    expect(warning(result, "missing-shared-string")?.message).toMatch(/string 999999/u);
  });

  it("a workbook in the 1904 date system reads its dates in that system", () => {
    const styles = '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const sheet = worksheet(
      sheetRow(1, HEADER) +
        '<row r="2"><c t="inlineStr"><is><t>1.1</t></is></c><c t="inlineStr"><is><t>R</t></is></c><c t="inlineStr"><is><t>Audit</t></is></c><c t="inlineStr"><is><t>HoS</t></is></c><c s="1"><v>40000</v></c></row>',
    );
    const dues = (date1904: boolean) =>
      loaded(xlsxFile(sheet, { styles, date1904 }), "plan.xlsx").plan.recommendations[0]!.actions[0]!.dueRaw;
    expect(dues(false)).toBe("06/07/2009");
    expect(dues(true)).toBe("07/07/2013"); // four years and a day later, as Excel shows it
  });

  it("a hidden first sheet is passed over for the first visible one, with a warning", () => {
    const bytes = xlsxFile("", {
      sheets: [
        { name: "Lists", xml: worksheet(sheetRow(1, ["Lookup", "Values"])), hidden: true },
        { name: "Plan", xml: worksheet(sheetRow(1, HEADER) + sheetRow(2, row(1))) },
      ],
    });
    const result = loaded(bytes, "plan.xlsx");
    expect(actionIds(result)).toEqual(["1.1"]);
    expect(warning(result, "hidden-sheet")?.message).toMatch(/"Lists" passed over.*"Plan"/u);
    expect(readXlsx(bytes, "Lists").diagnostics).toContainEqual(expect.objectContaining({ code: "hidden-sheet" }));
  });

  it("hidden rows are set aside, each line accounted for as such, with a warning", () => {
    const sheet = worksheet(
      sheetRow(1, HEADER) + sheetRow(2, row(1)) + sheetRow(3, row(2), ' hidden="1"') + sheetRow(4, row(3)),
    );
    const result = loaded(xlsxFile(sheet), "plan.xlsx");
    expect(actionIds(result)).toEqual(["1.1", "3.1"]);
    expect(result.lines[2]).toMatchObject({ use: "ignored", reason: "hidden-row" });
    expect(warning(result, "hidden-rows")).toMatchObject({ line: 3 });
  });

  it("bytes that are not a workbook, and XML that is not well-formed, are typed errors", () => {
    expect(load(new TextEncoder().encode("not a zip"), "plan.xlsx")).toMatchObject({ code: "binary" });
    expect(load(xlsxFile("<worksheet><sheetData><row></sheetData></worksheet>"), "plan.xlsx")).toMatchObject({
      code: "damaged",
      message: expect.stringMatching(/sheet1\.xml: <\/sheetData> where <\/row> was expected/u),
    });
    expect(load(xlsxFile('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>'), "plan.xlsx")).toMatchObject({
      code: "damaged",
      message: expect.stringMatching(/document type or entity declaration/u),
    });
  });
});

describe("Word documents past their limits", () => {
  it("a cell spanning 300,000,000 columns is capped to the table, with a warning", () => {
    const bytes = docxFile(wordTable(HEADER.length, wordRow(HEADER) + wordRow(row(1), "300000000")));
    const result = loaded(bytes, "plan.docx");
    expect(actionIds(result)).toEqual(["1.1"]);
    expect(warning(result, "span-capped")).toMatchObject({ line: 2 });
  });

  it.each([
    [
      "20,000 nested tables",
      () => {
        let cell = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
        for (let k = 0; k < 20_000; k++) cell = `<w:tbl><w:tr><w:tc>${cell}</w:tc></w:tr></w:tbl>`;
        return cell;
      },
    ],
    ["200,000 nested elements", () => `<w:p>${"<w:r>".repeat(200_000)}x${"</w:r>".repeat(200_000)}</w:p>`],
  ])("%s are refused with the limit, naming the part", (_, body) => {
    expect(load(docxFile(body()), "plan.docx")).toMatchObject({
      code: "limit",
      message: expect.stringMatching(/plan\.docx: word\/document\.xml: elements nested 257 deep \(limit 256\)/u),
    });
  });
});

describe("CSV that does not say cleanly what it holds is read with a word", () => {
  const csv = (...lines: string[]) => [HEADER.join(","), ...lines].join("\n");

  it("a quote never closed is a literal quote: the rows after it stay rows", () => {
    const result = loaded(
      csv(row(1).join(","), '2.1,R,"Unclosed quote,HoS,31/03/2015,x,G', row(3).join(",")),
      "plan.csv",
    );
    expect(actionIds(result)).toEqual(["1.1", "2.1", "3.1"]);
    expect(result.plan.recommendations[1]!.actions[0]!.text).toBe('"Unclosed quote');
    expect(warning(result, "csv-unclosed-quote")).toMatchObject({ line: 3 });
  });

  it("a carriage return alone inside a row stays in its cell", () => {
    const result = loaded(csv(row(1).join(","), "2.1,R,Train staff\rin supervision,HoS,31/03/2015,x,G"), "plan.csv");
    expect(actionIds(result)).toEqual(["1.1", "2.1"]);
    expect(result.plan.recommendations[1]!.actions[0]!.text).toBe("Train staff in supervision");
    expect(warning(result, "csv-bare-cr")?.message).toMatch(/^line 3 of the file/u);
  });

  it("a file of classic Mac line ends (CR only) reads its rows", () => {
    expect(actionIds(loaded(csv(row(1).join(","), row(2).join(",")).replaceAll("\n", "\r"), "plan.csv"))).toEqual([
      "1.1",
      "2.1",
    ]);
  });

  it("ragged rows are named: cells past the header are not read, missing ones are empty", () => {
    const result = loaded(csv(row(1).join(","), `${row(2).join(",")},extra,more`, "3.1,R,Audit"), "plan.csv");
    expect(warning(result, "csv-ragged-rows")?.message).toMatch(
      /record 3 has more cells than the header row.*not read; record 4 has fewer cells/u,
    );
  });

  it("a CSV saved as Windows-1252 (as Excel saves one) is read as such, with a warning", () => {
    const bytes = new TextEncoder().encode(csv("1.1,R,Review files,Ren\u00e9e,31/03/2015,Done,G"));
    const latin = Uint8Array.from(new TextDecoder().decode(bytes), (c) => c.charCodeAt(0));
    const result = loaded(latin, "plan.csv");
    expect(result.plan.recommendations[0]!.actions[0]!.lead).toBe("Ren\u00e9e");
    expect(warning(result, "csv-encoding")).toBeDefined();
  });
});
