import type { Grade, Judgement, JudgementArea } from "@ofsted-action-plans/core";
import { lineText } from "../pdf/page-lines.js";
import type { ReportLine } from "./report-lines.js";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = `(${MONTHS.join("|")})`;
/** "11 to 15 September 2023", "17 March to 21 March 2025", "30 December 2024 to 10 January 2025". */
const DATES = new RegExp(
  `(\\d{1,2})(?:\\s+${MONTH})?(?:\\s+(\\d{4}))?\\s+(?:to|-|\\u2013)\\s+(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})`,
  "iu",
);

/** What a report's first page says: its title, the council, the dates and lead inspector, and its judgements. */
export interface ReportHeader {
  readonly title: string;
  readonly councilName: string;
  readonly inspectionDates: string;
  readonly start: string;
  readonly end: string;
  readonly leadInspector: string | null;
  readonly judgements: Partial<Record<JudgementArea, Judgement>>;
  /** The line after the judgement table: where the report's text goes on. */
  readonly after: number;
}

/** The judgement each label names. */
const AREAS: readonly [RegExp, JudgementArea][] = [
  [/impact of leaders/iu, "leaders"],
  [/help and protection/iu, "help_and_protection"],
  [/children in care/iu, "in_care"],
  [/care leavers/iu, "care_leavers"],
  [/overall effectiveness/iu, "overall"],
];

const GRADES: readonly [RegExp, Grade][] = [
  [/^outstanding\b/iu, "outstanding"],
  [/^good\b/iu, "good"],
  [/^requires improvement\b/iu, "requires_improvement"],
  [/^inadequate\b/iu, "inadequate"],
];

/**
 * Reads a report's first page: the title ("Inspection of <council> local authority children's
 * services", over one or two lines), the inspection dates, the lead inspector, and the judgement
 * table — each row's label (wrapped over lines) in the left column and its grade under "Grade".
 *
 * @returns what the page says, or null when it is not the first page of an ILACS report.
 */
export function readReportHeader(lines: readonly ReportLine[]): ReportHeader | null {
  const body = lines.filter((l) => !l.furniture);
  let title = "";
  let k = 0;
  // The title runs until the inspection dates: "Inspection of <council> [local authority] children's
  // services", or of the trust that runs them ("Inspection of Bradford Children and Families Trust").
  for (; k < Math.min(body.length, 4) && !/^inspection dates?\s*:/iu.test(body[k]!.text); k++)
    title = `${title} ${body[k]!.text}`.trim();
  const named =
    /^inspection of\s+(.+?)(?:\s+local authority)?\s+children(?:['\u2019]s)?\s+services$/iu.exec(title) ??
    /^inspection of\s+(.+?\s+trust)$/iu.exec(title);
  if (!named) return null;
  const datesLine = body.find((l) => /^inspection dates?\s*:/iu.test(l.text));
  const dates = datesLine ? DATES.exec(datesLine.text) : null;
  if (!datesLine || !dates) return null;
  const endYear = Number(dates[6]);
  const endMonth = MONTHS.indexOf(dates[5]!.toLowerCase());
  const startMonth = dates[2] ? MONTHS.indexOf(dates[2].toLowerCase()) : endMonth;
  const startYear = dates[3] ? Number(dates[3]) : startMonth > endMonth ? endYear - 1 : endYear;
  const iso = (y: number, m: number, d: string) => `${y}-${String(m + 1).padStart(2, "0")}-${d.padStart(2, "0")}`;
  const lead = body.find((l) => /^lead inspector\s*:/iu.test(l.text));
  const table = readJudgements(body);
  return {
    title,
    councilName: named[1]!,
    inspectionDates: datesLine.text.replace(/^inspection dates?\s*:\s*/iu, ""),
    start: iso(startYear, startMonth, dates[1]!),
    end: iso(endYear, endMonth, dates[4]!),
    leadInspector: lead
      ? lead.text
          .replace(/^lead inspector\s*:\s*/iu, "")
          .split(",")[0]!
          .trim()
      : null,
    judgements: table.judgements,
    after: table.after,
  };
}

/**
 * Reads the judgement table under its "Judgement  Grade" header: labels (wrapped over lines) in the
 * left column, each starting "The …" or "Overall …"; grades in the column under "Grade", each given to
 * the label whose first line it is printed nearest (a grade may sit a little above or below it).
 */
function readJudgements(lines: readonly ReportLine[]): {
  judgements: Partial<Record<JudgementArea, Judgement>>;
  after: number;
} {
  const judgements: Partial<Record<JudgementArea, Judgement>> = {};
  const at = lines.findIndex((l) => /^judgements?\s+grades?$/iu.test(l.text));
  if (at < 0) return { judgements, after: 0 };
  const gradeRun = lines[at]!.source.runs.find((r) => /^grade/iu.test(r.text.trim()));
  const gradeX = (gradeRun?.x ?? Number.POSITIVE_INFINITY) - 5;
  const rows: { label: string; y: number }[] = [];
  const grades: { text: string; y: number; line: ReportLine }[] = [];
  let k = at + 1;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    const left = l.source.runs.filter((r) => r.x < gradeX);
    // A paragraph runs across the grade column: the table has ended.
    if (left.some((r) => r.x + r.width > gradeX + 10)) break;
    const label = lineText(left);
    // A label goes on within a line's spacing of the line above; further down, the table has ended.
    const previous = lines[k - 1]!;
    if (rows.length > 0 && label !== "" && !/^(?:the\s|overall\s)/iu.test(label) && l.y - previous.y > 2 * l.size)
      break;
    const right = l.source.runs.filter((r) => r.x >= gradeX);
    if (right.length > 0) grades.push({ text: lineText(right), y: l.y, line: l });
    if (label === "") continue;
    if (/^(?:the\s|overall\s)/iu.test(label) || rows.length === 0) rows.push({ label, y: l.y });
    else rows[rows.length - 1]!.label = `${rows[rows.length - 1]!.label} ${label}`;
  }
  const byRow = new Map<number, { text: string; line: ReportLine }>();
  for (const g of grades) {
    let best = -1;
    rows.forEach((r, i) => {
      if (Math.abs(r.y - g.y) <= 12 && (best < 0 || Math.abs(r.y - g.y) < Math.abs(rows[best]!.y - g.y))) best = i;
    });
    if (best < 0) {
      // A grade wrapped under the one above it ("Requires improvement to be" / "good").
      const above = [...byRow.entries()].find(([, v]) => g.y - v.line.y > 0 && g.y - v.line.y <= 16);
      if (above) above[1].text = `${above[1].text} ${g.text}`;
      continue;
    }
    const seen = byRow.get(best);
    byRow.set(best, seen ? { ...seen, text: `${seen.text} ${g.text}` } : { text: g.text, line: g.line });
  }
  for (const [i, { text, line }] of byRow) {
    const grade = GRADES.find(([re]) => re.test(text))?.[1];
    if (!grade) continue;
    const label = rows[i]!.label;
    // One judgement may cover two areas ("children in care and care leavers", in earlier reports).
    for (const [re, area] of AREAS)
      if (re.test(label)) judgements[area] = { grade, printed: text, label, at: { page: line.page, line: line.line } };
  }
  return { judgements, after: k };
}
