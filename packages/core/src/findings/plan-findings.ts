import { ArgumentError, expectArray, expectPlans } from "../errors/argument-error.js";
import { formatLineList } from "../export/source-lines.js";
import type { InspectionReport, PageLine, ReportFinding } from "../schema/inspection-report.js";
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
  readonly kind: "recommendation" | "action-citing-report" | "inspection-report";
  readonly text: string;
  readonly codes: readonly string[];
  /**
   * Its main subjects among its codes (what it asks to change): the code its text names first; one
   * per ask where it lists several ("a. … b. …", "− … − …"). Empty when it has no code.
   */
  readonly subjects: readonly string[];
  readonly evidence: readonly Evidence[];
  /**
   * The actions that answer it: a recommendation's own (rows that only point to other actions left
   * out); for an action that cites the report, itself.
   */
  readonly actions: readonly Action[];
  /**
   * Actions it only links to, shown in a drill-down and counted nowhere: those an action's
   * cross-references name ("Link to 3.11 3.9"), and a recommendation's rows that only point elsewhere
   * ("See 12b; and 19a") with the actions they point to.
   */
  readonly linked: readonly Action[];
  readonly source: { readonly file: string; readonly lines: readonly number[] };
  /** For a finding of an inspection report: where it is printed, page and line, first to last. */
  readonly at?: { readonly from: PageLine; readonly to: PageLine };
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
              [action],
              linked,
              action.source.lines,
              compiled,
            ),
          );
        }
      }
    } else {
      const byId = new Map(plan.recommendations.flatMap((r) => r.actions).map((a) => [a.id, a]));
      for (const rec of plan.recommendations) {
        const pointers = rec.actions.filter(onlyPoints);
        const linked = pointers.flatMap((p) => [p, ...pointedTo(p, byId)]);
        const own = rec.actions.filter((a) => !pointers.includes(a));
        out.push(finding(plan, rec.id, "recommendation", rec.text, own, linked, rec.source.lines, compiled));
      }
    }
  }
  return out;
}

/**
 * The findings of Ofsted's inspection reports: every item of each report's "What needs to improve?",
 * coded with the finding codes as plan findings are (default: the library's), so that they group
 * into common weaknesses across councils. A report finding has no actions: it is what Ofsted asked
 * for, not what a council did.
 *
 * @returns the findings in report and print order.
 * @example
 * const national = reportFindings(loadInspectionReports({ dir: reportsDir }).reports);
 * commonWeaknessGroups(national, { prefix: "N" }).length;
 */
export function reportFindings(
  reports: readonly InspectionReport[],
  codes: FindingCodebookInput | CompiledFindingCodes = defaultFindingCodes,
): Finding[] {
  expectReports(reports);
  const compiled = "compiled" in codes ? codes : compileFindingCodes(codes);
  return reports.flatMap((report) =>
    report.findings.map((f: ReportFinding): Finding => {
      const coded = codeFinding(f.text, compiled);
      return {
        council: report.council,
        planId: report.id,
        id: f.id,
        kind: "inspection-report",
        text: f.text,
        codes: coded.codes,
        subjects: mainSubjects(f.text, coded.evidence, compiled),
        evidence: coded.evidence,
        actions: [],
        linked: [],
        source: { file: report.file, lines: [f.from.line] },
        at: { from: f.from, to: f.to },
      };
    }),
  );
}

/** A row that only points to other actions: "See 12b (accommodation); and 19a", "Link to 3.11". */
const POINTS_ONLY =
  /^\s*(?:see|link(?:ed)? to|as per|refer to|cross[- ]?ref\w*(?: to)?)\s+[\w.]+(?:\s*\([^)]{0,40}\))?(?:(?:\s*(?:[;,&]|\band\b))+\s*(?:see\s+)?[\w.]+(?:\s*\([^)]{0,40}\))?)*\s*\.?\s*$/iu;

const onlyPoints = (a: Action) => POINTS_ONLY.test(a.text);

/** @returns the actions a pointer row names by id. */
function pointedTo(pointer: Action, byId: ReadonlyMap<string, Action>): Action[] {
  const ids = [...pointer.crossReferences, ...(pointer.text.match(/[\w.]+/gu) ?? [])];
  return [...new Set(ids)].flatMap((id) => (id !== pointer.id && byId.has(id) ? [byId.get(id)!] : []));
}

function finding(
  plan: Plan,
  id: string,
  kind: Finding["kind"],
  text: string,
  actions: readonly Action[],
  linked: readonly Action[],
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
    subjects: mainSubjects(text, coded.evidence, codes),
    evidence: coded.evidence,
    actions,
    linked,
    source: { file: plan.source.file, lines },
  };
}

/** An ask of a list: "a. ", "(b) ", "ii) ", or "− " / "• " after a colon or another such item. */
const LIST_ITEM =
  /(?:^|\s)(?:\(?[a-h][.)]|\((?:i{1,3}|iv|vi{0,3})\)|(?:i{1,3}|iv|vi{0,3})\))\s+(?=\S)|(?:[:;]|^)\s*[\u2212\u2013\u2022-]\s+(?=\S)|\s[\u2212\u2022]\s+(?=\S)/gu;

/**
 * @returns a finding's main subjects among its codes: the code whose evidence starts first (by the
 * codebook's order where two start together) — in each ask, where the finding lists two or more
 * ("Ensure that: a. all assessments … consider ethnicity …; and b. children's views inform
 * assessments": two subjects). Empty when no code has evidence.
 * @example
 * const codes = compileFindingCodes(defaultFindingCodes);
 * const text = "Improve management oversight, including reflective supervision";
 * mainSubjects(text, codeFinding(text, codes).evidence, codes); // ["management_oversight"]
 */
export function mainSubjects(text: string, evidence: readonly Evidence[], codes: CompiledFindingCodes): string[] {
  const order = new Map(codes.codebook.codes.map((c, k) => [c.id, k]));
  const starts = [...text.matchAll(LIST_ITEM)].map((m) => m.index + m[0].length);
  const bounds = starts.length >= 2 ? [...starts, text.length] : [0, text.length];
  const subjects: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let best: Evidence | null = null;
    for (const e of evidence) {
      if (e.start < bounds[k]! || e.start >= bounds[k + 1]!) continue;
      if (
        !best ||
        e.start < best.start ||
        (e.start === best.start && (order.get(e.theme) ?? 0) < (order.get(best.theme) ?? 0))
      )
        best = e;
    }
    if (best && !subjects.includes(best.theme)) subjects.push(best.theme);
  }
  return subjects;
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
  expectArray(findings, "findings", "findings, e.g. planFindings(plans)", "objects");
  if (typeof themesOf !== "function")
    throw new ArgumentError("themesOf", "a function from a finding to its theme ids", themesOf);
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

/**
 * Checks that an argument is inspection reports (`loadInspectionReports().reports`).
 *
 * @throws ArgumentError naming the argument, or the first item that is not a report.
 */
export function expectReports(reports: readonly InspectionReport[]): readonly InspectionReport[] {
  return expectArray(reports, "reports", "inspection reports, e.g. loadInspectionReports().reports", "objects");
}
