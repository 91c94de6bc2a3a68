/**
 * The action's own deliverable, and whether a done cue of its progress words reports it or only a
 * step towards it. A step is progress, not completion (spec 3): a group set up to draft proposals, a
 * post or its funding agreed, an audit built into a schedule, an agreement to do what the action
 * says must be done. The test is the action's own words (its verbs and nouns, with their
 * inflections), not a list of phrases.
 */

/** What an action says it will deliver: its verbs and nouns (as stems), and whether it produces a document or decision. */
export interface ActionDeliverable {
  /** Stems of the action's verbs: the first word, those after "to", and those joined to them ("Review and revise"). */
  readonly verbs: ReadonlySet<string>;
  /** Stems of the action's other content words. */
  readonly nouns: ReadonlySet<string>;
  /**
   * True when the action produces a document or a decision (develop, revise, agree… a protocol,
   * guidance, a strategy): its agreement or sign-off is its deliverable. False for a practice
   * (ensure, use, chair, audit, appoint): an agreement to do it is a step.
   */
  readonly document: boolean;
}

/** How a done cue stands to the action: reports its deliverable, a step towards it, or neither clearly. */
export interface CueRole {
  readonly role: "deliverable" | "step" | "other";
  /** Why, in words: "the action's own verb (identify)", "a group set up (group)", … */
  readonly why: string;
}

/** Words that make a verb phrase, not a subject. */
const AUXILIARY = new Set([
  "can",
  "could",
  "will",
  "would",
  "shall",
  "should",
  "may",
  "might",
  "must",
  "be",
  "is",
  "are",
  "was",
  "were",
  "to",
  "also",
  "then",
  "now",
]);

/** Past forms `stem` cannot reach by cutting a suffix. */
const IRREGULAR: Record<string, string> = {
  written: "write",
  wrote: "write",
  held: "hold",
  built: "build",
  undertaken: "undertake",
  undertook: "undertake",
  taken: "take",
  took: "take",
  sent: "send",
  begun: "begin",
  began: "begin",
  done: "do",
  made: "make",
  set: "set",
  run: "run",
  led: "lead",
  met: "meet",
  seen: "see",
  given: "give",
  drawn: "draw",
};

/** Verbs of producing a document or a decision. */
const DOCUMENT_VERBS = new Set(
  [
    "agree",
    "approve",
    "adopt",
    "ratify",
    "sign",
    "endorse",
    "develop",
    "produce",
    "write",
    "draft",
    "revise",
    "review",
    "update",
    "refresh",
    "amend",
    "clarify",
    "publish",
    "issue",
    "create",
    "design",
    "devise",
    "formulate",
    "prepare",
    "introduce",
    "specify",
    "define",
  ].map(stem),
);

/** A document the action may name first ("Protocol with the police", "New guidance on …"). */
const DOCUMENT_NOUN =
  /^(?:\W*\w+\W+){0,2}?(?:protocols?|polic(?:y|ies)|procedures?|guidance|strateg(?:y|ies)|templates?|formats?|frameworks?|criteria|agreements?|pathways?|standards?|leaflets?|packs?|guides?|toolkits?|charters?|pledges?|specifications?|terms of reference)\b/iu;

/** Groups set up on the way to a deliverable. */
const GROUP =
  /\b(working (?:group|party)|task(?:[- ]and[- ]|\s*&\s*)finish group|steering group|project group|sub-?group|group|party|panel|forum)\b/iu;
const SETTING_UP = /^(?:set up|formed|established|convened|created|developed)$/iu;
/** Putting a piece of work into a schedule, programme or strategy, rather than doing it. */
const SCHEDULING = /^(?:built into|incorporated|included in|added to)$/iu;
/** A date set for a piece of work: it is still to be done. */
const SCHEDULED = /^(?:timetabled|scheduled)$/iu;
const SCHEDULE_NOUN =
  /\b(?:schedules?|programmes?|programs?|strateg(?:y|ies)|calendars?|plans?|cycles?|timetables?|work ?plans?)\b/iu;
