import { expectTable } from "../errors/argument-error.js";
import type { ColumnTable } from "arquero";
import type { TopLevelSpec } from "vega-lite";
import { slippagePhrase } from "../slippage/slippage-summary.js";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
const STATUS_ORDER = ["completed", "in_progress", "not_started", "unknown"];
const RAG_ORDER = ["red", "amber", "green", "blue", "grey"];
const RAG_COLOURS = ["#d62728", "#ff9f0e", "#2ca02c", "#1f77b4", "#9e9e9e"];
const FONT = { font: "Helvetica, Arial, sans-serif" };

/** Plain rows of an arquero table, for a spec's inline data. */
const rows = (t: ColumnTable) => t.objects() as Record<string, unknown>[];

/** Council order: as the rows first name them (the manifest's order). */
const councilOrder = (data: Record<string, unknown>[]) => [...new Set(data.map((d) => String(d.council)))];

/**
 * Council × theme heatmap: colour is the share of the council's actions carrying the theme, the cell
 * text its count; the tooltip gives count, units and share.
 *
 * @param matrix the output of `themeMatrix`.
 * @returns a Vega-Lite spec with the data inline.
 * @example
 * const spec = themeHeatmapSpec(themeMatrix(classifyPlans(plans)));
 */
export function themeHeatmapSpec(matrix: ColumnTable, options: { themes?: readonly string[] } = {}): TopLevelSpec {
  expectTable(matrix, "matrix", "themeMatrix(classifyPlans(plans))");
  const data = rows(matrix).map(({ ids: _ids, ...r }) => r);
  return {
    $schema: SCHEMA,
    title: {
      text: "Themes of actions by council",
      subtitle: "colour: share of the council's actions; number: actions",
      ...FONT,
    },
    data: { values: data },
    width: { step: 46 },
    height: { step: 30 },
    encoding: {
      x: {
        field: "theme",
        type: "nominal",
        sort: options.themes ? [...options.themes] : undefined,
        axis: { labelAngle: -40, title: null },
      },
      y: { field: "council", type: "nominal", sort: councilOrder(data), title: null },
    },
    layer: [
      {
        mark: "rect",
        encoding: {
          color: {
            field: "share",
            type: "quantitative",
            scale: { scheme: "blues", domainMin: 0 },
            legend: { format: ".0%", title: "share" },
          },
          tooltip: [
            { field: "council", type: "nominal" },
            { field: "theme", type: "nominal" },
            { field: "count", type: "quantitative", title: "actions with theme" },
            { field: "units", type: "quantitative", title: "actions in plan" },
            { field: "share", type: "quantitative", format: ".1%" },
          ],
        },
      },
      {
        mark: { type: "text", fontSize: 10 },
        encoding: {
          text: { field: "count", type: "quantitative" },
          color: { condition: { test: "datum.share > 0.3", value: "white" }, value: "black" },
        },
      },
    ],
  };
}

/**
 * Slipped share by council, each bar labelled with its numerator and denominator ("11 of 47
 * assessable"); a council with nothing assessable is labelled "not reported" or "none due yet" and
 * draws no bar.
 *
 * @param summary the output of `slippageSummary` (grouped by council).
 * @returns a Vega-Lite spec.
 * @example
 * const spec = slippageByCouncilSpec(slippageSummary(actionTable(plans))); // a Vega-Lite spec
 */
export function slippageByCouncilSpec(summary: ColumnTable): TopLevelSpec {
  expectTable(summary, "summary", "slippageSummary(actions)");
  const data = rows(summary).map((r) => ({
    ...r,
    label: r.slippage === "reported" ? `${r.slipped} of ${r.assessable} assessable` : slippagePhrase(r),
    bar: r.slippage === "reported" ? r.slipped_share : 0,
  }));
  return {
    $schema: SCHEMA,
    title: {
      text: "Share of actions that slipped, as of each plan's date",
      subtitle: "denominator: actions whose slippage can be judged",
      ...FONT,
    },
    data: { values: data },
    width: 420,
    height: { step: 28 },
    encoding: {
      y: { field: "council", type: "nominal", sort: councilOrder(data), title: null },
      x: {
        field: "bar",
        type: "quantitative",
        title: "slipped share",
        axis: { format: ".0%" },
        scale: { domain: [0, 1] },
      },
    },
    layer: [
      {
        mark: { type: "bar", color: "#d62728" },
        transform: [{ filter: "datum.slippage === 'reported'" }],
        encoding: {
          tooltip: [
            { field: "council", type: "nominal" },
            { field: "slipped", type: "quantitative" },
            { field: "assessable", type: "quantitative" },
            { field: "slipped_share", type: "quantitative", format: ".1%" },
            { field: "median_days_late", type: "quantitative", title: "median days late (slipped actions)" },
            { field: "p90_days_late", type: "quantitative", title: "p90 days late (slipped actions)" },
          ],
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 11 },
        encoding: { text: { field: "label", type: "nominal" } },
      },
    ],
  };
}

