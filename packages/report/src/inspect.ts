import { basename } from "node:path";
import type { ManifestEntry } from "@ofsted-action-plans/core";
import {
  isLoadError,
  loadInspectionReport,
  loadPlan,
  MAX_FILE_BYTES,
  readTableDocument,
  ROLE_NAMES,
  tableFileKind,
} from "@ofsted-action-plans/loaders";
import { explainNoHeader, readRegularFile, readHeader, type TableText } from "@ofsted-action-plans/loaders/authoring";

/**
 * @returns what `inspect` prints for an Ofsted inspection report — the council, reference number,
 * dates, framework, judgements and findings with their pages — or null when the PDF is not one.
 */
function inspectReport(bytes: Uint8Array, file: string): string | null {
  const name = basename(file);
  const named = /^\d+-[a-z0-9-]+\.pdf$/iu.test(name)
    ? name
    : `0-${
        name
          .toLowerCase()
          .replace(/[^a-z0-9]+/gu, "-")
          .replace(/-pdf$|^-|-$/gu, "") || "report"
      }.pdf`;
  let read: ReturnType<typeof loadInspectionReport>;
  try {
    read = loadInspectionReport(bytes, named);
  } catch (error) {
    if (isLoadError(error) && error.code === "wrong-layout") return null;
    return `inspect: ${isLoadError(error) ? error.message : String(error)}`;
  }
  const { report, diagnostics } = read;
  const out = [
    `${file}: an Ofsted inspection report (ILACS) of ${report.councilName}, ${report.pageCount} pages (${report.pagesRead} read)`,
    `  council ${report.council}, reference number ${named === name ? report.urn : "(name the file <urn>-<council>.pdf to give it)"}`,
    `  inspected ${report.inspectionDates} (${report.inspectionStart} to ${report.inspectionEnd}): ${report.frameworkEvidence}`,
    `  lead inspector: ${report.leadInspector ?? "-"}`,
    "judgements:",
    ...Object.entries(report.judgements).map(
      ([area, j]) => `  ${area}: ${j!.grade} ("${j!.printed}", page ${j!.at.page} line ${j!.at.line})`,
    ),
    report.judgements.overall
      ? ""
      : "  overall: not graded (reports after the April 2026 reform grade no overall effectiveness)",
    `findings ("What needs to improve?", page ${report.findingsPage ?? "-"}): ${report.findings.length}`,
    ...report.findings.map(
      (f) =>
        `  ${f.id} (page ${f.from.page}, line ${f.from.line}) ${f.text}${f.frameworkRef ? ` [${f.frameworkRef}]` : ""}`,
    ),
    ...diagnostics.map((d) => `  ${d.severity}: ${d.message}`),
  ];
  return out.filter((l) => l !== "").join("\n");
}

/** What a kind of file's lines are, for the first line `inspect` prints. */
const LINES_ARE = {
  pdf: "printed lines",
  xlsx: "sheet rows",
  docx: "table rows and paragraphs",
  csv: "records",
  text: "lines",
} as const;

/** The hint the main command prints beside a plan published as a table that did not load. */
export const INSPECT_HINT =
  "run `pnpm inspect FILE` (or `ofsted-action-plans inspect FILE`) to see the header found, each column's role and the first rows as read";

/**
 * What `pnpm inspect FILE` prints for a plan published as a table (PDF, spreadsheet, Word, CSV or
 * text): the header row it found, the role of each column, the rating key if one is printed, the
 * first rows as read, any warnings, and a manifest entry to paste (`"format": "table"`). When no
 * header is found it says why (no table, or a table whose cells cannot be split) and lists the roles.
 * For an Ofsted inspection report it prints what the report yields: dates, judgements and findings.
 *
 * @returns the text to print and whether the file could be read as a table.
 * @example
 * console.log(inspectTable("northmoor.pdf").text);
 */
