import {
  analysePlans,
  nationalPicture,
  type AnalysisOptions,
  type Diagnostic,
  type NationalPicture,
  type PlanAnalysis,
} from "@ofsted-action-plans/core";
import type { Corpus, LoadResult, ReportCorpus } from "@ofsted-action-plans/loaders";

/**
 * The analysis of a loaded corpus: the plans' analysis and the load results behind it, and the
 * national picture of Ofsted's reports when they were read.
 */
export interface Analysis extends PlanAnalysis {
  readonly corpus: Corpus;
  /** The reports read (null when none were asked for). */
  readonly reports: ReportCorpus | null;
  /** Their findings and the weaknesses councils share (null when no reports were read). */
  readonly national: NationalPicture | null;
}

/** Options of `analyseCorpus`: the plans' analysis options, and the reports to read the national picture from. */
export interface CorpusAnalysisOptions extends AnalysisOptions {
  readonly reports?: ReportCorpus | null;
}

/**
 * Analyses the plans a corpus loaded (see `analysePlans`), keeping the corpus for its diagnostics,
 * and the national picture of the inspection reports given (see `nationalPicture`).
 *
 * @returns the analysis every output is written from.
 * @example
 * const analysis = analyseCorpus(loadAll());
 * analysis.commonWeaknesses.print();
 */
export function analyseCorpus(corpus: Corpus, options: CorpusAnalysisOptions = {}): Analysis {
  const { reports = null, ...rest } = options;
  const analysis = analysePlans(corpus.plans, { codings: corpus.codings, ...rest });
  return {
    corpus,
    reports,
    national: reports ? nationalPicture(reports.reports) : null,
    ...analysis,
    codingDiagnostics: [...corpus.codingDiagnostics, ...analysis.codingDiagnostics],
  };
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
