import { assessPlans, classifyPlans, type Plan } from "@ofsted-action-plans/core";
import { isLoadError, loadPlan, type LoadResult } from "@ofsted-action-plans/loaders";
import { describe, expect, it } from "vitest";
import { bundled } from "../helpers/corpus.js";
import { CONVERSIONS } from "./conversions.js";

const COUNCILS = ["reading", "stockton", "oxfordshire", "windsor-maidenhead", "herefordshire"];

/** What a user reads off each action: recommendation, text, lead, due date, status, slipped, themes. */
function answers(plan: Plan): string[] {
  const assessed = assessPlans([plan]).actions;
  const themes = classifyPlans([plan]).actions;
  return assessed.map(({ recommendationId, action, assessment: a }, i) =>
    [
      recommendationId,
      action.id,
      action.text,
      action.lead,
      a.due.kind,
      a.due.start,
      a.due.end,
      a.status.status,
      a.slippage.slipped,
      themes[i]!.classification.themes.join(";"),
    ].join(" | "),
  );
}

type Outcome = "same" | "warned" | "failed" | "silent-change";

function outcome(
  text: string,
  entry: Parameters<typeof loadPlan>[1],
  expected: string[],
): { outcome: Outcome; detail: string } {
  let result: LoadResult;
  try {
    result = loadPlan(text, entry);
  } catch (error) {
    if (isLoadError(error) && error.code !== "internal") return { outcome: "failed", detail: error.message };
    throw error;
  }
  const got = answers(result.plan);
  if (JSON.stringify(got) === JSON.stringify(expected)) return { outcome: "same", detail: "" };
  if (result.diagnostics.some((d) => d.severity === "warning")) return { outcome: "warned", detail: "" };
  const firstDiff = got.findIndex((g, k) => g !== expected[k]);
  return {
    outcome: "silent-change",
    detail: `first difference: ${expected[firstDiff] ?? "(none)"}  →  ${got[firstDiff] ?? "(none)"} (${got.length} vs ${expected.length} actions)`,
  };
}

describe.each(COUNCILS)("other conversions of the %s plan", (council) => {
  const { entry, text } = bundled(council);
  const expected = answers(loadPlan(text, entry).plan);

  it.each(Object.keys(CONVERSIONS))("%s: the same actions, or a warning; never a silent change", (name) => {
    const tally: Record<Outcome, number> = { same: 0, warned: 0, failed: 0, "silent-change": 0 };
    const silent: string[] = [];
    for (const variant of CONVERSIONS[name as keyof typeof CONVERSIONS](text)) {
      const o = outcome(variant.text, entry, expected);
      tally[o.outcome]++;
      if (o.outcome === "silent-change") silent.push(`${variant.kind}: ${o.detail}`);
    }
    console.log(`variants ${council} ${name}: ${JSON.stringify(tally)}`);
    expect(silent).toEqual([]);
  });
});
