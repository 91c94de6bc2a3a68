import { findDates } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";

/** `findDates`: every date a cell prints, with its span, precision and place in the text. */
describe("findDates", () => {
  const spans = (text: string, asOf?: string) =>
    findDates(text, undefined, asOf).dates.map((d) => [d.start, d.end, d.precision, d.range]);

  it("reads a month and year as the whole month", () => {
    expect(findDates("March 2014").dates).toEqual([
      { start: "2014-03-01", end: "2014-03-31", precision: "month", index: 0, length: 10, range: false },
    ]);
  });

  it("reads a day written with slashes, and says where it is printed", () => {
    expect(findDates("by 31/03/2014").dates).toEqual([
      { start: "2014-03-31", end: "2014-03-31", precision: "day", index: 3, length: 10, range: false },
    ]);
  });

  it("reads a span of months as one range from the first month's start to the last's end", () => {
    expect(spans("Jan - Mar 2014")).toEqual([["2014-01-01", "2014-03-31", "month", true]]);
  });

  it("reads a two-digit year after an abbreviated month", () => {
    expect(spans("Sept 13")).toEqual([["2013-09-01", "2013-09-30", "month", false]]);
  });

  it("reports a day that is not in the calendar as a problem, not a date", () => {
    expect(findDates("31 February 2014")).toEqual({
      dates: [],
      problems: [{ text: "31 February 2014", reason: "not a calendar day" }],
    });
  });

  it("finds nothing in words with no date", () => {
    expect(findDates("ongoing")).toEqual({ dates: [], problems: [] });
  });
});
