import { cleanCell, findDates, type TableOptions, type TableRole } from "@ofsted-action-plans/core";
import type { ActionDraft, ActionField, RecommendationDraft } from "../assemble/drafts.js";
import { isPipeRow, isTableRule, pipeCells, tabCells } from "../source/cells.js";
import type { Layout, ParseContext } from "./layout.js";

/**
 * The words councils head their plan columns with, per role (matched at the start of a heading,
 * case-insensitive). A heading that fits none is another cell, kept under its printed name.
 */
export const HEADER_WORDS: Readonly<Record<TableRole, RegExp>> = {
  id: /^(?:ref(?:erence)?(?:\s+no)?|no|number|id|item|#)\.?$/iu,
  recommendation:
    /^(?:(?:ofsted|inspection)\s+)?(?:recommendations?|areas?\s+for\s+(?:improvement|development)|findings?|issues?\s+identified)\b|^outcome\s*\(ofsted/iu,
  action:
    /^(?:actions?(?:\s+(?:required|proposed|to\s+be\s+taken|planned))?|what\s+we\s+will\s+do|key\s+(?:tasks?|actions?)|tasks?|activit(?:y|ies)|how\s+we\s+will\s+do\s+it|action\s*\/\s*objective)\b/iu,
  lead: /^(?:lead(?:\s+(?:officers?|persons?|managers?|agency|responsibility))?|responsible(?:\s+(?:officer|person|manager))?|responsibility|owners?|accountable(?:\s+officer)?|by\s+whom|who)\b/iu,
  due: /^(?:by\s+when|by$|when|timescales?|time\s*frame|target(?:\s+(?:completion\s+)?dates?)?|due(?:\s+dates?)?|deadlines?|completion\s+date|dates?(?:\s+due)?)\b/iu,
  progress:
    /^(?:progress(?:\s+(?:update|to\s+date|made))?|updates?|comments?|commentary|current\s+position|position\s+statement|status\s+update)\b/iu,
  rag: /^(?:rag(?:\s+(?:status|rating))?|status|rating|brag)\b/iu,
};

/** Roles in the order a heading is tested against them (a "Status update" is progress, not RAG). */
const ROLE_ORDER: readonly TableRole[] = ["id", "progress", "rag", "recommendation", "action", "lead", "due"];

/** "Recommendation 2: …", "Area for improvement 3 – …", "R4 …", "5. …": a recommendation and its number. */
const REC_HEADING =
  /^(?:(?:ofsted\s+)?recommendation|area\s+for\s+(?:improvement|development)|afi|finding|rec\.?|r)\s*(?:no\.?\s*)?(\d+)\b\s*[:.)\u2013\u2014-]?\s*/iu;
const NUMBERED = /^(\d+)\s*[.):]\s+/u;

