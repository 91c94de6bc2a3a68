import { expectObject } from "@ofsted-action-plans/core/authoring";
import {
  ArgumentError,
  ManifestEntrySchema,
  PlanSchema,
  type ReferenceKeyEntry,
  type Abbreviation,
  type Diagnostic,
  type IgnoreReason,
  type LineAccount,
  type ManifestEntry,
  type Plan,
  type RatingKeyEntry,
  type Recommendation,
  type StatusKey,
} from "@ofsted-action-plans/core";
import { citesInspectionReport } from "@ofsted-action-plans/core/authoring";
import { RecommendationDraft } from "./assemble/drafts.js";
import { LineLedger } from "./assemble/line-ledger.js";
import { asLoadError, LoadError } from "./errors/load-error.js";
import type { Layout, ParseContext } from "./layouts/layout.js";
import { detectLayout, formatLayouts, layoutByFormat, layouts, tableLayout } from "./layouts/registry.js";
import { isPdf } from "./pdf/open-pdf.js";
import type { TableText } from "./table-files/grid.js";
import { readTableDocument } from "./table-files/table-document.js";
import { normaliseLines, NORMALISATION_TEXT, type NormalisedLines } from "./source/normalise.js";
import { repairRows, type RowRepairs } from "./source/repair-rows.js";
import { toSourceText, type SourceText } from "./source/source-text.js";

/** What loading one document gives: the validated plan, its diagnostics and every line's account. */
export interface LoadResult {
  readonly plan: Plan;
  readonly diagnostics: readonly Diagnostic[];
  /** One entry per input line, in order: used by fields, or ignored with a reason. */
  readonly lines: readonly LineAccount[];
  /** The document as plain text, line n being line n of the accounts (a table document: its rows). */
  readonly text: string;
}

/**
 * @returns how many lines of a loaded document were read and how many of them were used or ignored.
 * @example
 * const result = loadPlan(text, entry);
 * lineTotals(result); // { lines, used, ignored }
 */
export function lineTotals(result: LoadResult): { lines: number; used: number; ignored: number } {
  expectObject(result, "result", "a load result, e.g. loadPlan(text, entry)", ["lines"]);
  const used = result.lines.filter((l) => l.use === "field").length;
  const ignored = result.lines.filter((l) => l.use === "ignored").length;
  return { lines: result.lines.length, used, ignored };
}

/** Options of `loadPlan`. */
export interface LoadPlanOptions {
  /** Layouts to detect and to name by format (default: the five built in); add your own here. The table layout (`"format": "table"`) stays available whatever is given. */
  readonly layouts?: readonly Layout[];
}

/**
 * Loads one plan document: detects its layout (or uses `entry.format`), reads every line into
 * recommendations and actions, accounts for every line, and validates the result.
 *
 * @returns the plan with its diagnostics and line accounts.
 * @throws LoadError for any input it cannot read faithfully; never another error, never a
 * half-filled plan.
 * @example
 * const { plan, diagnostics, lines } = loadPlan(text, entry);
 * plan.recommendations.length;
 */
export function loadPlan(input: string | Uint8Array, entry: ManifestEntry, options: LoadPlanOptions = {}): LoadResult {
  if (typeof input !== "string" && !(input instanceof Uint8Array))
    throw new ArgumentError("input", "the document's text (a string) or bytes (a Uint8Array)", input);
  const checked = ManifestEntrySchema.safeParse(entry);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ArgumentError(
      `entry${issue?.path.length ? `.${issue.path.join(".")}` : ""}`,
      `a manifest entry (${issue?.message ?? "see ManifestEntrySchema"})`,
      entry,
    );
  }
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", "an options object such as { layouts }", options);
  try {
    const known = options.layouts ?? layouts;
    const named = entry.format ? layoutByFormat(entry.format, entry.file, formatLayouts(known)) : null;
    const document = prepareDocument(input, entry, named);
    const layout = chooseLayout(document, entry, named, known);
    return readPlan(document, layout, entry);
  } catch (error) {
    throw asLoadError(error, entry.file);
  }
}