/**
 * Why actions slipped, per council: a stacked bar of the four reasons (overdue and open, deadline
 * moved, extension agreed, rated red). Reasons may overlap, so a bar can be longer than the slipped
 * count, which each bar's tooltip gives.
 *
 * @param summary the output of `slippageSummary` (grouped by council).
 * @returns a Vega-Lite spec.
 * @example
 * const spec = slipReasonsSpec(slippageSummary(actionTable(plans))); // a Vega-Lite spec
 */
export function slipReasonsSpec(summary: ColumnTable): TopLevelSpec {
  expectTable(summary, "summary", "slippageSummary(actions)");
  const reasons = ["overdue_open", "deadline_moved", "extension_agreed", "rated_red"] as const;
  const data = rows(summary).flatMap((r) =>
    reasons.map((reason) => ({
      council: r.council,
      reason: reason.replace(/_/gu, " "),
      actions: Number(r[reason] ?? 0),
      slipped: r.slipped,
      assessable: r.assessable,
    })),
  );
  return {
    $schema: SCHEMA,
    title: { text: "Why actions slipped", subtitle: "actions per reason; one action may have several", ...FONT },
    data: { values: data },
    width: 420,
    height: { step: 28 },
    mark: "bar",
    encoding: {
      y: { field: "council", type: "nominal", sort: councilOrder(data), title: null },
      x: { field: "actions", type: "quantitative", title: "actions", stack: "zero" },
      color: {
        field: "reason",
        type: "nominal",
        sort: reasons.map((r) => r.replace(/_/gu, " ")),
        scale: { range: ["#d62728", "#ff7f0e", "#9467bd", "#8c564b"] },
      },
      tooltip: [
        { field: "council", type: "nominal" },
        { field: "reason", type: "nominal" },
        { field: "actions", type: "quantitative" },
        { field: "slipped", type: "quantitative" },
        { field: "assessable", type: "quantitative" },
      ],
    },
  };
}

/**
 * Distribution of slip days per council, over slipped actions: one point per action (hollow when
 * the figure is a lower bound because the action was still open) over a box plot.
 *
 * @param actions the action table (`actionTable`).
 * @returns a Vega-Lite spec.
 * @example
 * const spec = slipDaysSpec(actionTable(plans)); // one point per slipped action
 */
export function slipDaysSpec(actions: ColumnTable): TopLevelSpec {
  expectTable(actions, "actions");
  const data = rows(actions)
    .filter((r) => r.slipped === true && r.slip_days !== null && !r.removed)
    .map((r) => ({
      council: r.council,
      action_id: r.action_id,
      slip_days: r.slip_days,
      bound: r.slip_days_is_lower_bound ? "at least (still open)" : "exact (revised date)",
    }));
  return {
    $schema: SCHEMA,
    title: {
      text: "Slip days of slipped actions",
      subtitle: "hollow: a lower bound, the action was still open at the plan's date",
      ...FONT,
    },
    data: { values: data },
    width: 420,
    height: { step: 36 },
    encoding: { y: { field: "council", type: "nominal", sort: councilOrder(data), title: null } },
    layer: [
      {
        mark: { type: "boxplot", extent: "min-max", opacity: 0.35, size: 18 },
        encoding: { x: { field: "slip_days", type: "quantitative", title: "days" } },
      },
      {
        mark: { type: "point", size: 40 },
        encoding: {
          x: { field: "slip_days", type: "quantitative" },
          shape: { field: "bound", type: "nominal", title: null, legend: { labelLimit: 220 } },
          fill: { condition: { test: "datum.bound === 'exact (revised date)'", value: "#333" }, value: "transparent" },
          color: { value: "#333" },
          tooltip: [
            { field: "council" },
            { field: "action_id", title: "action" },
            { field: "slip_days", title: "slip days" },
            { field: "bound" },
          ],
        },
      },
    ],
  };
}