/** Agreeing, approving or commissioning: the deliverable of a document action, a step for a practice. */
const DECISION = /^(?:agreed|approved|endorsed|ratified|signed[- ]off|confirmed|commissioned)$/iu;
/** Posts, recruitment and money agreed: a step towards the work they pay for. */
const RESOURCE = /\b(?:posts?|recruitment|funding|budget|business case|bid|vacanc(?:y|ies))\b/iu;
/** Proposals drafted for consideration, a pilot to be evaluated. */
const FOR_CONSIDERATION = /\b(?:proposals?|for consideration|options? paper|to be evaluated|pilot(?:ed|ing)?)\b/iu;

/** Words too general to tie a report to an action. */
const GENERAL = new Set(
  [
    "all",
    "the",
    "and",
    "for",
    "with",
    "from",
    "this",
    "that",
    "their",
    "they",
    "are",
    "been",
    "have",
    "has",
    "will",
    "into",
    "its",
    "our",
    "children",
    "child",
    "young",
    "people",
    "service",
    "services",
    "staff",
    "team",
    "teams",
    "manager",
    "managers",
    "social",
    "worker",
    "workers",
    "council",
    "ensure",
    "make",
    "sure",
    "new",
    "use",
    "used",
    "work",
    "place",
  ].map(stem),
);

/**
 * @returns a word's stem, so inflections meet: "identified" and "identify" → "identify",
 * "revised" and "revise" → "revis", "audits" → "audit", "planned" → "plan".
 * @example
 * stem("appointed") === stem("Appoint"); // true
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/gu, "");
  if (w in IRREGULAR) return IRREGULAR[w]!;
  if (w.length > 4 && (w.endsWith("ied") || w.endsWith("ies"))) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith("es") && !w.endsWith("ses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 3 && /([^aeiouls])\1$/u.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

const WORD = /[a-z][a-z'-]*/giu;

/**
 * Reads what an action says it will deliver: its verbs (the first word, each word after "to", and
 * the words joined to those by "and", "/" or a comma at the start) and its other content words.
 *
 * @returns the action's deliverable.
 * @example
 * actionDeliverable("Review and revise the child protection plans").verbs; // Set {"review", "revis"}
 */
export function actionDeliverable(action: string): ActionDeliverable {
  const words = action.match(WORD) ?? [];
  const verbs = new Set<string>();
  const at = (k: number) => (words[k] ?? "").toLowerCase();
  const take = (k: number) => {
    if (k >= words.length) return;
    verbs.add(stem(words[k]!));
    // "Review and revise", "Review/revise", "identify and address"
    if (at(k + 1) === "and" && k + 2 < words.length) verbs.add(stem(words[k + 2]!));
  };
  take(0);
  for (const part of action.split(/\s*\/\s*/u).slice(1, 3)) verbs.add(stem(part.match(WORD)?.[0] ?? ""));
  words.forEach((w, k) => {
    if (w.toLowerCase() === "to" && k < 16) take(k + 1);
  });
  verbs.delete("");
  const nouns = new Set(words.map(stem).filter((s) => s.length > 2 && !verbs.has(s) && !GENERAL.has(s)));
  const document = [...verbs].some((v) => DOCUMENT_VERBS.has(v)) || DOCUMENT_NOUN.test(action);
  return { verbs, nouns, document };
}

/** @returns the clause of `text` around a span: between the nearest sentence or clause ends. */
function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  const stops = /[.;!?\n]/gu;
  let from = 0;
  for (let m = stops.exec(text); m && m.index < start; m = stops.exec(text)) from = m.index + 1;
  stops.lastIndex = end;
  const next = stops.exec(text);
  return { before: text.slice(from, start), after: text.slice(end, next ? next.index : text.length) };
}

/** @returns the verb of a done cue ("has been established" → "established", "built into" → "built into"). */
function cueVerb(cue: string): string {
  const lower = cue.toLowerCase().trim();
  const perfect = /\b(?:has|have|had|is|are) (?:been |now |already )*(\w+(?:ed|en|t))$/u.exec(lower);
  return perfect ? perfect[1]! : lower;
}

