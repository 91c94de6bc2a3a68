import { readRating, type Status, type TableOptions, type TableRole } from "@ofsted-action-plans/core";
import { cleanCell, findDates } from "@ofsted-action-plans/core/authoring";
import type { ActionDraft, ActionField, RecommendationDraft } from "../../assemble/drafts.js";
import { isBlank } from "../../source/cells.js";
import { shadingColour } from "../../table-files/shading.js";
import type { Layout, ParseContext } from "../layout.js";
import {
  CONTINUES,
  classifyRow,
  initialState,
  REC_HEADING,
  type ReaderState,
  type RowCells,
  type RowKind,
} from "./classify-row.js";
import { explainNoHeader, readHeader, ROLE_NAMES, type TableHeader } from "./header-words.js";
import { profileColumns } from "./profile-columns.js";
import { findRatingKey } from "./rating-key.js";

const NUMBERED = /^(\d+)\s*[.):]\s+/u;

/**
 * A layout for any plan published as a table, read by its header words with no code and no mapping:
 * the header row is found by the words councils use (Recommendation / Area for improvement; Action /
 * What we will do / Key tasks / Response; Lead / Responsible / Owner; By when / Timescale / Target
 * date / Deadline; Progress / Update / Comments; RAG / Rating / Status; Ref / No.; Area / Theme). A
 * recommendation is a row of its own (one filled cell, merged across: "Recommendation 1: …"), or a
 * column whose cell is filled once and left blank below, or repeated on every row; a plan with no
 * action column prints one recommendation a row, each read as a unit that stands for it (`kind`
 * `recommendation`). An area heading (or an Area column) groups recommendations, and is the
 * recommendation where there is no other. A rating key printed before or after the table is read
 * (`Key: 1 = Fully achieved; …`); a rating no key explains is a warning naming the cell. A header
 * printed again (a new table, or a page) is read again.
 *
 * Ids: as printed in an id column; otherwise recommendations are `R1`, `R2`… in order (or by the
 * number printed in "Recommendation 3: …", "3. …"), and actions `<recommendation number>.<k>`. A row
 * that cannot be read is a warning with its line, never the rejection of the plan.
 *
 * @returns the layout (format `table`).
 * @example
 * const { plan } = loadPlan(csvText, { ...entry, format: "table" });
 */
export function headerTableLayout(options: TableOptions = {}): Layout {
  return {
    format: "table",
    description: "Any plan published as a table (PDF, spreadsheet, Word table, CSV, text), read by its header words.",
    signature: `a header row with an Action or Recommendation column and one other role (roles: ${ROLE_NAMES})`,
    detect: (lines) => {
      for (let i = 0; i < Math.min(lines.length, 2000); i++) if (readHeader(lines[i]!, i + 1, options)) return i + 1;
      return null;
    },
    parse: (ctx) => new TableReader(ctx, options).read(),
    tableDocuments: true,
    forEntry: (entry) => headerTableLayout({ ...entry.table, statusKey: entry.table?.statusKey ?? entry.statusKey }),
    explainMissing: (lines) => ({ ...explainNoHeader(lines), expected: "a table with a header row (format table)" }),
  };
}

/** The reducer: applies each row's kind (see `classifyRow`) to the drafts. */
class TableReader {
  private state: ReaderState = initialState();
  private rec: RecommendationDraft | undefined;
  private action: ActionDraft | undefined;
  private area: string | null = null;
  private sectionDeadline: { text: string; line: number } | null = null;
  private pendingHeading: { text: string; line: number } | null = null;
  private generated = 0;
  private readonly perRec = new Map<string, number>();
  private readonly usedIds = new Set<string>();
  /** For an id used already: the suffix to try next (`R3-2`, `R3-3`…), so repeats cost no search. */
  private readonly nextSuffix = new Map<string, number>();
  private readonly ratings: { action: ActionDraft; line: number }[] = [];
  private shaded = 0;
  /** Actions and recommendation units started. */
  private units = 0;
  /** The plan's key: the one it prints, under the manifest's. */
  private key: Record<string, Status> = {};

