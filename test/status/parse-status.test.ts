import { defaultProgressCues, parseStatus, readRating, StatusReadingSchema } from "@ofsted-action-plans/core";
import { findRevisedDue } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";
import { corpus } from "../helpers/corpus.js";

/** [cell, status, rule, evidence]: one case per alternative of each rule of the progress grammar. */
type Case = [string, string, string, string];
const read = (raw: string, options = {}) => {
  const r = parseStatus(raw, options);
  return [raw, r.status, r.rule, r.evidence] as Case;
};

describe("parseStatus: a pointer or nothing is unknown", () => {
  it.each([["See above"], ["see below"], ["See 12b"], ["See 3."], ["See b4"], ["As above"], ["N/A"], ["n/a."]])(
    "%j only points elsewhere",
    (raw) => {
      expect(read(raw)).toEqual([raw, "unknown", "pointer", raw]);
    },
  );

  it.each([[""], ["   "]])("%j is empty", (raw) => {
    expect(read(raw)).toEqual([raw, "unknown", "empty", ""]);
  });

  it("'see' alone is words about the work, not a pointer", () => {
    expect(read("see")).toEqual(["see", "in_progress", "text:progress-reported", ""]);
  });
});

describe("parseStatus: a cell that starts with the done word", () => {
  it.each([["Completed"], ["Complete"], ["Implemented"], ["Achieved"], ["Done"]])("%j is completed", (raw) => {
    expect(read(raw)).toEqual([raw, "completed", "text:completed", raw]);
  });

  it("a done word asked as a question is not the cell's first word of completion", () => {
    expect(read("Completed?")).toEqual(["Completed?", "completed", "text:done", "Completed"]);
  });
});

describe("parseStatus: a question answered", () => {
  it.each([
    ["Completed? No", "in_progress", "text:negated"],
    ["Implemented? partly", "in_progress", "text:negated"],
    ["Completed? - partially", "in_progress", "text:negated"],
    ["Achieved? Yes", "completed", "text:answered-yes"],
  ])("%j is %s", (raw, status, rule) => {
    expect(read(raw)).toEqual([raw, status, rule, raw]);
  });

  it("'not yet' as the answer leaves the work open", () => {
    expect(parseStatus("Done? not yet").status).toBe("in_progress");
  });
});

describe("parseStatus: a done word after a negation is partial", () => {
  it.each([
    ["Not yet agreed", "agreed"],
    ["Protocol not been agreed", "agreed"],
    ["No agreed protocol", "agreed"],
    ["Never agreed", "agreed"],
    ["Not fully implemented", "implemented"],
    ["Protocol not formally agreed", "agreed"],
  ])("%j", (raw, evidence) => {
    expect(read(raw)).toEqual([raw, "in_progress", "text:partial", evidence]);
  });
});

describe("parseStatus: a done word after a future or a condition is planned", () => {
  it.each([
    ["Protocol to be agreed", "to be agreed"],
    ["Protocol will be implemented", "will be implemented"],
    ["Protocol shall be agreed", "shall be agreed"],
    ["Protocol needs to be agreed", "to be agreed"],
    ["Protocol need to be agreed", "to be agreed"],
    ["Protocol would be agreed", "agreed"],
    ["Protocol could be agreed", "agreed"],
    ["Protocol should be agreed", "agreed"],
    ["Protocol can be agreed", "agreed"],
    ["Protocol may be agreed", "agreed"],
    ["Protocol must be agreed", "agreed"],
    ["Protocol will be formally agreed", "agreed"],
    ["Once the protocols are implemented", "implemented"],
    ["When the protocol is agreed", "agreed"],
    ["Until the protocol is agreed", "agreed"],
    ["If the protocol is agreed", "agreed"],
    ["Unless the protocol is agreed", "agreed"],
  ])("%j", (raw, evidence) => {
    expect(read(raw)).toEqual([raw, "in_progress", "text:planned", evidence]);
  });

  it("'being agreed' is under way", () => {
    expect(read("Protocol being agreed")).toEqual([
      "Protocol being agreed",
      "in_progress",
      "text:in-progress",
      "being agreed",
    ]);
  });
});

