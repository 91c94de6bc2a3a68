/**
 * Loaders: turn each council's action plan text into a validated `Plan` with diagnostics that account
 * for every line. `loadAll()` loads the bundled corpus (or any folder laid out like it);
 * `loadPlan()` loads one document; `layouts` lists the layouts and `detectLayout()` picks one. What a
 * layout author builds with (ledger, drafts, table readers, row classification) is in the
 * `@ofsted-action-plans/loaders/authoring` entry.
 *
 * @packageDocumentation
 * @module @ofsted-action-plans/loaders
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
export { layouts, detectLayout } from "./layouts/registry.js";
export { toSourceText, type SourceText } from "./source/source-text.js";
export type { Layout, ParseContext } from "./layouts/layout.js";
export { TableMappingSchema, type TableMapping } from "./layouts/tabular-layout.js";
export { ROLE_NAMES } from "./layouts/table/header-words.js";
export { readTableDocument, tableFileKind, MAX_TABLE_ROWS, type TableFileKind } from "./table-files/table-document.js";
export { isPdf, PDF_LIMITS, type PdfLimits } from "./pdf/open-pdf.js";
export {
  loadCodings,
  MAX_CODINGS_CSV_BYTES,
  MAX_QDPX_BYTES,
  type CodingsResult,
} from "./exchange/load-codings.js";
export {
  refiQdaExport,
  stableGuid,
  QDA_PROJECT_NS,
  QDA_CODEBOOK_NS,
  type QdaExport,
  type QdaInput,
  type QdaSelection,
} from "./exchange/refi-qda-export.js";
export { XML_LIMITS, type XmlLimits } from "./xml/read-xml.js";
export { MAX_INFLATED_BYTES } from "./xml/zip-parts.js";
export { SHEET_LIMITS } from "./table-files/read-xlsx.js";
export { WORD_MAX_COLUMNS } from "./table-files/read-docx.js";
export { loadInspectionReport, type ReportResult } from "./reports/load-inspection-report.js";
export {
  loadInspectionReports,
  type ReportsOptions,
  type ReportCorpus,
} from "./reports/load-inspection-reports.js";
