import { analysePlans, type AnalysisOptions, type PlanAnalysis } from "@ofsted-action-plans/core";
import type { Corpus } from "@ofsted-action-plans/loaders";

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
