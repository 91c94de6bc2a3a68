/**
 * The main command's building blocks: write the pipeline's outputs and summarise a corpus.
 *
 * @packageDocumentation
 * @module @ofsted-action-plans/report
 */
export { writeOutputs, OUTPUT_FILES, type WrittenFiles } from "./write-outputs.js";
export { outputFolder, writeOutputFile, OutputError } from "./output/out-folder.js";
export { corpusSummary } from "./summary.js";
export { main } from "./main.js";
export { analyseCorpus, type Analysis } from "./analysis.js";
export { renderReport } from "./html/render-report.js";
export { escapeHtml } from "./html/escape.js";
export { inspectTable, INSPECT_HINT } from "./inspect.js";
export { toParquet } from "./exchange/parquet.js";
export { renderChart, type RenderedChart } from "./charts/render-chart.js";
