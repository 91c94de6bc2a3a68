import { assessPlans, classifyPlans, PlanSchema, type Plan } from "@ofsted-action-plans/core";
import { isLoadError, LoadError, loadPlan, type LoadResult } from "@ofsted-action-plans/loaders";
import { describe, expect, it } from "vitest";
import { bundled } from "../helpers/corpus.js";
import { damage, random, reformat, truncations, type Mutant } from "./mutations.js";

/**
 * Damaged cases in all (default 8,600: with the 1,395 truncations and the format-preserving cases, over
 * 10,000 a run); `pnpm fuzz` runs 100,000, and FUZZ_CASES / FUZZ_SEED choose others.
 */
const CASES_PER_COUNCIL = Math.ceil(Number(process.env.FUZZ_CASES ?? 8_600) / 5);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CASE_LIMIT_MS = 2_000;
/** Damaged cases per council read as a table document (`"format": "table"`). */
const TABLE_CASES = Math.ceil(CASES_PER_COUNCIL / 4);
const COUNCILS = ["reading", "stockton", "oxfordshire", "windsor-maidenhead", "herefordshire"];

/** The action fields a format-preserving change must leave as they were. */
const actionsOf = (plan: Plan) =>
  plan.recommendations.flatMap((r) =>
    r.actions.map((a) => [r.id, r.text, a.id, a.text, a.lead, a.dueRaw, a.statusRaw, a.reference].join("\u241f")),
  );

/** @returns whether every field of an action is a beginning of the same field of the original's. */
function cutShort(got: string, original: string): boolean {
  const [a, b] = [got.split("\u241f"), original.split("\u241f")];
  return a.length === b.length && a.every((field, k) => b[k]!.startsWith(field));
}

/**
 * @returns whether `got` is the original's start except that the last recommendation's actions may
 * have cells cut short (the last action's own cells, and the recommendation text they share).
 */
function lastCut(got: readonly string[], expected: readonly string[]): boolean {
  const first = got.findIndex((g, k) => g !== expected[k]);
  const lastRec = got.at(-1)!.split("\u241f")[0];
  return got.slice(first).every((g, k) => g.split("\u241f")[0] === lastRec && cutShort(g, expected[first + k]!));
}

/** Loads a mutant; @returns "error" for a LoadError or the result; any other exception fails the test. */
function tryLoad(mutant: Mutant, entry: Parameters<typeof loadPlan>[1]): LoadResult | "error" {
  const started = performance.now();
  const outcome = loadOrError(mutant, entry);
  const ms = performance.now() - started;
  if (ms > CASE_LIMIT_MS) throw new Error(`${mutant.kind}: took ${ms.toFixed(0)} ms`);
  return outcome;
}

function loadOrError(mutant: Mutant, entry: Parameters<typeof loadPlan>[1]): LoadResult | "error" {
  try {
    const result = loadPlan(mutant.input, entry);
    // A plan that loads must be valid and survive the rest of the pipeline.
    expect(PlanSchema.safeParse(result.plan).success).toBe(true);
    expect(result.lines.length).toBe(result.plan.source.lineCount);
    assessPlans([result.plan]);
    classifyPlans([result.plan]);
    return result;
  } catch (error) {
    if (!isLoadError(error) || !(error instanceof LoadError)) {
      throw new Error(`${mutant.kind}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    // An internal error is a bug behind a LoadError's name: it fails the case.
    if (error.code === "internal") throw new Error(`${mutant.kind}: internal error: ${error.message}`);
    expect(error.file).toBe(entry.file);
    return "error";
  }
}

describe.each(COUNCILS)("fuzzing the %s loader", (council) => {
  const { entry, text } = bundled(council);
  const original = loadPlan(text, entry);

  it("answers every truncation at a line with a LoadError, a warning, or the original's start", () => {
    // A cut between two rows leaves a shorter plan that reads exactly like the original's start. A
    // cut at a page break inside a row that goes on over the page cannot be told from a row that ends
    // there: the last action's cells (and its recommendation's text) may then end early, but every
    // cell is a beginning of the original's, never other text. Any other cut must fail or warn.
    const tally = { errors: 0, warned: 0, prefixes: 0, "last-cells-cut": 0 };
    const expected = actionsOf(original.plan);
    const silent: string[] = [];
    for (const mutant of truncations(text)) {
      const result = tryLoad(mutant, entry);
      if (result === "error") tally.errors++;
      else if (result.diagnostics.some((d) => d.severity === "warning")) tally.warned++;
      else {
        const got = actionsOf(result.plan);
        const same = (k: number) => got[k] === expected[k];
        if (got.every((_, k) => same(k))) tally.prefixes++;
        else if (lastCut(got, expected)) tally["last-cells-cut"]++;
        else
          silent.push(
            `${mutant.kind} (${(mutant.input as string).split("\n").length} lines): ${got.find((g, k) => g !== expected[k])}`,
          );
      }
    }
    console.log(`${council}: truncations → ${JSON.stringify(tally)}`);
    expect(silent).toEqual([]);
    expect(Object.values(tally).reduce((a, b) => a + b, 0)).toBe(original.plan.source.lineCount);
  });

  it(`answers ${CASES_PER_COUNCIL} seeded damaged inputs with a LoadError or a valid plan`, () => {
    const rand = random(SEED + council.length);
    const tally = new Map<string, [number, number]>();
    for (let i = 0; i < CASES_PER_COUNCIL; i++) {
      const mutant = damage(text, rand);
      const outcome = tryLoad(mutant, entry);
      const [e, p] = tally.get(mutant.kind) ?? [0, 0];
      tally.set(mutant.kind, outcome === "error" ? [e + 1, p] : [e, p + 1]);
    }
    console.log(`${council}: ${[...tally].map(([k, [e, p]]) => `${k} ${e}E/${p}P`).join(", ")}`);
  }, 300_000);

  it("answers the text and its damaged inputs, read as a table document, with a LoadError or a valid plan", () => {
    // The table reader meets any council's rows: the same damage, read by header words alone.
    const asTable = { ...entry, format: "table" as const };
    const rand = random(SEED + council.length + 1);
    const tally = { errors: 0, plans: 0 };
    const cases = [
      { kind: "as printed", input: text },
      ...Array.from({ length: TABLE_CASES }, () => damage(text, rand)),
    ];
    for (const mutant of cases) tally[tryLoad(mutant, asTable) === "error" ? "errors" : "plans"]++;
    console.log(`${council} as a table: ${tally.errors}E/${tally.plans}P`);
  }, 300_000);

  it("reads format-preserving changes to the same actions", () => {
    // A page break in another place: a running page header (not the document's first line, its
    // title) moves in front of another row of the recommendation it fell within.
    const pageLines = original.lines
      .filter((l) => l.use === "ignored" && l.reason === "page-header")
      .map((l) => l.line);
    const pageLine = pageLines.find((line) => line > (pageLines[0] ?? 0)) ?? null;
    const within = original.plan.recommendations.find((r) =>
      r.actions.some((a) => a.source.firstLine > (pageLine ?? Infinity)),
    );
    const targets = pageLine === null || !within ? [] : within.actions.slice(1).map((a) => a.source.firstLine - 1);
    const expected = actionsOf(original.plan);
    for (const mutant of reformat(text, pageLine === null ? null : pageLine - 1, targets, random(SEED))) {
      const result = tryLoad(mutant, entry);
      expect(result, mutant.kind).not.toBe("error");
      expect(actionsOf((result as LoadResult).plan), mutant.kind).toEqual(expected);
    }
  });
});
