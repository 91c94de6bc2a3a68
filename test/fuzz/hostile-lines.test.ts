import { isLoadError, loadPlan } from "@ofsted-action-plans/loaders";
import { describe, expect, it } from "vitest";
import { bundled } from "../helpers/corpus.js";

/**
 * Lines of 100,000 characters of what a regular expression may backtrack on (runs of dashes, pipes,
 * spaces, tabs, dates, tags, look-alike letters), some ending in a character that makes a rule fail
 * at the very end: every loader answers each with a plan or a LoadError, in time linear in the line.
 * The bound here is a generous guard against super-linear rules; `pnpm bench` prints the figures.
 */
const UNITS: Record<string, string> = {
  "dashes then x": "-",
  "pipe-dash then x": "| -",
  "space-dash then x": " --",
  tabs: "\t",
  spaces: "  a",
  pipes: "|",
  months: "Oct 12 \u2013 ",
  tags: "<ul ",
  "no-break spaces": "\u00a0a",
  "look-alikes": "a\u0435",
  dotted: "1.1.",
  words: "supervision of children ",
};
const COUNCILS = ["reading", "stockton", "oxfordshire", "windsor-maidenhead", "herefordshire"];

describe.each(COUNCILS)("hostile long lines in the %s plan", (council) => {
  const { entry, text } = bundled(council);
  const lines = text.split("\n");
  it.each(Object.entries(UNITS))("%s", (kind, unit) => {
    const line = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000) + (kind.endsWith("then x") ? "x" : "");
    const started = performance.now();
    try {
      loadPlan([...lines.slice(0, 30), line, ...lines.slice(30)].join("\n"), entry);
    } catch (error) {
      if (!isLoadError(error) || error.code === "internal") throw error;
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("a line of 6,000 dashes ending in another character", () => {
    const started = performance.now();
    try {
      loadPlan([...lines.slice(0, 30), `${"-".repeat(6000)}x`, ...lines.slice(30)].join("\n"), entry);
    } catch (error) {
      if (!isLoadError(error) || error.code === "internal") throw error;
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