/** A document ready for a layout: its printed and normalised lines and its structure. */
interface PreparedDocument extends Omit<RowRepairs, "furniture"> {
  /** Lines no layout reads, with the reason: page furniture, rows hidden in a spreadsheet. */
  readonly setAside: ReadonlyMap<number, IgnoreReason>;
  readonly printed: SourceText;
  readonly normalised: NormalisedLines;
  /** The table document the lines come from (a PDF, spreadsheet, Word file or CSV), else null. */
  readonly table: TableText | null;
}

/**
 * Reads the document's lines: a table document (a PDF by its content, or any file of an entry whose
 * layout reads table documents) through its reader, a text as it is; normalises them for matching and
 * repairs a text's structure (a table document's rows come whole).
 */
function prepareDocument(input: string | Uint8Array, entry: ManifestEntry, named: Layout | null): PreparedDocument {
  const pdf = typeof input !== "string" && isPdf(input);
  if (pdf && named && !named.tableDocuments)
    throw new LoadError(
      "wrong-layout",
      entry.file,
      null,
      `"format": "${tableLayout.format}" (or no format) for a PDF`,
      `a PDF cannot be read as format ${named.format}`,
    );
  const table = named?.tableDocuments || pdf ? readTableDocument(input, entry.file, entry.table) : null;
  const printed = toSourceText(table ? table.lines.join("\n") : input, entry.file);
  const normalised = normaliseLines(printed.lines, printed.text);
  if (!table) {
    const { furniture, ...repairs } = repairRows(normalised.lines);
    return { printed, normalised, table, setAside: furniture, ...repairs };
  }
  const setAside = new Map<number, IgnoreReason>(table.furniture);
  for (const line of table.hidden) setAside.set(line, "hidden-row");
  const lines = normalised.lines.map((line, i) => (setAside.has(i + 1) ? "" : line));
  return {
    printed,
    normalised,
    table,
    lines,
    setAside,
    joined: table.joined,
    width: null,
    diagnostics: table.diagnostics,
  };
}

/**
 * @returns the layout to read the document with, set up for its entry: the one its format names, the
 * table layout for a table document, or the one detected.
 * @throws LoadError when the document does not carry the layout's signature.
 */
function chooseLayout(
  document: PreparedDocument,
  entry: ManifestEntry,
  named: Layout | null,
  known: readonly Layout[],
): Layout {
  const source = { file: document.printed.file, lines: document.lines };
  const chosen = named ?? (document.table ? tableLayout : detectLayout(source, known));
  const layout = chosen.forEntry?.(entry) ?? chosen;
  if (layout.detect(source.lines) !== null) return layout;
  const missing = layout.explainMissing?.(source.lines);
  if (missing) throw new LoadError("malformed", entry.file, missing.line, missing.expected, missing.detail);
  throw new LoadError(
    "wrong-layout",
    entry.file,
    null,
    `${layout.signature} (format ${layout.format})`,
    "the document is not in this layout",
  );
}

function readPlan(document: PreparedDocument, layout: Layout, entry: ManifestEntry): LoadResult {
  const { printed, normalised, lines } = document;
  const { file } = printed;
  const pages = document.table?.pages ?? null;
  const read = parseDocument(document, layout);
  const plan = buildPlan(document, layout, entry, read);
  const accounts = read.ledger.accounts();
  checkEnding(lines, accounts, document.width, read.note);
  const diagnostics = [
    ...normalisationNotes(normalised, printed),
    ...document.diagnostics.map(
      (d): Diagnostic => ({ ...d, file, text: d.text ?? printed.lines[(d.line ?? 1) - 1]?.slice(0, 200) ?? "" }),
    ),
    ...read.notes,
    ...read.ledger.ignoredDiagnostics(accounts),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    plan,
    diagnostics: pages
      ? diagnostics.map((d) => (d.line === null ? d : { ...d, page: pages[d.line - 1] }))
      : diagnostics,
    lines: accounts,
    text: printed.text,
  };
}

