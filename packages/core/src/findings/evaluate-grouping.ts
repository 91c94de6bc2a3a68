import { expectArray, expectString } from "../errors/argument-error.js";
/** Agreement of a grouping with hand-made groups, counted over cross-council pairs of findings. */
export interface GroupingEvaluation {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  /** Pairs both put in one group. */
  readonly agreed: readonly string[];
  /** Pairs grouped here but not by hand. */
  readonly extra: readonly string[];
  /** Pairs grouped by hand but not here. */
  readonly missed: readonly string[];
}

/**
 * @returns the cross-council pairs of a group of `council/id` findings, each as "a + b" in sorted order.
 * @example
 * crossCouncilPairs(["reading/R1", "stockton/R2", "stockton/R3"]);
 * // ["reading/R1 + stockton/R2", "reading/R1 + stockton/R3"]
 */
export function crossCouncilPairs(members: readonly string[]): string[] {
  const unique = [...new Set(members)].sort();
  const pairs: string[] = [];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      if (unique[i]!.split("/")[0] !== unique[j]!.split("/")[0]) pairs.push(`${unique[i]} + ${unique[j]}`);
    }
  }
  return pairs;
}

/**
 * Compares a grouping of findings (`council/id`) with hand-made groups by their cross-council pairs:
 * precision is the share of pairs grouped here that the hand grouping also groups, recall the share of
 * hand-grouped pairs found here. Only findings of `councils` count (default: the councils the hand
 * groups cover), so a grouping of more plans can be scored against labels of fewer.
 *
 * @returns precision, recall, F1 and the pairs behind them.
 * @example
 * evaluateGrouping([["a/R1", "b/R4"]], [["a/R1", "b/R4", "c/X1"]]); // precision 1, recall 1/3
 */
export function evaluateGrouping(
  groups: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
  councils?: readonly string[],
): GroupingEvaluation {
  expectArray(groups, "groups", "groups of finding ids", "objects");
  expectArray(gold, "gold", "hand groups of finding ids", "objects");
  const scope = new Set(councils ?? gold.flat().map((f) => f.split("/")[0]!));
  const inScope = (g: readonly string[]) => g.filter((f) => scope.has(f.split("/")[0]!));
  const mine = new Set(groups.flatMap((g) => crossCouncilPairs(inScope(g))));
  const theirs = new Set(gold.flatMap((g) => crossCouncilPairs(inScope(g))));
  const agreed = [...mine].filter((p) => theirs.has(p)).sort();
  const extra = [...mine].filter((p) => !theirs.has(p)).sort();
  const missed = [...theirs].filter((p) => !mine.has(p)).sort();
  const precision = mine.size ? agreed.length / mine.size : null;
  const recall = theirs.size ? agreed.length / theirs.size : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return { precision, recall, f1, agreed, extra, missed };
}

/**
 * Reads hand-made groups from their tab-separated form (`group, weakness, findings` with findings as
 * comma-separated `council/id`).
 *
 * @returns the groups, each a list of findings.
 * @example
 * parseWeaknessLabels("group\tweakness\tfindings\nW1\tSupervision\treading/R1,stockton/R2\n");
 * // [{ id: "W1", weakness: "Supervision", findings: ["reading/R1", "stockton/R2"] }]
 */
export function parseWeaknessLabels(tsv: string): { id: string; weakness: string; findings: string[] }[] {
  expectString(tsv, "tsv", "the text of a weakness-labels TSV");
  const [header, ...rows] = tsv
    .replace(/\r?\n$/u, "")
    .split(/\r?\n/u)
    .map((l) => l.split("\t"));
  const at = (name: string) => header!.indexOf(name);
  return rows
    .filter((r) => r.length >= 3)
    .map((r) => ({
      id: r[at("group")]!,
      weakness: r[at("weakness")]!,
      findings: r[at("findings")]!.split(",")
        .map((f) => f.trim())
        .filter(Boolean),
    }));
}
