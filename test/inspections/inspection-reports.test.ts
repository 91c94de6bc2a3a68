import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  inspectionFindingTable,
  inspectionTable,
  nationalPicture,
  nationalWeaknessesByGrade,
  nationalWeaknessTable,
} from "@ofsted-action-plans/core";
import { isLoadError, loadInspectionReport, loadInspectionReports } from "@ofsted-action-plans/loaders";
import { describe, expect, it } from "vitest";
import { pdfBytes, text } from "../helpers/pdf-writer.js";

/**
 * Ofsted's reports read as a careful reader reads them. Every expected value below was written by
 * hand from the printed report, not produced by the reader.
 */
const dir = join(import.meta.dirname, "..", "fixtures", "ilacs");
const read = (file: string) => loadInspectionReport(readFileSync(join(dir, file)), file);

describe("an Ofsted inspection report of a council's children's services", () => {
  it("a short inspection: its council, dates, framework, judgements and findings", () => {
    const { report, diagnostics } = read("80426-barnsley.pdf");
    expect(report).toMatchObject({
      id: "ilacs-80426",
      council: "barnsley",
      councilName: "Barnsley",
      urn: "80426",
      inspectionStart: "2023-09-11",
      inspectionEnd: "2023-09-15",
      inspectionDates: "11 to 15 September 2023",
      published: null,
      framework: "short",
      leadInspector: "Anna Gravelle",
      findingsPage: 2,
    });
    expect(Object.fromEntries(Object.entries(report.judgements).map(([k, v]) => [k, v!.grade]))).toEqual({
      leaders: "good",
      help_and_protection: "requires_improvement",
      in_care: "good",
      care_leavers: "good",
      overall: "good",
    });
    expect(report.judgements.help_and_protection?.printed).toBe("Requires improvement to be good");
    expect(report.findings.map((f) => f.text)).toEqual([
      "The engagement of multi-agency partners, including in key decision-making meetings for children in need of help and protection, and the quality of referrals they make to children\u2019s social care.",
      "The quality of recorded management direction to social workers at the point of referral and within screening.",
      "The identification and response to children who live in private fostering arrangements.",
      "The record of achievements and targets within personal education plans.",
    ]);
    expect(report.findings.every((f) => f.frameworkRef === null && f.from.page === 2)).toBe(true);
    expect(report.pagesRead).toBeLessThan(report.pageCount);
    expect(diagnostics).toEqual([]);
  });

  it("after the April 2026 reform: no overall effectiveness, and national-framework references split off", () => {
    const { report } = read("80555-somerset.pdf");
    expect(report.councilName).toBe("Somerset Council");
    expect(report.judgements.overall).toBeUndefined();
    expect(Object.keys(report.judgements)).toEqual(["leaders", "help_and_protection", "in_care", "care_leavers"]);
    expect(report.judgements.care_leavers?.grade).toBe("good");
    expect(report.findings.map((f) => [f.text, f.frameworkRef])).toEqual([
      [
        "The arrangements to identify, track and respond to children missing education.",
        "National Framework, Outcome 1",
      ],
      [
        "Understanding of thresholds, identification and timely multi-agency decision-making through a strategy discussion when the threshold for the risk of significant harm about a child is met.",
        "National Framework, Outcome 2",
      ],
      [
        "How consistently staff receive timely management oversight, including guidance and direction to support timely and well-matched actions and support that matches their needs and risks.",
        "National Framework, Outcome 1",
      ],
      [
        "The commissioning, sufficiency and variety of homes to enable children to live in stable, loving homes and prevent the placement of children in care in inappropriate and/or unlawful unregistered children\u2019s homes.",
        "National Framework, Outcome 4",
      ],
      [
        "The effectiveness of the response to children who experience neglectful parenting and the public law outline (PLO), to ensure that decision-making is timely and based on full information.",
        "National Framework, Outcome 2",
      ],
      [
        "The assessment of children who are aged 16 or 17 years old who are being considered for supported accommodation to ensure that their needs will be met.",
        "National Framework, Outcome 2",
      ],
      [
        "Workloads that enable practitioners to work effectively with children and families.",
        "Enabler 2: Leaders drive conditions for effective practice",
      ],
      ["Support to care leavers over 21 years old in custody.", "National Framework, Outcome 2"],
    ]);
  });

  it("a standard inspection whose list runs over a page break", () => {
    const { report } = read("80471-halton.pdf");
    expect(report).toMatchObject({ framework: "standard", inspectionStart: "2024-05-13", inspectionEnd: "2024-05-24" });
    expect(new Set(Object.values(report.judgements).map((j) => j!.grade))).toEqual(new Set(["inadequate"]));
    expect(report.findings).toHaveLength(12);
    expect(report.findings[0]!.text).toBe(
      "Partnership arrangements, so that these provide effective governance and lead to effective multi-agency support for children and young people.",
    );
    expect(report.findings[5]!.text).toBe(
      "The timeliness of decision-making for children and young people, specifically when children come into care, so that children achieve permanence without delay. This includes the effectiveness of independent reviewing officers (IROs), so that concerns relating to care planning are identified, escalated and quickly resolved.",
    );
    expect(report.findings[10]).toMatchObject({
      text: "Social workers\u2019 and foster carers\u2019 access to, and completion of, relevant training, so that they are supported to deliver good-quality services for children and young people.",
      from: { page: 3 },
    });
    expect(report.findings[11]!.text).toBe(
      "The quality of supervision and oversight of frontline practitioners so that children and young people receive a timely, consistent service that is responsive to their needs, and meets those needs.",
    );
  });

  it("an earlier report grading children in care and care leavers in one judgement gives it to both", () => {
    const { report } = read("80464-dudley.pdf");
    expect(report.judgements.in_care).toMatchObject({ grade: "requires_improvement" });
    expect(report.judgements.care_leavers?.label).toMatch(/children in care and care leavers/u);
    expect(report.judgements.overall?.grade).toBe("requires_improvement");
  });

  it("a report with no findings section gives zero findings and says so", () => {
    const { report, diagnostics } = read("80571-thurrock.pdf");
    expect(report.findings).toEqual([]);
    expect(report.findingsPage).toBeNull();
    expect(report.judgements.overall?.grade).toBe("outstanding");
    expect(diagnostics.map((d) => d.code)).toEqual(["no-findings-section"]);
  });

  it("an item that runs over a page break is joined, with both pages", () => {
    const footer = (page: number) =>
      text(72, 40, "Inspection of Examplebury local authority children\u2019s services", 8) +
      text(72, 30, "1 to 12 March 2025", 8) +
      text(520, 34, String(page), 12);
    const page1 =
      text(72, 780, "Inspection of Examplebury local authority", 20) +
      text(72, 755, "children\u2019s services", 20) +
      text(72, 720, "Inspection dates: 1 to 12 March 2025") +
      text(72, 700, "Lead inspector: A Reader, His Majesty\u2019s Inspector") +
      text(77, 660, "Judgement") +
      text(303, 660, "Grade") +
      text(77, 640, "The impact of leaders on social work") +
      text(303, 640, "Good") +
      text(77, 628, "practice with children and families") +
      text(77, 610, "The experiences and progress of") +
      text(303, 610, "Good") +
      text(77, 598, "children who need help and protection") +
      text(77, 580, "The experiences and progress of") +
      text(303, 580, "Inadequate") +
      text(77, 568, "children in care") +
      text(77, 550, "The experiences and progress of care") +
      text(303, 550, "Good") +
      text(77, 538, "leavers") +
      text(77, 520, "Overall effectiveness") +
      text(303, 520, "Requires improvement to be good") +
      text(72, 480, "What needs to improve?", 14) +
      text(72, 455, "\u2022") +
      text(90, 455, "The quality of plans for children in care.") +
      text(72, 80, "\u2022") +
      text(90, 80, "The sufficiency of homes for children in care, so that") +
      footer(1);
    const page2 =
      text(90, 790, "children live near their families (outcome 4, national framework).") +
      text(72, 770, "\u2022") +
      text(90, 770, "Support to care leavers.") +
      text(72, 740, "The experiences and progress of children who need help and protection: good", 14) +
      footer(2);
    const { report } = loadInspectionReport(
      pdfBytes([{ content: page1 }, { content: page2 }]),
      "99999-examplebury.pdf",
    );
    expect(report).toMatchObject({ council: "examplebury", urn: "99999", framework: "standard" });
    expect(report.judgements.in_care?.grade).toBe("inadequate");
    expect(report.judgements.overall?.grade).toBe("requires_improvement");
    expect(report.findings.map((f) => [f.text, f.frameworkRef, f.from.page, f.to.page])).toEqual([
      ["The quality of plans for children in care.", null, 1, 1],
      [
        "The sufficiency of homes for children in care, so that children live near their families",
        "outcome 4, national framework",
        1,
        2,
      ],
      ["Support to care leavers.", null, 2, 2],
    ]);
  });

  it("a PDF that is not an ILACS report is a clear error naming the file", () => {
    const notReport = readFileSync(join(import.meta.dirname, "..", "fixtures", "pdf", "northmoor-word-portrait.pdf"));
    try {
      loadInspectionReport(notReport, "12345-northmoor.pdf");
      expect.unreachable();
    } catch (error) {
      expect(isLoadError(error) && error.code).toBe("wrong-layout");
      expect((error as Error).message).toMatch(
        /^12345-northmoor\.pdf: page 1 reads .*expected an Ofsted inspection report/u,
      );
    }
    expect(() => loadInspectionReport(notReport, "northmoor.pdf")).toThrow(/<urn>-<council>\.pdf/u);
  });
});

