import {
  ArgumentError,
  CodingsError,
  parseCodingsCsv,
  type CodingDecision,
  type Diagnostic,
  type PlanThemes,
} from "@ofsted-action-plans/core";
import { isLoadError, LoadError } from "../errors/load-error.js";
import { readRegularFile } from "../files/read-file.js";
import type { LoadResult } from "../load-plan.js";
import { officeError } from "../xml/office-error.js";
import { parseXml } from "../xml/read-xml.js";
import { openZip } from "../xml/zip-parts.js";
import { qdpxDecisions } from "./qdpx-decisions.js";

/** Largest `codings.csv` read: 20 MB (about 400,000 decisions). */
export const MAX_CODINGS_CSV_BYTES = 20 * 1024 * 1024;
/** Largest REFI-QDA project read: 100 MB. */
export const MAX_QDPX_BYTES = 100 * 1024 * 1024;

/** A researcher's codings as read: the decisions, and what was read in place of the file or left out. */
export interface CodingsResult {
  readonly decisions: CodingDecision[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a researcher's codings: a `codings.csv` (`unit, theme, decision, coder, note`, optionally
 * `plan_id`), or a REFI-QDA `.qdpx` project that a QDA tool (NVivo, ATLAS.ti, MAXQDA, QualCoder) coded
 * further. For a project, each coded selection is placed on the action or recommendation it selects
 * (by its line, then by its words where a recommendation and an action share the line); a code is a
 * theme by its name; the classifier's codes missing from a source of the project were removed by the
 * researcher, codes the classifier did not give were added, each with the name of the user who coded
 * it. Reading back an unchanged export gives no decisions.
 *
 * The file is read like a plan: a regular file under a size limit (20 MB for a CSV, 100 MB for a
 * project), never a FIFO or device. A CSV that is not UTF-8 is read as Windows-1252, with a warning.
 *
 * @returns the decisions, ready for `applyCodings`, and the diagnostics.
 * @throws LoadError naming the file (and line) when it cannot be read as codings, and for a project
 * none of whose sources or codes match the loaded plans and the codebook (rather than reading that
 * as the researcher removing every code).
 * @example
 * const { decisions } = loadCodings("data/codings.csv");
 * const { themes } = applyCodings(classifyPlans(plans), decisions);
 */
export function loadCodings(
  file: string,
  corpus?: { results: readonly LoadResult[] },
  classified?: PlanThemes,
): CodingsResult {
  if (typeof file !== "string" || file === "")
    throw new ArgumentError("file", "the path of a codings.csv or .qdpx file", file);
  const project = /\.qdpx$/iu.test(file);
  if (project && (!corpus || !classified))
    throw new ArgumentError(
      "corpus",
      "the loaded corpus and its classification, to place a project's selections",
      corpus,
    );
  const bytes = readRegularFile(file, project ? MAX_QDPX_BYTES : MAX_CODINGS_CSV_BYTES);
  if (!project) return csvCodings(bytes, file);
  try {
    const xml = openZip(bytes).text("project.qde");
    if (xml === undefined)
      throw new LoadError("malformed", file, null, "a REFI-QDA project", "no project.qde in the archive");
    return qdpxDecisions(parseXml(xml, "project.qde"), file, corpus!.results, classified!);
  } catch (error) {
    if (isLoadError(error)) throw error;
    throw officeError(error, file, "a REFI-QDA project (.qdpx)");
  }
}

/** @returns the decisions of a `codings.csv`, decoded as UTF-8 or, failing that, Windows-1252. */
function csvCodings(bytes: Uint8Array, file: string): CodingsResult {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
    diagnostics.push({
      severity: "warning",
      code: "coding-encoding",
      file,
      line: null,
      lastLine: null,
      message:
        "the file is not UTF-8: read as Windows-1252 (check accented names and notes; save it as UTF-8 to be sure)",
    });
  }
  try {
    return { decisions: parseCodingsCsv(text, file), diagnostics };
  } catch (error) {
    if (error instanceof CodingsError) throw new LoadError("malformed", file, error.line, error.expected);
    throw error;
  }
}
