import type { PdfDocument } from "../pdf/open-pdf.js";
import { lineText, pageLines, type PdfLine } from "../pdf/page-lines.js";

/** A printed line of a report page, in reading order: its text, where it is, and its runs. */
export interface ReportLine {
  readonly page: number;
  /** 1-based, counted from the top of its page (furniture included). */
  readonly line: number;
  readonly text: string;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  /** Running headers, footers and page numbers: in the page's top twentieth or bottom tenth. */
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
    furniture: l.y > 0.9 * page.height || l.y < 0.05 * page.height,
    source: l,
  }));
}
