import { normaliseLines } from "@ofsted-action-plans/loaders/authoring";
import { describe, expect, it } from "vitest";
import { randomText, seeded } from "../helpers/random.js";

describe("normalising a document's lines", () => {
  const printed = [
    "Oct 12 \u2212 De\u00ADc 12",
    "Gr\u0435en rating, \u0393\u03b5\u03b9\u03b1 stays",
    "\ufb01nal\u00a0report",
    "no change here",
  ];
  const n = normaliseLines(printed);

  it("reads spaces, invisibles, dashes, look-alikes in Latin words and ligatures as plain text", () => {
    expect(n.lines).toEqual([
      "Oct 12 \u2013 Dec 12",
      "Green rating, \u0393\u03b5\u03b9\u03b1 stays",
      "final report",
      "no change here",
    ]);
    expect(n.counts).toEqual([
      { kind: "dash", count: 1, firstLine: 1 },
      { kind: "invisible", count: 1, firstLine: 1 },
      { kind: "homoglyph", count: 1, firstLine: 2 },
      { kind: "compatibility", count: 1, firstLine: 3 },
      { kind: "space", count: 1, firstLine: 3 },
    ]);
  });

  it("gives back any fragment of a normalised line as printed", () => {
    expect(n.printed(1, "Dec 12")).toBe("De\u00ADc 12");
    expect(n.printed(2, "Green")).toBe("Gr\u0435en");
    expect(n.printed(3, "final")).toBe("\ufb01nal");
    expect(n.printed(3, "report")).toBe("report");
    expect(n.printed(4, "change")).toBe("change");
    printed.forEach((line, i) => expect(n.printed(i + 1, n.lines[i]!)).toBe(line));
  });

  // Ligatures (one printed letter read as several), dashes and look-alikes (read by the characters
  // around them) are left out: a fragment may cut through them; the examples above cover them whole.
  it("maps every fragment of random lines back to the printed characters it came from", () => {
    const parts = ["a", "word", " ", "\u00a0", "\u00ad", "\uff21", "\u200b", "."];
    const random = seeded(5);
    for (let k = 0; k < 500; k++) {
      const line = randomText(random, parts, 1, 8);
      const one = normaliseLines([line]);
      const text = one.lines[0]!;
      expect(normaliseLines([one.printed(1, text)]).lines[0], JSON.stringify(line)).toBe(text);
      // A fragment's printed text normalises back to the fragment.
      const start = Math.floor(random() * text.length);
      const fragment = text.slice(start, start + 1 + Math.floor(random() * 4));
      if (fragment === "" || text.indexOf(fragment) !== start) continue;
      expect(normaliseLines([one.printed(1, fragment)]).lines[0], JSON.stringify([line, fragment])).toBe(fragment);
    }
  });
});
