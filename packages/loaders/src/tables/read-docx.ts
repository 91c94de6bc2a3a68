import type { Element } from "@xmldom/xmldom";
import type { Grid, GridRow } from "./grid.js";
import { attr, child, childElements, descendants, parseXml, readParts } from "./zip-xml.js";

/**
 * Reads a Word .docx document into a grid, in document order: each table row a row (a cell's
 * paragraphs joined by line breaks; a cell spanning columns followed by empty cells; a cell continuing
 * a vertical merge empty), each paragraph between tables a one-cell row (headings such as
 * "Recommendation 2: …"), and an empty row after each table.
 *
 * @returns the grid.
 * @throws Error when the bytes are not a Word document.
 * @example
 * import("node:fs").then((fs) => readDocx(fs.readFileSync("plan.docx")).rows.length);
 */
export function readDocx(bytes: Uint8Array): Grid {
  const parts = readParts(bytes, (p) => p === "word/document.xml");
  const xml = parts.get("word/document.xml");
  if (!xml) throw new Error("not a .docx document (no word/document.xml)");
  const body = descendants(parseXml(xml, "document.xml"), "body")[0];
  const rows: GridRow[] = [];
  if (!body) return { rows, source: "Word tables and paragraphs" };
  for (const block of childElements(body)) {
    if (block.localName === "p") rows.push({ cells: [paragraphText(block)], paragraph: true });
    else if (block.localName === "tbl") {
      for (const tr of childElements(block, "tr")) rows.push({ cells: rowCells(tr) });
      rows.push({ cells: [] });
    } else if (block.localName === "sdt") {
      for (const p of descendants(block, "p")) rows.push({ cells: [paragraphText(p)], paragraph: true });
    }
  }
  return { rows, source: "Word tables and paragraphs" };
}

function rowCells(tr: Element): string[] {
  const cells: string[] = [];
  const trPr = child(tr, "trPr");
  const before = Number(trPr && child(trPr, "gridBefore") ? attr(child(trPr, "gridBefore")!, "val") : 0);
  for (let k = 0; k < before; k++) cells.push("");
  for (const tc of childElements(tr, "tc")) {
    const pr = child(tc, "tcPr");
    const span = Number(pr && child(pr, "gridSpan") ? attr(child(pr, "gridSpan")!, "val") : 1) || 1;
    const vMerge = pr ? child(pr, "vMerge") : undefined;
    const continues = vMerge !== undefined && attr(vMerge, "val") !== "restart";
    cells.push(
      continues
        ? ""
        : childElements(tc)
            .filter((e) => e.localName === "p" || e.localName === "tbl")
            .map(blockText)
            .join("\n"),
    );
    for (let k = 1; k < span; k++) cells.push("");
  }
  return cells;
}

function blockText(block: Element): string {
  return block.localName === "p" ? paragraphText(block) : descendants(block, "p").map(paragraphText).join("\n");
}

/** @returns a paragraph's text: its runs' text, tabs as spaces, breaks as line breaks. */
function paragraphText(p: Element): string {
  let text = "";
  const walk = (node: Element) => {
    for (const e of childElements(node)) {
      if (e.localName === "t") text += e.textContent ?? "";
      else if (e.localName === "tab") text += " ";
      else if (e.localName === "br" || e.localName === "cr") text += "\n";
      else if (e.localName !== "rPr" && e.localName !== "pPr" && e.localName !== "delText") walk(e);
    }
  };
  walk(p);
  return text;
}
