import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestEntry } from "@ofsted-action-plans/core";
import { isLoadError, loadPlan, type LoadErrorCode } from "@ofsted-action-plans/loaders";
import { describe, expect, it } from "vitest";
import { pdfBytes, ruledTable, text } from "../helpers/pdf-writer.js";

const entry: ManifestEntry = {
  id: "hostile",
  council: "northmoor",
  councilName: "Northmoor",
  title: "Hostile PDF",
  documentDate: null,
  documentDateText: "undated",
  asOf: "2015-04-30",
  asOfEvidence: "Test.",
  file: "plan.pdf",
  format: "table",
};

/** @returns the LoadError code the bytes give, and how long they took; any other error fails the test. */
function outcome(bytes: Uint8Array): { code: LoadErrorCode | "loaded"; message: string; ms: number } {
  const started = Date.now();
  try {
    loadPlan(bytes, entry);
    return { code: "loaded", message: "", ms: Date.now() - started };
  } catch (error) {
    if (!isLoadError(error)) throw error;
    return { code: error.code, message: error.message, ms: Date.now() - started };
  }
}

const fixture = readFileSync(join(import.meta.dirname, "..", "fixtures", "pdf", "northmoor-word-portrait.pdf"));

describe("hostile PDFs give clear, typed errors in bounded time", () => {
  it("a scan (images, no text layer) says it needs OCR", () => {
    const { code, message } = outcome(
      pdfBytes([
        { content: "", image: true },
        { content: "", image: true },
      ]),
    );
    expect(code).toBe("scan");
    expect(message).toMatch(/plan\.pdf: no text layer.*OCR/u);
  });

  it("a password-protected PDF says so and names the file", () => {
    const { code, message } = outcome(pdfBytes([{ content: text(72, 700, "Action") }], { encrypted: true }));
    expect(code).toBe("encrypted");
    expect(message).toMatch(/^plan\.pdf: .*password/u);
  });

  it.each([0.1, 0.5, 0.9])("a PDF cut short at %s of its bytes is read or refused, never a crash", (share) => {
    const { code } = outcome(fixture.subarray(0, Math.floor(fixture.length * share)));
    expect(code).not.toBe("internal");
  });

  it("bytes that only start like a PDF are a damaged PDF", () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    junk.set(new TextEncoder().encode("%PDF-1.7\n"));
    expect(outcome(junk).code).toBe("damaged");
  });

  it("a page of 100,000 text runs is refused by the documented limit", () => {
    let content = "";
    for (let i = 0; i < 100_000; i++)
      content += `BT /F1 4 Tf ${(i % 100) * 5} ${(Math.floor(i / 100) % 800) + 20} Td (x) Tj ET\n`;
    const { code, message, ms } = outcome(pdfBytes([{ content }]));
    expect(code).toBe("limit");
    expect(Number(/page 1 has (\d+)/u.exec(message)?.[1])).toBeGreaterThanOrEqual(100_000);
    expect(ms).toBeLessThan(30_000);
  });

  it("deeply nested content (200,000 saved states, an array nested 50,000 deep) is read or refused", () => {
    const states = `${"q ".repeat(200_000)}${text(72, 700, "Action")}${"Q ".repeat(200_000)}`;
    const arrays = `${"[".repeat(50_000)}${"]".repeat(50_000)} pop\n${text(72, 700, "Action")}`;
    for (const content of [states, arrays]) {
      const { code, ms } = outcome(pdfBytes([{ content }]));
      expect(code).not.toBe("internal");
      expect(ms).toBeLessThan(30_000);
    }
  });
});

describe("a PDF table drawn with rules", () => {
  it("reads rows, merged recommendation cells and shaded rating cells", () => {
    const { content } = ruledTable(
      40,
      780,
      [40, 160, 160, 80, 60],
      [
        ["Ref", "Recommendation", "Action", "Lead", "RAG"],
        ["1.1", "Improve supervision", "Audit supervision\nrecords", "Head of Service", ""],
        ["1.2", "", "Train managers", "Workforce Lead", ""],
      ],
      new Map([
        ["1,4", [0, 0.69, 0.31] as const],
        ["2,4", [1, 0.75, 0] as const],
      ]),
    );
    const { plan, diagnostics } = loadPlan(pdfBytes([{ content }]), entry);
    const actions = plan.recommendations.flatMap((r) =>
      r.actions.map((a) => [r.text, a.id, a.text, a.lead, a.ratingRaw]),
    );
    expect(actions).toEqual([
      ["Improve supervision", "1.1", "Audit supervision records", "Head of Service", "[cell shaded green]"],
      ["Improve supervision", "1.2", "Train managers", "Workforce Lead", "[cell shaded amber]"],
    ]);
    expect(diagnostics.find((d) => d.code === "shaded-rating")?.severity).toBe("info");
  });
});
