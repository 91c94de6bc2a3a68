import { isPipeRow, isTableRule, pipeCells, repeatedLines } from "../source/cells.js";
import type { ActionDraft, RecommendationDraft } from "../assemble/drafts.js";
import { cellsAre, findLine } from "./headings.js";
import type { Layout, ParseContext } from "./layout.js";

const HEADINGS = [
  "Outcome (Ofsted's recommendation)",
  "Action required",
  "By when",
  "Resources",
  "Lead Officer(s)",
  "Outcome target/ evidence measure",
  "Progress",
] as const;
const WIDTH = HEADINGS.length + 1;
const ACTION_ID = /^(\d+)([a-z]?)$/iu;
const isHeaderCells = (cells: readonly string[]) => cellsAre(cells, HEADINGS, 1);
const isColumnHeader = (line: string) => isPipeRow(line) && isHeaderCells(pipeCells(line));

/**
 * Windsor & Maidenhead's layout: a committee report whose Appendix 1 is the action plan, as Markdown
 * pipe tables `id | Outcome (Ofsted's recommendation) | Action required | By when | Resources | Lead
 * Officer(s) | Outcome target/ evidence measure | Progress`, split at every page break under a
 * three-line page header, a caption row (the inspection area) and the column headings.
 *
 * Only the appendix is read: the report before it is narrative. A row with an empty id continues the
 * previous row cell by cell; the recommendation cell spans every row of a number, so the
 * recommendation text merges every fragment printed for that number.
 */
export const windsorPipeTables: Layout = {
  format: "windsor-pipe-tables",
  description: "Markdown pipe tables split across page breaks, in a report's appendix (Windsor & Maidenhead).",
  signature: `a pipe-table heading row "| | ${HEADINGS.join(" | ")} |"`,
  detect: (lines) => findLine(lines, isColumnHeader),
  parse(ctx: ParseContext) {
    const firstHeader = (this.detect(ctx.lines) ?? 1) - 1;
    const isPageHeader = repeatedLines(ctx.lines, isPipeRow, firstHeader);
    const isCaption = (cells: readonly string[]) =>
      cells.length === WIDTH && cells[0] !== "" && cells.slice(1).every((c) => c === "");
    let area: string | null = null;
    let rec: RecommendationDraft | undefined;
    let action: ActionDraft | undefined;

    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      const trimmed = line.trim();
      if (trimmed === "") return ctx.ledger.ignore(n, "blank");
      if (isPageHeader(trimmed)) return ctx.ledger.ignore(n, "page-header");
      const cells = isPipeRow(line) ? pipeCells(line) : null;
      if (i < firstHeader) {
        // The report before the appendix, except the caption row and rule just above the headings.
        if (cells && isCaption(cells) && isTableRule(ctx.lines[i + 1] ?? "")) {
          area = cells[0] ?? null;
          return ctx.ledger.use(n, "recommendation.area");
        }
        if (isTableRule(line) && i === firstHeader - 1) return ctx.ledger.ignore(n, "table-rule");
        return ctx.ledger.ignore(n, "narrative");
      }
      if (isTableRule(line)) return ctx.ledger.ignore(n, "table-rule");
      if (!cells) return ctx.ledger.ignore(n, "unrecognised");
      if (isHeaderCells(cells)) return ctx.ledger.ignore(n, "column-header");
      if (cells.length !== WIDTH) {
        return ctx.fail("malformed", n, `a pipe-table row of ${WIDTH} cells`, `found ${cells.length}`);
      }
      if (cells.every((c) => c === "")) return ctx.ledger.ignore(n, "empty-row");
      if (isCaption(cells)) {
        area = cells[0] ?? null;
        return ctx.ledger.use(n, "recommendation.area");
      }

      const [idCell = ""] = cells;
      if (idCell === "") {
        if (!action || !rec)
          return ctx.fail("malformed", n, "an action row with an id (such as 1a) before its continuation");
      } else {
        const id = ACTION_ID.exec(idCell);
        if (!id) return ctx.fail("malformed", n, "an action id such as 1a, 2 or 23b", `found "${idCell}"`);
        const recId = `R${id[1]}`;
        if (rec?.id !== recId) rec = ctx.recommendation(recId, n, { area });
        action = rec.startAction(idCell);
        action.add("id", idCell, n);
      }
      rec!.addText(cells[1] ?? "", n);
      action!.add("text", cells[2] ?? "", n);
      action!.add("due", cells[3] ?? "", n);
      action!.addOther("Resources", cells[4] ?? "", n);
      action!.add("lead", cells[5] ?? "", n);
      action!.addOther("Outcome target/ evidence measure", cells[6] ?? "", n);
      action!.add("status", cells[7] ?? "", n);
    });
  },
};
