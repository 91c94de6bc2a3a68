import { isIsoDate } from "../dates/calendar.js";
import { ArgumentError, expectObject, expectPlans, expectString } from "../errors/argument-error.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Action, Plan, RatingKeyEntry } from "../schema/plan.js";
import { parseDue } from "../dates/parse-due.js";
import type { Status } from "../schema/status.js";
import { findRevisedDue, parseStatus, type StatusReading } from "../status/parse-status.js";
import { assessSlippage, type ActionAssessment } from "./assess-slippage.js";

/** A key's meaning that joins completion to something short of it ("Completed or on target"). */
const TWO_MEANINGS = /\b(?:complet\w*|achieved|done|met)\b.*\bor\b|\bor\b.*\b(?:complet\w*|achieved|done)\b/iu;

/** When to measure slippage: one date for every plan, or per plan id / council; default each plan's `asOf`. */
export type AsOfOption = string | Readonly<Record<string, string>>;

/**
 * The date slippage of `plan` is measured at: the caller's override (one date, or per plan id or
 * council), else the plan's own `asOf`.
 *
 * @returns an ISO date.
 * @throws ArgumentError when the override is not an ISO date of a real day.
 * @example
 * asOfFor(plan, { herefordshire: "2012-11-30" }); // "2012-11-30" for Herefordshire, plan.asOf otherwise
 */
export function asOfFor(plan: Plan, asOf?: AsOfOption): string {
  expectObject(plan, "plan", "a plan, e.g. loadAll().plans[0]", ["asOf", "council", "recommendations"]);
  const date = typeof asOf === "string" ? asOf : (asOf?.[plan.id] ?? asOf?.[plan.council] ?? plan.asOf);
  if (!isIsoDate(date)) throw new ArgumentError("asOf", `an ISO date YYYY-MM-DD for ${plan.id}`, date);
  return date;
}

/**
 * Parses an action's due and progress cells and measures its slippage as of `asOf`. The progress
 * words are read against the action's own words (a step towards its deliverable is progress, not
 * completion), and a completion says where it comes from (`completionBasis`).
 *
 * @param statusKey the plan's status key (value → status), read before any rule.
 * @param ratingKey the plan's printed rating key: values it gives two meanings ("completed or on
 * target") complete by rating only.
 * @returns the due date, status, revised due date and slippage.
 * @example
 * const a = plan.recommendations[0]!.actions[0]!;
 * assessAction(a, plan.asOf).slippage.slipReasons;
 */
export function assessAction(
  action: Action,
  asOf: string,
  statusKey?: Readonly<Record<string, Status>>,
  ratingKey: readonly RatingKeyEntry[] = [],
): ActionAssessment {
  expectObject(action, "action", "an action of a plan", ["id", "dueRaw", "statusRaw"]);
  expectString(asOf, "asOf", "an ISO date YYYY-MM-DD");
  const due = parseDue(action.dueRaw, { asOf });
  const twoMeanings = ratingKey.filter((k) => TWO_MEANINGS.test(k.meaning)).map((k) => k.value);
  let status: StatusReading = parseStatus(action.statusRaw, {
    action: action.text,
    ...(statusKey ? { key: statusKey } : {}),
    ...(action.ratingRaw ? { rating: action.ratingRaw } : {}),
    ...(twoMeanings.length ? { twoMeanings } : {}),
  });
  const revisedDue = status.progressText === "" ? null : findRevisedDue(status.progressText, due.end, asOf);
  if (status.rule === "text:done" && revisedDue !== null && !status.cues.some((c) => c.set === "routine")) {
    // Work reported as done, yet the text gives a later date for it: the deliverable is still to come.
    const conflict = `done ("${status.evidence}") but the text gives a later date (${revisedDue.end}): read as in_progress`;
    status = { ...status, status: "in_progress", rule: "text:done-rescheduled", conflict, completionBasis: null };
  }
  return { asOf, due, status, revisedDue, slippage: assessSlippage(due, status, revisedDue, asOf) };
}

