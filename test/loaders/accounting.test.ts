import { cleanCell } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";
import { bundled, corpus, readTsv } from "../helpers/corpus.js";

const gold = readTsv("units-dev.tsv");

describe("every line is accounted for", () => {
  it.each(corpus().results.map((r) => [r.plan.council, r] as const))("%s: used + ignored = all lines", (_, result) => {
    const used = result.lines.filter((l) => l.use === "field").length;
    const ignored = result.lines.filter((l) => l.use === "ignored").length;
    expect(used + ignored).toBe(result.plan.source.lineCount);
    expect(result.lines.map((l) => l.line)).toEqual(
      Array.from({ length: result.plan.source.lineCount }, (_, i) => i + 1),
    );
  });

  it.each(corpus().results.map((r) => [r.plan.council, r] as const))(
    "%s: no line is left unrecognised",
    (_, result) => {
      expect(result.lines.filter((l) => l.use === "ignored" && l.reason === "unrecognised")).toEqual([]);
    },
  );

  it.each(corpus().results.map((r) => [r.plan.council, r] as const))(
    "%s: every ignored run is reported as a diagnostic with its reason",
    (_, result) => {
      const reported = result.diagnostics
        .filter((d) => d.code === "ignored")
        .reduce((n, d) => n + (d.lastLine! - d.line! + 1), 0);
      expect(reported).toBe(result.lines.filter((l) => l.use === "ignored").length);
    },
  );

  it("ignores no line that holds text of a hand-coded action", () => {
    const texts = new Map<string, string>();
    for (const g of gold) texts.set(g.council!, `${texts.get(g.council!) ?? ""}\n${g.action_text}`);
    for (const result of corpus().results) {
      const actionText = texts.get(result.plan.council);
      if (!actionText) continue;
      const source = bundled(result.plan.council).text.split(/\r\n|\n|\r/u);
      for (const l of result.lines.filter((a) => a.use === "ignored")) {
        for (const cell of (source[l.line - 1] ?? "")
          .split(/\t|\|/u)
          .map(cleanCell)
          .filter((c) => c.length >= 20)) {
          expect(actionText.includes(cell), `${result.plan.council}:${l.line} "${cell}"`).toBe(false);
        }
      }
    }
  });

  it("marks the lines an action came from as used by that action", () => {
    for (const result of corpus().results) {
      const used = new Set(result.lines.filter((l) => l.use === "field").map((l) => l.line));
      for (const a of result.plan.recommendations.flatMap((r) => r.actions)) {
        for (const line of a.source.lines) expect(used.has(line)).toBe(true);
      }
    }
  });
});
