import { cleanCell, isBlankCell } from "@ofsted-action-plans/core/authoring";
import { allBlank, tabCells } from "../source/cells.js";
import type { ActionDraft, RecommendationDraft } from "../assemble/drafts.js";
import { cellsAre, findLine, firstNonBlank } from "./headings.js";
import type { Layout, ParseContext } from "./layout.js";

const RECOMMENDATION = /^Recommendation No\.?\s*(\d+)\s*[-\u2013\u2014]\s*(.+)$/u;
const TABLE_HEADER = /^What we will do(?:\s*\(\s*(\w+)\s*\))?$/u;
const OUTCOME_HEADING = /^\s*(?:<p>)?\s*Outcomes?:\s*what difference will these actions make\?\s*(?:<\/p>)?/u;
const MEASURE_HEADING = /^\s*(?:<p>)?\s*\.{3}\s*and how will we know\?\s*(?:<\/p>)?/u;
const ACTION = /^(\d+)\.\s*/u;
const OUTCOME = "Outcome: what difference will these actions make?";
const MEASURE = "... and how will we know?";

const isColumnHeader = (cells: readonly string[]) =>
  cells.length >= 3 &&
  cells[0]!.includes("What") &&
  TABLE_HEADER.test(cleanCell(cells[0]!)) &&
  cellsAre(cells, ["By when", "Lead"], 1);
/** A recommendation heading, read from the cleaned line (markup cannot make its words, so most lines skip cleaning). */
const recommendationHeading = (line: string) =>
  line.includes("Recommendation") ? RECOMMENDATION.exec(cleanCell(line)) : null;

/**
 * Stockton-on-Tees' layout: one block per recommendation ("Recommendation No. n - for … improvement",
 * the recommendation, an outcome and a "how will we know" block, in plain lines or one HTML line),
 * then a "What we will do | By when | Lead | Update …" table of numbered actions. Sub-tables such as
 * "What we will do (5b)" continue the same recommendation and its action count.
 */
export const stocktonBlocks: Layout = {
  format: "stockton-blocks",
  description: "Recommendation blocks with What we will do / By when / Lead / Update tables (Stockton-on-Tees).",
  signature: 'a "Recommendation No. n" heading and a "What we will do | By when | Lead" table',
  detect: (lines) =>
    lines.some((l) => recommendationHeading(l) !== null) ? findLine(lines, (l) => isColumnHeader(tabCells(l))) : null,
  parse(ctx: ParseContext) {
    const title = firstNonBlank(ctx.lines)?.trim();
    let rec: RecommendationDraft | undefined;
    let action: ActionDraft | undefined;
    let mode: Mode | "table" = "text";

    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      if (isBlankCell(line)) return ctx.ledger.ignore(n, "blank");
      if (line.trim() === title) return ctx.ledger.ignore(n, "page-header");
      const cells = tabCells(line);

      const recommendation = recommendationHeading(line);
      if (recommendation) {
        rec = ctx.recommendation(`R${recommendation[1]}`, n, { timeframe: recommendation[2]?.trim() ?? null });
        rec.mark(n, "recommendation.id");
        action = undefined;
        mode = "text";
        return;
      }
      if (!rec) return ctx.ledger.ignore(n, "narrative");

      if (isColumnHeader(cells)) {
        mode = "table";
        return ctx.ledger.ignore(n, "column-header");
      }
      if (mode === "table") {
        action = tableRow(ctx, rec, action, cells, n);
        return;
      }
      mode = readBlocks(rec, line, mode, n);
    });
  },
};

type Mode = "text" | "outcome" | "measure";

/**
 * A row of a "What we will do" table: a numbered row starts the recommendation's next action (a
 * warning when its printed number is not its position), a row with no number continues the last one.
 *
 * @returns the action the row was read into (the last one for a row that was not).
 * @throws LoadError for a numbered row without its four cells.
 */
function tableRow(
  ctx: ParseContext,
  rec: RecommendationDraft,
  last: ActionDraft | undefined,
  cells: readonly string[],
  n: number,
): ActionDraft | undefined {
  const numbered = ACTION.exec(cells[0] ?? "");
  if (!numbered) {
    if (cells.length < 2 || !last) {
      ctx.ledger.ignore(n, "unrecognised");
      return last;
    }
    addCells(last, cells, cells[0] ?? "", n);
    ctx.note("info", "continuation-row", n, `row with no action number continues action ${last.id}`);
    return last;
  }
  if (cells.length < 4 || cells.length > 5 || !allBlank(cells, 4))
    return ctx.fail("malformed", n, "4 tab-separated cells: action, by when, lead, update");
  const action = rec.startAction(`${rec.id}.${rec.actions.length + 1}`);
  action.add("id", numbered[0].trim(), n);
  if (Number(numbered[1]) !== rec.actions.length)
    ctx.note("warning", "action-number", n, `printed number ${numbered[1]} but action ${action.id} by position`);
  addCells(action, cells, (cells[0] ?? "").slice(numbered[0].length), n);
  return action;
}

/**
 * Reads a line of a recommendation's blocks: its text, then the outcome and measure blocks, possibly
 * all on one HTML line.
 *
 * @returns the block the line ends in.
 */
function readBlocks(rec: RecommendationDraft, line: string, from: Mode, n: number): Mode {
  let mode = from;
  for (const part of splitBlocks(line)) {
    const outcome = OUTCOME_HEADING.exec(part);
    const measure = outcome ? null : MEASURE_HEADING.exec(part);
    const heading = outcome ?? measure;
    if (heading) {
      mode = outcome ? "outcome" : "measure";
      rec.mark(n, "recommendation.other");
    }
    const body = heading ? part.slice(heading[0].length) : part;
    if (mode === "text") rec.addText(body, n);
    else rec.addOther(mode === "outcome" ? OUTCOME : MEASURE, body, n);
  }
  return mode;
}

function addCells(action: ActionDraft, cells: readonly string[], text: string, n: number): void {
  action.add("text", text, n);
  action.add("due", cells[1] ?? "", n);
  action.add("lead", cells[2] ?? "", n);
  action.add("status", cells[3] ?? "", n);
}

/** Splits a line before each outcome / measure heading so one HTML line can hold several blocks. */
function splitBlocks(line: string): string[] {
  return line.split(/(?=<p>\s*(?:Outcomes?:|\.{3}\s*and how will we know))/u);
}
