import { table, type ColumnTable } from "arquero";
import { expectObject } from "../errors/argument-error.js";
import { commonWeaknessGroups, type CommonWeakness } from "../findings/common-weaknesses.js";
import {
  compileFindingCodes,
  type CompiledFindingCodes,
  type FindingCodebookInput,
} from "../findings/finding-codes.js";
import { defaultFindingCodes } from "../findings/default-finding-codes.js";
import { expectReports, reportFindings, type Finding } from "../findings/plan-findings.js";
import {
  GradeSchema,
  JudgementAreaSchema,
  type Grade,
  type InspectionReport,
  type JudgementArea,
} from "../schema/inspection-report.js";
import { SMALL_BASE } from "../slippage/slippage-summary.js";
import { classifyText, compileCodebook, type CompiledCodebook } from "../themes/classify.js";
import type { CodebookInput } from "../themes/codebook.js";
import { defaultCodebook } from "../themes/default-codebook.js";

/** The national picture from Ofsted's reports: every finding coded, and the weaknesses councils share. */
export interface NationalPicture {
  readonly reports: readonly InspectionReport[];
  /** Every report's findings, coded with the finding codes. */
  readonly findings: readonly Finding[];
  /** The weaknesses shared by the findings of two councils or more (`N01`, `N02`…). */
  readonly weaknesses: readonly CommonWeakness[];
}

/**
 * Codes every report's "What needs to improve?" items with the finding codes and groups them into
 * the weaknesses councils share (see `commonWeaknessGroups`, ids `N01`…): the national picture a
 * regulator starts from.
 *
 * @returns the reports, their findings and the national weaknesses.
 * @example
 * const national = nationalPicture(loadInspectionReports({ dir: reportsDir }).reports);
 * national.weaknesses[0]?.label; // the weakness most councils share
 */
export function nationalPicture(
  reports: readonly InspectionReport[],
  codes: FindingCodebookInput | CompiledFindingCodes = defaultFindingCodes,
): NationalPicture {
  expectReports(reports);
  const compiled = "compiled" in codes ? codes : compileFindingCodes(codes);
  const findings = reportFindings(reports, compiled);
  return { reports, findings, weaknesses: commonWeaknessGroups(findings, { codes: compiled, prefix: "N" }) };
}

/** Columns of `inspections.csv`, in order. */
export const INSPECTION_COLUMNS = [
  "council",
  "council_name",
  "urn",
  "file",
  "inspection_start",
  "inspection_end",
  "published",
  "framework",
  ...JudgementAreaSchema.def.values,
  "findings",
  "lead_inspector",
] as const;

/**
 * One row per report (`inspections.csv`): the council, its reference number and file, the inspection
 * dates, the framework, each judgement's grade (null where the report does not grade the area), how
 * many findings it lists, and the lead inspector.
 *
 * @returns an arquero table in the column order of `INSPECTION_COLUMNS`.
 * @example
 * inspectionTable(reports).filter((d: any) => d.overall === "inadequate").print();
 */
export function inspectionTable(reports: readonly InspectionReport[]): ColumnTable {
  expectReports(reports);
  const rows = reports.map((r) => ({
    council: r.council,
    council_name: r.councilName,
    urn: r.urn,
    file: r.file,
    inspection_start: r.inspectionStart,
    inspection_end: r.inspectionEnd,
    published: r.published,
    framework: r.framework,
    ...Object.fromEntries(JudgementAreaSchema.def.values.map((a) => [a, r.judgements[a]?.grade ?? null])),
    findings: r.findings.length,
    lead_inspector: r.leadInspector,
  }));
  return columns(rows, INSPECTION_COLUMNS);
}

/** Columns of `inspection-findings.csv`, in order. */
export const INSPECTION_FINDING_COLUMNS = [
  "council",
  "urn",
  "file",
  "finding_id",
  "text",
  "framework_ref",
  "themes",
  "finding_codes",
  "weakness_ids",
  "also_in",
  "evidence",
  "page",
  "line",
  "last_page",
  "last_line",
] as const;

/**
 * One row per report finding (`inspection-findings.csv`): its text and national-framework reference,
 * its themes (the theme codebook, read as a recommendation), finding codes, the national weaknesses it
 * is the main subject of (`weakness_ids`) and those it also mentions (`also_in`), the words that
 * placed it (`code: "words"`), and where it is printed.
 *
 * @returns an arquero table in the column order of `INSPECTION_FINDING_COLUMNS`.
 * @example
 * inspectionFindingTable(national).filter((d: any) => d.council === "barnsley").print();
 */
export function inspectionFindingTable(
  national: NationalPicture,
  codebook: CodebookInput | CompiledCodebook = defaultCodebook,
): ColumnTable {
  expectNational(national);
  const themes = "themes" in codebook && "candidates" in codebook ? codebook : compileCodebook(codebook);
  const primary = new Map<string, string[]>();
  const also = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const w of national.weaknesses) {
    for (const m of w.members) push(primary, `${m.finding.planId}/${m.finding.id}`, w.id);
    for (const m of w.alsoMentioned) push(also, `${m.finding.planId}/${m.finding.id}`, w.id);
  }
  const byId = new Map(national.reports.map((r) => [r.id, r]));
  const rows = national.findings.map((f) => {
    const report = byId.get(f.planId)!;
    const printed = report.findings.find((x) => x.id === f.id)!;
    const key = `${f.planId}/${f.id}`;
    return {
      council: f.council,
      urn: report.urn,
      file: report.file,
      finding_id: f.id,
      text: f.text,
      framework_ref: printed.frameworkRef,
      themes: classifyText(f.text, themes, { unit: "recommendation" }).themes.join(";"),
      finding_codes: f.codes.join(";"),
      weakness_ids: (primary.get(key) ?? []).join(";"),
      also_in: (also.get(key) ?? []).join(";"),
      evidence: f.evidence.map((e) => `${e.theme}: "${e.text}"`).join("; "),
      page: printed.from.page,
      line: printed.from.line,
      last_page: printed.to.page,
      last_line: printed.to.line,
    };
  });
  return columns(rows, INSPECTION_FINDING_COLUMNS);
}

