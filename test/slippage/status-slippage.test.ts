import { parseDue, parseStatus } from "@ofsted-action-plans/core";
import { assessSlippage, findRevisedDue } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";

describe("parseStatus", () => {
  it.each([
    ["Green 07.01.13", "completed", "green", ""],
    [
      "Amber - Message has gone out. Legal planning meetings much shorter",
      "in_progress",
      "amber",
      "Message has gone out. Legal planning meetings much shorter",
    ],
    ["red", "in_progress", "red", ""],
    ["Blue", "completed", "blue", ""],
    ["GREY", "not_started", "grey", ""],
    ["Green \u2013 TM intensive support programme", "completed", "green", "TM intensive support programme"],
  ])("RAG %j → %s (%s), comment %j", (raw, status, rag, progressText) => {
    expect(parseStatus(raw)).toMatchObject({ status, rag, progressText });
  });

  it.each([
    ["Completed.", "completed"],
    ["All child protection audits have been completed", "completed"],
    ["Implemented. Children's Rights Officers meet with Service Managers on fortnightly basis.", "completed"],
    ["Revised format agreed and operational since the end of May 2012.", "completed"],
    ["In progress. Senior Youth Worker will co-ordinate work streams.", "in_progress"],
    [
      "Child protection service user evaluation template under development. To be fully operational end of July 2012.",
      "in_progress",
    ],
    ["The Participation Strategy has been reviewed and is being implemented.", "in_progress"],
    ["On schedule for August", "in_progress"],
    ["Implementation planned for Nov 2013.", "in_progress"],
    ["18 CAFs were completed during April and May 2012 which is below target", "in_progress"],
    ["Arrangements for thematic audit to be determined.", "not_started"],
    ["Still to be confirmed, taking account of revised national arrangements.", "not_started"],
    ["Timescale needs to be reviewed, once revised procedures (as above) are implemented.", "not_started"],
    ["See above", "unknown"],
    ["See 9B.", "unknown"],
    ["See 1 C", "unknown"],
    ["", "unknown"],
  ])("%j → %s", (raw, status) => {
    expect(parseStatus(raw)).toMatchObject({ status, rag: null });
  });

  it.each([
    // Work reported as done, in past or present-perfect tense, even with a later routine.
    ["Protocol signed off by the Board", "completed", "signed off"],
    ["Training delivered to all team managers", "completed", "delivered"],
    ["A duty rota is now in place", "completed", "is now in place"],
    ["New manager appointed", "completed", "appointed"],
    ["Leaflet revised and reprinted", "completed", "revised; reprinted"],
    ["Protocol signed off by the Board; audit to run quarterly", "completed", "signed off"],
    ["Audit tool agreed; first report due in July", "completed", "agreed"],
    // Negated or partial.
    ["Protocol not yet agreed", "in_progress", "agreed"],
    ["Draft agreed, consultation to follow", "in_progress", "Draft; to follow"],
    ["Completed? No", "in_progress", "Completed? No"],
    ["Completed? Yes", "completed", "Completed? Yes"],
    ["Training commissioned. To be delivered by the end of July 2012", "in_progress", "To be delivered"],
    // Stopped work is not completed, and says so.
    ["Cancelled", "in_progress", "Cancelled"],
    ["On hold", "in_progress", "On hold"],
    ["Project on hold pending funding", "in_progress", "on hold"],
  ])("prose %j → %s, decided by %j", (raw, status, evidence) => {
    const reading = parseStatus(raw);
    expect(reading).toMatchObject({ status, rag: null });
    expect(reading.evidence).toBe(evidence);
  });

  it("says when cues disagree", () => {
    expect(
      parseStatus("Representatives recruited to the Board. Health representation remains uncertain.").conflict,
    ).toMatch(/done .*remains/u);
    expect(parseStatus("Protocol signed off by the Board").conflict).toBeNull();
  });

  it("reads a council's own status key before any other rule", () => {
    const key = { "1": "completed", "fully achieved": "completed", "2": "in_progress" } as const;
    expect(parseStatus("Fully achieved - report to Board", { key })).toMatchObject({
      status: "completed",
      rule: "key:fully achieved",
    });
    expect(parseStatus("2", { key }).status).toBe("in_progress");
    expect(parseStatus("12 cases audited", { key }).rule).not.toMatch(/^key:/u);
  });
});

