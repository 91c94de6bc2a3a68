import { expectObject } from "@ofsted-action-plans/core/authoring";
import { LoadError } from "../errors/load-error.js";
import type { SourceText } from "../source/source-text.js";
import { herefordshireThemeTables } from "./herefordshire-theme-tables.js";
import type { Layout } from "./layout.js";
import { oxfordshireAreaTables } from "./oxfordshire-area-tables.js";
import { readingTabRows } from "./reading-tab-rows.js";
import { stocktonBlocks } from "./stockton-blocks.js";
import { windsorPipeTables } from "./windsor-pipe-tables.js";

/** The layouts the library knows, in the order detection tries them. */
export const layouts: readonly Layout[] = [
  readingTabRows,
  stocktonBlocks,
  oxfordshireAreaTables,
  windsorPipeTables,
  herefordshireThemeTables,
];

/**
 * @returns the layout whose `format` id is given.
 * @throws LoadError `unknown-layout` naming the known formats.
 * @example
 * layoutByFormat("stockton-blocks", "plan.txt").signature; // what the layout looks for
 */
export function layoutByFormat(format: string, file: string, known: readonly Layout[] = layouts): Layout {
  const layout = known.find((l) => l.format === format);
  if (!layout) {
    throw new LoadError(
      "unknown-layout",
      file,
      null,
      `a format among ${known.map((l) => l.format).join(", ")}`,
      `unknown format "${format}"`,
    );
  }
  return layout;
}

/**
 * Finds which layout a document is in, by the column headings each layout prints.
 *
 * @returns the matching layout (the first, if several match).
 * @throws LoadError `unknown-layout` listing what each layout looks for.
 * @example
 * detectLayout(toSourceText(text, "plan.txt")).format; // e.g. "stockton-blocks"
 */
export function detectLayout(source: Pick<SourceText, "file" | "lines">, known: readonly Layout[] = layouts): Layout {
  expectObject(source, "source", "a source text, e.g. toSourceText(text, file)", ["file", "lines"]);
  const found = known.find((l) => l.detect(source.lines) !== null);
  if (found) return found;
  throw new LoadError(
    "unknown-layout",
    source.file,
    null,
    `one of: ${known.map((l) => `${l.format} (${l.signature})`).join("; ")}`,
    "no known plan layout fits this document",
  );
}
