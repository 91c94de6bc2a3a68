import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  actionTable,
  baselineCodebook,
  classifyPlans,
  defaultCodebook,
  slippageSummary,
  type ManifestEntry,
  type Plan,
} from "@ofsted-action-plans/core";
import { setTextMemoisation } from "@ofsted-action-plans/core/authoring";
import { table, type ColumnTable } from "arquero";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { reportsDir } from "@ofsted-action-plans/inspection-reports";
import { bundledDataDir, loadAll, loadInspectionReports, loadPlan, readManifest } from "@ofsted-action-plans/loaders";
import { LARGE_TABLES, makeLargeTable, runLargeTable, type LargeTable } from "./large-tables.js";
import { pdfBytes, ruledTable } from "./pdf-writer.js";

/**
 * `pnpm bench`: prints how fast the pipeline (load + dates + themes + slippage) runs on the five
 * bundled plans and on synthetic corpora of 10k, 100k and 1M actions whose texts are all different
 * (seeded word-level recombinations of real cells, so no memo can help), with and without the
 * library's memoisation, with peak memory; the theme classifier's time per action beside a plain
 * keyword search's on the same texts; and how long the main command takes end to end. Figures, not a
 * test: the last line is machine-readable.
 */

const HERE = fileURLToPath(import.meta.url);
const SIZES = [10_000, 100_000, 1_000_000];
const ACTIONS_PER_DOCUMENT = 300;
/** Synthetic corpora are processed by one worker thread per core. */
const WORKERS = Math.max(1, availableParallelism());

