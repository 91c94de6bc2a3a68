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
  const m = TableMappingSchema.parse(input);
  const width = m.headingOffset + m.headings.length;
  const split = (line: string): string[] | null => {
    if (m.delimiter === "pipe") return isPipeRow(line) ? pipeCells(line) : null;
    return line.includes("\t") ? tabCells(line) : null;
  };
  const isHeading = (cells: readonly string[]) => cellsAre(cells, m.headings, m.headingOffset);
  const idPattern = new RegExp(`^\\s*(?:${m.actionId.pattern})`, "u");
  const recPattern = new RegExp(m.recommendationId.pattern, "u");
  const fields: [ActionField, number | undefined][] = [
    ["lead", m.columns.lead],
    ["due", m.columns.due],
    ["status", m.columns.status],
    ["reference", m.columns.reference],
  ];
  const named = new Set([
    m.columns.action,
    m.columns.recommendation,
    m.columns.lead,
    m.columns.due,
    m.columns.status,
    m.columns.reference,
    m.actionId.column,
  ]);

  return {
    format: m.format,
    description: m.description,
    signature: `a ${m.delimiter === "tab" ? "tab-separated" : "pipe-table"} heading row "${m.headings.join(" | ")}"`,
    detect: (lines) =>
      findLine(lines, (l) => {
        const cells = split(l);
        return cells !== null && isHeading(cells);
      }),
    parse(ctx: ParseContext) {
      const firstHeading = (this.detect(ctx.lines) ?? 1) - 1;
      const isRepeated = repeatedLines(ctx.lines, (line) => split(line) !== null);
      let rec: RecommendationDraft | undefined;
      let action: ActionDraft | undefined;
      const started = new Map<string, RecommendationDraft>();
      const startRec = (id: string, n: number, text?: string) => {
        rec = ctx.recommendation(id, n);
        started.set(id, rec);
        rec.mark(n, "recommendation.id");
        if (text) rec.addText(text, n);
      };

      ctx.lines.forEach((line, i) => {
        const n = i + 1;
        if (line.trim() === "") return ctx.ledger.ignore(n, "blank");
        const cells = split(line);
        const alone = cells === null || allBlank(cells, 1) ? cleanCell(cells?.[0] ?? line) : null;
        const section = m.recommendationId.from === "section" && alone !== null ? recPattern.exec(alone) : null;
        if (section) {
          // A section printed again (a running header) continues it.
          const id = `${m.recommendationId.from === "section" ? m.recommendationId.prefix : ""}${section[1]}`;
          const known = started.get(id);
          if (!known) return startRec(id, n, section[2]);
          rec = known;
          return ctx.ledger.ignore(n, "page-header");
        }
        if (cells === null || i < firstHeading) {
          if (isRepeated(line.trim())) return ctx.ledger.ignore(n, "page-header");
          return ctx.ledger.ignore(n, i < firstHeading ? "narrative" : "unrecognised");
        }
        if (isTableRule(line)) return ctx.ledger.ignore(n, "table-rule");
        if (isHeading(cells)) return ctx.ledger.ignore(n, "column-header");
        if (allBlank(cells)) return ctx.ledger.ignore(n, "empty-row");
        if (cells.length !== width)
          return ctx.fail(
            "malformed",
            n,
            `a row of ${width} cells (${m.headings.join(" | ")})`,
            `found ${cells.length}`,
          );

        const idCell = cells[m.actionId.column] ?? "";
        const id = idPattern.exec(idCell);
        if (m.recommendationId.from === "column") {
          const recMatch = recPattern.exec(cleanCell(cells[m.recommendationId.column] ?? ""));
          if (recMatch) startRec(`R${recMatch[1]}`, n);
        }
        if (id) {
          const actionId = id.slice(1).filter(Boolean).join("");
          if (m.recommendationId.from === "action-id") {
            const recId = `R${recPattern.exec(actionId)?.[1] ?? ""}`;
            if (rec?.id !== recId) startRec(recId, n);
          }
          if (!rec) return ctx.fail("malformed", n, "a recommendation before its first action");
          action = rec.startAction(actionId);
          action.add("id", id[0].trim(), n);
        } else if (!action) {
          if (allBlank(cells, 1)) return ctx.ledger.ignore(n, "sub-heading");
          return ctx.fail("malformed", n, `an action id matching ${m.actionId.pattern} before a continuation row`);
        } else if (allBlank(cells.filter((_, k) => k !== m.actionId.column)) && idCell.trim() !== "") {
          return ctx.ledger.ignore(n, "sub-heading");
        }
        const current = action!;
        if (m.columns.recommendation !== undefined) rec!.addText(cells[m.columns.recommendation] ?? "", n);
        const actionCell = cells[m.columns.action] ?? "";
        current.add(
          "text",
          id && m.actionId.strip && m.actionId.column === m.columns.action
            ? actionCell.slice(id[0].length)
            : actionCell,
          n,
        );
        for (const [field, column] of fields) if (column !== undefined) current.add(field, cells[column] ?? "", n);
        cells.forEach((cell, k) => {
          const heading = m.headings[k - m.headingOffset];
          if (!named.has(k) && heading) current.addOther(heading, cell, n);
        });
      });
    },
  };
}
