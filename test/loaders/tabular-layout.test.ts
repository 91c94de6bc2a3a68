import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assessPlans, classifyPlans, type Plan } from "@ofsted-action-plans/core";
import { isLoadError, loadPlan, type TableMapping } from "@ofsted-action-plans/loaders";
import { tabularLayout } from "@ofsted-action-plans/loaders/authoring";
import { describe, expect, it } from "vitest";
import { bundled, planOf } from "../helpers/corpus.js";

/** The exported fields of every action, to compare two loadings of one plan. */
const units = (plan: Plan) =>
  plan.recommendations.flatMap((r) =>
    r.actions.map((a) => ({
      rec: r.id,
      recText: r.text,
      id: a.id,
      text: a.text,
      lead: a.lead,
      due: a.dueRaw,
      status: a.statusRaw,
      reference: a.reference,
    })),
  );

const load = (mapping: TableMapping, council: string) => {
  const { entry, text } = bundled(council);
  return loadPlan(text, { ...entry, format: mapping.format }, { layouts: [tabularLayout(mapping)] });
};

describe("a plan in a new layout, loaded from a mapping alone", () => {
  const mapping: TableMapping = {
    format: "examplebury-ref-table",
    delimiter: "tab",
    headings: ["Ref", "Recommendation", "Action", "Owner", "Target date", "RAG"],
    columns: { recommendation: 1, action: 2, lead: 3, due: 4, status: 5 },
    actionId: { column: 0, pattern: "(\\d+\\.\\d+)" },
    recommendationId: { from: "action-id", pattern: "^(\\d+)\\." },
  };
  const file = "examplebury/examplebury-2015-03-improvement-plan.txt";
  const text = readFileSync(join(import.meta.dirname, "../fixtures", file), "utf8");
  const entry = {
    ...bundled("reading").entry,
    id: "examplebury-2015-03",
    council: "examplebury",
    councilName: "Examplebury",
    file,
    format: mapping.format,
    asOf: "2015-06-30",
  };
  const result = loadPlan(text, entry, { layouts: [tabularLayout(mapping)] });

  it("reads recommendations, actions and continuation rows into the same model", () => {
    expect(units(result.plan)).toEqual([
      {
        rec: "R1",
        recText: "Improve the timeliness of initial child protection conferences.",
        id: "1.1",
        text: "Weekly tracker of conference dates reviewed by the Head of Service",
        lead: "HoS Safeguarding",
        due: "April 2015",
        status: "Green",
        reference: "",
      },
      {
        rec: "R1",
        recText: "Improve the timeliness of initial child protection conferences.",
        id: "1.2",
        text: "Recruit two additional conference chairs and induct them into the service",
        lead: "HR Business Partner",
        due: "June 2015",
        status: "Amber",
        reference: "",
      },
      {
        rec: "R2",
        recText: "Ensure that all children are seen alone and their wishes and feelings recorded.",
        id: "2.1",
        text: "Audit of 50 case files for evidence of children seen alone",
        lead: "QA Manager",
        due: "31/05/15",
        status: "Red",
        reference: "",
      },
      {
        rec: "R2",
        recText: "Ensure that all children are seen alone and their wishes and feelings recorded.",
        id: "2.2",
        text: "Refresh the recording template for direct work",
        lead: "Principal Social Worker",
        due: "July 2015 Extension to timescale agreed May 15",
        status: "Amber",
        reference: "",
      },
      {
        rec: "R3",
        recText: "Strengthen the Local Safeguarding Children Board's challenge on domestic abuse referrals.",
        id: "3.1",
        text: "LSCB to review DV notifications from the police quarterly",
        lead: "LSCB Business Manager",
        due: "Quarterly from April 2015",
        status: "Green",
        reference: "",
      },
    ]);
    expect(result.plan.recommendations[0]!.actions[1]!.source.lines).toEqual([7, 8]);
  });

  it("accounts for every line, with the same reasons as the built-in layouts", () => {
    const reasons = result.lines.flatMap((l) => (l.use === "ignored" ? [l.reason] : []));
    expect(result.lines).toHaveLength(15);
    expect(new Set(reasons)).toEqual(new Set(["page-header", "blank", "narrative", "column-header"]));
  });

  it("feeds dates, slippage and themes like any plan", () => {
    const slipped = assessPlans([result.plan]).actions.map((a) => [a.action.id, a.assessment.slippage.slipped]);
    expect(slipped).toEqual([
      ["1.1", false],
      ["1.2", false],
      ["2.1", true],
      ["2.2", true],
      ["3.1", false],
    ]);
    expect(classifyPlans([result.plan]).actions.at(-1)!.classification.themes).toContain("domestic_abuse");
  });

  it("fails with a typed error on a row of the wrong width", () => {
    const broken = text.replace("1.2\t\tRecruit", "1.2\tRecruit");
    try {
      loadPlan(broken, entry, { layouts: [tabularLayout(mapping)] });
      expect.unreachable();
    } catch (error) {
      expect(isLoadError(error) && error.line === 7 && error.code === "malformed").toBe(true);
    }
  });

  it("rejects an invalid mapping", () => {
    expect(() => tabularLayout({ ...mapping, actionId: { column: 0, pattern: "(" } })).toThrow(
      /valid regular expression/u,
    );
  });
});

