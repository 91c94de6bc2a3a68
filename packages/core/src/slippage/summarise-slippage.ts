import { escape, op, type ColumnTable } from "arquero";

/** Columns of the slippage summary after the group keys, in order. */
export const SLIPPAGE_SUMMARY_COLUMNS = [
  "actions",
  "removed",
  "with_due",
  "share_with_due",
  "status_known",
  "completed",
  "share_completed",
  "assessable",
  "slipped",
  "slipped_share",
  "median_slip_days",
  "p90_slip_days",
  "slip_days_lower_bounds",
  "rag_rated",
  "rag_red",
  "red_share",
  "extensions_agreed",
  "slippage",
] as const;

/**
 * Summarises slippage per group (per council by default; pass e.g. `["council", "theme"]` for a
 * table with a theme column). Removed actions are counted apart and left out of every other figure.
 * Every share comes with its denominator: `share_with_due` of `actions`, `share_completed` of
 * `status_known` (actions whose progress is reported),
 * `slipped_share` of `assessable` (actions whose slippage can be judged), `red_share` of `rag_rated`.
 * Slip-day median and 90th percentile (linear interpolation) are over assessable actions, on-time
 * ones counting 0. A group with nothing assessable has null figures and `slippage: "not reported"` —
 * never 0%.
 *
 * @returns one row per group.
 */
export function slippageSummary(actions: ColumnTable, groupby: readonly string[] = ["council"]): ColumnTable {
  const flags = actions.derive({
    is_removed: escape((d: Row) => (d.removed ? 1 : 0)),
    in_scope: escape((d: Row) => (d.removed ? 0 : 1)),
    has_due: escape((d: Row) => (!d.removed && d.due_end != null ? 1 : 0)),
    is_known: escape((d: Row) => (!d.removed && d.status !== "unknown" ? 1 : 0)),
    is_completed: escape((d: Row) => (!d.removed && d.status === "completed" ? 1 : 0)),
    is_assessable: escape((d: Row) => (!d.removed && d.slipped != null ? 1 : 0)),
    is_slipped: escape((d: Row) => (!d.removed && d.slipped === true ? 1 : 0)),
    days: escape((d: Row) => (!d.removed && d.slipped != null ? d.slip_days : null)),
    is_lower_bound: escape((d: Row) => (!d.removed && d.slip_days_is_lower_bound ? 1 : 0)),
    is_rated: escape((d: Row) => (!d.removed && d.rag != null ? 1 : 0)),
    is_red: escape((d: Row) => (!d.removed && d.rag === "red" ? 1 : 0)),
    is_extended: escape((d: Row) => (!d.removed && d.extension_agreed ? 1 : 0)),
  });
  return flags
    .groupby(...groupby)
    .rollup({
      actions: op.sum("in_scope"),
      removed: op.sum("is_removed"),
      with_due: op.sum("has_due"),
      status_known: op.sum("is_known"),
      completed: op.sum("is_completed"),
      assessable: op.sum("is_assessable"),
      slipped: op.sum("is_slipped"),
      median_slip_days: op.median("days"),
      p90_slip_days: op.quantile("days", 0.9),
      slip_days_lower_bounds: op.sum("is_lower_bound"),
      rag_rated: op.sum("is_rated"),
      rag_red: op.sum("is_red"),
      extensions_agreed: op.sum("is_extended"),
    })
    .derive({
      share_with_due: escape((d: Row) => share(d.with_due, d.actions)),
      share_completed: escape((d: Row) => share(d.completed, d.status_known)),
      slipped_share: escape((d: Row) => share(d.slipped, d.assessable)),
      median_slip_days: escape((d: Row) => (d.assessable > 0 ? d.median_slip_days : null)),
      p90_slip_days: escape((d: Row) => (d.assessable > 0 ? Math.round(d.p90_slip_days * 10) / 10 : null)),
      red_share: escape((d: Row) => share(d.rag_red, d.rag_rated)),
      slippage: escape((d: Row) => (d.assessable > 0 ? "reported" : "not reported")),
    })
    .select(...groupby, ...SLIPPAGE_SUMMARY_COLUMNS);
}

// Arquero row proxies are untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = any;

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
