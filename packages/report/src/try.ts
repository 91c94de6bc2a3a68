import { actionTable, slippageSummary, ragVersusEvidence } from "@ofsted-action-plans/core";
import { loadAll } from "@ofsted-action-plans/loaders";
const t = actionTable(loadAll().plans);
slippageSummary(t).print({ limit: 10 });
console.log(slippageSummary(t).objects());
const r = ragVersusEvidence(t); console.log(r.numRows()); r.select("action_id","rag","due_raw","days_past_due").print({limit: 40});
