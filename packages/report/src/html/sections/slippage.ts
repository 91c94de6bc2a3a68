import { slippagePhrase } from "@ofsted-action-plans/core";
import { anchor, escapeHtml } from "../escape.js";
import { actionAnchor, actionList, type Cell, link, objects, pct, type Row, table } from "../elements.js";
import type { ReportContext } from "../report-context.js";

/**
 * Slippage: the slipped share per council with its denominators and reasons, days late of slipped
 * actions, "none due yet" and "not reported" where they apply, the slipped actions, and Herefordshire's
 * RAG against its dates.
 *
 * @returns the section's HTML.
 */
export function slippageSection(ctx: ReportContext): string {
  const lists = slippedLists(ctx);
  return `<section id="slippage"><h2>Slippage</h2>
<p>Each plan is read as of its own date. An action slipped when its revised deadline is later, an extension was agreed, its RAG is red, or it was still open after its deadline. Unknown is not zero: a council with no dates reads "not reported", one whose deadlines all fall after its date "none due yet".</p>
${ctx.chart("slippage-by-council")}${ctx.chart("slip-reasons")}${summaryTable(ctx)}${lists ? `<details class="lists"><summary>Slipped actions by council</summary>${lists}</details>` : ""}
${ctx.chart("slip-days")}${ctx.chart("status-by-council")}${ctx.chart("rag-by-council")}${ctx.chart("due-timeline")}
<h3>RAG vs evidence</h3><p>Actions the council rated amber or green after their deadline had passed.</p>${ctx.chart("rag-vs-evidence")}${ragEvidenceTable(ctx)}</section>`;
}

const SUMMARY_HEADINGS = [
  "council",
  "actions",
  "removed",
  "with due date",
  "due by plan date",
  "not yet due",
  "assessable",
  "slipped",
  "slipped share",
  "overdue, open",
  "deadline moved",
  "extension agreed",
  "rated red",
  "median days late",
  "p90 days late",
  "completed",
];

/** The slippage summary: one row per council, shares with their denominators. */
function summaryTable(ctx: ReportContext): string {
  return table(
    SUMMARY_HEADINGS,
    objects(ctx.analysis.slippage).map((s) => summaryRow(ctx, s)),
    "Shares come with their denominators: assessable = actions due by the plan's date whose slippage is known, plus " +
      "those that slipped before their deadline. Reasons may overlap. Days late are over slipped actions only " +
      "(lower bounds for open overdue actions). Removed actions are counted apart and left out of every other figure. " +
      "A share over fewer than five assessable actions is a small base: its counts are shown instead, and it sorts last. " +
      "A completion is stated when the progress words report the action's deliverable done, by a rating only when just a colour, rating or key says so.",
  );
}

/** A council's row of the summary: "not reported" or "none due yet" in place of figures it has no base for. */
function summaryRow(ctx: ReportContext, s: Row): Cell[] {
  const council = String(s.council);
  const reported = s.slippage === "reported";
  const late = (v: unknown) =>
    Number(s.days_late_n) > 0 ? (v as number) : reported ? "no slipped actions" : String(s.slippage);
  const slipped = !reported
    ? String(s.slippage)
    : ctx.full
      ? link(anchor("slipped", council), s.slipped as number)
      : (s.slipped as number);
  const share = !reported
    ? slippagePhrase(s)
    : s.small_base
      ? { html: escapeHtml(`${s.slipped} of ${s.assessable} (small base)`), sort: -1 }
      : { html: escapeHtml(pct(s.slipped_share)), sort: s.slipped_share as number };
  const contradictions =
    Number(s.rating_contradicts_words) > 0 ? `; ${s.rating_contradicts_words} ratings contradict their words` : "";
  return [
    ctx.councilName(council),
    ctx.full ? link(anchor("actions", council), s.actions as number) : (s.actions as number),
    s.removed as number,
    s.with_due as number,
    s.due_by_as_of as number,
    s.not_yet_due as number,
    s.assessable as number,
    slipped,
    share,
    s.overdue_open as number,
    s.deadline_moved as number,
    s.extension_agreed as number,
    s.rag_rated ? `${s.rated_red} of ${s.rag_rated} rated` : "no RAG",
    late(s.median_days_late),
    late(s.p90_days_late),
    s.status_known
      ? `${s.completed} of ${s.status_known} with progress (${s.completed_stated} stated in words, ${s.completed_rating_only} by a rating only${contradictions})`
      : "not reported",
  ];
}

/** Each council's slipped actions, folded (full report only). */
function slippedLists(ctx: ReportContext): string {
  if (!ctx.full) return "";
  return [...ctx.byCouncil]
    .map(([council, rows]) => {
      const slipped = rows.filter((a) => a.slipped === true && !a.removed);
      if (slipped.length === 0) return "";
      return `<details id="${anchor("slipped", council)}"><summary>${escapeHtml(ctx.councilName(council))}: slipped actions (${slipped.length})</summary>${actionList(council, slipped)}</details>`;
    })
    .join("");
}

/** Actions rated amber or green after their deadline had passed. */
function ragEvidenceTable(ctx: ReportContext): string {
  return table(
    ["council", "action", "RAG cell", "due (as printed)", "deadline", "days past due", "reading"],
    objects(ctx.analysis.ragVsEvidence).map((r) => [
      ctx.councilName(String(r.council)),
      ctx.full
        ? link(actionAnchor(String(r.council), String(r.action_id)), r.action_id as string)
        : (r.action_id as string),
      r.status_raw as string,
      r.due_raw as string,
      r.due_end as string,
      r.days_past_due as number,
      r.reading as string,
    ]),
  );
}
