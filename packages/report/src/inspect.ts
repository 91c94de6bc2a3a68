import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { ManifestEntry } from "@ofsted-action-plans/core";
import { isLoadError, loadPlan, readHeader, readTableDocument, tableFileKind } from "@ofsted-action-plans/loaders";

/**
 * What `pnpm inspect FILE` prints for a plan published as a table: the header row it found, the role
 * of each column, the first rows as read, and a manifest entry to paste (`"format": "table"`).
 *
 * @returns the text to print and whether the file could be read as a table.
 * @example
 * console.log(inspectTable("northmoor.xlsx").text);
 */
export function inspectTable(file: string, rows = 5): { text: string; ok: boolean } {
  const out: string[] = [];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      text: `inspect: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      ok: false,
    };
  }
  const kind = tableFileKind(file);
  let lines: string[];
  try {
    lines = [...(readTableDocument(bytes, file)?.lines ?? new TextDecoder("utf-8").decode(bytes).split(/\r?\n/u))];
  } catch (error) {
    return { text: `inspect: ${isLoadError(error) ? error.message : String(error)}`, ok: false };
  }
  const headerAt = lines.findIndex((l, i) => readHeader(l, i + 1) !== null);
  out.push(
    `${file}: ${kind} file, ${lines.length} ${kind === "xlsx" ? "sheet rows" : kind === "docx" ? "table rows and paragraphs" : "lines"}`,
  );
  if (headerAt < 0) {
    out.push(
      "no header row found: it needs an Action column (Action / What we will do / Key tasks) and one of Recommendation,",
      'Lead, By when, Progress, RAG or Ref. Name the columns in the manifest\'s table.columns, e.g. { "action": "Tasks", "lead": 4 }.',
    );
    return { text: out.join("\n"), ok: false };
  }
  const header = readHeader(lines[headerAt]!, headerAt + 1)!;
  out.push(`header at line ${header.line}:`);
  header.headings.forEach((h, k) => {
    const role = Object.entries(header.roles).find(([, col]) => col === k)?.[0] ?? "other cell";
    out.push(`  column ${k + 1} ${JSON.stringify(h)} → ${role}`);
  });
  const entry: ManifestEntry = {
    id:
      basename(file)
        .replace(/\.[^.]+$/u, "")
        .toLowerCase()
        .replace(/[^a-z0-9.-]+/gu, "-")
        .replace(/^-+/u, "") || "plan",
    council: "my-council",
    councilName: "My Council",
    title: basename(file),
    documentDate: null,
    documentDateText: "undated",
    asOf: new Date().toISOString().slice(0, 10),
    asOfEvidence: "Set this to the date the plan's progress describes, and say where it is printed.",
    file: basename(file),
    format: "table",
  };
  try {
    const { plan, diagnostics } = loadPlan(bytes, entry);
    const actions = plan.recommendations.flatMap((r) => r.actions.map((a) => ({ rec: r, a })));
    out.push(
      `read ${plan.recommendations.length} recommendations and ${actions.length} actions; the first ${Math.min(rows, actions.length)}:`,
    );
    for (const { rec, a } of actions.slice(0, rows)) {
      out.push(`  ${a.id} (line ${a.source.firstLine}) under ${rec.id} "${rec.text.slice(0, 60)}"`);
      out.push(`    action: ${a.text.slice(0, 100)}`);
      out.push(
        `    lead: ${a.lead || "-"} | due: ${a.dueRaw || "-"} | progress/RAG: ${a.statusRaw.slice(0, 80) || "-"}`,
      );
    }
    const warnings = diagnostics.filter((d) => d.severity === "warning");
    for (const w of warnings.slice(0, 10)) out.push(`  warning, line ${w.line}: ${w.message}`);
  } catch (error) {
    out.push(`could not read the rows: ${isLoadError(error) ? error.message : String(error)}`);
  }
  out.push(
    "manifest entry to paste into manifest.json's plans (set council, names and dates):",
    JSON.stringify(entry, null, 2),
  );
  return { text: out.join("\n"), ok: true };
}
