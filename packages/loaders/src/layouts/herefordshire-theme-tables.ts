import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { allBlank, isBlank, isTableRule, tabCells } from "../source/cells.js";
import type { ActionDraft, RecommendationDraft } from "../assemble/drafts.js";
import { cellsAre, findLine, firstNonBlank } from "./headings.js";
import type { Layout, ParseContext } from "./layout.js";

const HEADINGS = [
  "Reference",
  "Action/ Objective",
  "Outcome/ Measurable target",
  "Evidence",
  "Lead person/ Lead task group",
  "By when",
  "RAG process",
  "Ofsted grade descriptor",
] as const;
const WIDTH = HEADINGS.length + 1;
const THEME = /^Theme\s+(\d+)\s*:\s*(.+)$/u;
const ACTION_ID = /^(\d+\.\d+)\s*(?:\(\s*([a-z])\s*\))?\s*(Link to\b.*)?$/iu;
const CROSS_REFERENCE = /^(?:Link to|and)\b/iu;
const REFERENCE_KEY = /^\s*([A-Z]{1,3}\d+)\s*:\s*(.+)$/u;
const OUTCOME = HEADINGS[2];
const EVIDENCE = HEADINGS[3];
const GRADE = HEADINGS[7];
const FIRST_HEADINGS = HEADINGS.slice(0, 3);
const isColumnHeader = (cells: readonly string[]) => cellsAre(cells, FIRST_HEADINGS, 1);

/**
 * Herefordshire's layout: an improvement plan whose actions sit in tab tables under five themes
 * ("Theme n: …", ids T1..T5), with the columns id | Reference | Action/ Objective | Outcome/ Measurable
 * target | Evidence | Lead | By when | RAG process | Ofsted grade descriptor.
 *
 * Continuations: a tab row with an empty id cell continues the previous action cell by cell; its id
 * cell may carry the rest of a cross-reference ("Link to 1.2 and 1.3", "and 1.3"). A line with no tab
 * inside the tables is a stray continuation of the previous action's Outcome cell, or of its Evidence
 * cell when that ends in a hyphen; consecutive stray lines continue the same cell. Everything before
 * the first theme is narrative, except the reference key (AA1: …), read into the plan's reference key
 * (each code with its title and every line printing it) and its abbreviations.
 */
export const herefordshireThemeTables: Layout = {
  format: "herefordshire-theme-tables",
  description: "Theme tables with Reference, RAG and grade descriptor columns (Herefordshire).",
  signature: `a tab-separated heading row "| ${FIRST_HEADINGS.join(" | ")} | …"`,
  detect: (lines) => findLine(lines, (l) => isColumnHeader(tabCells(l))),
  crossReferences: (raw) => raw.match(/\d+\.\d+/gu) ?? [],
  parse(ctx: ParseContext) {
    const title = firstNonBlank(ctx.lines)?.trim();
    const state: ThemeState = { themes: new Map(), terms: new Set(), theme: undefined, action: undefined, stray: null };
    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      const wasStray = state.stray;
      state.stray = null;
      if (isBlank(line)) return ctx.ledger.ignore(n, line.includes("\t") ? "empty-row" : "blank");
      const cells = tabCells(line);
      if (line.trim() === title) return ctx.ledger.ignore(n, "page-header");
      const first = cleanCell(cells[0] ?? "");
      const key = cells.length === 1 && first.includes(":") ? REFERENCE_KEY.exec(first) : null;
      if (key) return readReferenceKey(ctx, state.terms, key, n);
      const heading = allBlank(cells, 1) ? THEME.exec(first) : null;
      if (heading) return startTheme(ctx, state, heading, n);
      const { theme } = state;
      if (!theme) return ctx.ledger.ignore(n, "narrative");
      if (isColumnHeader(cells)) return ctx.ledger.ignore(n, "column-header");
      if (isTableRule(line)) return ctx.ledger.ignore(n, "table-rule");
      if (cells.length === 1) {
        state.stray = strayLine(ctx, state.action, line, n, wasStray);
        return;
      }
      if (cells.length !== WIDTH)
        return ctx.fail("malformed", n, `a table row of ${WIDTH} tab-separated cells`, `found ${cells.length}`);
      state.action = rowAction(ctx, theme, state.action, cells, n);
      addCells(state.action, cells, n);
    });
  },
};

