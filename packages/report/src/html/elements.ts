import type { AnalysisChart } from "@ofsted-action-plans/core";
import { anchor, escapeHtml, scriptJson } from "./escape.js";

/** A table cell: plain text (escaped when written), a number, empty, or trusted HTML with a sort key. */
export type Cell = string | number | null | undefined | { html: string; sort?: string | number };

/** A plain row of an arquero table. */
export type Row = Record<string, unknown>;

/** @returns a table cell's HTML. */
function td(cell: Cell): string {
  if (cell !== null && typeof cell === "object") {
    return `<td${cell.sort === undefined ? "" : ` data-sort="${escapeHtml(cell.sort)}"`}>${cell.html}</td>`;
  }
  return `<td>${escapeHtml(cell ?? "")}</td>`;
}

/** @returns a sortable table with escaped headings and an optional caption. */
export function table(columns: readonly string[], rows: readonly Cell[][], caption?: string): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map(td).join("")}</tr>`).join("");
  return `<div class="scroll"><table class="sortable">${caption ? `<caption>${escapeHtml(caption)}</caption>` : ""}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** @returns a cell linking to an anchor of the page, sorting by `sort` (or the number shown). */
export const link = (href: string, text: Cell, sort?: string | number): Cell => ({
  html: `<a href="#${href}">${escapeHtml(text)}</a>`,
  sort: sort ?? (typeof text === "number" ? text : undefined),
});

/** @returns a share as a percentage with one decimal, or "" when there is none. */
export const pct = (x: unknown): string => (typeof x === "number" ? `${(100 * x).toFixed(1)}%` : "");

/** @returns the anchor of an action's row in its council's section. */
export const actionAnchor = (council: string, id: string): string => anchor("action", council, id);

/** @returns the anchor of a recommendation in its council's section. */
export const recAnchor = (council: string, id: string): string => anchor("rec", council, id);

/** @returns the plain rows of an arquero table. */
export const objects = (t: { objects(): object[] }): Row[] => t.objects() as Row[];

/** @returns a chart's placeholder and its inline Vega-Lite spec, or "" when the chart is not there. */
export function chartBlock(chart: AnalysisChart | undefined): string {
  if (!chart) return "";
  const id = escapeHtml(chart.id);
  return `<figure class="chart"><div data-chart="${id}" id="chart-${id}"></div><script type="application/json" id="spec-${id}">${scriptJson(chart.spec)}</script></figure>`;
}

/** @returns a list of actions, each linking to its row. */
export function actionList(council: string, rows: readonly Row[]): string {
  const items = rows.map(
    (a) =>
      `<li><a href="#${actionAnchor(council, String(a.action_id))}">${escapeHtml(a.action_id)}</a> ${escapeHtml(a.action_text)}</li>`,
  );
  return `<ul class="drill">${items.join("")}</ul>`;
}
