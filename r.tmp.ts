import { readFileSync } from "node:fs";
import { loadAll } from "@ofsted-action-plans/loaders";
import {
  planFindings,
  commonWeaknessGroups,
  evaluateGrouping,
  parseWeaknessLabels,
  similarRecommendations,
} from "@ofsted-action-plans/core";
const plans = loadAll().plans;
const w = commonWeaknessGroups(planFindings(plans));
for (const g of w)
  console.log(g.id, g.label, "|", g.members.map((m) => `${m.finding.council}/${m.finding.id}`).join(" "));
const gold = parseWeaknessLabels(readFileSync("data/labels/weaknesses-dev.tsv", "utf8"));
const e = evaluateGrouping(
  w.map((g) => g.members.map((m) => `${m.finding.council}/${m.finding.id}`)),
  gold.map((g) => g.findings),
);
console.log("library", e.precision, e.recall, e.f1, "extra", e.extra, "missed", e.missed);
const sim = similarRecommendations(plans).objects() as any[];
const b = evaluateGrouping(
  sim.map((r) => [`${r.council_a}/${r.recommendation_a}`, `${r.council_b}/${r.recommendation_b}`]),
  gold.map((g) => g.findings),
);
console.log("tfidf", b.precision, b.recall, b.f1);
