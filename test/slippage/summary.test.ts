import { actionTable, ragVersusEvidence, slippagePhrase, slippageSummary } from "@ofsted-action-plans/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { corpus, readTsv } from "../helpers/corpus.js";

describe("slippageSummary", () => {
  const summary = slippageSummary(actionTable(corpus().plans)).objects() as Record<string, unknown>[];
  const of = (council: string) => summary.find((r) => r.council === council)!;

  it("reports Reading, which has no dates or progress, as not reported — never 0%", () => {
    expect(of("reading")).toMatchObject({
      actions: 43,
      with_due: 0,
      assessable: 0,
      slipped_share: null,
      median_days_late: null,
      share_completed: null,
      slippage: "not reported",
    });
  });

  it("gives Stockton's slipped share with its denominator, as the hand-applied labels do", () => {
    const gold = readTsv("dates-dev.tsv").filter((g) => g.unit!.startsWith("stockton/"));
    // Assessable: slippage known and due by the plan's date, or already slipped before it.
    const assessable = gold.filter(
      (g) => g.slipped === "y" || (g.slipped === "n" && g.due_end! <= "2013-09-18"),
    ).length;
    const slipped = gold.filter((g) => g.slipped === "y");
    const late = slipped.map((g) => Number(g.slip_days)).sort((a, b) => a - b);
    const median = (late[(late.length - 1) >> 1]! + late[late.length >> 1]!) / 2;
    expect(of("stockton")).toMatchObject({
      assessable,
      slipped: slipped.length,
      slipped_share: slipped.length / assessable,
      slippage: "reported",
      days_late_n: late.length,
      median_days_late: median,
    });
    expect(of("stockton").median_days_late).toBeGreaterThan(0);
  });

  it("says Oxfordshire, whose deadlines all fall after its date, has none due yet, never 0 %", () => {
    expect(of("oxfordshire")).toMatchObject({
      actions: 16,
      due_by_as_of: 0,
      not_yet_due: 16,
      assessable: 0,
      slipped_share: null,
      slippage: "none due yet",
      earliest_due: "2014-09-17",
    });
    expect(slippagePhrase(of("oxfordshire"))).toBe("none due yet (earliest 2014-09-17)");
  });

  it("counts the reasons of slippage, each against the same slipped actions", () => {
    const h = of("herefordshire");
    for (const reason of ["overdue_open", "deadline_moved", "extension_agreed", "rated_red"]) {
      expect(h[reason] as number).toBeLessThanOrEqual(h.slipped as number);
    }
    expect(
      (h.overdue_open as number) +
        (h.deadline_moved as number) +
        (h.extension_agreed as number) +
        (h.rated_red as number),
    ).toBeGreaterThanOrEqual(h.slipped as number);
    expect(h.rated_red).toBe(h.rag_red);
  });

  it("groups by theme straight from the action table", () => {
    const byTheme = slippageSummary(actionTable(corpus().plans), ["council", "theme"]).objects() as Record<
      string,
      unknown
    >[];
    expect(byTheme.some((r) => r.council === "stockton" && r.theme === "supervision")).toBe(true);
    expect(() => slippageSummary(actionTable(corpus().plans), ["nope"])).toThrow(/groupby/u);
  });

  it("leaves removed actions out of Herefordshire's figures and counts RAG red against rated actions", () => {
    expect(of("herefordshire")).toMatchObject({ actions: 125, removed: 1, rag_rated: 124 });
    expect(of("herefordshire").red_share).toBeCloseTo((of("herefordshire").rag_red as number) / 124);
  });

  it("groups by any columns, e.g. a theme column", () => {
    const rows = table({
      council: ["a", "a", "a", "b"],
      theme: ["x", "x", "y", "x"],
      removed: [false, false, false, false],
      due_end: ["2013-01-31", "2013-01-31", null, null],
      status: ["completed", "in_progress", "unknown", "unknown"],
      rag: [null, null, null, null],
      slipped: [false, true, null, null],
      slip_days: [0, 30, null, null],
      slip_days_is_lower_bound: [false, true, false, false],
      slip_reasons: ["", "overdue_open", "", ""],
      as_of: ["2013-09-18", "2013-09-18", "2013-09-18", "2013-09-18"],
    });
    expect(slippageSummary(rows, ["theme"]).objects()).toMatchObject([
      {
        theme: "x",
        actions: 3,
        assessable: 2,
        slipped: 1,
        slipped_share: 0.5,
        overdue_open: 1,
        median_days_late: 30,
        p90_days_late: 30,
      },
      { theme: "y", actions: 1, assessable: 0, slipped_share: null, slippage: "not reported" },
    ]);
  });
});

describe("ragVersusEvidence", () => {
  it("lists Herefordshire actions rated amber or green after their deadline had passed", () => {
    const rows = ragVersusEvidence(actionTable(corpus().plans)).objects() as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.council).toBe("herefordshire");
      expect(["amber", "green"]).toContain(r.rag);
      expect((r.due_end as string) < (r.as_of as string)).toBe(true);
      expect(r.days_past_due).toBeGreaterThan(0);
    }
    expect(rows.find((r) => r.action_id === "3.16")).toMatchObject({
      rag: "amber",
      due_end: "2012-10-31",
      days_past_due: 92,
    });
  });

  it("measures at the caller's date when asOf is overridden", () => {
    const early = ragVersusEvidence(actionTable(corpus().plans, { asOf: { herefordshire: "2012-11-30" } })).objects();
    expect(early.every((r) => (r as { as_of: string }).as_of === "2012-11-30")).toBe(true);
    expect(early.find((r) => (r as { action_id: string }).action_id === "3.16")).toMatchObject({ days_past_due: 30 });
  });
});

describe("actionTable's asOf", () => {
  it("rejects a date that is not a date, naming the argument", () => {
    expect(() => actionTable(corpus().plans, { asOf: "2013-02-30" })).toThrow(/asOf: expected an ISO date/u);
    expect(() => actionTable(corpus().plans, { asOf: { stockton: "Sept 2013" } })).toThrow(/stockton/u);
  });
});