export function inspectTable(file: string, rows = 5): { text: string; ok: boolean } {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file, MAX_FILE_BYTES);
  } catch (error) {
    return {
      text: `inspect: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      ok: false,
    };
  }
  const kind = tableFileKind(file, bytes);
  if (kind === "pdf") {
    const report = inspectReport(bytes, file);
    if (report) return { text: report, ok: true };
  }
  let table: TableText | null;
  try {
    table = readTableDocument(bytes, file);
  } catch (error) {
    return { text: `inspect: ${isLoadError(error) ? error.message : String(error)}`, ok: false };
  }
  const lines = table ? [...table.lines] : new TextDecoder("utf-8").decode(bytes).split(/\r?\n/u);
  const pageCount = table?.pages?.[table.pages.length - 1] ?? 0;
  const pages = table?.pages ? `, ${pageCount} page${pageCount === 1 ? "" : "s"}` : "";
  const out = [`${file}: ${kind} file, ${lines.length} ${LINES_ARE[kind]}${pages}`];
  const headerAt = lines.findIndex((l, i) => readHeader(l, i + 1) !== null);
  if (headerAt < 0) {
    const { line, detail } = explainNoHeader(lines);
    out.push(`${line === null ? "" : `line ${line}: `}${detail}`);
    out.push('Name the columns in the manifest\'s table.columns, e.g. { "action": "Tasks", "lead": 4 }.');
    return { text: out.join("\n"), ok: false };
  }
  out.push(...headerRoles(readHeader(lines[headerAt]!, headerAt + 1)!, table?.pages?.[headerAt]));
  const entry = draftEntry(file);
  out.push(
    ...firstRows(bytes, entry, rows),
    "manifest entry to paste into manifest.json's plans (set council, names and dates):",
    JSON.stringify(entry, null, 2),
  );
  return { text: out.join("\n"), ok: true };
}

/** @returns the lines naming the header's place and the role each of its columns is read in. */
function headerRoles(header: NonNullable<ReturnType<typeof readHeader>>, page: number | undefined): string[] {
  const out = [`header at line ${header.line}${page === undefined ? "" : ` (page ${page})`}:`];
  header.headings.forEach((h, k) => {
    const role = Object.entries(header.roles).find(([, col]) => col === k)?.[0] ?? "other cell";
    out.push(`  column ${k + 1} ${JSON.stringify(h)} → ${role}`);
  });
  out.push(`  (roles: ${ROLE_NAMES}; name any of them in the manifest's table.columns)`);
  return out;
}

/** @returns a manifest entry for the file as a table document, for the user to complete. */
function draftEntry(file: string): ManifestEntry {
  return {
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
}

/** @returns the lines showing the plan as loaded: its rating key, counts, first rows and first warnings (or why it could not be read). */
function firstRows(bytes: Uint8Array, entry: ManifestEntry, rows: number): string[] {
  const out: string[] = [];
  try {
    const { plan, diagnostics } = loadPlan(bytes, entry);
    if (plan.ratingKey.length > 0)
      out.push(
        `rating key printed: ${plan.ratingKey.map((e) => `${e.value} = ${e.meaning} (${e.status})`).join("; ")}`,
      );
    const units = plan.recommendations.flatMap((r) => r.actions.map((a) => ({ rec: r, a })));
    const recommendationOnly = units.length > 0 && units.every((u) => u.a.kind === "recommendation");
    out.push(
      `read ${plan.recommendations.length} recommendations and ${units.length} ${recommendationOnly ? "recommendation units (the plan prints no actions)" : "actions"}; the first ${Math.min(rows, units.length)}:`,
    );
    for (const { rec, a } of units.slice(0, rows)) {
      const where = a.source.pages ? `page ${a.source.pages.join("–")}, ` : "";
      out.push(`  ${a.id} (${where}line ${a.source.firstLine}) under ${rec.id} "${rec.text.slice(0, 60)}"`);
      out.push(`    ${a.kind}: ${a.text.slice(0, 100)}`);
      out.push(
        `    lead: ${a.lead || "-"} | due: ${a.dueRaw || "-"} | progress: ${a.statusRaw.slice(0, 60) || "-"} | rating: ${a.ratingRaw || "-"}`,
      );
    }
    const warnings = diagnostics.filter((d) => d.severity === "warning");
    for (const w of warnings.slice(0, 10)) out.push(`  warning, line ${w.line}: ${w.message}`);
  } catch (error) {
    out.push(`could not read the rows: ${isLoadError(error) ? error.message : String(error)}`);
  }
  return out;
}
