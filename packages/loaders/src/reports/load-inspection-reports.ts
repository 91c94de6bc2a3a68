import { readdirSync } from "node:fs";
import { ArgumentError, type InspectionReport } from "@ofsted-action-plans/core";
import { isLoadError, LoadError } from "../errors/load-error.js";
import { readRegularFile, resolveInside } from "../files/read-file.js";
import type { PdfLimits } from "../pdf/open-pdf.js";
import { loadInspectionReport, type ReportResult } from "./load-inspection-report.js";

/** Options of `loadInspectionReports`. */
export interface ReportsOptions {
  /** The folder of reports, `<urn>-<council>.pdf` (the bundled ones: `reportsDir` of `@ofsted-action-plans/inspection-reports`). */
  readonly dir: string;
  /** Largest report read, in bytes (default 50 MB). */
  readonly maxFileBytes?: number;
  /** Limits each PDF is read under (see `PDF_LIMITS`). */
  readonly limits?: Partial<PdfLimits>;
}

/** Every report of a folder, read: results in file-name order, and the errors of those that failed. */
export interface ReportCorpus {
  readonly dir: string;
  readonly results: readonly ReportResult[];
  readonly errors: readonly LoadError[];
  /** The reports that were read. */
  readonly reports: readonly InspectionReport[];
}

/**
 * Reads every PDF of a folder as an Ofsted inspection report (see `loadInspectionReport`); a file
 * that cannot be read is reported in `errors` and the others are still read.
 *
 * @returns the reports, with their diagnostics, and the errors.
 * @throws LoadError `io` when the folder cannot be listed.
 * @example
 * import("@ofsted-action-plans/inspection-reports").then(({ reportsDir }) => loadInspectionReports({ dir: reportsDir }).reports.length);
 */
export function loadInspectionReports(options: ReportsOptions): ReportCorpus {
  if (options === null || typeof options !== "object" || typeof options.dir !== "string" || options.dir === "")
    throw new ArgumentError("options", "an options object with the reports' folder, { dir }", options);
  let names: string[];
  try {
    names = readdirSync(options.dir)
      .filter((name) => /\.pdf$/iu.test(name))
      .sort();
  } catch (error) {
    throw new LoadError(
      "io",
      options.dir,
      null,
      "a readable folder of reports",
      String(error instanceof Error ? error.message : error),
    );
  }
  const results: ReportResult[] = [];
  const errors: LoadError[] = [];
  for (const name of names) {
    try {
      const bytes = readRegularFile(
        resolveInside(options.dir, name),
        options.maxFileBytes ?? 50 * 1024 * 1024,
        "io",
        name,
      );
      results.push(loadInspectionReport(bytes, name, options.limits));
    } catch (error) {
      if (!isLoadError(error)) throw error;
      errors.push(error);
    }
  }
  return { dir: options.dir, results, errors, reports: results.map((r) => r.report) };
}
