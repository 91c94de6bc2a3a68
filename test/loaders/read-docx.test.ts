import { readDocx } from "@ofsted-action-plans/loaders/authoring";
import { describe, expect, it } from "vitest";
import { docxFile, wordRow, wordTable } from "../helpers/office-files.js";

/** `readDocx`: a Word document's tables and the paragraphs between them, in document order. */
describe("readDocx", () => {
  it("reads a paragraph as a one-cell row, table rows as rows, and a row merged across as wide", () => {
    const body =
      "<w:p><w:r><w:t>Recommendation 1</w:t></w:r></w:p>" +
      wordTable(
        3,
        wordRow(["Ref", "Action", "Lead"]) + wordRow(["1.1", "Audit files", "HoS"]) + wordRow(["Theme A"], "3"),
      );
    const grid = readDocx(docxFile(body), "plan.docx");
    expect(grid.rows.slice(0, 4)).toEqual([
      { cells: ["Recommendation 1"], paragraph: true },
      { cells: ["Ref", "Action", "Lead"] },
      { cells: ["1.1", "Audit files", "HoS"] },
      { cells: ["Theme A", "", ""], wide: true },
    ]);
    expect(grid.source).toBe("Word tables and paragraphs");
  });
});
