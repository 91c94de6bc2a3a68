import { readRating, type TableOptions } from "@ofsted-action-plans/core";
import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { readHeader, tableCells, type TableHeader } from "./header-words.js";

/** What an action id looks like: "1", "1.2", "3.1a", "12b", "R4", "X2.1". */
const ID_LIKE = /^(?:[A-Z]\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)*\s?[a-z]?)\.?$/u;

/**
 * Refines a header by what its columns hold in the rows below it (up to the next header):
 * - the id column is the leftmost whose cells look like ids ("1.2", "3a", "R4"), even with an empty
 *   heading, and a "Reference" column of other codes (AA1) is then another cell;
 * - with no recommendation heading, a column left of the actions whose heading is a long title (an
 *   inspection area) and whose cells are sentences holds the recommendations;
 * - an Area or Theme column is the recommendation where the table has no other;
 * - a Status (or RAG) column whose cells are prose rather than ratings is read as progress words.
 * Columns the manifest names are kept as named.
 *
 * @returns the header with its roles refined.
 */
export function profileColumns(
  header: TableHeader,
  lines: readonly string[],
  from: number,
  options: TableOptions,
): TableHeader {
  const sample: string[][] = [];
  for (let i = from; i < lines.length && sample.length < 30; i++) {
    if (readHeader(lines[i]!, i + 1, options)) break;
    const cells = tableCells(lines[i]!).map((c) => cleanCell(c));
    if (cells.filter((c) => c !== "").length >= 2) sample.push(cells);
  }
  const roles = { ...header.roles };
  const named = new Set(Object.keys(options.columns ?? {}));
  const values = (k: number) => sample.map((r) => r[k] ?? "").filter((v) => v !== "");
  const idLike = (k: number) => {
    const v = values(k);
    return v.length >= 2 && v.filter((x) => ID_LIKE.test(x)).length >= 0.6 * v.length;
  };
  if (!named.has("id")) {
    const taken = new Set(
      Object.entries(roles)
        .filter(([r]) => r !== "id")
        .map(([, k]) => k),
    );
    const best = header.headings.findIndex((_, k) => !taken.has(k) && idLike(k));
    if (best >= 0) roles.id = best;
    else if (roles.id !== undefined && !idLike(roles.id)) delete roles.id;
  }
  if (roles.recommendation === undefined && roles.area !== undefined && !named.has("area")) {
    roles.recommendation = roles.area;
    delete roles.area;
  }
  if (
    roles.recommendation === undefined &&
    !named.has("recommendation") &&
    roles.action !== undefined &&
    roles.action > 0
  ) {
    const taken = new Set(Object.values(roles));
    const k = header.headings.findIndex(
      (h, k) =>
        k < roles.action! &&
        !taken.has(k) &&
        h.split(/\s+/u).length >= 4 &&
        values(k).length > 0 &&
        values(k).every((v) => v.split(/\s+/u).length >= 5),
    );
    if (k >= 0) roles.recommendation = k;
  }
  let ragIsProse = false;
  if (roles.rag !== undefined && !named.has("rag")) {
    const v = values(roles.rag);
    const ratings = v.filter((x) => x.length <= 3 || readRating(x, options.statusKey) !== null).length;
    ragIsProse = v.length > 0 && ratings < 0.6 * v.length;
  }
  return { ...header, roles, ragIsProse, printedRoles: Object.keys(header.roles).length };
}