/** Where the reading of the theme tables stands. */
interface ThemeState {
  readonly themes: Map<string, RecommendationDraft>;
  /** Codes of the reference key read so far. */
  readonly terms: Set<string>;
  theme: RecommendationDraft | undefined;
  action: ActionDraft | undefined;
  /** The cell the previous line, a stray line, continued. */
  stray: string | null;
}

/** A line of the reference key: read into the plan's reference key, its first printing also as an abbreviation (the key is printed twice). */
function readReferenceKey(ctx: ParseContext, terms: Set<string>, key: RegExpExecArray, n: number): void {
  const [code, title] = [key[1] ?? "", cleanCell(key[2] ?? "")];
  if (!terms.has(code)) ctx.abbreviation({ term: code, meaning: title, line: n });
  terms.add(code);
  ctx.reference({ code, title, line: n });
  ctx.ledger.use(n, "plan.referenceKey");
}

/** A theme heading: starts the theme, or (printed again as a running header) goes back to it. */
function startTheme(ctx: ParseContext, state: ThemeState, heading: RegExpExecArray, n: number): void {
  const id = `T${heading[1]}`;
  const known = state.themes.get(id);
  if (known) {
    state.theme = known;
    ctx.ledger.ignore(n, "page-header");
    return;
  }
  const theme = ctx.recommendation(id, n);
  state.theme = theme;
  state.themes.set(id, theme);
  theme.mark(n, "recommendation.id");
  theme.addText(heading[2] ?? "", n);
}

/**
 * A line with no tab inside the tables: more of the previous action's Outcome cell, or of its
 * Evidence cell when that ends in a hyphen, or of the cell the line before continued.
 *
 * @returns the cell it continued, or null when there is no action yet (the line is unrecognised).
 */
function strayLine(
  ctx: ParseContext,
  action: ActionDraft | undefined,
  line: string,
  n: number,
  wasStray: string | null,
): string | null {
  if (!action) {
    ctx.ledger.ignore(n, "unrecognised");
    return null;
  }
  const heading = wasStray ?? (action.other(EVIDENCE).last().trimEnd().endsWith("-") ? EVIDENCE : OUTCOME);
  action.addOther(heading, line, n);
  ctx.note("info", "stray-line", n, `line with no tab continues the ${heading} cell of action ${action.id}`);
  return heading;
}

/**
 * @returns the action a table row adds to: a new one when its id cell holds an action id (a warning
 * when the id is not the theme's), else the previous one, its id cell the rest of a cross-reference.
 * @throws LoadError for a continuation before any action, or an id cell that is neither.
 */
function rowAction(
  ctx: ParseContext,
  theme: RecommendationDraft,
  previous: ActionDraft | undefined,
  cells: readonly string[],
  n: number,
): ActionDraft {
  const idCell = cleanCell(cells[0] ?? "");
  const id = ACTION_ID.exec(idCell);
  if (id) {
    const actionId = `${id[1]}${(id[2] ?? "").toLowerCase()}`;
    if (!id[1]?.startsWith(`${theme.id.slice(1)}.`))
      ctx.note("warning", "theme-mismatch", n, `action ${actionId} printed under theme ${theme.id}`);
    const action = theme.startAction(actionId);
    action.add("id", cells[0] ?? "", n);
    action.add("crossReferences", id[3] ?? "", n);
    return action;
  }
  if (idCell !== "" && !CROSS_REFERENCE.test(idCell))
    return ctx.fail("malformed", n, "an action id such as 3.12 or 2.1 (a)", `found "${idCell}"`);
  if (!previous) return ctx.fail("malformed", n, "an action row with an id (such as 2.1 (a)) before its continuation");
  previous.add("crossReferences", idCell, n);
  return previous;
}

/** Adds a row's cells after the id to their fields. */
function addCells(action: ActionDraft, cells: readonly string[], n: number): void {
  action.add("reference", cells[1] ?? "", n);
  action.add("text", cells[2] ?? "", n);
  action.addOther(OUTCOME, cells[3] ?? "", n);
  action.addOther(EVIDENCE, cells[4] ?? "", n);
  action.add("lead", cells[5] ?? "", n);
  action.add("due", cells[6] ?? "", n);
  action.add("status", cells[7] ?? "", n);
  action.addOther(GRADE, cells[8] ?? "", n);
}
