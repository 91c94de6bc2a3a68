import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assessPlans } from "@ofsted-action-plans/core";
import { loadAll, loadPlan, readManifest } from "@ofsted-action-plans/loaders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECOMMENDATIONS, ROWS } from "./northmoor-plan.js";
import { writeFixtures } from "./write-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "northmoor-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await writeFixtures(dir);
});

const clean = (s: string) => s.replace(/•/gu, "").replace(/\s+/gu, " ").trim();

describe('a sixth council\'s plan through "format": "table", with no code and no mapping', () => {
  it.each(["northmoor-xlsx", "northmoor-docx", "northmoor-csv", "northmoor-txt"])(
    "%s: every action under the right recommendation",
    (id) => {
      const corpus = loadAll({ dataDir: dir });
      expect(corpus.errors.map((e) => e.message)).toEqual([]);
      const result = corpus.results.find((r) => r.plan.id === id)!;
      const plan = result.plan;
      expect(plan.recommendations.map((r) => r.text)).toEqual([...RECOMMENDATIONS]);
      const actions = plan.recommendations.flatMap((r) => r.actions.map((a) => ({ rec: r.text, ...a })));
      expect(actions.map((a) => a.id)).toEqual(ROWS.map((r) => r.ref));
      expect(actions.map((a) => [a.rec, a.text, a.lead, a.dueRaw])).toEqual(
        ROWS.map((r) => [r.rec, clean(r.action), r.lead, r.due]),
      );
      expect(result.diagnostics.filter((d) => d.severity === "warning")).toEqual([]);
    },
  );

  it("reads the council's own status key and the spreadsheet's dates", () => {
    const plans = loadAll({ dataDir: dir }).plans;
    for (const plan of plans) {
      const statuses = assessPlans([plan]).actions.map((a) => a.assessment.status.status);
      expect(statuses, plan.id).toEqual([
        "completed",
        "in_progress",
        "in_progress",
        "not_started",
        "completed",
        "not_started",
        "in_progress",
      ]);
    }
    const xlsx = plans.find((p) => p.id === "northmoor-xlsx")!;
    expect(assessPlans([xlsx]).actions[2]!.assessment.due).toMatchObject({ kind: "day", end: "2015-05-31" });
  });

  it("keeps a placeholder in angle brackets as printed", () => {
    const csv = loadAll({ dataDir: dir }).plans.find((p) => p.id === "northmoor-csv")!;
    expect(csv.recommendations[2]!.actions[0]!.dueRaw).toBe("<insert date>");
  });

  it("keeps a column it has no field for as an other cell, and refuses one headed __proto__ rather than drop it", () => {
    const entry = {
      ...readManifest().plans[0]!,
      id: "westfield-2015-03",
      council: "westfield",
      file: "westfield.csv",
      format: "table" as const,
    };
    const csv = (extra: string) =>
      `Recommendation,Action,Lead,Due date,Progress,${extra}\nR1 Improve supervision,Audit supervision records,Head of Service,March 2015,Completed,a note\n`;
    const action = loadPlan(csv("Notes"), entry).plan.recommendations[0]!.actions[0]!;
    expect(action.otherCells).toEqual({ Notes: { text: "a note", raw: "a note" } });
    expect(() => loadPlan(csv("__proto__"), entry)).toThrow(
      expect.objectContaining({ code: "malformed", line: 2, detail: 'a column headed "__proto__"' }),
    );
  });
});

describe("pnpm inspect FILE", () => {
  it("prints the header it found, each column's role, the first rows and a manifest entry", async () => {
    const { inspectTable } = await import("@ofsted-action-plans/report");
    const { text, ok } = inspectTable(join(dir, "northmoor.xlsx"));
    expect(ok).toBe(true);
    expect(text).toContain('column 2 "Area for improvement" → recommendation');
    expect(text).toContain('column 3 "Key tasks" → action');
    expect(text).toMatch(/1\.1 \(line 3\) under R1/u);
    expect(text).toContain('"format": "table"');
  });

  it("says what it needs when no header is found", async () => {
    const { inspectTable } = await import("@ofsted-action-plans/report");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "prose.txt"), "Just some narrative.\nNo table here.\n");
    expect(inspectTable(join(dir, "prose.txt"))).toMatchObject({
      ok: false,
      text: expect.stringMatching(/no header row found/u),
    });
  });
});
