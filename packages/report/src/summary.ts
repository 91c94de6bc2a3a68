import type { Diagnostic } from "@ofsted-action-plans/core";
import { lineTotals, tableFileKind, type Corpus, type ReportCorpus } from "@ofsted-action-plans/loaders";
import { INSPECT_HINT } from "./inspect.js";

/**
 * A per-council summary for the terminal: recommendations, actions, lines used and ignored, warnings;
 * then one line per document that failed to load, and one per document that loaded with warnings;
 * what Ofsted's reports gave, when they were read; and the codings left out or read in place.
 *
 * @returns the summary text.
 * @example
 * console.log(corpusSummary(loadAll()));
 */
export function corpusSummary(
  corpus: Corpus,
  reports: ReportCorpus | null = null,
  codingDiagnostics: readonly Diagnostic[] = corpus.codingDiagnostics,
): string {
  const header = ["council", "recs", "actions", "lines", "used", "ignored", "warnings"];
  const rows = corpus.results.map((r) => {
    const { lines, used, ignored } = lineTotals(r);
    return [
      r.plan.council,
      r.plan.recommendations.length,
      r.plan.recommendations.reduce((n, rec) => n + rec.actions.length, 0),
      lines,
      used,
      ignored,
      r.diagnostics.filter((d) => d.severity === "warning").length,
    ];
  });
  const total = ["total", ...header.slice(1).map((_, k) => rows.reduce((n, row) => n + Number(row[k + 1]), 0))];
  const table = [header, ...rows, total].map((row) => row.map(String));
  const widths = header.map((_, k) => Math.max(...table.map((row) => row[k]?.length ?? 0)));
  const lines = table.map((row) =>
    row.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!))).join("  "),
  );
  for (const e of corpus.errors) {
    lines.push(`failed: ${e.message}`);
    const entry = corpus.manifest.plans.find((p) => p.file === e.file);
    if (entry && (entry.format === "table" || tableFileKind(entry.file) !== "text"))
      lines.push(`  hint: ${INSPECT_HINT.replaceAll("FILE", entry.file)}`);
  }
  for (const r of corpus.results) {
    const warnings = r.diagnostics.filter((d) => d.severity === "warning");
    if (warnings.length === 0) continue;
    const first = warnings[0]!;
    lines.push(
      `check: ${r.plan.source.file}: ${warnings.length} warning${warnings.length === 1 ? "" : "s"}, first at line ${first.line ?? "?"}: ${first.message}`,
    );
  }
  const codings = codingDiagnostics.filter((d) => d.severity === "warning");
  if (codings.length > 0)
    lines.push(
      `check: codings.csv: ${codings.length} decision${codings.length === 1 ? "" : "s"} left out or read in place (see diagnostics.json), first${codings[0]!.line ? ` at line ${codings[0]!.line}` : ""}: ${codings[0]!.message}`,
    );
  if (reports) {
    const findings = reports.reports.reduce((n, r) => n + r.findings.length, 0);
    lines.push(
      `Ofsted's reports: ${reports.reports.length} read from ${reports.dir}, ${findings} findings${reports.errors.length ? `; ${reports.errors.length} could not be read` : ""}`,
    );
    for (const e of reports.errors) lines.push(`failed: ${e.message}`);
  }
  return lines.join("\n");
}
