import { defaultCodebook, slippagePhrase } from "@ofsted-action-plans/core";
import { lineTotals } from "@ofsted-action-plans/loaders";
import type { Analysis, ReportChart } from "../analysis.js";
import { anchor, escapeHtml, scriptJson } from "./escape.js";
import { PAGE_SCRIPT } from "./page-script.js";

/** A table cell: plain text (escaped when written), a number, empty, or trusted HTML with a sort key. */
type Cell = string | number | null | undefined | { html: string; sort?: string | number };

function td(cell: Cell): string {
  if (cell !== null && typeof cell === "object") {
    return `<td${cell.sort === undefined ? "" : ` data-sort="${escapeHtml(cell.sort)}"`}>${cell.html}</td>`;
  }
  return `<td>${escapeHtml(cell ?? "")}</td>`;
}

function table(columns: readonly string[], rows: readonly Cell[][], caption?: string): string {
  return `<div class="scroll"><table class="sortable">${caption ? `<caption>${escapeHtml(caption)}</caption>` : ""}<thead><tr>${columns
    .map((c) => `<th scope="col">${escapeHtml(c)}</th>`)
    .join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(td).join("")}</tr>`).join("")}</tbody></table></div>`;
}

const link = (href: string, text: Cell, sort?: string | number): Cell => ({ html: `<a href="#${href}">${escapeHtml(text)}</a>`, sort: sort ?? (typeof text === "number" ? text : undefined) });
const pct = (x: unknown) => (typeof x === "number" ? `${(100 * x).toFixed(1)}%` : "");
const actionAnchor = (council: string, id: string) => anchor("action", council, id);
const recAnchor = (council: string, id: string) => anchor("rec", council, id);

type Row = Record<string, unknown>;
const objects = (t: { objects(): object[] }) => t.objects() as Row[];

function chartBlock(chart: ReportChart): string {
  return `<figure class="chart"><div data-chart="${escapeHtml(chart.id)}" id="chart-${escapeHtml(chart.id)}"></div><script type="application/json" id="spec-${escapeHtml(chart.id)}">${scriptJson(chart.spec)}</script></figure>`;
}

function actionList(council: string, rows: readonly Row[]): string {
  return `<ul class="drill">${rows
    .map((a) => `<li><a href="#${actionAnchor(council, String(a.action_id))}">${escapeHtml(a.action_id)}</a> ${escapeHtml(a.action_text)}</li>`)
    .join("")}</ul>`;
}

/**
 * Renders the cross-council report as one self-contained HTML page: the vega, vega-lite and
 * vega-embed scripts and all data are inlined (it opens offline), tables sort by clicking a heading,
 * every count links to the actions behind it, and all document text is HTML-escaped.
 *
 * @returns the page's HTML.
 */
export function renderReport(analysis: Analysis, charts: readonly ReportChart[], vegaScripts: readonly string[]): string {
  const actions = objects(analysis.actions);
  const byCouncil = (council: string) => actions.filter((a) => a.council === council);
  const chart = (id: string) => charts.find((c) => c.id === id);
  const chartHtml = (id: string) => {
    const c = chart(id);
    return c ? chartBlock(c) : "";
  };
  const themeIds = defaultCodebook.themes.map((t) => t.id);
  const councils = analysis.plans.map((p) => p.council);

  const overview = table(
    ["council", "plan", "document date", "asOf", "layout", "recommendations", "actions", "lines", "used", "ignored", "warnings"],
    analysis.corpus.results.map((r) => {
      const p = r.plan;
      const totals = lineTotals(r);
      return [
        link(anchor("council", p.council), p.councilName),
        p.title,
        p.documentDate ?? "undated",
        { html: `<span title="${escapeHtml(p.asOfEvidence)}">${escapeHtml(p.asOf)}</span>`, sort: p.asOf },
        p.format,
        p.recommendations.length,
        link(anchor("actions", p.council), byCouncil(p.council).length),
        totals.lines,
        totals.used,
        totals.ignored,
        r.diagnostics.filter((d) => d.severity === "warning").length,
      ];
    }),
  );

  const matrix = objects(analysis.themeMatrix);
  const cell = (council: string, theme: string) => matrix.find((m) => m.council === council && m.theme === theme);
  const matrixTable = table(
    ["council", ...themeIds],
    councils.map((council) => [
      council,
      ...themeIds.map((theme): Cell => {
        const m = cell(council, theme);
        const count = Number(m?.count ?? 0);
        return count === 0 ? { html: "0", sort: 0 } : { html: `<a href="#${anchor("drill", council, theme)}" title="${pct(m?.share)} of actions">${count}</a>`, sort: count };
      }),
    ]),
    "Actions per council carrying each theme; click a count for the actions.",
  );
  const drill = councils
    .flatMap((council) =>
      themeIds.map((theme) => {
        const ids = (cell(council, theme)?.ids as string[] | undefined) ?? [];
        if (ids.length === 0) return "";
        const rows = byCouncil(council).filter((a) => ids.includes(String(a.action_id)));
        return `<details id="${anchor("drill", council, theme)}"><summary>${escapeHtml(council)} · ${escapeHtml(theme)} (${ids.length})</summary>${actionList(council, rows)}</details>`;
      }),
    )
    .join("");

  const weaknesses = table(
    ["theme", "councils", "which", "recommendations", "actions"],
    objects(analysis.commonWeaknesses).map((w) => [w.theme as string, w.councils as number, w.council_list as string, w.recommendations as number, w.actions as number]),
  );
  const similar = table(
    ["similarity", "recommendation", "similar recommendation", "shared terms"],
    objects(analysis.similarRecommendations).map((s) => [
      s.similarity as number,
      { html: `<a href="#${recAnchor(String(s.council_a), String(s.recommendation_a))}">${escapeHtml(s.council_a)} ${escapeHtml(s.recommendation_a)}</a>: ${escapeHtml(s.text_a)}` },
      { html: `<a href="#${recAnchor(String(s.council_b), String(s.recommendation_b))}">${escapeHtml(s.council_b)} ${escapeHtml(s.recommendation_b)}</a>: ${escapeHtml(s.text_b)}` },
      s.shared_terms as string,
    ]),
  );

  const slippage = table(
    ["council", "actions", "removed", "with due date", "due by plan date", "not yet due", "assessable", "slipped", "slipped share",
      "overdue, open", "deadline moved", "extension agreed", "rated red", "median days late", "p90 days late", "completed"],
    objects(analysis.slippage).map((s) => {
      const council = String(s.council);
      const reported = s.slippage === "reported";
      const late = (v: unknown) => (Number(s.days_late_n) > 0 ? (v as number) : reported ? "no slipped actions" : String(s.slippage));
      return [
        council,
        link(anchor("actions", council), s.actions as number),
        s.removed as number,
        s.with_due as number,
        s.due_by_as_of as number,
        s.not_yet_due as number,
        s.assessable as number,
        reported ? link(anchor("slipped", council), s.slipped as number) : String(s.slippage),
        reported ? { html: escapeHtml(pct(s.slipped_share)), sort: s.slipped_share as number } : slippagePhrase(s),
        s.overdue_open as number,
        s.deadline_moved as number,
        s.extension_agreed as number,
        s.rag_rated ? `${s.rated_red} of ${s.rag_rated} rated` : "no RAG",
        late(s.median_days_late),
        late(s.p90_days_late),
        s.status_known ? `${s.completed} of ${s.status_known} with progress` : "not reported",
      ];
    }),
    "Shares come with their denominators: assessable = actions due by the plan's date whose slippage is known, plus " +
      "those that slipped before their deadline. Reasons may overlap. Days late are over slipped actions only " +
      "(lower bounds for open overdue actions). Removed actions are counted apart and left out of every other figure.",
  );
  const slippedLists = councils
    .map((council) => {
      const rows = byCouncil(council).filter((a) => a.slipped === true && !a.removed);
      return rows.length ? `<details id="${anchor("slipped", council)}"><summary>${escapeHtml(council)}: slipped actions (${rows.length})</summary>${actionList(council, rows)}</details>` : "";
    })
    .join("");
  const ragEvidence = table(
    ["council", "action", "RAG cell", "due (as printed)", "deadline", "days past due", "reading"],
    objects(analysis.ragVsEvidence).map((r) => [
      r.council as string,
      link(actionAnchor(String(r.council), String(r.action_id)), r.action_id as string),
      r.status_raw as string,
      r.due_raw as string,
      r.due_end as string,
      r.days_past_due as number,
      r.reading as string,
    ]),
  );

  const councilSections = analysis.plans
    .map((plan) => {
      const result = analysis.corpus.results.find((r) => r.plan.id === plan.id)!;
      const totals = lineTotals(result);
      const warnings = [...result.diagnostics, ...analysis.assessmentDiagnostics.filter((d) => d.file === plan.source.file)].filter((d) => d.severity === "warning");
      const recs = plan.recommendations
        .map((r) => `<li id="${recAnchor(plan.council, r.id)}"><strong>${escapeHtml(r.id)}</strong> ${escapeHtml(r.text)}${r.timeframe ? ` <em>(${escapeHtml(r.timeframe)})</em>` : ""}</li>`)
        .join("");
      const rows = byCouncil(plan.council).map((a): Cell[] => [
        { html: `<span id="${actionAnchor(plan.council, String(a.action_id))}">${escapeHtml(a.action_id)}</span>`, sort: String(a.action_id) },
        link(recAnchor(plan.council, String(a.recommendation_id)), a.recommendation_id as string),
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
      return `<section id="${anchor("council", plan.council)}"><h2>${escapeHtml(plan.councilName)}</h2>
