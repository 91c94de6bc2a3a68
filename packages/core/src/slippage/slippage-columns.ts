import type { AssessedAction } from "./assess-plan.js";

/** Columns the slippage issue appends to `actions.csv`, in order. */
export const SLIPPAGE_COLUMNS = [
  "due_kind",
  "due_start",
  "due_end",
  "status",
  "rag",
  "revised_due_end",
  "extension_agreed",
  "removed",
  "slipped",
  "slip_days",
  "slip_days_is_lower_bound",
] as const;

/** The slippage columns of one action row (ISO dates, booleans, null for unknown). */
export type SlippageRow = {
  due_kind: string;
  due_start: string | null;
  due_end: string | null;
  status: string;
  rag: string | null;
  revised_due_end: string | null;
  extension_agreed: boolean;
  removed: boolean;
  slipped: boolean | null;
  slip_days: number | null;
  slip_days_is_lower_bound: boolean;
};

/** @returns the slippage columns of an assessed action. */
export function slippageRow({ assessment: a }: AssessedAction): SlippageRow {
  return {
    due_kind: a.due.kind,
    due_start: a.due.start,
    due_end: a.due.end,
    status: a.status.status,
    rag: a.status.rag,
    revised_due_end: a.revisedDue?.end ?? null,
    extension_agreed: a.due.extensionAgreed,
    removed: a.due.removed,
    slipped: a.slippage.slipped,
    slip_days: a.slippage.slipDays,
    slip_days_is_lower_bound: a.slippage.slipDaysIsLowerBound,
  };
}