/** The pipeline every figure times: load each document, then dates, themes and slippage. */
function pipeline(documents: Iterable<[ManifestEntry, string | Uint8Array]>): {
  plans: Plan[];
  loadMs: number;
  analyseMs: number;
} {
  let started = performance.now();
  const plans: Plan[] = [];
  for (const [entry, text] of documents) plans.push(loadPlan(text, entry).plan);
  const loadMs = performance.now() - started;
  started = performance.now();
  slippageSummary(actionTable(plans));
  return { plans, loadMs, analyseMs: performance.now() - started };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Warm-up runs before the five plans are timed: enough for the JIT to optimise the hot paths. */
const WARM_UP = 200;

/** Timed runs of the five plans: enough that a few slow stretches of a shared machine move the median little. */
const TIMED_RUNS = 500;

/**
 * The five bundled plans through the pipeline: the first run in this process (cold: parsing and
 * compiling the code included) and the median of `TIMED_RUNS` runs after `WARM_UP` more (warm), with their
 * 10th and 90th percentiles (the spread says how steady the machine was).
 */
function fivePlans(): { coldMs: number; warmMs: number; p10Ms: number; p90Ms: number } {
  const docs = readManifest().plans.map((e): [ManifestEntry, Uint8Array] => [
    e,
    readFileSync(join(bundledDataDir, e.file)),
  ]);
  const timed = () => {
    const started = performance.now();
    pipeline(docs);
    return performance.now() - started;
  };
  const coldMs = timed();
  for (let i = 0; i < WARM_UP; i++) pipeline(docs);
  const runs = Array.from({ length: TIMED_RUNS }, timed).sort((a, b) => a - b);
  const at = (share: number) => runs[Math.floor(share * TIMED_RUNS)]!;
  return { coldMs, warmMs: at(0.5), p10Ms: at(0.1), p90Ms: at(0.9) };
}

/** A seeded generator, so every run benchmarks the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Synthetic documents of `size` actions in all, made from the real actions with their recommendation,
 * lead, due and progress cells, written in the Windsor & Maidenhead pipe-table layout with a page
 * break every 12 rows, so they go through a real loader. With `unique`, every action, recommendation
 * and progress text is a new one: the first part of one real text joined to the last part of another,
 * with a serial number, so memoisation finds nothing to reuse; without it, actions are resampled
 * whole. Each document has its own seed, so `part` of `parts` (every parts-th document) splits the same
 * corpus.
 */
function* syntheticDocuments(size: number, part = 0, parts = 1, unique = true): Generator<[ManifestEntry, string]> {
  const plans = loadAll().plans;
  const pool = plans.flatMap((p) => p.recommendations.flatMap((r) => r.actions.map((a) => ({ rec: r.text, a }))));
  const base = readManifest().plans.find((p) => p.format === "windsor-pipe-tables")!;
  const cell = (s: string) => s.replaceAll("|", "/");
  const header = [
    "Synthetic Post-Inspection Action Plan",
    "PROGRESS UPDATE",
    "",
    "| Synthetic Inspection | | | | | | | |",
    "|---|---|---|---|---|---|---|---|",
    "| | Outcome (Ofsted's recommendation) | Action required | By when | Resources | Lead Officer(s) | Outcome target/ evidence measure | Progress |",
  ];
  for (let doc = 0; doc * ACTIONS_PER_DOCUMENT < size; doc++) {
    if (doc % parts !== part) continue;
    const rand = random(42 + doc);
    const pick = () => pool[Math.floor(rand() * pool.length)]!;
    const mix = (a: string, b: string, serial: string) => {
      if (!unique) return a;
      const [x, y] = [a.split(" "), b.split(" ")];
      const cut = 1 + Math.floor(rand() * Math.max(1, x.length - 1));
      return [...x.slice(0, cut), ...y.slice(Math.floor(rand() * y.length)), serial].join(" ");
    };
    const n = Math.min(ACTIONS_PER_DOCUMENT, size - doc * ACTIONS_PER_DOCUMENT);
    const lines: string[] = [];
    let rec = "";
    for (let i = 0; i < n; i++) {
      if (i % 12 === 0) lines.push(...header);
      const [s1, s2] = [pick(), pick()];
      const letter = "abc"[i % 3]!;
      const serial = `(${doc}.${i})`;
      if (letter === "a") rec = mix(s1.rec, s2.rec, serial);
      const status =
        s1.a.statusRaw || s2.a.statusRaw ? mix(s1.a.statusRaw || s2.a.statusRaw, s2.a.statusRaw, serial) : "";
      lines.push(
        `| ${Math.floor(i / 3) + 1}${letter} | ${letter === "a" ? cell(rec) : ""} | ${cell(mix(s1.a.text, s2.a.text, serial))} | ${cell(s1.a.dueRaw)} | Staff time | ${cell(s1.a.lead)} | | ${cell(status)} |`,
      );
    }
    yield [{ ...base, id: `synthetic-${doc}`, council: "synthetic", file: `synthetic-${doc}.txt` }, lines.join("\n")];
  }
}

/** Wraps text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length < width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}

/**
 * A plan of `pages` A4 landscape pages printed as a ruled table, as Word prints one: the header
 * repeated on each page, real actions (resampled) wrapped in their cells, leads, dates, progress and
 * a shaded RAG cell.
 *
 * @returns the PDF's bytes and its number of actions.
 */
function syntheticPdf(pages: number, perPage: number): { bytes: Uint8Array; actions: number } {
  const pool = loadAll().plans.flatMap((p) => p.recommendations.flatMap((r) => r.actions));
  const rand = random(7);
  const widths = [40, 300, 120, 80, 200, 40];
  const colours = [
    [0, 0.69, 0.31],
    [1, 0.75, 0],
    [1, 0, 0],
  ] as const;
  const specs = Array.from({ length: pages }, (_, p) => {
    const rows: string[][] = [["Ref", "Action", "Lead", "By when", "Progress", "RAG"]];
    const fills = new Map<string, readonly [number, number, number]>();
    for (let k = 0; k < perPage; k++) {
      const a = pool[Math.floor(rand() * pool.length)]!;
      rows.push([
        `${p + 1}.${k + 1}`,
        wrap(a.text.slice(0, 160), 55),
        wrap(a.lead, 20),
        wrap(a.dueRaw.slice(0, 30), 14),
        wrap(a.statusRaw.slice(0, 120), 36),
        "",
      ]);
      fills.set(`${k + 1},5`, colours[k % 3]!);
    }
    return { content: ruledTable(20, 575, widths, rows, fills, 10).content, width: 842, height: 595 };
  });
  return { bytes: pdfBytes(specs), actions: pages * perPage };
}

/** Child-process mode: the 152 bundled inspection reports, read; prints reports, findings, seconds and peak memory. */
function runReports(): void {
  const started = performance.now();
  const { reports } = loadInspectionReports({ dir: reportsDir });
  const seconds = (performance.now() - started) / 1000;
  const findings = reports.reduce((n, r) => n + r.findings.length, 0);
  console.log(
    JSON.stringify({ reports: reports.length, findings, seconds, peakMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

/** Child-process mode: a 200-page PDF plan of 2,000 actions, loaded; prints pages, actions, seconds and peak memory. */
function runPdf(): void {
  const { bytes, actions } = syntheticPdf(200, 10);
  const base = readManifest().plans[0]!;
  const entry: ManifestEntry = {
    ...base,
    id: "synthetic-pdf",
    council: "synthetic",
    file: "synthetic.pdf",
    format: "table",
  };
  const started = performance.now();
  const { plan } = loadPlan(bytes, entry);
  const seconds = (performance.now() - started) / 1000;
  const read = plan.recommendations.reduce((n, r) => n + r.actions.length, 0);
  if (read !== actions) throw new Error(`the synthetic PDF gave ${read} actions, not ${actions}`);
  console.log(JSON.stringify({ pages: 200, actions, seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

/** The columns a streamed batch keeps for the slippage summary (the plans and texts are dropped). */
const KEPT = [
  "council",
  "due_end",
  "as_of",
  "status",
  "rag",
  "removed",
  "slipped",
  "slip_days",
  "slip_days_is_lower_bound",
  "slip_reasons",
  "themes",
];

/**
 * Loads and analyses one share of a synthetic corpus in batches of 20 documents: each batch's plans
 * are dropped once its action table is built, keeping only the columns the summary needs, as a user
 * with a million actions would stream them.
 *
 * @returns the kept columns and the time spent loading and analysing (document generation excluded).
 */
function runShare(
  size: number,
  part: number,
  parts: number,
  unique: boolean,
): { columns: Record<string, unknown[]>; loadMs: number; analyseMs: number } {
  const tables: ColumnTable[] = [];
  let loadMs = 0;
  let analyseMs = 0;
  let batch: Plan[] = [];
  const flush = () => {
    const started = performance.now();
    if (batch.length) tables.push(actionTable(batch).select(KEPT));
    analyseMs += performance.now() - started;
    batch = [];
  };
  for (const [entry, text] of syntheticDocuments(size, part, parts, unique)) {
    const started = performance.now();
    batch.push(loadPlan(text, entry).plan);
    loadMs += performance.now() - started;
    if (batch.length === 20) flush();
  }
  flush();
  const columns = Object.fromEntries(KEPT.map((c) => [c, tables.flatMap((t) => t.array(c) as unknown[])]));
  return { columns, loadMs, analyseMs };
}

/**
 * Child-process mode: one synthetic corpus, split over `workers` threads (one per core), then one
 * slippage summary over all actions. Prints the pipeline time (the slowest share plus the summary),
 * the loading time within it, and this process's peak memory.
 */
async function runSize(size: number, workers: number, unique: boolean, memo: boolean): Promise<void> {
  const shares = await Promise.all(
    Array.from(
      { length: workers },
      (_, part) =>
        new Promise<ReturnType<typeof runShare>>((resolve, reject) => {
          const worker = new Worker(HERE, { workerData: { size, part, parts: workers, unique, memo } });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  const started = performance.now();
  const all = table(Object.fromEntries(KEPT.map((c) => [c, shares.flatMap((s) => s.columns[c]!)])));
  slippageSummary(all);
  const summaryMs = performance.now() - started;
  const slowest = shares.reduce((a, s) => (s.loadMs + s.analyseMs > a.loadMs + a.analyseMs ? s : a));
  console.log(
    JSON.stringify({
      size,
      actions: all.numRows(),
      seconds: (slowest.loadMs + slowest.analyseMs + summaryMs) / 1000,
      loadSeconds: slowest.loadMs / 1000,
      peakMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

async function main(): Promise<void> {
  if (!isMainThread) {
    const { size, part, parts, unique, memo } = workerData as {
      size: number;
      part: number;
      parts: number;
      unique: boolean;
      memo: boolean;
    };
    setTextMemoisation(memo);
    parentPort!.postMessage(runShare(size, part, parts, unique));
    return;
  }
  if (process.argv.includes("--pdf")) return runPdf();
  if (process.argv.includes("--reports")) return runReports();
  const makeArg = process.argv.indexOf("--make-large");
  if (makeArg > 0) return makeLargeTable(process.argv[makeArg + 1] as LargeTable, process.argv[makeArg + 2]!);
  const largeArg = process.argv.indexOf("--large");
  if (largeArg > 0) return runLargeTable(process.argv[largeArg + 1] as LargeTable, process.argv[largeArg + 2]!);
  const sizeArg = process.argv.indexOf("--size");
  if (sizeArg > 0)
    return runSize(
      Number(process.argv[sizeArg + 1]),
      WORKERS,
      !process.argv.includes("--resampled"),
      !process.argv.includes("--no-memo"),
    );

  const five = fivePlans();
  console.log(
    `five bundled plans (301 actions), load + dates + themes + slippage: ${five.warmMs.toFixed(1)} ms warm (median of ${TIMED_RUNS} runs after ${WARM_UP} warm-up runs; 10th–90th percentile ${five.p10Ms.toFixed(1)}–${five.p90Ms.toFixed(1)} ms), ${five.coldMs.toFixed(1)} ms cold (the first run in the process)`,
  );

  type Run = { size: number; actions: number; seconds: number; loadSeconds: number; peakMb: number };
  const run = (size: number, flags: string[]): Run =>
    benchChild(["--size", String(size), ...flags], ["--max-old-space-size=8192"]) as Run;
  const table = (title: string, runs: Run[]) => {
    console.log(`\n${title}`);
    console.log("  actions    seconds   (load)   actions/s   peak MB   time ratio to previous");
    runs.forEach((r, i) => {
      const ratio = i === 0 ? "" : (r.seconds / runs[i - 1]!.seconds).toFixed(2);
      console.log(
        `${String(r.actions).padStart(9)} ${r.seconds.toFixed(2).padStart(10)} ${`(${r.loadSeconds.toFixed(2)})`.padStart(8)} ${Math.round(
          r.actions / r.seconds,
        )
          .toString()
          .padStart(11)} ${Math.round(r.peakMb).toString().padStart(9)}   ${ratio}`,
      );
    });
  };
  const where = `${WORKERS} worker thread${WORKERS === 1 ? "" : "s"} (one per core), streamed in batches of 20 documents`;
  const unique = SIZES.map((size) => run(size, []));
  table(`unique texts, memoisation on (the default), ${where}:`, unique);
  const uniqueNoMemo = SIZES.slice(0, 2).map((size) => run(size, ["--no-memo"]));
  table("unique texts, memoisation off:", uniqueNoMemo);
  const resampled = SIZES.slice(0, 2).map((size) => run(size, ["--resampled"]));
  table("resampled texts (the 301 real actions repeated), memoisation on:", resampled);

  // The theme classifier against a plain keyword search, per action, on the same unique texts.
  setTextMemoisation(false);
  const texts = [...syntheticDocuments(20_000)].map(([entry, text]) => loadPlan(text, entry).plan);
  const perAction = (codebook: typeof defaultCodebook | typeof baselineCodebook) => {
    classifyPlans(texts.slice(0, 5), codebook);
    const started = performance.now();
    const coded = classifyPlans(texts, codebook);
    return (performance.now() - started) / coded.actions.length;
  };
  const library = perAction(defaultCodebook);
  const keyword = perAction(baselineCodebook);
  setTextMemoisation(true);
  console.log(
    `\ntheme coding of 20,000 unique actions (and their recommendations), memoisation off: library ${(library * 1000).toFixed(1)} µs per action, keyword search ${(keyword * 1000).toFixed(1)} µs per action (${(library / keyword).toFixed(2)}×)`,
  );

  const out = mkdtempSync(join(tmpdir(), "bench-start-"));
  const cli = join(HERE, "..", "..", "..", "packages", "report", "dist", "cli.js");
  const starts = Array.from({ length: 3 }, () => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, "--out", out], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`main command failed: ${run.stderr}`);
    return performance.now() - started;
  });
  rmSync(out, { recursive: true, force: true });
  console.log(`\nmain command end to end (node, built), median of 3: ${(median(starts) / 1000).toFixed(2)} s`);

  const pdf = benchChild(["--pdf"]) as {
    pages: number;
    actions: number;
    seconds: number;
    peakMb: number;
  };
  console.log(
    `\na ${pdf.pages}-page PDF plan of ${pdf.actions} actions (ruled table, shaded RAG cells), loaded: ${pdf.seconds.toFixed(2)} s (${(pdf.pages / pdf.seconds).toFixed(1)} pages/s), peak ${Math.round(pdf.peakMb)} MB`,
  );

  const national = benchChild(["--reports"]) as {
    reports: number;
    findings: number;
    seconds: number;
    peakMb: number;
  };
  console.log(
    `\nOfsted's ${national.reports} bundled inspection reports read (${national.findings} findings): ${national.seconds.toFixed(2)} s (${(national.reports / national.seconds).toFixed(1)} reports/s), peak ${Math.round(national.peakMb)} MB`,
  );

  console.log("\nlarge and hostile table documents (each in a process of its own; making the input not timed):");
  const large = LARGE_TABLES.map((name) => {
    const dir = mkdtempSync(join(tmpdir(), "bench-large-"));
    const made = benchChild(["--make-large", name, dir]) as { rows: number; mb: number };
    const r = benchChild(["--large", name, dir]) as { outcome: string; seconds: number; peakMb: number };
    rmSync(dir, { recursive: true, force: true });
    console.log(
      `  ${name} (${made.rows} rows, ${made.mb.toFixed(1)} MB): ${r.outcome}; ${r.seconds.toFixed(2)} s, peak ${Math.round(r.peakMb)} MB`,
    );
    return { name, ...r };
  });
  const largeKeys = large
    .map(
      (r) =>
        `${r.name.replaceAll("-", "_")}_s=${r.seconds.toFixed(2)} ${r.name.replaceAll("-", "_")}_peak_mb=${Math.round(r.peakMb)}`,
    )
    .join(" ");

  const big = unique.at(-1)!;
  const scale = unique.at(-1)!.seconds / unique.at(-2)!.seconds;
  console.log(
    `five_plans_ms=${five.warmMs.toFixed(1)} five_plans_cold_ms=${five.coldMs.toFixed(0)} unique_1m_s=${big.seconds.toFixed(2)} unique_1m_actions_per_s=${Math.round(big.actions / big.seconds)} peak_mb=${Math.round(big.peakMb)} scale_10x=${scale.toFixed(2)} classify_vs_keyword=${(library / keyword).toFixed(2)} unique_100k_no_memo_s=${uniqueNoMemo.at(-1)!.seconds.toFixed(2)} resampled_100k_s=${resampled.at(-1)!.seconds.toFixed(2)} pdf_pages_per_s=${(pdf.pages / pdf.seconds).toFixed(1)} pdf_200_pages_s=${pdf.seconds.toFixed(2)} pdf_peak_mb=${Math.round(pdf.peakMb)} reports_per_s=${(national.reports / national.seconds).toFixed(1)} reports_s=${national.seconds.toFixed(2)} reports_peak_mb=${Math.round(national.peakMb)} ${largeKeys}`,
  );
}

/**
 * Runs one of the benchmark's modes in a process of its own (so its peak memory is its own).
 *
 * @returns the JSON the mode prints on its last line.
 */
function benchChild(args: readonly string[], nodeFlags: readonly string[] = []): unknown {
  const run = spawnSync(process.execPath, [...nodeFlags, HERE, ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`bench ${args.join(" ")} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!);
}

await main();
