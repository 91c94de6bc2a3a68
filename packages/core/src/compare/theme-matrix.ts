import { escape, from, type ColumnTable } from "arquero";
import { expectPlanThemes, type PlanThemes } from "../themes/classify-plans.js";
import { SMALL_BASE } from "../slippage/slippage-summary.js";
import { rowsTable } from "../analysis-tables/rows-table.js";

/** Which units to count: actions (default) or recommendations. */
export type UnitKind = "action" | "recommendation";

/**
 * The council × theme matrix (like NVivo's matrix coding query): for every council and theme, how
 * many of the council's units carry the theme, their share of the council's units, and the ids of
 * those units (`ids`) so a cell can be drilled into. Councils and themes with no units still appear,
 * with 0. `small_base` marks a council with fewer than `SMALL_BASE` units: read its shares as counts.
 * Which themes a council has at all, over recommendations and actions, is `commonThemes`'s answer.
 *
 * @returns one row per council and theme: `council, theme, count, units, share, small_base, ids`.
 * @example
 * themeMatrix(classifyPlans(plans)).print(); // council × theme: count, share, ids
 */
export function themeMatrix(themes: PlanThemes, unit: UnitKind = "action"): ColumnTable {
  expectPlanThemes(themes, "themes");
  const units = unit === "action" ? themes.actions : themes.recommendations;
  const councils = [...new Set(units.map((u) => u.council))];
  return from(
    councils.flatMap((council) => {
      const own = units.filter((u) => u.council === council);
      return themes.codebook.themes.map((t) => {
        const ids = own
          .filter((u) => u.classification.themes.includes(t.id))
          .map((u) => ("actionId" in u ? u.actionId : u.recommendationId));
        return {
          council,
          theme: t.id,
          count: ids.length,
          units: own.length,
          share: own.length ? ids.length / own.length : null,
          small_base: own.length < SMALL_BASE,
          ids,
        };
      });
    }),
  );
}

/**
 * Theme co-occurrence: for each pair of themes, how many units carry both (the diagonal is how many
 * carry the theme at all).
 *
 * @returns one row per ordered theme pair with a non-zero count: `theme_a, theme_b, count`.
 * @example
 * themeCooccurrence(classifyPlans(plans)).print(); // pairs of themes on the same actions
 */
export function themeCooccurrence(themes: PlanThemes, unit: UnitKind = "action"): ColumnTable {
  expectPlanThemes(themes, "themes");
  const units = unit === "action" ? themes.actions : themes.recommendations;
  const counts = new Map<string, number>();
  for (const u of units) {
    for (const a of u.classification.themes) {
      for (const b of u.classification.themes) counts.set(`${a}\u0000${b}`, (counts.get(`${a}\u0000${b}`) ?? 0) + 1);
    }
  }
  const order = themes.codebook.themes.map((t) => t.id);
  const rows = [...counts].map(([k, count]) => {
    const [theme_a = "", theme_b = ""] = k.split("\u0000");
    return { theme_a, theme_b, count };
  });
  rows.sort(
    (x, y) =>
      order.indexOf(x.theme_a) - order.indexOf(y.theme_a) || order.indexOf(x.theme_b) - order.indexOf(y.theme_b),
  );
  return rowsTable(rows, ["theme_a", "theme_b", "count"]);
}

/**
 * Themes found in several councils — the one answer to "which themes appear in every council": a
 * council has a theme when at least one of its units of the kind asked for carries it; by default a
 * recommendation or an action (`unit: "either"`), or only actions or only recommendations, so that
 * `commonThemes(themes, n, "action")` lists exactly the themes whose `themeMatrix(themes)` count is
 * above 0 in `n` councils or more. With how many recommendations and actions carry each theme. Broad
 * themes recur everywhere; for the specific weaknesses councils share, see `commonWeaknessGroups`.
 *
 * @returns one row per theme found in at least `minCouncils` councils (default 3), most widespread
 * first: `theme, councils, council_list, recommendations, actions`.
 * @example
 * commonThemes(classifyPlans(plans)).print(); // themes in at least three councils
 * commonThemes(classifyPlans(plans), plans.length, "action").print(); // in every council's actions
 */
export function commonThemes(themes: PlanThemes, minCouncils = 3, unit: UnitKind | "either" = "either"): ColumnTable {
  expectPlanThemes(themes, "themes");
  const rows = themes.codebook.themes.map((t) => {
    const recs = themes.recommendations.filter((r) => r.classification.themes.includes(t.id));
    const acts = themes.actions.filter((a) => a.classification.themes.includes(t.id));
    const basis = unit === "action" ? acts : unit === "recommendation" ? recs : [...recs, ...acts];
    const councils = [...new Set(basis.map((u) => u.council))];
    return {
      theme: t.id,
      councils: councils.length,
      council_list: councils.join(";"),
      recommendations: recs.length,
      actions: acts.length,
    };
  });
  return from(rows)
    .filter(escape((d: { councils: number }) => d.councils >= minCouncils))
    .orderby(escape((d: { councils: number; actions: number }) => -(d.councils * 10_000 + d.actions)));
}
