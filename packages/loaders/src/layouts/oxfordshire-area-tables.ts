import { cleanCell, isBlankCell } from "@ofsted-action-plans/core/authoring";
import { allBlank, isTableRule, tabCells } from "../source/cells.js";
import type { ActionDraft } from "../assemble/drafts.js";
import { cellsAre, findLine, firstNonBlank, headingKey } from "./headings.js";
import type { Layout, ParseContext } from "./layout.js";

const HEADINGS = ["Actions", "Outcome", "Lead", "By"] as const;
const WIDTH = 5;
const MARKER = /\(\s*(\d+)\s*\)\s*$/u;
const ADDITIONAL = /^Additional Actions\b/iu;
const isColumnHeader = (cells: readonly string[]) =>
  cells.length === WIDTH && !isBlankCell(cells[0] ?? "") && cellsAre(cells, HEADINGS, 1);

/**
 * Oxfordshire's layout: one table per Ofsted judgement area, headed `area | Actions | Outcome | Lead |
 * By` (some headings in Cyrillic look-alike letters), one row per area for improvement ending in its
 * number `(n)`; then "Additional Actions" rows with no number (ids X1, X2, …). The source lost its
 * bullets, so each row is one action `<rec>.1`.
 *
 * Continuations: a row with an empty first cell continues the previous row cell by cell; a row with
 * fewer cells than the table lost its empty first cell and continues from the Actions cell; a row
 * that repeats an area heading with cells ending in the heading words is the heading merged with a
 * continuation, and the heading words are removed.
 */
export const oxfordshireAreaTables: Layout = {
  format: "oxfordshire-area-tables",
  description: "Judgement-area tables: area for improvement (n) | Actions | Outcome | Lead | By (Oxfordshire).",
  signature: 'a tab-separated heading row "<judgement area> | Actions | Outcome | Lead | By"',
  detect: (lines) => findLine(lines, (l) => isColumnHeader(tabCells(l))),
  parse(ctx: ParseContext) {
    const title = firstNonBlank(ctx.lines)?.trim();
    const state: AreaState = { areas: new Set(), area: null, additional: false, unnumbered: 0, action: undefined };
    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      const cells = tabCells(line);
      if (cells.every(isBlankCell)) return ctx.ledger.ignore(n, cells.length > 1 ? "empty-row" : "blank");
      // Only the first cell is read cleaned here; the drafts clean what they keep.
      const first = cleanCell(cells[0] ?? "");
      if (line.trim() === title) return ctx.ledger.ignore(n, "page-header");
      if (isTableRule(line)) return ctx.ledger.ignore(n, "table-rule");
      if (isColumnHeader(cells)) {
        state.area = first;
        state.areas.add(headingKey(first));
        return ctx.ledger.ignore(n, "column-header");
      }
      if (state.area === null) return ctx.ledger.ignore(n, "narrative");
      if (cells.length === 1) {
        if (!ADDITIONAL.test(first)) return ctx.ledger.ignore(n, "unrecognised");
        state.additional = true;
        return ctx.ledger.use(n, "recommendation.area");
      }
      if (cells.length > WIDTH) return ctx.fail("malformed", n, `at most ${WIDTH} tab-separated cells`);
      if (continuesRow(ctx, state, cells, first, n)) return;
      if (allBlank(cells, 1)) return ctx.ledger.ignore(n, "sub-heading");
      state.action = startRow(ctx, state, state.area, cells, n);
    });
  },
};

/** Where the reading of the area tables stands. */
interface AreaState {
  /** The areas' headings seen (as `headingKey`s). */
  readonly areas: Set<string>;
  area: string | null;
  /** Whether the rows are under "Additional Actions" (no number expected). */
  additional: boolean;
  unnumbered: number;
  action: ActionDraft | undefined;
}

/**
 * Reads a row that continues the previous one: fewer cells than the table (its empty first cell
 * lost), an empty first cell, or a repeated area heading merged with a continuation.
 *
 * @returns whether the row was one.
 * @throws LoadError for a continuation before any numbered row.
 */
function continuesRow(
  ctx: ParseContext,
  state: AreaState,
  cells: readonly string[],
  first: string,
  n: number,
): boolean {
  const continueRow = (from: readonly string[], actionsAt: number) => {
    if (!state.action) return ctx.fail("malformed", n, "a numbered row before its continuation");
    addCells(state.action, from.slice(actionsAt), n);
  };
  if (cells.length < WIDTH) {
    continueRow(cells, 0);
    const message = `row of ${cells.length} cells read as a continuation of ${state.action?.id} from its Actions cell (empty first cell dropped)`;
    ctx.note("info", "continuation-row", n, message);
    return true;
  }
  if (first === "") {
    continueRow(cells, 1);
    return true;
  }
  if (!state.areas.has(headingKey(first)) || !headingKey(cells[4] ?? "").endsWith("by")) return false;
  continueRow(
    cells.map((c, k) => (k === 0 ? "" : stripHeadingWord(c, k))),
    1,
  );
  const message = `repeated area heading merged with a continuation of ${state.action?.id}; heading words removed`;
  ctx.note("info", "heading-merged-row", n, message);
  return true;
}

/**
 * Starts a row's recommendation (R + its `(n)` marker; X1, X2… for a row with none, a warning outside
 * "Additional Actions") and its one action.
 *
 * @returns the action.
 */
function startRow(ctx: ParseContext, state: AreaState, area: string, cells: readonly string[], n: number): ActionDraft {
  const marker = MARKER.exec(cells[0] ?? "");
  const id = marker ? `R${marker[1]}` : `X${++state.unnumbered}`;
  if (!marker && !state.additional)
    ctx.note(
      "warning",
      "unnumbered-recommendation",
      n,
      `row has no (n) marker outside "Additional Actions"; given id ${id}`,
    );
  const rec = ctx.recommendation(id, n, { area });
  rec.addText(marker ? (cells[0] ?? "").slice(0, marker.index) : (cells[0] ?? ""), n);
  const action = rec.startAction(`${id}.1`);
  if (marker) action.add("id", marker[0].trim(), n);
  addCells(action, cells.slice(1), n);
  return action;
}

/** Adds the Actions, Outcome, Lead and By cells (in that order) to an action. */
function addCells(action: ActionDraft, cells: readonly string[], n: number): void {
  action.add("text", cells[0] ?? "", n);
  action.addOther("Outcome", cells[1] ?? "", n);
  action.add("lead", cells[2] ?? "", n);
  action.add("due", cells[3] ?? "", n);
}

/** Removes the column heading word a merged heading row left at the end of cell `k`. */
function stripHeadingWord(cell: string, k: number): string {
  const word = HEADINGS[k - 1] ?? "";
  if (!new RegExp(`(?:^|\\s)${word.toLowerCase()}$`, "u").test(headingKey(cell))) return cell;
  const trimmed = cell.trimEnd();
  return trimmed.slice(0, trimmed.length - word.length);
}
