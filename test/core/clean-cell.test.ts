import { isBlankCell, cleanCell, foldHomoglyphs } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";
import { randomText, seeded } from "../helpers/random.js";
import { collapseSpaces } from "../../packages/core/src/text/clean-cell.js";

describe("cleanCell", () => {
  it.each([
    ["<i>Ofsted Recommendation</i>", "Ofsted Recommendation"],
    ['as a minimum: <ul style="list-style-type: none"> - core safeguarding', "as a minimum: - core safeguarding"],
    ["<p>Ensure that:</p> <p>a. all</p>", "Ensure that: a. all"],
    ["<ul> \u2022 Suitable premises \u2022 Timetabled", "Suitable premises Timetabled"],
    ["private\uF0B7use", "privateuse"],
    ["  two\t\tcells \n over lines ", "two cells over lines"],
    ["children\u2019s \u2013 \u201cquoted\u201d", "children\u2019s \u2013 \u201cquoted\u201d"],
    ["Strategy & Tracking (1,2,3,4) 24/7", "Strategy & Tracking (1,2,3,4) 24/7"],
    ["a < b and c > d", "a < b and c > d"],
    ["", ""],
  ])("%j → %j", (raw, clean) => {
    expect(cleanCell(raw)).toBe(clean);
  });
});

describe("foldHomoglyphs", () => {
  it("reads Cyrillic look-alikes as Latin, for matching headings only", () => {
    expect(foldHomoglyphs("\u0412\u0443")).toBe("By");
    expect(foldHomoglyphs("\u0422\u0410")).toBe("TA");
    expect(foldHomoglyphs("Lead")).toBe("Lead");
  });
});

describe("placeholders are text", () => {
  it.each([
    ["Report by <insert date>", "Report by <insert date>"],
    ["<TBC>", "<TBC>"],
    ["Lead: <name of officer>", "Lead: <name of officer>"],
    ["<i>Actions</i> <b>now</b>", "Actions now"],
    ['<ul style="list-style-type: none"> <li>one</li></ul>', "one"],
    ["a < b and c > d", "a < b and c > d"],
  ])("%j → %j", (raw, clean) => {
    expect(cleanCell(raw)).toBe(clean);
  });
});

describe("whitespace", () => {
  it("collapses every character a regular expression's \\s matches, and nothing else", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const raw = `a${ch}${ch}b `;
      expect(cleanCell(raw), `U+${c.toString(16)}`).toBe(
        raw
          .replace(/[\u2022\uE000-\uF8FF]/gu, "")
          .replace(/\s+/gu, " ")
          .trim(),
      );
    }
  });
});

describe("collapsing whitespace", () => {
  it('gives what replace(/\\s+/g, " ").trim() gives, for random runs of spaces at the ends and inside', () => {
    const parts = [" ", "  ", "\t", "\n", "\u00a0", "\u3000", "a", "word", "-", "."];
    const random = seeded(7);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(random, parts, 0, 8);
      expect(collapseSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/gu, " ").trim());
    }
  });
});

describe("isBlankCell", () => {
  it('says what cleanCell(text) === "" says, for random mixes of spaces, markup, glyphs and letters', () => {
    const parts = [
      " ",
      "\t",
      "\u00a0",
      "<p>",
      "</b>",
      "<br/>",
      "\u2022",
      "\uE001",
      "\uDB80\uDC00",
      "<TBC>",
      "a",
      "<",
      "-",
    ];
    const random = seeded(11);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(random, parts, 0, 6);
      expect(isBlankCell(text), JSON.stringify(text)).toBe(cleanCell(text) === "");
    }
  });

  it('says what cleanCell(text) === "" says, whatever the first character', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch} `, `${ch}a`, `${ch}p>`])
        if (isBlankCell(text) !== (cleanCell(text) === "")) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});