describe("findRevisedDue", () => {
  it.each([
    ["Revised timescale of January 2014, to meet new national guidance.", "2013-04-30", "2014-01-31"],
    ["Timescale likely now to be March 2014.", "2013-12-31", "2014-03-31"],
    ["revised timescale September 2013.", "2013-05-31", "2013-09-30"],
    ["Revised CP plan format agreed; to be submitted to SLSCB in September 2013.", "2013-08-31", "2013-09-30"],
    ["Training providers being identified. Aim to agree requirements in Sept / Oct.", "2013-06-30", "2013-10-31"],
    ["Planning in place for event in September, building on earlier work in January 2013.", "2013-07-31", "2013-09-30"],
  ])("%j (due %s) → %s", (text, dueEnd, revised) => {
    expect(findRevisedDue(text, dueEnd, "2013-09-18")?.end).toBe(revised);
  });

  it("ignores dates not later than the due month, and dates introduced as starts", () => {
    expect(findRevisedDue("Report to SLSCB in August 2013.", "2013-08-31", "2013-09-18")).toBeNull();
    expect(
      findRevisedDue("interim solution put in place to report wef October 2013.", "2013-08-31", "2013-09-18"),
    ).toBeNull();
  });

  it("takes a later date as revised when there was no due date", () => {
    expect(findRevisedDue("Implementation planned for Nov 2013.", null, "2013-09-18")?.end).toBe("2013-11-30");
  });
});

describe("assessSlippage", () => {
  const asOf = "2013-09-18";
  const slip = (due: string, status: string, revised: string | null = null) =>
    assessSlippage(parseDue(due), parseStatus(status), revised ? { end: revised } : null, asOf);

  it("slipped when the revised deadline is later, by revised − due days", () => {
    expect(slip("December 2013.", "Timescale likely now to be March 2014.", "2014-03-31")).toEqual({
      slipped: true,
      slipDays: 90,
      slipDaysIsLowerBound: false,
      slipReasons: ["deadline_moved"],
    });
  });

  it("slipped when open past its deadline, by a lower bound of asOf − due", () => {
    expect(slip("July 2013.", "A group is being developed.")).toMatchObject({
      slipped: true,
      slipDays: 49,
      slipDaysIsLowerBound: true,
    });
  });

  it("not slipped, 0 days, when completed or not yet due", () => {
    expect(slip("February 2013.", "Completed.")).toMatchObject({ slipped: false, slipDays: 0 });
    expect(slip("December 2013.", "Arrangements to be determined.")).toMatchObject({ slipped: false, slipDays: 0 });
  });

  it("a start deadline is met by work in progress", () => {
    expect(slip("To be in place wef May 2013.", "Work is under way.")).toMatchObject({ slipped: false, slipDays: 0 });
    expect(slip("To be in place wef May 2013.", "Still to be confirmed.")).toMatchObject({
      slipped: true,
      slipDaysIsLowerBound: true,
    });
  });

  it("red RAG and agreed extensions are slippage even before the deadline", () => {
    expect(slip("Feb 14", "Red")).toMatchObject({ slipped: true, slipDays: null, slipReasons: ["rated_red"] });
    expect(slip("Feb 14 Extension to timescale agreed Jan 13", "Amber")).toMatchObject({
      slipped: true,
      slipDays: null,
      slipReasons: ["extension_agreed"],
    });
  });

  it("unknown is not 'on time': no deadline, or lateness with an unknown status, gives null", () => {
    expect(slip("", "")).toMatchObject({ slipped: null, slipDays: null });
    expect(slip("Completed.", "Completed.")).toMatchObject({ slipped: null });
    expect(slip("May 2012", "See above")).toMatchObject({ slipped: null, slipDays: null });
    expect(slip("30/11/14", "")).toMatchObject({ slipped: false, slipDays: 0 });
  });
});

