import { defaultCodebook, defaultFindingCodes, defaultProgressCues } from "@ofsted-action-plans/core";
import { describe, expect, it } from "vitest";
import { seeded } from "../helpers/random.js";
import { patternCandidates, requiredWords, WordFinder } from "../../packages/core/src/text/literal-gate.js";
import { corpus } from "../helpers/corpus.js";

describe("required words", () => {
  it.each([
    ["\\bsupervis(?:ion|ory)\\b", false, ["supervis"]],
    ["\\b(?:DA|DV|MARAC)\\b", true, ["DA", "DV", "MARAC"]],
    ["\\bvoices?\\b|\\bwishes and feelings\\b", false, ["voice", "wishes and feelings"]],
    ["\\b(?:police|TVP)\\b[^.;]{0,80}?\\bnotifications?\\b", false, ["notification"]],
    ["\\bL&D\\b", false, ["l&d"]],
    ["(?:the )?above", false, ["above"]],
    ["\\w+ed\\b", false, ["ed"]],
    ["\\d+\\s+\\w+", false, null],
  ])("%s → %j", (pattern, caseSensitive, words) => {
    expect(requiredWords(pattern, caseSensitive as boolean)).toEqual(words);
  });

  it("never turn away a text that a rule matches (every rule of the codebooks, every text of the corpus)", () => {
    const texts = corpus().plans.flatMap((p) =>
      p.recommendations.flatMap((r) => [r.text, ...r.actions.flatMap((a) => [a.text, a.statusRaw])]),
    );
    const rules = [
      ...defaultCodebook.themes.flatMap((t) => [...t.rules, ...(t.exclusions ?? [])]),
      ...defaultFindingCodes.codes.flatMap((c) => [...c.rules, ...(c.exclusions ?? [])]),
      ...Object.values(defaultProgressCues).flat(),
    ];
    let checked = 0;
    for (const rule of rules) {
      const caseSensitive = "caseSensitive" in rule && rule.caseSensitive === true;
      const words = requiredWords(rule.pattern, false);
      if (words === null) continue;
      const re = new RegExp(rule.pattern, caseSensitive ? "u" : "iu");
      for (const text of texts) {
        if (!re.test(text)) continue;
        checked++;
        expect(
          words.some((w) => text.toLowerCase().includes(w)),
          `${rule.id} matches "${text.slice(0, 80)}"`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("are found in one pass, overlapping or not", () => {
    const finder = new WordFinder(["supervis", "vision", "advoca", "he"]);
    expect([...finder.find("reflective supervision, the advocates")].sort()).toEqual([0, 1, 2, 3]);
    expect([...finder.find("nothing here")]).toEqual([3]);
    const labelled = new WordFinder(["supervis", "supervision", "advoca"], [4, 4, 1]);
    expect([...new WordFinder(["members’", "he"]).find("the members’ panel")].sort()).toEqual([0, 1]);
    expect([...labelled.find("supervision")]).toEqual([4]);
  });

  it("pick the patterns worth running: those whose words occur, and those that need none", () => {
    const candidates = patternCandidates(["\\bsupervis(?:ion|ory)\\b", "\\badvoca", "\\d+\\s+\\w+"]);
    expect([...candidates("reflective supervision")]).toEqual([1, 0, 1]);
    expect([...candidates("an advocate")]).toEqual([0, 1, 1]);
  });

  it("find exactly the words a substring search finds (random words and texts, with non-ASCII letters)", () => {
    const random = seeded(7);
    const letters = "abcde’é ";
    const word = (n: number) =>
      Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join("");
    for (let round = 0; round < 200; round++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 12) }, () => word(1 + Math.floor(random() * 4)));
      const text = word(Math.floor(random() * 60));
      const expected = words.flatMap((w, k) => (text.includes(w) ? [k] : []));
      expect(
        [...new WordFinder(words).find(text)].sort((a, b) => a - b),
        `${JSON.stringify(words)} in "${text}"`,
      ).toEqual(expected);
    }
  });
});
