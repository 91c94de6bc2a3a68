import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ACTION_COLUMNS,
  actionTable,
  assessPlans,
  RECOMMENDATION_COLUMNS,
  ragVersusEvidence,
  recommendationRows,
  SLIPPAGE_COLUMNS,
  SLIPPAGE_SUMMARY_COLUMNS,
  slippageSummary,
  toCsv,
  type AsOfOption,
  type CsvValue,
} from "@ofsted-action-plans/core";
import type { Corpus } from "@ofsted-action-plans/loaders";

/** The files `writeOutputs` writes, with how many records each holds. */
export type WrittenFiles = { file: string; records: number }[];

/**
 * Writes the pipeline's outputs for a loaded corpus into `outDir`: `actions.csv` (with due dates,
 * status and slippage), `recommendations.csv`, `slippage-by-council.csv`, `rag-vs-evidence.csv`,
 * `plans.json` (the validated plans) and `diagnostics.json` (per document: loader and date
 * diagnostics, line accounting totals; and load errors).
 *
 * @returns the files written.
 */
export function writeOutputs(corpus: Corpus, outDir: string, options: { asOf?: AsOfOption } = {}): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const table = actionTable(corpus.plans, options.asOf);
  const actions = table.objects() as Record<string, CsvValue>[];
  const slippage = slippageSummary(table).objects().map(notReported);
  const ragVsEvidence = ragVersusEvidence(table).objects() as Record<string, CsvValue>[];
  const recommendations = recommendationRows(corpus.plans);
  const dueDiagnostics = assessPlans(corpus.plans, options.asOf).diagnostics;
  const diagnostics = {
    documents: corpus.results.map((r) => ({
      planId: r.plan.id,
      file: r.plan.source.file,
      lines: r.lines.length,
      usedLines: r.lines.filter((l) => l.use === "field").length,
      ignoredLines: r.lines.filter((l) => l.use === "ignored").length,
      diagnostics: [...r.diagnostics, ...dueDiagnostics.filter((d) => d.file === r.plan.source.file)],
    })),
    errors: corpus.errors.map((e) => ({ code: e.code, file: e.file, line: e.line, expected: e.expected, message: e.message })),
  };
  const files: [string, string, number][] = [
    ["actions.csv", toCsv([...ACTION_COLUMNS, ...SLIPPAGE_COLUMNS], actions), actions.length],
    ["recommendations.csv", toCsv(RECOMMENDATION_COLUMNS, recommendations), recommendations.length],
    ["slippage-by-council.csv", toCsv(["council", ...SLIPPAGE_SUMMARY_COLUMNS], slippage), slippage.length],
    ["rag-vs-evidence.csv", toCsv(Object.keys(ragVsEvidence[0] ?? { council: "" }), ragVsEvidence), ragVsEvidence.length],
    ["plans.json", JSON.stringify(corpus.plans, null, 2) + "\n", corpus.plans.length],
    ["diagnostics.json", JSON.stringify(diagnostics, null, 2) + "\n", diagnostics.documents.length],
  ];
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  return files.map(([file, , records]) => ({ file: join(outDir, file), records }));
}

/** In a council with nothing assessable, the slippage figures read "not reported" rather than blank. */
function notReported(row: object): Record<string, CsvValue> {
  const r = row as Record<string, CsvValue>;
  if (r.slippage !== "not reported") return r;
  return { ...r, slipped_share: "not reported", median_slip_days: "not reported", p90_slip_days: "not reported" };
}
