import { formatISO } from "date-fns/formatISO";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { isValid } from "date-fns/isValid";

/** Years the parsers accept; anything outside is rejected as a misreading. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2099;

/** @returns the ISO date `YYYY-MM-DD` of a calendar day, or null if the day does not exist (31/02). */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return iso(year, month, day);
}

/** `YYYY-MM-DD` of a year, month and day already known to exist. */
const iso = (year: number, month: number, day: number) =>
  `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;

/** @returns whether `value` is an ISO date `YYYY-MM-DD` of a day that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8)));
  return isValid(date) && formatISO(date, { representation: "date" }) === value;
}

/** @returns the first and last ISO day of a month. */
export function monthSpan(year: number, month: number): { start: string; end: string } {
  return { start: iso(year, month, 1), end: iso(year, month, getDaysInMonth(new Date(year, month - 1, 1))) };
}

/**
 * @returns `later − earlier` in calendar days, for ISO dates: counted on the UTC calendar, so no
 * clock change can make a day 23 or 25 hours long.
 */
export function daysBetween(earlier: string, later: string): number {
  return (epochDay(later) - epochDay(earlier)) | 0;
}

const epochDay = (isoDate: string) =>
  Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;

/** @returns a two- or four-digit printed year as a full year: two-digit years are 20yy. */
export function fullYear(printed: string): number {
  const n = Number(printed);
  return printed.length <= 2 ? 2000 + n : n;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** A regular-expression alternative matching English month names and their usual abbreviations. */
export const MONTH_NAME =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

/** @returns the month number (1–12) of a month name or abbreviation, or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/u, "")] ?? null;
}
