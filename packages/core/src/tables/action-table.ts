import { from, type ColumnTable } from "arquero";
import { actionRows, type ActionRow } from "../export/plan-rows.js";
import type { Plan } from "../schema/plan.js";
import { assessPlans, type AsOfOption } from "../slippage/assess-plan.js";
import { slippageRow, type SlippageRow } from "../slippage/slippage-columns.js";

/** One row of the action table: the export columns plus the date slippage was measured at and why. */
export type ActionTableRow = ActionRow &
  SlippageRow & {
    as_of: string;
    status_rule: string;
    slip_evidence: string;
    due_problem: string | null;
  };

/**
 * The rows of the action table: one per action in source order, with its parsed due date, status,
 * RAG and slippage as of its plan's date (or `asOf`).
 *
 * @returns plain row objects (see `actionTable` for the arquero table).
 */
export function actionTableRows(plans: readonly Plan[], asOf?: AsOfOption): ActionTableRow[] {
  const base = actionRows(plans);
  return assessPlans(plans, asOf).actions.map((a, i) => ({
    ...base[i]!,
    ...slippageRow(a),
    as_of: a.assessment.asOf,
    status_rule: a.assessment.status.rule,
    slip_evidence: a.assessment.slippage.evidence.join(";"),
    due_problem: a.assessment.due.problem,
  }));
}

/**
 * The action table every analysis starts from, as an arquero table: one row per action with its
 * council, ids, text, lead, printed due and status cells, source lines, and the parsed due date,
 * status, RAG and slippage.
 *
 * @returns an arquero `ColumnTable`.
 */
export function actionTable(plans: readonly Plan[], asOf?: AsOfOption): ColumnTable {
  return from(actionTableRows(plans, asOf));
}
