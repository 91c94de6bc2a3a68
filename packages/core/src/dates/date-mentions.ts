import { fullYear, isoDay, MAX_YEAR, MIN_YEAR, MONTH_NAME, monthNumber, monthSpan } from "./calendar.js";

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
}

/** A date-like token that is not a real date (31/02/13, a year past 2099), with the reason. */
export interface DateProblem {
  text: string;
  reason: string;
}

const M = `(?:${MONTH_NAME})\\.?`;
const Y = "(\\d{4}|\\d{2})(?!\\d)";
const DASH = "\\s*(?:-|\\u2013|\\u2014|to|and|\\/)\\s*";
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, hint?: number) => Omit<DateMention, "index" | "length"> | DateProblem | null }[] = [
  // 17/9/14, 19.10.12, 11/03/2013 — always day first.
  {
    re: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])/g,
    read: (m) => {
      const iso = isoDay(fullYear(m[3]!), Number(m[2]), Number(m[1]));
      return iso ? { start: iso, end: iso, precision: "day", range: false } : { text: m[0], reason: "not a calendar day" };
    },
  },
  // Oct 12 – Dec 12, Nov 12 – Jan 13: a range of two month-years.
  {
    re: new RegExp(`\\b(${M})\\s*${Y}${DASH}(${M})\\s*${Y}`, "gi"),
    read: (m) => monthRange(m[1]!, m[2]!, m[3]!, m[4]!),
  },
  // Sept-Oct 12, Sept and Oct 12, Sept / Oct (year from the hint).
  {
    re: new RegExp(`\\b(${M})${DASH}(${M})(?:\\s*${Y})?`, "gi"),
    read: (m, hint) => {
      const year = m[3] ?? (hint === undefined ? undefined : String(hint));
      return year === undefined ? null : monthRange(m[1]!, year, m[2]!, year);
    },
  },
  // 3 November 2012, 1 April 2012 — a day with a month name (not the year of a month before it:
  // in "Sept 12 Oct 12" the 12 belongs to Sept).
  {
    re: new RegExp(`(?<!\\b${M}\\s*)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${M})\\s*,?\\s*${Y}`, "gi"),
    read: (m) => {
      const iso = isoDay(fullYear(m[3]!), monthNumber(m[2]!)!, Number(m[1]));
      return iso ? { start: iso, end: iso, precision: "day", range: false } : { text: m[0], reason: "not a calendar day" };
    },
  },
  // February 2013, Feb 13, Feb13, March13 — month and year, never a day.
  {
    re: new RegExp(`\\b(${M})\\s*${Y}`, "gi"),
    read: (m) => monthOf(m[1]!, m[2]!),
  },
  // end of 2013
  {
    re: /\bend of (\d{4})\b/gi,
    read: (m) => yearEnd(Number(m[1])),
  },
  // A capitalised month with no year ("in September"), read in the hint's year. "May" needs a year.
  {
    re: /\b(Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\s*\d)/g,
    read: (m, hint) => (hint === undefined ? null : monthOf(m[1]!, String(hint))),
  },
];

function monthOf(name: string, year: string): Omit<DateMention, "index" | "length"> | DateProblem {
  const y = fullYear(year);
  if (y < MIN_YEAR || y > MAX_YEAR) return { text: `${name} ${year}`, reason: `year outside ${MIN_YEAR}–${MAX_YEAR}` };
  return { ...monthSpan(y, monthNumber(name)!), precision: "month", range: false };
}

function monthRange(m1: string, y1: string, m2: string, y2: string): Omit<DateMention, "index" | "length"> | DateProblem {
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
 * "end of 2013", and — when `yearHint` is given — capitalised month names with no year.
 *
 * @returns the mentions in text order (overlapping matches resolved in favour of the longer), and
 * the date-like tokens that are not valid dates.
 */
export function findDates(text: string, yearHint?: number): { dates: DateMention[]; problems: DateProblem[] } {
  const taken: boolean[] = [];
  const dates: DateMention[] = [];
  const problems: DateProblem[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = [m.index, m.index + m[0].length] as const;
      if (taken.slice(span[0], span[1]).some(Boolean)) continue;
      const found = read(m, yearHint);
      if (!found) continue;
      for (let k = span[0]; k < span[1]; k++) taken[k] = true;
      if ("reason" in found) problems.push(found);
      else dates.push({ ...found, index: m.index, length: m[0].length });
    }
  }
  dates.sort((a, b) => a.index - b.index);
  return { dates, problems };
}
