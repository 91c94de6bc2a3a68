import { cleanCell, isBlankCell } from "@ofsted-action-plans/core/authoring";
import { allBlank, isTableRule, tabCells } from "../source/cells.js";
import type { ActionDraft, RecommendationDraft } from "../assemble/drafts.js";
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
    const areas = new Set<string>();
    let area: string | null = null;
    let additional = false;
    let unnumbered = 0;
    let rec: RecommendationDraft | undefined;
    let action: ActionDraft | undefined;

    const continueRow = (n: number, cells: readonly string[], actionsAt: number) => {
      if (!action) return ctx.fail("malformed", n, "a numbered row before its continuation");
      addCells(action, cells.slice(actionsAt), n);
    };

    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      const cells = tabCells(line);
      if (cells.every(isBlankCell)) return ctx.ledger.ignore(n, cells.length > 1 ? "empty-row" : "blank");
      // Only the first cell is read cleaned here; the drafts clean what they keep.
      const first = cleanCell(cells[0] ?? "");
      if (line.trim() === title) return ctx.ledger.ignore(n, "page-header");
      if (isTableRule(line)) return ctx.ledger.ignore(n, "table-rule");
      if (isColumnHeader(cells)) {
        area = first;
        areas.add(headingKey(area ?? ""));
        return ctx.ledger.ignore(n, "column-header");
      }
      if (area === null) return ctx.ledger.ignore(n, "narrative");
      if (cells.length === 1) {
        if (ADDITIONAL.test(first)) {
          additional = true;
          return ctx.ledger.use(n, "recommendation.area");
        }
        return ctx.ledger.ignore(n, "unrecognised");
      }
      if (cells.length > WIDTH) return ctx.fail("malformed", n, `at most ${WIDTH} tab-separated cells`);

      if (cells.length < WIDTH) {
        continueRow(n, cells, 0);
        return ctx.note(
          "info",
          "continuation-row",
          n,
          `row of ${cells.length} cells read as a continuation of ${action?.id} from its Actions cell (empty first cell dropped)`,
        );
      }
      if (first === "") return continueRow(n, cells, 1);
      if (areas.has(headingKey(first)) && headingKey(cells[4] ?? "").endsWith("by")) {
        const stripped = cells.map((c, k) => (k === 0 ? "" : stripHeadingWord(c, k)));
        continueRow(n, stripped, 1);
        ctx.note(
          "info",
          "heading-merged-row",
          n,
          `repeated area heading merged with a continuation of ${action?.id}; heading words removed`,
        );
        return;
      }
      if (allBlank(cells, 1)) return ctx.ledger.ignore(n, "sub-heading");

      const marker = MARKER.exec(cells[0] ?? "");
      let id: string;
      if (marker) id = `R${marker[1]}`;
      else {
        id = `X${++unnumbered}`;
        if (!additional)
          ctx.note(
            "warning",
            "unnumbered-recommendation",
            n,
            `row has no (n) marker outside "Additional Actions"; given id ${id}`,
          );
      }
      rec = ctx.recommendation(id, n, { area });
      rec.addText(marker ? (cells[0] ?? "").slice(0, marker.index) : (cells[0] ?? ""), n);
      action = rec.startAction(`${id}.1`);
      if (marker) action.add("id", marker[0].trim(), n);
      addCells(action, cells.slice(1), n);
    });
  },
};

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
