import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Action, ManifestEntry, Plan } from "@ofsted-action-plans/core";
import { bundledDataDir, loadAll, readManifest, type Corpus } from "@ofsted-action-plans/loaders";

let cached: Corpus | undefined;

/** The bundled corpus, loaded once per test file. */
export function corpus(): Corpus {
  return (cached ??= loadAll());
}

/** @returns the plan of a council in the bundled corpus. */
export function planOf(council: string): Plan {
  const plan = corpus().plans.find((p) => p.council === council);
  if (!plan) throw new Error(`no plan for ${council}`);
  return plan;
}

/** @returns every action of a plan, in source order. */
export function actionsOf(plan: Plan): Action[] {
  return plan.recommendations.flatMap((r) => r.actions);
}

/** @returns an action of a council by id. */
export function action(council: string, id: string): Action {
  const found = actionsOf(planOf(council)).find((a) => a.id === id);
  if (!found) throw new Error(`no action ${council}/${id}`);
  return found;
}

/** @returns the manifest entry and text of a bundled council plan. */
export function bundled(council: string): { entry: ManifestEntry; text: string } {
  const entry = readManifest().plans.find((p) => p.council === council);
  if (!entry) throw new Error(`no manifest entry for ${council}`);
  return { entry, text: readFileSync(join(bundledDataDir, entry.file), "utf8") };
}

/** The hand-made reference labels (dev split), kept beside the bundled data. */
export const labelsDir = join(import.meta.dirname, "..", "..", "data", "labels");

/** Reads a tab-separated label file of `data/labels` (header row, no quoting) into records. */
export function readTsv(name: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(labelsDir, name), "utf8")
    .replace(/\r?\n$/u, "")
    .split(/\r?\n/u)
    .map((l) => l.split("\t"));
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ""])));
}
