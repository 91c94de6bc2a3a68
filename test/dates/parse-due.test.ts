import { ArgumentError, type DueDate, DueDateSchema, parseDue } from "@ofsted-action-plans/core";
import { corpus } from "../helpers/corpus.js";
import { describe, expect, it } from "vitest";

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

/** The whole parsed cell: every field asserted, so a note or flag that changes is seen. */
const cell = (raw: string, kind: DueDate["kind"], more: Partial<DueDate> = {}): DueDate => ({
  raw,
  kind,
  start: null,
  end: null,
  extensionAgreed: false,
  extensionMonth: null,
  removed: false,
  problem: null,
  ...more,
});
const span = (start: string, end: string) => ({ start, end });

describe("parseDue, one case per alternative of the grammar", () => {
  it.each([["Complete"], ["Completed"], ["Done"], ["Achieved"], ["In place already"], ["Already in place"]])(
    "%j is done when planned",
    (raw) => {
      expect(parseDue(raw)).toEqual(cell(raw, "done"));
    },
  );

  it("reads 'completion' as no done word", () => {
    expect(parseDue("Completion by March")).toEqual(
      cell("Completion by March", "unparsed", { problem: "no date or known timescale wording" }),
    );
  });

  it.each([
    ["To be determined"],
    ["to be confirmed"],
    ["To be agreed"],
    ["to be decided"],
    ["TBC"],
    ["TBD"],
    ["To be advised"],
    ["Timescale determined by the review"],
    ["Review dates confirmed at panel"],
  ])("%j is to be determined", (raw) => {
    expect(parseDue(raw)).toEqual(cell(raw, "tbd"));
  });

  it.each([
    ["Quarterly"],
    ["Monthly"],
    ["Weekly"],
    ["Fortnightly"],
    ["Annually"],
    ["Annual report"],
    ["Yearly"],
    ["Ongoing"],
    ["On-going"],
  ])("%j is recurring, with no date", (raw) => {
    expect(parseDue(raw)).toEqual(cell(raw, "recurring"));
  });

  it("a recurring cell keeps the month it starts in", () => {
    expect(parseDue("Quarterly from April 2013")).toEqual(
      cell("Quarterly from April 2013", "recurring", span("2013-04-01", "2013-04-30")),
    );
  });

  it.each([
    ["July 2013 onwards"],
    ["wef July 2013"],
    ["w.e.f. July 2013"],
    ["With effect from July 2013"],
    ["Commence July 2013"],
    ["Commenced July 2013"],
    ["Commences July 2013"],
    ["Commencing July 2013"],
    ["Started July 2013"],
    ["Start July 2013"],
    ["Starts July 2013"],
    ["From July 2013"],
  ])("%j is a start date", (raw) => {
    expect(parseDue(raw)).toEqual(cell(raw, "start", span("2013-07-01", "2013-07-31")));
  });

  it("a start with two dates is the span between them; a start word alone is no date", () => {
    expect(parseDue("From May 2013 to July 2013")).toEqual(
      cell("From May 2013 to July 2013", "start", span("2013-05-01", "2013-07-31")),
    );
    expect(parseDue("2014 onwards")).toEqual(cell("2014 onwards", "start", span("2014-01-01", "2014-12-31")));
    expect(parseDue("Onwards")).toEqual(cell("Onwards", "unparsed", { problem: "no date or known timescale wording" }));
  });

  it.each([["Immediate"], ["Immediately"]])("%j is immediate", (raw) => {
    expect(parseDue(raw)).toEqual(cell(raw, "immediate"));
  });

  it.each([
    ["Within 3 months"],
    ["within one month"],
    ["two weeks"],
    ["Within six months"],
    ["twelve months"],
    ["three months"],
  ])("%j is relative, with no date", (raw) => {
    expect(parseDue(raw)).toEqual(cell(raw, "relative"));
  });

  it("a relative or quarter cell is due at the one date in its brackets, or at its own date", () => {
    expect(parseDue("Within 3 months (Jan 13)")).toEqual(
      cell("Within 3 months (Jan 13)", "month", span("2013-01-01", "2013-01-31")),
    );
    expect(parseDue("Within 3 months of March 2013")).toEqual(
      cell("Within 3 months of March 2013", "month", span("2013-03-01", "2013-03-31")),
    );
    expect(parseDue("Within 3 months (Jan 13) (Feb 13)")).toEqual(
      cell("Within 3 months (Jan 13) (Feb 13)", "milestones", span("2013-01-01", "2013-02-28")),
    );
  });

  it.each([["Q3"], ["Q3 2013"]])("%j, a quarter with no month, is not guessed", (raw) => {
    expect(parseDue(raw)).toEqual(cell(raw, "unparsed", { problem: "quarter with no month" }));
  });

  it("a single date is a day, a month or a range; several are milestones, due at the latest", () => {
    expect(parseDue("17/9/14")).toEqual(cell("17/9/14", "day", span("2014-09-17", "2014-09-17")));
    expect(parseDue("February 2013.")).toEqual(cell("February 2013.", "month", span("2013-02-01", "2013-02-28")));
    expect(parseDue("Oct 12 \u2013 Dec 12")).toEqual(
      cell("Oct 12 \u2013 Dec 12", "range", span("2012-10-01", "2012-12-31")),
    );
    expect(parseDue("Sept 12 Oct 12 Dec 12")).toEqual(
      cell("Sept 12 Oct 12 Dec 12", "milestones", span("2012-09-01", "2012-12-31")),
    );
  });

  it("an empty cell, or one holding only flags, is none", () => {
    expect(parseDue("")).toEqual(cell("", "none"));
    expect(parseDue("   ")).toEqual(cell("   ", "none"));
    expect(parseDue("Remove from plan")).toEqual(cell("Remove from plan", "none", { removed: true }));
    expect(parseDue("Extension to timescale agreed")).toEqual(
      cell("Extension to timescale agreed", "none", { extensionAgreed: true }),
    );
  });

  it("says which date is not a calendar day", () => {
    expect(parseDue("31/02/2013")).toEqual(
      cell("31/02/2013", "unparsed", { problem: 'not a calendar day: "31/02/2013"' }),
    );
  });
});

