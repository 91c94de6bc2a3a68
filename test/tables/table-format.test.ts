import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assessPlans } from "@ofsted-action-plans/core";
import { isLoadError, type LoadError, loadAll, loadPlan, readManifest } from "@ofsted-action-plans/loaders";
import { bundled } from "../helpers/corpus.js";
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
      text: expect.stringMatching(
        /no table found: no line names an Action or Recommendation column.*roles: id, area, recommendation/su,
      ),
    });
  });
});

describe("the shapes real plans use, read with no mapping", () => {
  const entry = {
    ...readManifest().plans[0]!,
    id: "eastfield-2016-03",
    council: "eastfield",
    file: "eastfield.csv",
    format: "table" as const,
    asOf: "2016-06-30",
  };
  const statuses = (csv: string) =>
    assessPlans([loadPlan(csv, entry).plan]).actions.map((a) => [a.assessment.status.status, a.assessment.status.rag]);

  it("a plan that prints only its recommendations: one unit each, marked as the recommendation", () => {
    const csv =
      "No.,Recommendation,Responsibility,Date,Progress\n" +
      "1,The Board should assure itself that partners respond to the recommendations,Board manager,March 2016,Audit completed\n" +
      "2,Strengthen the challenge of partner agencies,Independent Chair,June 2016,Working group formed\n";
    const { plan } = loadPlan(csv, entry);
    expect(plan.recommendations.map((r) => [r.id, r.actions.map((a) => [a.id, a.kind, a.text, a.lead])])).toEqual([
      [
        "R1",
        [
          [
            "1",
            "recommendation",
            "The Board should assure itself that partners respond to the recommendations",
            "Board manager",
          ],
        ],
      ],
      ["R2", [["2", "recommendation", "Strengthen the challenge of partner agencies", "Independent Chair"]]],
    ]);
  });

  it("a row that starts a recommendation but prints no action is a warning, not a crash", () => {
    const csv =
      "No.,Recommendation,Action,Lead\n" +
      "1.1,Improve supervision,Audit supervision records,HoS\n" +
      ",Glossary,,In full\n" +
      "2.1,Strengthen thresholds,Publish threshold guidance,LSCB\n";
    const { plan, diagnostics } = loadPlan(csv, entry);
    expect(plan.recommendations.map((r) => [r.text, r.actions.map((a) => [a.id, a.text, a.lead])])).toEqual([
      ["Improve supervision", [["1.1", "Audit supervision records", "HoS"]]],
      ["Glossary", []],
      ["Strengthen thresholds", [["2.1", "Publish threshold guidance", "LSCB"]]],
    ]);
    expect(diagnostics.find((d) => d.code === "unread-row")).toMatchObject({ severity: "warning", line: 3 });
  });

  it("an action id printed again under a new recommendation is an error naming both lines", () => {
    const csv =
      "No.,Recommendation,Action,Lead\n" +
      "1.1,Improve supervision,Audit supervision records,HoS\n" +
      "1.1,Strengthen thresholds,Publish threshold guidance,LSCB\n";
    expect(() => loadPlan(csv, entry)).toThrow("eastfield.csv:3: action 1.1 already printed at line 2");
  });

  it.each(["reading", "stockton", "oxfordshire", "windsor-maidenhead", "herefordshire"])(
    "the %s plan's text read as a table document gives a plan or a typed error, never an internal one",
    (council) => {
      const { entry: own, text } = bundled(council);
      try {
        loadPlan(text, { ...own, format: "table" });
      } catch (error) {
        expect(isLoadError(error)).toBe(true);
        expect((error as LoadError).code).not.toBe("internal");
      }
    },
  );

  it("areas as groups: an Area column is the recommendation where the plan has no other", () => {
    const csv =
      "Area,Action,Lead,By when\nLeadership,Appoint a Principal Social Worker,DCS,May 2016\n,Publish a practice framework,PSW,July 2016\nQuality assurance,Audit 20 files a month,QA Manager,June 2016\n";
    const { plan } = loadPlan(csv, entry);
    expect(plan.recommendations.map((r) => [r.text, r.actions.length])).toEqual([
      ["Leadership", 2],
      ["Quality assurance", 1],
    ]);
  });

  it("RAG letters and pairs are ratings, the worse of a pair counting", () => {
    const csv =
      "Action,Lead,By when,RAG,Progress\nAudit files,QA,March 2016,G,Done\nTrain staff,WD,March 2016,R,\nReview policy,HoS,March 2016,A/G,Draft agreed\n";
    expect(statuses(csv)).toEqual([
      ["completed", "green"],
      ["in_progress", "red"],
      ["in_progress", "amber"],
    ]);
    const slipped = assessPlans([loadPlan(csv, entry).plan]).actions.map((a) => a.assessment.slippage.slipReasons);
    expect(slipped[1]).toContain("rated_red");
  });

  it("numeric ratings read by the key printed after the table, and a value no key explains is a warning naming the cell", () => {
    const csv =
      "Action,Lead,By when,Status\nAudit files,QA,March 2016,1\nTrain staff,WD,March 2016,2\nReview policy,HoS,March 2016,4\n" +
      "\nKey: 1 = Fully achieved; 2 = Partially achieved; 3 = Not yet started\n";
    const { plan, diagnostics, lines } = loadPlan(csv, entry);
    expect(plan.ratingKey.map((e) => `${e.value}:${e.status}:${e.line}`)).toEqual([
      "1:completed:6",
      "2:in_progress:6",
      "3:not_started:6",
    ]);
    expect(lines[5]).toMatchObject({ use: "field", fields: ["plan.ratingKey"] });
    // "4" is not read: with no progress words beside it, the status is unknown.
    expect(statuses(csv).map(([s]) => s)).toEqual(["completed", "in_progress", "unknown"]);
    const warning = diagnostics.find((d) => d.code === "unexplained-rating");
    expect(warning).toMatchObject({ severity: "warning", line: 4 });
    expect(warning?.message).toMatch(/"4" of action 1\.3/u);
  });

  it("a key in the manifest explains the plan's own scale", () => {
    const csv = "Action,Lead,By when,Rating\nAudit files,QA,March 2016,B\nTrain staff,WD,March 2016,C\n";
    const keyed = { ...entry, table: { statusKey: { B: "completed" as const, C: "not_started" as const } } };
    const { diagnostics, plan } = loadPlan(csv, keyed);
    expect(diagnostics.filter((d) => d.code === "unexplained-rating")).toEqual([]);
    expect(assessPlans([plan]).actions.map((a) => a.assessment.status.status)).toEqual(["completed", "not_started"]);
  });
});

