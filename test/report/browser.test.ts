import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analysisCharts } from "@ofsted-action-plans/core";
import { loadAll } from "@ofsted-action-plans/loaders";
import { analyseCorpus, renderChart, writeOutputs } from "@ofsted-action-plans/report";
import { checkReportInBrowser, findChromium } from "@ofsted-action-plans/tools/browser-check";
import { afterAll, describe, expect, it } from "vitest";

const chromium = findChromium();
const out = mkdtempSync(join(tmpdir(), "report-browser-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("charts", () => {
  it("every report chart draws marks when rendered in Node", async () => {
    for (const chart of analysisCharts(analyseCorpus(loadAll()))) {
      expect((await renderChart(chart.spec)).marks, chart.id).toBeGreaterThan(0);
    }
  });

  it("show councils' and themes' names where the data hold their ids", async () => {
    const chart = analysisCharts(analyseCorpus(loadAll())).find((c) => c.id === "slippage-by-council")!;
    const svg = (await renderChart(chart.spec)).svg;
    expect(svg).toContain("Windsor &amp; Maidenhead");
    expect(svg).not.toContain(">windsor-maidenhead<");
  });

  it("an empty chart is detected as such", async () => {
    const spec = {
      data: { values: [] },
      mark: "bar" as const,
      encoding: { x: { field: "a", type: "quantitative" as const } },
    };
    expect((await renderChart(spec)).marks).toBe(0);
  });
});

// In CI the browser is installed by .ci/run and the check must run; elsewhere it needs Chromium.
describe.skipIf(!chromium && !process.env.CI)("the report in headless Chromium", () => {
  it("opens with no errors and every chart draws marks", async () => {
    await writeOutputs(loadAll(), out);
    const check = checkReportInBrowser(join(out, "report.html"));
    expect(check.pageErrors).toEqual([]);
    expect(check.consoleErrors).toEqual([]);
    const ids = analysisCharts(analyseCorpus(loadAll())).map((c) => c.id);
    expect(Object.keys(check.charts).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(check.charts[id], id).toBeGreaterThan(0);
  }, 90_000);
});
