import { FileError } from "../errors/file-error.js";
import { expectArray, expectString } from "../errors/argument-error.js";
import { z } from "zod";
import { readCsvRecords } from "../csv/parse-csv.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import {
  expectPlanThemes,
  type ActionThemes,
  type PlanThemes,
  type RecommendationThemes,
} from "../themes/classify-plans.js";
import { evaluateThemes, type ThemeEvaluation } from "../themes/evaluate.js";

/**
 * A researcher's decision on one code: add or remove `theme` on `unit` (`council/action_id` or
 * `council/recommendation_id`), with who decided and why — the rows of `codings.csv`. `planId`
 * targets one plan where a council has two; `line` is where the decision is written, for messages.
 */
export const CodingDecisionSchema = z.object({
  unit: z.string().regex(/^[a-z0-9-]+\/\S+$/u, "council/unit_id"),
  theme: z.string().min(1),
  // A literal union, not z.enum: the inferred type stays nameable from a notebook without zod.
  decision: z.literal(["add", "remove"]),
  coder: z.string().min(1),
  note: z.string().default(""),
  planId: z.string().min(1).optional(),
  line: z.number().int().positive().optional(),
});

/** A researcher's decision on one code. */
export type CodingDecision = z.infer<typeof CodingDecisionSchema>;

