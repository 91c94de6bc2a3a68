/** The small PDF writer the tests and the benchmark share (it stands with the tools). */
export { fill, line, pdfBytes, ruledTable, text, type PdfPageSpec } from "../../tools/src/pdf-writer.js";
