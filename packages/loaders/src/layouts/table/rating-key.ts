import { parseStatus, type RatingKeyEntry } from "@ofsted-action-plans/core";
import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { isBlank } from "../../source/cells.js";
import { tableCells } from "./header-words.js";

/** A key's value: a number, a single capital letter, or a colour. */
const VALUE = "\\d{1,2}|[A-Z]|red|amber|green|blue|grey|gray|black|purple|white";
/** "Key:", "RAG key", "Rating key -", "Legend": a line that opens a key. */
const KEY_HEADING = /^\s*(?:(?:rag|b?rag|rating|status|progress)\s+)?(?:key|legend)\b\s*[:\-\u2013\u2014]?\s*/iu;
/** An entry's start: a value and its separator ("1 =", "Green -", "A:"). */
const ENTRY = new RegExp(String.raw`(?:^|(?<=[;,.]\s*|\s))(${VALUE})\s*(?:=|:|\u2013|\u2014|-)\s+`, "giu");
const WHOLE_VALUE = new RegExp(`^(?:${VALUE})$`, "iu");

/**
 * Reads the rating key a plan prints before or after its table — a paragraph (`Key: 1 = Fully
 * achieved; 2 = Partially achieved; 3 = Not yet started`), a "Key" line followed by one entry a line,
 * or a legend table of value and meaning — into entries whose meaning reads as a status (see
 * `parseStatus`). Without a "Key" heading, at least two neighbouring entry lines with values of one
 * kind (all numbers, all letters or all colours) make a key.
 *
 * @returns the key's entries in print order, with their lines (empty when the plan prints none).
 * @example
 * findRatingKey(["Key: 1 = Fully achieved; 2 = Partially achieved; 3 = Not yet started"]).map((e) => e.status);
 * // ["completed", "in_progress", "not_started"]
 */
export function findRatingKey(lines: readonly string[]): RatingKeyEntry[] {
  const found: RatingKeyEntry[] = [];
  let run: Entry[] = [];
  let opened = false;
  const close = () => {
    const kinds = new Set(run.map((e) => kindOf(e.value)));
    // Without a heading, every meaning must say a status in so many words (not just any prose).
    const plain = run.length >= 2 && kinds.size === 1 && run.every((e) => e.cue);
    if (run.length > 0 && (opened || plain)) found.push(...run.map(({ cue: _cue, ...e }) => e));
    run = [];
    opened = false;
  };
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    const cells = tableCells(line)
      .map((c) => cleanCell(c))
      .filter((c) => c !== "");
    const heading = cells.length === 1 ? KEY_HEADING.exec(cells[0]!) : null;
    if (heading) {
      close();
      opened = true;
      run.push(...entriesIn(cells[0]!.slice(heading[0].length), i + 1));
      return;
    }
    const entries =
      cells.length === 2 && WHOLE_VALUE.test(cells[0]!)
        ? entry(cells[0]!, cells[1]!, i + 1)
        : cells.length === 1
          ? entriesIn(cells[0]!, i + 1)
          : [];
    if (entries.length === 0 || (cells.length === 1 && !ENTRY_AT_START.test(cells[0]!))) close();
    else run.push(...entries);
  });
  close();
  // A value printed twice keeps its first meaning.
  const seen = new Set<string>();
  return found.filter((e) => {
    const v = e.value.toLowerCase();
    if (seen.has(v)) return false;
    seen.add(v);
    return true;
  });
}

const ENTRY_AT_START = new RegExp(String.raw`^(?:${VALUE})\s*(?:=|:|\u2013|\u2014|-)\s+`, "iu");

/** A key entry being read, and whether its meaning names a status by a cue of its own. */
type Entry = RatingKeyEntry & { cue: boolean };

/** @returns the entries of a key paragraph ("1 = Fully achieved; 2 = …"). */
function entriesIn(text: string, line: number): Entry[] {
  const starts = [...text.matchAll(ENTRY)];
  return starts.flatMap((m, k) => {
    const end = starts[k + 1]?.index ?? text.length;
    return entry(m[1]!, text.slice(m.index + m[0].length, end), line);
  });
}

/** @returns the entry, or none when its meaning reads as no status. */
function entry(value: string, meaning: string, line: number): Entry[] {
  const words = meaning.replace(/[\s;,.]+$/u, "").trim();
  if (words === "" || words.split(/\s+/u).length > 12) return [];
  const { status, rule } = parseStatus(words);
  return status === "unknown" ? [] : [{ value, meaning: words, status, line, cue: rule !== "text:progress-reported" }];
}

function kindOf(value: string): "number" | "letter" | "colour" {
  return /^\d+$/u.test(value) ? "number" : value.length === 1 ? "letter" : "colour";
}
