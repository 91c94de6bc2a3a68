import { cleanCell, TableRoleSchema, type TableOptions, type TableRole } from "@ofsted-action-plans/core";
import { isPipeRow, pipeCells, tabCells } from "../../source/cells.js";

/**
 * The words councils head their plan columns with, per role (matched at the start of a heading,
 * case-insensitive; a heading may go on with a date or a note: "Update September 2013", "Timescale
 * (month)"). A heading that fits none is another cell, kept under its printed name.
 */
export const HEADER_WORDS: Readonly<Record<TableRole, RegExp>> = {
  id: /^(?:ref(?:erence)?\.?(?:\s+no\.?)?|no\.?|number|id|item|#|rec\.?(?:\s+no\.?)?)$/iu,
  area: /^(?:(?:priority|key|judgement|outcome|improvement)\s+areas?|areas?|themes?|work\s*streams?|strands?|domains?)$/iu,
  recommendation:
    /^(?:(?:ofsted|inspection)\s+)?(?:recommendations?|areas?\s+for\s+(?:improvement|development)|findings?|issues?(?:\s+identified)?|priorit(?:y|ies))\b|^outcome\s*\(ofsted/iu,
  action:
    /^(?:actions?(?:\s*\(s\))?(?:\s+(?:required|proposed|to\s+be\s+taken|planned|agreed))?|action\s*\(s\)(?:\s+agreed)?|what\s+we\s+will\s+do|key\s+(?:tasks?|actions?)|tasks?|activit(?:y|ies)|how\s+we\s+will\s+do\s+it|action\s*\/\s*objective|(?:our\s+)?response)\b/iu,
  lead: /^(?:lead(?:\s+(?:officers?|persons?|managers?|agency|responsibility))?|responsible(?:\s+(?:officer|person|manager))?|responsibility|(?:action\s+)?owners?|accountable(?:\s+officer)?|by\s+whom|who)\b/iu,
  due: /^(?:by\s+when|by$|when|timescales?|time\s*frame|target(?:\s+(?:completion\s+)?dates?)?|due(?:\s+dates?)?|deadlines?|completion\s+dates?|dates?(?:\s+due)?)\b/iu,
  progress:
    /^(?:progress(?:\s+(?:update|to\s+date|made))?|updates?|comments?|commentary|current\s+position|position\s+statement|status\s+update|evidence\s+of\s+progress)\b/iu,
  rag: /^(?:rag(?:\s+(?:status|rating))?|b?rag|status|rating)\b/iu,
};

/** Roles in the order a heading is tested against them ("Status update" is progress, "Action owner" a lead). */
const ROLE_ORDER: readonly TableRole[] = ["id", "progress", "rag", "area", "recommendation", "lead", "action", "due"];

/** The role names, for messages about columns. */
export const ROLE_NAMES: string = TableRoleSchema.options.join(", ");

/** The columns of a header row: role → column index, and every column's printed heading. */
export interface TableHeader {
  readonly line: number;
  readonly roles: Partial<Record<TableRole, number>>;
  readonly headings: readonly string[];
  /** True when the rating (Status) column holds progress words rather than ratings (see `profileColumns`). */
  readonly ragIsProse?: boolean;
}

/**
 * @returns the cells of a table line: tab-separated, or a pipe-table row's cells.
 * @example
 * tableCells("| 1 | Audit | Head of Service |"); // ["1", "Audit", "Head of Service"]
 * tableCells("1\tAudit\tHead of Service"); // the same
 */
export function tableCells(line: string): string[] {
  return isPipeRow(line) && !line.includes("\t") ? pipeCells(line) : tabCells(line);
}

/**
 * Reads a line as a header row: which column plays which role, by the words councils use
 * (`HEADER_WORDS`), or as `options.columns` names them. A header needs an action or a recommendation
 * column (a plan that prints only its recommendations) and one other role.
 *
 * @returns the header, or null when the line is not one.
 * @example
 * readHeader(["Ref", "Recommendation", "Action", "Lead officer", "Target date", "RAG"].join("\t"), 1)?.roles;
 * // { id: 0, recommendation: 1, action: 2, lead: 3, due: 4, rag: 5 }
 */
export function readHeader(line: string, lineNumber: number, options: TableOptions = {}): TableHeader | null {
  const headings = tableCells(line).map((c) => cleanCell(c));
  let filled = 0;
  for (const h of headings) if (h !== "") filled++;
  if (filled < 2) return null;
  const roles: Partial<Record<TableRole, number>> = {};
  headings.forEach((heading, k) => {
    const key = heading.replace(/[*:]+$/u, "").trim();
    if (key.length > 60) return;
    const role = ROLE_ORDER.find((r) => roles[r] === undefined && HEADER_WORDS[r].test(key));
    if (role) roles[role] = k;
  });
  for (const [role, column] of Object.entries(options.columns ?? {}) as [TableRole, string | number][]) {
    const k =
      typeof column === "number" ? column - 1 : headings.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    if (k >= 0 && k < headings.length) {
      for (const r of Object.keys(roles) as TableRole[]) if (roles[r] === k) delete roles[r];
      roles[role] = k;
    }
  }
  if (roles.action === undefined && roles.recommendation === undefined) return null;
  if (Object.keys(roles).length < 2) return null;
  return { line: lineNumber, roles, headings };
}