<p>${escapeHtml(plan.title)}. Document date: ${escapeHtml(plan.documentDate ?? "undated")}. Progress read as of <strong>${escapeHtml(plan.asOf)}</strong>: ${escapeHtml(plan.asOfEvidence)}</p>
<p>${totals.lines} lines read: ${totals.used} used, ${totals.ignored} ignored with a reason; ${warnings.length} warning${warnings.length === 1 ? "" : "s"}${warnings.length ? `: ${warnings.map((w) => `line ${w.line}: ${escapeHtml(w.message)}`).join("; ")}` : ""}.</p>
<h3>Recommendations</h3><ol class="recs">${recs}</ol>
<h3 id="${anchor("actions", plan.council)}">Actions</h3>
${table(["id", "rec", "action", "lead", "due (as printed)", "deadline", "status", "RAG", "slipped", "slip days", "themes", "source"], rows, "slip days ending in + are lower bounds (still open at the plan's date)")}
</section>`;
    })
    .join("\n");

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How councils respond to Ofsted: a cross-council report</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;margin:0 auto;max-width:1200px;padding:0 1.5rem 4rem;color:#222;line-height:1.45}
nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.5rem 0;font-size:.9rem;z-index:1}
nav a{margin-right:1rem}
table{border-collapse:collapse;margin:1rem 0;font-size:.85rem;width:100%}
caption{text-align:left;color:#555;padding:.25rem 0}
th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f5f5f5;cursor:pointer;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2"} th[aria-sort=descending]::after{content:" \\25BC"}
figure.chart{margin:1.5rem 0}
details{margin:.3rem 0} summary{cursor:pointer} details.lists>details{margin-left:1rem}
.scroll{overflow-x:auto}
ul.drill{font-size:.85rem}
:target{background:#fff3b0}
</style></head>
<body>
<header><h1>How councils respond to Ofsted inspections</h1>
<p>${analysis.plans.length} action plans, ${actions.length} actions, read from the councils' own documents. Every figure links to the actions behind it; every action gives its source lines.</p></header>
<nav><a href="#overview">Overview</a><a href="#themes">Themes</a><a href="#slippage">Slippage</a>${analysis.plans
    .map((p) => `<a href="#${anchor("council", p.council)}">${escapeHtml(p.councilName)}</a>`)
    .join("")}</nav>
<section id="overview"><h2>Plans</h2>${overview}</section>
<section id="themes"><h2>Themes across councils</h2>
<p>Each action is coded with the library's codebook; each label has evidence (the words matched). Common weaknesses are themes found in at least three councils.</p>
${chartHtml("themes-heatmap")}${matrixTable}<details class="lists"><summary>Actions behind each count</summary>${drill}</details>
<h3>Common weaknesses</h3>${weaknesses}
<h3>Similar recommendations across councils</h3><p>TF-IDF cosine similarity of the recommendations' content words.</p>${similar}</section>
<section id="slippage"><h2>Slippage</h2>
<p>Each plan is read as of its own date. An action slipped when its revised deadline is later, an extension was agreed, its RAG is red, or it was still open after its deadline. Unknown is not zero.</p>
${chartHtml("slippage-by-council")}${chartHtml("slip-reasons")}${slippage}<details class="lists"><summary>Slipped actions by council</summary>${slippedLists}</details>
${chartHtml("slip-days")}${chartHtml("status-by-council")}${chartHtml("rag-by-council")}${chartHtml("due-timeline")}
<h3>RAG vs evidence</h3><p>Actions the council rated amber or green after their deadline had passed.</p>${chartHtml("rag-vs-evidence")}${ragEvidence}</section>
${councilSections}
<pre id="page-errors" hidden>[]</pre><pre id="chart-status" hidden></pre>
${vegaScripts.map((s) => `<script>${s.replaceAll("</script", "<\\/script")}</script>`).join("\n")}
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}