describe("parseStatus: a RAG word leading the cell decides by the key", () => {
  it.each([
    ["Gray - started", "not_started", "grey", "Gray", null],
    ["Grey", "not_started", "grey", "Grey", null],
    ["GREEN 12/03/13 - done", "completed", "green", "GREEN", "rating"],
    ["Blue: closed", "completed", "blue", "Blue", "rating"],
    ["Red \u2013 not started", "in_progress", "red", "Red", null],
    ["Amber - Message has gone out", "in_progress", "amber", "Amber", null],
  ])("%j is %s (%s)", (raw, status, rag, evidence, basis) => {
    const r = parseStatus(raw);
    expect([r.status, r.rule, r.rag, r.evidence, r.completionBasis]).toEqual([
      status,
      `rag:${rag}`,
      rag,
      evidence,
      basis,
    ]);
  });

  it("keeps the comment after the colour and its date as the progress words", () => {
    expect(parseStatus("GREEN 12/03/13 - done").progressText).toBe("done");
  });
});

describe("parseStatus with a rating cell", () => {
  const words = "Work reported done";
  it.each([
    ["G", "completed", "rag:green", "green", "rating", false],
    ["A/G", "in_progress", "rag:amber", "amber", null, false],
    ["R&G", "in_progress", "rag:red", "red", null, true],
    ["B", "completed", "rag:blue", "blue", "stated", false],
    ["[cell shaded green]", "completed", "shaded:green", "green", "rating", false],
    ["Gray", "not_started", "rag:grey", "grey", null, false],
  ])("rated %j: %s by %s", (rating, status, rule, rag, basis, contradicts) => {
    const r = parseStatus(words, { rating });
    expect([r.status, r.rule, r.rag, r.completionBasis, r.ratingContradictsWords]).toEqual([
      status,
      rule,
      rag,
      basis,
      contradicts,
    ]);
  });

  it.each([["4"], ["a new plan"]])("a rating nothing explains (%j) is not read: the words decide", (rating) => {
    const r = parseStatus(words, { rating });
    expect([r.status, r.rule, r.rag, r.completionBasis]).toEqual(["completed", "text:done", null, "stated"]);
  });

  it("a red rating beside words that report it done, and a completed rating beside words that say started, contradict", () => {
    const red = parseStatus("Completed", { rating: "Red" });
    expect([red.status, red.ratingContradictsWords]).toEqual(["in_progress", true]);
    expect(red.conflict).toBe(
      'the rating "Red" says red, the words say done ("Completed"): the status follows the rating',
    );
    const blue = parseStatus("Started", { rating: "Blue" });
    expect([blue.status, blue.completionBasis, blue.ratingContradictsWords]).toEqual(["completed", "rating", true]);
    expect(blue.conflict).toBe(
      'the rating "Blue" says completed, the words say in progress ("Started"): the status follows the rating',
    );
    expect(parseStatus("Completed", { rating: "Blue" }).completionBasis).toBe("stated");
  });

  it("green, and any value the key gives two meanings, completes by the rating alone", () => {
    expect(parseStatus("Completed", { rating: "Green" }).completionBasis).toBe("rating");
    expect(parseStatus("Done", { rating: "2", key: { "2": "completed" }, twoMeanings: ["2"] })).toMatchObject({
      status: "completed",
      rule: "key:2",
      completionBasis: "rating",
    });
  });
});

describe("parseStatus with the plan's key", () => {
  it("reads the key first, and the words after the value say whether it is also a report", () => {
    expect(parseStatus("1", { key: { "1": "completed" } })).toMatchObject({
      status: "completed",
      rule: "key:1",
      evidence: "1",
      completionBasis: "rating",
    });
    expect(parseStatus("1 - policy signed off", { key: { "1": "completed" } }).completionBasis).toBe("stated");
    expect(parseStatus("Fully achieved - started", { key: { "fully achieved": "completed" } })).toMatchObject({
      rule: "key:fully achieved",
      evidence: "Fully achieved",
      ratingContradictsWords: true,
    });
  });
});

describe("readRating", () => {
  it("keeps the words after the rating as its comment", () => {
    expect(readRating("Green - started, see plan")).toEqual({
      status: "completed",
      rag: "green",
      rule: "rag:green",
      printed: "Green",
      comment: "started, see plan",
    });
    expect(readRating("1.", { "1": "completed" })).toEqual({
      status: "completed",
      rag: null,
      rule: "key:1",
      printed: "1",
      comment: "",
    });
  });
});

