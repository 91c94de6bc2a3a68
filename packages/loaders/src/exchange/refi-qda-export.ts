import { createHash } from "node:crypto";
import type { Evidence, Finding, FindingCodebook, Plan, PlanThemes, Theme } from "@ofsted-action-plans/core";
import { expectArray, expectObject, expectString } from "@ofsted-action-plans/core/authoring";
import { strToU8, zipSync } from "fflate";
import type { LoadResult } from "../load-plan.js";

/**
 * What a project is written from: the plans as loaded, their themes and their findings (an analysis
 * of the report package has all three).
 */
export interface QdaInput {
  readonly plans: readonly Plan[];
  readonly corpus: { readonly results: readonly LoadResult[] };
  readonly themes: PlanThemes;
  readonly findings: readonly Finding[];
}

/** The REFI-QDA Project Exchange namespace (standard 1.0–1.5). */
export const QDA_PROJECT_NS = "urn:QDA-XML:project:1.0";
/** The REFI-QDA Codebook Exchange namespace. */
export const QDA_CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

const COLOURS = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#ff7f0e",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#393b79",
  "#637939",
  "#8c6d31",
  "#843c39",
  "#7b4173",
];

/**
 * A GUID as the standard writes them (8-4-4-4-12 hex), derived from a key, so the same input gives
 * the same GUIDs on every run (name-based, as UUID version 5).
 *
 * @returns the GUID.
 * @example
 * stableGuid("code/supervision"); // the same string every time
 */
