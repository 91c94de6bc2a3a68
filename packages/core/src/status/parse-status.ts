import { z } from "zod";
import { RagSchema, StatusSchema, type Rag, type Status } from "../schema/status.js";
import { findDates } from "../dates/find-dates.js";
import { plausible } from "../dates/parse-due.js";
import { ArgumentError } from "../errors/argument-error.js";
import { patternCandidates } from "../text/literal-gate.js";
import { defaultProgressCues, ProgressCueSetsSchema, type ProgressCueSets } from "./progress-cues.js";
import { memoiseByText } from "../text/memoise.js";
import { actionDeliverable, cueRole, reopens, type ActionDeliverable } from "./action-deliverable.js";

/** A cue found in progress text: its set, the cue's id and the words, with their offset. */
export const CueMatchSchema = z.object({
  set: z.enum(["done", "underWay", "notStarted", "planned", "stopped", "partial", "routine", "key", "rag", "negated"]),
  id: z.string(),
  text: z.string(),
  index: z.number().int().nonnegative(),
});

/** A cue found in progress text. */
export type CueMatch = z.infer<typeof CueMatchSchema>;

/** What the progress cell says: status, the council's RAG (if any), and the progress text without it. */
export const StatusReadingSchema = z.object({
  raw: z.string(),
  status: StatusSchema,
  rag: RagSchema.nullable(),
  /** The progress words: the whole cell, or the comment after a RAG word and its date. */
  progressText: z.string(),
  /** Which rule decided the status, for explanation (e.g. `rag:amber`, `text:done`, `text:stopped`). */
  rule: z.string(),
  /** The words that decided, as printed ("Green", "signed off", "On hold"); "" when nothing did. */
  evidence: z.string(),
  /** Every cue found, in text order. */
  cues: z.array(CueMatchSchema),
  /** When cues disagree ("agreed" but "awaited"), what they were and how it was decided; else null. */
  conflict: z.string().nullable(),
  /**
   * Where a completion comes from: `stated` when the progress words report the action's deliverable
   * done, `rating` when only a RAG colour, rating or key says so (always so for a colour the key gives
   * two meanings, "completed or on target"); null when the action is not completed.
   */
  completionBasis: z.literal(["stated", "rating"]).nullable(),
  /**
   * True when the rating and the words disagree: a rating that means completed beside words that say
   * started, planned or to follow, or words that report it done beside a red rating. Both are kept
   * (`evidence` and `progressText`, and the `conflict` that says so); the status follows the rating.
   */
  ratingContradictsWords: z.boolean(),
});

/** A read progress cell. */
export type StatusReading = z.infer<typeof StatusReadingSchema>;

/** Options of `parseStatus`. */
export interface ParseStatusOptions {
  /**
   * The plan's own status key: printed value (case-insensitive; the whole cell or its first words) →
   * status, e.g. `{ "1": "completed", "Fully achieved": "completed" }`. It is read before any rule.
   */
  readonly key?: Readonly<Record<string, Status>>;
  /** Cue sets for progress prose (default: `defaultProgressCues`). */
  readonly cues?: ProgressCueSets;
  /**
   * The action's rating cell (`Action.ratingRaw`), where the plan prints one apart from its progress
   * words: read by `key`, else as a RAG word, letter or pair (`Green`, `G`, `A/G`) or a shaded cell;
   * a value neither explains is not read (see `readRating`), and the progress words decide.
   */
  readonly rating?: string;
  /**
   * The action's own words (`Action.text`): a done cue then counts as completion only when it reports
   * the action's own deliverable, not a step towards it (see `cueRole`), and a plan for what comes
   * next does not reopen an action whose deliverable is reported (see `reopens`).
   */
  readonly action?: string;
  /**
   * Rating values the plan's key gives two meanings (`GREEN = completed or on target`): their
   * completions are `rating` by definition. The library's own RAG key counts green so.
   */
  readonly twoMeanings?: readonly string[];
}

/** Herefordshire's key: Blue and Green are completed (Green: achieved or on target), Grey not started. */
const RAG_STATUS: Record<Rag, Status> = {
  blue: "completed",
  green: "completed",
  grey: "not_started",
  amber: "in_progress",
  red: "in_progress",
};
const RAG = /^\s*(red|amber|green|grey|gray|blue)\b\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4})?\s*[-\u2013\u2014:]?\s*/iu;

