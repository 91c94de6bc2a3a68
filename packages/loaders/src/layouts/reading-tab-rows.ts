import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { tabCells } from "../source/cells.js";
import type { ActionDraft, RecommendationDraft } from "../assemble/drafts.js";
import { cellsAre, findLine, firstNonBlank, headingKey } from "./headings.js";
import type { Layout, ParseContext } from "./layout.js";

const HEADINGS = ["Ofsted Recommendation", "Actions Proposed", "Lead Officer"] as const;
const isColumnHeader = (cells: readonly string[]) => cellsAre(cells, HEADINGS, 1);
const ACTION_NUMBER = /^\s*(\d+)\)\s*/u;

/**
 * Reading's layout: tab-separated rows `number | recommendation | "n) action" | lead`, repeated under
 * a page title and column headings on every page, then an abbreviations table.
 *
 * A row with no number continues the current recommendation when its text starts in lower case (a
 * sentence going on over a page break); otherwise it starts the next recommendation, wherever the page
 * breaks fall. An action cell with no `n)` continues the previous action (a cell split over a page
 * break).
 */
export const readingTabRows: Layout = {
  format: "reading-tab-rows",
  description: "Tab rows: recommendation number, recommendation, numbered actions, lead officer (Reading).",
  signature: `a tab-separated heading row "${HEADINGS.join(" | ")}"`,
  detect: (lines) => findLine(lines, (l) => isColumnHeader(tabCells(l))),
  parse(ctx: ParseContext) {
    const title = firstNonBlank(ctx.lines)?.trim();
    let inTable = false;
    let inAbbreviations = false;
    const state: RowState = { rec: undefined, action: undefined, lastNumber: 0 };
    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      const cells = tabCells(line);
      if (line.trim() === "") return ctx.ledger.ignore(n, "blank");
      const [number = "", recText = ""] = [cleanCell(cells[0] ?? ""), cleanCell(cells[1] ?? "")];
      if (line.trim() === title) return ctx.ledger.ignore(n, "page-header");
      if (isColumnHeader(cells)) {
        inTable = true;
        return ctx.ledger.ignore(n, "column-header");
      }
      if (cells.length === 2 && headingKey(number) === "abbreviations") {
        inAbbreviations = true;
        return ctx.ledger.ignore(n, "abbreviation-table");
      }
      if (inAbbreviations) {
        if (cells.length !== 2) return ctx.fail("malformed", n, "an abbreviation row: term <tab> meaning");
        ctx.abbreviation({ term: number, meaning: recText, line: n });
        return ctx.ledger.use(n, "plan.abbreviations");
      }
      if (!inTable) return ctx.ledger.ignore(n, "narrative");
      if (cells.length !== 4)
        return ctx.fail("malformed", n, "4 tab-separated cells: number, recommendation, action, lead officer");
      const [, recCell = "", actionCell = "", leadCell = ""] = cells;
      state.rec = recommendationOf(ctx, state, number, recCell, n);
      addAction(ctx, state, state.rec, actionCell, leadCell, n);
      if (number === "" && recText === "" && actionCell.trim() === "" && leadCell.trim() === "")
        ctx.ledger.ignore(n, "empty-row");
    });
  },
};

/** Where the reading of the rows stands. */
interface RowState {
  rec: RecommendationDraft | undefined;
  action: ActionDraft | undefined;
  /** The last recommendation number printed or given. */
  lastNumber: number;
}

/**
 * @returns the recommendation a row belongs to: the one its number starts; with no number, the
 * current one when its recommendation cell goes on in lower case (or is empty), else the next number's.
 * @throws LoadError for a first cell that is no number, or a row before any recommendation.
 */
function recommendationOf(
  ctx: ParseContext,
  state: RowState,
  number: string,
  recCell: string,
  n: number,
): RecommendationDraft {
  const recText = cleanCell(recCell);
  if (/^\d+$/u.test(number)) {
    state.lastNumber = Number(number);
    const rec = ctx.recommendation(`R${number}`, n);
    rec.mark(n, "recommendation.id");
    rec.addText(recCell, n);
    return rec;
  }
  if (number !== "")
    return ctx.fail("malformed", n, "a recommendation number or an empty first cell", `found "${number}"`);
  if (recText !== "" && state.rec && /^[a-z]/u.test(recText)) state.rec.addText(recCell, n);
  else if (recText !== "") {
    state.lastNumber += 1;
    const rec = ctx.recommendation(`R${state.lastNumber}`, n);
    rec.addText(recCell, n);
    ctx.note(
      "info",
      "unnumbered-recommendation",
      n,
      `row with no number starts a new recommendation, given id R${state.lastNumber}`,
    );
    return rec;
  }
  return state.rec ?? ctx.fail("malformed", n, "a numbered recommendation before the first action");
}

/**
 * Reads a row's action and lead cells: an action cell starting "n)" starts action n, one without
 * continues the previous action (a cell split over a page break).
 *
 * @throws LoadError for an action cell or a lead before any action.
 */
function addAction(
  ctx: ParseContext,
  state: RowState,
  rec: RecommendationDraft,
  actionCell: string,
  leadCell: string,
  n: number,
): void {
  const numbered = ACTION_NUMBER.exec(actionCell);
  if (numbered) {
    state.action = rec.startAction(numbered[1] ?? "");
    state.action.add("id", numbered[0].trim(), n);
    state.action.add("text", actionCell.slice(numbered[0].length), n);
  } else if (actionCell.trim() !== "") {
    const action = state.action ?? ctx.fail("malformed", n, 'an action cell starting with its number, such as "1)"');
    action.add("text", actionCell, n);
  }
  if (leadCell.trim() !== "")
    (state.action ?? ctx.fail("malformed", n, "an action before its lead officer")).add("lead", leadCell, n);
}
