import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestEntry } from "@ofsted-action-plans/core";
import { isLoadError, loadPlan } from "@ofsted-action-plans/loaders";
import { main as command } from "@ofsted-action-plans/report";
import { strToU8, zipSync } from "fflate";
import { TABLE_HEADER as HEADER, tableRow as cells } from "./table-rows.js";

/**
 * Large and hostile table documents for the benchmark: each is made by one child process and loaded
 * (or refused by its documented limit) by another, so the figures are the load's own: its time and
 * peak memory.
 */
export const LARGE_TABLES = [
  "csv-130k",
  "csv-130k-command",
  "xlsx-1m-rows",
  "xlsx-11m-strings",
  "xlsx-unused-parts",
] as const;

/** One of `LARGE_TABLES`. */
export type LargeTable = (typeof LARGE_TABLES)[number];

const entry = (file: string): ManifestEntry => ({
  id: "northmoor-2015-01",
  council: "northmoor",
  councilName: "Northmoor",
  title: "Large table",
  documentDate: "2015-01",
  documentDateText: "January 2015",
  asOf: "2015-01-31",
  asOfEvidence: "Benchmark input.",
  file,
  format: "table",
});

const inline = (r: number, row: readonly string[]) =>
  `<row r="${r}">${row.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join("")}</row>`;

function workbook(sheetRows: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync(
    {
      "xl/workbook.xml": strToU8('<workbook><sheets><sheet name="Plan" r:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${sheetRows}</sheetData></worksheet>`),
      ...extra,
    },
    { level: 1 },
  );
}

/** @returns the input's file name and bytes. */
function input(name: LargeTable): { file: string; bytes: Uint8Array; rows: number } {
  if (name === "csv-130k" || name === "csv-130k-command") {
    const lines = [HEADER.join(",")];
    for (let k = 1; k <= 130_000; k++) lines.push(cells(k).join(","));
    return { file: "plan.csv", bytes: strToU8(lines.join("\n")), rows: 130_000 };
  }
  if (name === "xlsx-1m-rows") {
    // Shared strings keep the sheet small (about 90 MB inflated), as a spreadsheet program writes it.
    const rows = [inline(1, HEADER)];
    for (let k = 2; k <= 1_000_001; k++)
      rows.push(
        `<row r="${k}"><c><v>${k}</v></c><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>`,
      );
    const strings = "<sst><si><t>Improve supervision</t></si><si><t>Audit files</t></si><si><t>HoS</t></si></sst>";
    return {
      file: "plan.xlsx",
      bytes: workbook(rows.join(""), { "xl/sharedStrings.xml": strToU8(strings) }),
      rows: 1_000_000,
    };
  }
  if (name === "xlsx-11m-strings") {
    // The sheet uses the last of 11 million shared strings: the reader streams them all, keeping one.
    const strings = `<sst>${"<si><t>a</t></si>".repeat(11_000_000)}<si><t>Review files</t></si></sst>`;
    const rows = `${inline(1, HEADER)}<row r="2"><c><v>1</v></c><c t="inlineStr"><is><t>R</t></is></c><c t="s"><v>11000000</v></c></row>`;
    return { file: "plan.xlsx", bytes: workbook(rows, { "xl/sharedStrings.xml": strToU8(strings) }), rows: 1 };
  }
  const big = new Uint8Array(199 * 1024 * 1024);
  const extra = Object.fromEntries(Array.from({ length: 24 }, (_, k) => [`xl/media/unused${k}.bin`, big]));
  return { file: "plan.xlsx", bytes: workbook(inline(1, HEADER) + inline(2, cells(1)), extra), rows: 1 };
}

/**
 * Child-process mode: makes one input and writes it, with a manifest, into `dir`.
 *
 * @returns nothing; prints the input's rows and size as JSON.
 */
export function makeLargeTable(name: LargeTable, dir: string): void {
  const { file, bytes, rows } = input(name);
  writeFileSync(join(dir, file), bytes);
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ plans: [entry(file)] }));
  console.log(JSON.stringify({ rows, mb: bytes.length / 1e6 }));
}

/**
 * Child-process mode: loads the input `makeLargeTable` wrote into `dir` (for `csv-130k-command`, runs
 * the main command on it) and prints the outcome, seconds and the process's peak memory.
 */
export async function runLargeTable(name: LargeTable, dir: string): Promise<void> {
  const { file } = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).plans[0] as { file: string };
  const bytes = readFileSync(join(dir, file));
  const started = performance.now();
  let outcome: string;
  if (name === "csv-130k-command") {
    const log = console.log;
    console.log = () => {};
    const code = await command(["--data", dir, "--out", `${dir}-out`, "--reports", "none"]);
    console.log = log;
    rmSync(`${dir}-out`, { recursive: true, force: true });
    outcome = `exit ${code}`;
  } else {
    try {
      const { plan } = loadPlan(bytes, entry(file));
      outcome = `loaded ${plan.recommendations.reduce((n, r) => n + r.actions.length, 0)} actions`;
    } catch (error) {
      if (!isLoadError(error)) throw error;
      outcome = `refused (${error.code}): ${error.message.slice(0, 160)}`;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ outcome, seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
}