/** An action with its plan, recommendation and assessment. */
export interface AssessedAction {
  readonly plan: Plan;
  readonly recommendationId: string;
  readonly action: Action;
  readonly assessment: ActionAssessment;
}

/**
 * Assesses every action of the plans, in source order, each as of its plan's date (or `asOf`).
 *
 * @returns the assessed actions and diagnostics: a warning for each due cell no rule could parse, a
 * note for each progress cell whose cues disagreed or that reports stopped work.
 * @example
 * const { actions: assessed, diagnostics } = assessPlans(plans);
 * assessed[0]?.assessment.slippage.slipped;
 */
export function assessPlans(
  plans: readonly Plan[],
  asOf?: AsOfOption,
): { actions: AssessedAction[]; diagnostics: Diagnostic[] } {
  expectPlans(plans);
  expectAsOf(asOf, plans);
  const actions: AssessedAction[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const plan of plans) {
    const date = asOfFor(plan, asOf);
    for (const rec of plan.recommendations) {
      for (const action of rec.actions) {
        const assessment = assessAction(action, date, plan.statusKey ?? undefined, plan.ratingKey);
        actions.push({ plan, recommendationId: rec.id, action, assessment });
        diagnostics.push(...assessmentDiagnostics(action, assessment));
      }
    }
  }
  return { actions, diagnostics };
}

/**
 * Checks an `asOf` override against the plans: one ISO date, or dates keyed by plan ids or councils
 * the plans have (a misspelt key would leave its plan measured at its own date without a word).
 *
 * @throws ArgumentError naming the override or its unknown key.
 */
function expectAsOf(asOf: AsOfOption | undefined, plans: readonly Plan[]): void {
  if (asOf !== undefined && typeof asOf !== "string" && (asOf === null || typeof asOf !== "object")) {
    throw new ArgumentError("asOf", "an ISO date, or an object of ISO dates by plan id or council", asOf);
  }
  if (!asOf || typeof asOf !== "object") return;
  const known = new Set(plans.flatMap((p) => [p.id, p.council]));
  const unknown = Object.keys(asOf).find((k) => !known.has(k));
  if (unknown !== undefined)
    throw new ArgumentError(
      `asOf.${unknown}`,
      `a plan id or council of these plans (${[...known].sort().join(", ")})`,
      asOf[unknown],
    );
}

/**
 * @returns what a reader should know of one action's assessment: a rating its words contradict, cues
 * that disagreed, work reported stopped, a due cell no rule could parse.
 */
function assessmentDiagnostics(action: Action, assessment: ActionAssessment): Diagnostic[] {
  const at = { file: action.source.file, line: action.source.firstLine, lastLine: action.source.lastLine };
  const { status, due } = assessment;
  const out: Diagnostic[] = [];
  if (status.ratingContradictsWords) {
    const rating = action.ratingRaw ?? status.evidence;
    out.push({
      severity: "warning",
      code: "rating-contradicts-words",
      ...at,
      message: `action ${action.id} is rated "${rating}" but its words say "${status.progressText.slice(0, 160)}": ${status.conflict}`,
      text: action.statusRaw,
    });
  } else if (status.conflict !== null) {
    out.push({
      severity: "info",
      code: "status-conflict",
      ...at,
      message: `progress of action ${action.id}: ${status.conflict}`,
      text: action.statusRaw,
    });
  }
  if (status.rule === "text:stopped") {
    out.push({
      severity: "info",
      code: "status-stopped",
      ...at,
      message: `action ${action.id} reported as "${status.evidence}": counted as not completed (in_progress)`,
      text: action.statusRaw,
    });
  }
  if (due.kind === "unparsed") {
    out.push({
      severity: "warning",
      code: "unparsed-due",
      ...at,
      message: `due cell of action ${action.id} not parsed (${due.problem}); kept as printed, no date assumed`,
      text: action.dueRaw,
    });
  }
  return out;
}