const POINTER = /^\s*(?:see\s+(?:above|below|\d+\s*[a-z]?\b\.?|[a-z]?\d+[a-z]?\.?)|as above|n\/a)\s*\.?\s*$/iu;
const STARTS_COMPLETED = /^\s*(?:completed?|implemented|achieved|done)\b(?!\s*\?)/iu;
/** "Completed? No", "Achieved? Yes": a question about a cue, answered. */
const ANSWERED = /^\s*([^?]{1,60})\?\s*[-:]?\s*(yes|no|not yet|partly|partially)\b/iu;
/** Before a done cue: a negation makes it partial ("not yet agreed"). */
const NEGATED_BEFORE = /\b(?:not|no|never|nor)\s+(?:(?:yet|been|be|fully|formally)\s+){0,2}$/iu;
/** Before a done cue: a future or a condition makes it planned ("to be agreed", "once … are implemented"). */
const FUTURE_BEFORE =
  /(?:\b(?:to|will|shall|would|could|should|can|may|must|needs? to)\s+be\s+(?:\w+\s+)?|\bbeing\s+|\b(?:once|when|until|if|unless)\b[^.;:]*)$/iu;

type CompiledCue = [keyof ProgressCueSets, string, RegExp];
interface CompiledCues {
  cues: CompiledCue[];
  /** The cues worth running on a lower-cased text (see `patternCandidates`). */
  candidates: (lower: string) => Uint8Array;
}
const compiledCues = new WeakMap<ProgressCueSets, CompiledCues>();

function compile(sets: ProgressCueSets): CompiledCues {
  let compiled = compiledCues.get(sets);
  if (!compiled) {
    const parsed = ProgressCueSetsSchema.parse(sets);
    const list = (Object.keys(parsed) as (keyof ProgressCueSets)[]).flatMap((set) =>
      parsed[set].map((c) => ({ set, id: c.id, pattern: c.pattern })),
    );
    compiled = {
      cues: list.map((c): CompiledCue => [c.set, c.id, new RegExp(c.pattern, "giu")]),
      candidates: patternCandidates(list.map((c) => c.pattern)),
    };
    compiledCues.set(sets, compiled);
  }
  return compiled;
}

const readDefault = memoiseByText((raw: string) => readStatus(raw, {}));
/** Progress cells read against their action's words, memoised on both. */
const readForAction = memoiseByText((raw: string, action: string) => readStatus(raw, { action }));

/**
 * Reads a progress / update / RAG cell into a status, following the library's rules:
 * the plan's own status key, when given, decides first; then a RAG word (case-insensitive, possibly
 * with a date or comment) decides by Herefordshire's key; otherwise the progress prose does, by its
 * cue sets (see `defaultProgressCues`): "Completed." / "Implemented." → completed; work reported as
 * done in past or present-perfect tense ("Protocol signed off by the Board", "A duty rota is now in
 * place") → completed, even with a later routine ("audit to run quarterly"); done but qualified
 * ("draft agreed, consultation to follow", "not yet agreed", "Completed? No") or with work still
 * going on → in_progress, with the conflict said; "Cancelled", "On hold" → in_progress (not
 * completed), the word kept as evidence; "to be determined", "Still to be confirmed" → not_started;
 * any other report of work → in_progress; an empty cell or only a pointer ("See above") → unknown.
 *
 * @returns the status, RAG and progress text with the rule and the words that decided.
 * @example
 * parseStatus("Protocol signed off by the Board").status; // "completed"
 * parseStatus("On hold").rule; // "text:stopped"
 * parseStatus("Amber - Message has gone out").rag; // "amber"
 * parseStatus("1", { key: { "1": "completed" } }).status; // "completed"
 */
export function parseStatus(raw: string, options: ParseStatusOptions = {}): Readonly<StatusReading> {
  if (typeof raw !== "string") throw new ArgumentError("raw", "the printed progress cell (a string)", raw);
  if (options.key !== undefined || options.cues !== undefined || options.rating) return readStatus(raw, options);
  return options.action ? readForAction(raw, options.action) : readDefault(raw);
}

/** What a rating cell says: the status and RAG it stands for, the rule, the words as printed and any comment after them. */
export interface RatingReading {
  readonly status: Status;
  readonly rag: Rag | null;
  /** `key:<entry>`, `rag:<colour>`, `shaded:<colour>`. */
  readonly rule: string;
  /** The rating as printed ("A/G", "2", "Green"). */
  readonly printed: string;
  /** Words after the rating in the same cell ("Green - started, see project plan" → "started, see project plan"). */
  readonly comment: string;
}

