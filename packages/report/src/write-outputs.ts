import { join } from "node:path";
import { analysisCharts, defaultFindingCodes, type AsOfOption } from "@ofsted-action-plans/core";
import { compileFindingCodes } from "@ofsted-action-plans/core/authoring";
import { lineTotals, refiQdaExport, type Corpus, type ReportCorpus } from "@ofsted-action-plans/loaders";
import { outputFolder, writeOutputFile } from "./output/out-folder.js";
import { analyseCorpus, documentDiagnostics, type Analysis } from "./analysis.js";
import { toParquet } from "./exchange/parquet.js";
import { outputCsv, outputParquet, outputTables, type OutputTable } from "./output-tables.js";
import { startChartRenderer, type ChartRenderer } from "./charts/chart-renderer.js";
import { renderReport } from "./html/render-report.js";
import { vegaBrowserScripts } from "./html/vega-scripts.js";

/**
 * The files `writeOutputs` writes, each with a count and what it counts (rows, plans, marks drawn…),
 * a note where it was written with a change (a date the format cannot hold), or the error that kept
 * it from being written.
 */
/**
 * Every file the main command writes into the output folder, in the order the help lists them (and
 * `charts/<id>.svg` for each chart): the one list the help text and the tests read.
 */
export const OUTPUT_FILES = [
  "actions.csv",
  "recommendations.csv",
  "findings.csv",
  "slippage-by-council.csv",
  "rag-vs-evidence.csv",
  "themes-by-council.csv",
  "themes-in-several-councils.csv",
  "common-weaknesses.csv",
  "weakness-delivery.csv",
  "similar-recommendations.csv",
  "inspections.csv",
  "inspection-findings.csv",
  "national-weaknesses.csv",
  "national-weaknesses-by-grade.csv",
  "actions.parquet",
  "recommendations.parquet",
  "findings.parquet",
  "inspections.parquet",
  "inspection-findings.parquet",
  "national-weaknesses.parquet",
  "plans.json",
  "diagnostics.json",
  "plans.qdpx",
  "codebook.qdc",
  "report.html",
] as const;

export type WrittenFiles = { file: string; count: number; unit: string; note?: string; error?: string }[];

type File = readonly [name: string, content: string | Uint8Array, count: number, unit: string, note?: string];

/**
 * Writes the pipeline's outputs for a loaded corpus into `outDir`:
 * - `actions.csv`: one row per action — foundation columns, then due date, status and slippage, then themes;
 * - `recommendations.csv`: one row per recommendation, with its themes;
 * - `slippage-by-council.csv`, `rag-vs-evidence.csv`;
 * - `themes-by-council.csv` (council × theme matrix of actions, with the action ids behind each cell),
 *   `common-weaknesses.csv`, `similar-recommendations.csv`;
 * - `plans.json` (the validated plans, each action with its assessment: status, completion basis,
 *   rating contradicting words), `diagnostics.json` (per document: loader and date diagnostics
 *   and line accounting; and load errors);
 * - from Ofsted's reports (`options.reports`): `inspections.csv`, `inspection-findings.csv`,
 *   `national-weaknesses.csv` and `national-weaknesses-by-grade.csv` (valid and empty without them);
 * - the action, recommendation, finding, inspection, inspection-finding and national-weakness tables
 *   as Parquet;
 * - `report.html` (self-contained, offline) and `charts/*.svg`.
 *
 * Takes a loaded corpus (analysed here) or its analysis. The folder is checked first (see
 * `outputFolder`: never the data folder or inside it, never a file); each output is written to a
 * temporary file and renamed into place, so nothing is written through a link.
 *
 * @returns the files written.
 * @throws OutputError when the output folder is refused.
 * @example
 * const written = await writeOutputs(loadAll(), "out");
 * written.filter((w) => w.error).length; // outputs that failed
 */
