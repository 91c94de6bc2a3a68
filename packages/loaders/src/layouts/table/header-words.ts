import { TableRoleSchema, type TableOptions, type TableRole } from "@ofsted-action-plans/core";
import { cleanCell } from "@ofsted-action-plans/core/authoring";
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
  /** How many roles the header's own words name (before `profileColumns` refines them). */
  readonly printedRoles?: number;
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
    // A short heading broken inside a word over two lines of a narrow column ("RA G") is read whole too.
    const whole = key.length <= 16 ? key.replace(/\s+/gu, "") : key;
    const role =
      ROLE_ORDER.find((r) => roles[r] === undefined && HEADER_WORDS[r].test(key)) ??
      ROLE_ORDER.find((r) => roles[r] === undefined && HEADER_WORDS[r].test(whole));
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

/**
 * Says why no line of a document reads as a header row: either no line names an action or a
 * recommendation column with one more role ("no table found"), or a line holds the header words but
 * not as separate cells (a table whose cells cannot be split: columns set apart by runs of spaces,
 * or by nothing).
 *
 * @returns the explanation, with the line it concerns (null for no table at all).
 * @example
 * explainNoHeader(["Ref   Action   Lead   By when"]).line; // 1
 */
export function explainNoHeader(lines: readonly string[]): { line: number | null; detail: string } {
  for (let i = 0; i < Math.min(lines.length, 2000); i++) {
    const line = lines[i]!;
    const words = cleanCell(line.replace(/\t/gu, " "));
    const named = ROLE_ORDER.filter((role) =>
      words.split(/\s{2,}|\s*\|\s*|\s*[,;]\s*/u).some((w) => HEADER_WORDS[role].test(w.trim())),
    );
    const inOneCell = ROLE_ORDER.filter((role) =>
      new RegExp(HEADER_WORDS[role].source.replace(/^\^/u, "\\b"), "iu").test(words),
    );
    if (
      named.length >= 2 ||
      (inOneCell.length >= 3 && (inOneCell.includes("action") || inOneCell.includes("recommendation")))
    ) {
      const spaces = / {2,}/u.test(line) && !line.includes("\t");
      return {
        line: i + 1,
        detail: `a header was found but its cells cannot be split: "${line.trim().slice(0, 80)}" ${
          spaces
            ? "sets its columns apart by runs of spaces; save the table as CSV, a spreadsheet, or tab-separated text"
            : "prints the column headings in one cell; name the columns in the manifest's table.columns"
        } (roles: ${ROLE_NAMES})`,
      };
    }
  }
  return {
    line: null,
    detail: `no table found: no line names an Action or Recommendation column and one other role (roles: ${ROLE_NAMES}; header words such as Action, What we will do, Lead, By when, Progress, RAG, Ref)`,
  };
}
