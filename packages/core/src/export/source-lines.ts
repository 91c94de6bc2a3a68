import { expectArray } from "../errors/argument-error.js";
/**
 * Writes a sorted list of line numbers compactly: consecutive lines as a range, runs separated by
 * ";" — `[283, 285, 286]` → `"283;285-286"`. Used for the `source_lines` export column.
 *
 * @returns the compact form ("" for no lines).
 * @example
 * formatLineList([3, 4, 5, 9]); // "3-5;9"
 */
export function formatLineList(lines: readonly number[]): string {
  expectArray(lines, "lines", "line numbers", "numbers");
  const runs: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  const close = () => {
    if (start !== undefined) runs.push(start === prev ? `${start}` : `${start}-${prev}`);
  };
  for (const line of lines) {
    if (prev !== undefined && line === prev + 1) prev = line;
    else {
      close();
      start = prev = line;
    }
  }
  close();
  return runs.join(";");
}