  constructor(
    private readonly ctx: ParseContext,
    private readonly options: TableOptions,
  ) {}

  read(): void {
    const { ctx } = this;
    const key = findRatingKey(ctx.lines);
    const keyLines = new Set(key.map((e) => e.line));
    for (const e of key) this.key[e.value] = e.status;
    Object.assign(this.key, this.options.statusKey ?? {});
    ctx.lines.forEach((line, i) => {
      const n = i + 1;
      if (ctx.table?.pageStarts.has(n)) this.state = { ...this.state, pageTop: true };
      const kind = classifyRow(line, n, this.state, this.options, keyLines.has(n), ctx.table?.wide.has(n));
      this.apply(kind, n);
      if (kind.kind !== "blank" && kind.kind !== "header" && kind.kind !== "table-rule")
        this.state = { ...this.state, pageTop: false };
    });
    if (!this.state.header)
      ctx.fail(
        "malformed",
        null,
        `a header row with an Action or Recommendation column and one other role (roles: ${ROLE_NAMES})`,
        "no table found: no line reads as a header row",
      );
    if (this.units === 0) {
      const h = this.state.header!;
      ctx.fail(
        "malformed",
        h.line,
        "rows of actions (or of recommendations) under the header",
        `a table was found (its header at line ${h.line}: ${h.headings.filter((x) => x !== "").join(" | ")}) but no rows under it`,
      );
    }
    if (key.length > 0) ctx.ratingKey?.(key);
    this.checkRatings();
    if (this.shaded > 0)
      ctx.note(
        "info",
        "shaded-rating",
        this.ratings[0]?.line ?? 1,
        `${this.shaded} rating cell${this.shaded === 1 ? "" : "s"} print no text but are shaded: read by their colour ("[cell shaded …]")`,
      );
  }

  private apply(kind: RowKind, n: number): void {
    const { ctx } = this;
    switch (kind.kind) {
      case "blank":
        ctx.ledger.ignore(n, "blank");
        return;
      case "table-rule":
        ctx.ledger.ignore(n, "table-rule");
        return;
      case "rating-key":
        ctx.ledger.use(n, "plan.ratingKey");
        return;
      case "header":
        this.header(kind.header, n);
        return;
      case "before-table":
        if (kind.heading === null) {
          ctx.ledger.ignore(n, "narrative");
          return;
        }
        this.pendingHeading = { text: kind.heading, line: n };
        ctx.ledger.use(n, "recommendation.heading");
        return;
      case "heading":
        this.heading(kind.text, kind.as, n);
        return;
      case "heading-continued":
        this.rec!.addText(kind.text, n);
        return;
      case "empty-row":
        ctx.ledger.ignore(n, "empty-row");
        return;
      case "unread":
        ctx.note("warning", "unread-row", n, "row with no action text before any action: not read");
        return;
      case "continuation":
        this.continuation(kind.row, n, kind.recGoesOn);
        return;
      case "recommendation-cell":
        this.checkWidth(kind.row, n);
        this.recommendationCell(kind.row, n, kind.recGoesOn);
        return;
      case "action":
        this.checkWidth(kind.row, n);
        this.startAction(kind.row, kind.id, kind.numbered, n);
        return;
      case "recommendation-row":
        this.checkWidth(kind.row, n);
        this.startRecommendationRow(kind.row, kind.id, n);
        return;
    }
  }

  /** A row that goes on with the last action (its recommendation cell may start a new recommendation, which has no action yet). */
  private continuation(row: RowCells, n: number, recGoesOn?: boolean): void {
    this.checkWidth(row, n);
    this.recommendationCell(row, n, recGoesOn);
    if (this.action) this.addCells(this.action, row, n);
    else
      this.ctx.note(
        "warning",
        "unread-row",
        n,
        "row starts a recommendation but prints no action text: its other cells were not read",
      );
  }

