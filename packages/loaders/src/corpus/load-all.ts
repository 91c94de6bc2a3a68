import { lstatSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  ArgumentError,
  ManifestSchema,
  type CodingDecision,
  type Diagnostic,
  type Manifest,
  type ManifestEntry,
  type Plan,
} from "@ofsted-action-plans/core";
import { loadCodings } from "../exchange/load-codings.js";
import { isLoadError, LoadError } from "../errors/load-error.js";
import { loadPlan, type LoadPlanOptions, type LoadResult } from "../load-plan.js";
import { readRegularFile, resolveInside } from "../files/read-file.js";

/**
 * The plans bundled with the library: five council plans and their manifest, from the
 * `@ofsted-action-plans/data` package, found relative to this module wherever it is installed.
 */
export const bundledDataDir: string = dirname(
  createRequire(import.meta.url).resolve("@ofsted-action-plans/data/manifest.json"),
);

/** Name of the manifest file inside a data folder. */
export const MANIFEST_FILE = "manifest.json";

/**
 * Reads and validates `manifest.json` of a data folder.
 *
 * @returns the manifest.
 * @throws LoadError `manifest` (missing, not JSON, or not valid) naming the problem.
 * @example
 * readManifest().plans.map((p) => p.council); // ["reading", "stockton", …]
 */
export function readManifest(dataDir: string = bundledDataDir): Manifest {
  if (typeof dataDir !== "string" || dataDir === "")
    throw new ArgumentError("dataDir", "a data folder path (a string)", dataDir);
  const file = join(dataDir, MANIFEST_FILE);
  let text: string;
  try {
    const bytes = readRegularFile(
      resolveInside(dataDir, MANIFEST_FILE, "manifest"),
      MAX_MANIFEST_BYTES,
      "manifest",
      file,
    );
    text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/u, "");
  } catch (error) {
    const detail = isLoadError(error) ? error.detail : String(error);
    throw new LoadError("manifest", file, null, "a readable JSON manifest inside the data folder", detail);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // The manifest is the user's own file inside the data folder (a link out of it is refused above).
    const message = String(error instanceof Error ? error.message : error);
    const at = /position (\d+)/u.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : null;
    throw new LoadError("manifest", file, line, "a JSON manifest", message);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LoadError(
      "manifest",
      file,
      null,
      `a valid manifest at ${(issue?.path ?? []).join(".") || "top level"}`,
      issue?.message,
    );
  }
  return parsed.data;
}

/** Every document of a data folder, loaded: results in manifest order and the errors of those that failed. */
export interface Corpus {
  /** The folder the manifest and documents were read from. */
  readonly dataDir: string;
  readonly manifest: Manifest;
  readonly results: readonly LoadResult[];
  readonly errors: readonly LoadError[];
  /** The plans of the documents that loaded. */
  readonly plans: readonly Plan[];
  /** A researcher's codings from `codings.csv` beside the manifest, if there is one (else empty). */
  readonly codings: readonly CodingDecision[];
  /** What was read in place of `codings.csv` (its encoding), if there is one. */
  readonly codingDiagnostics: readonly Diagnostic[];
}

/** Name of the optional codings file beside the manifest. */
export const CODINGS_FILE = "codings.csv";

/** Options of `loadAll`. */
export interface LoadAllOptions extends LoadPlanOptions {
  /** Folder holding `manifest.json` and the texts it names (default: the bundled data). */
  readonly dataDir?: string;
  /** Largest document read, in bytes (default 50 MB): a bigger file is reported, not read. */
  readonly maxFileBytes?: number;
}

/** The default largest document `loadAll` reads: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

/**
 * Loads every plan of a data folder's manifest. A document that cannot be read is reported in
 * `errors` and the others still load.
 *
 * @returns the corpus: results, errors and plans.
 * @throws LoadError `manifest` when the manifest itself cannot be read.
 * @example
 * const { plans, errors } = loadAll(); // the five bundled plans
 * const mine = loadAll({ dataDir: "my-data" }); // a folder with manifest.json
 */
export function loadAll(options: LoadAllOptions = {}): Corpus {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new ArgumentError("options", "an options object such as { dataDir }", options);
  }
  const dataDir = options.dataDir ?? bundledDataDir;
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  const manifest = readManifest(dataDir);
  const results: LoadResult[] = [];
  const errors: LoadError[] = [];
  const files = new Map<string, string>();
  const councils = new Map<string, string>();
  for (const entry of manifest.plans) {
    try {
      const real = resolveInside(dataDir, entry.file);
      const first = files.get(real);
      if (first !== undefined)
        throw new LoadError(
          "io",
          entry.file,
          null,
          "each file named once in the manifest",
          `the same file as plan ${first}`,
        );
      files.set(real, entry.id);
      const result = loadPlan(readRegularFile(real, limit, "io", entry.file), entry, options);
      const other = councils.get(entry.council);
      councils.set(entry.council, entry.id);
      results.push(other === undefined ? result : withSameCouncil(result, entry, other));
    } catch (error) {
      if (!isLoadError(error)) throw error;
      errors.push(error);
    }
  }
  const { decisions: codings, diagnostics: codingDiagnostics } = dataFolderCodings(dataDir, errors);
  return { dataDir, manifest, results, errors, plans: results.map((r) => r.plan), codings, codingDiagnostics };
}

/** @returns the result with a note that another plan of its council (`other`) is loaded too. */
function withSameCouncil(result: LoadResult, entry: ManifestEntry, other: string): LoadResult {
  const note: Diagnostic = {
    severity: "info",
    code: "same-council",
    file: entry.file,
    line: null,
    lastLine: null,
    message: `a second plan of ${entry.councilName} (also plan ${other}): both are loaded; tables group by plan_id where they must keep them apart`,
  };
  return { ...result, diagnostics: [note, ...result.diagnostics] };
}

/** @returns the coding decisions of the data folder's codings file, if it has one (a file that cannot be read adds its error). */
function dataFolderCodings(
  dataDir: string,
  errors: LoadError[],
): { decisions: CodingDecision[]; diagnostics: Diagnostic[] } {
  if (!lstatSync(join(dataDir, CODINGS_FILE), { throwIfNoEntry: false })) return { decisions: [], diagnostics: [] };
  try {
    return loadCodings(resolveInside(dataDir, CODINGS_FILE));
  } catch (error) {
    if (!isLoadError(error)) throw error;
    errors.push(error);
    return { decisions: [], diagnostics: [] };
  }
}
