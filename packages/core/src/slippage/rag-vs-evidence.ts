import { escape, type ColumnTable } from "arquero";
import { daysBetween } from "../dates/calendar.js";
import { expectTable } from "../errors/argument-error.js";

/**
 * Where a council's own RAG rating is more optimistic than its dates: actions rated amber ("on track")
 * or green ("completed or on target": the key does not say which) whose deadline had passed by the
 * plan's date. Blue (completed) is not listed.
 * `days_past_due` is how long the deadline had passed by `as_of`. Removed actions are left out.
 *
 * @returns the matching actions with their rating, deadline, days past due and a one-line reading.
 * @example
 * ragVersusEvidence(actionTable(plans)).print(); // amber or green after the deadline
 */
export function ragVersusEvidence(actions: ColumnTable): ColumnTable {
  expectTable(actions, "actions");
  return actions
    .filter(
      escape(
        (d: Row) => !d.removed && (d.rag === "amber" || d.rag === "green") && d.due_end != null && d.due_end < d.as_of,
      ),
    )
    .derive({
      days_past_due: escape((d: Row) => daysBetween(d.due_end, d.as_of)),
      reading: escape((d: Row) =>
        d.rag === "amber"
          ? "rated on track after its deadline had passed"
          : "rated green after its deadline had passed; completion not otherwise evidenced",
      ),
    })
    .select(
      "council",
      "plan_id",
      "recommendation_id",
      "action_id",
      "action_text",
      "lead",
      "due_raw",
      "due_end",
      "status_raw",
      "rag",
      "as_of",
      "days_past_due",
      "reading",
      "source_file",
      "source_lines",
    );
}

type Row = any;
