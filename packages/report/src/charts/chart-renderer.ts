import { Worker } from "node:worker_threads";
import { renderChart, type RenderedChart } from "./render-chart.js";
import type { TopLevelSpec } from "vega-lite";

/** Renders chart specs to SVG; `close` releases its thread. */
export interface ChartRenderer {
  render(specs: readonly TopLevelSpec[]): Promise<RenderedChart[]>;
  close(): void;
}

/**
 * Starts a chart renderer. From the built package it is a worker thread that begins loading vega at
 * once, so the main thread can read and analyse the plans meanwhile; from the TypeScript sources
 * (tests, tsx) it renders in the calling thread.
 *
 * @returns the renderer.
 */
export function startChartRenderer(): ChartRenderer {
  const workerFile = new URL("./chart-worker.js", import.meta.url);
  if (!import.meta.url.endsWith(".js")) {
    return { render: (specs) => Promise.all(specs.map((s) => renderChart(s))), close: () => {} };
  }
  const worker = new Worker(workerFile);
  worker.unref();
  return {
    render: (specs) =>
      new Promise((resolve, reject) => {
        worker.once("message", (m: { rendered?: RenderedChart[]; error?: string }) =>
          m.rendered ? resolve(m.rendered) : reject(new Error(m.error)),
        );
        worker.once("error", reject);
        worker.postMessage(specs);
      }),
    close: () => void worker.terminate(),
  };
}
