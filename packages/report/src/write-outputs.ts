import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ACTION_COLUMNS,
  actionRows,
  RECOMMENDATION_COLUMNS,
  recommendationRows,
  toCsv,
} from "@ofsted-action-plans/core";
import type { Corpus } from "@ofsted-action-plans/loaders";

/** The files `writeOutputs` writes, with how many records each holds. */
export type WrittenFiles = { file: string; records: number }[];

/**
 * Writes the pipeline's outputs for a loaded corpus into `outDir`: `actions.csv`,
 * `recommendations.csv`, `plans.json` (the validated plans) and `diagnostics.json` (per document:
 * diagnostics, line accounting totals, and load errors).
 *
 * @returns the files written.
 */
export function writeOutputs(corpus: Corpus, outDir: string): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const actions = actionRows(corpus.plans);
  const recommendations = recommendationRows(corpus.plans);
  const diagnostics = {
    documents: corpus.results.map((r) => ({
      planId: r.plan.id,
      file: r.plan.source.file,
      lines: r.lines.length,
      usedLines: r.lines.filter((l) => l.use === "field").length,
      ignoredLines: r.lines.filter((l) => l.use === "ignored").length,
      diagnostics: r.diagnostics,
    })),
    errors: corpus.errors.map((e) => ({ code: e.code, file: e.file, line: e.line, expected: e.expected, message: e.message })),
  };
  const files: [string, string, number][] = [
    ["actions.csv", toCsv(ACTION_COLUMNS, actions), actions.length],
    ["recommendations.csv", toCsv(RECOMMENDATION_COLUMNS, recommendations), recommendations.length],
    ["plans.json", JSON.stringify(corpus.plans, null, 2) + "\n", corpus.plans.length],
    ["diagnostics.json", JSON.stringify(diagnostics, null, 2) + "\n", diagnostics.documents.length],
  ];
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  return files.map(([file, , records]) => ({ file: join(outDir, file), records }));
}
