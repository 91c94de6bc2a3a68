import { analysePlans, type AnalysisOptions, type PlanAnalysis } from "@ofsted-action-plans/core";
import type { Corpus, LoadResult } from "@ofsted-action-plans/loaders";
import type { Diagnostic } from "@ofsted-action-plans/core";

/** The analysis of a loaded corpus: the plans' analysis and the load results behind it. */
export interface Analysis extends PlanAnalysis {
  readonly corpus: Corpus;
}

/**
 * Analyses the plans a corpus loaded (see `analysePlans`), keeping the corpus for its diagnostics.
 *
 * @returns the analysis every output is written from.
 * @example
 * const analysis = analyseCorpus(loadAll());
 * analysis.commonWeaknesses.print();
 */
export function analyseCorpus(corpus: Corpus, options: AnalysisOptions = {}): Analysis {
  return { corpus, ...analysePlans(corpus.plans, { codings: corpus.codings, ...options }) };
}

/**
 * Everything said about one loaded document: its loader's diagnostics and those of its dates and
 * progress cells (unparsed due cells, conflicting cues).
 *
 * @returns the diagnostics, loader first.
 */
export function documentDiagnostics(analysis: Analysis, result: LoadResult): Diagnostic[] {
  return [...result.diagnostics, ...analysis.assessmentDiagnostics.filter((d) => d.file === result.plan.source.file)];
}
