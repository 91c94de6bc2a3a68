/**
 * @packageDocumentation
 * The main command's building blocks: write the pipeline's outputs and summarise a corpus.
 */
export { writeOutputs, type WrittenFiles } from "./write-outputs.js";
export { corpusSummary } from "./summary.js";
export { main } from "./main.js";
