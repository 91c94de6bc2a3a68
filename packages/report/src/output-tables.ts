import {
  ACTION_COLUMNS,
  FINDING_COLUMNS,
  formatLineList,
  INSPECTION_COLUMNS,
  INSPECTION_FINDING_COLUMNS,
  inspectionFindingTable,
  inspectionTable,
  NATIONAL_GRADE_COLUMNS,
  NATIONAL_WEAKNESS_COLUMNS,
  nationalWeaknessesByGrade,
  nationalWeaknessTable,
  RECOMMENDATION_COLUMNS,
  recommendationRows,
  SLIPPAGE_COLUMNS,
  SLIPPAGE_SUMMARY_COLUMNS,
  THEME_COLUMNS,
  toCsv,
  WEAKNESS_COLUMNS,
  type CsvValue,
} from "@ofsted-action-plans/core";
import { table, type ColumnTable } from "arquero";
import type { Analysis } from "./analysis.js";

type Row = Record<string, unknown>;

/**
 * One output table, built once, and the columns each format writes from it: a CSV writes a list as
 * its items joined by ";" (or as a column's own text), Parquet keeps it a list.
 */
export interface OutputTable {
  /** The file name without its extension. */
  readonly name: string;
  readonly table: ColumnTable;
  /** Columns of the CSV, in order: a column of the table, or `[name, text of a row]`. */
  readonly csv: readonly (string | readonly [string, (row: Row) => CsvValue])[];
  /** Columns of the Parquet file, in order: a column of the table, or `[name, column of the table]`; absent: no Parquet. */
  readonly parquet?: readonly (string | readonly [string, string])[];
  /** A CSV row's values as written (e.g. "not reported" for a figure with no base). */
  readonly csvRow?: (row: Record<string, CsvValue>) => Record<string, CsvValue>;
}

/**
 * @returns every table the command writes, in the order it writes them, each built once from the analysis.
 * @example
 * outputTables(analysis).map((t) => t.name); // ["actions", "recommendations", …]
 */
export function outputTables(analysis: Analysis): OutputTable[] {
  const national = nationalTables(analysis);
  const { recommendations, findings } = themedTables(analysis);
  return [
    {
      name: "actions",
      table: analysis.actions,
      csv: [...ACTION_COLUMNS, ...SLIPPAGE_COLUMNS, ...THEME_COLUMNS],
      parquet: [...ACTION_COLUMNS, ...SLIPPAGE_COLUMNS, ["themes", "theme_list"], ["weaknesses", "weakness_list"]],
    },
    all("recommendations", recommendations, true),
    {
      name: "slippage-by-council",
      table: analysis.slippage,
      csv: ["council", ...SLIPPAGE_SUMMARY_COLUMNS],
      csvRow: notReported,
    },
    all("rag-vs-evidence", analysis.ragVsEvidence),
    all("themes-by-council", analysis.themeMatrix),
    {
      name: "findings",
      table: findings,
      csv: FINDING_COLUMNS.map((c) =>
        c === "source_lines" ? ([c, (r: Row) => formatLineList(r.source_lines as number[])] as const) : c,
      ),
      parquet: ["council", "plan_id", "finding_id", "kind", "text", "finding_codes", "source_file", "source_lines"],
    },
    { name: "common-weaknesses", table: analysis.commonWeaknesses, csv: WEAKNESS_COLUMNS },
    {
      name: "weakness-delivery",
      table: analysis.weaknessDelivery,
      csv: ["weakness", "weakness_label", "council", ...SLIPPAGE_SUMMARY_COLUMNS, "action_ids"],
    },
    all("themes-in-several-councils", analysis.commonThemes),
    all("similar-recommendations", analysis.similarRecommendations),
    all("inspections", national.inspections, true),
    all("inspection-findings", national.findings, true),
    all("national-weaknesses", national.weaknesses, true),
    all("national-weaknesses-by-grade", national.byGrade),
  ];
}

/** @returns an output table written whole (every column, in the table's order), to CSV and, if asked, Parquet. */
function all(name: string, t: ColumnTable, parquet = false): OutputTable {
  return { name, table: t, csv: t.columnNames(), ...(parquet ? { parquet: t.columnNames() } : {}) };
}

