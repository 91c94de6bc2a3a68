/**
 * Core of the library, on plain data: the typed plan model (zod schemas and the types inferred from
 * them) and the cell cleaning loaders share; due dates, status and slippage; the theme codebook,
 * classifier and its evaluation; cross-council tables (arquero) and charts (Vega-Lite); CSV export.
 * Core never reads files and never imports the loaders.
 *
 * @packageDocumentation
 * @module @ofsted-action-plans/core
 */
export {
  ActionSchema,
  RecommendationSchema,
  PlanSchema,
  AbbreviationSchema,
  StatusKeySchema,
  ReferenceKeyEntrySchema,
  RatingKeyEntrySchema,
  CouncilIdSchema,
  IsoDateSchema,
  type Action,
  type Recommendation,
  type Plan,
  type Abbreviation,
  type StatusKey,
  type ReferenceKeyEntry,
  type RatingKeyEntry,
} from "./schema/plan.js";
export { SourceSpanSchema, CellSchema, type SourceSpan, type Cell } from "./schema/source-span.js";
export {
  InspectionReportSchema,
  ReportFindingSchema,
  JudgementSchema,
  GradeSchema,
  JudgementAreaSchema,
  PageLineSchema,
  type InspectionReport,
  type ReportFinding,
  type Judgement,
  type Grade,
  type JudgementArea,
  type PageLine,
} from "./schema/inspection-report.js";
export {
  ManifestSchema,
  ManifestEntrySchema,
  TableOptionsSchema,
  TableRoleSchema,
  type Manifest,
  type ManifestEntry,
  type TableOptions,
  type TableRole,
} from "./schema/manifest.js";
export {
  DiagnosticSchema,
  IgnoreReasonSchema,
  LineAccountSchema,
  type Diagnostic,
  type IgnoreReason,
  type LineAccount,
} from "./schema/diagnostic.js";
export { jsonSchemas } from "./schema/json-schema.js";
export { toCsv, type CsvValue } from "./csv/to-csv.js";
export { parseCsv } from "./csv/parse-csv.js";
export {
  actionRows,
  recommendationRows,
  ACTION_COLUMNS,
  RECOMMENDATION_COLUMNS,
  type ActionRow,
  type RecommendationRow,
} from "./export/plan-rows.js";
export { formatLineList } from "./export/source-lines.js";
export { ArgumentError } from "./errors/argument-error.js";
export { FileError } from "./errors/file-error.js";
export {
  parseDue,
  DueDateSchema,
  DueKindSchema,
  type DueDate,
  type DueKind,
  type ParseDueOptions,
} from "./dates/parse-due.js";
export { StatusSchema, RagSchema, type Status, type Rag } from "./schema/status.js";
export {
  parseStatus,
  readRating,
  StatusReadingSchema,
  CueMatchSchema,
  type StatusReading,
  type CueMatch,
  type ParseStatusOptions,
  type RatingReading,
} from "./status/parse-status.js";
export {
  defaultProgressCues,
  ProgressCueSchema,
  ProgressCueSetsSchema,
  type ProgressCue,
  type ProgressCueSets,
} from "./status/progress-cues.js";
export {
  SlippageSchema,
  SlipReasonSchema,
  type SlipReason,
  ActionAssessmentSchema,
  type Slippage,
  type ActionAssessment,
} from "./slippage/assess-slippage.js";
export { assessAction, assessPlans, asOfFor, type AsOfOption, type AssessedAction } from "./slippage/assess-action.js";
export { SLIPPAGE_COLUMNS, type SlippageRow } from "./slippage/slippage-columns.js";
export {
  actionTable,
  THEME_COLUMNS,
  type ActionTableRow,
  type ActionTableOptions,
} from "./analysis-tables/action-table.js";
export {
  slippageSummary,
  slippagePhrase,
  SLIPPAGE_SUMMARY_COLUMNS,
  SMALL_BASE,
  type SlippageVerdict,
} from "./slippage/slippage-summary.js";
export { ragVersusEvidence } from "./slippage/rag-vs-evidence.js";
export {
  CodebookSchema,
  ThemeSchema,
  PatternRuleSchema,
  extendCodebook,
  type Codebook,
  type CodebookInput,
  type Theme,
  type PatternRule,
} from "./themes/codebook.js";
export { defaultCodebook } from "./themes/default-codebook.js";
export { baselineCodebook } from "./themes/baseline-codebook.js";
export {
  classifyText,
  compileCodebook,
  EvidenceSchema,
  type Evidence,
  type Classification,
  type CompiledCodebook,
} from "./themes/classify.js";
export {
  classifyPlans,
  type PlanThemes,
  type ActionThemes,
  type RecommendationThemes,
} from "./themes/classify-plans.js";
export {
  evaluateThemes,
  parseThemeLabels,
  type ThemeEvaluation,
  type ThemeScore,
  type ThemeError,
} from "./themes/evaluate.js";
export { themeMatrix, themeCooccurrence, commonThemes, type UnitKind } from "./compare/theme-matrix.js";
export { similarRecommendations } from "./compare/similar-recommendations.js";
export { withDisplayNames, type DisplayNames } from "./charts/display-names.js";
export {
  themeHeatmapSpec,
  slippageByCouncilSpec,
  slipReasonsSpec,
  slipDaysSpec,
  statusByCouncilSpec,
  ragByCouncilSpec,
  dueTimelineSpec,
  ragVersusEvidenceSpec,
} from "./charts/specs.js";
export {
  analysePlans,
  analysisCharts,
  CHART_IDS,
  type ChartId,
  type PlanAnalysis,
  type AnalysisChart,
  type AnalysisOptions,
} from "./analysis/analyse-plans.js";
export {
  FindingCodeSchema,
  FindingCodebookSchema,
  extendFindingCodes,
  type FindingCode,
  type FindingCodebook,
  type FindingCodebookInput,
  type CompiledFindingCodes,
} from "./findings/finding-codes.js";
export { defaultFindingCodes } from "./findings/default-finding-codes.js";
export { planFindings, reportFindings, findingRows, FINDING_COLUMNS, type Finding } from "./findings/plan-findings.js";
export {
  commonWeaknessGroups,
  commonWeaknessTable,
  withWeaknesses,
  weaknessDelivery,
  WEAKNESS_COLUMNS,
  type CommonWeakness,
  type WeaknessMember,
  type WeaknessOptions,
} from "./findings/common-weaknesses.js";
export { evaluateGrouping, parseWeaknessLabels, type GroupingEvaluation } from "./findings/evaluate-grouping.js";
export {
  CodingDecisionSchema,
  CodingsError,
  parseCodingsCsv,
  applyCodings,
  codingAgreement,
  type CodingDecision,
  type AppliedCoding,
} from "./codings/codings.js";
export {
  nationalPicture,
  inspectionTable,
  inspectionFindingTable,
  nationalWeaknessTable,
  nationalWeaknessesByGrade,
  INSPECTION_COLUMNS,
  INSPECTION_FINDING_COLUMNS,
  NATIONAL_WEAKNESS_COLUMNS,
  NATIONAL_GRADE_COLUMNS,
  type NationalPicture,
} from "./compare/national-picture.js";
