import { z } from "zod";
import { memoiseByText } from "../text/memoise.js";
import { collapseSpaces } from "../text/clean-cell.js";
import { ArgumentError } from "../errors/argument-error.js";
import { isIsoDate } from "./calendar.js";
import { findDates, type DateMention } from "./find-dates.js";

/**
 * Kinds of due cell:
 * `day`, `month` — one deadline; `range` — a period, due at its end; `milestones` — several dates,
 * due at the latest; `start` — the date by which work must begin ("July 2013 onwards", "wef");
 * `recurring` — repeated work ("Quarterly reports"), with its start month where named;
 * `relative` — "Within 3 months" with no date; `immediate`; `done` — already done when planned;
 * `tbd` — to be determined or confirmed; `none` — empty cell; `unparsed` — fits no rule.
 */
export const DueKindSchema = z.enum([
  "day",
  "month",
  "range",
  "milestones",
  "start",
  "recurring",
  "relative",
  "immediate",
  "done",
  "tbd",
  "none",
  "unparsed",
]);

/** A kind of due cell. */
export type DueKind = z.infer<typeof DueKindSchema>;

/** A parsed due cell. `end` is the deadline lateness is measured against; both ISO or null. */
export const DueDateSchema = z.object({
  raw: z.string(),
  kind: DueKindSchema,
  start: z.iso.date().nullable(),
  end: z.iso.date().nullable(),
  /** "Extension to timescale agreed" is printed in the cell. */
  extensionAgreed: z.boolean(),
  /** Month the extension was agreed in (`YYYY-MM`), where printed. */
  extensionMonth: z
    .string()
    .regex(/^\d{4}-\d{2}$/u)
    .nullable(),
  /** "Remove from plan" is printed in the cell. */
  removed: z.boolean(),
  /** Why the cell is `unparsed`, or a note on a date-like token that was not a date. */
  problem: z.string().nullable(),
});

/** A parsed due cell. */
export type DueDate = z.infer<typeof DueDateSchema>;

const EXTENSION =
  /extension to timescale agreed(?:\s+in)?\s*(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s*(\d{4}|\d{2})(?!\d))?/iu;
const REMOVED = /\bremove(?:d)? from (?:the )?plan\b/iu;
const DONE = /^(?:completed?|done|achieved|in place already|already in place)\b/iu;
const TBD = /\b(?:to be (?:determined|confirmed|agreed|decided)|tbc|tbd|to be advised)\b/iu;
const RECURRING = /\b(?:quarterly|monthly|weekly|fortnightly|annually|annual|yearly|ongoing|on-going)\b/iu;
const START = /\b(?:onwards|wef|w\.e\.f\.?|with effect from|commence[ds]?|commencing|started|starts?|from)\b/iu;
const IMMEDIATE = /\bimmediate(?:ly)?\b/iu;
const RELATIVE = /\b(?:within\s+)?(\d+|one|two|three|six|twelve)\s+(?:months?|weeks?)\b/iu;
const YEAR_ONWARDS = /\b(\d{4})\s+onwards\b/iu;
const PARENTHESES = /\(([^()]*)\)/gu;

/** Options of `parseDue`. */
export interface ParseDueOptions {
  /**
   * The plan's date (ISO). With it, a date more than 10 years before or after is not read as a
   * deadline (the cell is `unparsed`, "30/06/99" in a 2013 plan), and a day printed without a year
   * ("January 14 th") is read in the year nearest to it.
   */
  readonly asOf?: string;
}

/** Plan dates already checked (a corpus has few, each asked for by every action). */
const validDates = new Set<string>();

/** How far from the plan's date a deadline may be before it is taken for a misreading. */
export const PLAUSIBLE_YEARS = 10;

/** Due cells memoised by text within the plan's date ("" for none). */
const readDueMemo = memoiseByText((raw: string, asOf: string) => readDue(raw, asOf === "" ? undefined : asOf));

/**
 * Parses a UK free-text due cell ("February 2013.", "17/9/14", "Oct 12 – Dec 12", "Within 3 months
 * (Jan 13)", "July 2013 onwards.", "Quarterly reports.", "Timescale to be determined …") into a kind
 * and a start/end, following the library's date rules. Words that are not part of the date
 * ("Extension to timescale agreed Jan 13", "Remove from plan") set flags. A cell that fits no rule is
 * `unparsed` with its reason: the parser never guesses a date. Ordinals are days ("December 31st
 * 2013"); given the plan's date, dates more than 10 years from it are `unparsed`.
 *
 * @returns the parsed due date, keeping the raw text.
 * @example
 * parseDue("Oct 12 – Dec 12").end; // "2012-12-31"
 * parseDue("December 31st 2013").kind; // "day"
 * parseDue("30/06/99", { asOf: "2013-09-18" }).kind; // "unparsed"
 */