describe("layouts registered by format", () => {
  const mapping: TableMapping = {
    format: "eastfield-sheet",
    delimiter: "tab",
    headings: ["Ref", "Recommendation", "Action", "Owner", "Target date"],
    columns: { recommendation: 1, action: 2, lead: 3, due: 4 },
    actionId: { column: 0, pattern: "(\\d+\\.\\d+)" },
    recommendationId: { from: "action-id", pattern: "^(\\d+)\\." },
  };
  const entry = { ...bundled("reading").entry, id: "eastfield-2016-03", council: "eastfield", file: "eastfield.csv" };
  const csv =
    "Ref,Recommendation,Action,Owner,Target date\n" +
    "1.1,Improve supervision,Audit supervision records,HoS,May 2016\n" +
    "2.1,Strengthen thresholds,Publish guidance,LSCB,June 2016\n";

  it("a layout of one's own that reads table documents gets a spreadsheet's rows as tab-separated lines", () => {
    const layout = { ...tabularLayout(mapping), tableDocuments: true };
    const { plan } = loadPlan(csv, { ...entry, format: "eastfield-sheet" }, { layouts: [layout] });
    expect(units(plan).map((u) => [u.rec, u.id, u.text, u.lead, u.due])).toEqual([
      ["R1", "1.1", "Audit supervision records", "HoS", "May 2016"],
      ["R2", "2.1", "Publish guidance", "LSCB", "June 2016"],
    ]);
  });

  it("'table' stays available beside one's own layouts, and a layout that reads text is refused a PDF", () => {
    const layouts = [tabularLayout(mapping)];
    expect(loadPlan(csv, { ...entry, format: "table" }, { layouts }).plan.format).toBe("table");
    const pdf = new TextEncoder().encode("%PDF-1.7\n");
    expect(() => loadPlan(pdf, { ...entry, format: "eastfield-sheet" }, { layouts })).toThrow(
      "a PDF cannot be read as format eastfield-sheet",
    );
  });
});

