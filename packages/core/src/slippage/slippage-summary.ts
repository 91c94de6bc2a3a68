import { table, type ColumnTable } from "arquero";
import { ArgumentError, expectObject, expectTable } from "../errors/argument-error.js";

/**
 * Fewer assessable actions (or councils) than this behind a share: a small base, shown with its
 * counts and never ranked on ("1 of 1" is not 100 %).
 */
export const SMALL_BASE = 5;

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
  "completed_stated",
  "completed_rating_only",
  "rating_contradicts_words",
  "share_completed",
  "assessable",
  "slipped",
  "slipped_share",
  "small_base",
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
 * - `share_completed` of `status_known`, `red_share` of `rag_rated`; `completed` split into
 *   `completed_stated` (the words report it) and `completed_rating_only` (only a colour, rating or
 *   key says so), and `rating_contradicts_words` counted (null where the table has no such columns);
 * - `small_base`: fewer than `SMALL_BASE` assessable actions, so its shares are read as counts.
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
  const names = actions.columnNames();
  const keys = groupby.map((key) => {
    if (names.includes(key)) return { values: actions.array(key) as ArrayLike<unknown>, list: false };
    const list = `${key}_list`;
    if (!names.includes(list))
      throw new ArgumentError("groupby", `column names of the table (${names.join(", ")})`, key);
    return { values: actions.array(list) as ArrayLike<unknown>, list: true };
  });
  const column = (name: string) => {
    if (!names.includes(name))
      throw new ArgumentError("actions", `a table with the ${name} column, such as actionTable(plans)`, actions);
    return actions.array(name) as ArrayLike<any>;
  };
  const optional = (name: string) => (names.includes(name) ? (actions.array(name) as ArrayLike<any>) : null);
  const rows = {
    removed: column("removed"),
    due_end: column("due_end"),
    as_of: column("as_of"),
    status: column("status"),
    rag: column("rag"),
    slipped: column("slipped"),
    slip_days: column("slip_days"),
    lower: column("slip_days_is_lower_bound"),
    reasons: column("slip_reasons"),
    basis: optional("completion_basis"),
    contradicts: optional("rating_contradicts_words"),
  };
  // Groups in order of first appearance, as arquero's groupby orders them.
  const groups = new Map<unknown, Group>();
  const n = actions.numRows();
  /** Counts action `i` in the group `id`, whose key values are `values` (default: the id alone). */
  const countIn = (id: unknown, values: unknown[] | null, i: number) => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = newGroup(values ?? [id])));
    count(group, rows, i);
  };
  // One plain key (the usual "council"): its value is the group's id, with nothing to combine.
  const single = keys.length === 1 && !keys[0]!.list ? keys[0]!.values : null;
  for (let i = 0; i < n; i++) {
    if (single) countIn(single[i] ?? null, null, i);
    else
      for (const values of groupValues(keys, i)) countIn(values.length === 1 ? values[0] : groupId(values), values, i);
  }
  const out: Record<string, unknown[]> = {};
  for (const [k, key] of groupby.entries()) out[key] = [...groups.values()].map((g) => g.keys[k]);
  for (const c of SLIPPAGE_SUMMARY_COLUMNS) out[c] = [];
  for (const g of groups.values()) {
    const row = summaryRow(g, rows.basis !== null);
    for (const c of SLIPPAGE_SUMMARY_COLUMNS) out[c]!.push(row[c]);
  }
  return table(out);
}

/** Counts of one group, filled action by action. */
interface Group {
  keys: unknown[];
  actions: number;
  removed: number;
  with_due: number;
  due_by_as_of: number;
  earliest_due: string | null;
  status_known: number;
  completed: number;
  completed_stated: number;
  rating_contradicts_words: number;
  assessable: number;
  slipped: number;
  overdue_open: number;
  deadline_moved: number;
  extension_agreed: number;
  rated_red: number;
  late: number[];
  days_late_lower_bounds: number;
  rag_rated: number;
  rag_red: number;
}

function newGroup(keys: unknown[]): Group {
  return {
    keys,
    actions: 0,
    removed: 0,
    with_due: 0,
    due_by_as_of: 0,
    earliest_due: null,
    status_known: 0,
    completed: 0,
    completed_stated: 0,
    rating_contradicts_words: 0,
    assessable: 0,
    slipped: 0,
    overdue_open: 0,
    deadline_moved: 0,
    extension_agreed: 0,
    rated_red: 0,
    late: [],
    days_late_lower_bounds: 0,
    rag_rated: 0,
    rag_red: 0,
  };
}

