import { LOOK_ALIKES } from "@ofsted-action-plans/core/authoring";
/**
 * What one normalisation rule changed in a document: the kind, how many characters, and the first
 * line where it did.
 */
export interface NormalisationCount {
  readonly kind: NormalisationKind;
  readonly count: number;
  readonly firstLine: number;
}

/**
 * The normalisations applied before a layout reads a line:
 * - `space`: no-break and other Unicode spaces read as a space;
 * - `invisible`: zero-width characters and soft hyphens removed;
 * - `dash`: minus signs, Unicode hyphens and other dash variants read as an en dash (between spaces)
 *   or a hyphen (inside a word or number);
 * - `homoglyph`: Cyrillic or Greek letters that look Latin, inside a word of Latin letters, read as
 *   their Latin twins ("Grеen" with a Cyrillic "е");
 * - `compatibility`: ligatures (ﬁ) and full-width forms read as plain letters (Unicode NFKC, for
 *   those characters only: NFKC would also rewrite "…" and "½", which stay as printed).
 */
export type NormalisationKind = "space" | "invisible" | "dash" | "homoglyph" | "compatibility";

/** A document's lines in the normalised form layouts match on, with the way back to the printed text. */
export interface NormalisedLines {
  /** The lines as layouts read them. */
  readonly lines: readonly string[];
  /** What was changed, per kind. */
  readonly counts: readonly NormalisationCount[];
  /**
   * @returns the printed text of a fragment a layout took from line `line` (1-based): the same
   * characters as printed, when the fragment is a piece of the normalised line; else the fragment.
   */
  printed(line: number, fragment: string): string;
}

const LATIN = /[A-Za-z]/u;
/** Any character a rule may change (Greek and Cyrillic blocks included, for look-alikes). */
const ANY =
  /[\u00A0\u00AD\u1680\u2000-\u200D\u2010-\u2012\u2015\u202F\u205F\u2060\u2212\u3000\uFB00-\uFB06\uFE58\uFE63\uFEFF\uFF01-\uFF5E\u0370-\u03FF\u0400-\u052F]/u;

const HOMOGLYPHS = LOOK_ALIKES;

/**
 * Normalises a document's lines for matching, keeping the way back to every printed character: no
 * layout ever sees a no-break space, a zero-width space, a soft hyphen, a minus sign for a dash, or a
 * Cyrillic letter inside a Latin word, so another conversion of the same document reads the same. A
 * line with none of these is returned as it is (the common case costs one test per line).
 *
 * `text`, the document the lines were split from, lets a document with nothing to normalise be
 * passed with one test instead of one per line.
 *
 * @returns the normalised lines, what changed, and `printed()` to recover printed fragments.
 * @example
 * const n = normaliseLines(["Oct 12 \u2212 De\u00ADc 12", "Grеen"]);
 * n.lines; // ["Oct 12 – Dec 12", "Green"]
 * n.printed(2, "Green"); // "Grеen", as printed
 */
export function normaliseLines(printedLines: readonly string[], text?: string): NormalisedLines {
  // A document with none of these characters anywhere (the common case) is tested once, not per line.
  if (text !== undefined && !ANY.test(text))
    return { lines: printedLines, counts: [], printed: (_line, fragment) => fragment };
  const lines: string[] = new Array(printedLines.length);
  const maps = new Map<number, Int32Array>();
  const counts = new Map<NormalisationKind, { count: number; firstLine: number }>();
  const count = (kind: NormalisationKind, line: number) => {
    const c = counts.get(kind);
    if (c) c.count++;
    else counts.set(kind, { count: 1, firstLine: line });
  };
  for (let i = 0; i < printedLines.length; i++) {
    const printed = printedLines[i]!;
    const changed = ANY.test(printed) ? normaliseLine(printed, (kind) => count(kind, i + 1)) : null;
    lines[i] = changed?.text ?? printed;
    if (changed) maps.set(i + 1, changed.map); // every change gives other characters than printed
  }
  return {
    lines,
    counts: [...counts].map(([kind, c]) => ({ kind, ...c })),
    printed(line, fragment) {
      const map = maps.get(line);
      if (!map) return fragment;
      const text = lines[line - 1]!;
      const at = text.indexOf(fragment);
      if (at < 0) return fragment;
      return printedLines[line - 1]!.slice(map[at]!, map[at + fragment.length]!);
    },
  };
}