/**
 * @returns the CSV of an output table.
 * @example
 * outputCsv(outputTables(analysis)[0]!).text.split("\r\n")[0]; // the header row of actions.csv
 */
export function outputCsv(output: OutputTable): { text: string; rows: number } {
  const columns = output.csv.map((c) => (typeof c === "string" ? c : c[0]));
  const rows = (output.table.objects() as Row[]).map((row) => {
    const written: Record<string, CsvValue> = {};
    for (const c of output.csv) {
      const value = typeof c === "string" ? row[c] : c[1](row);
      written[typeof c === "string" ? c : c[0]] = (Array.isArray(value) ? value.join(";") : value) as CsvValue;
    }
    return output.csvRow ? output.csvRow(written) : written;
  });
  return { text: toCsv(columns, rows), rows: rows.length };
}

/**
 * @returns the table written as Parquet (its Parquet columns, renamed), or null when it has none.
 * @example
 * outputParquet(outputTables(analysis)[0]!)?.columnNames(); // actions.parquet's columns
 */
export function outputParquet(output: OutputTable): ColumnTable | null {
  if (!output.parquet) return null;
  return output.table.select(
    Object.fromEntries(output.parquet.map((c) => (typeof c === "string" ? [c, c] : [c[1], c[0]]))),
  );
}

/** @returns a table of row objects with these columns, in order (with its columns when there are no rows). */
function columnsTable(rows: readonly Row[], columns: readonly string[]): ColumnTable {
  return table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c])])));
}

/** @returns the recommendations and findings with their themes as lists (a finding's are its recommendation's or action's). */
function themedTables(analysis: Analysis): { recommendations: ColumnTable; findings: ColumnTable } {
  const recThemes = new Map(
    analysis.themes.recommendations.map((r) => [`${r.planId}/${r.recommendationId}`, r.classification.themes]),
  );
  const actionThemes = new Map(
    analysis.themes.actions.map((a) => [`${a.planId}/${a.actionId}`, a.classification.themes]),
  );
  const recommendations = columnsTable(
    recommendationRows(analysis.plans).map((r) => ({
      ...r,
      themes: recThemes.get(`${r.plan_id}/${r.recommendation_id}`) ?? [],
    })),
    [...RECOMMENDATION_COLUMNS, "themes"],
  );
  const findings = columnsTable(
    analysis.findings.map((f) => ({
      council: f.council,
      plan_id: f.planId,
      finding_id: f.id,
      kind: f.kind,
      text: f.text,
      themes: (f.kind === "recommendation" ? recThemes : actionThemes).get(`${f.planId}/${f.id}`) ?? [],
      finding_codes: [...f.codes],
      evidence: f.evidence.map((e) => `${e.theme}: "${e.text}"`).join("; "),
      source_file: f.source.file,
      source_lines: [...f.source.lines],
    })),
    FINDING_COLUMNS,
  );
  return { recommendations, findings };
}

/** @returns the national picture's tables (with their columns and no rows when no reports were read). */
function nationalTables(
  analysis: Analysis,
): Record<"inspections" | "findings" | "weaknesses" | "byGrade", ColumnTable> {
  const { national } = analysis;
  if (!national)
    return {
      inspections: columnsTable([], INSPECTION_COLUMNS),
      findings: columnsTable([], INSPECTION_FINDING_COLUMNS),
      weaknesses: columnsTable([], NATIONAL_WEAKNESS_COLUMNS),
      byGrade: columnsTable([], NATIONAL_GRADE_COLUMNS),
    };
  return {
    inspections: inspectionTable(national.reports),
    findings: inspectionFindingTable(national, analysis.themes.codebook),
    weaknesses: nationalWeaknessTable(national),
    byGrade: nationalWeaknessesByGrade(national),
  };
}

/**
 * In a council with nothing assessable, the share reads "not reported" or "none due yet" rather than
 * blank; days late read "no slipped actions" when nothing slipped.
 */
function notReported(row: Record<string, CsvValue>): Record<string, CsvValue> {
  const out = { ...row };
  if (row.slippage !== "reported") out.slipped_share = row.slippage as string;
  if (row.days_late_n === 0) {
    const why = row.slippage === "reported" ? "no slipped actions" : (row.slippage as string);
    out.median_days_late = why;
    out.p90_days_late = why;
  }
  return out;
}
