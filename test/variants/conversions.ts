/**
 * Other conversions of the same document: what a PDF or Word converter other than the one that made
 * the bundled texts may do to it, one class of change at a time. Each generator gives every variant
 * of its class for a document (or a bounded, deterministic selection of them).
 */
export interface Variant {
  readonly kind: string;
  readonly text: string;
}

const split = (text: string) => text.replace(/\n$/u, "").split("\n");
const join = (lines: readonly string[]) => `${lines.join("\n")}\n`;
const isRow = (line: string) => line.includes("\t") || /^\s*\|.*\|\s*$/u.test(line);

/** Every space a no-break space. */
export function* noBreakSpaces(text: string): Generator<Variant> {
  yield { kind: "nbsp", text: text.replace(/ /gu, "\u00A0") };
}

/** En and em dashes printed as a minus sign, or as a Unicode hyphen. */
export function* dashVariants(text: string): Generator<Variant> {
  yield { kind: "dash-u2212", text: text.replace(/\u2013/gu, "\u2212") };
  yield { kind: "dash-u2010", text: text.replace(/\u2013/gu, "\u2010") };
  yield { kind: "hyphen-u2010", text: text.replace(/(?<=\w)-(?=\w)/gu, "\u2010") };
}

/** A zero-width space or a soft hyphen inside words (month names included). */
export function* invisibleCharacters(text: string): Generator<Variant> {
  yield {
    kind: "zwsp-in-months",
    text: text.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/gu, (m) => `${m[0]}\u200B${m.slice(1)}`),
  };
  yield { kind: "soft-hyphen-in-words", text: text.replace(/\b([A-Za-z]{3})([a-z]{3,})/gu, "$1\u00AD$2") };
}

/** Cyrillic look-alikes inside Latin words: "е" in "Green", "о" in "Amber", "а" in every "and". */
export function* lookAlikes(text: string): Generator<Variant> {
  yield { kind: "cyrillic-e-in-green", text: text.replace(/(?<=\bGr|\bgr)e(?=en)/gu, "\u0435") };
  yield {
    kind: "cyrillic-o-a",
    text: text
      .replace(/\bAmber\b/gu, "Amb\u0435r")
      .replace(/\band\b/gu, "\u0430nd")
      .replace(/\bof\b/gu, "\u043Ef"),
  };
}

/** One table row at a time printed with runs of spaces instead of tabs (up to `limit` rows). */
export function* spacesForTabs(text: string, limit = 400): Generator<Variant> {
  const lines = split(text);
  const rows = lines.flatMap((l, i) => (l.includes("\t") && l.replace(/\t/gu, "").trim() !== "" ? [i] : []));
  const step = Math.max(1, Math.ceil(rows.length / limit));
  for (let k = 0; k < rows.length; k += step) {
    const i = rows[k]!;
    const copy = [...lines];
    copy[i] = copy[i]!.replace(/\t/gu, "   ");
    yield { kind: `spaces-for-tabs@${i + 1}`, text: join(copy) };
  }
}

/** One tab-separated cell at a time split over two lines at a space, as a narrow column wraps. */
export function* splitCells(text: string, limit = 400): Generator<Variant> {
  const lines = split(text);
  const candidates: [number, number][] = [];
  lines.forEach((l, i) => {
    if (!l.includes("\t")) return;
    l.split("\t").forEach((cell, c) => {
      if (cell.trim().split(/\s+/u).length >= 4) candidates.push([i, c]);
    });
  });
  const step = Math.max(1, Math.ceil(candidates.length / limit));
  for (let k = 0; k < candidates.length; k += step) {
    const [i, c] = candidates[k]!;
    const cells = lines[i]!.split("\t");
    const words = cells[c]!.split(" ");
    const cut = Math.ceil(words.length / 2);
    const first = [...cells.slice(0, c), words.slice(0, cut).join(" ")].join("\t");
    const second = [words.slice(cut).join(" "), ...cells.slice(c + 1)].join("\t");
    yield {
      kind: `split-cell@${i + 1}:${c + 1}`,
      text: join([...lines.slice(0, i), first, second, ...lines.slice(i + 1)]),
    };
  }
}

/** "Page n of N" footers every `every` lines, and the document's title as a running header. */
export function* pageFurniture(text: string, every = 30): Generator<Variant> {
  const lines = split(text);
  const pages = Math.ceil(lines.length / every);
  const title = lines.find((l) => l.trim() !== "" && !isRow(l))!.trim();
  const withEvery = (make: (page: number) => string[]) =>
    lines.flatMap((l, i) => ((i + 1) % every === 0 ? [l, ...make((i + 1) / every)] : [l]));
  yield { kind: "page-footers", text: join(withEvery((p) => [`Page ${p} of ${pages}`])) };
  yield { kind: "page-footers-bare", text: join(withEvery((p) => [`${p}`])) };
  yield { kind: "running-title", text: join(withEvery(() => [title])) };
  yield { kind: "footer-and-title", text: join(withEvery((p) => ["", `Page ${p} of ${pages}`, title, ""])) };
}

/** A page break (footer, blank, running title) inserted before each table row in turn (up to `limit`). */
export function* movedPageBreaks(text: string, limit = 400): Generator<Variant> {
  const lines = split(text);
  const title = lines.find((l) => l.trim() !== "" && !isRow(l))!.trim();
  const rows = lines.flatMap((l, i) => (i > 0 && isRow(l) ? [i] : []));
  const step = Math.max(1, Math.ceil(rows.length / limit));
  for (let k = 0; k < rows.length; k += step) {
    const i = rows[k]!;
    yield {
      kind: `page-break-before@${i + 1}`,
      text: join([...lines.slice(0, i), "Page 3 of 9", "", title, ...lines.slice(i)]),
    };
  }
}

/** Every class of other conversion, by name. */
export const CONVERSIONS = {
  nbsp: noBreakSpaces,
  dashes: dashVariants,
  invisible: invisibleCharacters,
  "look-alikes": lookAlikes,
  "spaces-for-tabs": spacesForTabs,
  "split-cells": splitCells,
  "page-furniture": pageFurniture,
  "moved-page-breaks": movedPageBreaks,
} as const;
