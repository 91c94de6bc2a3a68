/**
 * For layout authors (`@ofsted-action-plans/loaders/authoring`): the pieces the built-in layouts are
 * made of — the line ledger and drafts that account for every line, the table readers and their
 * grids, header words and row classification, line normalisation and row repair — and the built-in
 * layouts themselves, to wrap or imitate. A researcher loading plans needs only the package's root.
 *
 * @packageDocumentation
 * @module @ofsted-action-plans/loaders/authoring
 */
export { readingTabRows } from "./layouts/reading-tab-rows.js";
export { stocktonBlocks } from "./layouts/stockton-blocks.js";
export { oxfordshireAreaTables } from "./layouts/oxfordshire-area-tables.js";
export { windsorPipeTables } from "./layouts/windsor-pipe-tables.js";
export { herefordshireThemeTables } from "./layouts/herefordshire-theme-tables.js";
export { headerTableLayout } from "./layouts/table/table-layout.js";
export { tabularLayout } from "./layouts/tabular-layout.js";
export { layoutByFormat } from "./layouts/registry.js";
export { LineLedger } from "./assemble/line-ledger.js";
export { ActionDraft, RecommendationDraft, Fragments, type ActionField } from "./assemble/drafts.js";
export {
  classifyRow,
  initialState,
  type ReaderState,
  type RowKind,
  type RowCells,
} from "./layouts/table/classify-row.js";
export {
  readHeader,
  tableCells,
  explainNoHeader,
  HEADER_WORDS,
  type TableHeader,
} from "./layouts/table/header-words.js";
export { findRatingKey } from "./layouts/table/rating-key.js";
export { readXlsx } from "./table-files/read-xlsx.js";
export { readDocx } from "./table-files/read-docx.js";
export { readCsv } from "./table-files/read-csv.js";
export {
  gridLines,
  gridText,
  type Grid,
  type GridRow,
  type TableText,
  type FurnitureReason,
} from "./table-files/grid.js";
export { readPdf } from "./pdf/read-pdf.js";
export { openPdf, type PdfDocument } from "./pdf/open-pdf.js";
export { normaliseLines, type NormalisedLines, type NormalisationKind } from "./source/normalise.js";
export { repairRows, tableWidth, type RowRepairs } from "./source/repair-rows.js";
export { readRegularFile } from "./files/read-file.js";
