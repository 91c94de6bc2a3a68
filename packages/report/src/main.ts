import { parseArgs } from "node:util";
import { reportsDir } from "@ofsted-action-plans/inspection-reports";
import { CHART_IDS } from "@ofsted-action-plans/core";
import {
  bundledDataDir,
  isLoadError,
  layouts,
  loadAll,
  loadInspectionReports,
  ROLE_NAMES,
} from "@ofsted-action-plans/loaders";
import { analyseCorpus } from "./analysis.js";
import { OutputError, outputFolder } from "./output/out-folder.js";
import { inspectTable } from "./inspect.js";
import { corpusSummary } from "./summary.js";
import { startChartRenderer } from "./charts/chart-renderer.js";
import { OUTPUT_FILES, writeOutputs } from "./write-outputs.js";

const USAGE = `Usage: ofsted-action-plans [--data DIR] [--out DIR] [--reports DIR|none]
       ofsted-action-plans inspect FILE
       (in the repository: pnpm start [--data DIR] [--out DIR], pnpm inspect FILE)

Loads every plan named in DIR/manifest.json (default: the five bundled plans), validates it, and
writes to the output folder (default: out/):
  ${wrap(`${OUTPUT_FILES.join(", ")} and charts/<id>.svg for ${CHART_IDS.length} charts.`, 2)}
Exit code: 0 when every document loaded, 1 when any failed (the others are still written),
2 for bad arguments (an empty or refused folder) or an unreadable manifest.

Also reads Ofsted's inspection reports (default: the 152 bundled in @ofsted-action-plans/inspection-reports)
and writes inspections.csv, inspection-findings.csv, national-weaknesses.csv and
national-weaknesses-by-grade.csv: every council's judgements and findings, and the weaknesses councils share.

Options:
  --data DIR      folder holding manifest.json and the files it names (paths inside DIR only)
  --out DIR       output folder (created if missing; never the data folder or inside it; each
                  output is written to a temporary file and renamed, never through a link)
  --reports DIR   folder of Ofsted inspection reports, <urn>-<council>.pdf; "none" to read none
  -h, --help      this text

inspect FILE   for a plan published as a table (PDF, .xlsx, .docx, .csv, tab- or pipe-separated
               text): the header row found, the role of each column, the first rows as read, and
               a manifest entry to paste; for an Ofsted inspection report: what it yields.

manifest.json: { "plans": [ { one entry per document } ] }, each entry with
  id            a lower-case id, e.g. "northmoor-2015-01" (plan_id in the outputs)
  council       a lower-case slug, e.g. "northmoor"; councilName, e.g. "Northmoor"
  title         the document's title
  documentDate  "YYYY", "YYYY-MM" or "YYYY-MM-DD" as printed, or null; documentDateText as printed
  asOf          the date the plan's progress describes (YYYY-MM-DD); asOfEvidence: where that is printed
  file          the document's path inside DIR
  format        optional: "table" for a plan published as a table (a PDF is read as one when its
                entry names no format), or a built-in layout:
                ${wrap(layouts.map((l) => l.format).join(", "), 16)};
                omitted: detected from the text
  statusKey     optional: the plan's own status key, e.g. { "1": "completed", "Fully achieved": "completed" }
  table         optional, for "table": { "sheet": name or number, "columns": { "action": "Tasks", "lead": 4 },
                "statusKey": {...}, "inheritSectionDeadline": true }; column roles:
                ${wrap(ROLE_NAMES, 16)}`;

/** @returns the text wrapped at 100 columns, continuation lines indented by `indent`. */
function wrap(text: string, indent = 0): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > 100 - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join(`\n${" ".repeat(indent)}`);
}

/**
 * Runs the main command with the given arguments (no program name): loads the data folder, writes
 * the outputs and prints the summary.
 *
 * @returns the process exit code: 0, 1 when any document failed to load, 2 for bad arguments or an
 * unreadable manifest.
 * @example
 * process.exitCode = await main(["--data", "my-plans", "--out", "out"]);
 */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "inspect") {
    if (!argv[1]) {
      console.error("Usage: pnpm inspect FILE   (a plan as PDF, .xlsx, .docx, .csv or a tab- or pipe-separated text)");
      return 2;
    }
    const { text, ok } = inspectTable(argv[1]);
    (ok ? console.log : console.error)(text);
    return ok ? 0 : 1;
  }
  let values: { data?: string; out?: string; reports?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: "string" },
        out: { type: "string" },
        reports: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  for (const name of ["data", "out", "reports"] as const)
    if (values[name] !== undefined && values[name].trim() === "") {
      console.error(`--${name} names no folder (an empty argument)\n\n${USAGE}`);
      return 2;
    }
  const outDir = values.out ?? "out";
  // Charts render in a worker that starts loading vega now, while the plans are read.
  const renderer = startChartRenderer();
  try {
    outputFolder(outDir, values.data ?? bundledDataDir);
    const corpus = loadAll(values.data ? { dataDir: values.data } : {});
    const reports = values.reports === "none" ? null : loadInspectionReports({ dir: values.reports ?? reportsDir });
    const analysis = analyseCorpus(corpus, { reports });
    const written = await writeOutputs(analysis, outDir, { renderer });
    console.log(corpusSummary(corpus, reports, analysis.codingDiagnostics));
    console.log();
    for (const w of written) {
      if (w.error) console.error(`failed to write ${w.file}: ${w.error}`);
      else console.log(`wrote ${w.file} (${w.count} ${w.unit})${w.note ? `: ${w.note}` : ""}`);
    }
    return corpus.errors.length > 0 || (reports?.errors.length ?? 0) > 0 || written.some((w) => w.error) ? 1 : 0;
  } catch (error) {
    if (!isLoadError(error) && !(error instanceof OutputError)) throw error;
    console.error(error.message);
    return 2;
  } finally {
    renderer.close();
  }
}
