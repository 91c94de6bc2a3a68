import * as core from "@ofsted-action-plans/core";
import * as coreAuthoring from "@ofsted-action-plans/core/authoring";
import * as loaders from "@ofsted-action-plans/loaders";
import * as loadersAuthoring from "@ofsted-action-plans/loaders/authoring";
import * as report from "@ofsted-action-plans/report";
import { describe, expect, it } from "vitest";

const entries = {
  "@ofsted-action-plans/core": core,
  "@ofsted-action-plans/core/authoring": coreAuthoring,
  "@ofsted-action-plans/loaders": loaders,
  "@ofsted-action-plans/loaders/authoring": loadersAuthoring,
  "@ofsted-action-plans/report": report,
};

describe("the public API", () => {
  // A change to what a package exports is a decision: update this snapshot with `vitest -u` on purpose.
  it("exports exactly these names from each entry", () => {
    expect(
      Object.fromEntries(Object.entries(entries).map(([entry, mod]) => [entry, Object.keys(mod).sort()])),
    ).toMatchSnapshot();
  });

  it("core renders no chart: it builds Vega-Lite specs, and the report renders them", () => {
    expect("renderChart" in core).toBe(false);
    expect(typeof report.renderChart).toBe("function");
  });

  it("names each value once: an authoring entry does not repeat its package's root", () => {
    const twice = (root: object, sub: object) => Object.keys(sub).filter((name) => name in root);
    expect(twice(core, coreAuthoring)).toEqual([]);
    expect(twice(loaders, loadersAuthoring)).toEqual([]);
  });
});
