/**
 * @packageDocumentation
 * Loaders: turn each council's action plan text into a validated `Plan` with diagnostics that account
 * for every line. `loadAll()` loads the bundled corpus (or any folder laid out like it);
 * `loadPlan()` loads one document; `layouts` lists the layouts and `detectLayout()` picks one.
 */
export { loadPlan, lineTotals, type LoadResult, type LoadPlanOptions } from "./load-plan.js";
export {
  loadAll,
  readManifest,
  bundledDataDir,
  MANIFEST_FILE,
  CODINGS_FILE,
  MAX_FILE_BYTES,
  type Corpus,
  type LoadAllOptions,
} from "./corpus/load-all.js";
export { LoadError, isLoadError, type LoadErrorCode } from "./errors/load-error.js";
export { layouts, detectLayout, layoutByFormat } from "./layouts/registry.js";
export type { Layout, ParseContext } from "./layouts/layout.js";
export { readingTabRows } from "./layouts/reading-tab-rows.js";
export { stocktonBlocks } from "./layouts/stockton-blocks.js";
export { oxfordshireAreaTables } from "./layouts/oxfordshire-area-tables.js";
export { windsorPipeTables } from "./layouts/windsor-pipe-tables.js";
export { herefordshireThemeTables } from "./layouts/herefordshire-theme-tables.js";
export { toSourceText, type SourceText } from "./source/source-text.js";
export { LineLedger } from "./assemble/line-ledger.js";
export { ActionDraft, RecommendationDraft, Fragments, type ActionField } from "./assemble/drafts.js";
export { tabularLayout, TableMappingSchema, type TableMapping } from "./layouts/tabular-layout.js";
export { headerTableLayout } from "./layouts/table/table-layout.js";
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
  ROLE_NAMES,
  type TableHeader,
} from "./layouts/table/header-words.js";
export { findRatingKey } from "./layouts/table/rating-key.js";
export { readTableDocument, tableFileKind, MAX_TABLE_ROWS, type TableFileKind } from "./tables/table-document.js";
export { readXlsx } from "./tables/read-xlsx.js";
export { readDocx } from "./tables/read-docx.js";
export { readCsv } from "./tables/read-csv.js";
export { gridLines, gridText, type Grid, type GridRow, type TableText, type FurnitureReason } from "./tables/grid.js";
export { readPdf } from "./pdf/read-pdf.js";
export { openPdf, isPdf, PDF_LIMITS, type PdfDocument, type PdfLimits } from "./pdf/open-pdf.js";
export { normaliseLines, type NormalisedLines, type NormalisationKind } from "./source/normalise.js";
export { repairRows, tableWidth, type RowRepairs } from "./source/repair-rows.js";
export {
  loadCodings,
  MAX_CODINGS_CSV_BYTES,
  MAX_QDPX_BYTES,
  type CodingsResult,
} from "./codings/load-codings.js";
export { readRegularFile } from "./files/read-file.js";
export { XML_LIMITS, type XmlLimits } from "./xml/read-xml.js";
export { MAX_INFLATED_BYTES } from "./xml/zip-parts.js";
export { SHEET_LIMITS } from "./tables/read-xlsx.js";
export { WORD_MAX_COLUMNS } from "./tables/read-docx.js";
export { loadInspectionReport, type ReportResult } from "./reports/load-inspection-report.js";
export {
  loadInspectionReports,
  type ReportsOptions,
  type ReportCorpus,
} from "./reports/load-inspection-reports.js";
