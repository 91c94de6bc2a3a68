import { parseDue } from "@ofsted-action-plans/core";
import { describe, expect, it } from "vitest";
import { daysBetween, monthSpan } from "../../packages/core/src/dates/calendar.js";

/** [raw, kind, start, end] — every example cell of the date rules, plus odd inputs. */
const CASES: [string, string, string | null, string | null][] = [
  ["February 2013.", "month", "2013-02-01", "2013-02-28"],
  ["Feb 13", "month", "2013-02-01", "2013-02-28"],
  ["Feb13", "month", "2013-02-01", "2013-02-28"],
  ["Feb 2013", "month", "2013-02-01", "2013-02-28"],
  ["17/9/14", "day", "2014-09-17", "2014-09-17"],
  ["By 19.10.12", "day", "2012-10-19", "2012-10-19"],
  ["End of April 2013.", "month", "2013-04-01", "2013-04-30"],
  ["Oct 12 \u2013 Dec 12", "range", "2012-10-01", "2012-12-31"],
  ["Sept-Oct 12", "range", "2012-09-01", "2012-10-31"],
  ["Oct-Dec 12", "range", "2012-10-01", "2012-12-31"],
  ["Sept and Oct 12", "range", "2012-09-01", "2012-10-31"],
  ["Sept 12 Oct 12 Dec 12", "milestones", "2012-09-01", "2012-12-31"],
  ["Stage 1 \u2013 Nov 12 Stage 2 \u2013 March 13", "milestones", "2012-11-01", "2013-03-31"],
  ["31/10/14 March 2015", "milestones", "2014-10-31", "2015-03-31"],
  ["Feb 13 March 13 Dec 12", "milestones", "2012-12-01", "2013-03-31"],
  ["Within 3 months (Jan 13)", "month", "2013-01-01", "2013-01-31"],
  ["3 months (Jan 13)", "month", "2013-01-01", "2013-01-31"],
  ["Within 3 months", "relative", null, null],
  ["Within 6 months", "relative", null, null],
  ["Immediate", "immediate", null, null],
  ["Immediate Dec 12", "month", "2012-12-01", "2012-12-31"],
  ["July 2013 onwards.", "start", "2013-07-01", "2013-07-31"],
  ["To commence wef April 2013.", "start", "2013-04-01", "2013-04-30"],
  ["Programme started May 2012", "start", "2012-05-01", "2012-05-31"],
  ["2012 onwards", "start", "2012-01-01", "2012-12-31"],
  ["Report to CMT in April 2013.", "month", "2013-04-01", "2013-04-30"],
  ["Draft for Health & Wellbeing Board July 2013.", "month", "2013-07-01", "2013-07-31"],
  ["For SLSCB Development Day in June 2013.", "month", "2013-06-01", "2013-06-30"],
  ["September 2013 (end of Q2 reporting period).", "month", "2013-09-01", "2013-09-30"],
  ["During Q3 (by end of December 2013).", "month", "2013-12-01", "2013-12-31"],
  ["Completed.", "done", null, null],
  ["In place already as part of existing case file audit tool and reporting process.", "done", null, null],
  ["Quarterly reports.", "recurring", null, null],
  ["Quarterly contract monitoring, wef August 2013 onwards.", "recurring", "2013-08-01", "2013-08-31"],
  ["Timescale to be determined following CMT discussion.", "tbd", null, null],
  ["To be confirmed - dependent on new national data collection arrangements via the CIN Census.", "tbd", null, null],
  ["Review dates to be confirmed.", "tbd", null, null],
  ["", "none", null, null],
  // Odd inputs.
  ["TBC", "tbd", null, null],
  ["31/02/13", "unparsed", null, null],
  ["Nov 13", "month", "2013-11-01", "2013-11-30"],
  ["Nov 12", "month", "2012-11-01", "2012-11-30"],
  ["March 2100", "unparsed", null, null],
  ["Dec 2013 \u2013 Oct 2013", "unparsed", null, null],
  ["when resources allow", "unparsed", null, null],
  ["Q4", "unparsed", null, null],
];

/** [raw, asOf, kind, start, end]: ordinals are days, and dates far from the plan's date are suspect. */
const WITH_AS_OF: [string, string, string, string | null, string | null][] = [
  ["December 31st 2013", "2013-09-18", "day", "2013-12-31", "2013-12-31"],
  ["June 30th 2013", "2013-09-18", "day", "2013-06-30", "2013-06-30"],
  ["June 30th, 2013", "2013-09-18", "day", "2013-06-30", "2013-06-30"],
  ["30th June 2013", "2013-09-18", "day", "2013-06-30", "2013-06-30"],
  ["January 14 th", "2012-09-28", "day", "2013-01-14", "2013-01-14"],
  ["January 14 th", "2013-03-31", "day", "2013-01-14", "2013-01-14"],
  ["1st April 2013", "2013-09-18", "day", "2013-04-01", "2013-04-01"],
  ["30/06/99", "2013-09-18", "unparsed", null, null],
  ["March 2030", "2013-09-18", "unparsed", null, null],
  ["March 2023", "2013-09-18", "month", "2023-03-01", "2023-03-31"],
  ["Sept 12 \u2013 Mar 1", "2012-09-28", "range", "2012-09-01", "2013-03-31"],
  ["Oct 12 \u2013 Dec 12", "2012-09-28", "range", "2012-10-01", "2012-12-31"],
];

describe("parseDue with the plan's date", () => {
  it.each(WITH_AS_OF)("%j (plan of %s) → %s %s..%s", (raw, asOf, kind, start, end) => {
    expect(parseDue(raw, { asOf })).toMatchObject({ raw, kind, start, end });
  });

  it("says why a far date is not read", () => {
    expect(parseDue("30/06/99", { asOf: "2013-09-18" }).problem).toMatch(/more than 10 years/u);
  });

  it("rejects a plan date that is not a date", () => {
    expect(() => parseDue("May 2013", { asOf: "2013-02-30" })).toThrow(/options\.asOf/u);
  });
});

describe("parseDue", () => {
  it.each(CASES)("%j → %s %s..%s", (raw, kind, start, end) => {
    expect(parseDue(raw)).toMatchObject({ raw, kind, start, end });
  });

  it("reads 'Mon yy' as month and year, never as a day", () => {
    expect(parseDue("July 12 Dec 12")).toMatchObject({ kind: "milestones", start: "2012-07-01", end: "2012-12-31" });
  });

  it("sets the extension flag, with its month, outside the due date", () => {
    expect(parseDue("Oct 12- Dec 12 Extension to timescale agreed Jan13")).toMatchObject({
      kind: "range",
      start: "2012-10-01",
      end: "2012-12-31",
      extensionAgreed: true,
      extensionMonth: "2013-01",
    });
    expect(parseDue("Jan 13 Extension to timescale agreed")).toMatchObject({
      kind: "month",
      end: "2013-01-31",
      extensionAgreed: true,
      extensionMonth: null,
    });
  });

  it("sets the removed flag and keeps the date", () => {
    expect(parseDue("Feb 13 Remove from plan")).toMatchObject({ kind: "month", end: "2013-02-28", removed: true });
  });

  it("says why a cell is unparsed, never guessing a date", () => {
    expect(parseDue("31/02/13").problem).toMatch(/not a calendar day/u);
    expect(parseDue("March 2100").problem).toMatch(/year outside/u);
    expect(parseDue("when resources allow").problem).toMatch(/no date/u);
  });
});

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
