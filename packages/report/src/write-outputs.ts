import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ACTION_COLUMNS,
  actionTable,
  assessPlans,
  classifyPlans,
  commonWeaknesses,
  RECOMMENDATION_COLUMNS,
  ragVersusEvidence,
  recommendationRows,
  similarRecommendations,
  SLIPPAGE_COLUMNS,
  SLIPPAGE_SUMMARY_COLUMNS,
  slippageSummary,
  THEME_COLUMNS,
  themeMatrix,
  toCsv,
  type AsOfOption,
  type CsvValue,
} from "@ofsted-action-plans/core";
import { escape, type ColumnTable } from "arquero";
import type { Corpus } from "@ofsted-action-plans/loaders";

/** The files `writeOutputs` writes, with how many records each holds. */
export type WrittenFiles = { file: string; records: number }[];

/**
 * Writes the pipeline's outputs for a loaded corpus into `outDir`:
 * - `actions.csv`: one row per action — foundation columns, then due date, status and slippage, then themes;
 * - `recommendations.csv`: one row per recommendation, with its themes;
 * - `slippage-by-council.csv`, `rag-vs-evidence.csv`;
 * - `themes-by-council.csv` (council × theme matrix of actions, with the action ids behind each cell),
 *   `common-weaknesses.csv`, `similar-recommendations.csv`;
 * - `plans.json` (the validated plans) and `diagnostics.json` (per document: loader and date
 *   diagnostics and line accounting; and load errors).
 *
 * @returns the files written.
 */
export function writeOutputs(corpus: Corpus, outDir: string, options: { asOf?: AsOfOption } = {}): WrittenFiles {
  mkdirSync(outDir, { recursive: true });
  const plans = corpus.plans;
  const themes = classifyPlans(plans);
  const table = actionTable(plans, { asOf: options.asOf });
  const recThemes = new Map(themes.recommendations.map((r) => [`${r.planId}/${r.recommendationId}`, r.classification.themes.join(";")]));
  const recommendations = recommendationRows(plans).map((r) => ({ ...r, themes: recThemes.get(`${r.plan_id}/${r.recommendation_id}`) ?? "" }));
  const dueDiagnostics = assessPlans(plans, options.asOf).diagnostics;
  const matrix = themeMatrix(themes).derive({ ids: escape((d: { ids: string[] }) => d.ids.join(";")) });

  const csv = (name: string, t: ColumnTable | Record<string, CsvValue>[], columns?: readonly string[], map = (r: Record<string, CsvValue>) => r) => {
    const rows = (Array.isArray(t) ? t : (t.objects() as Record<string, CsvValue>[])).map(map);
    return [name, toCsv(columns ?? (Array.isArray(t) ? Object.keys(rows[0] ?? {}) : t.columnNames()), rows), rows.length] as const;
  };
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
  const files = [
    csv("actions.csv", table, [...ACTION_COLUMNS, ...SLIPPAGE_COLUMNS, ...THEME_COLUMNS]),
    csv("recommendations.csv", recommendations, [...RECOMMENDATION_COLUMNS, "themes"]),
    csv("slippage-by-council.csv", slippageSummary(table), ["council", ...SLIPPAGE_SUMMARY_COLUMNS], notReported),
    csv("rag-vs-evidence.csv", ragVersusEvidence(table)),
    csv("themes-by-council.csv", matrix),
    csv("common-weaknesses.csv", commonWeaknesses(themes)),
    csv("similar-recommendations.csv", similarRecommendations(plans)),
    ["plans.json", JSON.stringify(plans, null, 2) + "\n", plans.length] as const,
    ["diagnostics.json", JSON.stringify(diagnostics, null, 2) + "\n", diagnostics.documents.length] as const,
  ];
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  return files.map(([file, , records]) => ({ file: join(outDir, file), records }));
}

/** In a council with nothing assessable, the slippage figures read "not reported" rather than blank. */
function notReported(row: Record<string, CsvValue>): Record<string, CsvValue> {
  if (row.slippage !== "not reported") return row;
  return { ...row, slipped_share: "not reported", median_slip_days: "not reported", p90_slip_days: "not reported" };
}
