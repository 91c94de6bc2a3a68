import {
  classifyPlans,
  commonThemes,
  similarRecommendations,
  themeCooccurrence,
  themeMatrix,
} from "@ofsted-action-plans/core";
import { contentWords } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";
import { corpus } from "../helpers/corpus.js";

const themes = classifyPlans(corpus().plans);

describe("cross-council tables", () => {
  it("the matrix has every council × theme cell, with drill-down ids that carry the theme", () => {
    const rows = themeMatrix(themes).objects() as {
      council: string;
      theme: string;
      count: number;
      units: number;
      share: number;
      ids: string[];
    }[];
    expect(rows).toHaveLength(5 * themes.codebook.themes.length);
    for (const r of rows) {
      expect(r.ids).toHaveLength(r.count);
      expect(r.share).toBeCloseTo(r.count / r.units);
      for (const id of r.ids) {
        expect(
          themes.actions.find((a) => a.council === r.council && a.actionId === id)?.classification.themes,
        ).toContain(r.theme);
      }
    }
  });

  it("co-occurrence is symmetric and its diagonal counts the theme's units", () => {
    const rows = themeCooccurrence(themes).objects() as { theme_a: string; theme_b: string; count: number }[];
    const get = (a: string, b: string) => rows.find((r) => r.theme_a === a && r.theme_b === b)?.count ?? 0;
    expect(get("supervision", "recording")).toBe(get("recording", "supervision"));
    expect(get("advocacy", "advocacy")).toBe(
      themes.actions.filter((a) => a.classification.themes.includes("advocacy")).length,
    );
  });

  it("themes in several councils are those found in at least three", () => {
    const rows = commonThemes(themes).objects() as { theme: string; councils: number; council_list: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.councils).toBeGreaterThanOrEqual(3);
      expect(r.council_list.split(";")).toHaveLength(r.councils);
    }
    expect(commonThemes(themes, 6).numRows()).toBe(0);
  });

  it("one answer to 'which themes are in every council', on a stated basis the matrix agrees with", () => {
    const matrix = themeMatrix(themes).objects() as { theme: string; count: number }[];
    const everywhere = themes.codebook.themes
      .map((t) => t.id)
      .filter((id) => matrix.filter((m) => m.theme === id && m.count > 0).length === 5);
    const inEvery = (unit: "action" | "either") =>
      (commonThemes(themes, 5, unit).objects() as { theme: string }[]).map((r) => r.theme).sort();
    expect(inEvery("action")).toEqual([...everywhere].sort());
    // counting recommendations too can only add themes
    expect(inEvery("either")).toEqual(expect.arrayContaining(inEvery("action")));
  });

  it("finds police notification of domestic abuse recommended in Reading, Stockton and Windsor & Maidenhead", () => {
    const pairs = (similarRecommendations(corpus().plans).objects() as Record<string, string>[]).map(
      (p) => `${p.council_a}/${p.recommendation_a} ~ ${p.council_b}/${p.recommendation_b}`,
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        "reading/R1 ~ stockton/R4",
        "reading/R1 ~ windsor-maidenhead/R2",
        "stockton/R4 ~ windsor-maidenhead/R2",
      ]),
    );
  });

  it("stems words so 'assessed' and 'assessment' meet", () => {
    expect(contentWords("risk assessed; the risk assessment")).toEqual(["risk", "assess", "risk", "assess"]);
  });
});
