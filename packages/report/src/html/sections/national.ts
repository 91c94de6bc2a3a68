import { SMALL_BASE, type CommonWeakness, type Grade, type InspectionReport } from "@ofsted-action-plans/core";
import { anchor, escapeHtml } from "../escape.js";
import { link, table, type Cell } from "../elements.js";
import type { ReportContext } from "../report-context.js";

const GRADES: readonly [Grade, string][] = [
  ["outstanding", "outstanding"],
  ["good", "good"],
  ["requires_improvement", "requires improvement"],
  ["inadequate", "inadequate"],
];

/**
 * The national picture, from Ofsted's own reports: the weaknesses the findings of many councils
 * share, each with its share of the reports read and its share among councils given each overall
 * grade (the counts beside every share; a base under five councils is marked, never ranked on); and,
 * on opening, every finding behind it with its page and line and the words that placed it, and the
 * findings that only mention it. Then, for each council whose plan is loaded, its own findings beside
 * how many councils share each.
 *
 * @returns the section's HTML ("" when no reports were read).
 */
export function nationalSection(ctx: ReportContext): string {
  const national = ctx.analysis.national;
  if (!national) return "";
  const { reports, weaknesses } = national;
  const byGrade = new Map<Grade, Set<string>>();
  for (const r of reports) {
    const grade = r.judgements.overall?.grade;
    if (!grade) continue;
    let set = byGrade.get(grade);
    if (!set) byGrade.set(grade, (set = new Set()));
    set.add(r.council);
  }
  const share = (w: CommonWeakness, grade: Grade): Cell => {
    const base = byGrade.get(grade) ?? new Set();
    if (base.size === 0) return "";
    const n = w.councils.filter((c) => base.has(c)).length;
    const text = `${n} of ${base.size}${base.size < SMALL_BASE ? " (small base)" : ` (${Math.round((100 * n) / base.size)}%)`}`;
    return { html: escapeHtml(text), sort: base.size < SMALL_BASE ? -1 : n / base.size };
  };
  const rows = weaknesses.map((w): Cell[] => [
    link(anchor("national", w.id), `${w.id} ${w.label}`, w.id),
    {
      html: `${w.councils.length} of ${reports.length} (${Math.round((100 * w.councils.length) / reports.length)}%)`,
      sort: w.councils.length,
    },
    ...GRADES.map(([g]) => share(w, g)),
  ]);
  const findings = reports.reduce((n, r) => n + r.findings.length, 0);
  const placed = new Set(
    weaknesses.flatMap((w) => [...w.members, ...w.alsoMentioned].map((m) => `${m.finding.planId}/${m.finding.id}`)),
  );
  const names = new Map(reports.map((r) => [r.council, r.councilName]));
  const blocks = weaknesses.map((w) => {
    const item = (m: CommonWeakness["members"][number]) => {
      const at = m.finding.at;
      return `<li><strong>${escapeHtml(names.get(m.finding.council) ?? m.finding.council)}</strong> ${escapeHtml(m.finding.text)} <em>(${escapeHtml(m.finding.source.file)}, page ${at?.from.page ?? "?"}, line ${at?.from.line ?? "?"}; evidence: ${m.evidence.map((e) => `"${escapeHtml(e.text)}"`).join(", ")})</em></li>`;
    };
    return `<div class="weakness" id="${anchor("national", w.id)}"><h3>${escapeHtml(w.id)} ${escapeHtml(w.label)}</h3>
<p>The main subject of findings of ${w.councils.length} councils · theme ${escapeHtml(w.theme)}</p>
<details><summary>The ${w.members.length} findings, their pages and the words that placed them here</summary><ul class="drill">${w.members.map(item).join("")}</ul></details>
${w.alsoMentioned.length ? `<details><summary>${w.alsoMentioned.length} findings that also mention it (counted under their main subject)</summary><ul class="drill">${w.alsoMentioned.map(item).join("")}</ul></details>` : ""}</div>`;
  });
  return `<section id="national"><h2>The national picture: Ofsted's own reports</h2>
<p>${reports.length} councils' most recent inspection reports (${escapeHtml(period(reports))}), ${findings} findings ("What needs to improve?"), ${placed.size} of them (${findings ? Math.round((100 * placed.size) / findings) : 0}%) in a weakness at least two councils share. Each weakness is counted where it is a finding's main subject; shares by grade are of the councils given that overall grade (reports after the April 2026 reform grade no overall effectiveness).</p>
${table(["weakness", "councils", ...GRADES.map(([, label]) => `overall ${label}`)], rows)}
${peers(ctx, weaknesses, reports)}
${blocks.join("\n")}</section>`;
}

/** @returns the first and last inspection dates of the reports. */
function period(reports: readonly InspectionReport[]): string {
  const dates = reports.map((r) => r.inspectionEnd).sort();
  return dates.length ? `inspected ${dates[0]} to ${dates[dates.length - 1]}` : "none";
}

/** @returns each loaded plan's council, when a report of it was read: its findings beside how many councils share each. */
function peers(
  ctx: ReportContext,
  weaknesses: readonly CommonWeakness[],
  reports: readonly InspectionReport[],
): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/&/gu, "and")
      .replace(/[^a-z0-9]+/gu, "-")
      .replace(/^-|-$/gu, "");
  const parts = ctx.analysis.plans.flatMap((plan) => {
    const report = reports.find((r) => r.council === plan.council || slug(r.councilName) === slug(plan.councilName));
    if (!report) return [];
    const rows = report.findings.map((f): Cell[] => {
      const shared = weaknesses.filter((w) =>
        w.members.some((m) => m.finding.planId === report.id && m.finding.id === f.id),
      );
      return [
        f.text,
        shared.length
          ? {
              html: shared
                .map(
                  (w) =>
                    `<a href="#${anchor("national", w.id)}">${escapeHtml(w.id)}</a> (${w.councils.length} councils)`,
                )
                .join(", "),
            }
          : "its own",
        `page ${f.from.page}`,
      ];
    });
    return [
      `<h3>${escapeHtml(plan.councilName)}: its latest report beside its peers'</h3>${table(["finding", "shared with", "where"], rows, `${report.file}, inspected ${report.inspectionDates}`)}`,
    ];
  });
  return parts.join("\n");
}
