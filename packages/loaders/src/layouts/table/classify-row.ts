import type { TableOptions, TableRole } from "@ofsted-action-plans/core";
import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { isBlank, isTableRule } from "../../source/cells.js";
import { readHeader, tableCells, type TableHeader } from "./header-words.js";

/** "Recommendation 2: …", "Area for improvement 3 – …", "R4 …": a recommendation and its number. */
export const REC_HEADING =
  /^(?:(?:ofsted\s+)?recommendation|area\s+for\s+(?:improvement|development)|afi|finding|rec\.?|r)\s*(?:no\.?\s*)?(\d+)\b\s*[:.)\u2013\u2014-]?\s*/iu;
/** An action's own number printed at the start of its text: "3) …", "2. …", "1.4 …". */
export const ACTION_NUMBER = /^(\d+(?:\.\d+)*[a-z]?|\d+\.\d+[a-z]?)(?:[).]\s+|\s+(?=[A-Z]))/u;

/** Text that goes on from the line before: lower case, but not a list item ("a. Improve …", "b) …"). */
export const CONTINUES = /^\p{Ll}(?![.)]\s)/u;

/** What the reader knows when it classifies a row: the header in force and the record being read. */
export interface ReaderState {
  readonly header: TableHeader | null;
  /** The cleaned text of the recommendation being read ("" before any). */
  readonly recText: string;
  readonly hasRecommendation: boolean;
  /** The id of the action (or recommendation unit) being read, or null before any. */
  readonly actionId: string | null;
  /** True from the first row printed on a page (after a row on the page before) until a body row is read. */
  readonly pageTop: boolean;
}

/** A table row's cells by role, read once. */
export interface RowCells {
  readonly cells: readonly string[];
  /** Indexes of the cells that are not blank. */
  readonly filled: readonly number[];
  /** The cell of a role, as printed ("" where the table has no such column). */
  at(role: TableRole): string;
}

/**
 * What a line of a table document is. A new shape of plan is a new kind here and a case in the
 * reducer (`table-layout.ts`), not a branch inside either.
 */
export type RowKind =
  | { readonly kind: "blank" }
  | { readonly kind: "table-rule" }
  | { readonly kind: "rating-key" }
  | { readonly kind: "header"; readonly header: TableHeader }
  /** Text before the first header: a recommendation heading ("Recommendation 1: …") to open, or narrative. */
  | { readonly kind: "before-table"; readonly heading: string | null }
  /** One filled cell that is not an action: a recommendation heading or an area heading across the table. */
  | { readonly kind: "heading"; readonly text: string; readonly as: "recommendation" | "area" }
  /** A heading row across the table that goes on over a page break: more of the recommendation's text. */
  | { readonly kind: "heading-continued"; readonly text: string }
  | { readonly kind: "empty-row" }
  /** A row of other cells before any action: nothing to attach it to. */
  | { readonly kind: "unread"; readonly row: RowCells }
  /**
   * More of the action being read: a row continued over a page break, or a row with no action text;
   * `recGoesOn` when its recommendation cell goes on with the recommendation's text.
   */
  | { readonly kind: "continuation"; readonly row: RowCells; readonly recGoesOn?: boolean }
  /** Only the recommendation cell: its text printed again (or its continuation) and nothing else. */
  | { readonly kind: "recommendation-cell"; readonly row: RowCells; readonly recGoesOn?: boolean }
  /** A new action, perhaps under a new recommendation (its recommendation cell changed). */
  | { readonly kind: "action"; readonly row: RowCells; readonly id: string; readonly numbered: string | null }
  /** A plan that prints only recommendations: a new recommendation with the unit that stands for it. */
  | { readonly kind: "recommendation-row"; readonly row: RowCells; readonly id: string };

/**
 * @returns the cells of a row under a header, with each role's cell at hand.
 * @example
 * rowCells("1.1\tAudit", header).at("action"); // "Audit"
 */
export function rowCells(line: string, header: TableHeader | null): RowCells {
  const cells = tableCells(line);
  const filled: number[] = [];
  for (let k = 0; k < cells.length; k++) if (!isBlank(cells[k]!)) filled.push(k);
  return {
    cells,
    filled,
    at: (role) => {
      const k = header?.roles[role];
      return k === undefined ? "" : (cells[k] ?? "");
    },
  };
}

/**
 * Classifies one line of a table document, given the state of the reading: blank, a rule, part of
 * the printed rating key, a header (a header printed again is read again), text before the table, a
 * heading row across the table, an empty row, an action (or a recommendation unit), or more of the
 * current one. Pure: the reducer applies the kind.
 *
 * @returns the row's kind.
 * @example
 * classifyRow("Ref\tAction\tLead", 1, initialState(), {}, false).kind; // "header"
 */
