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

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const DASHES = /[\u2010\u2011\u2012\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const COMPATIBILITY = /[\uFB00-\uFB06\uFF01-\uFF5E]/u;
const LATIN = /[A-Za-z]/u;
/** Any character a rule may change (Greek and Cyrillic blocks included, for look-alikes). */
const ANY = /[\u00A0\u00AD\u1680\u2000-\u200D\u2010-\u2012\u2015\u202F\u205F\u2060\u2212\u3000\uFB00-\uFB06\uFE58\uFE63\uFEFF\uFF01-\uFF5E\u0370-\u03FF\u0400-\u052F]/u;

/** Cyrillic and Greek letters that look like Latin ones. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X", І: "I", Ј: "J", Ѕ: "S",
  а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", і: "i", ј: "j", ѕ: "s", һ: "h", ԁ: "d", ԛ: "q", ԝ: "w",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
  ο: "o", ν: "v", ι: "i",
};

/**
 * Normalises a document's lines for matching, keeping the way back to every printed character: no
 * layout ever sees a no-break space, a zero-width space, a soft hyphen, a minus sign for a dash, or a
 * Cyrillic letter inside a Latin word, so another conversion of the same document reads the same. A
 * line with none of these is returned as it is (the common case costs one test per line).
 *
 * @returns the normalised lines, what changed, and `printed()` to recover printed fragments.
 * @example
 * const n = normaliseLines(["Oct 12 \u2212 De\u00ADc 12", "Grеen"]);
 * n.lines; // ["Oct 12 – Dec 12", "Green"]
 * n.printed(2, "Green"); // "Grеen", as printed
 */
export function normaliseLines(printedLines: readonly string[]): NormalisedLines {
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
    if (!ANY.test(printed)) {
      lines[i] = printed;
      continue;
    }
    const out: string[] = [];
    const map: number[] = [];
    const chars = [...printed];
    let offset = 0;
    for (let k = 0; k < chars.length; k++) {
      const ch = chars[k]!;
      const at = offset;
      offset += ch.length;
      const emit = (text: string) => {
        for (const unit of text) {
          out.push(unit);
          for (let u = 0; u < unit.length; u++) map.push(at);
        }
      };
      if (SPACES.test(ch)) {
        count("space", i + 1);
        emit(" ");
      } else if (INVISIBLE.test(ch)) {
        count("invisible", i + 1);
      } else if (DASHES.test(ch)) {
        count("dash", i + 1);
        const before = chars[k - 1] ?? " ";
        const after = chars[k + 1] ?? " ";
        emit(/\s/u.test(before) && /\s/u.test(after) ? "\u2013" : "-");
      } else if (COMPATIBILITY.test(ch)) {
        count("compatibility", i + 1);
        emit(ch.normalize("NFKC"));
      } else if (HOMOGLYPHS[ch] !== undefined && inLatinWord(chars, k)) {
        count("homoglyph", i + 1);
        emit(HOMOGLYPHS[ch]);
      } else emit(ch);
    }
    map.push(offset);
    const text = out.join("");
    lines[i] = text;
    if (text !== printed) maps.set(i + 1, Int32Array.from(map));
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

/** @returns whether the letter at `k` sits in a word that has Latin letters too. */
function inLatinWord(chars: readonly string[], k: number): boolean {
  const letter = /\p{L}/u;
  let start = k;
  while (start > 0 && letter.test(chars[start - 1]!)) start--;
  let end = k;
  while (end < chars.length - 1 && letter.test(chars[end + 1]!)) end++;
  for (let j = start; j <= end; j++) if (LATIN.test(chars[j]!)) return true;
  return false;
}

/** What each normalisation kind does, for diagnostics. */
export const NORMALISATION_TEXT: Readonly<Record<NormalisationKind, string>> = {
  space: "no-break or other Unicode spaces read as spaces",
  invisible: "zero-width characters or soft hyphens removed",
  dash: "minus signs or Unicode hyphens read as dashes",
  homoglyph: "Cyrillic or Greek look-alike letters inside Latin words read as Latin letters",
  compatibility: "ligatures or full-width characters read as plain letters",
};