const RAG_LETTER: Record<string, Rag> = { r: "red", a: "amber", g: "green", b: "blue" };
/** Worst first: the worse of a pair is the one a slippage measure must see. */
const RAG_ORDER: readonly Rag[] = ["red", "amber", "grey", "green", "blue"];
/** A RAG word, or a letter standing alone ("G", "A -", "A/G"; not the article of "A new plan"). */
const RAG_VALUE = "red|amber|green|grey|gray|blue|[ragb](?=\\s*(?:$|[-\u2013\u2014:.,/&+(]))";
const RATING = new RegExp(
  `^\\s*(${RAG_VALUE})(?:\\s*[/&+]\\s*(${RAG_VALUE}))?(?![a-z])\\s*[-\u2013\u2014:.,]?\\s*`,
  "iu",
);
const SHADED = /^\s*\[cell shaded (red|amber|green|grey|blue)\]\s*/u;

/**
 * Reads a rating cell: by the plan's key first (a printed `Key: 1 = Fully achieved…` or the
 * manifest's), else a cell shaded red, amber, green, grey or blue with no text
 * (`[cell shaded green]`), else a RAG word, letter or pair (`Amber`, `G`, `A/G`: a pair reads as the
 * worse of the two, both kept as printed), with any words after it kept as a comment.
 *
 * @returns the reading, or null when nothing explains the value (a `4` with no key, say): a rating
 * no key explains is reported, never read as progress prose.
 * @example
 * readRating("A/G")?.rag; // "amber"
 * readRating("1", { "1": "completed" })?.status; // "completed"
 * readRating("4"); // null
 */
export function readRating(cell: string, key?: Readonly<Record<string, Status>>): RatingReading | null {
  if (typeof cell !== "string") throw new ArgumentError("cell", "the printed rating cell (a string)", cell);
  const text = cell.trim();
  if (text === "") return null;
  const keyed = key ? readKey(text, key) : null;
  if (keyed)
    return {
      status: keyed.status,
      rag: null,
      rule: `key:${keyed.entry}`,
      printed: keyed.printed,
      comment: text.slice(keyed.printed.length).replace(/^[\s.,;:\-\u2013\u2014]+/u, ""),
    };
  const shaded = SHADED.exec(text);
  if (shaded) {
    const rag = shaded[1] as Rag;
    return {
      status: RAG_STATUS[rag],
      rag,
      rule: `shaded:${rag}`,
      printed: shaded[0].trim(),
      comment: text.slice(shaded[0].length),
    };
  }
  const m = RATING.exec(text);
  if (!m) return null;
  const colour = (v: string): Rag => {
    const lower = v.toLowerCase();
    return lower === "gray" ? "grey" : (RAG_LETTER[lower] ?? (lower as Rag));
  };
  const both = [colour(m[1]!), ...(m[2] ? [colour(m[2])] : [])];
  const rag = RAG_ORDER.find((r) => both.includes(r))!;
  return {
    status: RAG_STATUS[rag],
    rag,
    rule: `rag:${rag}`,
    printed: m[0].replace(/[\s\-\u2013\u2014:.,]+$/u, ""),
    comment: text.slice(m[0].length),
  };
}

function readStatus(raw: string, options: ParseStatusOptions): StatusReading {
  const text = raw.trim();
  const sets = options.cues ?? defaultProgressCues;
  const deliverable = options.action ? actionDeliverable(options.action) : null;
  const reading = readingOf(raw, text);
  const claimed = ratingClaim(text, options, reading);
  if (claimed) return withWords(claimed, { sets, reading, deliverable, twoMeanings: options.twoMeanings ?? [] });
  if (text === "") return reading("unknown", "empty");
  if (POINTER.test(text)) return reading("unknown", "pointer", text);
  return readProse(text, sets, reading, deliverable);
}

/** @returns the function that makes a reading of this cell (its completion basis follows its rule). */
function readingOf(raw: string, text: string): Reading {
  return (status, rule, evidence = "", cues = [], conflict = null, progressText = text, rag = null) => ({
    raw,
    status,
    rag,
    progressText,
    rule,
    evidence,
    cues,
    conflict,
    completionBasis: status === "completed" ? (rule.startsWith("text:") ? "stated" : "rating") : null,
    ratingContradictsWords: false,
  });
}

/** What a rating claims (the status it decides), with the words beside it and the rating as printed. */
interface Claim {
  readonly claim: StatusReading;
  readonly words: string;
  readonly printed: string;
}

