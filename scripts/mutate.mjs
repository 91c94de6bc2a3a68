#!/usr/bin/env node
// Mutation testing of one module: `pnpm mutate packages/core/src/dates/parse-due.ts`. Runs Stryker
// (in place: the workspace packages resolve to their sources) with the test files that name one of
// the module's exports, the text memo off, and prints `mutation_score=NN.N` as its last line.
// In place means Stryker rewrites source files while it runs and puts them back when it ends: do not
// edit the sources during a run (an edit made then is overwritten by the restore).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const file = process.argv[2];
if (!file?.endsWith(".ts")) {
  console.error("usage: pnpm mutate packages/<package>/src/<module>.ts");
  process.exit(2);
}
const module = relative(root, join(process.cwd(), file));
const source = readFileSync(join(root, module), "utf8");
const exported = [...source.matchAll(/^export (?:async )?(?:function|const|class) (\w+)/gmu)].map((m) => m[1]);
const testFiles = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );
const reaching = testFiles("test").filter((t) => {
  const text = readFileSync(join(root, t), "utf8");
  return (
    !t.includes("fuzz") &&
    !t.includes("browser") &&
    exported.some((name) => new RegExp(`\\b${name}\\b`, "u").test(text))
  );
});
if (reaching.length === 0) {
  console.error(`mutate: no test names an export of ${module} (${exported.join(", ")})`);
  process.exit(1);
}
console.log(`mutate: ${module}, ${reaching.length} test files: ${reaching.join(", ")}`);
const work = mkdtempSync(join(tmpdir(), "mutate-"));
const report = join(work, "mutation.json");
const config = join(work, "stryker.config.json");
writeFileSync(
  config,
  JSON.stringify({
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: "vitest.mutate.config.ts" },
    mutate: [module],
    inPlace: true,
    coverageAnalysis: "perTest",
    concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
    reporters: ["clear-text", "json"],
    jsonReporter: { fileName: report },
    clearTextReporter: { reportTests: false, reportMutants: true, reportScoreTable: true },
    timeoutMS: 60_000,
    tempDirName: ".stryker-tmp",
  }),
);
const run = spawnSync("pnpm", ["exec", "stryker", "run", config], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, MUTATE_TESTS: reaching.join(",") },
});
let score = null;
try {
  const files = Object.values(JSON.parse(readFileSync(report, "utf8")).files);
  const mutants = files.flatMap((f) => f.mutants);
  const killed = mutants.filter((m) => m.status === "Killed" || m.status === "Timeout").length;
  const valid = mutants.filter((m) => !["CompileError", "RuntimeError", "Ignored"].includes(m.status)).length;
  score = valid ? (100 * killed) / valid : null;
} catch {
  // no report: Stryker failed before writing it
}
rmSync(work, { recursive: true, force: true });
if (score === null) {
  console.error("mutate: Stryker wrote no report");
  process.exit(run.status || 1);
}
console.log(`mutation_score=${score.toFixed(1)}`);
