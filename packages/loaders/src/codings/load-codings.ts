import { readFileSync } from "node:fs";
import {
  ArgumentError,
  parseCodingsCsv,
  type CodingDecision,
  type Plan,
  type PlanThemes,
} from "@ofsted-action-plans/core";
import { LoadError } from "../errors/load-error.js";
import type { LoadResult } from "../load-plan.js";
import { attr, child, descendants, parseXml, readParts } from "../tables/zip-xml.js";

/**
 * Reads a researcher's codings: a `codings.csv` (`unit, theme, decision, coder, note`), or a REFI-QDA
 * `.qdpx` project that a QDA tool (NVivo, ATLAS.ti, MAXQDA, QualCoder) coded further. For a project,
 * each coded selection is placed on the action or recommendation whose source lines it starts in; its
 * code's name is the theme; the classifier's codes (`classified`) missing from the project were
 * removed by the researcher, codes the classifier did not give were added, each with the name of the
 * user who coded it.
 *
 * @returns the decisions, ready for `applyCodings`.
 * @throws LoadError naming the file when it cannot be read as codings.
 * @example
 * const decisions = loadCodings("data/codings.csv");
 * const { themes } = applyCodings(classifyPlans(plans), decisions);
 */
export function loadCodings(
  file: string,
  corpus?: { results: readonly LoadResult[] },
  classified?: PlanThemes,
): CodingDecision[] {
  if (typeof file !== "string") throw new ArgumentError("file", "the path of a codings.csv or .qdpx file", file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new LoadError(
      "io",
      file,
      null,
      "a readable codings file",
      String(error instanceof Error ? error.message : error),
    );
  }
  try {
    if (!/\.qdpx$/iu.test(file)) return parseCodingsCsv(new TextDecoder("utf-8").decode(bytes), file);
    if (!corpus || !classified)
      throw new ArgumentError(
        "corpus",
        "the loaded corpus and its classification, to place a project's selections",
        corpus,
      );
    return qdpxDecisions(bytes, corpus.results, classified);
  } catch (error) {
    if (error instanceof LoadError || error instanceof ArgumentError) throw error;
    throw new LoadError(
      "malformed",
      file,
      (error as { line?: number }).line ?? null,
      "a codings.csv or a REFI-QDA project",
      String(error instanceof Error ? error.message : error),
    );
  }
}

function qdpxDecisions(bytes: Uint8Array, results: readonly LoadResult[], classified: PlanThemes): CodingDecision[] {
  const project = readParts(bytes, (p) => p === "project.qde").get("project.qde");
  if (!project) throw new Error("no project.qde in the archive");
  const doc = parseXml(project, "project.qde");
  const users = new Map(descendants(doc, "User").map((u) => [attr(u, "guid") ?? "", attr(u, "name") ?? "unknown"]));
  const codes = new Map(descendants(doc, "Code").map((c) => [attr(c, "guid") ?? "", attr(c, "name") ?? ""]));
  const themeIds = new Set(classified.codebook.themes.map((t) => t.id));
  const coded = new Map<string, { coder: string; note: string }>();
  for (const source of descendants(doc, "TextSource")) {
    const result = results.find((r) => r.plan.source.file === attr(source, "name"));
    if (!result) continue;
    const lineAt = lineFinder(result.text);
    const unitAt = unitFinder(result.plan);
    for (const selection of descendants(source, "PlainTextSelection")) {
      const unit = unitAt(lineAt(Number(attr(selection, "startPosition") ?? 0)));
      if (!unit) continue;
      for (const coding of descendants(selection, "Coding")) {
        const ref = child(coding, "CodeRef");
        const theme = codes.get(ref ? (attr(ref, "targetGUID") ?? "") : "") ?? "";
        if (!themeIds.has(theme)) continue;
        coded.set(`${result.plan.council}/${unit}\u0000${theme}`, {
          coder: users.get(attr(coding, "creatingUser") ?? "") ?? "unknown",
          note: child(selection, "Description")?.textContent ?? "",
        });
      }
    }
  }
  const decisions: CodingDecision[] = [];
  const loaded = new Set(results.map((r) => r.plan.id));
  for (const u of [...classified.recommendations, ...classified.actions]) {
    if (!loaded.has(u.planId)) continue;
    for (const theme of u.classification.themes) {
      if (!coded.has(`${u.unit}\u0000${theme}`))
        decisions.push({
          unit: u.unit,
          theme,
          decision: "remove",
          coder: "unknown",
          note: "coding removed in the QDA project",
        });
    }
    for (const theme of themeIds) {
      const c = coded.get(`${u.unit}\u0000${theme}`);
      if (c && !u.classification.themes.includes(theme))
        decisions.push({ unit: u.unit, theme, decision: "add", coder: c.coder, note: c.note });
    }
  }
  return decisions;
}

/** @returns a function from a character position (code points) to its 1-based line. */
function lineFinder(text: string): (position: number) => number {
  const starts: number[] = [0];
  let cp = 0;
  for (const ch of text) {
    cp++;
    if (ch === "\n") starts.push(cp);
  }
  return (position) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** @returns a function from a line to the action (else the recommendation) printed there. */
function unitFinder(plan: Plan): (line: number) => string | null {
  const byLine = new Map<number, string>();
  for (const rec of plan.recommendations) {
    for (const l of rec.source.lines) if (!byLine.has(l)) byLine.set(l, rec.id);
    for (const a of rec.actions) for (const l of a.source.lines) byLine.set(l, a.id);
  }
  return (line) => byLine.get(line) ?? null;
}
