import type { IgnoreReason } from "@ofsted-action-plans/core";
import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { z } from "zod";
import type { ActionDraft, ActionField, RecommendationDraft } from "../assemble/drafts.js";
import { allBlank, isPipeRow, isTableRule, pipeCells, repeatedLines, tabCells } from "../source/cells.js";
import { cellsAre, findLine } from "./headings.js";
import type { Layout, ParseContext } from "./layout.js";

const Pattern = z
  .string()
  .min(1)
  .refine((p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  }, "a valid regular expression");

/**
 * A declarative description of an ordinary table layout — tab-separated or Markdown pipe rows, one
 * action per row, rows continued over page breaks — enough for `tabularLayout` to load it with the
 * same model, line accounting, diagnostics and errors as the built-in layouts.
 */
export const TableMappingSchema = z.object({
  format: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u),
  description: z.string().default("A table layout described by a mapping."),
  delimiter: z.enum(["tab", "pipe"]),
  /** The column headings as printed (compared ignoring case, markup and look-alike letters). */
  headings: z.array(z.string().min(1)).min(2),
  /** Cells before the first heading in the heading row (e.g. an unheaded id column). */
  headingOffset: z.number().int().min(0).default(0),
  /** 0-based cell index of each field in a row; other headed cells are kept as `otherCells`. */
  columns: z.object({
    action: z.number().int().min(0),
    recommendation: z.number().int().min(0).optional(),
    lead: z.number().int().min(0).optional(),
    due: z.number().int().min(0).optional(),
    status: z.number().int().min(0).optional(),
    reference: z.number().int().min(0).optional(),
  }),
  /**
   * Where a row's action id is: the cell `column` must match `pattern` (anchored at its start); the id
   * is the pattern's capture groups joined. With `strip`, the match is removed from the cell's text
   * (an action number printed inside the action cell). A row whose id cell does not match continues
   * the previous row cell by cell.
   */
  actionId: z.object({ column: z.number().int().min(0), pattern: Pattern, strip: z.boolean().default(false) }),
  /**
   * How recommendations are identified: `action-id` — R + the first capture of `pattern` on the action
   * id (12b → R12); `column` — a row whose cell `column` matches `pattern` starts R + its first capture;
   * `section` — a line matching `pattern` (alone in its row) starts `prefix` + capture 1, with capture 2
   * as its text.
   */
  recommendationId: z.discriminatedUnion("from", [
    z.object({ from: z.literal("action-id"), pattern: Pattern }),
    z.object({ from: z.literal("column"), column: z.number().int().min(0), pattern: Pattern }),
    z.object({ from: z.literal("section"), pattern: Pattern, prefix: z.string().default("T") }),
  ]),
});

/** A table mapping (input form: defaults may be omitted). */
export type TableMapping = z.input<typeof TableMappingSchema>;

/**
 * Turns a table mapping into a `Layout`. Every line is accounted for: heading rows, table rules,
 * empty rows and blank lines are ignored with their reason; lines outside the table printed more than
 * once are page headers; other lines before the first heading row are narrative; a row whose first
 * cell is its only text is a sub-heading; anything else outside the table is reported as unrecognised.
 * A row with the wrong number of cells is a `LoadError` naming the line.
 *
 * @returns the layout; pass it to `loadPlan(text, entry, { layouts: [layout] })`.
 * @throws ZodError when the mapping itself is invalid.
 * @example
 * const layout = tabularLayout({
 *   format: "northmoor-tabs",
 *   delimiter: "tab",
 *   headings: ["Ref", "Action", "Lead", "By when"],
 *   columns: { action: 1, lead: 2, due: 3 },
 *   actionId: { column: 0, pattern: "(\\d+\\.\\d+)" },
 *   recommendationId: { from: "action-id", pattern: "(\\d+)\\." },
 * });
 * loadPlan(text, { ...entry, format: "northmoor-tabs" }, { layouts: [layout] });
 */
