import type { Action, Cell, Recommendation } from "@ofsted-action-plans/core";
import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { LoadError } from "../errors/load-error.js";
import { isBlank } from "../source/cells.js";
import type { LineLedger } from "./line-ledger.js";

/**
 * The printed fragments of one cell, in source order. Most cells have one fragment, kept without a
 * list; a cell continued over lines or pages keeps a list of them.
 * @example
 * const cell = new Fragments();
 * cell.add("Head of", 12);
 * cell.add("Service", 14); // the cell goes on over a page break
 * cell.cell(); // { text: "Head of Service", raw: "Head of\nService" }
 */
export class Fragments {
  private firstText = "";
  private firstPrinted = "";
  /** Every fragment, as read and as printed, once there is more than one. */
  private texts: string[] | null = null;
  private printed: string[] | null = null;

  /**
   * Adds a fragment unless it is blank: `text` as the layout read it (normalised) from line `_line`,
   * `printed` as the document prints it (default: the same). The line is the caller's to record:
   * drafts keep the lines of each record.
   *
   * @returns whether it was added.
   */
  add(text: string, _line: number, printed: string = text): boolean {
    if (isBlank(text)) return false;
    if (this.firstText === "") {
      this.firstText = text;
      this.firstPrinted = printed;
    } else if (this.texts === null || this.printed === null) {
      this.texts = [this.firstText, text];
      this.printed = [this.firstPrinted, printed];
    } else {
      this.texts.push(text);
      this.printed.push(printed);
    }
    return true;
  }

  /** @returns the fragments as printed, joined by "\n". */
  raw(): string {
    return this.printed === null ? this.firstPrinted : this.printed.join("\n");
  }

  /** @returns the cell's text: fragments joined by a space and cleaned. */
  text(): string {
    if (this.firstText === "") return "";
    return cleanCell(this.texts === null ? this.firstText : this.texts.join(" "));
  }

  /** @returns the cell as `{ text, raw }`. */
  cell(): Cell {
    return { text: this.text(), raw: this.raw() };
  }

  /** @returns the text of the last fragment, or "" when there is none. */
  last(): string {
    return this.texts === null ? this.firstText : this.texts[this.texts.length - 1]!;
  }
}

const EMPTY = new Fragments();

/** The named fields of an action that loaders fill. */
export type ActionField = "id" | "text" | "lead" | "due" | "status" | "rating" | "reference" | "crossReferences";

/** The ledger's name of each action field's use of a line. */
const FIELD_USE: Readonly<Record<ActionField, string>> = {
  id: "action.id",
  text: "action.text",
  lead: "action.lead",
  due: "action.due",
  status: "action.status",
  rating: "action.rating",
  reference: "action.reference",
  crossReferences: "action.crossReferences",
};

/** Spans of lines, collected while a record is built (mostly in order, so kept as a list). */
class LineSet {
  private readonly list: number[] = [];
  private ordered = true;
  /** Adds `line`, or every line of the row joined at it. */
  addRow(line: number, ledger: LineLedger): void {
    const row = ledger.joinedRow(line);
    if (row === undefined) this.add(line);
    else for (const l of row) this.add(l);
  }
  add(line: number): void {
    const last = this.list[this.list.length - 1];
    if (last === line) return;
    if (last !== undefined && line < last) this.ordered = false;
    this.list.push(line);
  }
  span(file: string, ledger: LineLedger) {
    const lines = this.ordered ? this.list.slice() : [...new Set(this.list)].sort((a, b) => a - b);
    const pages = ledger.pagesOf(lines);
    return {
      file,
      firstLine: lines[0] ?? 0,
      lastLine: lines[lines.length - 1] ?? 0,
      lines,
      ...(pages ? { pages } : {}),
    };
  }
}

/**
 * @returns the fragments of the other cell headed `heading`, started if new (a cell printed blank is
 * kept, in the order first printed). A heading names a cell in `otherCells`, a plain object:
 * "__proto__" cannot be a key of one (it would be dropped on validation or on reading the JSON back),
 * so it is an error, not a lost cell.
 */
function otherCell(others: Map<string, Fragments>, heading: string, file: string, line: number): Fragments {
  if (heading === "__proto__")
    throw new LoadError(
      "malformed",
      file,
      line,
      "a column heading that can name a cell",
      'a column headed "__proto__"',
    );
  let fragments = others.get(heading);
  if (!fragments) others.set(heading, (fragments = new Fragments()));
  return fragments;
}

/** @returns each other cell as `{ text, raw }`, keyed by its heading, in the order first printed. */
function cellsOf(others: ReadonlyMap<string, Fragments>): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const [heading, fragments] of others) cells[heading] = fragments.cell();
  return cells;
}

/**
 * An action being read: fragments of each field and of other cells, gathered row by row (a row may
 * continue over a page break), then turned into an `Action`.
 * @example
 * const ledger = new LineLedger("plan.txt", ["R1 Improve supervision", "1.1\tAudit supervision records\tHead of Service"]);
 * const draft = new ActionDraft("1.1", "R1", ledger);
 * draft.add("text", "Audit supervision records", 2);
 * draft.add("lead", "Head of Service", 2);
 * draft.build("plan.txt").lead; // "Head of Service"
 */
