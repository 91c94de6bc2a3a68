import type { AnalysisChart, ChartId } from "@ofsted-action-plans/core";
import type { Analysis } from "../analysis.js";
import { chartBlock, objects, type Row } from "./elements.js";

/**
 * Past this many actions the report embeds summaries and links to the CSVs instead of every action
 * row and drill-down list, so it stays a page a browser can open.
 */
export const FULL_REPORT_LIMIT = 20_000;

/** What every section of the report reads, computed once: rows by council and by id, charts by id. */
export interface ReportContext {
  readonly analysis: Analysis;
  readonly actions: readonly Row[];
  /** The action rows of each council, in source order. */
  readonly byCouncil: ReadonlyMap<string, readonly Row[]>;
  /** An action row by council and id. */
  readonly action: (council: string, id: string) => Row | undefined;
  /** A chart's HTML by id ("" when there is none). */
  readonly chart: (id: ChartId) => string;
  /** True when every action row is embedded; false past `FULL_REPORT_LIMIT`. */
  readonly full: boolean;
  /** A council's name as its plan gives it ("Windsor & Maidenhead"); the slug when no plan names it. */
  readonly councilName: (council: string) => string;
  /** A theme's label from the codebook; the id when the codebook has none. */
  readonly themeLabel: (theme: string) => string;
}

/** @returns the report's context, each lookup a map built in one pass. */
export function reportContext(
  analysis: Analysis,
  charts: readonly AnalysisChart[],
  limit = FULL_REPORT_LIMIT,
): ReportContext {
  const actions = objects(analysis.actions);
  const byCouncil = new Map<string, Row[]>();
  const byKey = new Map<string, Row>();
  for (const a of actions) {
    const council = String(a.council);
    let list = byCouncil.get(council);
    if (!list) byCouncil.set(council, (list = []));
    list.push(a);
    byKey.set(`${council}\u0000${String(a.action_id)}`, a);
  }
  const chartsById = new Map(charts.map((c) => [c.id, c]));
  const councilNames = new Map(analysis.plans.map((p) => [p.council, p.councilName]));
  const themeLabels = new Map(analysis.themes.codebook.themes.map((t) => [t.id, t.label]));
  return {
    analysis,
    actions,
    byCouncil,
    action: (council, id) => byKey.get(`${council}\u0000${id}`),
    chart: (id) => chartBlock(chartsById.get(id)),
    full: actions.length <= limit,
    councilName: (council) => councilNames.get(council) || council,
    themeLabel: (theme) => themeLabels.get(theme) || theme,
  };
}
