import type { PdfDocument } from "../pdf/open-pdf.js";
import { lineText, pageLines, type PdfLine } from "../pdf/page-lines.js";

/** What a report prints at the foot of its pages: its title, the inspection dates, the page number. */
const FOOTER =
  /^(?:(?:inspection of .+(?:services|trust)|\d{1,2}(?:\s+\w+)?(?:\s+\d{4})?\s+(?:to|-|\u2013)\s+\d{1,2}\s+\w+\s+\d{4})(?:\s+\d{1,3})?|\d{1,3}|page \d{1,3}(?: of \d{1,3})?)$/iu;

/** A printed line of a report page, in reading order: its text, where it is, and its runs. */
export interface ReportLine {
  readonly page: number;
  /** 1-based, counted from the top of its page (furniture included). */
  readonly line: number;
  readonly text: string;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  /**
   * Running headers, footers and page numbers: a line in the page's top twentieth, or in its bottom
   * sixth that prints the report's title, the inspection dates or a page number.
   */
  readonly furniture: boolean;
  readonly source: PdfLine;
}

/**
 * Reads one page of a report as lines (see `pageLines`), marking its furniture: an ILACS report
 * prints its title, the inspection dates and the page number at the foot of each page.
 *
 * @returns the page's lines, top to bottom.
 */
export function reportPage(doc: PdfDocument, n: number): ReportLine[] {
  const page = doc.page(n);
  return pageLines(page).lines.map((l, k) => ({
    page: n,
    line: k + 1,
    text: lineText(l.runs),
    x1: l.x1,
    y: l.y,
    size: l.size,
    furniture: l.y < 0.05 * page.height || (l.y > 0.83 * page.height && FOOTER.test(lineText(l.runs))),
    source: l,
  }));
}
