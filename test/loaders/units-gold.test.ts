import { describe, expect, it } from "vitest";
import { actionsOf, corpus, planOf, readTsv } from "../helpers/corpus.js";

const gold = readTsv("units-dev.tsv");

describe("action units", () => {
  it.each([
    ["reading", 43, 10],
    ["stockton", 58, 14],
    ["oxfordshire", 16, 16],
    ["windsor-maidenhead", 59, 23],
    ["herefordshire", 125, 5],
  ])("%s has %i actions under %i recommendations", (council, actions, recommendations) => {
    const plan = planOf(council);
    expect(actionsOf(plan)).toHaveLength(actions);
    expect(plan.recommendations).toHaveLength(recommendations);
  });

  it("gives 301 units in all, every document loading without error", () => {
    expect(corpus().errors).toEqual([]);
    expect(corpus().plans.flatMap(actionsOf)).toHaveLength(301);
  });

  it("gives Herefordshire's themes the hand-checked sizes", () => {
    expect(planOf("herefordshire").recommendations.map((r) => [r.id, r.actions.length])).toEqual([
      ["T1", 10],
      ["T2", 21],
      ["T3", 48],
      ["T4", 34],
      ["T5", 12],
    ]);
  });

  it("matches the hand-made dev units field for field, in source order", () => {
    const councils = [...new Set(gold.map((g) => g.council ?? ""))];
    const mine = councils.flatMap((council) =>
      planOf(council).recommendations.flatMap((r) =>
        r.actions.map((a) => ({
          council,
          recommendation_id: r.id,
          recommendation_text: r.text,
          action_id: a.id,
          action_text: a.text,
          lead: a.lead,
          due_raw: a.dueRaw,
          status_raw: a.statusRaw,
          reference: a.reference,
        })),
      ),
    );
    expect(mine).toEqual(gold);
  });
});