/** The columns of a header row: role → column index, and every column's printed heading. */
export interface TableHeader {
  readonly line: number;
  readonly roles: Partial<Record<TableRole, number>>;
  readonly headings: readonly string[];
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
 * (`HEADER_WORDS`), or as `options.columns` names them. A header needs an action column and one
 * other role.
 *
 * @returns the header, or null when the line is not one.
 * @example
 * readHeader(["Ref", "Recommendation", "Action", "Lead officer", "Target date", "RAG"].join("\t"), 1)?.roles;
 * // { id: 0, recommendation: 1, action: 2, lead: 3, due: 4, rag: 5 }
 */
export function readHeader(line: string, lineNumber: number, options: TableOptions = {}): TableHeader | null {
  const headings = tableCells(line).map((c) => cleanCell(c));
  if (headings.filter((h) => h !== "").length < 2) return null;
  const roles: Partial<Record<TableRole, number>> = {};
  headings.forEach((heading, k) => {
    const key = heading.replace(/[*:]+$/u, "").trim();
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
  if (roles.action === undefined || Object.keys(roles).length < 2) return null;
  return { line: lineNumber, roles, headings };
}

/**
 * A layout for any plan published as a table, read by its header words with no code and no mapping:
 * the header row is found by the words councils use (Recommendation / Area for improvement; Action /
 * What we will do / Key tasks; Lead / Responsible / Owner; By when / Timescale / Target date / Due
 * date / Deadline; Progress / Update / Comments; RAG / Status; Ref / No. / ID). A recommendation is
 * either a row of its own (one filled cell, merged across: "Recommendation 1: …"), or a column whose
 * cell is filled once and left blank below, or repeated on every row. A header printed again (a new
 * table, or a page) is read again, so each table may order its columns its own way.
 *
 * Ids: as printed in an id column; otherwise recommendations are `R1`, `R2`… in order (or by the
 * number printed in "Recommendation 3: …", "3. …"), and actions `<recommendation number>.<k>` in
 * order within their recommendation. A row that cannot be read is a warning with its line, never the
 * rejection of the plan.
 *
 * @returns the layout (format `table`).
 * @example
 * const { plan } = loadPlan(csvText, { ...entry, format: "table" });
 */
export function headerTableLayout(options: TableOptions = {}): Layout {
  return {
    format: "table",
    description: "Any plan published as a table (spreadsheet, Word table, CSV, text), read by its header words.",
    signature: "a header row with an Action column and one of Recommendation, Lead, By when, Progress, RAG or Ref",
    detect: (lines) => {
      for (let i = 0; i < Math.min(lines.length, 500); i++) if (readHeader(lines[i]!, i + 1, options)) return i + 1;
      return null;
    },
    parse: (ctx) => parseTable(ctx, options),
  };
}

function parseTable(ctx: ParseContext, options: TableOptions): void {
  let header: TableHeader | null = null;
  let rec: RecommendationDraft | undefined;
  let recText = "";
  let action: ActionDraft | undefined;
  let area: string | null = null;
  let sectionDeadline: { text: string; line: number } | null = null;
  let pendingHeading: { text: string; line: number } | null = null;
  let generated = 0;
  const perRec = new Map<string, number>();
  const usedIds = new Set<string>();

  const startRec = (printed: string, line: number): RecommendationDraft => {
    const { number, text } = recNumber(printed);
    const n = number ?? generated + 1;
    generated = Math.max(generated, n);
    let id = `R${n}`;
    for (let k = 2; usedIds.has(id); k++) id = `R${n}-${k}`;
    usedIds.add(id);
    const draft = ctx.recommendation(id, line, { area });
    draft.mark(line, "recommendation.id");
    draft.addText(text === "" ? printed : text, line);
    recText = cleanCell(printed);
    action = undefined;
    return draft;
  };

  ctx.lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === "") return ctx.ledger.ignore(n, "blank");
    if (isTableRule(line)) return ctx.ledger.ignore(n, "table-rule");
    const found = readHeader(line, n, options);
    if (found && (!header || Object.keys(found.roles).length >= Object.keys(header.roles).length)) {
      header = profileColumns(found, ctx.lines, i + 1, options);
      if (pendingHeading) {
        rec = startRec(pendingHeading.text, pendingHeading.line);
        pendingHeading = null;
      }
      return ctx.ledger.ignore(n, "column-header");
    }
    const cells = tableCells(line);
    const filled = cells.map((c, k) => [k, c] as const).filter(([, c]) => c.trim() !== "");
    if (!header) {
      // Before the first table: a recommendation heading opens the first recommendation; the rest is narrative.
      if (filled.length === 1 && REC_HEADING.test(cleanCell(filled[0]![1]))) {
        pendingHeading = { text: filled[0]![1], line: n };
        return ctx.ledger.use(n, "recommendation.heading");
      }
      return ctx.ledger.ignore(n, "narrative");
    }
    const h: TableHeader = header;
    const at = (role: TableRole) => (h.roles[role] === undefined ? "" : (cells[h.roles[role]!] ?? ""));
    if (cells.length !== h.headings.length && cells.length > 1) {
      ctx.note(
        "warning",
        "cell-count",
        n,
        `row has ${cells.length} cells where its table's header (line ${h.line}) has ${h.headings.length}: cells read by position`,
      );
    }

    // A row of its own: one filled cell that is not the action (a merged heading across the table).
    if (filled.length === 1 && (cells.length === 1 || filled[0]![0] !== h.roles.action)) {
      const text = filled[0]![1];
      if (h.roles.recommendation === undefined || REC_HEADING.test(cleanCell(text))) {
        rec = startRec(text, n);
      } else {
        area = cleanCell(text);
        ctx.ledger.use(n, "recommendation.area");
      }
      sectionDeadline = deadlineIn(text) ? { text: deadlineIn(text)!, line: n } : sectionDeadline;
      return;
    }

    const recCell = at("recommendation");
    if (recCell.trim() !== "" && cleanCell(recCell) !== recText) {
      const continues = rec !== undefined && action === undefined && /^[a-z]/u.test(cleanCell(recCell));
      if (continues) rec!.addText(recCell, n);
      else rec = startRec(recCell, n);
    } else if (recCell.trim() !== "" && rec) {
      rec.mark(n, "recommendation.text");
    }

    const numbered = ACTION_NUMBER.exec(cleanCell(at("action")));
    const actionCell =
      numbered && h.roles.id === undefined ? cleanCell(at("action")).slice(numbered[0].length) : at("action");
    let idCell = cleanCell(at("id")).replace(/\.$/u, "");
    // A bare number printed only on a recommendation's row is the recommendation's number.
    if (/^\d+$/u.test(idCell) && recCell.trim() !== "" && h.roles.recommendation !== undefined) idCell = "";
    if (idCell === "" && numbered && h.roles.id === undefined) idCell = numbered[1]!;
    const others = filled.filter(([k]) => !Object.values(h.roles).includes(k));
    if (actionCell.trim() === "") {
      const rest = (["lead", "due", "progress", "rag"] as const).some((r) => at(r).trim() !== "") || others.length > 0;
      if (!rest) return recCell.trim() !== "" ? undefined : ctx.ledger.ignore(n, "empty-row");
      if (!action) return ctx.note("warning", "unread-row", n, "row with no action text before any action: not read");
      addCells(action, h, cells, n, others);
      return;
    }
    if (!rec) {
      rec = startRec(idCell && /^\d+/u.test(idCell) ? `R${/^\d+/u.exec(idCell)![0]}` : "R1", n);
      ctx.note(
        "warning",
        "no-recommendation",
        n,
        `action before any recommendation: read under ${rec.id}, whose text is not printed`,
      );
    }
    const sameId = idCell !== "" && action?.id === idCell;
    if (sameId || (idCell === "" && h.roles.id !== undefined && action && /^[a-z]/u.test(cleanCell(actionCell)))) {
      addCells(action!, h, cells, n, others);
      return;
    }
    const k = (perRec.get(rec.id) ?? 0) + 1;
    perRec.set(rec.id, k);
    const id = idCell !== "" ? idCell : `${rec.id.slice(1)}.${k}`;
    action = rec.startAction(id);
    if (idCell !== "") action.add("id", numbered && h.roles.id === undefined ? numbered[0] : at("id"), n);
    addCells(
      action,
      h,
      numbered && h.roles.id === undefined ? withCell(cells, h.roles.action!, actionCell) : cells,
      n,
      others,
    );
    if (options.inheritSectionDeadline && at("due").trim() === "" && sectionDeadline) {
      action.add("due", sectionDeadline.text, sectionDeadline.line);
      ctx.note(
        "info",
        "inherited-deadline",
        n,
        `action ${id} has no due cell: takes "${sectionDeadline.text}" from its section heading (line ${sectionDeadline.line})`,
      );
    }
  });
  if (!header)
    ctx.fail(
      "malformed",
      null,
      "a header row with an Action column and one other role (Recommendation, Lead, By when, Progress, RAG, Ref)",
    );
}

