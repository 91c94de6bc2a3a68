/**
 * Cleans a table cell the way the action-units spec prescribes: HTML tags such as `<i>`, `<p>`,
 * `<ul style="…">` and `<h2>` become a space, the bullet glyph `•` and private-use glyphs are removed,
 * and runs of whitespace collapse to one space. Wording, typos, curly quotes, dashes and homoglyphs
 * are kept exactly as printed.
 *
 * Loaders call it on the fragments of a cell joined by a space, so a cell split over a page break
 * reads as one.
 *
 * @returns the cleaned, trimmed text ("" for an empty cell).
 */
export function cleanCell(raw: string): string {
  return raw
    .replace(HTML_TAG, " ")
    .replace(BULLET_OR_PRIVATE_USE, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** An opening or closing HTML tag, with or without attributes. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/giu;

/** The bullet glyph and the Unicode private-use areas (glyphs of symbol fonts). */
const BULLET_OR_PRIVATE_USE = /[\u2022\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;

/**
 * Folds Cyrillic and Greek letters that look like Latin ones ("Ву" → "By", "ТА" → "TA") so that
 * headings can be recognised. Use it only for matching: stored text keeps the printed letters.
 *
 * @returns the text with look-alike letters replaced by their Latin twins.
 */
export function foldHomoglyphs(text: string): string {
  return text.replace(HOMOGLYPH, (ch) => HOMOGLYPHS[ch] ?? ch);
}

const HOMOGLYPHS: Record<string, string> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X",
  а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", і: "i", ј: "j", ѕ: "s",
  Α: "A", Β: "B", Ε: "E", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Χ: "X",
  ο: "o",
};
const HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join("")}]`, "gu");
