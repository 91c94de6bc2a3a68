import {
  PlanSchema,
  type Abbreviation,
  type Diagnostic,
  type LineAccount,
  type ManifestEntry,
  type Plan,
  type Recommendation,
} from "@ofsted-action-plans/core";
import { RecommendationDraft } from "./assemble/drafts.js";
import { LineLedger } from "./assemble/line-ledger.js";
import { isLoadError, LoadError } from "./errors/load-error.js";
import type { Layout, ParseContext } from "./layouts/layout.js";
import { detectLayout, layoutByFormat, layouts } from "./layouts/registry.js";
import { normaliseLines, NORMALISATION_TEXT, type NormalisedLines } from "./source/normalise.js";
import { toSourceText, type SourceText } from "./source/source-text.js";

/** What loading one document gives: the validated plan, its diagnostics and every line's account. */
export interface LoadResult {
  readonly plan: Plan;
  readonly diagnostics: readonly Diagnostic[];
  /** One entry per input line, in order: used by fields, or ignored with a reason. */
  readonly lines: readonly LineAccount[];
}

/** @returns how many lines of a loaded document were read and how many of them were used or ignored. */
export function lineTotals(result: LoadResult): { lines: number; used: number; ignored: number } {
  const used = result.lines.filter((l) => l.use === "field").length;
  const ignored = result.lines.filter((l) => l.use === "ignored").length;
  return { lines: result.lines.length, used, ignored };
}

/** Options of `loadPlan`. */
export interface LoadPlanOptions {
  /** Layouts to choose from (default: the five built in); add your own here. */
  readonly layouts?: readonly Layout[];
}

/**
 * Loads one plan document: detects its layout (or uses `entry.format`), reads every line into
 * recommendations and actions, accounts for every line, and validates the result.
 *
 * @returns the plan with its diagnostics and line accounts.
 * @throws LoadError for any input it cannot read faithfully; never another error, never a
 * half-filled plan.
 */
export function loadPlan(input: string | Uint8Array, entry: ManifestEntry, options: LoadPlanOptions = {}): LoadResult {
  const known = options.layouts ?? layouts;
  try {
    const printed = toSourceText(input, entry.file);
    const normalised = normaliseLines(printed.lines);
    const source = { file: printed.file, lines: normalised.lines };
    const layout = entry.format ? layoutByFormat(entry.format, entry.file, known) : detectLayout(source, known);
    if (layout.detect(source.lines) === null) {
      throw new LoadError("wrong-layout", entry.file, null, `${layout.signature} (format ${layout.format})`, "the document is not in this layout");
    }
    return readPlan(printed, normalised, layout, entry);
  } catch (error) {
    if (isLoadError(error)) throw error;
    throw new LoadError("internal", entry.file, null, "no internal error", String(error instanceof Error ? error.stack : error));
  }
}

function readPlan(printed: SourceText, normalised: NormalisedLines, layout: Layout, entry: ManifestEntry): LoadResult {
  const { file } = printed;
  const lines = normalised.lines;
  const ledger = new LineLedger(file, lines, printed.lines, normalised.printed);
  const recommendations: RecommendationDraft[] = [];
  const firstLine = new Map<string, number>();
  const abbreviations: Abbreviation[] = [];
  const notes: Diagnostic[] = [];
  const fail: ParseContext["fail"] = (code, line, expected, detail) => {
    throw new LoadError(code, file, line, expected, detail);
  };
  const ctx: ParseContext = {
    file,
    lines,
    ledger,
    recommendation(id, line, opts = {}) {
      const seen = firstLine.get(id);
      if (seen !== undefined) fail("malformed", line, `each recommendation printed once`, `${id} already started at line ${seen}`);
      firstLine.set(id, line);
      const draft = new RecommendationDraft(id, ledger, opts.timeframe ?? null, opts.area ?? null);
      recommendations.push(draft);
      return draft;
    },
    abbreviation: (a) => void abbreviations.push(a),
    note: (severity, code, line, message) =>
      void notes.push({ severity, code, file, line, lastLine: line, message, text: printed.lines[line - 1]?.slice(0, 200) ?? "" }),
    fail,
  };
  layout.parse(ctx);
  checkComplete(recommendations, firstLine, file);

  const crossReferences = layout.crossReferences?.bind(layout);
  const candidate = {
    id: entry.id,
    council: entry.council,
    councilName: entry.councilName,
    title: entry.title,
    documentDate: entry.documentDate,
    asOf: entry.asOf,
    asOfEvidence: entry.asOfEvidence,
    format: layout.format,
    source: { file, lineCount: lines.length },
    abbreviations,
    statusKey: entry.statusKey ?? null,
    recommendations: recommendations.map((r) => r.build(file, crossReferences)),
  };
  checkUniqueIds(candidate.recommendations, file);
  const parsed = PlanSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const line = lineOfIssue(candidate, issue?.path ?? []);
    fail("invalid-plan", line, `a plan that satisfies the schema at ${(issue?.path ?? []).join(".")}`, issue?.message);
  }
  const accounts = ledger.accounts();
  const normalisations = normalised.counts.map((c): Diagnostic => ({
    severity: "info",
    code: "normalised",
    file,
    line: c.firstLine,
    lastLine: null,
    message: `${c.count} character${c.count === 1 ? "" : "s"}: ${NORMALISATION_TEXT[c.kind]} (first at line ${c.firstLine}); texts keep them as printed in raw`,
    text: printed.lines[c.firstLine - 1]?.slice(0, 200) ?? "",
  }));
  const diagnostics = [...normalisations, ...notes, ...ledger.ignoredDiagnostics(accounts)].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );
  return { plan: parsed.data, diagnostics, lines: accounts };
}

/** Every recommendation needs actions. */
function checkComplete(recommendations: readonly RecommendationDraft[], firstLine: Map<string, number>, file: string): void {
  if (recommendations.length === 0) {
    throw new LoadError("truncated", file, null, "at least one recommendation with actions", "no recommendation was found");
  }
  recommendations.forEach((rec, i) => {
    if (rec.actions.length === 0) {
      const last = i === recommendations.length - 1;
      throw new LoadError(last ? "truncated" : "malformed", file, firstLine.get(rec.id) ?? null, `at least one action for ${rec.id}`, `${rec.id} has no actions${last ? " (the document may be cut short)" : ""}`);
    }
  });
}

/** Action ids must be unique within the plan; a repeat is reported at its line. */
function checkUniqueIds(recommendations: readonly Recommendation[], file: string): void {
  const seen = new Map<string, number>();
  for (const action of recommendations.flatMap((r) => r.actions)) {
    const first = seen.get(action.id);
    if (first !== undefined) {
      throw new LoadError("malformed", file, action.source.firstLine, "unique action ids", `action ${action.id} already printed at line ${first}`);
    }
    seen.set(action.id, action.source.firstLine);
  }
}

/** @returns the first source line of the record an issue path points into, if any. */
function lineOfIssue(candidate: unknown, path: readonly PropertyKey[]): number | null {
  let node: unknown = candidate;
  let line: number | null = null;
  for (const key of path) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const source = (node as { source?: { firstLine?: unknown } } | undefined)?.source;
    if (typeof source?.firstLine === "number" && source.firstLine > 0) line = source.firstLine;
  }
  return line;
}
