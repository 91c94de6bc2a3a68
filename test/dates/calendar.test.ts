import { describe, expect, it } from "vitest";
import { daysBetween, monthSpan } from "../../packages/core/src/dates/calendar.js";

describe("calendar arithmetic", () => {
  it("counts calendar days across clock changes, month ends and leap days", () => {
    expect(daysBetween("2013-03-30", "2013-04-01")).toBe(2); // British Summer Time starts on the 31st
    expect(daysBetween("2013-10-26", "2013-10-28")).toBe(2); // and ends on the 27th
    expect(daysBetween("2012-02-28", "2012-03-01")).toBe(2);
    expect(daysBetween("2014-01-31", "2013-12-31")).toBe(-31);
  });

  it("spans whole months, February of a leap year included", () => {
    expect(monthSpan(2012, 2)).toEqual({ start: "2012-02-01", end: "2012-02-29" });
    expect(monthSpan(2013, 12)).toEqual({ start: "2013-12-01", end: "2013-12-31" });
  });
});
