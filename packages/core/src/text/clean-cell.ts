/**
 * Cleans a table cell the way the action-units spec prescribes: HTML tags such as `<i>`, `<p>`,
 * `<ul style="…">` and `<h2>` become a space (placeholders such as `<insert date>` stay), the bullet glyph `•` and private-use glyphs are removed,
 * and runs of whitespace collapse to one space. Wording, typos, curly quotes, dashes and homoglyphs
 * are kept exactly as printed.
 *
 * Loaders call it on the fragments of a cell joined by a space, so a cell split over a page break
 * reads as one.
 *
 * @returns the cleaned, trimmed text ("" for an empty cell).
 * @example
 * cleanCell("<i>Lead</i>  officer"); // "Lead officer"
 * cleanCell("Due <insert date>"); // "Due <insert date>"
 */
export function cleanCell(raw: string): string {
  // Most cells are printable ASCII with single spaces between words: one native scan says so.
  if (!MAY_NEED_WORK.test(raw)) return raw;
  const work = scan(raw);
  if (work === 0) return raw;
  let text = raw;
  if (work & TAGS) text = text.replace(HTML_TAG, " ");
  if (work & GLYPHS) text = text.replace(BULLET_OR_PRIVATE_USE, "");
  return collapseSpaces(text);
}

/**
 * Whether a cell is blank once cleaned: only whitespace, markup tags, bullets and private-use glyphs.
 * The same answer as `cleanCell(text) === ""`, without building the cleaned text (a layout asks it of
 * every line).
 *
 * @returns true when `cleanCell(text)` is "".
 * @example
 * isBlankCell(" \t<p></p> \u2022 "); // true
 * isBlankCell("<insert date>"); // false: a placeholder is text
 */
export function isBlankCell(text: string): boolean {
  if (BLANK.test(text)) return true;
  return text.includes("<") && cleanCell(text) === "";
}

/** What makes a cell worth scanning: a character other than printable ASCII, a "<", a space at either end, or two in a row. */
const MAY_NEED_WORK = /[^\x21-\x3b\x3d-\x7e ]|^ | $| {2}/;

/**
 * @returns the text's words (runs of anything but whitespace, as `\s` defines it) joined by one
 * space: `text.replace(/\s+/g, " ").trim()` in one loop.
 */
export function collapseSpaces(text: string): string {
  let out = "";
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (start >= 0) {
        out = out === "" ? text.slice(start, i) : `${out} ${text.slice(start, i)}`;
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  if (start >= 0) out = out === "" ? text.slice(start) : `${out} ${text.slice(start)}`;
  return out;
}

/** Whitespace as a regular expression's `\s` reads it. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const TAGS = 1;
const GLYPHS = 2;
const SPACES = 4;

/**
 * One pass over a cell: which cleaning it needs — tags (a "<"), glyphs (the bullet, private-use or
 * surrogate characters), or whitespace other than single spaces between words. Most cells need none.
 */
function scan(text: string): number {
  let work = 0;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) work |= SPACES;
    } else if (c === 60) work |= TAGS;
    else if (c < 32) work |= SPACES;
    else if (c >= 0xa0) {
      if (c === 0x2022 || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xdb80 && c <= 0xdbff)) work |= GLYPHS;
      else if (isSpace(c)) work |= SPACES;
    }
  }
  return work;
}

/**
 * An opening or closing tag of the HTML a converter leaves in a cell (formatting, paragraphs, lists,
 * headings, tables, links), with or without attributes. Anything else in angle brackets is text: a
 * placeholder such as `<insert date>` or `<TBC>` is kept as printed.
 */
const HTML_TAG =
  /<\/?(?:a|b|i|u|s|em|strong|small|big|mark|span|font|sup|sub|p|br|hr|div|ul|ol|li|dl|dt|dd|h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|col|colgroup|blockquote|pre|code)(?=[\s/>])(?:\s[^<>]*)?\/?>/gi;

/**
 * The bullet glyph and the Unicode private-use areas (glyphs of symbol fonts): U+E000–U+F8FF, and
 * planes 15–16, written as their UTF-16 high surrogates (U+DB80–U+DBFF) followed by a low one.
 */
const BULLET_OR_PRIVATE_USE = /[\u2022\uE000-\uF8FF]|[\uDB80-\uDBFF][\uDC00-\uDFFF]/g;

/** Whitespace, bullets and private-use glyphs only: what `isBlankCell` passes without cleaning. */
const BLANK = new RegExp(`^(?:\\s|${BULLET_OR_PRIVATE_USE.source})*$`);

/**
 * Folds Cyrillic and Greek letters that look like Latin ones ("Ву" → "By", "ТА" → "TA") so that
 * headings can be recognised. Use it only for matching: stored text keeps the printed letters.
 *
 * @returns the text with look-alike letters replaced by their Latin twins.
 * @example
 * foldHomoglyphs("\u0412\u0443 when"); // "By when" (Cyrillic В and у folded)
 */
export function foldHomoglyphs(text: string): string {
  return text.replace(HOMOGLYPH, (ch) => LOOK_ALIKES[ch] ?? ch);
}

/**
 * Cyrillic and Greek letters that look like Latin ones, each with its Latin twin: what
 * `foldHomoglyphs` folds, and what the loaders' normalisation reads inside Latin words.
 */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  ...Object.fromEntries([..."АВЕКМНОРСТУХІЈЅ"].map((c, k) => [c, "ABEKMHOPCTYXIJS"[k]!])),
  ...Object.fromEntries([..."аеорсухіјѕһԁԛԝ"].map((c, k) => [c, "aeopcyxijshdqw"[k]!])),
  ...Object.fromEntries([..."ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"].map((c, k) => [c, "ABEZHIKMNOPTYX"[k]!])),
  ...Object.fromEntries([..."ονι"].map((c, k) => [c, "ovi"[k]!])),
};
const HOMOGLYPH = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "g");
