import type { Diagnostic } from "@ofsted-action-plans/core";
import { LoadError } from "../errors/load-error.js";
import { officeError } from "../xml/office-error.js";
import { attr, child, childElements, descendants, parseXml, textOf, type XmlElement } from "../xml/read-xml.js";
import { openZip } from "../xml/zip-parts.js";
import type { Grid, GridRow } from "./grid.js";

/** Word's limit on a table's columns: a cell's span is capped to it (or to the table's own grid). */
export const WORD_MAX_COLUMNS = 63;

/**
 * Reads a Word .docx document into a grid, in document order: each table row a row (a cell's
 * paragraphs joined by line breaks; a cell spanning columns followed by empty cells; a cell continuing
 * a vertical merge empty), each paragraph between tables a one-cell row (headings such as
 * "Recommendation 2: …"), and an empty row after each table. A span past the table's columns is
 * capped to them, with a warning; only `word/document.xml` is inflated, under the XML limits.
 *
 * @param file the file's name, for messages.
 * @returns the grid.
 * @throws LoadError naming the file and part: `binary` when the bytes are not a Word document,
 * `limit` past a documented limit (nesting, elements, size), `damaged` for XML that is not well-formed.
 * @example
 * import("node:fs").then((fs) => readDocx(fs.readFileSync("plan.docx")).rows.length);
 */
export function readDocx(bytes: Uint8Array, file = "document.docx"): Grid {
  let root: XmlElement;
  try {
    const xml = openZip(bytes).text("word/document.xml");
    if (xml === undefined)
      throw new LoadError("binary", file, null, "a readable .docx document", "no word/document.xml");
    root = parseXml(xml, "word/document.xml");
  } catch (error) {
    throw officeError(error, file, "a readable .docx document");
  }
  const body = descendants(root, "body")[0];
  const rows: GridRow[] = [];
  const capped: number[] = [];
  if (!body) return { rows, source: "Word tables and paragraphs" };
  for (const block of childElements(body)) {
    if (block.name === "p") rows.push({ cells: [paragraphText(block)], paragraph: true });
    else if (block.name === "tbl") {
      const grid = child(block, "tblGrid");
      const columns = grid ? childElements(grid, "gridCol").length : 0;
      for (const tr of childElements(block, "tr")) {
        const read = row(tr, columns);
        if (read.capped) capped.push(rows.length + 1);
        rows.push(read.row);
      }
      rows.push({ cells: [] });
    } else if (block.name === "sdt") {
      for (const p of descendants(block, "p")) rows.push({ cells: [paragraphText(p)], paragraph: true });
    }
  }
  const diagnostics: Omit<Diagnostic, "file">[] =
    capped.length === 0
      ? []
      : [
          {
            severity: "warning",
            code: "span-capped",
            line: capped[0]!,
            lastLine: null,
            message: `row${capped.length > 1 ? "s" : ""} ${capped.slice(0, 20).join(", ")}${capped.length > 20 ? ` and ${capped.length - 20} more` : ""}: a cell spans past the table's columns; its span was capped to them`,
          },
        ];
  return { rows, source: "Word tables and paragraphs", diagnostics };
}

/** @returns a table row's cells (a cell spanning columns followed by empty ones) and their shading. */
function row(tr: XmlElement, columns: number): { row: GridRow; capped: boolean } {
  const cells: string[] = [];
  const fills: (string | null)[] = [];
  const tcs = childElements(tr, "tc");
  const limit = Math.max(columns > 0 ? columns : WORD_MAX_COLUMNS, tcs.length);
  let capped = false;
  // A span takes at most the columns left once each cell after it has one.
  const span = (pr: XmlElement | undefined, name: string, fallback: number, after: number) => {
    const e = pr ? child(pr, name) : undefined;
    const n = Math.trunc(Number((e && attr(e, "val")) ?? fallback)) || fallback;
    const room = Math.max(fallback, limit - cells.length - after);
    if (n > room) capped = true;
    return Math.max(0, Math.min(n, room));
  };
  const trPr = child(tr, "trPr");
  for (let k = span(trPr, "gridBefore", 0, tcs.length); k > 0; k--) {
    cells.push("");
    fills.push(null);
  }
  for (const [k, tc] of tcs.entries()) {
    const pr = child(tc, "tcPr");
    const width = span(pr, "gridSpan", 1, tcs.length - k - 1);
    const vMerge = pr ? child(pr, "vMerge") : undefined;
    const continues = vMerge !== undefined && attr(vMerge, "val") !== "restart";
    cells.push(
      continues
        ? ""
        : childElements(tc)
            .filter((e) => e.name === "p" || e.name === "tbl")
            .map(blockText)
            .join("\n"),
    );
    fills.push(shading(pr));
    for (let k = 1; k < width; k++) {
      cells.push("");
      fills.push(null);
    }
  }
  const wide = columns > 1 && tcs.length === 1 && cells.length >= columns;
  return { row: { cells, ...(fills.some((f) => f !== null) ? { fills } : {}), ...(wide ? { wide } : {}) }, capped };
}

/** @returns a cell's shading colour (`w:shd w:fill`), `#rrggbb`, or null when none or automatic. */
function shading(pr: XmlElement | undefined): string | null {
  const shd = pr ? child(pr, "shd") : undefined;
  const fill = shd ? attr(shd, "fill") : null;
  return fill && /^[0-9a-f]{6}$/iu.test(fill) ? `#${fill.toLowerCase()}` : null;
}

function blockText(block: XmlElement): string {
  return block.name === "p" ? paragraphText(block) : descendants(block, "p").map(paragraphText).join("\n");
}

/**
 * @returns a paragraph's text: its runs' text, tabs as spaces, breaks as line breaks (deleted text
 * left out). Recursion is bounded by the XML reader's depth limit.
 */
function paragraphText(p: XmlElement): string {
  let text = "";
  const walk = (node: XmlElement) => {
    for (const e of childElements(node)) {
      if (e.name === "t") text += textOf(e);
      else if (e.name === "tab") text += " ";
      else if (e.name === "br" || e.name === "cr") text += "\n";
      else if (e.name !== "rPr" && e.name !== "pPr" && e.name !== "delText") walk(e);
    }
  };
  walk(p);
  return text;
}
