import { writeFileSync, mkdirSync } from "node:fs";
import * as c from "@ofsted-action-plans/core";
import { loadAll } from "@ofsted-action-plans/loaders";
const plans = loadAll().plans;
const t = c.actionTable(plans);
const th = c.classifyPlans(plans);
const specs = {
  heatmap: c.themeHeatmapSpec(c.themeMatrix(th), { themes: th.codebook.themes.map(x => x.id) }),
  slippage: c.slippageByCouncilSpec(c.slippageSummary(t)),
  slipdays: c.slipDaysSpec(t),
  status: c.statusByCouncilSpec(t),
  rag: c.ragByCouncilSpec(t),
  timeline: c.dueTimelineSpec(t),
  ragev: c.ragVersusEvidenceSpec(c.ragVersusEvidence(t)),
};
mkdirSync("/tmp/charts", { recursive: true });
for (const [k, s] of Object.entries(specs)) {
  const t0 = performance.now();
  const r = await c.renderChart(s);
  writeFileSync(`/tmp/charts/${k}.svg`, r.svg);
  console.log(k, r.marks, Math.round(performance.now() - t0), "ms");
}
