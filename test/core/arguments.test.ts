import * as core from "@ofsted-action-plans/core";
import * as loaders from "@ofsted-action-plans/loaders";
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

describe("every exported function of core and loaders, called with wrong arguments", () => {
  // Enumerated from the packages' entries, so a new export is covered the day it is added.
  const functions = [
    ...Object.entries(core).map(([name, f]) => [`core.${name}`, f] as const),
    ...Object.entries(loaders).map(([name, f]) => [`loaders.${name}`, f] as const),
  ].filter(([name, f]) => typeof f === "function" && !/^[A-Z]/u.test(name.split(".")[1]!)) as [
    string,
    (...args: unknown[]) => unknown,
  ][];
  const wrong: [string, unknown][] = [
    ["undefined", undefined],
    ["null", null],
    ["42", 42],
    ["NaN", Number.NaN],
    ['"x"', "x"],
    ["true", true],
    ["{}", {}],
    ["[]", []],
    ["[42]", [42]],
    ["[null]", [null]],
    ["a function", () => 1],
    ["a symbol", Symbol("s")],
    ["an invalid Date", new Date(Number.NaN)],
  ];

  it("covers the public functions", () => {
    expect(functions.length).toBeGreaterThan(60);
  });

  it("never throws a raw TypeError or RangeError from inside", async () => {
    const raw: string[] = [];
    for (const [name, f] of functions)
      for (const [label, value] of wrong)
        for (const arity of [1, 2, 3]) {
          const args = Array.from({ length: arity }, () => value);
          try {
            const result = f(...args);
            if (result instanceof Promise) await result.catch((e: unknown) => Promise.reject(e));
          } catch (error) {
            if (error instanceof TypeError || error instanceof RangeError)
              raw.push(`${name}(${args.map(() => label).join(", ")}): ${String(error)}`);
          }
        }
    expect(raw).toEqual([]);
  });

  it("a council or plan id in an asOf override that no plan has is an ArgumentError, not ignored", () => {
    const error = argumentError(() => actionTable(corpus().plans, { asOf: { stockon: "2013-12-31" } }));
    expect(error.argument).toBe("asOf.stockon");
    expect(error.message).toMatch(/stockton/u);
  });
});

describe("errors about files share one base", () => {
  it("LoadError, CodingsError and OutputError are FileErrors naming file, line and what was expected", async () => {
    const { FileError, parseCodingsCsv } = core;
    const { OutputError, outputFolder } = await import("@ofsted-action-plans/report");
    const errors: unknown[] = [];
    for (const call of [
      () => loaders.loadPlan("", bundled("stockton").entry),
      () => parseCodingsCsv("unit,theme\n", "mine.csv"),
      () => outputFolder("", "data"),
    ])
      try {
        call();
      } catch (error) {
        errors.push(error);
      }
    expect(errors.map((e) => (e as Error).name)).toEqual(["LoadError", "CodingsError", "OutputError"]);
    for (const e of errors) expect(e).toBeInstanceOf(FileError);
    const [load, codings, output] = errors as InstanceType<typeof FileError>[];
    expect([load!.line, codings!.file, codings!.line, output!.line]).toEqual([null, "mine.csv", 1, null]);
    expect(output).toBeInstanceOf(OutputError);
    expect(codings!.message).toBe(`mine.csv:1: expected ${codings!.expected}`);
  });
});