export async function writeOutputs(
  input: Corpus | Analysis,
  outDir: string,
  options: { asOf?: AsOfOption; renderer?: ChartRenderer; reports?: ReportCorpus | null } = {},
): Promise<WrittenFiles> {
  const corpus = "corpus" in input ? input.corpus : input;
  const out = outputFolder(outDir, corpus.dataDir);
  const renderer = options.renderer ?? startChartRenderer();
  const written: WrittenFiles = [];
  // Each output is made and written on its own: one that fails is reported, the others are still written.
  const write = async (name: string, make: () => File | File[] | Promise<File | File[]>) => {
    try {
      const made = await make();
      for (const [file, content, count, unit, note] of (Array.isArray(made[0]) ? made : [made]) as File[]) {
        writeOutputFile(join(out, file), content);
        written.push({ file: join(outDir, file), count, unit, ...(note ? { note } : {}) });
      }
    } catch (error) {
      written.push({
        file: join(outDir, name),
        count: 0,
        unit: "",
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  try {
    const analysis =
      "corpus" in input
        ? input
        : analyseCorpus(corpus, { reports: options.reports ?? null, ...(options.asOf ? { asOf: options.asOf } : {}) });
    const charts = analysisCharts(analysis);
    const rendering = renderer.render(charts.map((c) => c.spec));
    // Tables and JSON first, then the exchange formats, then the report and its charts.
    const tables = outputTables(analysis);
    for (const output of tables) await write(`${output.name}.csv`, () => csvFile(output));
    for (const file of jsonFiles(analysis)) await write(file[0], () => file);
    await write("plans.qdpx", () => {
      const qda = refiQdaExport(analysis, compileFindingCodes(defaultFindingCodes).codebook);
      return [
        ["plans.qdpx", qda.qdpx, qda.selections.length, "coded selections", qda.note],
        ["codebook.qdc", qda.qdc, analysis.themes.codebook.themes.length, "themes"],
      ];
    });
    for (const output of tables) if (output.parquet) await write(`${output.name}.parquet`, () => parquetFile(output));
    await write("report.html", () => [
      "report.html",
      renderReport(analysis, charts, vegaBrowserScripts()),
      charts.length,
      "charts",
    ]);
    await write("charts", async () => {
      const rendered = await rendering;
      return charts.map((c, i): File => [join("charts", `${c.id}.svg`), rendered[i]!.svg, rendered[i]!.marks, "marks"]);
    });
    return written;
  } finally {
    if (!options.renderer) renderer.close();
  }
}

/** @returns an output table's CSV file. */
function csvFile(output: OutputTable): File {
  const { text, rows } = outputCsv(output);
  return [`${output.name}.csv`, text, rows, "rows"];
}

/** @returns an output table's Parquet file. */
async function parquetFile(output: OutputTable): Promise<File> {
  const parquet = outputParquet(output)!;
  return [`${output.name}.parquet`, await toParquet(parquet), parquet.numRows(), "rows"];
}

/** @returns the JSON files of an analysis: the plans with their assessments, and the diagnostics. */
function jsonFiles(analysis: Analysis): File[] {
  const diagnostics = diagnosticsDocument(analysis);
  return [
    ["plans.json", JSON.stringify(withAssessments(analysis), null, 2) + "\n", analysis.plans.length, "plans"],
    ["diagnostics.json", JSON.stringify(diagnostics, null, 2) + "\n", diagnostics.documents.length, "documents"],
  ];
}

/**
 * `diagnostics.json`: first what a reader must check (documents that failed, then those that loaded
 * with warnings), then every document's line counts and diagnostics, the errors, the codings' and the
 * inspection reports' diagnostics.
 *
 * @returns the document as plain data.
 */
function diagnosticsDocument(analysis: Analysis) {
  const { corpus } = analysis;
  const warningsOf = (r: Corpus["results"][number]) =>
    documentDiagnostics(analysis, r).filter((d) => d.severity === "warning");
  return {
    toCheck: [
      ...corpus.errors.map((e) => ({ file: e.file, status: "failed", warnings: 0, first: e.message })),
      ...corpus.results.flatMap((r) => {
        const warnings = warningsOf(r);
        return warnings.length
          ? [
              {
                file: r.plan.source.file,
                status: "warnings",
                warnings: warnings.length,
                first: `line ${warnings[0]!.line}: ${warnings[0]!.message}`,
              },
            ]
          : [];
      }),
    ],
    documents: corpus.results.map((r) => ({
      planId: r.plan.id,
      file: r.plan.source.file,
      ...lineCounts(r),
      diagnostics: documentDiagnostics(analysis, r),
    })),
    errors: corpus.errors.map((e) => ({
      code: e.code,
      file: e.file,
      line: e.line,
      expected: e.expected,
      message: e.message,
    })),
    // A researcher's codings: each decision left out or read in place, with its line.
    codings: analysis.codingDiagnostics,
    // Ofsted's reports: how many were read, what each said of itself, and those that could not be.
    reports: analysis.reports && {
      read: analysis.reports.reports.length,
      documents: analysis.reports.results
        .filter((r) => r.diagnostics.length > 0)
        .map((r) => ({ file: r.report.file, diagnostics: r.diagnostics })),
      errors: analysis.reports.errors.map((e) => ({
        code: e.code,
        file: e.file,
        expected: e.expected,
        message: e.message,
      })),
    },
  };
}

/**
 * @returns the plans as loaded, each action with its `assessment` as of its plan's date beside its
 * cells: status, the words that decided, where a completion comes from and whether the rating
 * contradicts the words, so a reader of `plans.json` can tell a claim from a report.
 */
function withAssessments(analysis: Analysis) {
  const rows = analysis.actions
    .select(
      "plan_id",
      "action_id",
      "as_of",
      "status",
      "status_evidence",
      "completion_basis",
      "rating_contradicts_words",
    )
    .objects() as Record<string, unknown>[];
  const byAction = new Map(rows.map((r) => [`${r.plan_id}\u0000${r.action_id}`, r]));
  return analysis.plans.map((plan) => ({
    ...plan,
    recommendations: plan.recommendations.map((rec) => ({
      ...rec,
      actions: rec.actions.map((action) => {
        const r = byAction.get(`${plan.id}\u0000${action.id}`);
        return r
          ? {
              ...action,
              assessment: {
                asOf: r.as_of,
                status: r.status,
                statusEvidence: r.status_evidence,
                completionBasis: r.completion_basis,
                ratingContradictsWords: r.rating_contradicts_words,
              },
            }
          : action;
      }),
    })),
  }));
}

/** @returns the line totals as `diagnostics.json` names them. */
function lineCounts(result: Corpus["results"][number]): { lines: number; usedLines: number; ignoredLines: number } {
  const { lines, used, ignored } = lineTotals(result);
  return { lines, usedLines: used, ignoredLines: ignored };
}