describe("findRevisedDue", () => {
  const due = "2013-04-30";
  const asOf = "2013-09-18";
  const march2014 = { start: "2014-03-01", end: "2014-03-31" };
  it("finds a later deadline, measured from the due date or, with none, from the plan's date", () => {
    expect(findRevisedDue("Now due March 2014", due, asOf)).toEqual(march2014);
    expect(findRevisedDue("Now due March 2014", null, asOf)).toEqual(march2014);
    expect(findRevisedDue("Now due March 2013", null, asOf)).toBeNull();
  });

  it("reads a month with no year in the due date's year", () => {
    expect(findRevisedDue("Now due Sept", due, asOf)).toEqual({ start: "2013-09-01", end: "2013-09-30" });
  });

  it("a start is not a deadline, nor a date more than ten years away", () => {
    expect(findRevisedDue("Since March 2014 the work has run", due, asOf)).toBeNull();
    expect(findRevisedDue("from April 2014", due, asOf)).toBeNull();
    expect(findRevisedDue("Now due March 2030", due, asOf)).toBeNull();
  });
});

describe("parseStatus's output", () => {
  it("validates against StatusReadingSchema for every progress cell of the bundled plans", () => {
    let n = 0;
    for (const plan of corpus().plans)
      for (const rec of plan.recommendations)
        for (const action of rec.actions) {
          const reading = parseStatus(action.statusRaw ?? "", {
            action: action.text,
            ...(action.ratingRaw ? { rating: action.ratingRaw } : {}),
            ...(plan.statusKey ? { key: plan.statusKey } : {}),
          });
          expect(StatusReadingSchema.safeParse(reading).success).toBe(true);
          n++;
        }
    expect(n).toBe(301);
    // and readings whose cues come from every set a rule can name
    for (const [raw, options] of [
      ["On hold", {}],
      ["Completed? No", {}],
      ["1", { key: { "1": "completed" } }],
      ["Not yet agreed", {}],
      ["Done", { rating: "Amber" }],
    ] as const)
      expect(StatusReadingSchema.safeParse(parseStatus(raw, options)).success, raw).toBe(true);
    const cue = parseStatus("Protocol signed off by the Board").cues[0]!;
    expect(StatusReadingSchema.shape.cues.element.safeParse({ ...cue, set: "unheard-of" }).success).toBe(false);
  });
});

describe("parseStatus: the rules' edges", () => {
  it.each([
    ["See  above", "unknown", "pointer", "See  above"],
    ["Oversee above", "in_progress", "text:progress-reported", ""],
    ["See above and the minutes", "in_progress", "text:progress-reported", ""],
    [" Completed", "completed", "text:completed", "Completed"],
    ["xCompleted", "in_progress", "text:progress-reported", ""],
    ["Completed  ?", "completed", "text:done", "Completed"],
    ["Completed?No", "in_progress", "text:negated", "Completed?No"],
    ["Completed? -No", "in_progress", "text:negated", "Completed? -No"],
    ["Protocol not  agreed", "in_progress", "text:partial", "agreed"],
    ["Protocol not yet  agreed", "in_progress", "text:partial", "agreed"],
    ["Not an issue; protocol agreed", "completed", "text:done", "agreed"],
    ["To be fair the protocol was agreed", "completed", "text:done", "agreed"],
    ["Protocol will  be agreed", "in_progress", "text:planned", "agreed"],
    ["Protocol will be  agreed", "in_progress", "text:planned", "agreed"],
    ["Protocol will be formally  agreed", "in_progress", "text:planned", "agreed"],
  ])("%j is %s by %s", (raw, status, rule, evidence) => {
    expect(read(raw)).toEqual([raw, status, rule, evidence]);
  });

  it("says when work is both stopped and done, and reads it as not completed", () => {
    expect(parseStatus("On hold although signed off").conflict).toBe(
      'stopped ("On hold") and done ("signed off"): read as not completed',
    );
    expect(parseStatus("On hold").conflict).toBeNull();
  });

  it("keeps the cues in the order they are printed", () => {
    expect(parseStatus("Started in May and signed off in June").cues).toEqual([
      { set: "underWay", id: "began", text: "Started", index: 0 },
      { set: "done", id: "done-verb", text: "signed off", index: 19 },
    ]);
  });

  it("a rating's claim is its one cue, from the key or the RAG", () => {
    expect(parseStatus("Work reported done", { rating: "G" }).cues).toEqual([
      { set: "rag", id: "rag:green", text: "G", index: 0 },
    ]);
    expect(parseStatus("Work reported done", { rating: "2", key: { "2": "completed" } }).cues).toEqual([
      { set: "key", id: "key:2", text: "2", index: 0 },
    ]);
  });

  it("matches a value of two meanings whatever its case and spaces", () => {
    const key = { "fully achieved": "completed" } as const;
    expect(parseStatus("Fully achieved - signed off", { key }).completionBasis).toBe("stated");
    expect(parseStatus("Fully achieved - signed off", { key, twoMeanings: [" FULLY ACHIEVED "] }).completionBasis).toBe(
      "rating",
    );
    expect(
      parseStatus("Signed off", { rating: " fully achieved ", key, twoMeanings: ["Fully Achieved"] }).completionBasis,
    ).toBe("rating");
  });

  it("a rating beside no words, or words that only point elsewhere, is a claim with nothing to contradict", () => {
    for (const words of ["", "See above"]) {
      expect(parseStatus(words, { rating: "Blue" })).toMatchObject({
        status: "completed",
        completionBasis: "rating",
        ratingContradictsWords: false,
        conflict: null,
      });
      expect(parseStatus(words, { rating: "Red" })).toMatchObject({
        status: "in_progress",
        ratingContradictsWords: false,
      });
    }
  });
});

