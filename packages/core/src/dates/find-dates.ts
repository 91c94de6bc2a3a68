import { daysBetween, fullYear, isoDay, MAX_YEAR, MIN_YEAR, MONTH_NAME, monthNumber, monthSpan } from "./calendar.js";

/** A date printed in free text: its span, precision and where it stands in the text. */
export interface DateMention {
  start: string;
  end: string;
  precision: "day" | "month" | "year";
  /** Offset and length of the matched text. */
  index: number;
  length: number;
  /** True when two dates joined by a dash or "and" ("Oct 12 – Dec 12", "Sept-Oct 12"). */
  range: boolean;
  /** True when no year was printed and the year was taken from the hint ("January 14 th"). */
  yearInferred?: boolean;
}

/** A date-like token that is not a real date (31/02/13, a year past 2099), with the reason. */
export interface DateProblem {
  text: string;
  reason: string;
}

const M = `(?:${MONTH_NAME})\\.?`;
/** A printed year: four digits, or two (20yy); never the day of an ordinal ("31st"). */
const Y = "(\\d{4}|\\d{2})(?!\\d|\\s?(?:st|nd|rd|th)\\b)";
/** An ordinal suffix, possibly printed apart from its number ("14 th"). */
const ORDINAL = "\\s?(?:st|nd|rd|th)\\b";
const DASH = "\\s*(?:-|\\u2013|\\u2014|to|and|\\/)\\s*";
type Read = (
  m: RegExpExecArray,
  hint?: number,
  ordinalHint?: string,
) => Omit<DateMention, "index" | "length"> | DateProblem | null;
/** What a pattern cannot match without: a digit, a month name, or both (so most texts skip most patterns). */
type Needs = "digit" | "month" | "both";
const PATTERNS: { re: RegExp; needs: Needs; read: Read }[] = [
  // 17/9/14, 19.10.12, 11/03/2013 — always day first.
  {
    needs: "digit",
    re: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])/g,
    read: (m) => {
      const iso = isoDay(fullYear(m[3]!), Number(m[2]), Number(m[1]));
      return iso
        ? { start: iso, end: iso, precision: "day", range: false }
        : { text: m[0], reason: "not a calendar day" };
    },
  },
  // Oct 12 – Dec 12, Nov 12 – Jan 13: a range of two month-years.
  {
    needs: "both",
    re: new RegExp(`\\b(${M})\\s*${Y}${DASH}(${M})\\s*${Y}`, "gi"),
    read: (m) => monthRange(m[1]!, m[2]!, m[3]!, m[4]!),
  },
  // Sept 12 – Mar 1: the end's year is cut short; the end month is read in the first year not before
  // the start, so the range keeps both ends.
  {
    needs: "both",
    re: new RegExp(`\\b(${M})\\s*${Y}${DASH}(${M})\\s*(\\d)(?![\\d/.])(?!${ORDINAL})`, "gi"),
    read: (m) => {
      const from = monthOf(m[1]!, m[2]!);
      if ("reason" in from) return from;
      const startYear = Number(from.start.slice(0, 4));
      const endMonth = monthNumber(m[3]!)!;
      const year = endMonth >= Number(from.start.slice(5, 7)) ? startYear : startYear + 1;
      return { start: from.start, end: monthSpan(year, endMonth).end, precision: "month", range: true };
    },
  },
  // December 31st 2013, June 30th, 2013, January 14 th, December 31 2013: a month, then a day (an
  // ordinal is always a day); with no year printed, the year comes from the ordinal hint.
  {
    needs: "both",
    re: new RegExp(
      `\\b(${M})\\s*(\\d{1,2})(?:${ORDINAL},?\\s*(?:(\\d{4}|\\d{2})(?!\\d))?|,?\\s+(\\d{4})(?!\\d))`,
      "gi",
    ),
    read: (m, _hint, ordinalHint) => {
      const printed = m[3] ?? m[4];
      const month = monthNumber(m[1]!)!;
      const day = Number(m[2]);
      const year = printed === undefined ? nearestYear(month, day, ordinalHint) : fullYear(printed);
      if (year === null) return null;
      const iso = isoDay(year, month, day);
      return iso
        ? { start: iso, end: iso, precision: "day", range: false, yearInferred: printed === undefined }
        : { text: m[0], reason: "not a calendar day" };
    },
  },
  // Sept-Oct 12, Sept and Oct 12, Sept / Oct (year from the hint).
  {
    needs: "month",
    re: new RegExp(`\\b(${M})${DASH}(${M})(?:\\s*${Y})?`, "gi"),
    read: (m, hint) => {
      const year = m[3] ?? (hint === undefined ? undefined : String(hint));
      return year === undefined ? null : monthRange(m[1]!, year, m[2]!, year);
    },
  },
  // 3 November 2012, 1 April 2012 — a day with a month name (not the year of a month before it:
  // in "Sept 12 Oct 12" the 12 belongs to Sept).
  {
    needs: "both",
    re: new RegExp(`(?<!\\b${M}\\s*)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${M})\\s*,?\\s*${Y}`, "gi"),
    read: (m) => {
      const iso = isoDay(fullYear(m[3]!), monthNumber(m[2]!)!, Number(m[1]));
      return iso
        ? { start: iso, end: iso, precision: "day", range: false }
        : { text: m[0], reason: "not a calendar day" };
    },
  },
  // February 2013, Feb 13, Feb13, March13 — month and year, never a day.
  {
    needs: "both",
    re: new RegExp(`\\b(${M})\\s*${Y}`, "gi"),
    read: (m) => monthOf(m[1]!, m[2]!),
  },
  // end of 2013
  {
    needs: "digit",
    re: /\bend of (\d{4})\b/gi,
    read: (m) => yearEnd(Number(m[1])),
  },
  // A capitalised month with no year ("in September"), read in the hint's year. "May" needs a year.
  {
    needs: "month",
    re: /\b(Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\s*\d)/g,
    read: (m, hint) => (hint === undefined ? null : monthOf(m[1]!, String(hint))),
  },
];