export function tabularLayout(input: TableMapping): Layout {
  const t = compileMapping(TableMappingSchema.parse(input));
  const { m } = t;
  return {
    format: m.format,
    description: m.description,
    signature: `a ${m.delimiter === "tab" ? "tab-separated" : "pipe-table"} heading row "${m.headings.join(" | ")}"`,
    detect: (lines) =>
      findLine(lines, (l) => {
        const cells = t.split(l);
        return cells !== null && t.isHeading(cells);
      }),
    parse(ctx: ParseContext) {
      parseTable(t, ctx, (this.detect(ctx.lines) ?? 1) - 1);
    },
  };
}

/** A mapping made ready to read rows with: its splitter, heading test, patterns and field columns. */
interface CompiledMapping {
  readonly m: z.output<typeof TableMappingSchema>;
  /** Cells in a heading row and in every row of the table. */
  readonly width: number;
  /** @returns a line's cells, or null when it is not a row of the mapping's delimiter. */
  split(line: string): string[] | null;
  isHeading(cells: readonly string[]): boolean;
  readonly idPattern: RegExp;
  readonly recPattern: RegExp;
  /** The action fields besides its text, with their column. */
  readonly fields: readonly (readonly [ActionField, number | undefined])[];
  /** Columns read into a field (the others are kept as `otherCells`). */
  readonly named: ReadonlySet<number | undefined>;
}

function compileMapping(m: z.output<typeof TableMappingSchema>): CompiledMapping {
  const { columns } = m;
  return {
    m,
    width: m.headingOffset + m.headings.length,
    split: (line) => {
      if (m.delimiter === "pipe") return isPipeRow(line) ? pipeCells(line) : null;
      return line.includes("\t") ? tabCells(line) : null;
    },
    isHeading: (cells) => cellsAre(cells, m.headings, m.headingOffset),
    idPattern: new RegExp(`^\\s*(?:${m.actionId.pattern})`, "u"),
    recPattern: new RegExp(m.recommendationId.pattern, "u"),
    fields: [
      ["lead", columns.lead],
      ["due", columns.due],
      ["status", columns.status],
      ["reference", columns.reference],
    ],
    named: new Set([
      columns.action,
      columns.recommendation,
      columns.lead,
      columns.due,
      columns.status,
      columns.reference,
      m.actionId.column,
    ]),
  };
}

/** Where the reading of a table stands: the current recommendation and action, and the recommendations started. */
interface TableState {
  rec: RecommendationDraft | undefined;
  action: ActionDraft | undefined;
  readonly started: Map<string, RecommendationDraft>;
}

function parseTable(t: CompiledMapping, ctx: ParseContext, firstHeading: number): void {
  const isRepeated = repeatedLines(ctx.lines, (line) => t.split(line) !== null);
  const state: TableState = { rec: undefined, action: undefined, started: new Map() };
  ctx.lines.forEach((line, i) => {
    const n = i + 1;
    const cells = tableRow(t, ctx, state, line, n, i < firstHeading ? "narrative" : null, isRepeated);
    if (!cells) return;
    const id = t.idPattern.exec(cells[t.m.actionId.column] ?? "");
    const action = rowAction(t, ctx, state, cells, id, n);
    if (action) addCells(t, state.rec!, action, cells, id, n);
  });
}

const startRec = (ctx: ParseContext, state: TableState, id: string, n: number, text?: string) => {
  state.rec = ctx.recommendation(id, n);
  state.started.set(id, state.rec);
  state.rec.mark(n, "recommendation.id");
  if (text) state.rec.addText(text, n);
};

/**
 * @returns the line's cells when it is a row of the table; any other line is accounted for here:
 * ignored with its reason, or a section heading that starts (or, printed again as a running header,
 * continues) a recommendation.
 * @throws LoadError when a row has the wrong number of cells.
 */
