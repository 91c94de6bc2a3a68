import { parseArgs } from "node:util";
import { isLoadError, loadAll } from "@ofsted-action-plans/loaders";
import { inspectTable } from "./inspect.js";
import { corpusSummary } from "./summary.js";
import { startChartRenderer } from "./charts/chart-renderer.js";
import { writeOutputs } from "./write-outputs.js";

const USAGE = `Usage: pnpm start [--data DIR] [--out DIR]

Loads every plan named in DIR/manifest.json (default: the bundled data/), validates it, and writes
the CSV tables, plans.json, diagnostics.json, report.html and charts/*.svg to the output folder
(default: out/).`;

/**
 * Runs the main command with the given arguments (no program name): loads the data folder, writes
 * the outputs and prints the summary.
 *
 * @returns the process exit code: 0, 1 when any document failed to load, 2 for bad arguments or an
 * unreadable manifest.
 */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "inspect") {
    if (!argv[1]) {
      console.error("Usage: pnpm inspect FILE   (a plan as .xlsx, .docx, .csv or a tab- or pipe-separated text)");
      return 2;
    }
    const { text, ok } = inspectTable(argv[1]);
    (ok ? console.log : console.error)(text);
    return ok ? 0 : 1;
  }
  let values: { data?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { data: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // Charts render in a worker that starts loading vega now, while the plans are read.
  const renderer = startChartRenderer();
  try {
    const corpus = loadAll(values.data ? { dataDir: values.data } : {});
    const written = await writeOutputs(corpus, values.out ?? "out", { renderer });
    console.log(corpusSummary(corpus));
    console.log();
    for (const w of written) console.log(`wrote ${w.file} (${w.count} ${w.unit})`);
    return corpus.errors.length > 0 ? 1 : 0;
  } catch (error) {
    if (!isLoadError(error)) throw error;
    console.error(error.message);
    return 2;
  } finally {
    renderer.close();
  }
}
