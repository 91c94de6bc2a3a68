import { sortedPosition } from "../source/sorted-position.js";
import type { CodingDecision, Diagnostic, Plan, PlanThemes } from "@ofsted-action-plans/core";
import { LoadError } from "../errors/load-error.js";
import type { LoadResult } from "../load-plan.js";
import { attr, child, childElements, descendants, textOf, type XmlElement } from "../xml/read-xml.js";

/**
 * The decisions a REFI-QDA project holds against the classifier: per source of the project that is a
 * loaded plan, the themes its selections carry, compared with the classifier's.
 *
 * @returns the decisions and what was left out (selections out of range or on no unit, codes that are
 * no theme), as diagnostics.
 * @throws LoadError when no source is a loaded plan, or no coding refers to a theme.
 */
export function qdpxDecisions(
  project: XmlElement,
  file: string,
  results: readonly LoadResult[],
  classified: PlanThemes,
): { decisions: CodingDecision[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn: Warn = (code, message) =>
    diagnostics.push({ severity: "warning", code, file, line: null, lastLine: null, message });
  const users = new Map(descendants(project, "User").map((u) => [attr(u, "guid") ?? "", attr(u, "name") ?? "unknown"]));
  const codes = projectCodes(project, classified, warn);
  const matched = matchSources(project, file, results, warn);
  const coded: Coded = new Map();
  const skipped: Skipped = { finding: 0, other: new Map(), unknown: 0 };
  let read = 0;
  for (const { source, result } of matched) read += readSource(source, result, { codes, users, coded, skipped, warn });
  if (skipped.finding > 0)
    diagnostics.push({
      severity: "info",
      code: "coding-finding-codes",
      file,
      line: null,
      lastLine: null,
      message: `${skipped.finding} coding(s) of finding codes not read: finding codes follow from the text, only themes are decisions`,
    });
  warnUnread(skipped, read, file, warn);
  return {
    decisions: decisionsAgainst(
      classified,
      matched.map((m) => m.result.plan.id),
      coded,
    ),
    diagnostics,
  };
}

type Warn = (code: string, message: string) => void;
/** Theme codings read, by plan id, council/unit and theme (NUL-separated): who coded it and their note. */
type Coded = Map<string, { coder: string; note: string }>;
/** Codings not read: of finding codes, of codes that are no theme (by name), of no code of the project. */
interface Skipped {
  finding: number;
  readonly other: Map<string, number>;
  unknown: number;
}

/**
 * @returns the project's sources that are loaded plans, with their load result; warns of the others.
 * @throws LoadError when none is.
 */
function matchSources(
  project: XmlElement,
  file: string,
  results: readonly LoadResult[],
  warn: Warn,
): { source: XmlElement; result: LoadResult }[] {
  const sources = descendants(project, "TextSource");
  const matched = sources.flatMap((source) => {
    const result = results.find((r) => r.plan.source.file === attr(source, "name"));
    return result ? [{ source, result }] : [];
  });
  if (matched.length === 0)
    throw new LoadError(
      "malformed",
      file,
      null,
      `a project with a source named as a loaded plan's file (${results.map((r) => r.plan.source.file).join(", ")})`,
      `its sources: ${sources.map((s) => attr(s, "name") ?? "?").join(", ") || "none"}`,
    );
  for (const source of sources)
    if (!matched.some((m) => m.source === source))
      warn(
        "coding-unknown-source",
        `source "${attr(source, "name") ?? "?"}" is no loaded plan: its codings are not read`,
      );
  return matched;
}

/**
 * Reads the theme codings of one source's selections into `coded`, counting the codings it skips and
 * warning of selections outside the text or on no unit.
 *
 * @returns how many theme codings it read.
 */
function readSource(
  source: XmlElement,
  result: LoadResult,
  into: {
    codes: ReturnType<typeof projectCodes>;
    users: ReadonlyMap<string, string>;
    coded: Coded;
    skipped: Skipped;
    warn: Warn;
  },
): number {
  const { codes, users, coded, skipped } = into;
  const chars = [...result.text];
  const lineAt = lineFinder(result.text);
  const unitsAt = unitFinder(result.plan);
  let [read, outOfRange, onNoUnit] = [0, 0, 0];
  for (const selection of descendants(source, "PlainTextSelection")) {
    const start = Number(attr(selection, "startPosition"));
    const end = Number(attr(selection, "endPosition"));
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > chars.length) {
      outOfRange++;
      continue;
    }
    const unit = chooseUnit(unitsAt(lineAt(start)), chars.slice(start, end).join(""), attr(selection, "name") ?? "");
    if (!unit) {
      onNoUnit++;
      continue;
    }
    const description = child(selection, "Description");
    for (const coding of childElements(selection, "Coding")) {
      const ref = child(coding, "CodeRef");
      const guid = ref ? (attr(ref, "targetGUID") ?? "") : "";
      const theme = codes.themes.get(guid);
      if (theme === undefined) {
        skip(skipped, codes, guid);
        continue;
      }
      read++;
      coded.set(`${result.plan.id}\u0000${result.plan.council}/${unit}\u0000${theme}`, {
        coder: users.get(attr(coding, "creatingUser") ?? "") ?? "unknown",
        note: description ? textOf(description) : "",
      });
    }
  }
  const name = result.plan.source.file;
  if (outOfRange > 0)
    into.warn("coding-out-of-range", `${outOfRange} selection(s) of "${name}" lie outside its text: not read`);
  if (onNoUnit > 0)
    into.warn(
      "coding-no-unit",
      `${onNoUnit} selection(s) of "${name}" start on a line of no action or recommendation: not read`,
    );
  return read;
}

