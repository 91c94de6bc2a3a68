/**
 * For authors of loaders, layouts and codebooks (`@ofsted-action-plans/core/authoring`): the pieces
 * the root's functions are built from — cell cleaning and look-alike folding, CSV records, date
 * mentions, progress cues and the action's deliverable, one slippage judgement, finding-code
 * compilation, argument checks — and the text memoisation switch for benchmarks. A researcher
 * analysing plans needs only the package's root.
 *
 * @packageDocumentation
 * @module @ofsted-action-plans/core/authoring
 */
export { cleanCell, foldHomoglyphs, isBlankCell, LOOK_ALIKES } from "./text/clean-cell.js";
export { setTextMemoisation, textMemoisation } from "./text/memoise.js";
export { citesInspectionReport } from "./schema/plan.js";
export { neutraliseFormula } from "./csv/to-csv.js";
export { readCsvRecords, type CsvRecords, type CsvProblem } from "./csv/parse-csv.js";
export {
  expectPlans,
  expectTable,
  expectString,
  expectArray,
  expectObject,
  expectBytes,
} from "./errors/argument-error.js";
export { PLAUSIBLE_YEARS } from "./dates/parse-due.js";
export { findDates, type DateMention, type DateProblem } from "./dates/find-dates.js";
export { findRevisedDue, findCues } from "./status/parse-status.js";
export {
  actionDeliverable,
  cueRole,
  reopens,
  stem,
  type ActionDeliverable,
  type CueRole,
} from "./status/action-deliverable.js";
export { assessSlippage } from "./slippage/assess-slippage.js";
export { slippageRow } from "./slippage/slippage-columns.js";
export { actionTableFrom } from "./analysis-tables/action-table.js";
export { contentWords } from "./compare/similar-recommendations.js";
export { compileFindingCodes, codeFinding } from "./findings/finding-codes.js";
export { mainSubjects } from "./findings/plan-findings.js";
export { crossCouncilPairs } from "./findings/evaluate-grouping.js";
