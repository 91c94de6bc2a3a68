import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { actionTable, slippageSummary, type ManifestEntry, type Plan } from "@ofsted-action-plans/core";
import { table, type ColumnTable } from "arquero";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { bundledDataDir, loadAll, loadPlan, readManifest } from "@ofsted-action-plans/loaders";

/**
 * `pnpm bench`: prints how fast the pipeline (load + dates + themes + slippage) runs on the five
 * bundled plans and on synthetic corpora of 10k, 100k and 1M actions, with peak memory, and how long
 * `pnpm start` takes end to end. Figures, not a test: the last line is machine-readable.
 */

const HERE = fileURLToPath(import.meta.url);
const SIZES = [10_000, 100_000, 1_000_000];
const ACTIONS_PER_DOCUMENT = 300;
/** Synthetic corpora are processed by one worker thread per core. */
const WORKERS = Math.max(1, availableParallelism());

/** The pipeline every figure times: load each document, then dates, themes and slippage. */
function pipeline(documents: Iterable<[ManifestEntry, string | Uint8Array]>): { plans: Plan[]; loadMs: number; analyseMs: number } {
  let started = performance.now();
  const plans: Plan[] = [];
  for (const [entry, text] of documents) plans.push(loadPlan(text, entry).plan);
  const loadMs = performance.now() - started;
  started = performance.now();
  slippageSummary(actionTable(plans));
  return { plans, loadMs, analyseMs: performance.now() - started };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median of 25 timed runs on the bundled plans, after 10 warm-up runs. */
function fivePlans(): number {
  const docs = readManifest().plans.map((e): [ManifestEntry, Uint8Array] => [e, readFileSync(join(bundledDataDir, e.file))]);
  for (let i = 0; i < 10; i++) pipeline(docs);
  return median(
    Array.from({ length: 25 }, () => {
      const started = performance.now();
      pipeline(docs);
      return performance.now() - started;
    }),
  );
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
 * Synthetic documents of `size` actions in all, resampled (with replacement) from the real actions
 * with their recommendation, lead, due and progress cells, written in the Windsor & Maidenhead
 * pipe-table layout with a page break every 12 rows, so they go through a real loader. Each document
 * has its own seed, so `part` of `parts` (every parts-th document) splits the same corpus.
 */
function* syntheticDocuments(size: number, part = 0, parts = 1): Generator<[ManifestEntry, string]> {
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
    const n = Math.min(ACTIONS_PER_DOCUMENT, size - doc * ACTIONS_PER_DOCUMENT);
    const lines: string[] = [];
    let rec = "";
    for (let i = 0; i < n; i++) {
      if (i % 12 === 0) lines.push(...header);
      const sample = pool[Math.floor(rand() * pool.length)]!;
      const letter = "abc"[i % 3]!;
      if (letter === "a") rec = sample.rec;
      const a = sample.a;
      lines.push(`| ${Math.floor(i / 3) + 1}${letter} | ${letter === "a" ? cell(rec) : ""} | ${cell(a.text)} | ${cell(a.dueRaw)} | Staff time | ${cell(a.lead)} | | ${cell(a.statusRaw)} |`);
    }
    yield [{ ...base, id: `synthetic-${doc}`, council: "synthetic", file: `synthetic-${doc}.txt` }, lines.join("\n")];
  }
}

/** The columns a streamed batch keeps for the slippage summary (the plans and texts are dropped). */
const KEPT = ["council", "due_end", "status", "rag", "removed", "slipped", "slip_days", "slip_days_is_lower_bound", "extension_agreed", "themes"];

/**
 * Loads and analyses one share of a synthetic corpus in batches of 20 documents: each batch's plans
 * are dropped once its action table is built, keeping only the columns the summary needs, as a user
 * with a million actions would stream them.
 *
 * @returns the kept columns and the time spent loading and analysing (document generation excluded).
 */
function runShare(size: number, part: number, parts: number): { columns: Record<string, unknown[]>; loadMs: number; analyseMs: number } {
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
  for (const [entry, text] of syntheticDocuments(size, part, parts)) {
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
async function runSize(size: number, workers: number): Promise<void> {
  const shares = await Promise.all(
    Array.from({ length: workers }, (_, part) =>
      new Promise<ReturnType<typeof runShare>>((resolve, reject) => {
        const worker = new Worker(HERE, { workerData: { size, part, parts: workers } });
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
    const { size, part, parts } = workerData as { size: number; part: number; parts: number };
    parentPort!.postMessage(runShare(size, part, parts));
    return;
  }
  const sizeArg = process.argv.indexOf("--size");
  if (sizeArg > 0) return runSize(Number(process.argv[sizeArg + 1]), WORKERS);

  const five = fivePlans();
  console.log(`five bundled plans (301 actions), load + dates + themes + slippage: median ${five.toFixed(1)} ms of 25 warm runs`);

  const results = SIZES.map((size) => {
    const child = spawnSync(process.execPath, ["--max-old-space-size=8192", HERE, "--size", String(size)], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`bench --size ${size} failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as { size: number; actions: number; seconds: number; loadSeconds: number; peakMb: number };
  });
  console.log(`\nsynthetic corpora, ${WORKERS} worker thread${WORKERS === 1 ? "" : "s"} (one per core), streamed in batches of 20 documents:`);
  console.log("  actions    seconds   (load)   actions/s   peak MB   time ratio to previous");
  results.forEach((r, i) => {
    const ratio = i === 0 ? "" : (r.seconds / results[i - 1]!.seconds).toFixed(2);
    console.log(`${String(r.actions).padStart(9)} ${r.seconds.toFixed(2).padStart(10)} ${`(${r.loadSeconds.toFixed(2)})`.padStart(8)} ${Math.round(r.actions / r.seconds).toString().padStart(11)} ${Math.round(r.peakMb).toString().padStart(9)}   ${ratio}`);
  });

  const out = mkdtempSync(join(tmpdir(), "bench-start-"));
  const cli = join(HERE, "..", "cli.js");
  const starts = Array.from({ length: 3 }, () => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, "--out", out], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`main command failed: ${run.stderr}`);
    return performance.now() - started;
  });
  rmSync(out, { recursive: true, force: true });
  console.log(`\nmain command end to end (node, built), median of 3: ${(median(starts) / 1000).toFixed(2)} s`);

  const big = results.at(-1)!;
  const scale = results.at(-1)!.seconds / results.at(-2)!.seconds;
  console.log(
    `five_plans_ms=${five.toFixed(1)} actions_per_s_1m=${Math.round(big.actions / big.seconds)} one_million_s=${big.seconds.toFixed(2)} peak_mb=${Math.round(big.peakMb)} scale_10x=${scale.toFixed(2)}`,
  );
}

await main();
