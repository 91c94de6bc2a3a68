import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from "docx";
import ExcelJS from "exceljs";
import { loadAll } from "@ofsted-action-plans/loaders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTsv } from "../helpers/corpus.js";

/**
 * Real plan rows (the hand-checked units of three councils) written as a spreadsheet with a merged
 * recommendation column, a Word document with merged recommendation rows, and a CSV with the
 * recommendation on every row, each under headings those councils print: every one must load to the
 * same actions, leads, due and progress cells, under the same recommendations.
 */
const units = readTsv("units-dev.tsv");
const councils = ["reading", "stockton", "oxfordshire"];
const dir = mkdtempSync(join(tmpdir(), "real-rows-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADINGS: Record<string, string[]> = {
  reading: ["Ofsted Recommendation", "Actions Proposed", "Lead Officer", "By when", "Progress"],
  stockton: ["Recommendation", "What we will do", "Lead", "By when", "Update September 2013"],
  oxfordshire: ["Area for improvement", "Actions", "Lead", "Date", "Comments"],
};

beforeAll(async () => {
  const plans: Record<string, unknown>[] = [];
  for (const council of councils) {
    const rows = units.filter((u) => u.council === council);
    const base = {
      council,
      councilName: council,
      title: `${council} rows`,
      documentDate: null,
      documentDateText: "undated",
      asOf: "2014-07-31",
      asOfEvidence: "test",
      format: "table",
    };
    const head = HEADINGS[council]!;
    // Spreadsheet: recommendation column merged over its actions.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Plan");
    sheet.addRow(head);
    let first = 2;
    const groups = [...new Set(rows.map((r) => r.recommendation_id))].map((id) =>
      rows.filter((r) => r.recommendation_id === id),
    );
    for (const group of groups) {
      group.forEach((r, k) =>
        sheet.addRow([k === 0 ? r.recommendation_text : null, r.action_text, r.lead, r.due_raw, r.status_raw]),
      );
      if (group.length > 1) sheet.mergeCells(`A${first}:A${first + group.length - 1}`);
      first += group.length;
    }
    await book.xlsx.writeFile(join(dir, `${council}.xlsx`));
    // Word: recommendation cell merged vertically over its actions.
    const cell = (text: string, merge?: "restart" | "continue") =>
      new TableCell({
        verticalMerge:
          merge === "restart"
            ? VerticalMergeType.RESTART
            : merge === "continue"
              ? VerticalMergeType.CONTINUE
              : undefined,
        children: [new Paragraph({ children: [new TextRun(text)] })],
      });
    const tableRows = [new TableRow({ children: head.map((h) => cell(h)) })];
    for (const group of groups) {
      group.forEach((r, k) =>
        tableRows.push(
          new TableRow({
            children: [
              cell(
                k === 0 ? r.recommendation_text! : "",
                group.length > 1 ? (k === 0 ? "restart" : "continue") : undefined,
              ),
              cell(r.action_text!),
              cell(r.lead!),
              cell(r.due_raw!),
              cell(r.status_raw!),
            ],
          }),
        ),
      );
    }
    writeFileSync(
      join(dir, `${council}.docx`),
      await Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows: tableRows })] }] })),
    );
    // CSV: the recommendation on every row.
    const quote = (s: string) => (/[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
    writeFileSync(
      join(dir, `${council}.csv`),
      [head, ...rows.map((r) => [r.recommendation_text!, r.action_text!, r.lead!, r.due_raw!, r.status_raw!])]
        .map((r) => r.map(quote).join(","))
        .join("\n"),
    );
    for (const ext of ["xlsx", "docx", "csv"])
      plans.push({ ...base, id: `${council}-${ext}`, file: `${council}.${ext}` });
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ plans }));
});

describe("tables built from real plan rows load through format: table", () => {
  it.each(councils.flatMap((c) => ["xlsx", "docx", "csv"].map((ext) => [c, ext])))("%s as .%s", (council, ext) => {
    const corpus = loadAll({ dataDir: dir });
    const result = corpus.results.find((r) => r.plan.id === `${council}-${ext}`);
    expect(result, corpus.errors.map((e) => e.message).join("; ")).toBeDefined();
    const got = result!.plan.recommendations.flatMap((r) =>
      r.actions.map((a) => [r.text, a.text, a.lead, a.dueRaw, a.statusRaw]),
    );
    const expected = units
      .filter((u) => u.council === council)
      .map((u) => [u.recommendation_text, u.action_text, u.lead, u.due_raw, u.status_raw]);
    expect(got).toEqual(expected);
  });
});
