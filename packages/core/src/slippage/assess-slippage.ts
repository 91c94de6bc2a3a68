import { z } from "zod";
import { daysBetween } from "../dates/calendar.js";
import { DueDateSchema, type DueDate } from "../dates/parse-due.js";
import { StatusReadingSchema, type StatusReading } from "../status/parse-status.js";

/**
 * Why an action slipped: `overdue_open` (not completed and its deadline passed), `deadline_moved`
 * (the progress text gives a later deadline), `extension_agreed`, `rated_red` (the council's key).
 */
export const SlipReasonSchema = z.enum(["overdue_open", "deadline_moved", "extension_agreed", "rated_red"]);

/** A reason an action slipped. */
export type SlipReason = z.infer<typeof SlipReasonSchema>;

/** Slippage of one action as of a date, with the evidence that decided it. */
export const SlippageSchema = z.object({
  /** true: late or rescheduled; false: on time so far; null: cannot be judged (not "no slippage"). */
  slipped: z.boolean().nullable(),
  /** Days late: revised − due; or asOf − due while still open (a lower bound); 0 when on time; else null. */
  slipDays: z.number().int().nullable(),
  slipDaysIsLowerBound: z.boolean(),
  /** The evidence behind `slipped = true`; several may apply (empty when it did not slip). */
  slipReasons: z.array(SlipReasonSchema),
});

/** Slippage of one action. */
export type Slippage = z.infer<typeof SlippageSchema>;

/** An action's due date, status and slippage as of `asOf`: what the slippage tables are built from. */
export const ActionAssessmentSchema = z.object({
  asOf: z.iso.date(),
  due: DueDateSchema,
  status: StatusReadingSchema,
  revisedDue: z.object({ start: z.iso.date(), end: z.iso.date() }).nullable(),
  slippage: SlippageSchema,
});

/** An action's assessment. */
export type ActionAssessment = z.infer<typeof ActionAssessmentSchema>;

/**
 * Decides whether an action slipped, as of `asOf`, by the library's rules: it slipped when its
 * revised deadline is later than the original, an extension was agreed, its RAG is red, or it is not
 * completed and its deadline has passed. For `start` and `recurring` deadlines (the date to begin by)
 * work in progress or completed has met it. Lateness alone does not count when the status is
 * `unknown`, and with no deadline and no other evidence the answer is null, never "on time".
 *
 * @returns slipped, slip days (and whether they are a lower bound) and the reasons.
 * @example
 * const due = parseDue("May 2013");
 * assessSlippage(due, parseStatus("In progress"), null, "2013-09-18").slipReasons; // ["overdue_open"]
 */
export function assessSlippage(
  due: DueDate,
  status: StatusReading,
  revisedDue: { end: string } | null,
  asOf: string,
): Slippage {
  const evidence: SlipReason[] = [];
  const dueEnd = due.end;
  const revisedLater = dueEnd !== null && revisedDue !== null && revisedDue.end > dueEnd;
  if (revisedLater) evidence.push("deadline_moved");
  if (due.extensionAgreed) evidence.push("extension_agreed");
  if (status.rag === "red") evidence.push("rated_red");
  const begun =
    (due.kind === "start" || due.kind === "recurring") &&
    (status.status === "in_progress" || status.status === "completed");
  const open = status.status === "in_progress" || status.status === "not_started";
  const overdue = dueEnd !== null && dueEnd < asOf && open && !begun;
  if (overdue) evidence.push("overdue_open");

  let slipped: boolean | null;
  if (evidence.length > 0) slipped = true;
  else if (dueEnd === null) slipped = null;
  else if (status.status === "unknown" && dueEnd < asOf) slipped = null;
  else slipped = false;

  let slipDays: number | null = null;
  let lowerBound = false;
  if (revisedLater) slipDays = daysBetween(dueEnd, revisedDue.end);
  else if (overdue) {
    slipDays = daysBetween(dueEnd, asOf);
    lowerBound = true;
  } else if (slipped === false) slipDays = 0;
  return { slipped, slipDays, slipDaysIsLowerBound: lowerBound, slipReasons: evidence };
}
