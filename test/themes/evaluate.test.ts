import {
  baselineCodebook,
  classifyPlans,
  defaultCodebook,
  evaluateThemes,
  parseThemeLabels,
} from "@ofsted-action-plans/core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpus, labelsDir } from "../helpers/corpus.js";

describe("evaluateThemes", () => {
  it("computes precision, recall, F1 and Cohen's kappa per theme", () => {
    const gold = new Map([
      ["u1", ["a"]],
      ["u2", ["a"]],
      ["u3", []],
      ["u4", []],
    ]);
    const predicted = new Map([
      ["u1", ["a"]],
      ["u2", []],
      ["u3", ["a"]],
      ["u4", []],
    ]);
    const result = evaluateThemes(predicted, gold, ["a"], { texts: new Map([["u2", "missed"]]) });
    expect(result.perTheme[0]).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      tn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      kappa: 0,
    });
    expect(result.errors).toEqual([
      { unit: "u2", theme: "a", kind: "false-negative", text: "missed" },
      { unit: "u3", theme: "a", kind: "false-positive", text: "" },
    ]);
  });

  it("parses the labelled-file format", () => {
    expect(parseThemeLabels("unit\tthemes\nreading/1\t\nreading/2\tdomestic_abuse,governance\n")).toEqual(
      new Map([
        ["reading/1", []],
        ["reading/2", ["domestic_abuse", "governance"]],
      ]),
    );
  });
});

describe("agreement with the hand-coded dev labels", () => {
  const fixture = (name: string) => parseThemeLabels(readFileSync(join(labelsDir, name), "utf8"));
  const gold = new Map([...fixture("themes-actions-dev.tsv"), ...fixture("themes-recommendations-dev.tsv")]);
  const themes = defaultCodebook.themes.map((t) => t.id);
  const core = ["advocacy", "domestic_abuse", "supervision", "thresholds"];
  const score = (codebook: typeof defaultCodebook | typeof baselineCodebook) => {
    const coded = classifyPlans(corpus().plans, codebook);
    const predicted = new Map(
      [...coded.actions, ...coded.recommendations].map((u) => [u.unit, u.classification.themes] as const),
    );
    return evaluateThemes(predicted, gold, themes, { coreThemes: core });
  };
  const library = score(defaultCodebook);
  const baseline = score(baselineCodebook);

  it("covers every labelled unit", () => {
    expect(library.missing).toEqual([]);
    expect(library.units).toBe(157);
  });

  it("reaches the targets on the dev plans and beats keyword search on every broad theme", () => {
    console.log(
      `themes (dev): core micro-F1 ${library.micro.coreF1?.toFixed(3)}, macro-F1 ${library.macro.f1?.toFixed(3)}; baseline ${baseline.micro.coreF1?.toFixed(3)}, ${baseline.macro.f1?.toFixed(3)}`,
    );
    expect(library.micro.coreF1).toBeGreaterThanOrEqual(0.98);
    expect(library.macro.f1).toBeGreaterThanOrEqual(0.88);
    for (const theme of ["child_voice", "assessment", "workforce", "early_help", "looked_after", "governance"]) {
      const lib = library.perTheme.find((s) => s.theme === theme)!.f1!;
      const base = baseline.perTheme.find((s) => s.theme === theme)!.f1!;
      expect(lib, theme).toBeGreaterThan(base);
    }
  });
});
