/** A printed line of a cell: its text, where it ends, and its font size. */
export interface CellLine {
  readonly text: string;
  readonly x1: number;
  readonly x2: number;
  readonly size: number;
}

/** Words every plan uses: a line that starts with one never continues a broken word. */
const COMMON =
  "a an as at be by do go he if in is it me my no of on or so to up us we and are but can for from has its may not our the two was who via".split(
    " ",
  );

const WORD = /\p{L}[\p{L}'\u2019]*/gu;

/** Endings that go on a word ("depend" + "ent", "Develop" + "ment"), as a line's first letters. */
const SUFFIX =
  /^(?:ments?|tions?|sions?|ness|ings?|ers?|ly|ity|ies|ence|ance|able|ible|ful|ous|ive|ally|ated?|ations?|ators?|ships?|hood|ward)$/u;

/** Endings of English words (a head that ends so may be a whole word). */
const WORD_END: RegExp =
  /(?:tion|sion|ment|ness|ance|ence|ible|able|ing|ity|ive|ous|ful|ship|ism|ist|ate|ise|ize|ed|er|or|ly|al|ic|es|s)$/iu;

/**
 * The words a document prints whole: every word of its text outside tables but the first and last
 * of a line (a wrap may have cut those), and every word of its cells except where a word may be
 * broken — a line that holds one word only and reaches the cell's right edge, and the first word of
 * the line after it. Common short words are always words.
 *
 * @returns the vocabulary, lower case.
 * @example
 * vocabulary(["Head of Safeguarding and Quality"], []).has("safeguarding"); // true
 */
export function vocabulary(
  texts: Iterable<string>,
  cells: Iterable<{ lines: readonly CellLine[]; right: number }>,
): Set<string> {
  const words = new Set<string>(COMMON);
  // Words of three letters or more: "ed", "ng", "t" are the tails of broken words, never words.
  const add = (found: RegExpMatchArray | null, from: number, to: number) => {
    if (found)
      for (let k = from; k < found.length - to; k++) if (found[k]!.length >= 3) words.add(found[k]!.toLowerCase());
  };
  for (const text of texts) add(text.match(WORD), 1, 1);
  for (const { lines, right } of cells)
    lines.forEach((line, k) => {
      const next = lines[k + 1];
      const mayBreak = next !== undefined && !/\s/u.test(line.text) && atEdge(line, next, right);
      const afterBreak = k > 0 && !/\s/u.test(lines[k - 1]!.text) && atEdge(lines[k - 1]!, line, right);
      if (!mayBreak) add(line.text.match(WORD), afterBreak ? 1 : 0, 0);
    });
  return words;
}

/**
 * Joins the lines of one cell: by a space, except
 * - after a hyphen ending a word ("multi-" + "agency": "multi-agency") or an opening bracket;
 * - before punctuation ("No" + ".");
 * - inside a word broken because it did not fit the cell: the joined word is printed whole elsewhere
 *   in the document while its first part is not; or the first part fills its line alone up to the
 *   cell's right edge (`right`) and the next line goes on in lower case (see `brokenAt`: "depend" +
 *   "ent", "Safeguardi" + "ng", but not "Responsible" + "officer" or "already" + "as"); or a number
 *   broken the same way ("31/05/2" + "015").
 *
 * @param joined told each word that was joined over a line break, as joined.
 * @returns the cell's text, lines joined by "\n" where they are separate.
 * @example
 * joinCellLines([{ text: "Safeguardin", x1: 100, x2: 140, size: 10 }, { text: "g", x1: 100, x2: 105, size: 10 }], 142, new Set());
 * // "Safeguarding"
 */
export function joinCellLines(
  lines: readonly CellLine[],
  right: number,
  words: ReadonlySet<string>,
  joined?: (word: string) => void,
): string {
  let text = "";
  let previous: CellLine | null = null;
  for (const line of lines) {
    if (line.text === "") continue;
    if (previous === null) text = line.text;
    else if (brokenAt(previous, line, right, words)) {
      // Reported, but for punctuation, which never starts a word.
      if (joined && !/^[.,;:!?)\]]/u.test(line.text))
        joined(`${/\S+$/u.exec(previous.text)?.[0] ?? ""}${/^\S+/u.exec(line.text)?.[0] ?? ""}`);
      text += line.text;
    } else text += `\n${line.text}`;
    previous = line;
  }
  return text;
}

/**
 * Whether a line ends within `letters` letters of the cell's right edge, where a word may have been
 * broken (typesetters break a word too long for the cell at the last letter that fits, or a syllable
 * or two before it).
 */
function atEdge(before: CellLine, after: CellLine, right: number, letters = 3): boolean {
  const letter = after.text.length > 0 ? Math.min(0.6 * after.size, (after.x2 - after.x1) / after.text.length) : 0;
  return before.x2 + letters * letter > right;
}

function brokenAt(before: CellLine, after: CellLine, right: number, words: ReadonlySet<string>): boolean {
  if (/\p{L}-$/u.test(before.text) && /^\p{L}/u.test(after.text)) return true;
  // After an opening bracket ("Officer(" + "s)"), before punctuation.
  if (/[([]$/u.test(before.text) || /^[.,;:!?)\]]/u.test(after.text)) return true;
  const head = /[\p{L}\p{N}]+$/u.exec(before.text)?.[0] ?? "";
  const tail = /^[\p{L}\p{N}]+/u.exec(after.text)?.[0] ?? "";
  if (head === "" || tail === "" || !/^[\p{L}\p{N}]/u.test(after.text) || !/[\p{L}\p{N}]$/u.test(before.text))
    return false;
  const near = atEdge(before, after, right);
  // A number broken ("31/05/2" + "015"), or an id and its letter ("13" + "c").
  if (/^\d+$/u.test(head) || /^\d+$/u.test(tail))
    return (
      ((/\d$/u.test(head) && /^\d/u.test(tail)) || (/^\d+$/u.test(head) && /^\p{Ll}{1,2}$/u.test(after.text))) &&
      atEdge(before, after, right, 2)
    );
  const known = (w: string) => words.has(w.toLowerCase());
  if (known(head + tail) && !known(head)) return true;
  // A word is broken between lower-case letters, near the cell's right edge.
  if (!/\p{Ll}$/u.test(head) || !/^\p{Ll}/u.test(tail) || !near) return false;
  // A fragment ends where the word does: at a space, a line's end or punctuation (not "re" of "re-shape").
  const fragment = (tail.length <= 3 || SUFFIX.test(tail)) && /^[\p{L}\p{N}]+(?:$|[\s.,;:!?)])/u.test(after.text);
  // Before a word of its own ("as", "from", "via"): broken only where the head is no word, fills the
  // line to its last letter and does not end as English words end ("discussi" + "on").
  if (known(tail)) return !known(head) && !WORD_END.test(head) && atEdge(before, after, right, 1);
  // Before a fragment or a word ending ("depend" + "ent", "Coordin" + "ator", "Partner" + "ship"); a
  // short word ("to", "and") ends a wrapped line; a longer tail may be a word the document prints only
  // here ("Target" + "date").
  return fragment && (!known(head) || head.length >= 4);
}