/** Adds action `i` to a group's counts. */
function count(g: Group, d: Record<string, ArrayLike<any> | null>, i: number): void {
  g.actions++;
  if (d.removed![i]) {
    g.removed++;
    return;
  }
  const due = d.due_end![i] ?? null;
  const slipped = d.slipped![i];
  if (due !== null) {
    g.with_due++;
    if (due <= d.as_of![i]) g.due_by_as_of++;
    if (g.earliest_due === null || due < g.earliest_due) g.earliest_due = due;
  }
  const status = d.status![i];
  if (status !== "unknown") g.status_known++;
  if (status === "completed") {
    g.completed++;
    if (d.basis?.[i] === "stated") g.completed_stated++;
  }
  if (d.contradicts?.[i] === true) g.rating_contradicts_words++;
  if (slipped === true || (slipped != null && due !== null && due <= d.as_of![i])) g.assessable++;
  if (slipped === true) {
    g.slipped++;
    const days = d.slip_days![i];
    if (days != null && !Number.isNaN(days)) {
      g.late.push(days);
      if (d.lower![i]) g.days_late_lower_bounds++;
    }
  }
  const reasons = d.reasons![i];
  if (typeof reasons === "string" && reasons !== "") {
    for (const reason of reasons.split(";")) {
      if (reason === "overdue_open") g.overdue_open++;
      else if (reason === "deadline_moved") g.deadline_moved++;
      else if (reason === "extension_agreed") g.extension_agreed++;
      else if (reason === "rated_red") g.rated_red++;
    }
  }
  const rag = d.rag![i];
  if (rag != null) g.rag_rated++;
  if (rag === "red") g.rag_red++;
}

/** The summary row of a group, by the aggregate rules above. */
function summaryRow(g: Group, basis: boolean): Record<(typeof SLIPPAGE_SUMMARY_COLUMNS)[number], unknown> {
  const late = g.late.sort((a, b) => a - b);
  return {
    actions: g.actions,
    removed: g.removed,
    with_due: g.with_due,
    due_by_as_of: g.due_by_as_of,
    not_yet_due: g.with_due - g.due_by_as_of,
    earliest_due: g.earliest_due,
    status_known: g.status_known,
    completed: g.completed,
    completed_stated: basis ? g.completed_stated : null,
    completed_rating_only: basis ? g.completed - g.completed_stated : null,
    rating_contradicts_words: basis ? g.rating_contradicts_words : null,
    share_completed: share(g.completed, g.status_known),
    assessable: g.assessable,
    slipped: g.slipped,
    slipped_share: share(g.slipped, g.assessable),
    small_base: g.assessable < SMALL_BASE,
    overdue_open: g.overdue_open,
    deadline_moved: g.deadline_moved,
    extension_agreed: g.extension_agreed,
    rated_red: g.rated_red,
    days_late_n: late.length,
    median_days_late: late.length ? quantile(late, 0.5) : null,
    p90_days_late: late.length ? Math.round(quantile(late, 0.9) * 10) / 10 : null,
    days_late_lower_bounds: g.days_late_lower_bounds,
    rag_rated: g.rag_rated,
    rag_red: g.rag_red,
    red_share: share(g.rag_red, g.rag_rated),
    slippage: verdict(g),
  };
}

/** The `p` quantile of sorted numbers, interpolated linearly between the two nearest ranks. */
function quantile(sorted: readonly number[], p: number): number {
  const i = (sorted.length - 1) * p;
  const i0 = Math.floor(i);
  const v0 = sorted[i0]!;
  return i0 + 1 < sorted.length ? v0 + (sorted[i0 + 1]! - v0) * (i - i0) : v0;
}

/**
 * The group key values of row `i`: one set, or one per element of each list column (an action with
 * two themes counts in both theme groups; one with none drops out).
 */
function groupValues(keys: readonly { values: ArrayLike<unknown>; list: boolean }[], i: number): unknown[][] {
  let combos: unknown[][] = [[]];
  for (const key of keys) {
    const value = key.values[i];
    const options = key.list ? (Array.isArray(value) ? value : []) : [value ?? null];
    combos = combos.flatMap((c) => options.map((o) => [...c, o]));
  }
  return combos;
}

/** A string that identifies a combination of group key values (null apart from "null"). */
function groupId(values: readonly unknown[]): string {
  return values.map((v) => (v == null ? "\u0000" : `${typeof v}:${String(v)}`)).join("\u0001");
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
  expectObject(row, "row", "a row of slippageSummary(actions)", ["slippage"]);
  if (row.slippage === "none due yet") return `none due yet (earliest ${String(row.earliest_due)})`;
  if (row.slippage !== "reported") return "not reported";
  const [slipped, assessable] = [Number(row.slipped), Number(row.assessable)];
  return `${slipped} of ${assessable} (${((100 * slipped) / assessable).toFixed(1)} %)`;
}

function verdict(g: Group): SlippageVerdict {
  if (g.assessable > 0) return "reported";
  if (g.with_due > 0 && g.due_by_as_of === 0) return "none due yet";
  return "not reported";
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
