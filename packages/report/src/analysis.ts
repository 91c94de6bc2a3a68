import {
  actionTableFrom,
  assessPlans,
  classifyPlans,
  commonWeaknesses,
  dueTimelineSpec,
  ragByCouncilSpec,
  ragVersusEvidence,
  ragVersusEvidenceSpec,
  similarRecommendations,
  slipDaysSpec,
  slippageByCouncilSpec,
  slippageSummary,
  slipReasonsSpec,
  statusByCouncilSpec,
  themeHeatmapSpec,
  themeMatrix,
  type AsOfOption,
  type Diagnostic,
  type Plan,
  type PlanThemes,
} from "@ofsted-action-plans/core";
import type { Corpus } from "@ofsted-action-plans/loaders";
import type { ColumnTable } from "arquero";
import type { TopLevelSpec } from "vega-lite";

/** Everything the outputs are made of, computed once from a loaded corpus. */
export interface Analysis {
  readonly corpus: Corpus;
  readonly plans: readonly Plan[];
  /** One row per action: export columns, slippage, themes (see `actionTable`). */
  readonly actions: ColumnTable;
  readonly themes: PlanThemes;
  readonly slippage: ColumnTable;
  readonly ragVsEvidence: ColumnTable;
  readonly themeMatrix: ColumnTable;
  readonly commonWeaknesses: ColumnTable;
  readonly similarRecommendations: ColumnTable;
  /** Due cells no rule could read (warnings), progress cells whose cues disagreed or report stopped work (notes). */
  readonly assessmentDiagnostics: readonly Diagnostic[];
}

/**
 * Computes the whole cross-council analysis of a corpus: action table (dates, status, slippage,
 * themes), per-council slippage, RAG vs evidence, theme matrix, common weaknesses and similar
 * recommendations.
 *
 * @returns the analysis every output is written from.
 */
export function analyseCorpus(corpus: Corpus, options: { asOf?: AsOfOption } = {}): Analysis {
  const plans = corpus.plans;
  const themes = classifyPlans(plans);
  const assessed = assessPlans(plans, options.asOf);
  const actions = actionTableFrom(plans, assessed.actions, themes);
  return {
    corpus,
    plans,
    actions,
    themes,
    slippage: slippageSummary(actions),
    ragVsEvidence: ragVersusEvidence(actions),
    themeMatrix: themeMatrix(themes),
    commonWeaknesses: commonWeaknesses(themes),
    similarRecommendations: similarRecommendations(plans),
    assessmentDiagnostics: assessed.diagnostics,
  };
}

/** A chart of the report: id (file and anchor name), title and Vega-Lite spec. */
export interface ReportChart {
  readonly id: string;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/** @returns the report's charts, in reading order. */
export function reportCharts(analysis: Analysis): ReportChart[] {
  const themeOrder = analysis.themes.codebook.themes.map((t) => t.id);
  return [
    { id: "themes-heatmap", title: "Themes by council", spec: themeHeatmapSpec(analysis.themeMatrix, { themes: themeOrder }) },
    { id: "slippage-by-council", title: "Slipped share by council", spec: slippageByCouncilSpec(analysis.slippage) },
    { id: "slip-reasons", title: "Why actions slipped", spec: slipReasonsSpec(analysis.slippage) },
    { id: "slip-days", title: "Slip days", spec: slipDaysSpec(analysis.actions) },
    { id: "status-by-council", title: "Status by council", spec: statusByCouncilSpec(analysis.actions) },
    { id: "rag-by-council", title: "RAG ratings by council", spec: ragByCouncilSpec(analysis.actions) },
    { id: "due-timeline", title: "Due dates and plan dates", spec: dueTimelineSpec(analysis.actions) },
    { id: "rag-vs-evidence", title: "RAG vs evidence", spec: ragVersusEvidenceSpec(analysis.ragVsEvidence) },
  ];
}
