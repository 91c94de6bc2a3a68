import { expectObject, expectPlans } from "../errors/argument-error.js";
import { TextMemo } from "../text/memoise.js";
import type { Plan } from "../schema/plan.js";
import { classifyText, compileCodebook, type Classification, type CompiledCodebook } from "./classify.js";
import type { Codebook, CodebookInput } from "./codebook.js";
import { defaultCodebook } from "./default-codebook.js";

/** A recommendation's themes. `unit` is `<council>/<recommendation id>`, as in the labelled files. */
export interface RecommendationThemes {
  readonly unit: string;
  readonly council: string;
  readonly planId: string;
  readonly recommendationId: string;
  readonly text: string;
  readonly classification: Classification;
}

/** An action's own themes and, separately, its recommendation's. `unit` is `<council>/<action id>`. */
export interface ActionThemes {
  readonly unit: string;
  readonly council: string;
  readonly planId: string;
  readonly recommendationId: string;
  readonly actionId: string;
  readonly text: string;
  readonly classification: Classification;
  readonly recommendationThemes: readonly string[];
}

/** Every recommendation and action of a set of plans, classified. */
export interface PlanThemes {
  readonly codebook: Codebook;
  readonly recommendations: RecommendationThemes[];
  readonly actions: ActionThemes[];
}

/**
 * Classifies every recommendation (or Herefordshire theme heading) and every action of the plans,
 * separately, as the codebook prescribes: a recommendation by its own text; an action by its own
 * text, with its recommendation's themes used only to resolve a pointer ("this issue", "the
 * service"), and kept apart as `recommendationThemes`.
 *
 * @returns the classified units in source order.
 * @example
 * const themes = classifyPlans(plans);
 * themes.actions[0]?.classification.themes; // e.g. ["domestic_abuse", "thresholds"]
 */
export function classifyPlans(
  plans: readonly Plan[],
  codebook: CodebookInput | CompiledCodebook = defaultCodebook,
): PlanThemes {
  expectPlans(plans);
  const compiled = compiledFor(codebook);
  const recommendations: RecommendationThemes[] = [];
  const actions: ActionThemes[] = [];
  for (const plan of plans) {
    for (const rec of plan.recommendations) {
      const recClass = classifyCached(compiled, rec.text, "recommendation", []);
      const actionContext = contextOf("action", recClass.themes);
      recommendations.push({
        unit: `${plan.council}/${rec.id}`,
        council: plan.council,
        planId: plan.id,
        recommendationId: rec.id,
        text: rec.text,
        classification: recClass,
      });
      for (const action of rec.actions) {
        actions.push({
          unit: `${plan.council}/${action.id}`,
          council: plan.council,
          planId: plan.id,
          recommendationId: rec.id,
          actionId: action.id,
          text: action.text,
          classification: classifyCached(compiled, action.text, "action", recClass.themes, actionContext),
          recommendationThemes: recClass.themes,
        });
      }
    }
  }
  return { codebook: compiled.codebook, recommendations, actions };
}

const compiledCodebooks = new WeakMap<object, CompiledCodebook>();
const classifications = new WeakMap<CompiledCodebook, TextMemo<Classification>>();

/**
 * Classifies a text, reusing the result for a text already classified with the same codebook, unit
 * and recommendation themes (plans repeat texts: pointers, "Completed.", shared recommendations).
 * Results are shared, so they are frozen; the cache holds 50,000 entries (see `TextMemo`).
 */
function classifyCached(
  codebook: CompiledCodebook,
  text: string,
  unit: "action" | "recommendation",
  recommendationThemes: readonly string[],
  context = contextOf(unit, recommendationThemes),
): Classification {
  let memo = classifications.get(codebook);
  if (!memo) classifications.set(codebook, (memo = new TextMemo(50_000)));
  return memo.get(text, context, (t) => classifyText(t, codebook, { unit, recommendationThemes }));
}

/** @returns the memo context of a unit classified with its recommendation's themes. */
const contextOf = (unit: string, recommendationThemes: readonly string[]) =>
  `${unit}\u0000${recommendationThemes.join(",")}`;

/** @returns the compiled form of a codebook, compiling each codebook object once. */
function compiledFor(codebook: CodebookInput | CompiledCodebook): CompiledCodebook {
  if ("codebook" in codebook) return codebook;
  let compiled = compiledCodebooks.get(codebook);
  if (!compiled) compiledCodebooks.set(codebook, (compiled = compileCodebook(codebook)));
  return compiled;
}

/**
 * Checks that an argument is the classified plans (`classifyPlans(plans)`), for the functions that
 * read them.
 *
 * @throws ArgumentError naming the argument otherwise.
 */
export function expectPlanThemes(value: PlanThemes, argument: string): PlanThemes {
  return expectObject(value, argument, "the classified plans, e.g. classifyPlans(plans)", [
    "codebook",
    "actions",
    "recommendations",
  ]);
}
