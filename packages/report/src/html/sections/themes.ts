import { defaultCodebook } from "@ofsted-action-plans/core";
import { anchor, escapeHtml } from "../escape.js";
import { actionList, objects, pct, recAnchor, table, type Cell, type Row } from "../elements.js";
import type { ReportContext } from "../report-context.js";

/**
 * Themes across councils: the heatmap, the council × theme matrix (each count links to its actions),
 * themes found in several councils, and similar recommendations.
 *
 * @returns the section's HTML.
 */
export function themesSection(ctx: ReportContext): string {
  const { analysis } = ctx;
  const themeIds = analysis.themes.codebook.themes.map((t) => t.id);
  const councils = [...new Set(analysis.plans.map((p) => p.council))];
  const cells = new Map<string, Row>(
    objects(analysis.themeMatrix).map((m) => [`${String(m.council)}\u0000${String(m.theme)}`, m]),
  );
  const cell = (council: string, theme: string) => cells.get(`${council}\u0000${theme}`);
  const matrix = table(
    ["council", ...themeIds.map(ctx.themeLabel)],
    councils.map((council) => [
      ctx.councilName(council),
      ...themeIds.map((theme): Cell => {
        const m = cell(council, theme);
        const count = Number(m?.count ?? 0);
        if (count === 0) return { html: "0", sort: 0 };
        if (!ctx.full) return { html: String(count), sort: count };
        return {
          html: `<a href="#${anchor("drill", council, theme)}" title="${pct(m?.share)} of actions">${count}</a>`,
          sort: count,
        };
      }),
    ]),
    ctx.full
      ? "Actions per council carrying each theme; click a count for the actions."
      : "Actions per council carrying each theme; the actions are in actions.csv.",
  );
  const drill = !ctx.full
    ? ""
    : councils
        .flatMap((council) =>
          themeIds.map((theme) => {
            const ids = (cell(council, theme)?.ids as string[] | undefined) ?? [];
            if (ids.length === 0) return "";
            const rows = ids.map((id) => ctx.action(council, id)).filter((a): a is Row => a !== undefined);
            return `<details id="${anchor("drill", council, theme)}"><summary>${escapeHtml(ctx.councilName(council))} · ${escapeHtml(ctx.themeLabel(theme))} (${ids.length})</summary>${actionList(council, rows)}</details>`;
          }),
        )
        .join("");
  return `<section id="themes"><h2>Themes across councils</h2>
<p>Each action is coded with the library's codebook (${defaultCodebook.themes.length} themes); each label has evidence (the words matched).</p>
${ctx.chart("themes-heatmap")}${matrix}${drill ? `<details class="lists"><summary>Actions behind each count</summary>${drill}</details>` : ""}
<h3>Themes in several councils</h3>${recurringTable(ctx)}
<h3>Similar recommendations across councils</h3><p>TF-IDF cosine similarity of the recommendations' content words.</p>${similarTable(ctx)}</section>`;
}

/** Themes found in several councils, with the councils and counts. */
function recurringTable(ctx: ReportContext): string {
  return table(
    ["theme", "councils", "which", "recommendations", "actions"],
    objects(ctx.analysis.commonThemes).map((w) => [
      ctx.themeLabel(String(w.theme)),
      w.councils as number,
      String(w.council_list).split(";").map(ctx.councilName).join(", "),
      w.recommendations as number,
      w.actions as number,
    ]),
  );
}

/** Pairs of similar recommendations across councils, each linked to its place in the report. */
function similarTable(ctx: ReportContext): string {
  const recLink = (council: unknown, id: unknown, text: unknown): Cell => ({
    html: `<a href="#${recAnchor(String(council), String(id))}">${escapeHtml(ctx.councilName(String(council)))} ${escapeHtml(id)}</a>: ${escapeHtml(text)}`,
  });
  return table(
    ["similarity", "recommendation", "similar recommendation", "shared terms"],
    objects(ctx.analysis.similarRecommendations).map((s) => [
      s.similarity as number,
      recLink(s.council_a, s.recommendation_a, s.text_a),
      recLink(s.council_b, s.recommendation_b, s.text_b),
      s.shared_terms as string,
    ]),
  );
}
