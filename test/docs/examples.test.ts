import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every `@example` of the public API compiles: the examples are gathered from the doc comments of the
 * symbols each package's entry exports, wrapped one by one in a block after a prelude that imports
 * the API and declares the names examples take as given (`plans`, `entry`, `text`…), and type-checked
 * with the project's compiler options. An example that drifts from its function fails here.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const PACKAGES = ["core", "loaders", "report"] as const;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** @returns the names a package's entry exports (values and types). */
function exported(pkg: string): Set<string> {
  const index = readFileSync(join(ROOT, "packages", pkg, "src", "index.ts"), "utf8");
  return new Set(
    [...index.matchAll(/(?:^|[{,\s])(?:type\s+)?([A-Za-z_][A-Za-z0-9_]*)(?=\s*[,}])/gmu)].map((m) => m[1]!),
  );
}

interface Example {
  readonly where: string;
  readonly symbol: string;
  readonly code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const pkg of PACKAGES) {
    const names = exported(pkg);
    for (const file of files(join(ROOT, "packages", pkg, "src"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(
        /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|class|let)\s+([A-Za-z_][A-Za-z0-9_]*)/gu,
      )) {
        const [, doc, symbol] = m;
        if (!names.has(symbol!)) continue;
        const lines = doc!.split("\n").map((l) => l.replace(/^\s*\* ?/u, ""));
        const start = lines.findIndex((l) => l.startsWith("@example"));
        if (start < 0) continue;
        const body: string[] = [];
        for (const l of lines.slice(start + 1)) {
          if (l.startsWith("@")) break;
          body.push(l);
        }
        const line = text.slice(0, m.index).split("\n").length;
        out.push({ where: `${relative(ROOT, file)}:${line}`, symbol: symbol!, code: body.join("\n") });
      }
    }
  }
  return out;
}

const PRELUDE = `
import * as core from "@ofsted-action-plans/core";
import * as loaders from "@ofsted-action-plans/loaders";
import * as report from "@ofsted-action-plans/report";
import { reportsDir } from "@ofsted-action-plans/inspection-reports";
import type { ColumnTable } from "arquero";
import { writeFileSync } from "node:fs";
const { __CORE__ } = core;
const { __LOADERS__ } = loaders;
const { __REPORT__ } = report;
declare const plans: core.Plan[];
declare const plan: core.Plan;
declare const entry: core.ManifestEntry;
declare const text: string;
declare const csvText: string;
declare const actions: ColumnTable;
declare const weaknesses: core.CommonWeakness[];
declare const decisions: core.CodingDecision[];
declare const analysis: core.PlanAnalysis;
declare const reports: core.InspectionReport[];
declare const national: core.NationalPicture;
void writeFileSync;
void reportsDir;
`;

describe("every @example of the public API", () => {
  const all = examples();

  it("are on every exported function and class", async () => {
    const missing: string[] = [];
    for (const pkg of PACKAGES) {
      const api: Record<string, unknown> = await import(`@ofsted-action-plans/${pkg}`);
      const withExample = new Set(all.map((e) => e.symbol));
      for (const [name, value] of Object.entries(api))
        if (typeof value === "function" && !withExample.has(name)) missing.push(`${pkg}: ${name}`);
    }
    console.log(`@example blocks of exported symbols: ${all.length}`);
    expect(missing).toEqual([]);
  });

  it("type-check against the API as it is", async () => {
    const values = async (pkg: string) =>
      Object.keys(await import(`@ofsted-action-plans/${pkg}`)).filter((k) => k !== "default" && /^[A-Za-z_]/u.test(k));
    const prelude = PRELUDE.replace("__CORE__", (await values("core")).join(", "))
      .replace("__LOADERS__", (await values("loaders")).join(", "))
      .replace("__REPORT__", (await values("report")).join(", "));
    const blocks = all.map(
      (e, k) => `async function example${k}() { // ${e.where} ${e.symbol}\n${e.code}\n}\nvoid example${k};`,
    );
    const source = `${prelude}\n${blocks.join("\n")}\n`;
    const fileName = join(ROOT, "test", "docs", "examples.generated.ts");
    const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const host = ts.createCompilerHost({ ...options, noEmit: true, noUnusedLocals: false });
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, target, ...rest) =>
      name === fileName ? ts.createSourceFile(name, source, target) : getSourceFile(name, target, ...rest);
    host.fileExists = (
      (exists) => (name: string) =>
        name === fileName || exists(name)
    )(host.fileExists.bind(host));
    const program = ts.createProgram([fileName], { ...options, noEmit: true, noUnusedLocals: false }, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === fileName)
      .map((d) => {
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        const lines = source.split("\n");
        let k = line;
        while (k > 0 && !lines[k]!.startsWith("async function example")) k--;
        return `${lines[k]!.replace(/^async function example\d+\(\) \{ \/\/ /u, "")}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 120_000);
});