export function stableGuid(key: string): string {
  expectString(key, "key");
  const h = createHash("sha1").update(`ofsted-action-plans/${key}`).digest("hex");
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** One coded selection of the export: where it is, which code, and why. */
export interface QdaSelection {
  readonly source: string;
  readonly unit: string;
  readonly code: string;
  /** Character positions (Unicode code points, start inclusive, end exclusive) in the plain-text source. */
  readonly start: number;
  readonly end: number;
  /** The selected text, as the source prints it. */
  readonly text: string;
  /** The evidence it codes: the matched words, or the whole line when they were not printed as such. */
  readonly exact: boolean;
}

/** A REFI-QDA project of an analysis: the project XML, the codebook XML, the `.qdpx` archive, and its selections. */
export interface QdaExport {
  readonly qde: string;
  readonly qdc: string;
  readonly qdpx: Uint8Array;
  readonly selections: readonly QdaSelection[];
  /** Set when the archive's file date had to differ from the plans' latest date (zip holds 1980–2099). */
  readonly note?: string;
}

/**
 * Writes the analysis as a REFI-QDA project that NVivo, ATLAS.ti, MAXQDA or QualCoder can open: each
 * plan as a plain-text source (inside the archive under `Sources/`), a code per theme and under it
 * its finding codes (name, definition, colour), and every classification as a `PlainTextSelection`
 * on the character span of its evidence in that source, with a `Coding` pointing at its code: each
 * action's and recommendation's themes, and each finding's codes. Where the matched words are not
 * printed as such in the source (a cell cleaned of tags or line breaks), the selection is the unit's
 * first line. GUIDs are stable for the same input; dates are the latest plan date. The XML is written
 * as text with every attribute and content escaped (an XML builder took 50 s for the 280,000 selections
 * of a 100,000-action plan; this takes about a second).
 *
 * @returns the project, codebook and archive.
 * @example
 * const qda = refiQdaExport(analyseCorpus(loadAll()), FindingCodebookSchema.parse(defaultFindingCodes));
 * writeFileSync("plans.qdpx", qda.qdpx);
 */
export function refiQdaExport(analysis: QdaInput, findingCodes: FindingCodebook): QdaExport {
  expectQdaInput(analysis, findingCodes);
  const ctx: ProjectWriter = {
    analysis,
    date: `${[...analysis.plans.map((p) => p.asOf)].sort().at(-1) ?? "2000-01-01"}T00:00:00Z`,
    user: stableGuid("user/classifier"),
    // A finding code may share its name with a theme (a user's codebook can do that): each kind has its own GUIDs.
    guids: { theme: (id) => stableGuid(`code/${id}`), finding: (id) => stableGuid(`finding-code/${id}`) },
    selections: [],
    out: ['<?xml version="1.0" encoding="utf-8"?>'],
  };
  const themes: readonly Theme[] = analysis.themes.codebook.themes;
  const { out, user, date, guids } = ctx;
  out.push(
    open("Project", {
      xmlns: QDA_PROJECT_NS,
      name: "Ofsted action plans",
      origin: "ofsted-action-plans",
      creatingUserGUID: user,
      creationDateTime: date,
    }),
  );
  out.push(`<Users>${element("User", { guid: user, name: "ofsted-action-plans classifier" })}</Users>`);
  out.push(`<CodeBook>${codes(themes, findingCodes, guids)}</CodeBook>`);
  out.push("<Sources>");
  const files: Record<string, Uint8Array> = {};
  for (const result of analysis.corpus.results) {
    const [path, bytes] = writeTextSource(ctx, result);
    files[path] = bytes;
  }
  out.push("</Sources></Project>");
  const qde = out.join("\n");
  files["project.qde"] = strToU8(qde);
  const qdc = [
    '<?xml version="1.0" encoding="utf-8"?>',
    open("CodeBook", { xmlns: QDA_CODEBOOK_NS, origin: "ofsted-action-plans" }),
    codes(themes, findingCodes, guids),
    "</CodeBook>",
  ].join("\n");
  const { mtime, note } = zipDate(date);
  return { qde, qdc, qdpx: zipSync(files, { level: 1, mtime }), selections: ctx.selections, ...(note ? { note } : {}) };
}

/** @throws ArgumentError unless given an analysis (plans, corpus, themes, findings) and a finding codebook. */
function expectQdaInput(analysis: QdaInput, findingCodes: FindingCodebook): void {
  expectObject(analysis, "analysis", "an analysis, e.g. analyseCorpus(loadAll())", [
    "plans",
    "corpus",
    "themes",
    "findings",
  ]);
  expectObject(analysis.themes, "analysis.themes", "the plans' themes, e.g. classifyPlans(plans)", [
    "codebook",
    "recommendations",
    "actions",
  ]);
  expectObject(analysis.corpus, "analysis.corpus", "the loaded corpus, with its results", ["results"]);
  expectArray(analysis.plans, "analysis.plans", "the loaded plans", "objects");
  expectArray(analysis.findings, "analysis.findings", "the plans' findings, e.g. planFindings(plans)", "objects");
  expectObject(
    findingCodes,
    "findingCodes",
    "a finding codebook, e.g. compileFindingCodes(defaultFindingCodes).codebook",
    ["codes"],
  );
}

/** What writing a project shares: the analysis, its user and date, code GUIDs, and the lines and selections so far. */
interface ProjectWriter {
  readonly analysis: QdaInput;
  readonly date: string;
  readonly user: string;
  readonly guids: CodeGuids;
  readonly selections: QdaSelection[];
  readonly out: string[];
}

/** One coding of a unit: the unit, its source lines, the code (theme or finding code) and its evidence. */
type UnitCoding = readonly [
  unit: string,
  lines: readonly number[],
  code: [keyof CodeGuids, string],
  evidence: readonly Evidence[],
];

/**
 * Writes one plan as a `TextSource` with a coded selection per piece of evidence.
 *
 * @returns the archive path of the plan's text and its bytes.
 */
function writeTextSource(ctx: ProjectWriter, result: LoadResult): [string, Uint8Array] {
  const plan = result.plan;
  const sourceGuid = stableGuid(`source/${plan.id}`);
  const { out, user, date, guids } = ctx;
  out.push(
    open("TextSource", {
      guid: sourceGuid,
      name: plan.source.file,
      plainTextPath: `internal://${sourceGuid}.txt`,
      creatingUser: user,
      creationDateTime: date,
    }),
  );
  out.push(element("Description", {}, `${plan.councilName}: ${plan.title} (as of ${plan.asOf})`));
  const locate = locator(result);
  for (const [unit, lines, [kind, codeId], evidence] of planCodings(ctx.analysis, plan)) {
    for (const [k, e] of (evidence.length ? evidence : [null]).entries()) {
      const at = locate(lines, e?.from === "coder" ? "" : (e?.text ?? ""));
      ctx.selections.push({ source: plan.source.file, unit, code: codeId, ...at });
      const guid = stableGuid(`selection/${plan.id}/${unit}/${codeId}/${k}`);
      out.push(
        open("PlainTextSelection", {
          guid,
          name: `${unit} ${codeId}`,
          startPosition: String(at.start),
          endPosition: String(at.end),
          creatingUser: user,
          creationDateTime: date,
        }),
        element("Description", {}, e ? `${e.rule}: "${e.text}"` : "coded"),
        `${open("Coding", { guid: stableGuid(`coding/${guid}`), creatingUser: user, creationDateTime: date })}${element("CodeRef", { targetGUID: guids[kind](codeId) })}</Coding>`,
        "</PlainTextSelection>",
      );
    }
  }
  out.push("</TextSource>");
  return [`Sources/${sourceGuid}.txt`, strToU8(result.text)];
}

/** @returns a unit's theme codings, each with the evidence for its theme (none for a unit not classified). */
function* themeCodings(
  unit: string,
  lines: readonly number[],
  classification: { themes: readonly string[]; evidence: readonly Evidence[] } | undefined,
): Generator<UnitCoding> {
  for (const theme of classification?.themes ?? [])
    yield [unit, lines, ["theme", theme], classification!.evidence.filter((e) => e.theme === theme)];
}

/** @returns every coding of a plan's units, in source order: recommendations' and actions' themes, then findings' codes. */
function* planCodings(analysis: QdaInput, plan: Plan): Generator<UnitCoding> {
  const unitOf = (id: string) => `${plan.council}/${id}`;
  const recThemes = new Map(
    analysis.themes.recommendations.filter((r) => r.planId === plan.id).map((r) => [r.recommendationId, r]),
  );
  for (const rec of plan.recommendations) {
    yield* themeCodings(unitOf(rec.id), rec.source.lines, recThemes.get(rec.id)?.classification);
    for (const action of rec.actions)
      yield* themeCodings(
        unitOf(action.id),
        action.source.lines,
        actionThemes(analysis, plan.id, action.id)?.classification,
      );
  }
  for (const f of analysis.findings.filter((x) => x.planId === plan.id))
    for (const c of f.codes)
      yield [unitOf(f.id), f.source.lines, ["finding", c], f.evidence.filter((e) => e.theme === c)];
}

/** @returns the archive's file date: the plans' latest date, clamped to the years a zip can hold (1980–2099). */
function zipDate(date: string): { mtime: Date; note?: string } {
  const year = Number(date.slice(0, 4));
  if (year >= 1980 && year <= 2099) return { mtime: new Date(date) };
  const mtime = new Date(year < 1980 ? "1980-01-01T00:00:00Z" : "2099-12-31T00:00:00Z");
  return {
    mtime,
    note: `the plans' latest date ${date.slice(0, 10)} is outside the years a zip archive can date its files (1980–2099): the archive's files are dated ${mtime.toISOString().slice(0, 10)}; the project's own dates are as given`,
  };
}

/** The GUID of a theme's code and of a finding code's, kept apart so equal names cannot collide. */
type CodeGuids = Record<"theme" | "finding", (id: string) => string>;

const actionIndex = new WeakMap<QdaInput, Map<string, QdaInput["themes"]["actions"][number]>>();

function actionThemes(analysis: QdaInput, planId: string, actionId: string) {
  let index = actionIndex.get(analysis);
  if (!index)
    actionIndex.set(
      analysis,
      (index = new Map(analysis.themes.actions.map((a) => [`${a.planId}\u0000${a.actionId}`, a]))),
    );
  return index.get(`${planId}\u0000${actionId}`);
}

/** @returns the code tree as `<Codes>`: a code per theme, its finding codes under it. */
function codes(themes: readonly Theme[], findingCodes: FindingCodebook, guid: CodeGuids): string {
  const out = ["<Codes>"];
  themes.forEach((theme, k) => {
    const color = COLOURS[k % COLOURS.length]!;
    out.push(open("Code", { guid: guid.theme(theme.id), name: theme.id, isCodable: "true", color }));
    out.push(element("Description", {}, `${theme.label}: ${theme.definition}`));
    for (const c of findingCodes.codes.filter((x) => x.parent === theme.id)) {
      const code = open("Code", { guid: guid.finding(c.id), name: c.id, isCodable: "true", color });
      out.push(`${code}${element("Description", {}, `${c.label}: ${c.definition}`)}</Code>`);
    }
    out.push("</Code>");
  });
  out.push("</Codes>");
  return out.join("\n");
}

/** @returns text safe in XML content and attribute values (markup escaped, characters XML forbids dropped). */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, (c) => XML_ESCAPES[c] ?? "");
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