/** Counts a coding of a code that is no theme: a finding code, another code (by name) or no code of the project. */
function skip(skipped: Skipped, codes: ReturnType<typeof projectCodes>, guid: string): void {
  const other = codes.others.get(guid);
  if (codes.findingCodes.has(guid)) skipped.finding++;
  else if (other !== undefined) skipped.other.set(other, (skipped.other.get(other) ?? 0) + 1);
  else skipped.unknown++;
}

/**
 * Warns of the codings of codes that are no theme.
 *
 * @throws LoadError when no coding was read and some were not: a project of another codebook would
 * otherwise read as every code removed.
 */
function warnUnread(skipped: Skipped, read: number, file: string, warn: Warn): void {
  if (skipped.other.size > 0)
    warn(
      "coding-unknown-code",
      `codings of codes that are no theme of the codebook, not read: ${[...skipped.other].map(([name, n]) => `"${name}" (${n})`).join(", ")}`,
    );
  if (skipped.unknown > 0)
    warn("coding-unknown-code", `${skipped.unknown} coding(s) refer to no code of the project's codebook: not read`);
  const unread = skipped.unknown + [...skipped.other.values()].reduce((a, b) => a + b, 0);
  if (read === 0 && unread > 0)
    throw new LoadError(
      "malformed",
      file,
      null,
      "codings that refer to the codebook's themes",
      `none of its ${unread} codings does (a project of another codebook, or codes renamed?), which would read as every code removed`,
    );
}

/**
 * @returns the project's codes by GUID: top-level codes named as a theme (a name that differs only in
 * case is read as the theme, with a warning), the finding codes below them, and the other codes.
 */
