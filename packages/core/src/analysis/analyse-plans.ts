import type { ColumnTable } from "arquero";
import { applyCodings, type AppliedCoding, type CodingDecision } from "../codings/codings.js";
import type { TopLevelSpec } from "vega-lite";
import {
  dueTimelineSpec,
  ragByCouncilSpec,
  ragVersusEvidenceSpec,
  slipDaysSpec,
  slippageByCouncilSpec,
  slipReasonsSpec,
  statusByCouncilSpec,
  themeHeatmapSpec,
} from "../charts/specs.js";
import { withDisplayNames } from "../charts/display-names.js";
import { similarRecommendations } from "../compare/similar-recommendations.js";
import { commonThemes, themeMatrix } from "../compare/theme-matrix.js";
import {
  commonWeaknessGroups,
  commonWeaknessTable,
  weaknessDelivery,
  withWeaknesses,
  type CommonWeakness,
} from "../findings/common-weaknesses.js";
import { planFindings, type Finding } from "../findings/plan-findings.js";
import { expectObject, expectPlans } from "../errors/argument-error.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Plan } from "../schema/plan.js";
import { assessPlans, type AsOfOption } from "../slippage/assess-action.js";
import { ragVersusEvidence } from "../slippage/rag-vs-evidence.js";
import { slippageSummary } from "../slippage/slippage-summary.js";
import { actionTableFrom } from "../analysis-tables/action-table.js";
import { classifyPlans, type PlanThemes } from "../themes/classify-plans.js";

/** Everything a cross-council report is made of, computed once from the plans. */
export interface PlanAnalysis {
  readonly plans: readonly Plan[];
  /** One row per action: export columns, slippage, themes (see `actionTable`). */
  readonly actions: ColumnTable;
  readonly themes: PlanThemes;
  readonly slippage: ColumnTable;
  readonly ragVsEvidence: ColumnTable;
  readonly themeMatrix: ColumnTable;
  /** A researcher's codings as applied (empty when there are none): who changed which code, and why. */
  readonly codings: readonly AppliedCoding[];
  /** Codings left out or read in place (unknown unit or theme, decided both ways…), with their line. */
  readonly codingDiagnostics: readonly Diagnostic[];
  /** Themes found in at least three councils' actions. */
  readonly commonThemes: ColumnTable;
  /** Every plan's inspection findings, coded with finding codes. */
  readonly findings: readonly Finding[];
  /** Weaknesses shared by findings of at least two councils, with their evidence. */
  readonly weaknesses: readonly CommonWeakness[];
  /** One row per common weakness (`common-weaknesses.csv`). */
  readonly commonWeaknesses: ColumnTable;
  /** Per common weakness and council: the actions answering it, their status and slippage. */
  readonly weaknessDelivery: ColumnTable;
  readonly similarRecommendations: ColumnTable;
  /** Due cells no rule could read (warnings), progress cells whose cues disagreed or report stopped work (notes). */
  readonly assessmentDiagnostics: readonly Diagnostic[];
}

/** Options of `analysePlans`. */
export interface AnalysisOptions {
  /** Measure slippage at this date (or per plan id / council) instead of each plan's `asOf`. */
  readonly asOf?: AsOfOption;
  /** A researcher's codings, applied on top of the classifier everywhere (see `applyCodings`). */
  readonly codings?: readonly CodingDecision[];
}

/**
 * Computes the whole cross-council analysis of some plans: action table (dates, status, slippage,
 * themes), per-council slippage, RAG vs evidence, theme matrix, common weaknesses and similar
 * recommendations. Each is computed once, so a report, a notebook and the CSVs agree.
 *
 * @returns the analysis every output is written from.
 * @example
 * const analysis = analysePlans(loadAll().plans);
 * analysis.slippage.print();
 */
export function analysePlans(plans: readonly Plan[], options: AnalysisOptions = {}): PlanAnalysis {
  expectPlans(plans);
  const classified = classifyPlans(plans);
  const { themes, applied, diagnostics: codingDiagnostics } = applyCodings(classified, options.codings ?? []);
  const assessed = assessPlans(plans, options.asOf);
  const findings = planFindings(plans);
  const weaknesses = commonWeaknessGroups(findings);
  const actions = withWeaknesses(actionTableFrom(plans, assessed.actions, themes), weaknesses);
  return {
    plans,
    actions,
    themes,
    slippage: slippageSummary(actions),
    ragVsEvidence: ragVersusEvidence(actions),
    themeMatrix: themeMatrix(themes),
    commonThemes: commonThemes(themes),
    codings: applied,
    codingDiagnostics,
    findings,
    weaknesses,
    commonWeaknesses: commonWeaknessTable(weaknesses, actions),
    weaknessDelivery: weaknessDelivery(actions, weaknesses),
    similarRecommendations: similarRecommendations(plans),
    assessmentDiagnostics: assessed.diagnostics,
  };
}

/** The ids of the report's charts, in reading order: a file and anchor name each. */
export const CHART_IDS = [
  "themes-heatmap",
  "slippage-by-council",
  "slip-reasons",
  "slip-days",
  "status-by-council",
  "rag-by-council",
  "due-timeline",
  "rag-vs-evidence",
] as const;

/** A chart's id: a misspelt one is a compile error, not a chart silently left out. */
export type ChartId = (typeof CHART_IDS)[number];

/** A chart of the analysis: id (file and anchor name), title and Vega-Lite spec. */
export interface AnalysisChart {
  readonly id: ChartId;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/**
 * The charts of an analysis as Vega-Lite specs, in a report's reading order.
 *
 * @returns one entry per chart (id, title, spec).
 * @example
 * for (const chart of analysisCharts(analysePlans(plans))) console.log(chart.id);
 */
export function analysisCharts(analysis: PlanAnalysis): AnalysisChart[] {
  expectObject(analysis, "analysis", "an analysis, e.g. analysePlans(plans)", ["plans", "actions", "themes"]);
  const themeOrder = analysis.themes.codebook.themes.map((t) => t.id);
  // Readers see councils' and themes' names; the data keep their ids.
  const names = {
    council: Object.fromEntries(analysis.plans.map((p) => [p.council, p.councilName])),
    theme: Object.fromEntries(analysis.themes.codebook.themes.map((t) => [t.id, t.label])),
  };
  const charts: AnalysisChart[] = [
    {
      id: "themes-heatmap",
      title: "Themes by council",
      spec: themeHeatmapSpec(analysis.themeMatrix, { themes: themeOrder }),
    },
    { id: "slippage-by-council", title: "Slipped share by council", spec: slippageByCouncilSpec(analysis.slippage) },
    { id: "slip-reasons", title: "Why actions slipped", spec: slipReasonsSpec(analysis.slippage) },
    { id: "slip-days", title: "Slip days", spec: slipDaysSpec(analysis.actions) },
    { id: "status-by-council", title: "Status by council", spec: statusByCouncilSpec(analysis.actions) },
    { id: "rag-by-council", title: "RAG ratings by council", spec: ragByCouncilSpec(analysis.actions) },
    { id: "due-timeline", title: "Due dates and plan dates", spec: dueTimelineSpec(analysis.actions) },
    { id: "rag-vs-evidence", title: "RAG vs evidence", spec: ragVersusEvidenceSpec(analysis.ragVsEvidence) },
  ];
  return charts.map((c) => ({ ...c, spec: withDisplayNames(c.spec, names) }));
}
