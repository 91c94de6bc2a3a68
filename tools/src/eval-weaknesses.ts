import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  commonWeaknessGroups,
  evaluateGrouping,
  nationalPicture,
  parseWeaknessLabels,
  planFindings,
  similarRecommendations,
  type GroupingEvaluation,
} from "@ofsted-action-plans/core";
import { reportsDir } from "@ofsted-action-plans/inspection-reports";
import { loadAll, loadInspectionReports } from "@ofsted-action-plans/loaders";

const USAGE = `Usage: pnpm eval:weaknesses [--labels FILE] [--data DIR] [--pairs N] [--national N] [--seed S]

Compares the library's common weaknesses, and the TF-IDF similar-recommendation pairs, with a hand
grouping of findings (group<TAB>weakness<TAB>findings as council/id,…): pair precision, recall and F1
over cross-council pairs of the labelled councils' findings. Default: the dev labels in data/labels.

--national N prints how many findings of Ofsted's 152 bundled reports are placed in a national
weakness, and a sample of N placements (drawn with --seed, default 1) with the finding's words and
the words that placed it, for a person to check.`;

/** Runs the evaluation; @returns the exit code. */
export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      labels: { type: "string", default: "data/labels/weaknesses-dev.tsv" },
      data: { type: "string" },
      pairs: { type: "string", default: "20" },
      national: { type: "string" },
      seed: { type: "string", default: "1" },
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
  if (values.national !== undefined) printNationalSample(Number(values.national), Number(values.seed));
  return 0;
}

/** Prints the placement coverage of the national weaknesses and a seeded sample of placements. */
function printNationalSample(n: number, seed: number): void {
  const national = nationalPicture(loadInspectionReports({ dir: reportsDir }).reports);
  const placed = national.weaknesses.flatMap((w) => w.members.map((m) => ({ weakness: w, finding: m.finding })));
  const withCode = national.findings.filter((f) => f.codes.length > 0).length;
  const total = national.findings.length;
  const pct = (k: number) => `${((100 * k) / total).toFixed(1)}%`;
  console.log(
    `\nnational: ${total} findings of ${national.reports.length} reports; ${withCode} coded (${pct(withCode)}); ` +
      `${new Set(placed.map((p) => p.finding)).size} placed in ${national.weaknesses.length} national weaknesses (${pct(new Set(placed.map((p) => p.finding)).size)})`,
  );
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const sample = [...placed];
  for (let k = sample.length - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1));
    [sample[k], sample[j]] = [sample[j]!, sample[k]!];
  }
  for (const { weakness, finding } of sample.slice(0, n)) {
    const words = finding.evidence.filter((e) => e.theme === weakness.code).map((e) => `"${e.text}"`);
    console.log(`\n${weakness.id} ${weakness.label}\n  ${finding.council}/${finding.id}: ${finding.text}`);
    console.log(`  placed by ${words.join(", ") || "(no evidence)"}`);
  }
}

process.exitCode = main(process.argv.slice(2));
