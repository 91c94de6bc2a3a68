import {
  actionTable,
  ArgumentError,
  classifyPlans,
  parseDue,
  parseStatus,
  slippageSummary,
  toCsv,
} from "@ofsted-action-plans/core";
import { loadAll, loadPlan } from "@ofsted-action-plans/loaders";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { bundled, corpus } from "../helpers/corpus.js";

/** @returns the ArgumentError a call throws (failing the test if it throws anything else). */
function argumentError(call: () => unknown): ArgumentError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    return error as ArgumentError;
  }
  throw new Error("expected an ArgumentError");
}

describe("the API explains a wrong argument instead of failing inside", () => {
  const { entry, text } = bundled("oxfordshire");
  it.each([
    ["loadPlan(text, null)", () => loadPlan(text, null as never), "entry"],
    ["loadPlan(42, entry)", () => loadPlan(42 as never, entry), "input"],
    ["loadPlan(text, { file: 'x' })", () => loadPlan(text, { file: "x" } as never), "entry.id"],
    ["loadAll(null)", () => loadAll(null as never), "options"],
    ["loadAll(42)", () => loadAll(42 as never), "options"],
    ["loadAll({ dataDir: 42 })", () => loadAll({ dataDir: 42 as never }), "dataDir"],
    ["parseDue(42)", () => parseDue(42 as never), "raw"],
    ["parseStatus(null)", () => parseStatus(null as never), "raw"],
    ["actionTable(null)", () => actionTable(null as never), "plans"],
    ["actionTable([42])", () => actionTable([42] as never), "plans[0]"],
    ["classifyPlans({})", () => classifyPlans({} as never), "plans"],
    ["slippageSummary([])", () => slippageSummary([] as never), "actions"],
    ["toCsv(rows, columns)", () => toCsv([{ a: 1 }] as never, ["a"] as never), "columns"],
    ["toCsv(columns, 'x')", () => toCsv(["a"], "x" as never), "rows"],
  ])("%s names %s", (_, call, argument) => {
    expect(argumentError(call).argument).toBe(argument);
  });

  it("toCsv writes an arquero table, with its own columns or the ones asked for", () => {
    const t = table({ council: ["stockton"], actions: [58] });
    expect(toCsv(t)).toBe("council,actions\r\nstockton,58\r\n");
    expect(toCsv(t, ["actions"] as never)).toBe("actions\r\n58\r\n");
    expect(toCsv(slippageSummary(actionTable(corpus().plans))).split("\r\n")[0]).toMatch(/^council,actions,removed,/u);
  });
});
