import { table, type ColumnTable } from "arquero";
import { ACTION_COLUMNS, actionRows, type ActionRow } from "../export/plan-rows.js";
import { ArgumentError, expectPlans } from "../errors/argument-error.js";
import { applyCodings, type CodingDecision } from "../codings/codings.js";
import type { Plan } from "../schema/plan.js";
import { assessPlans, type AsOfOption, type AssessedAction } from "../slippage/assess-action.js";
import { SLIPPAGE_COLUMNS, slippageRow, type SlippageRow } from "../slippage/slippage-columns.js";
import { classifyPlans, type PlanThemes } from "../themes/classify-plans.js";
import type { CodebookInput } from "../themes/codebook.js";
import type { CompiledCodebook } from "../themes/classify.js";

/** Theme columns of `actions.csv`, in order. */
export const THEME_COLUMNS = ["themes", "recommendation_themes"] as const;

/** Columns of the action table after the export columns: for analysis, not exported. */
const EXTRA_COLUMNS = ["theme_list", "as_of", "status_rule", "status_conflict", "due_problem"] as const;

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
    /** When progress cues disagreed, what they were and how it was decided; else null. */
    status_conflict: string | null;
    due_problem: string | null;
  };

/** Options of `actionTable`. */
export interface ActionTableOptions {
  /** Measure slippage at this date (or per plan id / council) instead of each plan's `asOf`. */
  readonly asOf?: AsOfOption;
  /** Codebook for the theme columns (default: the library's). */
  readonly codebook?: CodebookInput | CompiledCodebook;
  /** A researcher's codings, applied on top of the classifier (see `applyCodings`). */
  readonly codings?: readonly CodingDecision[];
}

/**
 * The action table every analysis starts from, as an arquero table: one row per action with its
 * council, ids, text, lead, printed due and status cells, source lines, the parsed due date, status,
 * RAG and slippage, and its themes. `table.unroll("theme_list")` gives one row per action and theme,
 * e.g. for `slippageSummary(t, ["council", "theme_list"])`. Built column by column, so it stays cheap
 * for a million actions.
 *
 * @returns an arquero `ColumnTable`.
 * @example
 * const actions = actionTable(plans); // one row per action
 * actions.filter((d: any) => d.slipped === true).print();
 */
export function actionTable(plans: readonly Plan[], options: ActionTableOptions = {}): ColumnTable {
  expectPlans(plans);
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", "an options object such as { asOf }", options);
  const classified = classifyPlans(plans, options.codebook);
  const themes = options.codings?.length ? applyCodings(classified, options.codings).themes : classified;
  return actionTableFrom(plans, assessPlans(plans, options.asOf).actions, themes);
}

/**
 * The action table from assessments and theme codings already computed for the same plans (in the
 * same order), for callers that need those too and should not compute them twice.
 *
 * @returns an arquero `ColumnTable` (see `actionTable`).
 * @example
 * const { actions: assessed } = assessPlans(plans);
 * const table = actionTableFrom(plans, assessed, classifyPlans(plans)); // as actionTable(plans)
 */
export function actionTableFrom(
  plans: readonly Plan[],
  assessed: readonly AssessedAction[],
  planThemes: PlanThemes,
): ColumnTable {
  const base = actionRows(plans);
  const themes = planThemes.actions;
  const n = base.length;
  if (assessed.length !== n || themes.length !== n)
    throw new ArgumentError(
      assessed.length !== n ? "assessed" : "planThemes",
      `the ${n} actions of the plans, e.g. assessPlans(plans).actions and classifyPlans(plans)`,
      assessed.length !== n ? assessed : themes,
    );
  const names = [...ACTION_COLUMNS, ...SLIPPAGE_COLUMNS, ...THEME_COLUMNS, ...EXTRA_COLUMNS];
  const values = names.map(() => new Array<unknown>(n));
  // Rows are copied by position (one allocation per row instead of a keyed lookup per cell), so
  // their keys must be the columns, in order.
  if (n > 0) {
    expectKeys(base[0]!, ACTION_COLUMNS);
    expectKeys(slippageRow(assessed[0]!), SLIPPAGE_COLUMNS);
  }
  for (let i = 0; i < n; i++) {
    let j = 0;
    for (const v of Object.values(base[i]!)) values[j++]![i] = v;
    for (const v of Object.values(slippageRow(assessed[i]!))) values[j++]![i] = v;
    const coded = themes[i]!;
    const a = assessed[i]!.assessment;
    values[j++]![i] = joinThemes(coded.classification.themes);
    values[j++]![i] = joinThemes(coded.recommendationThemes);
    values[j++]![i] = coded.classification.themes;
    values[j++]![i] = a.asOf;
    values[j++]![i] = a.status.rule;
    values[j++]![i] = a.status.conflict;
    values[j++]![i] = a.due.problem;
  }
  return table(Object.fromEntries(names.map((name, k) => [name, values[k]!])));
}

/** @returns theme ids joined by ";" (most actions have none or one: no join needed). */
const joinThemes = (themes: readonly string[]) =>
  themes.length === 0 ? "" : themes.length === 1 ? themes[0]! : themes.join(";");

/** Throws unless the row's keys are the columns, in order (a row literal edited out of step). */
function expectKeys(row: object, columns: readonly string[]): void {
  if (Object.keys(row).join() !== columns.join())
    throw new Error(`row keys ${Object.keys(row).join()} are not the columns ${columns.join()}`);
}
