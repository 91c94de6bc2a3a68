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
  let text = raw;
  if (text.includes("<")) text = text.replace(HTML_TAG, " ");
  if (GLYPH.test(text)) text = text.replace(BULLET_OR_PRIVATE_USE, "");
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
  // A first character that is printable ASCII, and does not open a tag, stays in the cleaned text.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127 && first !== 60 /* < */) return false;
  if (BLANK.test(text)) return true;
  return text.includes("<") && cleanCell(text) === "";
}

/** What makes a cell worth cleaning: a character other than printable ASCII, a "<", a space at either end, or two in a row. */
const MAY_NEED_WORK = /[^\x21-\x3b\x3d-\x7e ]|^ | $| {2}/;

/**
 * @returns the text's words (runs of anything but whitespace, as `\s` defines it) joined by one
 * space: `text.replace(/\s+/g, " ").trim()`, but a text whose words are already single-spaced comes
 * back as it is, without a copy.
 */
export function collapseSpaces(text: string): string {
  return text.replace(IRREGULAR_SPACE, " ").trim();
}

/** Whitespace a collapsed text cannot keep: a run of two or more, or one that is not a space. */
const IRREGULAR_SPACE = /\s{2,}|[^\S ]/g;

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

/** Whether a text may hold a glyph `BULLET_OR_PRIVATE_USE` removes. */
const GLYPH = /[\u2022\uE000-\uF8FF\uDB80-\uDBFF]/;

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
