import { anchor, escapeHtml } from "../escape.js";
import { actionAnchor, objects, type Row } from "../elements.js";
import type { ReportContext } from "../report-context.js";
import type { CommonWeakness } from "@ofsted-action-plans/core";

/**
 * Common weaknesses, first of the cross-council part: each weakness shared by findings of several
 * councils, with a delivery bar per council (of the actions answering its findings: completed, slipped,
 * not yet judged), the answering actions of each council to drill into, and, on opening, each finding's
 * text, the words that placed it there and its source lines.
 *
 * @returns the section's HTML.
 */
export function weaknessesSection(ctx: ReportContext): string {
  const { analysis } = ctx;
  const delivery = new Map<string, Row>(
    objects(analysis.weaknessDelivery).map((r) => [`${String(r.weakness)}\u0000${String(r.council)}`, r]),
  );
  const blocks = analysis.weaknesses.map((w) => {
    const bars = w.councils
      .map((council) => {
        const name = escapeHtml(ctx.councilName(council));
        const d = delivery.get(`${w.id}\u0000${council}`);
        const total = Number(d?.actions ?? 0) - Number(d?.removed ?? 0);
        const drill = drillDown(ctx, w, council);
        if (!d || total === 0)
          return `<tr><td>${name}</td><td colspan="2">no actions answer its findings${drill}</td></tr>`;
        const completed = Number(d.completed);
        const [stated, rated, slipped] = [d.completed_stated, d.completed_rating_only, d.slipped].map(Number) as [
          number,
          number,
          number,
        ];
        // Every bar and every figure beside it is out of the same denominator: the actions answering.
        const bar = (n: number, kind: string, title: string) =>
          n > 0
            ? `<span class="bar ${kind}" style="width:${Math.round((120 * n) / total)}px" title="${title}"></span>`
            : "";
        const judged =
          d.slippage === "reported"
            ? `${slipped} slipped (${d.assessable} could be judged${d.small_base ? ": a small base, read the counts" : ""})`
            : String(d.slippage);
        return `<tr><td>${name}</td><td>${bar(stated, "stated", "completed, stated in the progress words")}${bar(rated, "rated", "completed by a rating only")}<br>${bar(slipped, "slipped", "slipped")}</td><td>of ${total} actions: ${completed} completed (${stated} stated in words, ${rated} by a rating only); ${escapeHtml(judged)}${drill}</td></tr>`;
      })
      .join("");
    const members = w.members
      .map(({ finding: f, evidence }) => {
        return `<li><strong>${escapeHtml(ctx.councilName(f.council))} ${escapeHtml(f.id)}</strong> ${escapeHtml(f.text)} <em>(evidence: ${evidence.map((e) => `"${escapeHtml(e.text)}"`).join(", ")}; ${escapeHtml(f.source.file)}:${escapeHtml(f.source.lines.join(","))})</em></li>`;
      })
      .join("");
    return `<div class="weakness" id="${anchor("weakness", w.id)}"><h3>${escapeHtml(w.id)} ${escapeHtml(w.label)}</h3>
<p>${w.councils.length} councils: ${escapeHtml(w.councils.map(ctx.councilName).join(", "))} · theme ${escapeHtml(ctx.themeLabel(w.theme))}</p>
<table class="delivery"><tbody>${bars}</tbody></table>
<details><summary>The ${w.members.length} findings and the words that placed them here</summary><ul class="drill">${members}</ul></details>${
      w.alsoMentioned.length
        ? `<p class="also">Also mentioned by ${w.alsoMentioned.map((m) => `${escapeHtml(ctx.councilName(m.finding.council))} ${escapeHtml(m.finding.id)}`).join(", ")} (counted under their main subject).</p>`
        : ""
    }</div>`;
  });
  return `<section id="weaknesses"><h2>Common weaknesses</h2>
<p>The same inspection finding in several councils: findings (recommendations; in Herefordshire, actions citing the Ofsted report) coded with finding codes, grouped by code across councils. A finding counts where it is its main subject (the code it names first; one per ask where it lists several); the codes it also mentions are listed apart. The bars show, for the actions that answer each council's findings, how many were completed — dark green where the progress words report the deliverable done, light green where only a RAG colour, rating or key says so — and how many slipped (red), all out of the same number of actions, written beside them; fewer than five actions that could be judged is a small base, to be read as counts. Open "the actions" under a council to see each one counted: its status and the words that decided it, its due date and slippage, and its source lines; rows that only point to other actions ("See 12b") are listed as linked and not counted.</p>
${blocks.join("\n") || "<p>No finding code is shared by two councils.</p>"}</section>`;
}

/**
 * The actions a council counts towards a weakness, each with what decided its status and where it is
 * printed, then the actions its findings only link to (listed, not counted). Past the full-report limit
 * the ids alone, as in `weakness-delivery.csv`.
 */
function drillDown(ctx: ReportContext, w: CommonWeakness, council: string): string {
  const findings = w.members.map((m) => m.finding).filter((f) => f.council === council);
  const counted = unique(findings.flatMap((f) => f.actions.map((a) => a.id)));
  const linked = unique(findings.flatMap((f) => f.linked.map((a) => a.id))).filter((id) => !counted.includes(id));
  if (counted.length + linked.length === 0) return "";
  const item = (id: string, note: string) => {
    const a = ctx.action(council, id);
    const idHtml = ctx.full ? `<a href="#${actionAnchor(council, id)}">${escapeHtml(id)}</a>` : escapeHtml(id);
    if (!a || !ctx.full) return `<li>${idHtml}${note}</li>`;
    const status = `${String(a.status)}${a.completion_basis ? ` (${String(a.completion_basis)})` : ""}`;
    const evidence = a.status_evidence ? ` from "${escapeHtml(a.status_evidence)}"` : "";
    const due = a.due_raw ? `; due ${escapeHtml(a.due_raw)}` : "";
    const slip = a.slipped === true ? `; slipped (${escapeHtml(a.slip_reasons)})` : "";
    return `<li>${idHtml}${note} ${escapeHtml(a.action_text)} <em>(${escapeHtml(status)}${evidence}${due}${slip}; ${escapeHtml(a.source_file)}:${escapeHtml(a.source_lines)})</em></li>`;
  };
  const items = [
    ...counted.map((id) => item(id, "")),
    ...linked.map((id) => item(id, " <strong>linked, not counted</strong>")),
  ];
  return `<details><summary>the actions (${counted.length} counted${linked.length ? `, ${linked.length} linked` : ""})</summary><ul class="drill">${items.join("")}</ul></details>`;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
