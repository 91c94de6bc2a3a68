/** The benchmark's plan table, so the hostile-file tests and the benchmark read the same rows. */
export { TABLE_HEADER, tableRow } from "../../tools/src/table-rows.js";
