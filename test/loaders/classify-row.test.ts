import { classifyRow, initialState, readHeader, type ReaderState } from "@ofsted-action-plans/loaders/authoring";
import { describe, expect, it } from "vitest";

/** A reader that has read the header `Ref | Recommendation | Action | Lead | By when | RAG` and action 1.1 of R1. */
const header = readHeader(["Ref", "Recommendation", "Action", "Lead", "By when", "RAG"].join("\t"), 1)!;
const reading: ReaderState = {
  header,
  recText: "Improve supervision",
  hasRecommendation: true,
  actionId: "1.1",
  pageTop: false,
};
const kind = (line: string, state: ReaderState = reading, wide = false) => classifyRow(line, 5, state, {}, false, wide);

describe("each row of a table document has a kind", () => {
  it("blank lines, rules and the printed rating key", () => {
    expect(kind("  \t ").kind).toBe("blank");
    expect(kind("|---|---|---|").kind).toBe("table-rule");
    expect(classifyRow("Key: 1 = Achieved", 5, reading, {}, true, false).kind).toBe("rating-key");
  });

  it("a header row, and the same header printed again at the top of a page", () => {
    expect(kind("Ref\tAction\tLead", initialState()).kind).toBe("header");
    expect(kind("Ref\tRecommendation\tAction\tLead\tBy when\tRAG").kind).toBe("header");
  });

  it("text before the first header: a recommendation heading to open, or narrative", () => {
    expect(kind("Recommendation 1: Improve supervision", initialState())).toEqual({
      kind: "before-table",
      heading: "Recommendation 1: Improve supervision",
    });
    expect(kind("Progress as at April 2015.", initialState())).toEqual({ kind: "before-table", heading: null });
  });

  it("a heading across the table: a recommendation when it says so, else an area", () => {
    expect(kind("Recommendation 2: Improve assessments\t\t\t\t\t")).toMatchObject({
      kind: "heading",
      as: "recommendation",
    });
    expect(kind("Leadership and governance\t\t\t\t\t")).toMatchObject({ kind: "heading", as: "area" });
    expect(kind("\t\tLeadership and governance\t\t\t", reading, true)).toMatchObject({ kind: "heading", as: "area" });
  });

  it("a heading across the table run over a page break goes on", () => {
    const opened = { ...reading, actionId: null, pageTop: true };
    expect(kind("and in the wider partnership\t\t\t\t\t", opened, true)).toEqual({
      kind: "heading-continued",
      text: "and in the wider partnership",
    });
  });

  it("an empty row, a row before any action, and a recommendation cell alone", () => {
    expect(kind("| | | | | | |").kind).toBe("empty-row");
    expect(kind("\t\t\tHead of Service\tMay 2015\t", { ...reading, actionId: null }).kind).toBe("unread");
    expect(kind("\tImprove supervision\t\t\t\t").kind).toBe("recommendation-cell");
  });

  it("a new action: its id, or none to be numbered", () => {
    expect(kind("1.2\t\tAudit files\tQA Manager\tJune 2015\tA")).toMatchObject({ kind: "action", id: "1.2" });
    const noIds = readHeader(["Action", "Lead", "By when"].join("\t"), 1)!;
    expect(kind("3) Audit files\tQA Manager\tJune 2015", { ...reading, header: noIds })).toMatchObject({
      kind: "action",
      id: "3",
      numbered: "3) ",
    });
  });

  it("more of the current action: the same id, lower-case text with no id, a row run over a page break", () => {
    expect(kind("1.1\t\tand report to the Board\t\t\t").kind).toBe("continuation");
    expect(kind("\t\tand report to the Board\t\t\t").kind).toBe("continuation");
    expect(kind("\t\tThen report to the Board\t\t\t", { ...reading, pageTop: true }).kind).toBe("continuation");
    expect(kind("\t\tThen report to the Board\t\tJune\t").kind).toBe("action");
  });

  it("a plan that prints only recommendations: a row is a recommendation", () => {
    const only = readHeader(["No.", "Recommendation", "Responsibility", "Date", "Progress"].join("\t"), 1)!;
    const state = { ...reading, header: only, actionId: null };
    expect(kind("1\tThe Board should assure itself\tBoard manager\tMarch 2016\tAudit done", state)).toMatchObject({
      kind: "recommendation-row",
      id: "1",
    });
    expect(kind("\tof the quality of referrals\t\t\t", { ...state, actionId: "1" }).kind).toBe("continuation");
  });
});
