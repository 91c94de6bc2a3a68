import { lineTotals } from "@ofsted-action-plans/loaders";
import { anchor, escapeHtml } from "../escape.js";
import { actionAnchor, link, recAnchor, table, type Cell } from "../elements.js";
import { documentDiagnostics } from "../../analysis.js";
import { FULL_REPORT_LIMIT, type ReportContext } from "../report-context.js";

/**
 * One section per plan: its dates and their evidence, its line accounting and warnings, its
 * recommendations, and every action with its parsed fields, themes and source lines (past the size
 * limit, a pointer to actions.csv instead of the rows).
 *
 * @returns the sections' HTML.
 */
export function councilSections(ctx: ReportContext): string {
  return ctx.analysis.corpus.results.map((result) => planSection(ctx, result)).join("\n");
}

type PlanResult = ReportContext["analysis"]["corpus"]["results"][number];

function planSection(ctx: ReportContext, result: PlanResult): string {
  const plan = result.plan;
  const totals = lineTotals(result);
  const warnings = documentDiagnostics(ctx.analysis, result).filter((d) => d.severity === "warning");
  const shown = warnings
    .slice(0, 20)
    .map((w) => `line ${w.line ?? "?"}: ${escapeHtml(w.message)}`)
    .join("; ");
  const more = warnings.length > 20 ? `; and ${warnings.length - 20} more in diagnostics.json` : "";
  const recs = ctx.full
    ? `<ol class="recs">${plan.recommendations
        .map(
          (r) =>
            `<li id="${recAnchor(plan.council, r.id)}"><strong>${escapeHtml(r.id)}</strong> ${escapeHtml(r.text)}${r.timeframe ? ` <em>(${escapeHtml(r.timeframe)})</em>` : ""}</li>`,
        )
        .join("")}</ol>`
    : `<p>${plan.recommendations.length} recommendations: see recommendations.csv.</p>`;
  return `<section id="${anchor("council", plan.council)}"><h2>${escapeHtml(plan.councilName)}</h2>
<p>${escapeHtml(plan.title)}. Document date: ${escapeHtml(plan.documentDate ?? "undated")}. Progress read as of <strong>${escapeHtml(plan.asOf)}</strong>: ${escapeHtml(plan.asOfEvidence)}</p>
<p>${totals.lines} lines read: ${totals.used} used, ${totals.ignored} ignored with a reason; ${warnings.length} warning${warnings.length === 1 ? "" : "s"}${warnings.length ? `: ${shown}${more}` : ""}.</p>
<h3>Recommendations</h3>${recs}
<h3 id="${anchor("actions", plan.council)}">Actions</h3>
${actionsTable(ctx, plan.council, plan.id)}
</section>`;
}

const ACTION_HEADINGS = [
  "id",
  "rec",
  "action",
  "lead",
  "due (as printed)",
  "deadline",
  "status",
  "RAG",
  "slipped",
  "slip days",
  "themes",
  "source",
];

/** A plan's actions with their parsed fields, themes and source lines (past the size limit, a pointer to actions.csv). */
function actionsTable(ctx: ReportContext, council: string, planId: string): string {
  const rows = (ctx.byCouncil.get(council) ?? [])
    .filter((a) => a.plan_id === planId)
    .map((a): Cell[] => [
      {
        html: `<span id="${actionAnchor(council, String(a.action_id))}">${escapeHtml(a.action_id)}</span>`,
        sort: String(a.action_id),
      },
      link(recAnchor(council, String(a.recommendation_id)), a.recommendation_id as string),
      a.action_text as string,
      a.lead as string,
      a.due_raw as string,
      a.due_end as string,
      a.status as string,
      a.rag as string,
      a.slipped === null ? "not known" : a.slipped ? "yes" : "no",
      a.slip_days === null ? "" : `${a.slip_days}${a.slip_days_is_lower_bound ? "+" : ""}`,
      (a.themes as string).replaceAll(";", ", "),
      `${a.source_file}:${a.source_lines}`,
    ]);
  return ctx.full
    ? table(ACTION_HEADINGS, rows, "slip days ending in + are lower bounds (still open at the plan's date)")
    : `<p>${rows.length} actions: see actions.csv (the report embeds every action only up to ${FULL_REPORT_LIMIT.toLocaleString("en-GB")} actions in all).</p>`;
}
