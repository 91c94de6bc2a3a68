import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ManifestSchema, type Manifest, type Plan } from "@ofsted-action-plans/core";
import { isLoadError, LoadError } from "../errors/load-error.js";
import { loadPlan, type LoadPlanOptions, type LoadResult } from "../load-plan.js";

/** The `data/` folder bundled with the library: five council plans and their manifest. */
export const bundledDataDir: string = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../data");

/** Name of the manifest file inside a data folder. */
export const MANIFEST_FILE = "manifest.json";

/**
 * Reads and validates `manifest.json` of a data folder.
 *
 * @returns the manifest.
 * @throws LoadError `manifest` (missing, not JSON, or not valid) naming the problem.
 */
export function readManifest(dataDir: string = bundledDataDir): Manifest {
  const file = join(dataDir, MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new LoadError("manifest", file, null, "a readable JSON manifest", String(error instanceof Error ? error.message : error));
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LoadError("manifest", file, null, `a valid manifest at ${(issue?.path ?? []).join(".") || "top level"}`, issue?.message);
  }
  return parsed.data;
}

/** Every document of a data folder, loaded: results in manifest order and the errors of those that failed. */
export interface Corpus {
  readonly manifest: Manifest;
  readonly results: readonly LoadResult[];
  readonly errors: readonly LoadError[];
  /** The plans of the documents that loaded. */
  readonly plans: readonly Plan[];
}

/** Options of `loadAll`. */
export interface LoadAllOptions extends LoadPlanOptions {
  /** Folder holding `manifest.json` and the texts it names (default: the bundled data). */
  readonly dataDir?: string;
}

/**
 * Loads every plan of a data folder's manifest. A document that cannot be read is reported in
 * `errors` and the others still load.
 *
 * @returns the corpus: results, errors and plans.
 * @throws LoadError `manifest` when the manifest itself cannot be read.
 */
export function loadAll(options: LoadAllOptions = {}): Corpus {
  const dataDir = options.dataDir ?? bundledDataDir;
  const manifest = readManifest(dataDir);
  const results: LoadResult[] = [];
  const errors: LoadError[] = [];
  for (const entry of manifest.plans) {
    try {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(join(dataDir, entry.file));
      } catch (error) {
        throw new LoadError("io", entry.file, null, "a readable file", String(error instanceof Error ? error.message : error));
      }
      results.push(loadPlan(bytes, entry, options));
    } catch (error) {
      if (!isLoadError(error)) throw error;
      errors.push(error);
    }
  }
  return { manifest, results, errors, plans: results.map((r) => r.plan) };
}
