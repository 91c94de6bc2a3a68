import type { AssessedAction } from "./assess-action.js";

/** Due-date, status and slippage columns of `actions.csv`, in order. */
export const SLIPPAGE_COLUMNS = [
  "due_kind",
  "due_start",
  "due_end",
  "status",
  "status_evidence",
  "completion_basis",
  "rating_contradicts_words",
  "rag",
  "revised_due_end",
  "extension_agreed",
  "removed",
  "slipped",
  "slip_days",
  "slip_days_is_lower_bound",
  "slip_reasons",
] as const;

/** The slippage columns of one action row (ISO dates, booleans, null for unknown). */
export type SlippageRow = {
  due_kind: string;
  due_start: string | null;
  due_end: string | null;
  status: string;
  /** The words that decided the status ("Green", "signed off", "On hold"); "" when nothing did. */
  status_evidence: string;
  /** Where a completion comes from: `stated` (the words report it), `rating` (only a colour or key); null if not completed. */
  completion_basis: "stated" | "rating" | null;
  /** True when the rating and the words disagree (both kept: `status_evidence`, the progress cell). */
  rating_contradicts_words: boolean;
  rag: string | null;
  revised_due_end: string | null;
  extension_agreed: boolean;
  removed: boolean;
  slipped: boolean | null;
  slip_days: number | null;
  slip_days_is_lower_bound: boolean;
  /** Why it slipped, joined by ";": overdue_open, deadline_moved, extension_agreed, rated_red. */
  slip_reasons: string;
};

/**
 * @returns the slippage columns of an assessed action.
 * @example
 * const rows = assessPlans(plans).actions.map(slippageRow); // due_end, status, slipped, slip_days…
 */
export function slippageRow({ assessment: a }: AssessedAction): SlippageRow {
  return {
    due_kind: a.due.kind,
    due_start: a.due.start,
    due_end: a.due.end,
    status: a.status.status,
    status_evidence: a.status.evidence,
    completion_basis: a.status.completionBasis,
    rating_contradicts_words: a.status.ratingContradictsWords,
    rag: a.status.rag,
    revised_due_end: a.revisedDue?.end ?? null,
    extension_agreed: a.due.extensionAgreed,
    removed: a.due.removed,
    slipped: a.slippage.slipped,
    slip_days: a.slippage.slipDays,
    slip_days_is_lower_bound: a.slippage.slipDaysIsLowerBound,
    slip_reasons: a.slippage.slipReasons.join(";"),
  };
}
