/**
 * Writes small PDFs for tests and the benchmark: object by object with a correct cross-reference
 * table, pages from content streams (text in Helvetica as /F1, rules as paths), an image XObject for
 * scans, an /Encrypt dictionary for a password-protected file.
 */

/** A page to write. */
export interface PdfPageSpec {
  /** The page's content stream (PDF operators). */
  readonly content: string;
  /** Page size in points (default A4 portrait). */
  readonly width?: number;
  readonly height?: number;
  /** Paint a 1×1 image over the page (a scanned page). */
  readonly image?: boolean;
}

/** @returns the bytes of a PDF of these pages (with an /Encrypt dictionary: a password-protected one). */
export function pdfBytes(pages: readonly PdfPageSpec[], options: { encrypted?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // the page tree, written once the pages are
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  add(
    "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0080\nendstream",
  );
  const kids: number[] = [];
  for (const page of pages) {
    const content = page.image ? `q 500 0 0 700 50 50 cm /Im1 Do Q\n${page.content}` : page.content;
    const contentId = add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width ?? 595} ${page.height ?? 842}] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${contentId} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${"11".repeat(32)}> /U <${"22".repeat(32)}> /P -4 >>`)
    : 0;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  const id = `<${"ab".repeat(16)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

/** Characters outside Latin-1 that the font's WinAnsi encoding has, as its octal codes. */
const WIN_ANSI: Record<string, string> = {
  "\u2019": "\\222",
  "\u2018": "\\221",
  "\u201c": "\\223",
  "\u201d": "\\224",
  "\u2022": "\\225",
  "\u2013": "\\226",
  "\u2014": "\\227",
};

/**
 * @returns content-stream operators that print `value` at (x, y) from the bottom left, in Helvetica
 * of `size` (WinAnsi: curly quotes, the bullet • and dashes are written by their codes).
 */
export function text(x: number, y: number, value: string, size = 10): string {
  const escaped = value
    .replace(/[\\()]/gu, (c) => `\\${c}`)
    .replace(/[\u2013\u2014\u2018\u2019\u201c\u201d\u2022]/gu, (c) => WIN_ANSI[c]!);
  return `BT /F1 ${size} Tf ${x} ${y} Td (${escaped}) Tj ET\n`;
}

/** @returns operators that stroke a line from (x1, y1) to (x2, y2). */
export function line(x1: number, y1: number, x2: number, y2: number): string {
  return `${x1} ${y1} m ${x2} ${y2} l S\n`;
}

/** @returns operators that fill a rectangle with an RGB colour (components 0–1). */
export function fill(x: number, y: number, w: number, h: number, [r, g, b]: readonly [number, number, number]): string {
  return `q ${r} ${g} ${b} rg ${x} ${y} ${w} ${h} re f Q\n`;
}

/**
 * @returns the operators of a ruled table whose top left is at (x, top): `rows` of cell texts (`\n`
 * between a cell's lines), column `widths`, cell fills by "row,column"; and where the table ends.
 */
export function ruledTable(
  x: number,
  top: number,
  widths: readonly number[],
  rows: readonly (readonly string[])[],
  fills: ReadonlyMap<string, readonly [number, number, number]> = new Map(),
  lineHeight = 12,
): { content: string; bottom: number } {
  let content = "";
  let y = top;
  const right = x + widths.reduce((a, b) => a + b, 0);
  content += line(x, y, right, y);
  rows.forEach((cells, r) => {
    let lines = 1;
    for (const c of cells) lines = Math.max(lines, c.split("\n").length);
    const height = lines * lineHeight + 6;
    let cx = x;
    cells.forEach((cell, c) => {
      const colour = fills.get(`${r},${c}`);
      if (colour) content += fill(cx, y - height, widths[c]!, height, colour);
      cell.split("\n").forEach((l, k) => {
        if (l !== "") content += text(cx + 4, y - 12 - k * lineHeight, l);
      });
      cx += widths[c]!;
    });
    y -= height;
    content += line(x, y, right, y);
  });
  let cx = x;
  for (const w of [0, ...widths]) {
    cx += w;
    content += line(cx, top, cx, y);
  }
  return { content, bottom: y };
}