describe("the built-in layouts as mappings", () => {
  it("Windsor & Maidenhead: a mapping gives the same 59 actions, field for field", () => {
    const mapped = load(
      {
        format: "windsor-as-mapping",
        delimiter: "pipe",
        headings: [
          "Outcome (Ofsted's recommendation)",
          "Action required",
          "By when",
          "Resources",
          "Lead Officer(s)",
          "Outcome target/ evidence measure",
          "Progress",
        ],
        headingOffset: 1,
        columns: { recommendation: 1, action: 2, due: 3, lead: 5, status: 7 },
        actionId: { column: 0, pattern: "(\\d+[a-z]?)$" },
        recommendationId: { from: "action-id", pattern: "^(\\d+)" },
      },
      "windsor-maidenhead",
    );
    expect(units(mapped.plan)).toEqual(units(planOf("windsor-maidenhead")));
  });

  it("Herefordshire: a mapping gives the same 125 actions; its stray no-tab lines are reported, not merged", () => {
    const mapped = load(
      {
        format: "herefordshire-as-mapping",
        delimiter: "tab",
        headings: [
          "Reference",
          "Action/ Objective",
          "Outcome/ Measurable target",
          "Evidence",
          "Lead person/ Lead task group",
          "By when",
          "RAG process",
          "Ofsted grade descriptor",
        ],
        headingOffset: 1,
        columns: { reference: 1, action: 2, lead: 5, due: 6, status: 7 },
        actionId: { column: 0, pattern: "(\\d+\\.\\d+)\\s*(?:\\(([a-z])\\))?" },
        recommendationId: { from: "section", pattern: "^Theme\\s+(\\d+)\\s*:\\s*(.+)$", prefix: "T" },
      },
      "herefordshire",
    );
    expect(units(mapped.plan)).toEqual(units(planOf("herefordshire")));
    const unrecognised = mapped.lines
      .filter((l) => l.use === "ignored" && l.reason === "unrecognised")
      .map((l) => l.line);
    expect(unrecognised).toEqual([171, 285, 286, 308, 355]);
    expect(mapped.plan.recommendations.flatMap((r) => r.actions).find((a) => a.id === "4.7")!.crossReferences).toEqual(
      [],
    );
  });

  it("Reading: a mapping stops at the abbreviations table, and would put the unnumbered R10 row into R9", () => {
    const mapping: TableMapping = {
      format: "reading-as-mapping",
      delimiter: "tab",
      headings: ["Ofsted Recommendation", "Actions Proposed", "Lead Officer"],
      headingOffset: 1,
      columns: { recommendation: 1, action: 2, lead: 3 },
      actionId: { column: 2, pattern: "(\\d+)\\)\\s*", strip: true },
      recommendationId: { from: "column", column: 0, pattern: "^(\\d+)$" },
    };
    // A second table of another width (the abbreviations) is not part of a one-table mapping.
    expect(() => load(mapping, "reading")).toThrow(/:63: found 2; expected a row of 4 cells/u);
    const { entry, text } = bundled("reading");
    const planOnly = text.split("\n").slice(0, 62).join("\n");
    const mapped = loadPlan(planOnly, { ...entry, format: mapping.format }, { layouts: [tabularLayout(mapping)] });
    const mine = units(mapped.plan);
    const specific = units(planOf("reading"));
    expect(mine).toHaveLength(43);
    expect(mapped.plan.recommendations).toHaveLength(9);
    expect(mine.slice(0, 33)).toEqual(specific.slice(0, 33));
    expect(mine.map((u) => [u.id, u.text, u.lead])).toEqual(specific.map((u) => [u.id, u.text, u.lead]));
    expect(mine[37]).toMatchObject({ rec: "R9", id: "38" });
    expect(mapped.plan.recommendations.at(-1)!.text).toMatch(
      /performance oversight The council to establish overarching policies/u,
    );
  });

  it("Oxfordshire: no mapping fits, because the extraction dropped an empty first cell (R9's continuation)", () => {
    try {
      load(
        {
          format: "oxfordshire-as-mapping",
          delimiter: "tab",
          headings: ["Actions", "Outcome", "Lead", "By"],
          headingOffset: 1,
          columns: { recommendation: 0, action: 1, lead: 3, due: 4 },
          actionId: { column: 0, pattern: ".*\\((\\d+)\\)\\s*$" },
          recommendationId: { from: "action-id", pattern: "^(\\d+)" },
        },
        "oxfordshire",
      );
      expect.unreachable();
    } catch (error) {
      expect(isLoadError(error) && error.code === "malformed" && error.line === 23).toBe(true);
    }
  });
});