const attributes = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");

/** @returns an opening tag with escaped attributes. */
function open(tag: string, attrs: Record<string, string>): string {
  return `<${tag}${attributes(attrs)}>`;
}

/** @returns an element with escaped text content, or an empty element when there is no text. */
function element(tag: string, attrs: Record<string, string>, text?: string): string {
  return text === undefined
    ? `<${tag}${attributes(attrs)}/>`
    : `<${tag}${attributes(attrs)}>${escapeXml(text)}</${tag}>`;
}

/**
 * @returns a function that finds evidence words in a unit's source lines: their character span in
 * the whole text (code points), exact when printed as such (case aside), else the unit's first line.
 */
function locator(
  result: LoadResult,
): (lines: readonly number[], words: string) => { start: number; end: number; text: string; exact: boolean } {
  const text = result.text;
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const lineEnd = (n: number) => (n < starts.length ? starts[n]! - 1 : text.length);
  // Positions are in code points; JavaScript indexes UTF-16 units: count the surrogate pairs before.
  let pairs: Int32Array | null = null;
  if (/[\uD800-\uDBFF]/u.test(text)) {
    pairs = new Int32Array(text.length + 1);
    for (let i = 0; i < text.length; i++)
      pairs[i + 1] = pairs[i]! + (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff ? 1 : 0);
  }
  const codePoint = (i: number) => (pairs ? i - pairs[i]! : i);
  return (lines, words) => {
    const first = Math.max(1, lines[0] ?? 1);
    const last = Math.max(first, lines.at(-1) ?? first);
    const from = starts[first - 1] ?? 0;
    const region = text.slice(from, lineEnd(last));
    let at = words ? region.indexOf(words) : -1;
    if (at < 0 && words) at = region.toLowerCase().indexOf(words.toLowerCase());
    const [s, e] = at >= 0 ? [from + at, from + at + words.length] : [from, lineEnd(first)];
    return { start: codePoint(s), end: codePoint(e), text: text.slice(s, e), exact: at >= 0 };
  };
}