/** An action's own number printed at the start of its text: "3) …", "2. …", "1.4 …". */
const ACTION_NUMBER = /^(\d+(?:\.\d+)*[a-z]?|\d+\.\d+[a-z]?)(?:[).]\s+|\s+(?=[A-Z]))/u;
/** What an action id looks like: "1", "1.2", "3.1a", "12b", "R4", "X2.1". */
const ID_LIKE = /^(?:[A-Z]\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)*\s?[a-z]?)\.?$/u;

/** @returns the cells with one replaced. */
function withCell(cells: readonly string[], k: number, text: string): string[] {
  const out = [...cells];
  out[k] = text;
  return out;
}

/**
 * Refines a header by what its column holds in the rows below it (up to the next header): the id
 * column is the leftmost whose cells look like ids ("1.2", "3a", "R4"), even with an empty heading,
 * and a "Reference" column of other codes (AA1) is then another cell; with no recommendation heading,
 * a column left of the actions whose heading is a long title (an inspection area) and whose cells
 * are sentences holds the recommendations.
 *
 * @returns the header with its roles refined.
 */
function profileColumns(
  header: TableHeader,
  lines: readonly string[],
  from: number,
  options: TableOptions,
): TableHeader {
  const sample: string[][] = [];
  for (let i = from; i < lines.length && sample.length < 30; i++) {
    if (readHeader(lines[i]!, i + 1, options)) break;
    const cells = tableCells(lines[i]!).map((c) => cleanCell(c));
    if (cells.filter((c) => c !== "").length >= 2) sample.push(cells);
  }
  const roles = { ...header.roles };
  const named = new Set(Object.keys(options.columns ?? {}));
  const values = (k: number) => sample.map((r) => r[k] ?? "").filter((v) => v !== "");
  const idLike = (k: number) => {
    const v = values(k);
    return v.length >= 2 && v.filter((x) => ID_LIKE.test(x)).length >= 0.6 * v.length;
  };
  if (!named.has("id")) {
    const taken = new Set(
      Object.entries(roles)
        .filter(([r]) => r !== "id")
        .map(([, k]) => k),
    );
    const best = header.headings.findIndex((_, k) => !taken.has(k) && idLike(k));
    if (best >= 0) roles.id = best;
    else if (roles.id !== undefined && !idLike(roles.id)) delete roles.id;
  }
  if (roles.recommendation === undefined && !named.has("recommendation") && roles.action! > 0) {
    const taken = new Set(Object.values(roles));
    const k = header.headings.findIndex(
      (h, k) =>
        k < roles.action! &&
        !taken.has(k) &&
        h.split(/\s+/u).length >= 4 &&
        values(k).length > 0 &&
        values(k).every((v) => v.split(/\s+/u).length >= 5),
    );
    if (k >= 0) roles.recommendation = k;
  }
  return { ...header, roles };
}

