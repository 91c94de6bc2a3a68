import { expectObject } from "@ofsted-action-plans/core/authoring";
import type { TopLevelSpec } from "vega-lite";

/** A rendered chart: its SVG and how many data marks (bars, points, cells…) it drew. */
export interface RenderedChart {
  readonly svg: string;
  /** Items of the chart's data marks (not axes, legends or titles): 0 means an empty chart. */
  readonly marks: number;
}

interface SceneNode {
  marktype?: string;
  role?: string;
  items?: SceneNode[];
}

/**
 * @returns the number of items in data marks of a Vega scenegraph (used in Node and in the browser check).
 * @example
 * countMarkItems({ marktype: "rect", role: "mark", items: [{}, {}, {}] }); // 3
 */
export function countMarkItems(node: SceneNode | undefined): number {
  if (!node?.items) return 0;
  let n = node.marktype && node.marktype !== "group" && node.role === "mark" ? node.items.length : 0;
  for (const item of node.items) n += countMarkItems(item);
  return n;
}

/**
 * Renders a Vega-Lite spec to SVG in Node, headless (no canvas). vega and vega-lite are loaded with a
 * dynamic `import()` on first use, so importing the library stays cheap and works where a top-level
 * await cannot be required (tslab, CommonJS).
 *
 * @returns the SVG text and the number of data-mark items drawn.
 * @example
 * const { svg, marks } = await renderChart(slippageByCouncilSpec(slippageSummary(actionTable(plans))));
 */
export async function renderChart(spec: TopLevelSpec): Promise<RenderedChart> {
  expectObject(spec, "spec", "a Vega-Lite spec, e.g. slippageByCouncilSpec(slippageSummary(actions))");
  const [vega, vl] = await loadRenderer();
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
  try {
    await view.runAsync();
    const svg = await view.toSVG();
    return { svg, marks: countMarkItems((view.scenegraph() as unknown as { root: SceneNode }).root) };
  } finally {
    view.finalize();
  }
}

let renderer: Promise<[typeof import("vega"), typeof import("vega-lite")]> | undefined;

/**
 * Starts loading vega and vega-lite (about 0.2 s) ahead of the first `renderChart`, e.g. in a worker
 * while other work runs.
 *
 * @returns a promise that settles when they are loaded.
 * @example
 * const [vega, vegaLite] = await loadRenderer(); // loaded once, shared by every chart
 * vegaLite.compile(slippageByCouncilSpec(slippageSummary(actionTable(plans)))).spec;
 * void vega;
 */
export function loadRenderer(): Promise<[typeof import("vega"), typeof import("vega-lite")]> {
  return (renderer ??= Promise.all([import("vega"), import("vega-lite")]));
}
