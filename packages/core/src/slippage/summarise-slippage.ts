import { escape, op, type ColumnTable } from "arquero";
import { ArgumentError, expectTable } from "../errors/argument-error.js";

/** Columns of the slippage summary after the group keys, in order. */
export const SLIPPAGE_SUMMARY_COLUMNS = [
  "actions",
  "removed",
  "with_due",
  "due_by_as_of",
  "not_yet_due",
  "earliest_due",
  "status_known",
  "completed",
  "share_completed",
  "assessable",
  "slipped",
  "slipped_share",
  "overdue_open",
  "deadline_moved",
  "extension_agreed",
  "rated_red",
  "days_late_n",
  "median_days_late",
  "p90_days_late",
  "days_late_lower_bounds",
  "rag_rated",
  "rag_red",
  "red_share",
  "slippage",
] as const;

/** What a group's slippage figures can say: measured, no deadline passed yet, or nothing to measure. */
export type SlippageVerdict = "reported" | "none due yet" | "not reported";

/**
 * Summarises slippage per group (per council by default), by the library's aggregate rules:
 * - `actions` counts every action; `removed` ones are counted apart and left out of every other figure;
 * - `with_due`, `due_by_as_of` (deadline on or before the plan's date), `not_yet_due`, `earliest_due`;
 * - `assessable`: actions whose slippage is known and that were due by the plan's date, plus
 *   not-yet-due actions that already slipped (red, extension, moved deadline); `slipped`,
 *   `slipped_share` = slipped / assessable, and the reasons as counts (`overdue_open`,
 *   `deadline_moved`, `extension_agreed`, `rated_red`; several may apply to one action);
 * - `median_days_late`, `p90_days_late` (linear interpolation) over slipped actions with a slip-days
 *   figure (`days_late_n` of them, `days_late_lower_bounds` of which are lower bounds): on-time
 *   actions are not counted as 0;
 * - `share_completed` of `status_known`, `red_share` of `rag_rated`.
 * `slippage` says `"not reported"` when nothing can be measured (no dates or progress) and
 * `"none due yet"` when no deadline had passed and nothing slipped, never 0 %.
 *
 * A group key missing from the table but present as a list column (`theme` ← `theme_list`) is unrolled
 * first, so `slippageSummary(t, ["council", "theme"])` gives one row per council and theme (actions
 * with no theme drop out of that view).
 *
 * @returns one row per group.
 * @example
 * const t = actionTable(plans);
 * slippageSummary(t).print();                        // one row per council
 * slippageSummary(t, ["council", "theme"]).print();  // one row per council and theme
 */
