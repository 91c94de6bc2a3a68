import { isIsoDate } from "../dates/calendar.js";
import { ArgumentError, expectPlans } from "../errors/argument-error.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Action, Plan } from "../schema/plan.js";
import { parseDue } from "../dates/parse-due.js";
import type { Status } from "../schema/status.js";
import { findRevisedDue, parseStatus, type StatusReading } from "../status/parse-status.js";
import { assessSlippage, type ActionAssessment } from "./assess-slippage.js";

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
  const date = typeof asOf === "string" ? asOf : (asOf?.[plan.id] ?? asOf?.[plan.council] ?? plan.asOf);
  if (!isIsoDate(date)) throw new ArgumentError("asOf", `an ISO date YYYY-MM-DD for ${plan.id}`, date);
  return date;
}

/**
 * Parses an action's due and progress cells and measures its slippage as of `asOf`.
 *
 * @returns the due date, status, revised due date and slippage.
 * @example
 * const a = plan.recommendations[0]!.actions[0]!;
 * assessAction(a, plan.asOf).slippage.slipReasons;
 */
export function assessAction(
  action: Action,
  asOf: string,
  statusKey?: Readonly<Record<string, Status>>,
): ActionAssessment {
  const due = parseDue(action.dueRaw, { asOf });
  let status: StatusReading = parseStatus(action.statusRaw, {
    ...(statusKey ? { key: statusKey } : {}),
    ...(action.ratingRaw ? { rating: action.ratingRaw } : {}),
  });
  const revisedDue = status.progressText === "" ? null : findRevisedDue(status.progressText, due.end, asOf);
  if (status.rule === "text:done" && revisedDue !== null && !status.cues.some((c) => c.set === "routine")) {
    // Work reported as done, yet the text gives a later date for it: the deliverable is still to come.
    const conflict = `done ("${status.evidence}") but the text gives a later date (${revisedDue.end}): read as in_progress`;
    status = { ...status, status: "in_progress", rule: "text:done-rescheduled", conflict };
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
  if (asOf !== undefined && typeof asOf !== "string" && (asOf === null || typeof asOf !== "object")) {
    throw new ArgumentError("asOf", "an ISO date, or an object of ISO dates by plan id or council", asOf);
  }
  const actions: AssessedAction[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const plan of plans) {
    const date = asOfFor(plan, asOf);
    for (const rec of plan.recommendations) {
      for (const action of rec.actions) {
        const assessment = assessAction(action, date, plan.statusKey ?? undefined);
        actions.push({ plan, recommendationId: rec.id, action, assessment });
        const at = { file: action.source.file, line: action.source.firstLine, lastLine: action.source.lastLine };
        if (assessment.status.conflict !== null) {
          diagnostics.push({
            severity: "info",
            code: "status-conflict",
            ...at,
            message: `progress of action ${action.id}: ${assessment.status.conflict}`,
            text: action.statusRaw,
          });
        }
        if (assessment.status.rule === "text:stopped") {
          diagnostics.push({
            severity: "info",
            code: "status-stopped",
            ...at,
            message: `action ${action.id} reported as "${assessment.status.evidence}": counted as not completed (in_progress)`,
            text: action.statusRaw,
          });
        }
        if (assessment.due.kind === "unparsed") {
          diagnostics.push({
            severity: "warning",
            code: "unparsed-due",
            file: action.source.file,
            line: action.source.firstLine,
            lastLine: action.source.lastLine,
            message: `due cell of action ${action.id} not parsed (${assessment.due.problem}); kept as printed, no date assumed`,
            text: action.dueRaw,
          });
        }
      }
    }
  }
  return { actions, diagnostics };
}