/** @returns the claim of the cell's rating: a separate rating cell, a value of the plan's key that opens the cell, or a RAG word; else null. */
function ratingClaim(text: string, options: ParseStatusOptions, reading: Reading): Claim | null {
  const rating = options.rating ? readRating(options.rating, options.key) : null;
  if (rating) {
    const words = [rating.comment, text].filter((t) => t !== "").join(" ");
    const cue: CueMatch = {
      set: rating.rule.startsWith("key:") ? "key" : "rag",
      id: rating.rule,
      text: rating.printed,
      index: 0,
    };
    const claim = reading(rating.status, rating.rule, rating.printed, [cue], null, words, rating.rag);
    return { claim, words, printed: rating.printed };
  }
  const keyed = options.key && !options.rating ? readKey(text, options.key) : null;
  if (keyed) {
    const claim = reading(keyed.status, `key:${keyed.entry}`, keyed.printed, [
      { set: "key", id: keyed.entry, text: keyed.printed, index: 0 },
    ]);
    const words = text.slice(keyed.printed.length).replace(/^[\s.,;:\-\u2013\u2014]+/u, "");
    return { claim, words, printed: keyed.printed };
  }
  const rag = RAG.exec(text);
  if (!rag) return null;
  const word = rag[1]!.toLowerCase() === "gray" ? "grey" : (rag[1]!.toLowerCase() as Rag);
  const printed = rag[1]!;
  const words = text.slice(rag[0].length).trim();
  const cue: CueMatch = { set: "rag", id: word, text: printed, index: rag.index };
  return { claim: reading(RAG_STATUS[word], `rag:${word}`, printed, [cue], null, words, word), words, printed };
}

/**
 * A rating decides the status (the council's claim); its words say whether the claim is also a
 * report (a completion stated in words, not by a rating only) or contradict it.
 *
 * @returns the claim with its completion basis and any contradiction.
 */
function withWords(
  { claim, words, printed }: Claim,
  context: {
    sets: ProgressCueSets;
    reading: Reading;
    deliverable: ReturnType<typeof actionDeliverable> | null;
    twoMeanings: readonly string[];
  },
): StatusReading {
  const said =
    words === "" || POINTER.test(words) ? null : readProse(words, context.sets, context.reading, context.deliverable);
  const twoMeanings =
    claim.rag === "green" || context.twoMeanings.some((v) => v.trim().toLowerCase() === printed.trim().toLowerCase());
  const stated = claim.status === "completed" && said?.status === "completed" && !twoMeanings;
  const contradicts =
    said !== null &&
    ((claim.status === "completed" && SAYS_OPEN.has(said.rule)) ||
      (claim.rag === "red" && said.status === "completed"));
  return {
    ...claim,
    completionBasis: claim.status === "completed" ? (stated ? "stated" : "rating") : null,
    ratingContradictsWords: contradicts,
    conflict: contradicts
      ? `the rating "${printed}" says ${claim.rag === "red" ? "red" : "completed"}, the words say ${said!.status === "completed" ? "done" : said!.status.replace("_", " ")} ("${said!.evidence || words.slice(0, 80)}"): the status follows the rating`
      : claim.conflict,
  };
}

/** Rules of progress words that say the work is not done: beside a completed rating, a contradiction. */
const SAYS_OPEN = new Set([
  "text:in-progress",
  "text:planned",
  "text:not-started",
  "text:partial",
  "text:done-qualified",
  "text:done-rescheduled",
  "text:stopped",
  "text:step",
  "text:negated",
]);