/** The judgement areas and grades, in the order the national tables spell them. */
const AREA_GRADES: readonly [JudgementArea, Grade][] = JudgementAreaSchema.def.values.flatMap((a) =>
  GradeSchema.def.values.map((g): [JudgementArea, Grade] => [a, g]),
);

/** Columns of `national-weaknesses.csv`, in order. */
export const NATIONAL_WEAKNESS_COLUMNS = [
  "weakness_id",
  "weakness",
  "theme",
  "councils",
  "reports",
  "share",
  "council_list",
  "findings",
  "also_mentioned",
  ...AREA_GRADES.map(([a, g]) => `${a}_${g}`),
] as const;

/**
 * One row per national weakness (`national-weaknesses.csv`): how many councils' reports have it as a
 * finding's main subject, out of how many reports were read, and that share among the councils given
 * each grade in each area (`leaders_inadequate`: the share of councils judged inadequate for leaders
 * that have it; null where no council has that grade); the councils and findings behind it
 * (`council/finding_id`) and those that only mention it.
 *
 * @returns an arquero table in the column order of `NATIONAL_WEAKNESS_COLUMNS`.
 * @example
 * nationalWeaknessTable(national).select("weakness", "councils", "share", "overall_inadequate").print();
 */
export function nationalWeaknessTable(national: NationalPicture): ColumnTable {
  expectNational(national);
  const graded = gradedCouncils(national.reports);
  const rows = national.weaknesses.map((w) => {
    const councils = new Set(w.councils);
    const row: Record<string, unknown> = {
      weakness_id: w.id,
      weakness: w.label,
      theme: w.theme,
      councils: councils.size,
      reports: national.reports.length,
      share: national.reports.length ? councils.size / national.reports.length : null,
      council_list: w.councils.join(";"),
      findings: w.members.map((m) => `${m.finding.council}/${m.finding.id}`).join(";"),
      also_mentioned: w.alsoMentioned.map((m) => `${m.finding.council}/${m.finding.id}`).join(";"),
    };
    for (const [area, grade] of AREA_GRADES) {
      const base = graded.get(`${area}_${grade}`) ?? [];
      row[`${area}_${grade}`] = base.length ? base.filter((c) => councils.has(c)).length / base.length : null;
    }
    return row;
  });
  return columns(rows, NATIONAL_WEAKNESS_COLUMNS);
}

/** Columns of `national-weaknesses-by-grade.csv`, in order. */
export const NATIONAL_GRADE_COLUMNS = [
  "weakness_id",
  "weakness",
  "area",
  "grade",
  "councils_graded",
  "councils_with",
  "share",
  "small_base",
] as const;

/**
 * The national weaknesses by judgement, one row per weakness, area and grade: how many councils the
 * reports gave that grade, how many of them have the weakness, the share, and whether the base is
 * small (fewer than `SMALL_BASE` councils: show the counts, never rank on the share).
 *
 * @returns an arquero table in the column order of `NATIONAL_GRADE_COLUMNS`.
 * @example
 * nationalWeaknessesByGrade(national).filter((d: any) => d.area === "overall").print();
 */
export function nationalWeaknessesByGrade(national: NationalPicture): ColumnTable {
  expectNational(national);
  const graded = gradedCouncils(national.reports);
  const rows = national.weaknesses.flatMap((w) =>
    AREA_GRADES.flatMap(([area, grade]) => {
      const base = graded.get(`${area}_${grade}`) ?? [];
      if (base.length === 0) return [];
      const councils = new Set(w.councils);
      const withIt = base.filter((c) => councils.has(c)).length;
      return [
        {
          weakness_id: w.id,
          weakness: w.label,
          area,
          grade,
          councils_graded: base.length,
          councils_with: withIt,
          share: withIt / base.length,
          small_base: base.length < SMALL_BASE,
        },
      ];
    }),
  );
  return columns(rows, NATIONAL_GRADE_COLUMNS);
}

/** @returns the councils given each grade in each area, keyed `<area>_<grade>`. */
function gradedCouncils(reports: readonly InspectionReport[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of reports)
    for (const [area, judgement] of Object.entries(r.judgements)) {
      if (!judgement) continue;
      const key = `${area}_${judgement.grade}`;
      const list = out.get(key);
      if (list) list.push(r.council);
      else out.set(key, [r.council]);
    }
  return out;
}

/** @returns a table of row objects with these columns, in order (with its columns when there are no rows). */
function columns(rows: readonly Record<string, unknown>[], names: readonly string[]): ColumnTable {
  return table(Object.fromEntries(names.map((c) => [c, rows.map((r) => r[c] ?? null)])));
}

/** @throws ArgumentError unless the argument is a national picture (`nationalPicture(reports)`). */
function expectNational(national: NationalPicture): void {
  expectObject(national, "national", "a national picture, e.g. nationalPicture(reports)", [
    "reports",
    "findings",
    "weaknesses",
  ]);
}
