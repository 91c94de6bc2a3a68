import { from, type ColumnTable } from "arquero";
import { actionRows, type ActionRow } from "../export/plan-rows.js";
import type { Plan } from "../schema/plan.js";
import { assessPlans, type AsOfOption } from "../slippage/assess-plan.js";
import { slippageRow, type SlippageRow } from "../slippage/slippage-columns.js";
import { classifyPlans } from "../themes/classify-plans.js";
import type { CodebookInput } from "../themes/codebook.js";
import type { CompiledCodebook } from "../themes/classify.js";

/** Columns the themes issue appends to `actions.csv`, in order. */
export const THEME_COLUMNS = ["themes", "recommendation_themes"] as const;

/** One row of the action table: export columns, slippage columns, themes, and the evidence behind them. */
export type ActionTableRow = ActionRow &
  SlippageRow & {
    /** Theme ids joined by ";", alphabetical. */
    themes: string;
    /** The recommendation's theme ids joined by ";", alphabetical. */
    recommendation_themes: string;
    /** The action's theme ids as an array (for `unroll("theme_list")` to group by theme). */
    theme_list: string[];
    as_of: string;
    status_rule: string;
    slip_evidence: string;
    due_problem: string | null;
  };

/** Options of `actionTable`. */
export interface ActionTableOptions {
  /** Measure slippage at this date (or per plan id / council) instead of each plan's `asOf`. */
  readonly asOf?: AsOfOption;
  /** Codebook for the theme columns (default: the library's). */
  readonly codebook?: CodebookInput | CompiledCodebook;
}

/**
 * The rows of the action table: one per action in source order, with its parsed due date, status,
 * RAG and slippage as of its plan's date (or `asOf`), and its themes.
 *
 * @returns plain row objects (see `actionTable` for the arquero table).
 */
export function actionTableRows(plans: readonly Plan[], options: ActionTableOptions = {}): ActionTableRow[] {
  const base = actionRows(plans);
  const themes = classifyPlans(plans, options.codebook).actions;
  return assessPlans(plans, options.asOf).actions.map((a, i) => ({
    ...base[i]!,
    ...slippageRow(a),
    themes: themes[i]!.classification.themes.join(";"),
    recommendation_themes: themes[i]!.recommendationThemes.join(";"),
    theme_list: themes[i]!.classification.themes,
    as_of: a.assessment.asOf,
    status_rule: a.assessment.status.rule,
    slip_evidence: a.assessment.slippage.evidence.join(";"),
    due_problem: a.assessment.due.problem,
  }));
}

/**
 * The action table every analysis starts from, as an arquero table: one row per action with its
 * council, ids, text, lead, printed due and status cells, source lines, the parsed due date, status,
 * RAG and slippage, and its themes. `table.unroll("theme_list")` gives one row per action and theme,
 * e.g. for `slippageSummary(t, ["council", "theme_list"])`.
 *
 * @returns an arquero `ColumnTable`.
 */
export function actionTable(plans: readonly Plan[], options: ActionTableOptions = {}): ColumnTable {
  return from(actionTableRows(plans, options));
}
