import { z } from "zod";
import { parseCsv } from "../csv/parse-csv.js";
import type { ActionThemes, PlanThemes, RecommendationThemes } from "../themes/classify-plans.js";
import { evaluateThemes, type ThemeEvaluation } from "../themes/evaluate.js";

/**
 * A researcher's decision on one code: add or remove `theme` on `unit` (`council/action_id` or
 * `council/recommendation_id`), with who decided and why — the rows of `codings.csv`.
 */
export const CodingDecisionSchema = z.object({
  unit: z.string().regex(/^[a-z0-9-]+\/\S+$/u, "council/unit_id"),
  theme: z.string().min(1),
  // A literal union, not z.enum: the inferred type stays nameable from a notebook without zod.
  decision: z.literal(["add", "remove"]),
  coder: z.string().min(1),
  note: z.string().default(""),
});

/** A researcher's decision on one code. */
export type CodingDecision = z.infer<typeof CodingDecisionSchema>;

/** A decision as applied: what the classifier said and what the unit carries now. */
export interface AppliedCoding extends CodingDecision {
  /** Whether the classifier had given the theme. */
  readonly classifier: boolean;
  /** False when the decision changed nothing (adding a theme already there, removing one absent) or named no unit. */
  readonly changed: boolean;
}

/**
 * A problem in a codings file: its line and what was expected.
 * @example
 * try {
 *   parseCodingsCsv("unit,theme\n");
 * } catch (error) {
 *   if (error instanceof CodingsError) console.log(error.line, error.expected);
 * }
 */
export class CodingsError extends Error {
  override readonly name = "CodingsError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly expected: string,
  ) {
    super(`${file}:${line}: expected ${expected}`);
  }
}

/**
 * Reads `codings.csv` (`unit, theme, decision, coder, note`, a header row, RFC 4180 quoting).
 *
 * @returns the decisions in file order.
 * @throws CodingsError naming the line of a row that is not a decision.
 * @example
 * parseCodingsCsv("unit,theme,decision,coder,note\nstockton/R7.1,recording,add,JS,minutes of supervision\n");
 */
export function parseCodingsCsv(text: string, file = "codings.csv"): CodingDecision[] {
  const rows = parseCsv(text);
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => header.indexOf(name);
  for (const name of ["unit", "theme", "decision", "coder"]) {
    if (at(name) < 0)
      throw new CodingsError(file, 1, `a header with unit, theme, decision, coder and note (missing ${name})`);
  }
  return rows
    .map((cells, k) => ({ cells, line: k + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ""))
    .map(({ cells, line }) => {
      const parsed = CodingDecisionSchema.safeParse({
        unit: cells[at("unit")]?.trim(),
        theme: cells[at("theme")]?.trim(),
        decision: cells[at("decision")]?.trim().toLowerCase(),
        coder: cells[at("coder")]?.trim(),
        note: at("note") >= 0 ? (cells[at("note")] ?? "") : "",
      });
      if (!parsed.success)
        throw new CodingsError(
          file,
          line,
          `a decision row (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message})`,
        );
      return parsed.data;
    });
}

/**
 * Applies a researcher's decisions on top of the classifier: each `add` gives the unit the theme with
 * the coder's note as its evidence, each `remove` takes it away; later decisions on the same unit and
 * theme win. Every applied decision is returned with what the classifier had said.
 *
 * @returns the coded units and the decisions as applied.
 * @example
 * const { themes, applied } = applyCodings(classifyPlans(plans), parseCodingsCsv(text));
 * applied.filter((a) => a.changed).length; // codes changed by hand
 */
export function applyCodings(
  planThemes: PlanThemes,
  decisions: readonly CodingDecision[],
): { themes: PlanThemes; applied: AppliedCoding[] } {
  const units = new Map<string, ActionThemes | RecommendationThemes>();
  for (const r of planThemes.recommendations) units.set(r.unit, r);
  for (const a of planThemes.actions) units.set(a.unit, a);
  const current = new Map<string, Set<string>>();
  const original = (unit: string) => new Set(units.get(unit)?.classification.themes ?? []);
  const applied: AppliedCoding[] = [];
  const notes = new Map<string, CodingDecision>();
  for (const d of decisions) {
    const set = current.get(d.unit) ?? original(d.unit);
    current.set(d.unit, set);
    const had = set.has(d.theme);
    if (d.decision === "add") set.add(d.theme);
    else set.delete(d.theme);
    notes.set(`${d.unit}\u0000${d.theme}`, d);
    applied.push({
      ...d,
      classifier: original(d.unit).has(d.theme),
      changed: units.has(d.unit) && had !== (d.decision === "add"),
    });
  }
  const recode = <T extends ActionThemes | RecommendationThemes>(u: T): T => {
    const set = current.get(u.unit);
    if (!set) return u;
    const themes = [...set].sort();
    const kept = u.classification.evidence.filter((e) => set.has(e.theme));
    const added = themes
      .filter((t) => !u.classification.themes.includes(t))
      .map((t) => {
        const d = notes.get(`${u.unit}\u0000${t}`)!;
        return { theme: t, rule: `coding:${d.coder}`, text: d.note, start: 0, end: 0, from: "coder" as const };
      });
    return { ...u, classification: { ...u.classification, themes, evidence: [...kept, ...added] } };
  };
  return {
    themes: {
      ...planThemes,
      recommendations: planThemes.recommendations.map(recode),
      actions: planThemes.actions.map(recode),
    },
    applied,
  };
}

/**
 * Agreement between the classifier and a researcher's codings, per theme (precision, recall, F1,
 * Cohen's kappa, as NVivo's coding comparison reports), over the units the researcher coded: the
 * researcher's codes are the classifier's with their decisions applied.
 *
 * @returns the evaluation, the researcher's codes taken as the reference.
 * @example
 * codingAgreement(classifyPlans(plans), decisions).perTheme.find((t) => t.theme === "supervision")?.kappa;
 */
export function codingAgreement(planThemes: PlanThemes, decisions: readonly CodingDecision[]): ThemeEvaluation {
  const { themes: coded } = applyCodings(planThemes, decisions);
  const units = new Set(decisions.map((d) => d.unit));
  const of = (t: PlanThemes) =>
    new Map(
      [...t.recommendations, ...t.actions]
        .filter((u) => units.has(u.unit))
        .map((u) => [u.unit, u.classification.themes] as const),
    );
  return evaluateThemes(
    of(planThemes),
    of(coded),
    planThemes.codebook.themes.map((t) => t.id),
  );
}
