import { expectPlans } from "../errors/argument-error.js";
import type { Plan } from "../schema/plan.js";
import { formatLineList } from "./source-lines.js";

/** The first columns of `actions.csv`: what the plan prints, in order; parsed columns follow. */
export const ACTION_COLUMNS = [
  "council",
  "plan_id",
  "recommendation_id",
  "action_id",
  "action_kind",
  "action_text",
  "lead",
  "due_raw",
  "status_raw",
  "rating_raw",
  "reference",
  "source_file",
  "source_lines",
  "source_pages",
] as const;

/** One row of `actions.csv`. */
export type ActionRow = Record<(typeof ACTION_COLUMNS)[number], string>;

/** Columns of `recommendations.csv`, in order. */
export const RECOMMENDATION_COLUMNS = ["council", "plan_id", "recommendation_id", "recommendation_text"] as const;

/** One row of `recommendations.csv`. */
export type RecommendationRow = Record<(typeof RECOMMENDATION_COLUMNS)[number], string>;

/**
 * Flattens plans into one row per action, in source order, with the source file and lines each came
 * from — the shape of `actions.csv` and of the tables analyses start from.
 *
 * @returns the action rows.
 * @example
 * actionRows(plans)[0]?.action_text;
 */
export function actionRows(plans: readonly Plan[]): ActionRow[] {
  expectPlans(plans);
  const rows: ActionRow[] = [];
  for (const plan of plans)
    for (const rec of plan.recommendations)
      for (const a of rec.actions)
        rows.push({
          council: plan.council,
          plan_id: plan.id,
          recommendation_id: rec.id,
          action_id: a.id,
          action_kind: a.kind,
          action_text: a.text,
          lead: a.lead,
          due_raw: a.dueRaw,
          status_raw: a.statusRaw,
          rating_raw: a.ratingRaw,
          reference: a.reference,
          source_file: a.source.file,
          source_lines: formatLineList(a.source.lines),
          source_pages: a.source.pages ? formatLineList(a.source.pages) : "",
        });
  return rows;
}

/**
 * @returns one row per recommendation (or Herefordshire theme), in source order.
 * @example
 * recommendationRows(plans).map((r) => r.recommendation_id);
 */
export function recommendationRows(plans: readonly Plan[]): RecommendationRow[] {
  expectPlans(plans);
  return plans.flatMap((plan) =>
    plan.recommendations.map((rec) => ({
      council: plan.council,
      plan_id: plan.id,
      recommendation_id: rec.id,
      recommendation_text: rec.text,
    })),
  );
}