function projectCodes(
  project: XmlElement,
  classified: PlanThemes,
  warn: Warn,
): { themes: Map<string, string>; findingCodes: Set<string>; others: Map<string, string> } {
  const ids = classified.codebook.themes.map((t) => t.id);
  const themes = new Map<string, string>();
  const findingCodes = new Set<string>();
  const others = new Map<string, string>();
  const codebook = descendants(project, "CodeBook")[0];
  const top = codebook ? childElements(child(codebook, "Codes") ?? codebook, "Code") : [];
  for (const code of top) {
    const name = (attr(code, "name") ?? "").trim();
    const guid = attr(code, "guid") ?? "";
    const theme = ids.find((t) => t === name) ?? ids.find((t) => t.toLowerCase() === name.toLowerCase());
    const below = descendants(code, "Code");
    if (theme === undefined) {
      for (const c of [code, ...below]) others.set(attr(c, "guid") ?? "", attr(c, "name") ?? "");
      continue;
    }
    if (theme !== name) warn("coding-theme-case", `code "${name}" read as theme "${theme}"`);
    themes.set(guid, theme);
    for (const c of below) findingCodes.add(attr(c, "guid") ?? "");
  }
  return { themes, findingCodes, others };
}

/** @returns the decisions: per unit of the projects' plans, each theme added or removed against the classifier. */
function decisionsAgainst(
  classified: PlanThemes,
  planIds: readonly string[],
  coded: ReadonlyMap<string, { coder: string; note: string }>,
): CodingDecision[] {
  const decisions: CodingDecision[] = [];
  const themeIds = classified.codebook.themes.map((t) => t.id);
  for (const u of [...classified.recommendations, ...classified.actions]) {
    if (!planIds.includes(u.planId)) continue;
    const key = (theme: string) => `${u.planId}\u0000${u.unit}\u0000${theme}`;
    for (const theme of u.classification.themes)
      if (!coded.has(key(theme)))
        decisions.push({
          unit: u.unit,
          theme,
          decision: "remove",
          coder: "unknown",
          note: "coding removed in the QDA project",
          planId: u.planId,
        });
    for (const theme of themeIds) {
      const c = coded.get(key(theme));
      if (c && !u.classification.themes.includes(theme))
        decisions.push({ unit: u.unit, theme, decision: "add", coder: c.coder, note: c.note, planId: u.planId });
    }
  }
  return decisions;
}

/**
 * @returns the unit a selection codes, among those printed on its first line: the only one; else the
 * one named by the selection (as this library's export names them); else the one whose text holds the
 * selected words (an action before its recommendation); else null.
 */
function chooseUnit(units: readonly UnitOnLine[], selected: string, name: string): string | null {
  if (units.length <= 1) return units[0]?.id ?? null;
  const named = units.find((u) => name.startsWith(`${u.council}/${u.id} `));
  if (named) return named.id;
  const words = squeeze(selected);
  const holding = units.filter((u) => squeeze(u.text).includes(words));
  return (holding.find((u) => u.kind === "action") ?? holding[0] ?? units.find((u) => u.kind === "action") ?? units[0]!)
    .id;
}

const squeeze = (text: string) => text.replace(/\s+/gu, " ").trim().toLowerCase();

interface UnitOnLine {
  readonly id: string;
  readonly council: string;
  readonly kind: "action" | "recommendation";
  readonly text: string;
}

/** @returns a function from a line to the actions and recommendations printed on it. */
function unitFinder(plan: Plan): (line: number) => readonly UnitOnLine[] {
  const byLine = new Map<number, UnitOnLine[]>();
  const add = (line: number, unit: UnitOnLine) => {
    const list = byLine.get(line) ?? [];
    if (!list.some((u) => u.id === unit.id)) list.push(unit);
    byLine.set(line, list);
  };
  for (const rec of plan.recommendations) {
    for (const l of rec.source.lines)
      add(l, { id: rec.id, council: plan.council, kind: "recommendation", text: rec.text });
    for (const a of rec.actions)
      for (const l of a.source.lines) add(l, { id: a.id, council: plan.council, kind: "action", text: a.text });
  }
  return (line) => byLine.get(line) ?? [];
}

/** @returns a function from a character position (code points) to its 1-based line. */
function lineFinder(text: string): (position: number) => number {
  const starts: number[] = [0];
  let cp = 0;
  for (const ch of text) {
    cp++;
    if (ch === "\n") starts.push(cp);
  }
  return (position) => sortedPosition(starts, position);
}
