import { findRatingKey } from "@ofsted-action-plans/loaders/authoring";
import { describe, expect, it } from "vitest";
import { joinCellLines, vocabulary } from "../../packages/loaders/src/pdf/cell-lines.js";
import { shadingColour } from "../../packages/loaders/src/table-files/shading.js";

const line = (text: string, x2: number) => ({ text, x1: 100, x2, size: 10 });

describe("a cell's printed lines joined back into its text", () => {
  const words = vocabulary(["Head of Safeguarding and Quality", "the Board will depend on it"], []);

  it("by a space where the line was wrapped between words", () => {
    expect(joinCellLines([line("Responsible", 149), line("officer", 135)], 150, words)).toBe("Responsible\nofficer");
    expect(joinCellLines([line("Monthly", 149), line("from April", 150)], 150, words)).toBe("Monthly\nfrom April");
  });

  it("without one inside a word broken because it did not fit the cell", () => {
    expect(joinCellLines([line("Safeguardi", 149), line("ng", 112)], 150, words)).toBe("Safeguarding");
    expect(joinCellLines([line("depend", 147), line("ent on", 130)], 150, words)).toBe("dependent on");
    expect(joinCellLines([line("31/05/2", 149), line("015", 116)], 150, words)).toBe("31/05/2015");
  });

  it("after a hyphen, and before punctuation; and says which words it joined", () => {
    const joined: string[] = [];
    expect(
      joinCellLines([line("multi-", 120), line("agency work", 150), line(".", 103)], 150, words, (w) => joined.push(w)),
    ).toBe("multi-agency work.");
    expect(joined).toEqual(["multi-agency"]);
  });

  it("never inside a line that does not reach the cell's edge, unless the whole word is printed elsewhere", () => {
    expect(joinCellLines([line("Developmen", 120), line("t", 112)], 150, words)).toBe("Developmen\nt");
    expect(joinCellLines([line("Safeguardi", 120), line("ng", 112)], 150, words)).toBe("Safeguarding");
  });
});

describe("shading read as a rating colour", () => {
  it.each([
    ["#00b050", "green"],
    ["#92d050", "green"],
    ["#ffc000", "amber"],
    ["#ffff00", "amber"],
    ["#ff0000", "red"],
    ["#c00000", "red"],
    ["#0070c0", "blue"],
    ["#d9d9d9", null],
    ["#dbe5f1", null],
    ["#ffffff", null],
  ])("%s is %s", (hex, colour) => expect(shadingColour(hex)).toBe(colour));
});

describe("a rating key printed beside the table", () => {
  it("as a paragraph, one entry a line under a heading, or a legend table", () => {
    expect(
      findRatingKey(["Key: 1 = Fully achieved; 2 = Partially achieved; 3 = Not yet started"]).map((e) => e.status),
    ).toEqual(["completed", "in_progress", "not_started"]);
    expect(
      findRatingKey(["RAG key", "Red - not met or timescale slipped", "Green - completed"]).map((e) => [
        e.value,
        e.line,
      ]),
    ).toEqual([
      ["Red", 2],
      ["Green", 3],
    ]);
    expect(findRatingKey(["A\tAchieved", "B\tIn progress", "C\tNot started"]).map((e) => e.status)).toEqual([
      "completed",
      "in_progress",
      "not_started",
    ]);
  });

  it("never from table rows that only start with a number", () => {
    expect(findRatingKey(["1\tReview the threshold document", "2\tAudit supervision records"])).toEqual([]);
  });
});
