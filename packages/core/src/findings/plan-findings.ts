import { expectPlans } from "../errors/argument-error.js";
import { formatLineList } from "../export/source-lines.js";
import type { Action, Plan } from "../schema/plan.js";
import type { Evidence } from "../themes/classify.js";
import {
  compileFindingCodes,
  codeFinding,
  type CompiledFindingCodes,
  type FindingCodebookInput,
} from "./finding-codes.js";
import { defaultFindingCodes } from "./default-finding-codes.js";

/**
 * An inspection finding of a plan: every recommendation (Oxfordshire's areas X1–X6 included); in a
 * plan whose headings are local themes, not findings (Herefordshire), each action whose Reference
 * cites the inspection report in the plan's reference key.
 */
export interface Finding {
  readonly council: string;
  readonly planId: string;
  /** The recommendation's id, or the action's for an action that cites the report. */
  readonly id: string;
  readonly kind: "recommendation" | "action-citing-report";
  readonly text: string;
  readonly codes: readonly string[];
  readonly evidence: readonly Evidence[];
  /** The actions that answer it: a recommendation's own; for an action, itself and those it links to. */
  readonly actions: readonly Action[];
  readonly source: { readonly file: string; readonly lines: readonly number[] };
}

/**
 * The inspection findings of plans, each coded with finding codes (default: the library's). A plan
 * with a reference key has findings only where an action cites the key's inspection report (from
 * the key's titles, so any code works, "AA6" or another); any other plan's findings are its
 * recommendations.
 *
 * @returns the findings in plan and source order.
 * @example
 * const findings = planFindings(loadAll().plans);
 * findings.filter((f) => f.codes.includes("staff_supervision")).map((f) => `${f.council}/${f.id}`);
 */
export function planFindings(
  plans: readonly Plan[],
  codes: FindingCodebookInput | CompiledFindingCodes = defaultFindingCodes,
): Finding[] {
  expectPlans(plans);
  const compiled = "compiled" in codes ? codes : compileFindingCodes(codes);
  const out: Finding[] = [];
  for (const plan of plans) {
    const report = new Set(plan.referenceKey.filter((r) => r.inspectionReport).map((r) => r.code));
    if (report.size > 0) {
      const byId = new Map(plan.recommendations.flatMap((r) => r.actions).map((a) => [a.id, a]));
      for (const rec of plan.recommendations) {
        for (const action of rec.actions) {
          if (!action.reference.split(/[\s,;/]+/u).some((code) => report.has(code))) continue;
          const linked = action.crossReferences.map((id) => byId.get(id)).filter((a): a is Action => a !== undefined);
          out.push(
            finding(
              plan,
              action.id,
              "action-citing-report",
              action.text,
              [action, ...linked],
              action.source.lines,
              compiled,
            ),
          );
        }
      }
    } else {
      for (const rec of plan.recommendations)
        out.push(finding(plan, rec.id, "recommendation", rec.text, rec.actions, rec.source.lines, compiled));
    }
  }
  return out;
}

function finding(
  plan: Plan,
  id: string,
  kind: Finding["kind"],
  text: string,
  actions: readonly Action[],
  lines: readonly number[],
  codes: CompiledFindingCodes,
): Finding {
  const coded = codeFinding(text, codes);
  return {
    council: plan.council,
    planId: plan.id,
    id,
    kind,
    text,
    codes: coded.codes,
    evidence: coded.evidence,
    actions,
    source: { file: plan.source.file, lines },
  };
}

/** Columns of `findings.csv`, in order. */
export const FINDING_COLUMNS = [
  "council",
  "plan_id",
  "finding_id",
  "kind",
  "text",
  "themes",
  "finding_codes",
  "evidence",
  "source_file",
  "source_lines",
] as const;

/**
 * The findings as rows of `findings.csv`: their themes (the recommendation's, or the citing action's,
 * as `themesOf` gives them), finding codes, the evidence of each code (`code: "matched words"`), and
 * source lines.
 *
 * @returns one row per finding.
 * @example
 * const rows = findingRows(planFindings(plans), () => []); // rows of findings.csv, without themes
 */
export function findingRows(
  findings: readonly Finding[],
  themesOf: (f: Finding) => readonly string[],
): Record<(typeof FINDING_COLUMNS)[number], string>[] {
  return findings.map((f) => ({
    council: f.council,
    plan_id: f.planId,
    finding_id: f.id,
    kind: f.kind,
    text: f.text,
    themes: themesOf(f).join(";"),
    finding_codes: f.codes.join(";"),
    evidence: f.evidence.map((e) => `${e.theme}: "${e.text}"`).join("; "),
    source_file: f.source.file,
    source_lines: formatLineList(f.source.lines),
  }));
}