/** What a layout's parse gave: the ledger of lines, the drafts, the keys it read and its notes. */
interface ParsedDocument {
  readonly ledger: LineLedger;
  readonly recommendations: readonly RecommendationDraft[];
  readonly firstLine: ReadonlyMap<string, number>;
  readonly abbreviations: readonly Abbreviation[];
  readonly ratingKey: readonly RatingKeyEntry[];
  readonly referenceKey: readonly ReferenceKeyEntry[];
  readonly notes: readonly Diagnostic[];
  readonly note: ParseContext["note"];
}

/**
 * Runs the layout's parse over the document, collecting what it reports through its context.
 *
 * @returns the drafts, keys and notes, with the ledger that accounts for every line.
 * @throws LoadError when a recommendation is printed twice, or the layout fails.
 */
function parseDocument(document: PreparedDocument, layout: Layout): ParsedDocument {
  const { printed, normalised, lines } = document;
  const pages = document.table?.pages ?? null;
  const ledger = new LineLedger(printed.file, lines, printed.lines, normalised.printed, document.joined, pages);
  for (const [line, reason] of document.setAside) ledger.ignore(line, reason);
  const read: ReadSoFar = {
    ledger,
    recommendations: [],
    firstLine: new Map(),
    abbreviations: [],
    ratingKey: [],
    referenceKey: new Map(),
    notes: [],
  };
  const ctx = parseContext(document, read);
  layout.parse(ctx);
  return { ...read, referenceKey: [...read.referenceKey.values()], note: ctx.note };
}

/** What the layout's parse has reported so far through its context. */
interface ReadSoFar {
  readonly ledger: LineLedger;
  readonly recommendations: RecommendationDraft[];
  readonly firstLine: Map<string, number>;
  readonly abbreviations: Abbreviation[];
  ratingKey: RatingKeyEntry[];
  readonly referenceKey: Map<string, ReferenceKeyEntry>;
  readonly notes: Diagnostic[];
}

/** @returns the context a layout parses the document with, collecting what it reports into `read`. */
function parseContext(document: PreparedDocument, read: ReadSoFar): ParseContext {
  const { printed, lines } = document;
  const { file } = printed;
  const fail: ParseContext["fail"] = (code, line, expected, detail) => {
    throw new LoadError(code, file, line, expected, detail);
  };
  return {
    file,
    lines,
    ledger: read.ledger,
    ...(document.table ? { table: document.table } : {}),
    recommendation(id, line, opts = {}) {
      const seen = read.firstLine.get(id);
      if (seen !== undefined)
        fail("malformed", line, `each recommendation printed once`, `${id} already started at line ${seen}`);
      read.firstLine.set(id, line);
      const draft = new RecommendationDraft(id, read.ledger, opts.timeframe ?? null, opts.area ?? null);
      read.recommendations.push(draft);
      return draft;
    },
    abbreviation: (a) => void read.abbreviations.push(a),
    ratingKey: (entries) => {
      read.ratingKey = [...entries];
    },
    reference: ({ code, title, line }) => {
      const known = read.referenceKey.get(code);
      if (known) known.lines.push(line);
      else read.referenceKey.set(code, { code, title, lines: [line], inspectionReport: citesInspectionReport(title) });
    },
    note: (severity, code, line, message) =>
      void read.notes.push({
        severity,
        code,
        file,
        line,
        lastLine: line,
        message,
        text: printed.lines[line - 1]?.slice(0, 200) ?? "",
      }),
    fail,
  };
}

/**
 * Builds the plan from what the layout read and the manifest entry, and validates it.
 *
 * @returns the plan, as `PlanSchema` parsed it.
 * @throws LoadError naming the line of the first part that is incomplete, duplicated or invalid.
 */
