import { readXlsx } from "@ofsted-action-plans/loaders/authoring";
import { describe, expect, it } from "vitest";
import { sheetRow, worksheet, xlsxFile } from "../helpers/office-files.js";

/** `readXlsx`: a workbook's sheet as rows of cells, each in the row its reference names. */
describe("readXlsx", () => {
  it("reads each row where its reference puts it, and sets a hidden row aside with a warning", () => {
    const sheet = worksheet(
      sheetRow(1, ["Ref", "Action", "Lead"]) +
        sheetRow(2, ["1.1", "Audit files", "HoS"]) +
        sheetRow(4, ["1.2", "Train staff", "WD"], ' hidden="1"'),
    );
    const grid = readXlsx(xlsxFile(sheet), undefined, "plan.xlsx");
    expect(grid.rows).toEqual([
      { cells: ["Ref", "Action", "Lead"] },
      { cells: ["1.1", "Audit files", "HoS"] },
      { cells: [] },
      { cells: ["1.2", "Train staff", "WD"], hidden: true },
    ]);
    expect(grid.diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "hidden-rows", line: 4 })]);
  });

  it("passes over a hidden sheet to the first visible one, and says so", () => {
    const bytes = xlsxFile("", {
      sheets: [
        { name: "Old", xml: worksheet(sheetRow(1, ["old"])), hidden: true },
        { name: "Plan", xml: worksheet(sheetRow(1, ["Ref", "Action"])) },
      ],
    });
    const grid = readXlsx(bytes, undefined, "plan.xlsx");
    expect(grid.source).toBe("sheet Plan");
    expect(grid.rows).toEqual([{ cells: ["Ref", "Action"] }]);
    expect(grid.diagnostics).toEqual([expect.objectContaining({ code: "hidden-sheet" })]);
  });
});