function tableRow(
  t: CompiledMapping,
  ctx: ParseContext,
  state: TableState,
  line: string,
  n: number,
  beforeTable: "narrative" | null,
  isRepeated: (trimmed: string) => boolean,
): string[] | null {
  const ignore = (reason: IgnoreReason) => {
    ctx.ledger.ignore(n, reason);
    return null;
  };
  const { m } = t;
  if (line.trim() === "") return ignore("blank");
  const cells = t.split(line);
  const alone = cells === null || allBlank(cells, 1) ? cleanCell(cells?.[0] ?? line) : null;
  const section = m.recommendationId.from === "section" && alone !== null ? t.recPattern.exec(alone) : null;
  if (section) {
    const id = `${m.recommendationId.from === "section" ? m.recommendationId.prefix : ""}${section[1]}`;
    const known = state.started.get(id);
    if (!known) {
      startRec(ctx, state, id, n, section[2]);
      return null;
    }
    state.rec = known;
    return ignore("page-header");
  }
  if (cells === null || beforeTable)
    return ignore(isRepeated(line.trim()) ? "page-header" : (beforeTable ?? "unrecognised"));
  if (isTableRule(line)) return ignore("table-rule");
  if (t.isHeading(cells)) return ignore("column-header");
  if (allBlank(cells)) return ignore("empty-row");
  if (cells.length !== t.width)
    return ctx.fail("malformed", n, `a row of ${t.width} cells (${m.headings.join(" | ")})`, `found ${cells.length}`);
  return cells;
}

/**
 * @returns the action a table row adds to: a new one when its id cell matches (starting the
 * recommendation it names), else the current one (a continuation row); null for a sub-heading row,
 * accounted for here.
 * @throws LoadError for a continuation row before any action, or an action before any recommendation.
 */
function rowAction(
  t: CompiledMapping,
  ctx: ParseContext,
  state: TableState,
  cells: readonly string[],
  id: RegExpExecArray | null,
  n: number,
): ActionDraft | null {
  const { m } = t;
  if (m.recommendationId.from === "column") {
    const recMatch = t.recPattern.exec(cleanCell(cells[m.recommendationId.column] ?? ""));
    if (recMatch) startRec(ctx, state, `R${recMatch[1]}`, n);
  }
  if (id) {
    const actionId = id.slice(1).filter(Boolean).join("");
    if (m.recommendationId.from === "action-id") {
      const recId = `R${t.recPattern.exec(actionId)?.[1] ?? ""}`;
      if (state.rec?.id !== recId) startRec(ctx, state, recId, n);
    }
    if (!state.rec) return ctx.fail("malformed", n, "a recommendation before its first action");
    state.action = state.rec.startAction(actionId);
    state.action.add("id", id[0].trim(), n);
    return state.action;
  }
  const subHeading = !state.action
    ? allBlank(cells, 1)
    : allBlank(cells.filter((_, k) => k !== m.actionId.column)) && (cells[m.actionId.column] ?? "").trim() !== "";
  if (subHeading) {
    ctx.ledger.ignore(n, "sub-heading");
    return null;
  }
  return (
    state.action ?? ctx.fail("malformed", n, `an action id matching ${m.actionId.pattern} before a continuation row`)
  );
}

/** Adds a row's cells to its action: the recommendation's text, the action's text and fields, the other headed cells. */
function addCells(
  t: CompiledMapping,
  rec: RecommendationDraft,
  action: ActionDraft,
  cells: readonly string[],
  id: RegExpExecArray | null,
  n: number,
): void {
  const { m } = t;
  if (m.columns.recommendation !== undefined) rec.addText(cells[m.columns.recommendation] ?? "", n);
  const actionCell = cells[m.columns.action] ?? "";
  const stripped = id && m.actionId.strip && m.actionId.column === m.columns.action;
  action.add("text", stripped ? actionCell.slice(id[0].length) : actionCell, n);
  for (const [field, column] of t.fields) if (column !== undefined) action.add(field, cells[column] ?? "", n);
  cells.forEach((cell, k) => {
    const heading = m.headings[k - m.headingOffset];
    if (!t.named.has(k) && heading) action.addOther(heading, cell, n);
  });
}