describe("parseDue's flags", () => {
  it.each([
    ["jan", "01"],
    ["January", "01"],
    ["feb", "02"],
    ["February", "02"],
    ["mar", "03"],
    ["March", "03"],
    ["apr", "04"],
    ["April", "04"],
    ["May", "05"],
    ["jun", "06"],
    ["June", "06"],
    ["jul", "07"],
    ["July", "07"],
    ["aug", "08"],
    ["August", "08"],
    ["sep", "09"],
    ["Sept", "09"],
    ["September", "09"],
    ["oct", "10"],
    ["October", "10"],
    ["nov", "11"],
    ["November", "11"],
    ["dec", "12"],
    ["December", "12"],
  ])("an extension agreed in %s is that month, and the due date stays the cell's own", (month, mm) => {
    const raw = `May 2013 Extension to timescale agreed in ${month} 2013`;
    expect(parseDue(raw)).toEqual(
      cell(raw, "month", { ...span("2013-05-01", "2013-05-31"), extensionAgreed: true, extensionMonth: `2013-${mm}` }),
    );
  });

  it("reads a two-digit year of an extension, and no month from a longer number", () => {
    expect(parseDue("Extension to timescale agreed Jan 13")).toEqual(
      cell("Extension to timescale agreed Jan 13", "none", { extensionAgreed: true, extensionMonth: "2013-01" }),
    );
    expect(parseDue("Extension to timescale agreed Jan 131")).toEqual(
      cell("Extension to timescale agreed Jan 131", "unparsed", {
        extensionAgreed: true,
        problem: "no date or known timescale wording",
      }),
    );
  });

  it("'removed from the plan' keeps the date beside the flag", () => {
    expect(parseDue("June 2013 - removed from the plan")).toEqual(
      cell("June 2013 - removed from the plan", "month", { ...span("2013-06-01", "2013-06-30"), removed: true }),
    );
  });
});

describe("parseDue's window around the plan's date", () => {
  const asOf = "2013-09-18";
  const far = (raw: string) => `"${raw}" is more than 10 years from the plan's date ${asOf}`;
  it.each([
    ["18/09/2003", cell("18/09/2003", "day", span("2003-09-18", "2003-09-18"))],
    ["17/09/2003", cell("17/09/2003", "unparsed", { problem: far("17/09/2003") })],
    ["18/09/2023", cell("18/09/2023", "day", span("2023-09-18", "2023-09-18"))],
    ["19/09/2023", cell("19/09/2023", "unparsed", { problem: far("19/09/2023") })],
    ["September 2003", cell("September 2003", "month", span("2003-09-01", "2003-09-30"))],
    ["August 2003", cell("August 2003", "unparsed", { problem: far("August 2003") })],
  ])("%j, on either side of ten years", (raw, expected) => {
    expect(parseDue(raw, { asOf })).toEqual(expected);
  });

  it("a day with no year is read in the year nearest the plan's date, and says so", () => {
    expect(parseDue("January 14th", { asOf })).toEqual(
      cell("January 14th", "day", {
        ...span("2014-01-14", "2014-01-14"),
        problem: "no year printed; read in the year nearest the plan's date",
      }),
    );
  });

  it("names the argument that is wrong", () => {
    for (const [call, argument] of [
      [() => parseDue(42 as never), "raw"],
      [() => parseDue("May 2013", null as never), "options"],
      [() => parseDue("May 2013", { asOf: "18/09/2013" }), "options.asOf"],
    ] as const) {
      expect(call).toThrow(ArgumentError);
      try {
        call();
      } catch (error) {
        expect((error as ArgumentError).argument).toBe(argument);
      }
    }
  });
});

describe("parseDue's output", () => {
  it("validates against DueDateSchema for every due cell of the bundled plans", () => {
    let n = 0;
    for (const plan of corpus().plans)
      for (const rec of plan.recommendations)
        for (const action of rec.actions) {
          expect(DueDateSchema.safeParse(parseDue(action.dueRaw ?? "", { asOf: plan.asOf })).success).toBe(true);
          n++;
        }
    expect(n).toBe(301);
    expect(DueDateSchema.safeParse({ ...parseDue("May 2013"), extensionMonth: "2013-5" }).success).toBe(false);
  });
});