export function parseDue(raw: string, options: ParseDueOptions = {}): Readonly<DueDate> {
  if (typeof raw !== "string") throw new ArgumentError("raw", "the printed due cell (a string)", raw);
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", "an options object such as { asOf }", options);
  if (validDates.size > 1000) validDates.clear();
  if (
    options.asOf !== undefined &&
    !validDates.has(options.asOf) &&
    !(isIsoDate(options.asOf) && validDates.add(options.asOf))
  )
    throw new ArgumentError("options.asOf", "an ISO date YYYY-MM-DD", options.asOf);
  return readDueMemo(raw, options.asOf);
}

function readDue(raw: string, asOf: string | undefined): DueDate {
  const extension = EXTENSION.exec(raw);
  const extensionAgreed = extension !== null;
  const extensionMonthPrinted = extension?.[1] && extension[2] ? extensionMonth(extension[1], extension[2]) : null;
  const removed = REMOVED.test(raw);
  let text = raw;
  if (extensionAgreed) text = text.replace(EXTENSION, " ");
  if (removed) text = text.replace(REMOVED, " ");
  text = collapseSpaces(text);
  const result: DueResult = (kind, span = null, problem = null) => ({
    raw,
    kind,
    start: span?.start ?? null,
    end: span?.end ?? null,
    extensionAgreed,
    extensionMonth: extensionMonthPrinted,
    removed,
    problem,
  });
  if (text === "") return result("none");
  if (DONE.test(text)) return result("done");
  if (TBD.test(text) || /^(?:timescale|review dates?)\b.*\b(?:determined|confirmed)\b/iu.test(text))
    return result("tbd");
  return fromDates(text, asOf, result);
}

/** Makes a reading of the cell: its kind, the span it names and any problem. */
type DueResult = (kind: DueKind, span?: { start: string; end: string } | null, problem?: string | null) => DueDate;

/** Reads the dates a due cell prints (its words for done, none or to be decided already read). */
function fromDates(text: string, asOf: string | undefined, result: DueResult): DueDate {
  const yearOnwards = YEAR_ONWARDS.exec(text);
  const { dates, problems } = findDates(text, undefined, asOf);
  if (problems.length > 0) return result("unparsed", null, `${problems[0]!.reason}: "${problems[0]!.text}"`);
  const absurd = asOf === undefined ? undefined : dates.find((d) => !plausible(d, asOf));
  if (absurd) {
    const printed = text.slice(absurd.index, absurd.index + absurd.length);
    return result("unparsed", null, `"${printed}" is more than ${PLAUSIBLE_YEARS} years from the plan's date ${asOf}`);
  }
  const inferred = dates.find((d) => d.yearInferred);

  // "Within 3 months (Jan 13)", "During Q3 (by end of December 2013)": the date in brackets is the deadline.
  const bracketed = [...text.matchAll(PARENTHESES)].flatMap((m) => findDates(m[1] ?? "", undefined, asOf).dates);
  if (RELATIVE.test(text) || /\bQ[1-4]\b/u.test(text)) {
    if (bracketed.length === 1) return result("month", bracketed[0]!);
    if (dates.length === 0)
      return RELATIVE.test(text) ? result("relative") : result("unparsed", null, "quarter with no month");
  }
  if (RECURRING.test(text)) return result("recurring", dates[0] ?? null);
  if (START.test(text)) {
    if (dates.length === 1) return result("start", dates[0]!);
    if (dates.length === 0 && yearOnwards)
      return result("start", { start: `${yearOnwards[1]}-01-01`, end: `${yearOnwards[1]}-12-31` });
  }
  if (dates.length === 0) {
    if (IMMEDIATE.test(text)) return result("immediate");
    return result("unparsed", null, "no date or known timescale wording");
  }
  if (dates.length === 1) {
    const [d] = dates as [DateMention];
    const note = inferred ? `no year printed; read in the year nearest the plan's date` : null;
    return result(d.range ? "range" : d.precision === "day" ? "day" : "month", d, note);
  }
  const start = dates.reduce((a, d) => (d.start < a ? d.start : a), dates[0]!.start);
  const end = dates.reduce((a, d) => (d.end > a ? d.end : a), dates[0]!.end);
  return result("milestones", { start, end });
}

function extensionMonth(name: string, year: string): string | null {
  const month = findDates(`${name} ${year}`).dates[0];
  return month ? month.start.slice(0, 7) : null;
}

/** @returns whether a date mention lies within `PLAUSIBLE_YEARS` of the plan's date. */
export function plausible(date: { start: string; end: string }, asOf: string): boolean {
  const year = Number(asOf.slice(0, 4));
  const [low, high] = [`${year - PLAUSIBLE_YEARS}${asOf.slice(4)}`, `${year + PLAUSIBLE_YEARS}${asOf.slice(4)}`];
  return date.end >= low && date.start <= high;
}