describe("findRevisedDue's edges", () => {
  const due = "2013-04-30";
  const asOf = "2013-09-18";
  it.each([
    ["since  March 2014"],
    ["from  the  end  of  March 2014"],
    ["since the end of  March 2014"],
    ["since the end  of March 2014"],
    ["started early  March 2014"],
  ])("%j starts, whatever the spacing", (text) => {
    expect(findRevisedDue(text, due, asOf)).toBeNull();
  });

  it("a start word only counts right before its date, and the latest deadline wins", () => {
    expect(findRevisedDue("Running since 2012, now moved to March 2014", due, asOf)).toEqual({
      start: "2014-03-01",
      end: "2014-03-31",
    });
    expect(findRevisedDue("Now due March 2014 and June 2014", due, asOf)?.end).toBe("2014-06-30");
  });

  it("with no due date, a deadline must end after the plan's date, not on it", () => {
    expect(findRevisedDue("Now due September 2013", null, "2013-09-30")).toBeNull();
    expect(findRevisedDue("Now due October 2013", null, "2013-09-30")).toEqual({
      start: "2013-10-01",
      end: "2013-10-31",
    });
  });
});

describe("parseStatus and readRating: what each part of a reading holds", () => {
  it("names the wrong argument and what it takes", () => {
    for (const [call, argument] of [
      [() => parseStatus(42 as never), "raw"],
      [() => readRating(42 as never), "cell"],
    ] as const) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ name: "ArgumentError", argument });
      expect((error as { expected: string }).expected).toMatch(/printed .* cell \(a string\)/u);
    }
  });

  it("an empty rating cell is no rating", () => {
    expect(readRating("")).toBeNull();
    expect(readRating("   ")).toBeNull();
  });

  it("keeps a shaded cell's or a key's words after the rating, separators dropped", () => {
    expect(readRating("[cell shaded green] done")).toMatchObject({ printed: "[cell shaded green]", comment: "done" });
    expect(readRating("1 - done", { "1": "completed" })).toMatchObject({ printed: "1", comment: "done" });
  });

  it("a pair reads as the worse colour, whichever comes first", () => {
    expect(readRating("G/R")?.rag).toBe("red");
    expect(readRating("R/G")?.rag).toBe("red");
  });

  it("reads with the cue sets it is given", () => {
    const cues = {
      ...defaultProgressCues,
      done: [...defaultProgressCues.done, { id: "zorbled", pattern: "\\bzorbled\\b" }],
    };
    expect(parseStatus("Zorbled", { cues })).toMatchObject({ status: "completed", rule: "text:done" });
    expect(parseStatus("Zorbled").status).not.toBe("completed");
  });

  it("only a completion has a basis", () => {
    expect(parseStatus("Started").completionBasis).toBeNull();
    expect(parseStatus("Started", { rating: "Amber" }).completionBasis).toBeNull();
  });

  it("a value outside the two meanings completes as its words say", () => {
    const key = { "1": "completed", "2": "completed" } as const;
    expect(parseStatus("signed off", { rating: "1", key, twoMeanings: ["2"] }).completionBasis).toBe("stated");
  });

  it("open words beside an open rating contradict nothing", () => {
    expect(parseStatus("Started", { rating: "Amber" }).ratingContradictsWords).toBe(false);
    expect(parseStatus("Started", { rating: "Red" }).ratingContradictsWords).toBe(false);
  });

  it("the progress words of a rated action are the rating's comment and the progress cell, spaced", () => {
    expect(parseStatus("in May", { rating: "Green - started" }).progressText).toBe("started in May");
  });
});
