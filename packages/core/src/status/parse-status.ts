import { z } from "zod";
import { findDates } from "../dates/date-mentions.js";
import { memoizeByText } from "../text/memoize.js";

/** Where an action stands: the library's four statuses. */
export const StatusSchema = z.enum(["completed", "in_progress", "not_started", "unknown"]);

/** An action's status. */
export type Status = z.infer<typeof StatusSchema>;

/** A council's own RAG rating, lower case. */
export const RagSchema = z.enum(["red", "amber", "green", "grey", "blue"]);

/** A RAG rating. */
export type Rag = z.infer<typeof RagSchema>;

/** What the progress cell says: status, the council's RAG (if any), and the progress text without it. */
export const StatusReadingSchema = z.object({
  raw: z.string(),
  status: StatusSchema,
  rag: RagSchema.nullable(),
  /** The progress words: the whole cell, or the comment after a RAG word and its date. */
  progressText: z.string(),
  /** Which rule decided the status, for explanation (e.g. `rag:amber`, `text:completed`). */
  rule: z.string(),
});

/** A read progress cell. */
export type StatusReading = z.infer<typeof StatusReadingSchema>;

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
const STARTS_COMPLETED = /^\s*(?:completed?|implemented|achieved|done)\b/iu;
const NOT_STARTED = /\b(?:to be determined|still to be confirmed|not (?:yet )?started|needs? to be reviewed|yet to (?:start|begin))\b/iu;
const IN_PROGRESS = /\b(?:in progress|under ?way|under development|being (?:implemented|developed|reviewed|identified|established|piloted|recruited)|on schedule|on track|planned|ongoing|on-going)\b/iu;
const COMPLETED = /\b(?:(?:has|have) been (?:completed|implemented|achieved)|(?<!to be (?:fully )?)operational\b)/iu;

/**
 * Reads a progress / update / RAG cell into a status, following the library's rules:
 * a RAG word (case-insensitive, possibly with a date or comment) decides by Herefordshire's key;
 * otherwise the progress text does — "Completed." / "have been completed" / "Implemented." →
 * completed; "to be determined", "Still to be confirmed", "Timescale needs to be reviewed" →
 * not_started; "In progress", "under development", "being implemented", "On schedule", "planned" and
 * any other report of work → in_progress; an empty cell or only a pointer ("See above", "See 9B.") →
 * unknown.
 *
 * @returns the status, RAG and progress text with the rule that decided.
 */
export const parseStatus: (raw: string) => Readonly<StatusReading> = memoizeByText(readStatus);

function readStatus(raw: string): StatusReading {
  const text = raw.trim();
  const rag = RAG.exec(text);
  if (rag) {
    const word = rag[1]!.toLowerCase() === "gray" ? "grey" : (rag[1]!.toLowerCase() as Rag);
    return { raw, status: RAG_STATUS[word], rag: word, progressText: text.slice(rag[0].length).trim(), rule: `rag:${word}` };
  }
  const reading = (status: Status, rule: string): StatusReading => ({ raw, status, rag: null, progressText: text, rule });
  if (text === "") return reading("unknown", "empty");
  if (POINTER.test(text)) return reading("unknown", "pointer");
  if (STARTS_COMPLETED.test(text)) return reading("completed", "text:completed");
  if (NOT_STARTED.test(text)) return reading("not_started", "text:not-started");
  if (IN_PROGRESS.test(text)) return reading("in_progress", "text:in-progress");
  if (COMPLETED.test(text)) return reading("completed", "text:completed");
  return reading("in_progress", "text:progress-reported");
}

const START_CUE = /\b(?:since|began|begun|started|commenced|wef|from)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+)?$/iu;

/**
 * Finds a revised deadline in progress text ("Revised timescale of January 2014", "Timescale likely
 * now to be March 2014", "to be submitted to SLSCB in September 2013", "Aim to agree requirements in
 * Sept / Oct"): the latest date printed that ends after the original deadline. Month names without a
 * year are read in the year of the original deadline (else of `asOf`). Dates introduced as starts
 * ("since", "from", "wef", "began") are not deadlines.
 *
 * @returns the revised deadline's month span, or null when the text moves no deadline.
 */
export function findRevisedDue(progressText: string, dueEnd: string | null, asOf: string): { start: string; end: string } | null {
  const year = Number((dueEnd ?? asOf).slice(0, 4));
  const candidates = findDates(progressText, year).dates.filter(
    (d) => !START_CUE.test(progressText.slice(Math.max(0, d.index - 40), d.index)) && (dueEnd === null ? d.end > asOf : d.end > dueEnd),
  );
  if (candidates.length === 0) return null;
  const latest = candidates.reduce((a, d) => (d.end > a.end ? d : a));
  return { start: latest.start, end: latest.end };
}
