import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assessPlans, type ManifestEntry } from "@ofsted-action-plans/core";
import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { loadPlan, type LoadResult } from "@ofsted-action-plans/loaders";
import { describe, expect, it } from "vitest";
import { PDF_FIXTURES, type FixtureRow, type PdfFixture } from "../fixtures/pdf/fixture-plans.js";

/**
 * Plans printed to PDF (by LibreOffice from Word files, by Chromium from a web page; see
 * `test/fixtures/pdf/make-pdfs.ts`) read as the rows they were printed from, and as the Word file
 * they were printed from: the same actions under the same recommendations, the same cells, or a
 * diagnostic that names the word read otherwise.
 */
const dir = join(import.meta.dirname, "..", "fixtures", "pdf");
const SHADE: Record<string, string> = { "00B050": "green", FFC000: "amber", FF0000: "red" };

const entry = (file: string): ManifestEntry => ({
  id: file.replace(/\.\w+$/u, ""),
  council: "northmoor",
  councilName: "Northmoor",
  title: file,
  documentDate: null,
  documentDateText: "undated",
  asOf: "2015-04-30",
  asOfEvidence: "Test fixture.",
  file,
  format: "table",
});

const load = (f: PdfFixture, ext: "pdf" | "docx"): LoadResult =>
  loadPlan(readFileSync(join(dir, `${f.name}.${ext}`)), entry(`${f.name}.${ext}`));

/** The fields a reader reads off each unit: recommendation, action, lead, due, progress and rating. */
function fields(result: LoadResult): string[][] {
  return result.plan.recommendations.flatMap((r) =>
    r.actions.map((a) => [r.text, a.text, a.lead, a.dueRaw, a.statusRaw, a.ratingRaw]),
  );
}

function expected(f: PdfFixture, row: FixtureRow): string[] {
  const rating =
    f.headings.rating === undefined ? "" : row.rating || (row.fill ? `[cell shaded ${SHADE[row.fill]}]` : "");
  return [cleanCell(row.rec), cleanCell(row.action), row.lead, row.due, cleanCell(row.progress), rating];
}

describe("plans printed to PDF read as the rows they were printed from", () => {
  it.each(PDF_FIXTURES.map((f) => [f.name, f] as const))("%s: every action, and 98% of fields as printed", (_, f) => {
    const result = load(f, "pdf");
    const got = fields(result);
    const want = f.rows.map((r) => expected(f, r));
    expect(got).toHaveLength(want.length);
    // The same grouping: each action under the recommendation it was printed under.
    expect(got.map((g) => g[0])).toEqual(want.map((w) => w[0]));
    const cells = want.flat().length;
    const same = got.flat().filter((v, k) => v === want.flat()[k]).length;
    expect(same / cells).toBeGreaterThanOrEqual(0.98);
    expect(result.diagnostics.filter((d) => d.severity === "warning")).toEqual([]);
  });

  it.each(PDF_FIXTURES.filter((f) => f.source === "docx").map((f) => [f.name, f] as const))(
    "%s: the PDF gives the Word file's answers, or says which word it read otherwise",
    (_, f) => {
      const [pdf, docx] = [load(f, "pdf"), load(f, "docx")];
      const rejoined = pdf.diagnostics.find((d) => d.code === "pdf-rejoined-words")?.message ?? "";
      const [a, b] = [fields(pdf), fields(docx)];
      expect(a).toHaveLength(b.length);
      a.forEach((row, i) =>
        row.forEach((value, k) => {
          if (value === b[i]![k]) return;
          // A difference must be a word the PDF printed over two lines and says it rejoined.
          const word = value.split(/\s+/u).find((w) => !b[i]![k]!.split(/\s+/u).includes(w)) ?? value;
          expect(rejoined, `${f.name} row ${i + 1} field ${k}: "${value}" vs "${b[i]![k]}"`).toContain(
            word.replace(/[.,;]$/u, ""),
          );
        }),
      );
      const statuses = (r: LoadResult) => assessPlans([r.plan]).actions.map((x) => x.assessment.status.status);
      expect(statuses(pdf)).toEqual(statuses(docx));
    },
  );

  it("names the page and the printed lines of every unit, rows run over a page break on both pages", () => {
    const result = load(PDF_FIXTURES.find((f) => f.name === "stockton-word")!, "pdf");
    const actions = result.plan.recommendations.flatMap((r) => r.actions);
    expect(actions.every((a) => (a.source.pages?.length ?? 0) >= 1)).toBe(true);
    expect(actions.some((a) => (a.source.pages?.length ?? 0) === 2)).toBe(true);
    expect(result.plan.source.pageCount).toBeGreaterThan(1);
    // Repeated column headings and the title are accounted for, never read as rows.
    const reasons = new Set(
      result.lines.filter((l) => l.use === "ignored").map((l) => l.use === "ignored" && l.reason),
    );
    expect(reasons).toContain("column-header");
    expect(result.lines.every((l) => l.page !== undefined)).toBe(true);
  });

  it("reads numbered ratings by the key printed under the table", () => {
    const result = load(PDF_FIXTURES.find((f) => f.name === "northmoor-word-portrait")!, "pdf");
    expect(result.plan.ratingKey.map((e) => [e.value, e.status])).toEqual([
      ["1", "completed"],
      ["2", "in_progress"],
      ["3", "not_started"],
    ]);
    const statuses = assessPlans([result.plan]).actions.map((a) => a.assessment.status.status);
    expect(statuses).toEqual([
      "completed",
      "in_progress",
      "in_progress",
      "not_started",
      "completed",
      "not_started",
      "in_progress",
    ]);
  });

  it("reads RAG letters, and a rating given only by a cell's colour", () => {
    const letters = assessPlans([load(PDF_FIXTURES.find((f) => f.name === "northmoor-word-landscape")!, "pdf").plan]);
    expect(letters.actions.map((a) => a.assessment.status.rag)).toEqual([
      "green",
      "amber",
      "amber",
      "red",
      "green",
      "red",
      "amber",
    ]);
    const shaded = load(PDF_FIXTURES.find((f) => f.name === "stockton-browser")!, "pdf");
    expect(shaded.diagnostics.some((d) => d.code === "shaded-rating")).toBe(true);
    const rags = assessPlans([shaded.plan]).actions.map((a) => a.assessment.status.rag);
    expect(rags.filter((r) => r === "green").length).toBeGreaterThan(10);
  });

  it("reads a plan that prints only its recommendations as one unit each, marked as the recommendation", () => {
    const result = load(PDF_FIXTURES.find((f) => f.name === "reading-board-recommendations")!, "pdf");
    expect(result.plan.recommendations).toHaveLength(10);
    for (const rec of result.plan.recommendations) {
      expect(rec.actions).toHaveLength(1);
      expect(rec.actions[0]).toMatchObject({ kind: "recommendation", text: rec.text });
    }
  });
});
