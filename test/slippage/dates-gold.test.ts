import { assessPlans, type SlippageRow } from "@ofsted-action-plans/core";
import { slippageRow } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";
import { corpus, readTsv } from "../helpers/corpus.js";

const gold = readTsv("dates-dev.tsv");
const FIELDS = [
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

/** Writes a value the way the gold file does: y/n for booleans, "" for null. */
function goldForm(value: SlippageRow[keyof SlippageRow]): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "y" : "n";
  return String(value);
}

describe("due dates, status and slippage against the hand-applied dev labels", () => {
  const mine = new Map(
    assessPlans(corpus().plans).actions.map((a): [string, SlippageRow] => [
      `${a.plan.council}/${a.action.id}`,
      slippageRow(a),
    ]),
  );

  it("covers every labelled action", () => {
    expect(gold.filter((g) => !mine.has(g.unit!)).map((g) => g.unit)).toEqual([]);
  });

  it("agrees field by field", () => {
    const disagreements: string[] = [];
    let agreed = 0;
    for (const g of gold) {
      const row = mine.get(g.unit!)!;
      for (const f of FIELDS) {
        if (goldForm(row[f]) === g[f]) agreed++;
        else disagreements.push(`${g.unit} ${f}: gold "${g[f]}", library "${goldForm(row[f])}"`);
      }
    }
    const total = gold.length * FIELDS.length;
    console.log(
      `dates/status/slippage agreement with dev labels: ${agreed}/${total} fields (${((100 * agreed) / total).toFixed(1)}%)`,
    );
    expect(disagreements).toEqual([]);
  });
});