/**
 * The year of a day printed without one ("January 14 th"): the one that puts it nearest to `near`
 * (an ISO date, e.g. the plan's date); null when there is nothing to anchor it.
 */
function nearestYear(month: number, day: number, near: string | undefined): number | null {
  if (near === undefined) return null;
  const year = Number(near.slice(0, 4));
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const iso = isoDay(y, month, day);
    if (iso === null) continue;
    const distance = Math.abs(daysBetween(near, iso));
    if (distance < bestDistance) [best, bestDistance] = [y, distance];
  }
  return best;
}

function monthOf(name: string, year: string): Omit<DateMention, "index" | "length"> | DateProblem {
  const y = fullYear(year);
  if (y < MIN_YEAR || y > MAX_YEAR) return { text: `${name} ${year}`, reason: `year outside ${MIN_YEAR}–${MAX_YEAR}` };
  const { start, end } = monthSpan(y, monthNumber(name)!);
  return { start, end, precision: "month", range: false };
}

/** @returns whether any of `from`…`to` (exclusive) is taken. */
function overlaps(taken: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k] === 1) return true;
  return false;
}

/** A month name or abbreviation at the start of a word: every pattern but two needs one. */
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_NAME})`, "iu");

function monthRange(
  m1: string,
  y1: string,
  m2: string,
  y2: string,
): Omit<DateMention, "index" | "length"> | DateProblem {
  const from = monthOf(m1, y1);
  const to = monthOf(m2, y2);
  if ("reason" in from) return from;
  if ("reason" in to) return to;
  if (to.end < from.start) return { text: `${m1} ${y1} – ${m2} ${y2}`, reason: "range ends before it starts" };
  return { start: from.start, end: to.end, precision: "month", range: true };
}

function yearEnd(year: number): Omit<DateMention, "index" | "length"> | DateProblem {
  if (year < MIN_YEAR || year > MAX_YEAR) return { text: String(year), reason: `year outside ${MIN_YEAR}–${MAX_YEAR}` };
  return { start: `${year}-12-01`, end: `${year}-12-31`, precision: "month", range: false };
}

/**
 * Finds the dates printed in a text, UK style: day-first numeric dates, month names with two- or
 * four-digit years (two-digit years are 20yy; "Feb 13" is February 2013, never a day), month ranges,
 * "end of 2013", and — when `yearHint` is given — capitalised month names with no year. An ordinal is
 * always a day ("December 31st 2013", "30th June 2013"); a month and day printed with no year
 * ("January 14 th") is read in the year that puts it nearest to `ordinalHint` (an ISO date), and is
 * not read at all without one.
 *
 * @returns the mentions in text order (overlapping matches resolved in favour of the longer), and
 * the date-like tokens that are not valid dates.
 * @example
 * findDates("Oct 12 – Dec 12, then March 2013").dates.map((d) => d.end); // ["2012-12-31", "2013-03-31"]
 */
export function findDates(
  text: string,
  yearHint?: number,
  ordinalHint?: string,
): { dates: DateMention[]; problems: DateProblem[] } {
  const digit = /\d/u.test(text);
  const month = MONTH_WORD.test(text);
  if (!digit && !month) return { dates: [], problems: [] };
  const taken = new Uint8Array(text.length);
  const dates: DateMention[] = [];
  const problems: DateProblem[] = [];
  for (const { re, needs, read } of PATTERNS) {
    if ((needs !== "month" && !digit) || (needs !== "digit" && !month)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [from, to] = [m.index, m.index + m[0].length];
      if (overlaps(taken, from, to)) continue;
      const found = read(m, yearHint, ordinalHint);
      if (!found) continue;
      taken.fill(1, from, to);
      if ("reason" in found) problems.push(found);
      else
        dates.push({
          start: found.start,
          end: found.end,
          precision: found.precision,
          index: from,
          length: to - from,
          range: found.range,
          ...(found.yearInferred === undefined ? {} : { yearInferred: found.yearInferred }),
        });
    }
  }
  dates.sort((a, b) => a.index - b.index);
  return { dates, problems };
}