const FIELD: Partial<Record<TableRole, ActionField>> = { action: "text", lead: "lead", due: "due" };

/** Adds a row's cells to an action: named roles to their fields, progress and RAG to status, the rest as other cells. */
function addCells(
  action: ActionDraft,
  h: TableHeader,
  cells: readonly string[],
  line: number,
  others: readonly (readonly [number, string])[],
): void {
  for (const [role, field] of Object.entries(FIELD) as [TableRole, ActionField][]) {
    const k = h.roles[role];
    if (k !== undefined) action.add(field, cells[k] ?? "", line);
  }
  // RAG first, so that "Green" then the progress words read as the council's rating and its comment.
  for (const role of ["rag", "progress"] as const) {
    const k = h.roles[role];
    if (k !== undefined) action.add("status", cells[k] ?? "", line);
  }
  for (const [k, text] of others) action.addOther(h.headings[k] || `column ${k + 1}`, text, line);
}

/** @returns the number printed at the start of a recommendation ("Recommendation 3: …", "3. …", "R3"), and the text after it. */
function recNumber(printed: string): { number: number | null; text: string } {
  const clean = cleanCell(printed);
  const m = REC_HEADING.exec(clean) ?? NUMBERED.exec(clean);
  if (!m) return { number: null, text: printed };
  return { number: Number(m[1]), text: clean.slice(m[0].length) };
}

/** @returns the deadline phrase printed in a section heading ("by March 2014", "within 3 months"), or null. */
function deadlineIn(text: string): string | null {
  const within = /\bwithin\s+(?:\d+|one|two|three|six|twelve)\s+(?:months?|weeks?)\b(?:\s*\([^)]*\))?/iu.exec(text);
  if (within) return within[0];
  const dates = findDates(text).dates;
  return dates.length > 0
    ? text.slice(dates[0]!.index, dates[dates.length - 1]!.index + dates[dates.length - 1]!.length)
    : null;
}
