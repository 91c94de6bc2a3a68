import { parentPort } from "node:worker_threads";
import { loadRenderer, renderChart } from "./render-chart.js";
import type { TopLevelSpec } from "vega-lite";

// Renders chart specs to SVG off the main thread; starts loading vega as soon as the worker starts.
void loadRenderer();
parentPort?.on("message", async (specs: TopLevelSpec[]) => {
  try {
    const rendered = [];
    for (const spec of specs) rendered.push(await renderChart(spec));
    parentPort?.postMessage({ rendered });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.stack : String(error) });
  }
});