  private header(found: TableHeader, n: number): void {
    for (const [role, column] of Object.entries(this.options.columns ?? {}))
      if (typeof column === "string" && !found.headings.some((h) => h.toLowerCase() === column.toLowerCase()))
        this.ctx.fail(
          "malformed",
          n,
          `a column headed "${column}" for the role ${role}, as the manifest's table.columns names it (roles: ${ROLE_NAMES})`,
          `the header's columns are ${found.headings.map((h) => `"${h}"`).join(", ")}`,
        );
      else if (typeof column === "number" && column > found.headings.length)
        this.ctx.fail(
          "malformed",
          n,
          `a column ${column} for the role ${role}, as the manifest's table.columns names it (roles: ${ROLE_NAMES})`,
          `the header has ${found.headings.length} columns`,
        );
    const header = profileColumns(found, this.ctx.lines, n, { ...this.options, statusKey: this.key });
    this.state = { ...this.state, header };
    if (this.pendingHeading) {
      this.startRec(this.pendingHeading.text, this.pendingHeading.line);
      this.pendingHeading = null;
    }
    this.ctx.ledger.ignore(n, "column-header");
  }

  private heading(text: string, as: "recommendation" | "area", n: number): void {
    if (as === "recommendation") this.startRec(text, n);
    else {
      this.area = cleanCell(text);
      this.ctx.ledger.use(n, "recommendation.area");
    }
    const deadline = deadlineIn(text);
    if (deadline) this.sectionDeadline = { text: deadline, line: n };
  }

  private startRec(printed: string, line: number, number: number | null = null): RecommendationDraft {
    const parsed = recNumber(printed);
    const n = number ?? parsed.number ?? this.generated + 1;
    this.generated = Math.max(this.generated, n);
    const base = `R${n}`;
    let id = base;
    for (let k = this.nextSuffix.get(base) ?? 2; this.usedIds.has(id); k++) {
      id = `${base}-${k}`;
      this.nextSuffix.set(base, k + 1);
    }
    this.usedIds.add(id);
    const draft = this.ctx.recommendation(id, line, { area: this.area });
    draft.mark(line, "recommendation.id");
    draft.addText(parsed.text === "" ? printed : parsed.text, line);
    this.rec = draft;
    this.action = undefined;
    this.state = { ...this.state, recText: cleanCell(printed), hasRecommendation: true, actionId: null };
    return draft;
  }

  /** A row's recommendation (and area) cell: a new recommendation, more of its text, or its text again. */
  private recommendationCell(row: RowCells, n: number, goesOn = false): void {
    const area = row.at("area");
    if (!isBlank(area)) {
      this.area = cleanCell(area);
      this.ctx.ledger.use(n, "recommendation.area");
    }
    const cell = row.at("recommendation");
    if (isBlank(cell)) return;
    if (cleanCell(cell) === this.state.recText) {
      this.rec?.mark(n, "recommendation.text");
      return;
    }
    const continues =
      this.rec !== undefined &&
      (goesOn ||
        ((this.action === undefined || this.action.kind === "recommendation" || this.state.pageTop) &&
          CONTINUES.test(cleanCell(cell))));
    if (continues) this.rec!.addText(cell, n);
    else this.startRec(cell, n);
  }

  private startAction(row: RowCells, idCell: string, numbered: string | null, n: number): void {
    const { ctx } = this;
    const header = this.state.header!;
    this.recommendationCell(row, n);
    if (!this.rec) {
      this.startRec(idCell && /^\d+/u.test(idCell) ? `R${/^\d+/u.exec(idCell)![0]}` : "R1", n);
      ctx.note(
        "warning",
        "no-recommendation",
        n,
        `action before any recommendation: read under ${this.rec!.id}, whose text is not printed`,
      );
    }
    const rec = this.rec!;
    const k = (this.perRec.get(rec.id) ?? 0) + 1;
    this.perRec.set(rec.id, k);
    const id = idCell !== "" ? idCell : `${rec.id.slice(1)}.${k}`;
    const action = rec.startAction(id);
    this.units++;
    this.action = action;
    this.state = { ...this.state, actionId: id };
    if (idCell !== "") action.add("id", numbered ?? row.at("id"), n);
    this.addCells(action, row, n, numbered);
    if (
      this.options.inheritSectionDeadline &&
      isBlank(row.at("due")) &&
      this.sectionDeadline &&
      header.roles.due !== undefined
    ) {
      action.add("due", this.sectionDeadline.text, this.sectionDeadline.line);
      ctx.note(
        "info",
        "inherited-deadline",
        n,
        `action ${id} has no due cell: takes "${this.sectionDeadline.text}" from its section heading (line ${this.sectionDeadline.line})`,
      );
    }
  }

