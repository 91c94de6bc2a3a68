import {
  ArgumentError,
  InspectionReportSchema,
  type Diagnostic,
  type InspectionReport,
} from "@ofsted-action-plans/core";
import { asLoadError, LoadError } from "../errors/load-error.js";
import { isPdf, openPdf, type PdfDocument, type PdfLimits } from "../pdf/open-pdf.js";
import { FindingsReader } from "./read-report-findings.js";
import { readReportHeader } from "./read-report-header.js";
import { reportPage } from "./report-lines.js";

/** What reading one inspection report gives: the report, and what was noticed on the way. */
export interface ReportResult {
  readonly report: InspectionReport;
  readonly diagnostics: readonly Diagnostic[];
}

/** The most pages read for a report's findings (they are printed on its first three). */
const MAX_PAGES = 6;

/**
 * Reads an Ofsted inspection report of a council's children's services (ILACS, as Ofsted publishes
 * it, PDF): the council, Ofsted's reference number (from the file name `<urn>-<council>.pdf`; the
 * report does not print it), the inspection dates and the framework they show (one week on site: a
 * short inspection; two: a standard one), the lead inspector, every judgement the report prints (an
 * area it does not grade, such as overall effectiveness after the April 2026 reform, is absent), and
 * every item of "What needs to improve?" as printed, with its national-framework reference split off
 * and its page and line. Only the pages up to the end of that section are read; running headers,
 * footers and page numbers are skipped, items that wrap over lines or pages are joined.
 *
 * @param file the report's file name, `<urn>-<council>.pdf`.
 * @returns the report and diagnostics (a report with no findings section says so).
 * @throws LoadError `wrong-layout` when the PDF is not an ILACS report; `scan`, `encrypted`,
 * `damaged` or `limit` for a PDF that cannot be read (see `openPdf`); `io` for a file name that does
 * not give the reference number.
 * @example
 * import("node:fs").then((fs) => loadInspectionReport(fs.readFileSync("80426-barnsley.pdf"), "80426-barnsley.pdf").report.judgements.overall?.grade);
 */
export function loadInspectionReport(bytes: Uint8Array, file: string, limits: Partial<PdfLimits> = {}): ReportResult {
  if (!(bytes instanceof Uint8Array)) throw new ArgumentError("bytes", "the report's bytes (a Uint8Array)", bytes);
  if (typeof file !== "string" || file === "") throw new ArgumentError("file", "the report's file name", file);
  const name = /(?:^|[\\/])(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.pdf$/iu.exec(file);
  if (!name)
    throw new LoadError(
      "io",
      file,
      null,
      "a report file named <urn>-<council>.pdf, as Ofsted's reports are",
      `"${file}"`,
    );
  if (!isPdf(bytes)) throw new LoadError("damaged", file, null, "a PDF (an Ofsted inspection report)", "not a PDF");
  try {
    return readReport(bytes, file, name[1]!, name[2]!.toLowerCase(), limits);
  } catch (error) {
    throw asLoadError(error, file);
  }
}

function readReport(
  bytes: Uint8Array,
  file: string,
  urn: string,
  council: string,
  limits: Partial<PdfLimits>,
): ReportResult {
  const doc = openPdf(bytes, file, limits);
  const { first, header } = readFirstPage(doc, file);
  const { findings, pagesRead } = readFindings(doc, first);
  const candidate = {
    id: `ilacs-${urn}`,
    council,
    councilName: header.councilName,
    urn,
    file,
    title: header.title,
    inspectionStart: header.start,
    inspectionEnd: header.end,
    inspectionDates: header.inspectionDates,
    published: null,
    ...framework(header),
    leadInspector: header.leadInspector,
    judgements: header.judgements,
    findings: findings.findings,
    findingsPage: findings.page,
    pageCount: doc.pageCount,
    pagesRead,
  };
  const parsed = InspectionReportSchema.safeParse(candidate);
  if (!parsed.success)
    throw new LoadError(
      "invalid-plan",
      file,
      null,
      `a report that satisfies the schema at ${(parsed.error.issues[0]?.path ?? []).join(".")}`,
      parsed.error.issues[0]?.message,
    );
  return { report: parsed.data, diagnostics: reportNotes(parsed.data, file) };
}

/**
 * @returns the first page's lines and the report's header read from them.
 * @throws LoadError for a first page with no text (a scan) or one that is not an ILACS report's.
 */
function readFirstPage(doc: PdfDocument, file: string) {
  const first = reportPage(doc, 1);
  if (first.length === 0)
    throw new LoadError(
      "scan",
      file,
      null,
      "a report with a text layer",
      "its first page has no text (a scan?): run OCR on it first",
    );
  const header = readReportHeader(first);
  if (!header)
    throw new LoadError(
      "wrong-layout",
      file,
      null,
      "an Ofsted inspection report of local authority children's services (ILACS): \"Inspection of <council> local authority children's services\", its inspection dates and judgement table on the first page",
      `page 1 reads "${first
        .slice(0, 2)
        .map((l) => l.text)
        .join(" ")
        .slice(0, 120)}"`,
    );
  return { first, header };
}

/** @returns the findings under "What needs to improve?", read from the first page on until the section ends, and the pages read. */
function readFindings(
  doc: PdfDocument,
  first: ReturnType<typeof reportPage>,
): { findings: FindingsReader; pagesRead: number } {
  const findings = new FindingsReader();
  findings.read(first);
  let pagesRead = 1;
  for (let n = 2; n <= Math.min(doc.pageCount, MAX_PAGES) && !findings.done; n++) {
    findings.read(reportPage(doc, n));
    pagesRead = n;
  }
  findings.end();
  return { findings, pagesRead };
}

/** @returns the inspection's framework, by its days on site (a week: short; two: standard), with that evidence. */
function framework(header: { start: string; end: string; inspectionDates: string }): {
  framework: "short" | "standard";
  frameworkEvidence: string;
} {
  const days = (Date.parse(header.end) - Date.parse(header.start)) / 86_400_000 + 1;
  return {
    framework: days <= 7 ? "short" : "standard",
    frameworkEvidence: `inspection dates ${header.inspectionDates}: ${days} days, ${days <= 7 ? "one week on site (a short inspection)" : "two weeks on site (a standard inspection)"}`,
  };
}

/** @returns what a report lacks: its findings section, any item under it, or some of its four judgements. */
function reportNotes(report: InspectionReport, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const note = (severity: Diagnostic["severity"], code: string, message: string, page: number | null = null) =>
    diagnostics.push({ severity, code, file, line: null, lastLine: null, ...(page ? { page } : {}), message });
  if (report.findingsPage === null)
    note(
      "info",
      "no-findings-section",
      `no "What needs to improve?" section in the first ${report.pagesRead} pages: 0 findings`,
    );
  else if (report.findings.length === 0)
    note(
      "warning",
      "no-findings",
      `"What needs to improve?" (page ${report.findingsPage}) is followed by no items`,
      report.findingsPage,
    );
  const graded = Object.keys(report.judgements);
  if (graded.length < 4)
    note("warning", "judgements", `only ${graded.length} judgements read: ${graded.join(", ") || "none"}`, 1);
  return diagnostics;
}
