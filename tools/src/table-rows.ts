/**
 * The seven-column plan table the large and hostile table inputs are made of (the benchmark's and the
 * hostile-file tests'): its header, and row `k` (action `k.1` under recommendation `k`).
 */
export const TABLE_HEADER = ["Ref", "Recommendation", "Action", "Lead", "Due date", "Progress", "RAG"];

/** @returns the cells of row `k`. */
export const tableRow = (k: number): string[] => [
  `${k}.1`,
  `Recommendation ${k}`,
  `Review files ${k}`,
  "HoS",
  "31/03/2015",
  "Done",
  "G",
];