describe("a step towards the action is progress; its own deliverable reported is completion", () => {
  // Invented rows: an action, the council's progress words, and what they say.
  it.each([
    [
      "Identify all families waiting for a review",
      "All waiting families have been identified and listed for the panel",
      "completed",
      "text:done",
    ],
    ["Appoint a co-ordinator for private fostering", "Co-ordinator appointed in March", "completed", "text:done"],
    ["Develop a protocol with health colleagues", "Protocol agreed by the partnership", "completed", "text:done"],
    [
      "Publish a new policy on children missing from home",
      "Working group formed to draft the new policy",
      "in_progress",
      "text:step",
    ],
    ["Appoint a co-ordinator for private fostering", "Funding for the post approved", "in_progress", "text:step"],
    [
      "Audit the case files of children on plans",
      "Audit added to the quality assurance calendar",
      "in_progress",
      "text:step",
    ],
    [
      "Ensure that managers record supervision on the case file",
      "Recording of supervision on case files agreed by managers",
      "in_progress",
      "text:step",
    ],
    [
      "Establish a multi-agency safeguarding hub",
      "A steering group has been set up to scope the hub",
      "in_progress",
      "text:step",
    ],
    ["Introduce a new assessment tool", "Pilot launched in two teams", "in_progress", "text:step"],
    ["Train social workers in chronologies", "Course commissioned from the university", "in_progress", "text:step"],
  ])("%s ← %j: %s (%s)", (action, words, status, rule) => {
    expect(parseStatus(words, { action })).toMatchObject({ status, rule });
  });

  it("says the step and that the action's own deliverable is not reported", () => {
    const reading = parseStatus("Working group formed to draft the new policy", { action: "Publish a new policy" });
    expect(reading.evidence).toBe("formed");
    expect(reading.conflict).toMatch(/a step, "formed" \(a working group formed, not the action's own deliverable\)/u);
  });

  it("a group the action itself names is its deliverable", () => {
    expect(parseStatus("Steering group set up in May", { action: "Set up a steering group for the hub" }).status).toBe(
      "completed",
    );
  });

  it("a plan for what comes next does not reopen a deliverable reported done; a plan for the action's own work does", () => {
    const training = "Deliver training on neglect to all team managers";
    expect(
      parseStatus("Training delivered to all team managers. Refresher sessions planned for new starters.", {
        action: training,
      }).status,
    ).toBe("completed");
    expect(
      parseStatus("Protocol agreed; to be implemented in June", { action: "Develop and implement a protocol" }).status,
    ).toBe("in_progress");
    expect(parseStatus("Course commissioned. To be delivered by the end of July", { action: training }).status).toBe(
      "in_progress",
    );
  });

  it("a participle before its noun describes it, it does not report it done", () => {
    expect(
      parseStatus("Revised handbook to follow the agreed model", { action: "Review the fostering handbook" }).status,
    ).toBe("in_progress");
    expect(parseStatus("Revised format agreed and operational").status).toBe("completed");
  });

  it("without the action's words, the progress words are read as before", () => {
    expect(parseStatus("Funding for the post approved").status).toBe("completed");
  });
});

describe("where a completion comes from", () => {
  it.each([
    ["Leaflet revised and reprinted", undefined, "completed", "stated", false],
    ["Blue - Leaflet revised and reprinted", undefined, "completed", "stated", false],
    ["Green - Leaflet revised and reprinted", undefined, "completed", "rating", false], // green: completed or on target
    ["Blue", undefined, "completed", "rating", false],
    ["", "G", "completed", "rating", false],
    ["Green - Started, see project plan", undefined, "completed", "rating", true],
    ["Red - Leaflet revised and reprinted", undefined, "in_progress", null, true],
    ["Amber - Leaflet at the printers", undefined, "in_progress", null, false],
  ])(
    "%j (rating %j) → %s, basis %s, contradicts %s",
    (raw, rating, status, completionBasis, ratingContradictsWords) => {
      const reading = parseStatus(raw, { action: "Revise the leaflet for parents", ...(rating ? { rating } : {}) });
      expect(reading).toMatchObject({ status, completionBasis, ratingContradictsWords });
      if (ratingContradictsWords) expect(reading.conflict).toMatch(/the status follows the rating/u);
    },
  );

  it("a key value the plan gives two meanings completes by rating only; one that means completed can be stated", () => {
    const key = { "1": "completed" as const, "2": "in_progress" as const };
    const action = "Revise the leaflet for parents";
    expect(parseStatus("1 - leaflet revised and reprinted", { action, key }).completionBasis).toBe("stated");
    expect(parseStatus("1 - leaflet revised and reprinted", { action, key, twoMeanings: ["1"] }).completionBasis).toBe(
      "rating",
    );
  });
});