function readKey(
  text: string,
  key: Readonly<Record<string, Status>>,
): { status: Status; entry: string; printed: string } | null {
  const lower = text.toLowerCase();
  let best: { status: Status; entry: string; printed: string } | null = null;
  for (const [entry, status] of Object.entries(key)) {
    const e = entry.trim().toLowerCase();
    if (e === "") continue;
    const whole = lower === e;
    const leading = lower.startsWith(e) && /^[\s.,;:\-\u2013\u2014(]/u.test(lower.slice(e.length));
    if ((whole || leading) && (!best || e.length > best.entry.length))
      best = { status, entry, printed: text.slice(0, e.length) };
  }
  return best;
}

type Reading = (
  status: Status,
  rule: string,
  evidence?: string,
  cues?: CueMatch[],
  conflict?: string | null,
  progressText?: string,
  rag?: Rag | null,
) => StatusReading;

/** @returns the reading of a question about a done cue, answered ("Completed? Yes", "Achieved? Not yet"), else null. */
function answeredQuestion(
  text: string,
  sets: ProgressCueSets,
  reading: Reading,
  cues: CueMatch[],
): StatusReading | null {
  const answered = ANSWERED.exec(text);
  if (!answered || !findCues(answered[1]!, sets).some((c) => c.set === "done")) return null;
  const yes = answered[2]!.toLowerCase() === "yes";
  return reading(
    yes ? "completed" : "in_progress",
    yes ? "text:answered-yes" : "text:negated",
    answered[0].trim(),
    cues,
  );
}

function readProse(
  text: string,
  sets: ProgressCueSets,
  reading: Reading,
  deliverable: ActionDeliverable | null,
): StatusReading {
  const cues = findCues(text, sets);
  const of = (set: CueMatch["set"]) => cues.filter((c) => c.set === set);
  const words = (list: CueMatch[]) => list.map((c) => c.text).join("; ");
  const answer = answeredQuestion(text, sets, reading, cues);
  if (answer) return answer;
  const [reported, underWay, notStarted, allPlanned, stopped, partial, negated, routine] = (
    ["done", "underWay", "notStarted", "planned", "stopped", "partial", "negated", "routine"] as const
  ).map(of) as CueMatch[][];
  // Against the action's own words: a done cue that is only a step towards the deliverable is progress.
  const roles = new Map(reported!.map((c) => [c, deliverable ? cueRole(c.text, text, c.index, deliverable) : null]));
  const steps = reported!.filter((c) => roles.get(c)?.role === "step");
  const done = reported!.filter((c) => roles.get(c)?.role !== "step");
  const ownDone = done.some((c) => roles.get(c)?.role === "deliverable");
  // Once the deliverable is reported, a plan for what comes next does not reopen the action.
  const planned = ownDone ? allPlanned!.filter((c) => reopens(c.text, text, c.index, deliverable!)) : allPlanned!;
  if (stopped!.length > 0) {
    const conflict =
      done!.length > 0 ? `stopped ("${words(stopped!)}") and done ("${words(done!)}"): read as not completed` : null;
    return reading("in_progress", "text:stopped", words(stopped!), cues, conflict);
  }
  if (notStarted!.length > 0) return reading("not_started", "text:not-started", words(notStarted!), cues);
  if (STARTS_COMPLETED.test(text))
    return reading("completed", "text:completed", STARTS_COMPLETED.exec(text)![0].trim(), cues);
  if (done.length > 0) {
    const against = [...negated!, ...partial!, ...underWay!, ...(routine!.length > 0 ? [] : planned)];
    if (against.length === 0) return reading("completed", "text:done", words(done), cues);
    const conflict = `done ("${words(done)}") but ${against.map((c) => `${c.set} ("${c.text}")`).join(", ")}: read as in_progress`;
    return reading("in_progress", "text:done-qualified", words(against), cues, conflict);
  }
  if (steps.length > 0) {
    const why = steps.map((c) => `"${c.text}" (${roles.get(c)!.why})`).join(", ");
    return reading(
      "in_progress",
      "text:step",
      words(steps),
      cues,
      `a step, ${why}; the action's own deliverable is not reported: read as in_progress`,
    );
  }
  if (negated!.length > 0 || partial!.length > 0)
    return reading("in_progress", "text:partial", words([...negated!, ...partial!]), cues);
  if (underWay!.length > 0) return reading("in_progress", "text:in-progress", words(underWay!), cues);
  if (planned.length > 0) return reading("in_progress", "text:planned", words(planned), cues);
  return reading("in_progress", "text:progress-reported", "", cues);
}

/**
 * Finds every progress cue in a text, in text order. A done cue preceded by a negation becomes
 * `negated`; preceded by a future or condition it becomes `planned`; a cue inside a longer one of
 * another set ("being reviewed" holds "reviewed") is dropped.
 *
 * @returns the cues found.
 * @example
 * findCues("Protocol signed off; audit to run quarterly").map((c) => c.set); // ["done", "routine"]
 */
export function findCues(text: string, sets: ProgressCueSets = defaultProgressCues): CueMatch[] {
  const found: (CueMatch & { end: number })[] = [];
  const { cues, candidates } = compile(sets);
  const run = candidates(text.toLowerCase());
  for (let k = 0; k < cues.length; k++) {
    if (run[k] !== 1) continue;
    const [set, id, re] = cues[k]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let kind: CueMatch["set"] = set;
      if (set === "done") {
        const before = text.slice(Math.max(0, m.index - 80), m.index);
        if (attributive(before, text.slice(m.index + m[0].length), id)) continue;
        if (NEGATED_BEFORE.test(before)) kind = "negated";
        else if (FUTURE_BEFORE.test(before)) kind = "planned";
      }
      found.push({ set: kind, id, text: m[0].trim(), index: m.index, end: m.index + m[0].length });
    }
  }
  const inside = (c: { index: number; end: number }, o: { index: number; end: number }) =>
    o.index <= c.index && o.end >= c.end;
  const kept = found.filter(
    (c, i) => !found.some((o, j) => inside(c, o) && (o.end - o.index > c.end - c.index || (j < i && inside(o, c)))),
  );
  return kept.sort((a, b) => a.index - b.index).map(({ end: _end, ...c }) => c);
}

