import { attr, child, childElements, descendants, parseXml, type XmlElement } from "../xml/read-xml.js";

/** Built-in number formats that show a date. */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Excel's default indexed colours (0–63). */
const INDEXED =
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333".split(
    " ",
  );

/** What a workbook's cell styles say about a cell: whether its number is a date, and its fill colour. */
export interface CellStyles {
  isDate(style: number): boolean;
  /** The solid fill colour of a style, `#rrggbb`, or null. */
  fill(style: number): string | null;
}

/**
 * Reads the cell styles of a workbook (`xl/styles.xml`, with the theme's colours for fills given by
 * theme and tint).
 *
 * @returns the styles' dates and fills.
 */
export function readCellStyles(stylesXml: string | undefined, themeXml: string | undefined): CellStyles {
  const dates = new Set<number>();
  const fills: (string | null)[] = [];
  if (stylesXml) {
    const doc = parseXml(stylesXml, "xl/styles.xml");
    const custom = new Map(
      descendants(doc, "numFmt").map((f) => [Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? ""]),
    );
    const theme = themeColours(themeXml);
    const fillColours = descendants(doc, "fill").map((f) => solidFill(f, theme));
    const cellXfs = descendants(doc, "cellXfs")[0];
    if (cellXfs)
      childElements(cellXfs, "xf").forEach((xf, i) => {
        const id = Number(attr(xf, "numFmtId") ?? 0);
        const code = custom.get(id);
        if (
          DATE_FORMATS.has(id) ||
          (code !== undefined && /[dmy]/iu.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, "")))
        )
          dates.add(i);
        fills[i] = fillColours[Number(attr(xf, "fillId") ?? 0)] ?? null;
      });
  }
  return { isDate: (s) => dates.has(s), fill: (s) => fills[s] ?? null };
}

/** @returns a fill's colour when it is a solid pattern, else null. */
function solidFill(fill: XmlElement, theme: readonly string[]): string | null {
  const pattern = child(fill, "patternFill");
  if (!pattern || attr(pattern, "patternType") !== "solid") return null;
  const fg = child(pattern, "fgColor");
  return fg ? colourOf(fg, theme) : null;
}

/** @returns a colour element's value (`rgb`, `indexed`, or `theme` with `tint`) as `#rrggbb`, or null. */
function colourOf(element: XmlElement, theme: readonly string[]): string | null {
  const rgb = attr(element, "rgb");
  let hex: string | undefined;
  if (rgb && /^[0-9a-f]{6,8}$/iu.test(rgb)) hex = rgb.slice(-6);
  else if (attr(element, "indexed") !== null) hex = INDEXED[Number(attr(element, "indexed"))];
  else if (attr(element, "theme") !== null) hex = theme[Number(attr(element, "theme"))];
  if (!hex) return null;
  const tint = Number(attr(element, "tint") ?? 0);
  return `#${(tint ? tinted(hex, tint) : hex).toLowerCase()}`;
}

/** @returns the theme's colours in the order cells refer to them (lt1, dk1, lt2, dk2, accent1–6, links). */
function themeColours(xml: string | undefined): string[] {
  if (!xml) return [];
  const scheme = descendants(parseXml(xml, "xl/theme/theme1.xml"), "clrScheme")[0];
  if (!scheme) return [];
  const value = (name: string) => {
    const e = child(scheme, name);
    const c = e ? childElements(e)[0] : undefined;
    return c ? (attr(c, "val") ?? attr(c, "lastClr") ?? "") : "";
  };
  return [
    "lt1",
    "dk1",
    "lt2",
    "dk2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
  ].map(value);
}

/** @returns a colour lightened (tint > 0) or darkened (tint < 0) as Excel does, in HSL. */
function tinted(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((k) => Number.parseInt(hex.slice(k, k + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return [r1, g1, b1]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("");
}
