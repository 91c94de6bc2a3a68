import { expectObject } from "@ofsted-action-plans/core/authoring";
import { LoadError } from "../errors/load-error.js";
import type { SourceText } from "../source/source-text.js";
import { herefordshireThemeTables } from "./herefordshire-theme-tables.js";
import { headerTableLayout } from "./table/table-layout.js";
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
 * The layout of plans published as tables (`"format": "table"`): never detected in a text (a text is
 * read as a table only when its entry says so), always available by its format, and the one a PDF is
 * read with when its entry names none.
 */
export const tableLayout: Layout = headerTableLayout();

/** @returns the layouts an entry's format may name: those given, and the table layout unless one of them is a table layout. */
export function formatLayouts(known: readonly Layout[]): readonly Layout[] {
  return known.some((l) => l.format === tableLayout.format) ? known : [...known, tableLayout];
}

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