function buildPlan(document: PreparedDocument, layout: Layout, entry: ManifestEntry, read: ParsedDocument): Plan {
  const { file } = document.printed;
  const pages = document.table?.pages ?? null;
  checkComplete(read.recommendations, read.firstLine, file, read.note);
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
    source: {
      file,
      lineCount: document.lines.length,
      ...(pages ? { pageCount: pages[pages.length - 1] ?? 0 } : {}),
    },
    abbreviations: read.abbreviations,
    referenceKey: read.referenceKey,
    statusKey: statusKeyOf(entry, read.ratingKey),
    ratingKey: read.ratingKey,
    recommendations: read.recommendations.map((r) => r.build(file, crossReferences)),
  };
  checkUniqueIds(candidate.recommendations, file);
  checkNumbering(candidate.recommendations, read.note);
  const parsed = PlanSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const line = lineOfIssue(candidate, issue?.path ?? []);
    throw new LoadError(
      "invalid-plan",
      file,
      line,
      `a plan that satisfies the schema at ${(issue?.path ?? []).join(".")}`,
      issue?.message,
    );
  }
  return parsed.data;
}

/** @returns the plan's status key: the printed key's entries, under the manifest's; null when there are none. */
function statusKeyOf(entry: ManifestEntry, printed: readonly RatingKeyEntry[]): StatusKey | null {
  const manifest = entry.statusKey ?? entry.table?.statusKey;
  if (printed.length === 0) return manifest ?? null;
  const key: StatusKey = {};
  for (const e of printed) key[e.value] = e.status;
  return { ...key, ...manifest };
}

/** @returns an info diagnostic per kind of character normalised, with its count and first line. */
function normalisationNotes(normalised: NormalisedLines, printed: SourceText): Diagnostic[] {
  return normalised.counts.map((c) => ({
    severity: "info",
    code: "normalised",
    file: printed.file,
    line: c.firstLine,
    lastLine: null,
    message: `${c.count} character${c.count === 1 ? "" : "s"}: ${NORMALISATION_TEXT[c.kind]} (first at line ${c.firstLine}); texts keep them as printed in raw`,
    text: printed.lines[c.firstLine - 1]?.slice(0, 200) ?? "",
  }));
}

/** A plan needs a recommendation with actions; one without actions is kept, with a warning. */
function checkComplete(
  recommendations: readonly RecommendationDraft[],
  firstLine: ReadonlyMap<string, number>,
  file: string,
  note: Note,
): void {
  if (!recommendations.some((r) => r.actions.length > 0)) {
    throw new LoadError(
      "truncated",
      file,
      firstLine.get(recommendations[0]?.id ?? "") ?? null,
      "at least one recommendation with actions",
      recommendations.length === 0
        ? "no recommendation was found"
        : recommendations.length === 1
          ? `${recommendations[0]!.id} has no actions (the document may be cut short)`
          : "no recommendation has actions",
    );
  }
  recommendations.forEach((rec, i) => {
    if (rec.actions.length > 0) return;
    const last = i === recommendations.length - 1;
    note(
      "warning",
      last ? "truncated" : "no-actions",
      firstLine.get(rec.id) ?? 1,
      `${rec.id} has no actions${last ? ": the document may be cut short" : ": its rows may have been read into another recommendation"}`,
    );
  });
}

/**
 * Numbering that skips (R2 → R4, 1.2 → 1.4) is a warning at the line it happens, saying where a
 * missing id is printed inside another action's cells (a row read into its neighbour). Repeated ids
 * are errors (see `checkUniqueIds`).
 */