export function classifyRow(
  line: string,
  n: number,
  state: ReaderState,
  options: TableOptions,
  inKey: boolean,
  wide = false,
): RowKind {
  if (isBlank(line)) return { kind: "blank" };
  if (inKey) return { kind: "rating-key" };
  if (isTableRule(line)) return { kind: "table-rule" };
  const found = readHeader(line, n, options);
  if (found && (!state.header || Object.keys(found.roles).length >= (state.header.printedRoles ?? 0)))
    return { kind: "header", header: found };
  const header = state.header;
  const row = rowCells(line, header);
  if (!header) {
    const only = row.filled.length === 1 ? cleanCell(row.cells[row.filled[0]!]!) : "";
    return { kind: "before-table", heading: only !== "" && REC_HEADING.test(only) ? row.cells[row.filled[0]!]! : null };
  }
  const { roles } = header;
  const main = roles.action ?? roles.recommendation!;
  // A heading merged across the table, printed over a page break: more of the heading above.
  if (wide && state.pageTop && state.hasRecommendation && state.actionId === null)
    return { kind: "heading-continued", text: row.cells[row.filled[0] ?? 0] ?? "" };
  // A row of its own: one cell merged across the table, one filled cell outside the action and
  // recommendation columns, or one that names a recommendation ("Recommendation 2: …").
  if (row.filled.length === 1 && wide) {
    const text = row.cells[row.filled[0]!]!;
    return {
      kind: "heading",
      text,
      as: REC_HEADING.test(cleanCell(text)) || roles.recommendation === undefined ? "recommendation" : "area",
    };
  }
  if (row.filled.length === 1) {
    const text = row.cells[row.filled[0]!]!;
    const named = REC_HEADING.test(cleanCell(text));
    const ownColumn = row.filled[0] === main || row.filled[0] === roles.recommendation;
    if (row.cells.length === 1 || named || (!ownColumn && !state.pageTop))
      return { kind: "heading", text, as: named || roles.recommendation === undefined ? "recommendation" : "area" };
  }
  return roles.action === undefined ? classifyRecommendationRow(row, state) : classifyActionRow(row, state, header);
}

/** Whether a row, at the top of a page, only goes on with the row the page before ended on. */
function continuesOverPage(row: RowCells, state: ReaderState, header: TableHeader): boolean {
  if (!state.pageTop || state.actionId === null) return false;
  if (header.roles.id !== undefined) return isBlank(row.at("id"));
  if (CONTINUES.test(cleanCell(row.at("action") || row.at("recommendation")))) return true;
  return isBlank(row.at(header.roles.lead !== undefined ? "lead" : "due"));
}

function classifyActionRow(row: RowCells, state: ReaderState, header: TableHeader): RowKind {
  const { roles } = header;
  const recCell = row.at("recommendation");
  const actionText = cleanCell(row.at("action"));
  const numbered = roles.id === undefined ? ACTION_NUMBER.exec(actionText) : null;
  let idCell = cleanCell(row.at("id")).replace(/\.$/u, "");
  // A bare number printed only on a recommendation's row is the recommendation's number.
  if (/^\d+$/u.test(idCell) && !isBlank(recCell) && roles.recommendation !== undefined) idCell = "";
  if (idCell === "" && numbered) idCell = numbered[1]!;
  const others = row.filled.filter((k) => !Object.values(roles).includes(k));
  // A recommendation cell merged down its actions goes on over a page break: in lower case, or after
  // a text that ended mid-sentence, on a row with no id of its own.
  const recGoesOn =
    state.pageTop &&
    state.hasRecommendation &&
    !isBlank(recCell) &&
    (CONTINUES.test(cleanCell(recCell)) || (!/[.!?:;]$/u.test(state.recText) && isBlank(row.at("id"))));
  if (actionText === "") {
    const rest = (["lead", "due", "progress", "rag"] as const).some((r) => !isBlank(row.at(r))) || others.length > 0;
    if (!rest) return isBlank(recCell) ? { kind: "empty-row" } : { kind: "recommendation-cell", row, recGoesOn };
    return state.actionId === null ? { kind: "unread", row } : { kind: "continuation", row, recGoesOn };
  }
  const recChanges = !isBlank(recCell) && cleanCell(recCell) !== state.recText && !recGoesOn;
  const sameId = idCell !== "" && state.actionId === idCell && !recChanges;
  const lowerCase =
    idCell === "" && roles.id !== undefined && state.actionId !== null && /^[a-z]/u.test(actionText) && !recChanges;
  if (sameId || lowerCase || (continuesOverPage(row, state, header) && !recChanges))
    return { kind: "continuation", row, recGoesOn };
  return { kind: "action", row, id: idCell, numbered: numbered ? numbered[0] : null };
}

function classifyRecommendationRow(row: RowCells, state: ReaderState): RowKind {
  const recCell = cleanCell(row.at("recommendation"));
  const idCell = cleanCell(row.at("id")).replace(/\.$/u, "");
  if (recCell === "") {
    if (row.filled.length === 0) return { kind: "empty-row" };
    return state.actionId === null ? { kind: "unread", row } : { kind: "continuation", row };
  }
  const header = state.header!;
  const goesOn =
    idCell === "" && state.actionId !== null && (/^[a-z]/u.test(recCell) || continuesOverPage(row, state, header));
  if (goesOn || recCell === state.recText) return { kind: "continuation", row };
  return { kind: "recommendation-row", row, id: idCell };
}

/**
 * @returns the state of a reader before the first line: no header, no recommendation, no action.
 * @example
 * classifyRow("Ref\tAction\tLead", 1, initialState(), {}, false).kind; // "header"
 */
export function initialState(): ReaderState {
  return { header: null, recText: "", hasRecommendation: false, actionId: null, pageTop: false };
}