export function slippageSummary(actions: ColumnTable, groupby: readonly string[] = ["council"]): ColumnTable {
  expectTable(actions, "actions");
  if (!Array.isArray(groupby) || groupby.some((g) => typeof g !== "string")) {
    throw new ArgumentError("groupby", "an array of column names", groupby);
  }
  let rows = actions;
  for (const key of groupby) {
    if (rows.columnNames().includes(key)) continue;
    const list = `${key}_list`;
    if (!rows.columnNames().includes(list)) {
      throw new ArgumentError("groupby", `column names of the table (${rows.columnNames().join(", ")})`, key);
    }
    rows = rows.derive({ [key]: escape((d: Row) => d[list]) }).unroll(key);
  }
  const flags = rows.derive({
    in_scope: escape((d: Row) => (d.removed ? 0 : 1)),
    is_removed: escape((d: Row) => (d.removed ? 1 : 0)),
    has_due: escape((d: Row) => (!d.removed && d.due_end != null ? 1 : 0)),
    is_due: escape((d: Row) => (!d.removed && d.due_end != null && d.due_end <= d.as_of ? 1 : 0)),
    due: escape((d: Row) => (!d.removed ? d.due_end : null)),
    is_known: escape((d: Row) => (!d.removed && d.status !== "unknown" ? 1 : 0)),
    is_completed: escape((d: Row) => (!d.removed && d.status === "completed" ? 1 : 0)),
    is_assessable: escape((d: Row) => (isAssessable(d) ? 1 : 0)),
    is_slipped: escape((d: Row) => (!d.removed && d.slipped === true ? 1 : 0)),
    late: escape((d: Row) => (!d.removed && d.slipped === true ? d.slip_days : null)),
    is_lower_bound: escape((d: Row) =>
      !d.removed && d.slipped === true && d.slip_days != null && d.slip_days_is_lower_bound ? 1 : 0,
    ),
    is_overdue_open: escape((d: Row) => reason(d, "overdue_open")),
    is_deadline_moved: escape((d: Row) => reason(d, "deadline_moved")),
    is_extension_agreed: escape((d: Row) => reason(d, "extension_agreed")),
    is_rated_red: escape((d: Row) => reason(d, "rated_red")),
    is_rated: escape((d: Row) => (!d.removed && d.rag != null ? 1 : 0)),
    is_red: escape((d: Row) => (!d.removed && d.rag === "red" ? 1 : 0)),
  });
  return flags
    .groupby(...groupby)
    .rollup({
      in_scope: op.sum("in_scope"),
      removed: op.sum("is_removed"),
      with_due: op.sum("has_due"),
      due_by_as_of: op.sum("is_due"),
      earliest_due: op.min("due"),
      status_known: op.sum("is_known"),
      completed: op.sum("is_completed"),
      assessable: op.sum("is_assessable"),
      slipped: op.sum("is_slipped"),
      overdue_open: op.sum("is_overdue_open"),
      deadline_moved: op.sum("is_deadline_moved"),
      extension_agreed: op.sum("is_extension_agreed"),
      rated_red: op.sum("is_rated_red"),
      days_late_n: op.valid("late"),
      median_days_late: op.median("late"),
      p90_days_late: op.quantile("late", 0.9),
      days_late_lower_bounds: op.sum("is_lower_bound"),
      rag_rated: op.sum("is_rated"),
      rag_red: op.sum("is_red"),
    })
    .derive({
      actions: escape((d: Row) => d.in_scope + d.removed),
      not_yet_due: escape((d: Row) => d.with_due - d.due_by_as_of),
      earliest_due: escape((d: Row) => d.earliest_due ?? null),
      share_completed: escape((d: Row) => share(d.completed, d.status_known)),
      slipped_share: escape((d: Row) => share(d.slipped, d.assessable)),
      median_days_late: escape((d: Row) => (d.days_late_n > 0 ? d.median_days_late : null)),
      p90_days_late: escape((d: Row) => (d.days_late_n > 0 ? Math.round(d.p90_days_late * 10) / 10 : null)),
      red_share: escape((d: Row) => share(d.rag_red, d.rag_rated)),
      slippage: escape((d: Row): SlippageVerdict => verdict(d)),
    })
    .select(...groupby, ...SLIPPAGE_SUMMARY_COLUMNS);
}

/**
 * The phrase a reader sees for a group's slipped share: "3 of 12 (25.0 %)", "none due yet (earliest
 * 2014-09-17)" or "not reported".
 *
 * @returns the phrase.
 * @example
 * slippagePhrase({ slippage: "none due yet", earliest_due: "2014-09-17" }); // "none due yet (earliest 2014-09-17)"
 */
export function slippagePhrase(row: Readonly<Record<string, unknown>>): string {
  if (row.slippage === "none due yet") return `none due yet (earliest ${String(row.earliest_due)})`;
  if (row.slippage !== "reported") return "not reported";
  const [slipped, assessable] = [Number(row.slipped), Number(row.assessable)];
  return `${slipped} of ${assessable} (${((100 * slipped) / assessable).toFixed(1)} %)`;
}

// Arquero row proxies are untyped.
type Row = Record<string, any>;

function isAssessable(d: Row): boolean {
  if (d.removed || d.slipped == null) return false;
  return d.slipped === true || (d.due_end != null && d.due_end <= d.as_of);
}

function reason(d: Row, name: string): number {
  return !d.removed && typeof d.slip_reasons === "string" && d.slip_reasons.split(";").includes(name) ? 1 : 0;
}

function verdict(d: Row): SlippageVerdict {
  if (d.assessable > 0) return "reported";
  if (d.with_due > 0 && d.due_by_as_of === 0) return "none due yet";
  return "not reported";
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