function checkNumbering(recommendations: readonly Recommendation[], note: Note): void {
  const numbered = (id: string) => /^(.*?)(\d+)$/u.exec(id);
  // Plans may print their items out of order (Oxfordshire): a gap is a number missing from the range.
  const check = (
    ids: readonly { id: string; line: number }[],
    what: string,
    missingIn?: (id: string) => string | null,
  ) => {
    const byPrefix = new Map<string, Map<number, number>>();
    for (const { id, line } of ids) {
      const m = numbered(id);
      if (!m) continue;
      let seen = byPrefix.get(m[1]!);
      if (!seen) byPrefix.set(m[1]!, (seen = new Map()));
      seen.set(Number(m[2]), line);
    }
    for (const [prefix, seen] of byPrefix) {
      const numbers = [...seen.keys()].sort((a, b) => a - b);
      for (let k = 1; k < numbers.length; k++) {
        const [from, to] = [numbers[k - 1]!, numbers[k]!];
        if (to - from <= 1 || to - from > 50) continue;
        const missing = Array.from({ length: to - from - 1 }, (_, j) => `${prefix}${from + j + 1}`);
        const found = missing.map((x) => missingIn?.(x)).filter((x): x is string => Boolean(x));
        note(
          "warning",
          "numbering-gap",
          seen.get(to)!,
          `${what} ${prefix}${to} follows ${prefix}${from}: ${missing.join(", ")} not found${found.length ? ` (${found.join("; ")})` : ""}`,
        );
      }
    }
  };
  check(
    recommendations.map((r) => ({ id: r.id, line: r.source.firstLine })),
    "recommendation",
  );
  const actions = recommendations.flatMap((r) => r.actions);
  const insideCell = (id: string) => {
    const pattern = new RegExp(`(?<![\\w.])${id.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\w]|\\.\\d)`, "u");
    for (const a of actions) {
      const cells = [
        ["text", a.text],
        ["lead", a.lead],
        ["due", a.dueRaw],
        ["status", a.statusRaw],
        ...Object.entries(a.otherCells).map(([k, c]) => [k, c.text]),
      ];
      const hit = cells.find(([, text]) => pattern.test(text!));
      if (hit) return `${id} is printed inside the ${hit[0]} cell of action ${a.id}, line ${a.source.firstLine}`;
    }
    return null;
  };
  for (const rec of recommendations)
    check(
      rec.actions.map((a) => ({ id: a.id, line: a.source.firstLine })),
      "action",
      insideCell,
    );
}

type Note = ParseContext["note"];

/**
 * A document that ends on page furniture or column headings, or in a row with fewer cells than its
 * table, may have been cut short: a warning at its last line.
 */
function checkEnding(
  lines: readonly string[],
  accounts: readonly LineAccount[],
  width: number | null,
  note: Note,
): void {
  let last = lines.length;
  while (last > 0 && lines[last - 1]!.trim() === "") last--;
  if (last === 0) return;
  const account = accounts[last - 1];
  if (account?.use === "ignored" && (account.reason === "page-header" || account.reason === "column-header")) {
    note(
      "warning",
      "truncated",
      last,
      `the document ends on a ${account.reason === "page-header" ? "page header" : "column heading"}: it may be cut short`,
    );
    return;
  }
  const row = lines[last - 1]!;
  if (width !== null && row.includes("\t")) {
    const cells = row.split("\t").length;
    // A short table of its own at the end (abbreviations) keeps the width of the rows above it.
    let above = last - 1;
    while (above > 0 && lines[above - 1]!.trim() === "") above--;
    const previous = above > 0 && lines[above - 1]!.includes("\t") ? lines[above - 1]!.split("\t").length : width;
    if (cells < width && cells < previous)
      note(
        "warning",
        "truncated",
        last,
        `the document ends in a row of ${cells} cells where its table has ${width}: it may be cut short`,
      );
  }
}

/** Action ids must be unique within the plan; a repeat is reported at its line. */
function checkUniqueIds(recommendations: readonly Recommendation[], file: string): void {
  const seen = new Map<string, number>();
  for (const rec of recommendations)
    for (const action of rec.actions) {
      const first = seen.get(action.id);
      if (first !== undefined) {
        throw new LoadError(
          "malformed",
          file,
          action.source.firstLine,
          "unique action ids",
          `action ${action.id} already printed at line ${first}`,
        );
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
