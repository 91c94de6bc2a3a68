import { describe, expect, it } from "vitest";
import { isBlank, splitAt, tabCells } from "../../packages/loaders/src/source/cells.js";
import { randomText, seeded } from "../helpers/random.js";

describe("reading a line's cells", () => {
  it("splits at every tab, keeping empty cells at either end and between", () => {
    expect(tabCells("1.1\tAudit\t\tHead of Service\t")).toEqual(["1.1", "Audit", "", "Head of Service", ""]);
    expect(tabCells("no tab")).toEqual(["no tab"]);
    expect(tabCells("")).toEqual([""]);
  });

  it("gives what text.split(separator) gives, for random texts of tabs, line ends, spaces and words", () => {
    const random = seeded(5);
    for (let k = 0; k < 2000; k++) {
      const text = randomText(random, ["\t", "\n", " ", "a", "Lead", "\u00a0"], 0, 12);
      expect(tabCells(text), JSON.stringify(text)).toEqual(text.split("\t"));
      expect(splitAt(text, "\n"), JSON.stringify(text)).toEqual(text.split("\n"));
    }
  });
});

describe("blank text", () => {
  it('says what text.trim() === "" says, whatever the first character', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch} `, `${ch}a`]) if (isBlank(text) !== (text.trim() === "")) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(isBlank("")).toBe(true);
  });
});
