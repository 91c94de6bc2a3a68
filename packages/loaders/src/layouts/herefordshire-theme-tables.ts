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
    const themes = new Map<string, RecommendationDraft>();
    const terms = new Set<string>();
    let theme: RecommendationDraft | undefined;
    let action: ActionDraft | undefined;
    let stray: string | null = null;

    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      const wasStray = stray;
      stray = null;
      if (isBlank(line)) return ctx.ledger.ignore(n, line.includes("\t") ? "empty-row" : "blank");
      const cells = tabCells(line);
      if (line.trim() === title) return ctx.ledger.ignore(n, "page-header");
      const first = cleanCell(cells[0] ?? "");
      const restBlank = allBlank(cells, 1);
      const key = cells.length === 1 && first.includes(":") ? REFERENCE_KEY.exec(first) : null;
      if (key) {
        // The reference key is printed twice: both printings are read, the first also as an abbreviation.
        if (!terms.has(key[1] ?? ""))
          ctx.abbreviation({ term: key[1] ?? "", meaning: cleanCell(key[2] ?? ""), line: n });
        terms.add(key[1] ?? "");
        ctx.reference({ code: key[1] ?? "", title: cleanCell(key[2] ?? ""), line: n });
        return ctx.ledger.use(n, "plan.referenceKey");
      }
      const heading = restBlank ? THEME.exec(first) : null;
      if (heading) {
        const id = `T${heading[1]}`;
        const known = themes.get(id);
        if (known) {
          theme = known;
          return ctx.ledger.ignore(n, "page-header");
        }
        theme = ctx.recommendation(id, n);
        themes.set(id, theme);
        theme.mark(n, "recommendation.id");
        theme.addText(heading[2] ?? "", n);
        return;
      }
      if (!theme) return ctx.ledger.ignore(n, "narrative");
      if (isColumnHeader(cells)) return ctx.ledger.ignore(n, "column-header");
      if (isTableRule(line)) return ctx.ledger.ignore(n, "table-rule");

      if (cells.length === 1) {
        if (!action) return ctx.ledger.ignore(n, "unrecognised");
        const heading = wasStray ?? (action.other(EVIDENCE).last().trimEnd().endsWith("-") ? EVIDENCE : OUTCOME);
        action.addOther(heading, line, n);
        stray = heading;
        return ctx.note(
          "info",
          "stray-line",
          n,
          `line with no tab continues the ${heading} cell of action ${action.id}`,
        );
      }
      if (cells.length !== WIDTH) {
        return ctx.fail("malformed", n, `a table row of ${WIDTH} tab-separated cells`, `found ${cells.length}`);
      }
      const idCell = first;
      const id = ACTION_ID.exec(idCell);
      if (id) {
        const actionId = `${id[1]}${(id[2] ?? "").toLowerCase()}`;
        if (!id[1]?.startsWith(`${theme.id.slice(1)}.`)) {
          ctx.note("warning", "theme-mismatch", n, `action ${actionId} printed under theme ${theme.id}`);
        }
        action = theme.startAction(actionId);
        action.add("id", cells[0] ?? "", n);
        action.add("crossReferences", id[3] ?? "", n);
      } else if (idCell === "" || CROSS_REFERENCE.test(idCell)) {
        if (!action)
          return ctx.fail("malformed", n, "an action row with an id (such as 2.1 (a)) before its continuation");
        action.add("crossReferences", idCell, n);
      } else {
        return ctx.fail("malformed", n, "an action id such as 3.12 or 2.1 (a)", `found "${idCell}"`);
      }
      action.add("reference", cells[1] ?? "", n);
      action.add("text", cells[2] ?? "", n);
      action.addOther(OUTCOME, cells[3] ?? "", n);
      action.addOther(EVIDENCE, cells[4] ?? "", n);
      action.add("lead", cells[5] ?? "", n);
      action.add("due", cells[6] ?? "", n);
      action.add("status", cells[7] ?? "", n);
      action.addOther(GRADE, cells[8] ?? "", n);
    });
  },
};
