import { readPdf } from "@ofsted-action-plans/loaders/authoring";
import { describe, expect, it } from "vitest";
import { pdfBytes, ruledTable, text } from "../helpers/pdf-writer.js";

/** `readPdf`: a plan printed to PDF as the lines a table layout reads. */
describe("readPdf", () => {
  const table = ruledTable(
    40,
    760,
    [60, 200, 80],
    [
      ["Ref", "Action", "RAG"],
      ["1.1", "Audit files\nmonthly", "Green"],
      ["1.2", "Train staff", ""],
    ],
    new Map([["2,2", [1, 0, 0] as const]]),
  );
  const read = readPdf(
    pdfBytes([{ content: text(40, 780, "Northmoor improvement plan") + table.content }]),
    "plan.pdf",
  );

  it("writes each table row, its cells joined by tabs, on the first line it is printed on", () => {
    expect(read.lines).toEqual([
      "Northmoor improvement plan",
      "Ref\tAction\tRAG",
      "1.1\tAudit files monthly\tGreen",
      "",
      "1.2\tTrain staff\t",
    ]);
    expect([...read.joined]).toEqual([[3, [4]]]);
    expect(read.pages).toEqual([1, 1, 1, 1, 1]);
  });

  it("keeps a shaded cell's colour beside its row, for a rating given by colour alone", () => {
    expect([...read.fills]).toEqual([[5, [null, null, "#ff0000"]]]);
  });
});