describe("the national picture", () => {
  const corpus = loadInspectionReports({ dir });
  const national = nationalPicture(corpus.reports);

  it("reads every report of a folder, codes every finding and groups the weaknesses councils share", () => {
    expect(corpus.errors).toEqual([]);
    expect(corpus.reports.map((r) => r.council)).toEqual(["barnsley", "dudley", "halton", "somerset", "thurrock"]);
    const findings = corpus.reports.reduce((n, r) => n + r.findings.length, 0);
    expect(national.findings).toHaveLength(findings);
    // Private fostering: Barnsley F3 and Halton F5 (written by hand from the reports).
    const fostering = national.weaknesses.find((w) => w.code === "private_fostering");
    expect(fostering?.members.map((m) => `${m.finding.council}/${m.finding.id}`)).toEqual(["barnsley/F3", "halton/F5"]);
    for (const w of national.weaknesses) for (const m of w.members) expect(m.evidence.length).toBeGreaterThan(0);
  });

  it("writes a row per report, per finding and per weakness, with shares by grade and small bases marked", () => {
    const inspections = inspectionTable(corpus.reports).objects() as Record<string, unknown>[];
    expect(inspections.find((r) => r.council === "somerset")).toMatchObject({
      overall: null,
      care_leavers: "good",
      findings: 8,
    });
    const rows = inspectionFindingTable(national).objects() as Record<string, unknown>[];
    expect(rows.find((r) => r.council === "barnsley" && r.finding_id === "F3")).toMatchObject({
      page: 2,
      finding_codes: "private_fostering",
      weakness_ids: expect.stringMatching(/^N\d\d$/u),
    });
    const weakness = (nationalWeaknessTable(national).objects() as Record<string, unknown>[]).find(
      (r) => r.weakness === "Private fostering",
    );
    expect(weakness).toMatchObject({ councils: 2, reports: 5, share: 0.4, overall_good: 1, overall_inadequate: 1 });
    const byGrade = nationalWeaknessesByGrade(national).objects() as Record<string, unknown>[];
    expect(byGrade.every((r) => r.small_base === Number(r.councils_graded) < 5)).toBe(true);
  });
});
