import { describe, expect, it } from "vitest";
import { action, planOf } from "../helpers/corpus.js";

describe("Reading: tab rows", () => {
  it("strips the action number and keeps the printed id", () => {
    expect(action("reading", "1")).toMatchObject({
      id: "1",
      text: "LSCB action plan to be developed to address this action",
      lead: "Independent Chair",
      raw: { id: "1)" },
    });
  });

  it("continues action 16 over the page break", () => {
    const a = action("reading", "16");
    expect(a.text).toMatch(/and analysis and case summary in supervision$/u);
    expect(a.source.lines).toEqual([23, 28]);
  });

  it("continues R4 and R8 after a page header, and starts the unnumbered row as R10", () => {
    const recs = planOf("reading").recommendations;
    expect(recs.find((r) => r.id === "R8")?.text).toMatch(/^The council, in conjunction with partners, to implement/u);
    expect(recs.at(-1)).toMatchObject({ id: "R10", text: expect.stringMatching(/permanency planning/u) });
  });

  it("keeps the abbreviations table", () => {
    expect(planOf("reading").abbreviations).toContainEqual({ term: "TVP", meaning: "Thames Valley Police", line: 80 });
  });
});

describe("Stockton: recommendation blocks", () => {
  it("separates the timescale from the recommendation sentence", () => {
    const r1 = planOf("stockton").recommendations[0]!;
    expect(r1.timeframe).toBe("for immediate improvement");
    expect(r1.text).toMatch(/^Strengthen management oversight/u);
  });

  it("counts actions across the 5a/5b sub-tables", () => {
    const r5 = planOf("stockton").recommendations.find((r) => r.id === "R5")!;
    expect(r5.actions.map((a) => a.id)).toEqual(["R5.1", "R5.2", "R5.3", "R5.4", "R5.5"]);
  });

  it("keeps the outcome and how-will-we-know blocks, plain or on one HTML line", () => {
    const [r1, r2] = planOf("stockton").recommendations;
    expect(r1!.otherCells["... and how will we know?"]?.text).toMatch(/monthly case file audits/u);
    expect(r2!.otherCells["Outcome: what difference will these actions make?"]?.text).toBe(
      "Assessments will be completed to a higher standard and in a timely fashion.",
    );
  });
});

describe("Oxfordshire: judgement-area tables", () => {
  it("reads the (n) marker as the id and the Cyrillic lead as printed", () => {
    expect(action("oxfordshire", "R10.1").lead).toBe("\u0422\u0410");
    expect(planOf("oxfordshire").recommendations.map((r) => r.id)).toEqual([
      "R1",
      "R9",
      "R2",
      "R3",
      "R4",
      "R5",
      "R7",
      "R6",
      "R8",
      "R10",
      "X1",
      "X2",
      "X3",
      "X4",
      "X5",
      "X6",
    ]);
  });

  it("joins R9's continuation whose empty first cell was dropped", () => {
    expect(action("oxfordshire", "R9.1").text).toMatch(
      /advocates for children\. If the volunteer\/ advocacy capacity/u,
    );
  });

  it("removes the heading words from R3's heading-merged continuation", () => {
    const r3 = action("oxfordshire", "R3.1");
    expect(r3.lead).toBe("ME SH L&D ST TR JM-IRO JV-panel");
    expect(r3.dueRaw).toBe("31/10/14 March 2015");
    expect(r3.otherCells.Outcome?.text).toMatch(/undertaken for all children in permanent placements\.$/u);
  });

  it("gives each recommendation its judgement area", () => {
    expect(planOf("oxfordshire").recommendations.find((r) => r.id === "R8")?.area).toBe(
      "Leadership management and Governance",
    );
  });
});

describe("Windsor & Maidenhead: pipe tables across page breaks", () => {
  it("merges 13b's cells over the page break, and nothing from its neighbours", () => {
    const a = action("windsor-maidenhead", "13b");
    expect(a.text).toBe(
      "Crystal report from PARIS implemented to monitor that children are seen alone during visits to looked after children",
    );
    expect(a.lead).toBe("Information Team Manager");
    expect(a.statusRaw).toBe("See above");
    expect(a.source.lines).toEqual([408, 417]);
  });

  it("merges 15a's recommendation fragments, which arrive on 15b's continuation row", () => {
    const r15 = planOf("windsor-maidenhead").recommendations.find((r) => r.id === "R15")!;
    expect(r15.text).toMatch(
      /reflective approaches to challenge practice and improve outcomes for looked after children\.$/u,
    );
    expect(r15.actions[0]).toMatchObject({
      id: "15a",
      text: "Audit of supervision records of all children looked after",
      statusRaw: "Completed.",
    });
  });

  it("reads only Appendix 1 and keeps the inspection area", () => {
    const recs = planOf("windsor-maidenhead").recommendations;
    expect(recs[0]?.source.firstLine).toBeGreaterThan(296);
    expect(recs.find((r) => r.id === "R12")?.area).toBe("Services for Looked After Children");
  });
});

describe("Herefordshire: theme tables", () => {
  it("uses theme titles as recommendations", () => {
    expect(planOf("herefordshire").recommendations[2]).toMatchObject({ id: "T3", text: "I am protected from harm" });
  });

  it("merges 3.46 across the page break", () => {
    expect(action("herefordshire", "3.46").text).toMatch(/Guidance and support to maximise involvement$/u);
  });

  it("merges 4.7 cell by cell and completes its cross-reference from the continuation's id cell", () => {
    const a = action("herefordshire", "4.7");
    expect(a.crossReferences).toEqual(["3.11", "3.9", "2.8", "1.2", "1.3"]);
    expect(a.lead).toBe("DM/Andy Churcher John Roughton HSCB");
    expect(a.dueRaw).toBe("Sept 12 Oct 12");
  });

  it("reads 5.12 on the last line, which has no line end", () => {
    expect(action("herefordshire", "5.12")).toMatchObject({
      reference: "AA7",
      dueRaw: "April 13",
      statusRaw: "Amber",
      source: { lines: [563] },
    });
  });

  it("normalises ids and keeps cross-references", () => {
    expect(action("herefordshire", "2.1a").raw.id).toBe("2.1 (a)");
    expect(action("herefordshire", "2.9").crossReferences).toEqual(["1.1", "1.4"]);
    expect(action("herefordshire", "2.8").crossReferences).toEqual(["1.2", "1.3"]);
  });

  it("merges lines printed with no tab into the Outcome or Evidence cell, not the action", () => {
    const a = action("herefordshire", "3.16");
    expect(a.otherCells.Evidence?.text).toMatch(/Commissioning data, multi- agency data audit$/u);
    expect(action("herefordshire", "2.4").otherCells["Outcome/ Measurable target"]?.text).toMatch(
      /resulting from feedback from children and young people$/u,
    );
    expect(action("herefordshire", "3.41").text).toBe(
      "Ensure risk assessment takes place prior to conference processes",
    );
  });

  it("keeps the due cell with its extension note, tags removed", () => {
    expect(action("herefordshire", "1.4").dueRaw).toBe("Jan 13 Extension to timescale agreed");
  });
});