/**
 * Actions by status per council (stacked bars), so "unknown" — no progress reported — is visible
 * beside completed and open work.
 *
 * @param actions the action table.
 * @returns a Vega-Lite spec.
 * @example
 * const spec = statusByCouncilSpec(actionTable(plans));
 */
export function statusByCouncilSpec(actions: ColumnTable): TopLevelSpec {
  expectTable(actions, "actions");
  const data = rows(actions)
    .filter((r) => !r.removed)
    .map((r) => ({ council: r.council, status: r.status }));
  return {
    $schema: SCHEMA,
    title: {
      text: "Status of actions by council",
      subtitle: "unknown: the plan reports no progress for the action",
      ...FONT,
    },
    data: { values: data },
    width: 420,
    height: { step: 28 },
    mark: "bar",
    encoding: {
      y: { field: "council", type: "nominal", sort: councilOrder(data), title: null },
      x: { aggregate: "count", type: "quantitative", title: "actions" },
      color: {
        field: "status",
        type: "nominal",
        sort: STATUS_ORDER,
        scale: { domain: STATUS_ORDER, range: ["#2ca02c", "#ff9f0e", "#d62728", "#c7c7c7"] },
      },
      order: { field: "status_rank", type: "quantitative" },
      tooltip: [
        { field: "council" },
        { field: "status" },
        { aggregate: "count", type: "quantitative", title: "actions" },
      ],
    },
    transform: [{ calculate: `indexof(${JSON.stringify(STATUS_ORDER)}, datum.status)`, as: "status_rank" }],
  };
}

/**
 * The councils' own RAG ratings (stacked bars), for the plans that have them.
 *
 * @param actions the action table.
 * @returns a Vega-Lite spec.
 * @example
 * const spec = ragByCouncilSpec(actionTable(plans)); // councils with RAG ratings only
 */
export function ragByCouncilSpec(actions: ColumnTable): TopLevelSpec {
  expectTable(actions, "actions");
  const data = rows(actions)
    .filter((r) => r.rag !== null && !r.removed)
    .map((r) => ({ council: r.council, rag: r.rag }));
  return {
    $schema: SCHEMA,
    title: { text: "RAG ratings by council", subtitle: "only plans that rate their actions", ...FONT },
    data: { values: data },
    width: 420,
    height: { step: 28 },
    mark: "bar",
    encoding: {
      y: { field: "council", type: "nominal", title: null },
      x: { aggregate: "count", type: "quantitative", title: "actions" },
      color: { field: "rag", type: "nominal", title: "RAG", scale: { domain: RAG_ORDER, range: RAG_COLOURS } },
      tooltip: [{ field: "council" }, { field: "rag" }, { aggregate: "count", type: "quantitative", title: "actions" }],
    },
  };
}

/** Most marks a chart draws one per action; past it a chart groups or keeps the largest (and says so). */
export const CHART_MARK_LIMIT = 5000;

/** @returns due points grouped by council, month (its first day) and status, each with its count of actions. */
function byMonth(dues: readonly { council: unknown; due_end: unknown; status: unknown }[]) {
  const groups = new Map<string, { council: unknown; due_end: string; status: unknown; actions: number }>();
  for (const d of dues) {
    const month = `${String(d.due_end).slice(0, 7)}-01`;
    const key = `${d.council}\u0000${month}\u0000${d.status}`;
    const g = groups.get(key);
    if (g) g.actions++;
    else groups.set(key, { council: d.council, due_end: month, status: d.status, actions: 1 });
  }
  return [...groups.values()];
}

/**
 * Due dates of actions per council on one time axis, coloured by status, with each plan's `asOf`
 * date marked by a black tick: what was due before the plan's own date can be read at a glance.
 *
 * @param actions the action table.
 * @returns a Vega-Lite spec.
 * @example
 * const spec = dueTimelineSpec(actionTable(plans));
 */
