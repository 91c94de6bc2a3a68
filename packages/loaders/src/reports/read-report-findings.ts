import type { ReportFinding } from "@ofsted-action-plans/core";
import type { ReportLine } from "./report-lines.js";

/** A bullet that starts an item: Ofsted prints ◼; other conversions print •, ▪, ■, ● or a dash. */
const BULLET = /^\s*[\u25fc\u25aa\u25a0\u2022\u25cf\u25a1\u2013-]\s*/u;
/** What follows the section: a judgement's heading ("…: requires improvement to be good") or a numbered paragraph. */
const NEXT_SECTION = /:\s*(?:outstanding|good|requires improvement|inadequate)\b|^\d+\.\s/iu;

/** The section's heading, wherever it is printed (alone, with a footnote mark, or ending a paragraph). */
const HEADING = /what\s+needs\s+to\s+improve/iu;
/**
 * The national-framework reference printed after an item: "(outcome 3, national framework)",
 * "(Enabler 2: …)", "(Principle 1)", or a last sentence "Enabler three: National Framework.".
 */
const REFERENCE =
  /\s*[([]\s*([^()[\]]*\b(?:national\s+framework|outcome|enabler|principle)\b[^()[\]]*?)\s*[)\]]\s*\.?\s*$|\s+((?:outcome|enabler|principle)\s+\w+\s*[:,]?\s*national\s+framework)\s*\.?\s*$/iu;

/** Reads a report's "What needs to improve?" items, page by page, as pages arrive. */
export class FindingsReader {
  private phase: "seeking" | "items" | "done" = "seeking";
  private heading: ReportLine | null = null;
  private previous = "";
  private bulletX = 0;
  /** Where an item's text starts after its bullet: its wrapped lines start there (sub-items further in). */
  private textX = 0;
  /** Lines read since the heading with no item yet. */
  private waiting = 0;
  private item: ReportLine[] = [];
  readonly findings: ReportFinding[] = [];

  /** @returns whether the section has been read to its end (no more pages are needed). */
  get done(): boolean {
    return this.phase === "done";
  }

  /** The page the section's heading is printed on, or null before it is found. */
  get page(): number | null {
    return this.heading?.page ?? null;
  }

  /** Reads a page's lines (furniture is skipped: an item goes on over a page break). */
  read(lines: readonly ReportLine[]): void {
    for (const line of lines) {
      if (line.furniture || this.phase === "done") continue;
      if (this.phase === "seeking") {
        // The heading may end one line and begin the next ("What needs to" / "improve?").
        if (HEADING.test(line.text) || HEADING.test(`${this.previous} ${line.text}`)) {
          this.heading = line;
          this.phase = "items";
        }
        this.previous = line.text;
        continue;
      }
      if (BULLET.test(line.text) && (this.item.length === 0 || Math.abs(line.x1 - this.bulletX) < 3)) {
        this.close();
        this.bulletX = line.x1;
        const runs = line.source.runs.filter((r) => r.text.trim() !== "");
        this.textX = runs[1]?.x ?? line.x1 + 10;
        this.item = [line];
      } else if (this.item.length > 0 && line.x1 > this.textX - 4 && !NEXT_SECTION.test(line.text))
        this.item.push(line);
      else if (this.item.length > 0 || this.findings.length > 0) this.end();
      // Before the first item: the heading printed again ("What Needs to Improve"), or a footnote;
      // a heading followed by no item within a dozen lines heads no list.
      else if (++this.waiting > 12) this.end();
    }
  }

  /** Ends the section (at the last page read, too). */
  end(): void {
    this.close();
    if (this.phase !== "seeking") this.phase = "done";
  }

  private close(): void {
    if (this.item.length === 0) return;
    const lines = this.item;
    this.item = [];
    let text = "";
    for (const [k, l] of lines.entries()) {
      const part = k === 0 ? l.text.replace(BULLET, "") : l.text;
      text = k === 0 ? part : /\p{L}-$/u.test(text) && /^\p{L}/u.test(part) ? text + part : `${text} ${part}`;
    }
    const reference = REFERENCE.exec(text);
    const body = (reference ? text.slice(0, reference.index) : text).replace(/\s+/gu, " ").trim();
    if (body === "") return;
    const last = lines[lines.length - 1]!;
    this.findings.push({
      id: `F${this.findings.length + 1}`,
      text: body,
      raw: lines.map((l) => l.text).join("\n"),
      frameworkRef: reference ? (reference[1] ?? reference[2]!).replace(/\s+/gu, " ").trim() : null,
      from: { page: lines[0]!.page, line: lines[0]!.line },
      to: { page: last.page, line: last.line },
    });
  }
}
