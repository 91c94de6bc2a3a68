import { lineTotals } from "@ofsted-action-plans/loaders";
import { anchor, escapeHtml } from "../escape.js";
import { link, table } from "../elements.js";
import { documentDiagnostics } from "../../analysis.js";
import type { ReportContext } from "../report-context.js";

/**
 * The overview: first the documents that failed to load or carry warnings (so no reader misses them),
 * then one row per plan with its dates, layout, counts and line accounting.
 *
 * @returns the section's HTML.
 */
export function overviewSection(ctx: ReportContext): string {
  const { analysis } = ctx;
  const rows = analysis.corpus.results.map((r) => {
    const p = r.plan;
    const totals = lineTotals(r);
    return [
      link(anchor("council", p.council), p.councilName),
      p.title,
      p.documentDate ?? "undated",
      { html: `<span title="${escapeHtml(p.asOfEvidence)}">${escapeHtml(p.asOf)}</span>`, sort: p.asOf },
      p.format,
      p.recommendations.length,
      link(anchor("actions", p.council), ctx.byCouncil.get(p.council)?.length ?? 0),
      totals.lines,
      totals.used,
      totals.ignored,
      r.diagnostics.filter((d) => d.severity === "warning").length,
    ];
  });
  const changed = analysis.codings.filter((c) => c.changed);
  const coders = [...new Set(changed.map((c) => c.coder))];
  const codings = analysis.codings.length
    ? `<p class="codings">${changed.length} code${changed.length === 1 ? " was" : "s were"} changed by hand (${changed.filter((c) => c.decision === "add").length} added, ${changed.filter((c) => c.decision === "remove").length} removed) by ${escapeHtml(coders.join(", ") || "no one")}, from ${escapeHtml("codings.csv")}; every table below includes them.</p>`
    : "";
  return `<section id="overview"><h2>Plans</h2>${problemsList(ctx)}${codings}${table(COLUMNS, rows)}</section>`;
}

const COLUMNS = [
  "council",
  "plan",
  "document date",
  "asOf",
  "layout",
  "recommendations",
  "actions",
  "lines",
  "used",
  "ignored",
  "warnings",
];

/** The documents to check: those that failed to load, those with warnings, and coding decisions left out. */
function problemsList(ctx: ReportContext): string {
  const { analysis } = ctx;
  const failed = analysis.corpus.errors.map((e) => `<li><strong>failed</strong>: ${escapeHtml(e.message)}</li>`);
  const warned = analysis.corpus.results.flatMap((r) => {
    const warnings = documentDiagnostics(analysis, r).filter((d) => d.severity === "warning");
    if (warnings.length === 0) return [];
    const first = warnings
      .slice(0, 5)
      .map((w) => `line ${w.line ?? "?"}: ${escapeHtml(w.message)}`)
      .join("; ");
    const more = warnings.length > 5 ? `; and ${warnings.length - 5} more (see diagnostics.json)` : "";
    return [
      `<li><a href="#${anchor("council", r.plan.council)}">${escapeHtml(r.plan.councilName)}</a> (${escapeHtml(r.plan.source.file)}): ${warnings.length} warning${warnings.length === 1 ? "" : "s"}: ${first}${more}</li>`,
    ];
  });
  const codingWarnings = analysis.codingDiagnostics.filter((d) => d.severity === "warning");
  const codingProblems = codingWarnings.length
    ? [
        `<li>codings.csv: ${codingWarnings.length} decision${codingWarnings.length === 1 ? "" : "s"} left out or read in place: ${codingWarnings
          .slice(0, 5)
          .map((w) => `${w.line ? `line ${w.line}: ` : ""}${escapeHtml(w.message)}`)
          .join(
            "; ",
          )}${codingWarnings.length > 5 ? `; and ${codingWarnings.length - 5} more (see diagnostics.json)` : ""}</li>`,
      ]
    : [];
  const problems = [...failed, ...warned, ...codingProblems];
  return problems.length > 0
    ? `<div class="problems" id="problems"><h3>Documents to check</h3><ul>${problems.join("")}</ul></div>`
    : "";
}