describe("messages that say what to do", () => {
  const entry = { ...readManifest().plans[0]!, id: "x", council: "x", file: "x.csv", format: "table" as const };
  const message = (text: string, table?: object, file = "x.csv") => {
    try {
      loadPlan(text, { ...entry, file, ...(table ? { table } : {}) });
      return "loaded";
    } catch (error) {
      return (error as Error).message;
    }
  };

  it("no table, a table whose cells cannot be split, and a table with no rows are three messages", () => {
    expect(message("Just some narrative.\n")).toMatch(/no table found/u);
    expect(message("Ref   Action    Lead   By when\n", undefined, "x.txt")).toMatch(
      /cells cannot be split.*runs of spaces/u,
    );
    expect(message('"Ref Action Lead By when"\n')).toMatch(/cells cannot be split.*in one cell/u);
    expect(message("Ref,Action,Lead,By when\n")).toMatch(
      /a table was found \(its header at line 1: .*\) but no rows under it/u,
    );
  });

  it("every message about columns lists the role names", () => {
    const roles = /roles: id, area, recommendation, action, lead, due, progress, rag/u;
    expect(message("Ref,Tasks,Lead\n1,Audit,QA\n", { columns: { action: "Task" } })).toMatch(roles);
    expect(() => loadPlan("a", { ...entry, table: { columns: { ref: "Ref" } } } as never)).toThrow(roles);
    expect(message("Just some narrative.\n")).toMatch(roles);
  });
});
