import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  commonWeaknessGroups,
  evaluateGrouping,
  parseWeaknessLabels,
  planFindings,
  similarRecommendations,
  type GroupingEvaluation,
} from "@ofsted-action-plans/core";
import { loadAll } from "@ofsted-action-plans/loaders";

const USAGE = `Usage: pnpm eval:weaknesses [--labels FILE] [--data DIR] [--pairs N]

Compares the library's common weaknesses, and the TF-IDF similar-recommendation pairs, with a hand
grouping of findings (group<TAB>weakness<TAB>findings as council/id,…): pair precision, recall and F1
over cross-council pairs of the labelled councils' findings. Default: the dev labels in data/labels.`;

/** Runs the evaluation; @returns the exit code. */
export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      labels: { type: "string", default: "data/labels/weaknesses-dev.tsv" },
      data: { type: "string" },
      pairs: { type: "string", default: "20" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const gold = parseWeaknessLabels(readFileSync(values.labels!, "utf8"));
  const plans = loadAll(values.data ? { dataDir: values.data } : {}).plans;
  const weaknesses = commonWeaknessGroups(planFindings(plans));
  const library = evaluateGrouping(
    weaknesses.map((w) => w.members.map((m) => `${m.finding.council}/${m.finding.id}`)),
    gold.map((g) => g.findings),
  );
  const tfidf = evaluateGrouping(
    (
      similarRecommendations(plans).objects() as {
        council_a: string;
        recommendation_a: string;
        council_b: string;
        recommendation_b: string;
      }[]
    ).map((r) => [`${r.council_a}/${r.recommendation_a}`, `${r.council_b}/${r.recommendation_b}`]),
    gold.map((g) => g.findings),
  );
  const f = (x: number | null) => (x === null ? "  n/a" : x.toFixed(3));
  const row = (name: string, e: GroupingEvaluation) =>
    `${name.padEnd(22)} ${f(e.precision)}  ${f(e.recall)}  ${f(e.f1)}  ${String(e.agreed.length).padStart(6)} ${String(e.extra.length).padStart(6)} ${String(e.missed.length).padStart(6)}`;
  console.log(`${gold.length} hand groups; ${weaknesses.length} common weaknesses found in ${plans.length} plans`);
  console.log(`${"grouping".padEnd(22)}     P      R     F1  agreed  extra missed`);
  console.log(row("library (finding codes)", library));
  console.log(row("TF-IDF pairs", tfidf));
  const n = Number(values.pairs);
  if (library.extra.length)
    console.log(`\nlibrary pairs not in the hand grouping:\n  ${library.extra.slice(0, n).join("\n  ")}`);
  if (library.missed.length)
    console.log(`\nhand-grouped pairs the library missed:\n  ${library.missed.slice(0, n).join("\n  ")}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