/** A decision as applied: what the classifier said and what the unit carries now. */
export interface AppliedCoding extends CodingDecision {
  /** Whether the classifier had given the theme. */
  readonly classifier: boolean;
  /** False when the decision changed nothing (adding a theme already there, removing one absent). */
  readonly changed: boolean;
  /** The plan of the unit it was applied to. */
  readonly planId: string;
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
export class CodingsError extends FileError {
  override readonly name = "CodingsError";
  declare readonly line: number;
  constructor(file: string, line: number, expected: string) {
    super(file, line, expected);
  }
}

/**
 * Reads `codings.csv` (`unit, theme, decision, coder, note`, optionally `plan_id`; a header row, RFC
 * 4180 quoting). Each decision keeps the line it is written on.
 *
 * @returns the decisions in file order.
 * @throws CodingsError naming the line of a row that is not a decision, or of a quote never closed.
 * @example
 * parseCodingsCsv("unit,theme,decision,coder,note\nstockton/R7.1,recording,add,JS,minutes of supervision\n");
 */
export function parseCodingsCsv(text: string, file = "codings.csv"): CodingDecision[] {
  expectString(text, "text", "the text of a codings CSV");
  expectString(file, "file");
  const { rows, lines, problems } = readCsvRecords(text);
  const unclosed = problems.find((p) => p.kind === "unclosed-quote");
  if (unclosed) throw new CodingsError(file, unclosed.line, "every quote closed (a quote here is never closed)");
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  lines.shift();
  const at = (name: string) => header.indexOf(name);
  for (const name of ["unit", "theme", "decision", "coder"]) {
    if (at(name) < 0)
      throw new CodingsError(file, 1, `a header with unit, theme, decision, coder and note (missing ${name})`);
  }
  return rows
    .map((cells, k) => ({ cells, line: lines[k]! }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ""))
    .map(({ cells, line }) => {
      const planId = at("plan_id") >= 0 ? cells[at("plan_id")]?.trim() : undefined;
      const parsed = CodingDecisionSchema.safeParse({
        unit: cells[at("unit")]?.trim(),
        theme: cells[at("theme")]?.trim(),
        decision: cells[at("decision")]?.trim().toLowerCase(),
        coder: cells[at("coder")]?.trim(),
        note: at("note") >= 0 ? (cells[at("note")] ?? "") : "",
        ...(planId ? { planId } : {}),
        line,
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
 * the coder's note as its evidence, each `remove` takes it away; a decision repeated counts once.
 * Nothing is applied on a guess, and each decision left out is a diagnostic naming its line: a unit
 * no plan has, or one that two plans of a council share with no `planId` to choose; a theme the
 * codebook does not have (one that differs only in case, `Recording`, is read as the codebook's, with
 * a warning); an add and a remove of the same code (neither is applied).
 *
 * @returns the coded units, the decisions as applied (with what the classifier had said), and the
 * diagnostics of those left out or read in place.
 * @example
 * const { themes, applied, diagnostics } = applyCodings(classifyPlans(plans), parseCodingsCsv(text));
 * applied.filter((a) => a.changed).length; // codes changed by hand
 */
export function applyCodings(
  planThemes: PlanThemes,
  decisions: readonly CodingDecision[],
  file = "codings.csv",
): { themes: PlanThemes; applied: AppliedCoding[]; diagnostics: Diagnostic[] } {
  expectPlanThemes(planThemes, "planThemes");
  expectArray(decisions, "decisions", "coding decisions, e.g. parseCodingsCsv(text)", "objects");
  const diagnostics: Diagnostic[] = [];
  const warn: Warn = (d, code, message) =>
    diagnostics.push({
      severity: "warning",
      code,
      file,
      line: d.line ?? null,
      lastLine: null,
      message: `${d.unit} ${d.theme} (${d.decision}): ${message}`,
    });
  const index = indexUnits(planThemes);
  const themeIds = planThemes.codebook.themes.map((t) => t.id);
  const resolved = resolveDecisions(decisions, index, themeIds, warn);
  const { current, notes, applied } = decide(resolved, index, warn);
  const recode = <T extends ActionThemes | RecommendationThemes>(u: T): T => {
    const k = unitKey(u.planId, u.unit);
    const set = current.get(k);
    if (!set) return u;
    const themes = [...set].sort();
    const kept = u.classification.evidence.filter((e) => set.has(e.theme));
    const added = themes
      .filter((t) => !u.classification.themes.includes(t))
      .map((t) => {
        const d = notes.get(`${k}\u0000${t}`)!;
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
    diagnostics,
  };
}

type Unit = ActionThemes | RecommendationThemes;
type Resolved = CodingDecision & { planId: string };
type Warn = (d: CodingDecision, code: string, message: string) => void;

/** The coded units by plan and unit id, and the plans each unit id occurs in. */
interface UnitIndex {
  readonly units: ReadonlyMap<string, Unit>;
  readonly plansOf: ReadonlyMap<string, readonly string[]>;
}

const unitKey = (planId: string, unit: string) => `${planId}\u0000${unit}`;

/** @returns the units of the classified plans, indexed by plan and id. */
function indexUnits(planThemes: PlanThemes): UnitIndex {
  const units = new Map<string, Unit>();
  const plansOf = new Map<string, string[]>();
  for (const u of [...planThemes.recommendations, ...planThemes.actions]) {
    units.set(unitKey(u.planId, u.unit), u);
    const plans = plansOf.get(u.unit) ?? [];
    if (!plans.includes(u.planId)) plans.push(u.planId);
    plansOf.set(u.unit, plans);
  }
  return { units, plansOf };
}

/**
 * Resolves each decision to one plan's unit and a theme of the codebook (a theme differing only in
 * case read as the codebook's, with a warning).
 *
 * @returns the decisions that could be resolved; the others are warnings saying why.
 */
function resolveDecisions(
  decisions: readonly CodingDecision[],
  { units, plansOf }: UnitIndex,
  themeIds: readonly string[],
  warn: Warn,
): Resolved[] {
  const resolved: Resolved[] = [];
  for (const d of decisions) {
    const plans = d.planId ? (units.has(unitKey(d.planId, d.unit)) ? [d.planId] : []) : (plansOf.get(d.unit) ?? []);
    if (plans.length === 0) {
      warn(
        d,
        "coding-unknown-unit",
        d.planId ? `plan ${d.planId} has no such unit: not applied` : "no plan has this unit: not applied",
      );
      continue;
    }
    if (plans.length > 1) {
      warn(
        d,
        "coding-ambiguous-unit",
        `plans ${plans.join(" and ")} both have this unit; add a plan_id column to say which: not applied`,
      );
      continue;
    }
    let theme = d.theme;
    if (!themeIds.includes(theme)) {
      const same = themeIds.find((t) => t.toLowerCase() === theme.trim().toLowerCase());
      if (!same) {
        warn(
          d,
          "coding-unknown-theme",
          `the codebook has no theme "${theme}" (themes: ${themeIds.join(", ")}): not applied`,
        );
        continue;
      }
      warn(d, "coding-theme-case", `theme "${theme}" read as the codebook's "${same}"`);
      theme = same;
    }
    resolved.push({ ...d, theme, planId: plans[0]! });
  }
  return resolved;
}

/**
 * Applies the resolved decisions: an add and a remove of the same code cancel (a warning, neither
 * applied); a decision repeated counts once, its last note kept.
 *
 * @returns each changed unit's themes, the note behind each code, and the decisions as applied.
 */
function decide(resolved: readonly Resolved[], { units }: UnitIndex, warn: Warn) {
  const byCode = new Map<string, Resolved[]>();
  for (const d of resolved) {
    const k = `${unitKey(d.planId, d.unit)}\u0000${d.theme}`;
    let same = byCode.get(k);
    if (!same) byCode.set(k, (same = []));
    same.push(d);
  }
  const current = new Map<string, Set<string>>();
  const notes = new Map<string, CodingDecision>();
  const applied: AppliedCoding[] = [];
  for (const same of byCode.values()) {
    const d = same[0]!;
    if (same.some((x) => x.decision !== d.decision)) {
      const at = same.map((x) => `${x.decision}${x.line ? ` on line ${x.line}` : ""}`).join(", ");
      warn(d, "coding-conflict", `decided both ways (${at}): neither is applied`);
      continue;
    }
    const k = unitKey(d.planId, d.unit);
    const unit = units.get(k)!;
    const set = current.get(k) ?? new Set(unit.classification.themes);
    current.set(k, set);
    const classifier = unit.classification.themes.includes(d.theme);
    if (d.decision === "add") set.add(d.theme);
    else set.delete(d.theme);
    notes.set(`${k}\u0000${d.theme}`, same.at(-1)!);
    applied.push({ ...d, classifier, changed: classifier !== (d.decision === "add") });
  }
  return { current, notes, applied };
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
  expectPlanThemes(planThemes, "planThemes");
  expectArray(decisions, "decisions", "coding decisions, e.g. parseCodingsCsv(text)", "objects");
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