/**
 * Says how a done cue of the progress words stands to the action: it reports the action's own
 * deliverable (its own verb, or its words), a step towards it (a group set up other than the one the
 * action names, proposals for consideration, a piece of work put into a schedule, a post or its
 * funding agreed, an agreement to do a practice), or neither clearly (`other`, read as before: done).
 *
 * @returns the role and why.
 * @example
 * const d = actionDeliverable("Establish a multi-professional Early Help Team");
 * cueRole("has been established", "A group of managers has been established to formulate proposals", 20, d).role; // "step"
 */
export function cueRole(cue: string, text: string, index: number, d: ActionDeliverable): CueRole {
  const { before, after } = clauseAround(text, index, index + cue.length);
  // "has been set" + "up": the verb with its particle.
  const particle = /^\s+(up|off)\b/iu.exec(after)?.[1];
  const verb = particle && !/\s(?:up|off)$/iu.test(cueVerb(cue)) ? `${cueVerb(cue)} ${particle}` : cueVerb(cue);
  const own = verb.split(/\s+/u).some((w) => d.verbs.has(stem(w)));
  const clause = `${before} ${after}`;
  const group = GROUP.exec(clause)?.[1];
  if (SETTING_UP.test(verb) && group && !d.nouns.has(stem(group.split(/\s+/u).at(-1)!)))
    return { role: "step", why: `a ${group.toLowerCase()} ${verb}, not the action's own deliverable` };
  if (FOR_CONSIDERATION.test(clause) && !own)
    return { role: "step", why: `${FOR_CONSIDERATION.exec(clause)![0]}: a step towards the deliverable` };
  if (own) return { role: "deliverable", why: `the action's own verb (${verb})` };
  if (SCHEDULING.test(verb) && SCHEDULE_NOUN.test(after))
    return { role: "step", why: `${verb} a ${SCHEDULE_NOUN.exec(after)![0]}: scheduled, not yet done` };
  if (SCHEDULED.test(verb)) return { role: "step", why: `${verb}: a date set, not yet done` };
  if (DECISION.test(verb) && RESOURCE.test(before))
    return { role: "step", why: `${RESOURCE.exec(before)![0]} ${verb}: a resource for the work, not the work` };
  if (DECISION.test(verb) && !d.document)
    return { role: "step", why: `${verb}: an agreement to act, where the action is a practice` };
  const shared = (clause.match(WORD) ?? []).map(stem).find((w) => d.nouns.has(w));
  return shared ? { role: "deliverable", why: `the action's own words (${shared})` } : { role: "other", why: "" };
}

/**
 * @returns whether a planned cue reopens the action: its own phrase (from the conjunction before it
 * to the next) names the action's verbs or words. "so that alternatives can be planned" after the
 * action's deliverable is reported is what comes next, not the action still to do.
 * @example
 * const d = actionDeliverable("Develop and implement a protocol");
 * reopens("to be implemented", "Protocol agreed; to be implemented in June", 16, d); // true
 */
export function reopens(cue: string, text: string, index: number, d: ActionDeliverable): boolean {
  const { before, after } = clauseAround(text, index, index + cue.length);
  const lead = before.replace(/^.*(?:\bso that\b|\band\b|\bbut\b|\bwhile\b|\bwhilst\b|\bwhich\b|\bthen\b|,)/su, "");
  const tail = after.split(/\bso that\b|\band\b|\bbut\b|,/u)[0] ?? "";
  // With no subject of its own ("Training commissioned. To be delivered in July") it is the action's.
  const subject = (lead.match(WORD) ?? []).map(stem).some((w) => w.length > 2 && !GENERAL.has(w) && !AUXILIARY.has(w));
  return (
    !subject || (`${lead} ${cue} ${tail}`.match(WORD) ?? []).map(stem).some((w) => d.verbs.has(w) || d.nouns.has(w))
  );
}