export function dueTimelineSpec(actions: ColumnTable): TopLevelSpec {
  expectTable(actions, "actions");
  const { order, dues, asOf } = timelineData(rows(actions));
  // Past the mark limit, one circle per council, month and status, sized by its actions.
  const grouped = dues.length > CHART_MARK_LIMIT;
  const points = grouped ? byMonth(dues) : dues;
  return {
    $schema: SCHEMA,
    title: {
      text: "Due dates of actions, with each plan's date",
      subtitle: grouped
        ? `black tick: the plan's date (asOf); ${dues.length} actions, so one circle per council, month and status, sized by its actions`
        : "black tick: the date the plan's progress describes (asOf)",
      ...FONT,
    },
    width: 560,
    height: { step: 34 },
    layer: [
      {
        data: { values: points },
        mark: { type: "circle", size: 45, opacity: 0.75 },
        encoding: {
          ...(grouped ? { size: { field: "actions", type: "quantitative", title: "actions" } } : {}),
          x: { field: "due_end", type: "temporal", title: "deadline" },
          y: { field: "council", type: "nominal", sort: order, title: null },
          color: {
            field: "status",
            type: "nominal",
            sort: STATUS_ORDER,
            scale: { domain: STATUS_ORDER, range: ["#2ca02c", "#ff9f0e", "#d62728", "#9e9e9e"] },
          },
          tooltip: grouped
            ? [
                { field: "council" },
                { field: "due_end", type: "temporal", timeUnit: "yearmonth", title: "month due" },
                { field: "status" },
                { field: "actions", type: "quantitative" },
              ]
            : [
                { field: "council" },
                { field: "action_id", title: "action" },
                { field: "due_raw", title: "due (as printed)" },
                { field: "due_end", type: "temporal", title: "deadline" },
                { field: "status" },
              ],
        },
      },
      {
        data: { values: asOf },
        mark: { type: "tick", color: "black", thickness: 3, size: 30 },
        encoding: {
          x: { field: "as_of", type: "temporal" },
          y: { field: "council", type: "nominal", sort: order },
          tooltip: [{ field: "council" }, { field: "as_of", type: "temporal", title: "plan's date (asOf)" }],
        },
      },
    ],
  };
}

/** @returns the councils in order, the due dates of actions not removed, and each council's plan date. */
function timelineData(all: Record<string, unknown>[]) {
  const order = councilOrder(all);
  const dues = all
    .filter((r) => r.due_end !== null && !r.removed)
    .map((r) => ({
      council: r.council,
      action_id: r.action_id,
      due_end: r.due_end,
      due_raw: r.due_raw,
      status: r.status,
    }));
  const firstRow = new Map<unknown, (typeof all)[number]>();
  for (const r of all) if (!firstRow.has(r.council)) firstRow.set(r.council, r);
  const asOf = order.map((council) => ({ council, as_of: firstRow.get(council)?.as_of }));
  return { order, dues, asOf };
}

/**
 * RAG vs evidence: each action rated amber or green after its deadline had passed, by how many days
 * the deadline had passed, coloured by the rating.
 *
 * @param table the output of `ragVersusEvidence`.
 * @returns a Vega-Lite spec.
 * @example
 * const spec = ragVersusEvidenceSpec(ragVersusEvidence(actionTable(plans)));
 */
export function ragVersusEvidenceSpec(table: ColumnTable): TopLevelSpec {
  expectTable(table, "table", "ragVersusEvidence(actions)");
  const all: Record<string, unknown>[] = rows(table).map((r) => ({ ...r, label: `${r.council} ${r.action_id}` }));
  // A bar per action: past the limit, the bars of the longest past due (all are in the table).
  const limit = Math.floor(CHART_MARK_LIMIT / 50);
  const data =
    all.length > limit
      ? [...all].sort((a, b) => Number(b.days_past_due) - Number(a.days_past_due)).slice(0, limit)
      : all;
  return {
    $schema: SCHEMA,
    title: {
      text: "Rated amber or green after the deadline had passed",
      subtitle:
        data.length < all.length
          ? `days between the deadline and the plan's date: the ${data.length} longest of ${all.length} (all in rag-vs-evidence.csv)`
          : "days between the deadline and the plan's date",
      ...FONT,
    },
    data: { values: data },
    width: 420,
    height: { step: 12 },
    mark: "bar",
    encoding: {
      y: { field: "label", type: "nominal", sort: "-x", title: null, axis: { labelFontSize: 9 } },
      x: { field: "days_past_due", type: "quantitative", title: "days past the deadline" },
      color: {
        field: "rag",
        type: "nominal",
        title: "RAG",
        scale: { domain: ["amber", "green"], range: ["#ff9f0e", "#2ca02c"] },
      },
      tooltip: [
        { field: "council" },
        { field: "action_id", title: "action" },
        { field: "due_raw", title: "due (as printed)" },
        { field: "status_raw", title: "RAG cell" },
        { field: "days_past_due", title: "days past due" },
        { field: "action_text", title: "action" },
      ],
    },
  };
}