/**
 * Normalises one line. Unchanged runs are copied whole; `map` gives each normalised character's
 * printed position (a ligature reads as at most three letters).
 *
 * @returns the normalised line and its map, or null when nothing in it changes.
 */
function normaliseLine(
  printed: string,
  count: (kind: NormalisationKind) => void,
): { text: string; map: Int32Array } | null {
  let out = "";
  let from = 0;
  const map = new Int32Array(printed.length * 3 + 1);
  let m = 0;
  const copyTo = (k: number) => {
    out += printed.slice(from, k);
    while (from < k) map[m++] = from++;
  };
  let word = { start: -1, end: -1, latin: false };
  for (let k = 0; k < printed.length; k++) {
    const kind = kindOf(printed.charCodeAt(k));
    if (kind === null) continue;
    if (kind === "homoglyph" && k > word.end) word = wordAt(printed, k);
    const text = replacement(kind, printed, k, word.latin);
    if (text === null) continue; // a look-alike in a word of its own script stays
    copyTo(k);
    count(kind);
    out += text;
    for (let u = 0; u < text.length; u++) map[m++] = k;
    from = k + 1;
  }
  if (from === 0) return null;
  copyTo(printed.length);
  map[m++] = printed.length;
  return { text: out, map: map.slice(0, m) };
}

/** @returns what the character at `k` reads as, or null for a look-alike letter in a word not in Latin script. */
function replacement(kind: NormalisationKind, printed: string, k: number, latinWord: boolean): string | null {
  const ch = printed[k]!;
  if (kind === "space") return " ";
  if (kind === "invisible") return "";
  if (kind === "dash") return /\s/u.test(printed[k - 1] ?? " ") && /\s/u.test(printed[k + 1] ?? " ") ? "\u2013" : "-";
  if (kind === "compatibility") return ch.normalize("NFKC");
  return latinWord ? HOMOGLYPHS[ch]! : null;
}

/** @returns the normalisation a UTF-16 code unit may need, or null for none. */
function kindOf(code: number): NormalisationKind | null {
  if (code < 0xa0) return null;
  if (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
    return "space";
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return "invisible";
  if (
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2012 ||
    code === 0x2015 ||
    code === 0x2212 ||
    code === 0xfe58 ||
    code === 0xfe63 ||
    code === 0xff0d
  )
    return "dash";
  if ((code >= 0xfb00 && code <= 0xfb06) || (code >= 0xff01 && code <= 0xff5e)) return "compatibility";
  if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x400 && code <= 0x52f))
    return HOMOGLYPHS[String.fromCharCode(code)] === undefined ? null : "homoglyph";
  return null;
}

/** @returns the word (run of letters) around `k` and whether it has Latin letters, in one pass over it. */
function wordAt(text: string, k: number): { start: number; end: number; latin: boolean } {
  const letter = /\p{L}/u;
  let start = k;
  while (start > 0 && letter.test(text[start - 1]!)) start--;
  let end = k;
  while (end < text.length - 1 && letter.test(text[end + 1]!)) end++;
  let latin = false;
  for (let j = start; j <= end && !latin; j++) latin = LATIN.test(text[j]!);
  return { start, end, latin };
}

/** What each normalisation kind does, for diagnostics. */
export const NORMALISATION_TEXT: Readonly<Record<NormalisationKind, string>> = {
  space: "no-break or other Unicode spaces read as spaces",
  invisible: "zero-width characters or soft hyphens removed",
  dash: "minus signs or Unicode hyphens read as dashes",
  homoglyph: "Cyrillic or Greek look-alike letters inside Latin words read as Latin letters",
  compatibility: "ligatures or full-width characters read as plain letters",
};