  /** A plan that prints only recommendations: the recommendation, and the unit that stands for it. */
  private startRecommendationRow(row: RowCells, idCell: string, n: number): void {
    const area = row.at("area");
    if (!isBlank(area)) {
      this.area = cleanCell(area);
      this.ctx.ledger.use(n, "recommendation.area");
    }
    const number = /^\d+$/u.test(idCell) ? Number(idCell) : null;
    const rec = this.startRec(row.at("recommendation"), n, number);
    const id = idCell !== "" ? idCell : rec.id.slice(1);
    const unit = rec.startAction(id, "recommendation");
    this.units++;
    this.action = unit;
    this.state = { ...this.state, actionId: id };
    if (idCell !== "") unit.add("id", row.at("id"), n);
    this.addCells(unit, row, n);
  }

  /**
   * Adds a row's cells to an action: named roles to their fields (a recommendation unit's text is its
   * recommendation's), progress to status, a rating to the rating (an empty shaded rating cell by its
   * colour), the rest as other cells under their headings.
   */
  private addCells(action: ActionDraft, row: RowCells, line: number, numbered: string | null = null): void {
    const header = this.state.header!;
    const { roles } = header;
    const text = roles.action === undefined ? row.at("recommendation") : row.at("action");
    action.add("text", numbered ? cleanCell(text).slice(numbered.length) : text, line);
    for (const [role, field] of [
      ["lead", "lead"],
      ["due", "due"],
    ] as const)
      if (roles[role] !== undefined) action.add(field, row.at(role), line);
    if (roles.rag !== undefined) {
      const cell = row.at("rag");
      if (header.ragIsProse) action.add("status", cell, line);
      else {
        // A shaded cell run over a page break is shaded on both pages: one rating.
        const colour = isBlank(cell) && action.field("rating").text() === "" ? this.shading(line, roles.rag) : null;
        if (colour) this.shaded++;
        action.add("rating", colour ? `[cell shaded ${colour}]` : cell, line);
        if (!isBlank(cell) || colour) this.ratings.push({ action, line });
      }
    }
    if (roles.progress !== undefined) action.add("status", row.at("progress"), line);
    const named = new Set<number>(Object.values(roles));
    row.filled.forEach((k) => {
      if (!named.has(k)) action.addOther(header.headings[k] || `column ${k + 1}`, row.cells[k]!, line);
    });
  }

  /** @returns the rating colour of a cell's shading, from the table document. */
  private shading(line: number, cell: number): string | null {
    const fill = this.ctx.table?.fills.get(line)?.[cell];
    return fill ? shadingColour(fill) : null;
  }

  private checkWidth(row: RowCells, n: number): void {
    const h = this.state.header!;
    if (row.cells.length !== h.headings.length && row.cells.length > 1)
      this.ctx.note(
        "warning",
        "cell-count",
        n,
        `row has ${row.cells.length} cells where its table's header (line ${h.line}) has ${h.headings.length}: cells read by position`,
      );
  }

  /** A rating that neither the plan's key nor the RAG words explain is a warning naming its cell. */
  private checkRatings(): void {
    const { key } = this;
    const told = new Set<ActionDraft>();
    for (const { action, line } of this.ratings) {
      const value = action.field("rating").text();
      if (told.has(action) || value === "" || readRating(value, key) !== null) continue;
      told.add(action);
      this.ctx.note(
        "warning",
        "unexplained-rating",
        line,
        `the rating "${value}" of action ${action.id} is explained by no key the plan prints and is no RAG word or letter: not read (give the plan's key in the manifest's table.statusKey)`,
      );
    }
  }
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

export type { ActionField, TableRole };
