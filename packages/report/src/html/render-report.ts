import type { AnalysisChart } from "@ofsted-action-plans/core";
import type { Analysis } from "../analysis.js";
import { anchor, escapeHtml } from "./escape.js";
import { PAGE_SCRIPT } from "./page-script.js";
import { reportContext } from "./report-context.js";
import { REPORT_CSS } from "./report-style.js";
import { councilSections } from "./sections/councils.js";
import { nationalSection } from "./sections/national.js";
import { overviewSection } from "./sections/overview.js";
import { slippageSection } from "./sections/slippage.js";
import { themesSection } from "./sections/themes.js";
import { weaknessesSection } from "./sections/weaknesses.js";

/**
 * Renders the cross-council report as one self-contained HTML page: the vega, vega-lite and
 * vega-embed scripts and all data are inlined (it opens offline), tables sort by clicking a heading,
 * every count links to the actions behind it, and all document text is HTML-escaped. Documents that
 * failed or carry warnings are listed first. Past 20,000 actions the page keeps the summaries and
 * points to the CSVs for the rows.
 *
 * @returns the page's HTML.
 * @example
 * const html = renderReport(analyseCorpus(loadAll()), [], []); // a page without charts (writeOutputs adds them)
 * writeFileSync("report.html", html);
 */
export function renderReport(
  analysis: Analysis,
  charts: readonly AnalysisChart[],
  vegaScripts: readonly string[],
): string {
  const ctx = reportContext(analysis, charts);
  const nav = analysis.corpus.results
    .map((r) => `<a href="#${anchor("council", r.plan.council)}">${escapeHtml(r.plan.councilName)}</a>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How councils respond to Ofsted: a cross-council report</title>
<style>${REPORT_CSS}</style></head>
<body>
<header><h1>How councils respond to Ofsted inspections</h1>
<p>${analysis.plans.length} action plans, ${ctx.actions.length} actions, read from the councils' own documents. Every figure links to the actions behind it; every action gives its source lines.</p></header>
<nav><a href="#overview">Overview</a><a href="#weaknesses">Common weaknesses</a>${analysis.national ? '<a href="#national">National picture</a>' : ""}<a href="#themes">Themes</a><a href="#slippage">Slippage</a>${nav}</nav>
${overviewSection(ctx)}
${weaknessesSection(ctx)}
${nationalSection(ctx)}
${themesSection(ctx)}
${slippageSection(ctx)}
${councilSections(ctx)}
<pre id="page-errors" hidden>[]</pre><pre id="chart-status" hidden></pre>
${vegaScripts.map((s) => `<script>${s.replaceAll("</script", "<\\/script")}</script>`).join("\n")}
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}