export class ActionDraft {
  private readonly fields = new Map<ActionField, Fragments>();
  private readonly others = new Map<string, Fragments>();
  private readonly lines = new LineSet();
  /** Whether the layout read a cross-reference cell, even a blank one (its parser is then asked). */
  private crossReferenced = false;

  /**
   * @param kind `recommendation` when the unit stands for a recommendation printed without actions.
   */
  constructor(
    readonly id: string,
    readonly recommendationId: string,
    private readonly ledger: LineLedger,
    readonly kind: "action" | "recommendation" = "action",
  ) {}

  /** Adds a fragment of a named field from `line`. */
  add(field: ActionField, text: string, line: number): void {
    if (field === "crossReferences") this.crossReferenced = true;
    // A named field is read from its fragments alone: a blank one needs no record.
    if (isBlank(text)) return;
    let fragments = this.fields.get(field);
    if (!fragments) this.fields.set(field, (fragments = new Fragments()));
    this.addTo(fragments, FIELD_USE[field], text, line);
  }

  /** Adds a fragment of another cell, keyed by its printed heading. */
  addOther(heading: string, text: string, line: number): void {
    this.addTo(otherCell(this.others, heading, this.ledger.file, line), "action.other", text, line);
  }

  /** @returns the fragments of a named field so far. */
  field(field: ActionField): Fragments {
    return this.fields.get(field) ?? new Fragments();
  }

  /** @returns the fragments of another cell so far. */
  other(heading: string): Fragments {
    return this.others.get(heading) ?? new Fragments();
  }

  /** Builds the action; `crossReferences` parses the collected cross-reference text. */
  build(file: string, crossReferences: (raw: string) => string[] = () => []): Action {
    const f = (k: ActionField) => this.fields.get(k) ?? EMPTY;
    return {
      id: this.id,
      recommendationId: this.recommendationId,
      text: f("text").text(),
      lead: f("lead").text(),
      dueRaw: f("due").text(),
      statusRaw: f("status").text(),
      ratingRaw: f("rating").text(),
      kind: this.kind,
      reference: f("reference").text(),
      crossReferences: this.crossReferenced ? crossReferences(f("crossReferences").text()) : [],
      raw: {
        id: f("id").raw(),
        text: f("text").raw(),
        lead: f("lead").raw(),
        due: f("due").raw(),
        status: f("status").raw(),
        rating: f("rating").raw(),
        reference: f("reference").raw(),
        crossReferences: f("crossReferences").raw(),
      },
      otherCells: cellsOf(this.others),
      source: this.lines.span(file, this.ledger),
    };
  }

  private addTo(fragments: Fragments, ledgerField: string, text: string, line: number): void {
    if (fragments.add(text, line, this.ledger.printed(line, text))) {
      this.lines.addRow(line, this.ledger);
      this.ledger.use(line, ledgerField);
    }
  }
}

/**
 * A recommendation being read, with its actions.
 * @example
 * const ledger = new LineLedger("plan.txt", ["R1 Improve supervision", "1.1\tAudit supervision records"]);
 * const rec = new RecommendationDraft("R1", ledger);
 * rec.addText("Improve supervision", 1);
 * rec.startAction("1.1").add("text", "Audit supervision records", 2);
 * rec.build("plan.txt").actions[0]?.source.lines; // [2]
 */
export class RecommendationDraft {
  readonly actions: ActionDraft[] = [];
  private readonly textFragments = new Fragments();
  private readonly others = new Map<string, Fragments>();
  private readonly lines = new LineSet();

  constructor(
    readonly id: string,
    private readonly ledger: LineLedger,
    readonly timeframe: string | null = null,
    readonly area: string | null = null,
  ) {}

  /** Adds a fragment of the recommendation text from `line`. */
  addText(text: string, line: number): void {
    if (this.textFragments.add(text, line, this.ledger.printed(line, text))) this.mark(line, "recommendation.text");
  }

  /** Adds a fragment of another printed part (an outcome block, say), keyed by heading. */
  addOther(heading: string, text: string, line: number): void {
    const fragments = otherCell(this.others, heading, this.ledger.file, line);
    if (fragments.add(text, line, this.ledger.printed(line, text))) this.mark(line, "recommendation.other");
  }

  /** Records that `line` carried structure of this recommendation (its number, its timescale). */
  mark(line: number, field: string): void {
    this.lines.addRow(line, this.ledger);
    this.ledger.use(line, field);
  }

  /** Starts a new action of this recommendation (or the unit that stands for it, `kind` `recommendation`). */
  startAction(id: string, kind: "action" | "recommendation" = "action"): ActionDraft {
    const action = new ActionDraft(id, this.id, this.ledger, kind);
    this.actions.push(action);
    return action;
  }

  /** @returns the last action started, if any. */
  lastAction(): ActionDraft | undefined {
    return this.actions[this.actions.length - 1];
  }

  /** @returns whether any text has been read for it. */
  hasText(): boolean {
    return this.textFragments.raw() !== "";
  }

  /** Builds the recommendation and its actions. */
  build(file: string, crossReferences?: (raw: string) => string[]): Recommendation {
    return {
      id: this.id,
      text: this.textFragments.text(),
      timeframe: this.timeframe,
      area: this.area,
      raw: { text: this.textFragments.raw() },
      otherCells: cellsOf(this.others),
      source: this.lines.span(file, this.ledger),
      actions: this.actions.map((a) => a.build(file, crossReferences)),
    };
  }
}