/** Words after which a participle describes the noun it comes before ("the agreed model", "to follow revised guidance"). */
const BEFORE_ATTRIBUTIVE =
  /(?:^|[.;:!?\n(]|\b(?:the|a|an|this|these|that|those|its|their|our|new|with|to|for|of|on|under|using|use|follow|following|from|by|in|into))\s*$/iu;
/** Words a participle reported as done is followed by: a preposition, conjunction, adverb, article or the clause's end. */
const AFTER_PREDICATE =
  /^\s*(?:$|[.;:,!?)\n\u2013\u2014-]|(?:by|to|for|in|into|at|on|and|or|but|with|within|from|since|during|across|through|under|as|so|the|a|an|its|their|all|this|these|that|now|already|successfully|fully|today|yesterday|last|early|late|\w+ly|\d)\b)/iu;

/**
 * @returns whether a bare participle cue describes the noun after it rather than reporting it done:
 * "Revised planning to follow agreed child protection model" reports neither revised nor agreed.
 */
function attributive(before: string, after: string, id: string): boolean {
  return id === "done-verb" && BEFORE_ATTRIBUTIVE.test(before) && !AFTER_PREDICATE.test(after);
}

const START_CUE =
  /\b(?:since|began|begun|started|commenced|wef|from)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+)?$/iu;

/**
 * Finds a revised deadline in progress text ("Revised timescale of January 2014", "Timescale likely
 * now to be March 2014", "to be submitted to SLSCB in September 2013", "Aim to agree requirements in
 * Sept / Oct"): the latest date printed that ends after the original deadline. Month names without a
 * year are read in the year of the original deadline (else of `asOf`). Dates introduced as starts
 * ("since", "from", "wef", "began") are not deadlines.
 *
 * @returns the revised deadline's month span, or null when the text moves no deadline.
 * @example
 * findRevisedDue("Revised timescale of January 2014", "2013-04-30", "2013-09-18"); // { start: "2014-01-01", end: "2014-01-31" }
 */
export function findRevisedDue(
  progressText: string,
  dueEnd: string | null,
  asOf: string,
): { start: string; end: string } | null {
  // Plans repeat progress cells and deadlines: memoised on both dates (ten characters each) and the text.
  if (asOf.length !== 10 || (dueEnd !== null && dueEnd.length !== 10)) return revisedDue(progressText, dueEnd, asOf);
  return revisedDueMemo(progressText, `${dueEnd ?? NO_DATE}${asOf}`).value;
}

const NO_DATE = "----------";
/** Revised deadlines memoised by progress text within the two dates (ten characters each). */
const revisedDueMemo = memoiseByText((progressText: string, dates: string) => {
  const found = revisedDue(progressText, dates.startsWith(NO_DATE) ? null : dates.slice(0, 10), dates.slice(10));
  return { value: found && Object.freeze(found) };
});

function revisedDue(progressText: string, dueEnd: string | null, asOf: string): { start: string; end: string } | null {
  const year = Number((dueEnd ?? asOf).slice(0, 4));
  const candidates = findDates(progressText, year, asOf).dates.filter(
    (d) =>
      plausible(d, asOf) &&
      !START_CUE.test(progressText.slice(Math.max(0, d.index - 40), d.index)) &&
      (dueEnd === null ? d.end > asOf : d.end > dueEnd),
  );
  if (candidates.length === 0) return null;
  const latest = candidates.reduce((a, d) => (d.end > a.end ? d : a));
  return { start: latest.start, end: latest.end };
}
