import { repairRows } from "@ofsted-action-plans/loaders/authoring";
import { describe, expect, it } from "vitest";

/** `repairRows`: a text's structure read before any layout, so another conversion reads the same. */
describe("repairRows", () => {
  const table = [
    "Title",
    "1\tRec one\tAct one",
    "2\tRec two\tAct two",
    "3\tRec three\tAct three",
    "4\tRec four\tAct four",
    "5\tRec five\tAct five",
  ];
  const notes = (r: ReturnType<typeof repairRows>) =>
    r.diagnostics.map((d) => [d.severity, d.code, d.line, d.lastLine]);

  it("blanks a page footer, wherever it falls, as page furniture", () => {
    const r = repairRows([...table.slice(0, 3), "Page 1 of 3", ...table.slice(3)]);
    expect(r.lines[3]).toBe("");
    expect([...r.furniture]).toEqual([[4, "page-number"]]);
    expect(notes(r)).toEqual([["info", "page-furniture", 4, 4]]);
  });

  it("reads runs of spaces as the tabs a converter lost, with a warning", () => {
    const r = repairRows([...table, "6  Rec six  Act six"]);
    expect(r.width).toBe(3);
    expect(r.lines[6]).toBe("6\tRec six\tAct six");
    expect(notes(r)).toEqual([["warning", "spaces-as-tabs", 7, 7]]);
  });

  it("joins a line with no tabs to the complete row before it, as the end of its last cell", () => {
    const r = repairRows([...table.slice(0, 3), "and more of it", ...table.slice(3)]);
    expect(r.lines.slice(2, 4)).toEqual(["2\tRec two\tAct two and more of it", ""]);
    expect([...r.joined]).toEqual([[3, [4]]]);
    expect(notes(r)).toEqual([["warning", "joined-row", 3, 4]]);
  });

  it("joins a row split over two lines inside a cell when the parts add up to the table's width", () => {
    const r = repairRows([...table.slice(0, 3), "6\tRec six", "continued\tAct six", ...table.slice(3)]);
    expect(r.lines.slice(3, 5)).toEqual(["6\tRec six continued\tAct six", ""]);
    expect(notes(r)).toEqual([["info", "joined-row", 4, 5]]);
  });

  it("repairs no rows in a document that is not tab-separated (fewer than five tab rows)", () => {
    const r = repairRows(["a\tb\tc", "d"]);
    expect(r).toMatchObject({ lines: ["a\tb\tc", "d"], width: null, diagnostics: [] });
  });
});
