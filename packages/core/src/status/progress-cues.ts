import { z } from "zod";

/** A cue of progress prose: an id and a case-insensitive regular expression (source text). */
export const ProgressCueSchema = z.object({ id: z.string().min(1), pattern: z.string().min(1) });

/** A cue of progress prose. */
export type ProgressCue = z.infer<typeof ProgressCueSchema>;

/**
 * The cue sets the progress-prose reader decides with, as plain data:
 * - `done`: the deliverable reported as done, in past or present-perfect tense ("signed off",
 *   "delivered", "now in place", "has been reviewed");
 * - `underWay`: work reported as going on ("in progress", "being developed", "began");
 * - `notStarted`: nothing begun ("to be determined", "still to be confirmed");
 * - `planned`: the deliverable still to come ("to be delivered", "will be evaluated", "planned");
 * - `stopped`: work stopped or paused ("cancelled", "on hold"): not completed;
 * - `partial`: a done cue qualified ("draft", "awaited", "further work", "remains");
 * - `routine`: a later routine that does not reopen the work ("quarterly", "twice a year",
 *   "first report").
 * A done cue preceded by a negation ("not yet agreed") counts as partial; preceded by a future or
 * conditional ("to be agreed", "once … are implemented") it counts as planned.
 */
export const ProgressCueSetsSchema = z.object({
  done: z.array(ProgressCueSchema),
  underWay: z.array(ProgressCueSchema),
  notStarted: z.array(ProgressCueSchema),
  planned: z.array(ProgressCueSchema),
  stopped: z.array(ProgressCueSchema),
  partial: z.array(ProgressCueSchema),
  routine: z.array(ProgressCueSchema),
});

/** The cue sets of the progress-prose reader. */
export type ProgressCueSets = z.infer<typeof ProgressCueSetsSchema>;

const DONE_VERBS = [
  "agreed",
  "approved",
  "signed[- ]off",
  "ratified",
  "endorsed",
  "adopted",
  "completed",
  "implemented",
  "achieved",
  "delivered",
  "appointed",
  "recruited",
  "established",
  "set up",
  "formed",
  "convened",
  "launched",
  "published",
  "issued",
  "circulated",
  "distributed",
  "disseminated",
  "revised",
  "reprinted",
  "printed",
  "produced",
  "prepared",
  "held",
  "undertaken",
  "carried out",
  "conducted",
  "built into",
  "incorporated",
  "included in",
  "introduced",
  "identified",
  "obtained",
  "finali[sz]ed",
  "updated",
  "rolled out",
  "embedded",
  "commissioned",
  "trained",
  "presented",
  "submitted",
  "reported",
  "sent",
  "written",
  "created",
  "secured",
  "allocated",
  "offered",
  "filled",
  "trialled",
  "reviewed",
  "clarified",
  "amended",
  "developed",
  "designed",
  "promoted",
  "procured",
  "installed",
  "timetabled",
  "scheduled",
  "added to",
  "confirmed",
  "put in place",
  "took place",
  "taken place",
  "relaunched",
  "restructured",
  "re-?shaped",
];

/**
 * The library's progress cues, derived from how councils report progress (each a general wording,
 * not a row of any plan).
 *
 * @example
 * defaultProgressCues.stopped.map((c) => c.id); // ["cancelled", "on-hold", …]
 */
export const defaultProgressCues: ProgressCueSets = {
  done: [
    { id: "done-verb", pattern: `\\b(?:${DONE_VERBS.join("|")})\\b` },
    { id: "in-place", pattern: "\\b(?:(?:is|are)\\s+)?(?:(?:now|already)\\s+)?in place\\b" },
    { id: "operational", pattern: "\\b(?:now\\s+)?(?:operational|live|in use)\\b" },
    { id: "now-present", pattern: "\\b(?:is|are) now \\w+(?:ed|en)\\b" },
    { id: "perfect-passive", pattern: "\\b(?:has|have|had) been \\w+(?:ed|en|t)\\b" },
  ],
  underWay: [
    { id: "in-progress", pattern: "\\bin progress\\b|\\bprogressing\\b" },
    { id: "under-way", pattern: "\\bunder ?way\\b|\\bunder (?:development|review|construction|consideration)\\b" },
    { id: "being", pattern: "\\bbeing \\w+(?:ed|en|t)\\b" },
    { id: "on-track", pattern: "\\bon (?:schedule|track|target)\\b" },
    { id: "ongoing", pattern: "\\b(?:ongoing|on-going|continues|continuing)\\b" },
    { id: "began", pattern: "\\b(?:began|begun|commenced|started|attending|trying)\\b" },
  ],
  notStarted: [
    { id: "to-be-decided", pattern: "\\bto be (?:determined|decided)\\b|\\bstill to be confirmed\\b" },
    {
      id: "not-started",
      pattern: "\\bnot (?:yet )?(?:started|begun|commenced)\\b|\\byet to (?:start|begin|commence)\\b",
    },
    { id: "needs-review", pattern: "\\bneeds? to be reviewed\\b" },
  ],
  planned: [
    { id: "future-passive", pattern: "\\b(?:to|will|shall) be (?:fully )?\\w+(?:ed|en|t)\\b" },
    { id: "planned", pattern: "\\bplanned\\b(?!\\s+basis)" },
    { id: "aim-to", pattern: "\\b(?:aims? to|intends? to|due to be|agreed to)\\b" },
    { id: "to-follow", pattern: "\\bto follow\\s*(?=[.;,)]|$)" },
  ],
  stopped: [
    { id: "cancelled", pattern: "\\bcancell?ed\\b" },
    { id: "on-hold", pattern: "\\bon hold\\b" },
    { id: "suspended", pattern: "\\b(?:suspended|paused|withdrawn|abandoned|discontinued|deferred|postponed)\\b" },
  ],
  partial: [
    { id: "draft", pattern: "\\bdraft(?:ed)?\\b" },
    { id: "awaited", pattern: "\\b(?:awaited|awaiting|pending)\\b" },
    { id: "further-work", pattern: "\\bfurther work\\b|\\bmore work\\b|\\bstill to\\b|\\byet to\\b" },
    { id: "remains", pattern: "\\bremains?\\b|\\bremaining\\b" },
    { id: "below-target", pattern: "\\bbelow target\\b|\\bpartially\\b|\\bin part\\b" },
    { id: "rescheduled", pattern: "\\brevised timescale\\b|\\btimescale (?:likely|now)\\b|\\binterim\\b" },
  ],
  routine: [
    {
      id: "recurring",
      pattern: "\\b(?:quarterly|monthly|weekly|fortnightly|annually|annual|yearly|regular(?:ly)?|routinely)\\b",
    },
    { id: "twice", pattern: "\\b(?:twice|three times) (?:a|per|each) (?:year|month|week)\\b|\\btwice[- ]yearly\\b" },
    { id: "every", pattern: "\\bevery \\w+\\b|\\bon an? \\w+ basis\\b" },
    { id: "first-report", pattern: "\\bfirst (?:report|review|audit|meeting)\\b" },
  ],
};
