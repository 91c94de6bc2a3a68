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
      const grid = child(block, "tblGrid");
      const columns = grid ? childElements(grid, "gridCol").length : 0;
      for (const tr of childElements(block, "tr")) rows.push(row(tr, columns));
      rows.push({ cells: [] });
    } else if (block.localName === "sdt") {
      for (const p of descendants(block, "p")) rows.push({ cells: [paragraphText(p)], paragraph: true });
    }
  }
  return { rows, source: "Word tables and paragraphs" };
}

/** @returns a table row's cells (a cell spanning columns followed by empty ones) and their shading. */
function row(tr: Element, columns: number): GridRow {
  const cells: string[] = [];
  const fills: (string | null)[] = [];
  const trPr = child(tr, "trPr");
  const before = Number(trPr && child(trPr, "gridBefore") ? attr(child(trPr, "gridBefore")!, "val") : 0);
  for (let k = 0; k < before; k++) {
    cells.push("");
    fills.push(null);
  }
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
    fills.push(shading(pr));
    for (let k = 1; k < span; k++) {
      cells.push("");
      fills.push(null);
    }
  }
  const wide = columns > 1 && childElements(tr, "tc").length === 1 && cells.length >= columns;
  return { cells, ...(fills.some((f) => f !== null) ? { fills } : {}), ...(wide ? { wide } : {}) };
}

/** @returns a cell's shading colour (`w:shd w:fill`), `#rrggbb`, or null when none or automatic. */
function shading(pr: Element | undefined): string | null {
  const shd = pr ? child(pr, "shd") : undefined;
  const fill = shd ? attr(shd, "fill") : null;
  return fill && /^[0-9a-f]{6}$/iu.test(fill) ? `#${fill.toLowerCase()}` : null;
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
