import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from "docx";
import ExcelJS from "exceljs";
import { HEADINGS, RECOMMENDATIONS, ROWS, STATUS_KEY } from "./northmoor-plan.js";

/**
 * Writes the Northmoor plan in four layouts, with a manifest for `format: "table"`:
 * - `northmoor.xlsx`: a title row, the header, the recommendation column merged down over its
 *   actions, dates as real spreadsheet dates, the council's status codes;
 * - `northmoor.docx`: per recommendation a full-width merged row "Recommendation n: …" above its
 *   actions (no recommendation column), bullets in a cell;
 * - `northmoor.csv`: the recommendation repeated on every row, quoted cells with commas and line breaks;
 * - `northmoor.txt`: a pipe table with the recommendation filled once and left blank below.
 *
 * @returns the manifest entries written.
 */
export async function writeFixtures(dir: string): Promise<Record<string, unknown>[]> {
  const base = {
    council: "northmoor",
    councilName: "Northmoor",
    title: "Northmoor improvement plan",
    documentDate: "2015-01",
    documentDateText: "January 2015",
    asOf: "2015-04-30",
    asOfEvidence: "Test fixture.",
  };
  const entries = [
    { ...base, id: "northmoor-xlsx", file: "northmoor.xlsx", format: "table", table: { statusKey: STATUS_KEY } },
    { ...base, id: "northmoor-docx", file: "northmoor.docx", format: "table", table: { statusKey: STATUS_KEY } },
    { ...base, id: "northmoor-csv", file: "northmoor.csv", format: "table", table: { statusKey: STATUS_KEY } },
    { ...base, id: "northmoor-txt", file: "northmoor.txt", format: "table", table: { statusKey: STATUS_KEY } },
  ];

  // Spreadsheet: recommendation column merged down; dates as dates.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Action plan");
  sheet.addRow(["Northmoor Children's Services: improvement plan"]);
  sheet.mergeCells("A1:G1");
  sheet.addRow(HEADINGS);
  let first = 3;
  for (const rec of RECOMMENDATIONS) {
    const rows = ROWS.filter((r) => r.rec === rec);
    rows.forEach((r, k) => {
      const due = /^\d\d\/\d\d\/\d{4}$/u.test(r.due)
        ? new Date(Date.UTC(Number(r.due.slice(6)), Number(r.due.slice(3, 5)) - 1, Number(r.due.slice(0, 2))))
        : r.due;
      const row = sheet.addRow([r.ref, k === 0 ? rec : null, r.action, r.lead, due, r.progress, Number(r.status)]);
      if (due instanceof Date) row.getCell(5).numFmt = "dd/mm/yyyy";
    });
    if (rows.length > 1) sheet.mergeCells(`B${first}:B${first + rows.length - 1}`);
    first += rows.length;
  }
  await book.xlsx.writeFile(join(dir, "northmoor.xlsx"));

  // Word: a full-width merged row per recommendation, then its actions.
  const cell = (text: string, opts: { span?: number; merge?: "restart" | "continue" } = {}) =>
    new TableCell({
      columnSpan: opts.span,
      verticalMerge:
        opts.merge === "restart"
          ? VerticalMergeType.RESTART
          : opts.merge === "continue"
            ? VerticalMergeType.CONTINUE
            : undefined,
      children: text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] })),
    });
  const docHeadings = HEADINGS.filter((h) => h !== "Area for improvement");
  const tableRows = [new TableRow({ tableHeader: true, children: docHeadings.map((h) => cell(h)) })];
  RECOMMENDATIONS.forEach((rec, i) => {
    tableRows.push(new TableRow({ children: [cell(`Recommendation ${i + 1}: ${rec}`, { span: docHeadings.length })] }));
    for (const r of ROWS.filter((x) => x.rec === rec))
      tableRows.push(
        new TableRow({ children: [r.ref, r.action, r.lead, r.due, r.progress, r.status].map((t) => cell(t)) }),
      );
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: "Northmoor improvement plan", bold: true })],
          }),
          new Paragraph("Progress as at April 2015."),
          new Table({ rows: tableRows }),
        ],
      },
    ],
  });
  writeFileSync(join(dir, "northmoor.docx"), await Packer.toBuffer(doc));

  // CSV: the recommendation on every row.
  const quote = (s: string) => (/[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
  const csv = [HEADINGS, ...ROWS.map((r) => [r.ref, r.rec, r.action, r.lead, r.due, r.progress, r.status])]
    .map((row) => row.map(quote).join(","))
    .join("\r\n");
  writeFileSync(join(dir, "northmoor.csv"), `${csv}\r\n`);

  // Text: a pipe table, the recommendation printed once for its rows.
  const pipe = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/gu, " ")).join(" | ")} |`;
  const text = [
    pipe(HEADINGS),
    pipe(HEADINGS.map(() => "---")),
    ...ROWS.map((r, k) =>
      pipe([r.ref, k > 0 && ROWS[k - 1]!.rec === r.rec ? "" : r.rec, r.action, r.lead, r.due, r.progress, r.status]),
    ),
  ];
  writeFileSync(join(dir, "northmoor.txt"), `Northmoor improvement plan\n\n${text.join("\n")}\n`);

  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ plans: entries }, null, 2));
  return entries;
}
