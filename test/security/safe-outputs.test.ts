import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toCsv } from "@ofsted-action-plans/core";
import { neutraliseFormula } from "@ofsted-action-plans/core/authoring";
import { bundledDataDir, loadPlan, readManifest } from "@ofsted-action-plans/loaders";
import { writeOutputs } from "@ofsted-action-plans/report";
import { afterAll, describe, expect, it } from "vitest";

describe("CSV injection", () => {
  it.each([
    ['=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'],
    ["+1+1", "'+1+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1,1)", "'@SUM(1,1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["-5", "-5"],
    ["+3.25", "+3.25"],
    ["2013-09-30", "2013-09-30"],
    ["Review = improve", "Review = improve"],
  ])("%j is written as %j", (cell, written) => {
    expect(neutraliseFormula(cell)).toBe(written);
  });

  it("neutralises before quoting, so the cell still parses as one field", () => {
    expect(toCsv(["a"], [{ a: '=1,"2"' }])).toBe('a\r\n"\'=1,""2"""\r\n');
  });
});

/** Texts that survive cell cleaning (which removes complete tags) and would do harm if written raw. */
const HOSTILE = [
  "=cmd|' /C calc'!A0",
  'Review & "improve" \'"><iframe src=javascript:alert(1) x=',
  "@SUM(A1:A9)",
  "-1+2",
  "done </script <img src=x onerror=alert(2) y=",
];

describe("hostile action texts through the whole pipeline", () => {
  const out = mkdtempSync(join(tmpdir(), "hostile-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const entry = { ...readManifest().plans.find((p) => p.council === "reading")!, id: "hostile-1", council: "hostile" };
  const text = [
    "Hostile Borough action plan",
    "",
    "\t<i>Ofsted Recommendation</i>\t<i>Actions Proposed</i>\t<i>Lead Officer</i>",
    `1\t${HOSTILE[1]}\t1) ${HOSTILE[0]}\t${HOSTILE[2]}`,
    `\t\t2) ${HOSTILE[4]}\t${HOSTILE[3]}`,
    "",
  ].join("\n");
  const result = loadPlan(text, entry);

  it("keeps the hostile text exactly in the model", () => {
    const rec = result.plan.recommendations[0]!;
    expect(rec.text).toBe(HOSTILE[1]);
    expect(rec.actions.map((a) => [a.text, a.lead])).toEqual([
      [HOSTILE[0], HOSTILE[2]],
      [HOSTILE[4], HOSTILE[3]],
    ]);
  });

  it("writes no CSV cell that a spreadsheet would run, and no unescaped markup into the report", async () => {
    await writeOutputs(
      {
        dataDir: bundledDataDir,
        manifest: { plans: [entry] },
        results: [result],
        errors: [],
        plans: [result.plan],
        codings: [],
        codingDiagnostics: [],
      },
      out,
    );
    const csv = readFileSync(join(out, "actions.csv"), "utf8");
    for (const cell of csv.split(/\r\n/u).flatMap((line) => line.split(","))) {
      expect(cell.replace(/^"/u, ""), cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(?:\.\d+)?$)/u);
    }
    expect(csv).toContain("'=cmd|' /C calc'!A0");
    const html = readFileSync(join(out, "report.html"), "utf8");
    const body = html.slice(0, html.indexOf('<pre id="page-errors"'));
    expect(body).not.toContain("<iframe");
    expect(body).not.toContain("<img src=x");
    expect(body).not.toContain("</script <img");
    expect(body).toContain("Review &amp; &quot;improve&quot; &#39;&quot;&gt;&lt;iframe src=javascript:alert(1) x=");
    expect(body).toContain("done &lt;/script &lt;img src=x onerror=alert(2) y=");
  });
});
