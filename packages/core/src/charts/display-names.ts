import type { TopLevelSpec } from "vega-lite";

/** Display names by field: `council` slug → "Windsor & Maidenhead", `theme` id → its label. */
export type DisplayNames = Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>;

/**
 * Shows display names on a chart's axes, legends and headers where a field holds an id (a council's
 * slug, a theme's id): the data keep their ids, so the chart's numbers and the CSVs still match, and
 * only the labels a reader sees change (a Vega `labelExpr` looks each id up; an unknown id shows as is).
 *
 * @returns a copy of the spec with labels for the named fields.
 * @example
 * withDisplayNames(slippageByCouncilSpec(slippageSummary(actions)), {
 *   council: { "windsor-maidenhead": "Windsor & Maidenhead" },
 * });
 */
export function withDisplayNames(spec: TopLevelSpec, names: DisplayNames): TopLevelSpec {
  const expr = (field: string) => {
    const map = names[field];
    return map ? `(${JSON.stringify(map)})[datum.label] || datum.label` : null;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = walk(value);
    if (out.encoding && typeof out.encoding === "object") {
      const encoding = out.encoding as Record<string, Record<string, unknown> | undefined>;
      for (const channel of ["x", "y", "row", "column", "color"] as const) {
        const def = encoding[channel];
        const label = def && typeof def.field === "string" ? expr(def.field) : null;
        if (!def || !label) continue;
        const guide = channel === "color" ? "legend" : channel === "row" || channel === "column" ? "header" : "axis";
        if (def[guide] === null) continue;
        encoding[channel] = { ...def, [guide]: { ...(def[guide] as object | undefined), labelExpr: label } };
      }
    }
    return out;
  };
  return walk(spec) as TopLevelSpec;
}
