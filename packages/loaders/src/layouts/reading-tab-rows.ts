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
    let rec: RecommendationDraft | undefined;
    let action: ActionDraft | undefined;
    let lastNumber = 0;

    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      const cells = tabCells(line);
      if (line.trim() === "") return ctx.ledger.ignore(n, "blank");
      const clean = [cleanCell(cells[0] ?? ""), cleanCell(cells[1] ?? "")];
      if (line.trim() === title) return ctx.ledger.ignore(n, "page-header");
      if (isColumnHeader(cells)) {
        inTable = true;
        return ctx.ledger.ignore(n, "column-header");
      }
      if (cells.length === 2 && headingKey(clean[0] ?? "") === "abbreviations") {
        inAbbreviations = true;
        return ctx.ledger.ignore(n, "abbreviation-table");
      }
      if (inAbbreviations) {
        if (cells.length !== 2) return ctx.fail("malformed", n, "an abbreviation row: term <tab> meaning");
        ctx.abbreviation({ term: clean[0] ?? "", meaning: clean[1] ?? "", line: n });
        return ctx.ledger.use(n, "plan.abbreviations");
      }
      if (!inTable) return ctx.ledger.ignore(n, "narrative");
      if (cells.length !== 4) {
        return ctx.fail("malformed", n, "4 tab-separated cells: number, recommendation, action, lead officer");
      }
      const [numberCell = "", recCell = "", actionCell = "", leadCell = ""] = cells;
      const number = clean[0] ?? "";
      const recText = clean[1] ?? "";

      if (/^\d+$/u.test(number)) {
        lastNumber = Number(number);
        rec = ctx.recommendation(`R${number}`, n);
        rec.mark(n, "recommendation.id");
        rec.addText(recCell, n);
      } else if (number !== "") {
        return ctx.fail("malformed", n, "a recommendation number or an empty first cell", `found "${number}"`);
      } else if (recText !== "") {
        if (rec && /^[a-z]/u.test(recText)) rec.addText(recCell, n);
        else {
          lastNumber += 1;
          rec = ctx.recommendation(`R${lastNumber}`, n);
          rec.addText(recCell, n);
          ctx.note(
            "info",
            "unnumbered-recommendation",
            n,
            `row with no number starts a new recommendation, given id R${lastNumber}`,
          );
        }
      }
      if (!rec) return ctx.fail("malformed", n, "a numbered recommendation before the first action");

      const numbered = ACTION_NUMBER.exec(actionCell);
      if (numbered) {
        action = rec.startAction(numbered[1] ?? "");
        action.add("id", numbered[0].trim(), n);
        action.add("text", actionCell.slice(numbered[0].length), n);
      } else if (actionCell.trim() !== "") {
        if (!action) return ctx.fail("malformed", n, 'an action cell starting with its number, such as "1)"');
        action.add("text", actionCell, n);
      }
      if (leadCell.trim() !== "") {
        if (!action) return ctx.fail("malformed", n, "an action before its lead officer");
        action.add("lead", leadCell, n);
      }
      if (numberCell.trim() === "" && recText === "" && actionCell.trim() === "" && leadCell.trim() === "") {
        ctx.ledger.ignore(n, "empty-row");
      }
    });
  },
};
