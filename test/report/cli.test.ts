import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_COLUMNS, CHART_IDS, PlanSchema, SLIPPAGE_COLUMNS, THEME_COLUMNS } from "@ofsted-action-plans/core";
import { bundledDataDir, loadAll } from "@ofsted-action-plans/loaders";
import { corpusSummary, main, OUTPUT_FILES, writeOutputs } from "@ofsted-action-plans/report";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const out = mkdtempSync(join(tmpdir(), "plans-out-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const corpus = loadAll({ dataDir: bundledDataDir });
beforeAll(async () => {
  await writeOutputs(corpus, out);
});

describe("the main command's outputs", () => {
  it("writes actions.csv with the foundation columns first and in order, one row per action", () => {
    const csv = readFileSync(join(out, "actions.csv"), "utf8");
    const [header] = csv.split("\r\n");
    expect(header?.split(",").slice(0, ACTION_COLUMNS.length)).toEqual([...ACTION_COLUMNS]);
    expect(csv.split("\r\n").filter((l) => l.startsWith("herefordshire,"))).toHaveLength(125);
    expect(csv).toContain(
      "\r\nwindsor-maidenhead,windsor-maidenhead-2012-09,R13,13b,action,Crystal report from PARIS implemented to monitor",
    );
  });

  it("appends the slippage, then the theme columns to actions.csv", () => {
    const [header, ...rows] = readFileSync(join(out, "actions.csv"), "utf8").trim().split("\r\n");
    expect(header?.split(",")).toEqual([...ACTION_COLUMNS, ...SLIPPAGE_COLUMNS, ...THEME_COLUMNS]);
    expect(rows.find((r) => r.startsWith("stockton,stockton-2013-09,R1,R1.7,"))).toMatch(
      /,month,2013-12-01,2013-12-31,in_progress,Timescale likely,,false,,2014-03-31,false,false,true,90,false,deadline_moved,quality_assurance,assessment;quality_assurance$/u,
    );
  });

  it("writes the theme matrix with the action ids behind each cell, and the common weaknesses", () => {
    const matrix = readFileSync(join(out, "themes-by-council.csv"), "utf8").split("\r\n");
    expect(matrix[0]).toBe("council,theme,count,units,share,small_base,ids");
    expect(matrix).toContain("stockton,advocacy,3,58,0.05172413793103448,false,R10.1;R10.2;R10.4");
    const weaknesses = readFileSync(join(out, "common-weaknesses.csv"), "utf8").trim().split("\r\n");
    expect(weaknesses[0]).toBe(
      "weakness_id,weakness,councils,council_list,findings,also_mentioned,actions,completed,completed_stated,completed_rating_only,rating_contradicts_words,slipped,assessable,small_base",
    );
    expect(weaknesses.find((l) => l.includes("stockton/R7"))).toMatch(
      /^W\d\d,"Regular, reflective, recorded supervision of staff",/u,
    );
    const findings = readFileSync(join(out, "findings.csv"), "utf8").trim().split("\r\n");
    expect(findings[0]).toBe(
      "council,plan_id,finding_id,kind,text,themes,finding_codes,evidence,source_file,source_lines",
    );
    expect(findings).toHaveLength(1 + 63 + 22);
    expect(
      findings.find((l) => l.startsWith("herefordshire,herefordshire-2012-v2.2,4.25,action-citing-report,")),
    ).toMatch(/staff_supervision/u);
  });

  it("writes slippage-by-council.csv: 'not reported' with no dates, 'none due yet' before any deadline", () => {
    const [header, ...lines] = readFileSync(join(out, "slippage-by-council.csv"), "utf8").trim().split("\r\n");
    const columns = header!.split(",");
    for (const c of [
      "due_by_as_of",
      "not_yet_due",
      "assessable",
      "slipped",
      "slipped_share",
      "overdue_open",
      "deadline_moved",
      "extension_agreed",
      "rated_red",
      "median_days_late",
      "p90_days_late",
    ])
      expect(columns).toContain(c);
    const row = (council: string) =>
      Object.fromEntries(
        lines
          .find((l) => l.startsWith(`${council},`))!
          .split(",")
          .map((v, k) => [columns[k], v]),
      );
    expect(row("reading")).toMatchObject({
      slipped_share: "not reported",
      median_days_late: "not reported",
      slippage: "not reported",
    });
    expect(row("oxfordshire")).toMatchObject({
      slipped_share: "none due yet",
      earliest_due: "2014-09-17",
      slippage: "none due yet",
    });
    expect(Number(row("stockton").median_days_late)).toBeGreaterThan(0);
    expect(row("herefordshire")).toMatchObject({ actions: "125", removed: "1" });
  });

  it("writes recommendations.csv and plans.json that validate", () => {
    expect(readFileSync(join(out, "recommendations.csv"), "utf8").split("\r\n")[0]).toBe(
      "council,plan_id,recommendation_id,recommendation_text,themes",
    );
    const plans = JSON.parse(readFileSync(join(out, "plans.json"), "utf8")) as unknown[];
    expect(plans.map((p) => PlanSchema.parse(p).council)).toEqual([
      "reading",
      "stockton",
      "oxfordshire",
      "windsor-maidenhead",
      "herefordshire",
    ]);
    // Each action keeps its assessment beside its cells: where a completion comes from.
    const hereford = plans[4] as {
      recommendations: { actions: { id: string; assessment: Record<string, unknown> }[] }[];
    };
    const action = hereford.recommendations.flatMap((r) => r.actions).find((a) => a.id === "3.46")!;
    expect(action.assessment).toMatchObject({
      status: "completed",
      completionBasis: "rating",
      ratingContradictsWords: true,
    });
  });

  it("writes diagnostics.json whose line totals match the files and the plans' own source lines", () => {
    const diagnostics = JSON.parse(readFileSync(join(out, "diagnostics.json"), "utf8"));
    expect(diagnostics.errors).toEqual([]);
    for (const result of corpus.results) {
      const d = diagnostics.documents.find((x: { file: string }) => x.file === result.plan.source.file);
      // Lines as the file has them, counted here, not taken from the loader.
      const fileLines = readFileSync(join(bundledDataDir, result.plan.source.file), "utf8")
        .replace(/\n$/u, "")
        .split("\n").length;
      expect(d.lines).toBe(fileLines);
      expect(result.lines.map((l) => l.line)).toEqual(Array.from({ length: fileLines }, (_, k) => k + 1));
      const used = result.lines.filter((l) => l.use === "field").length;
      const ignored = result.lines.filter((l) => l.use === "ignored" && typeof l.reason === "string").length;
      expect([d.usedLines, d.ignoredLines]).toEqual([used, ignored]);
      expect(used + ignored).toBe(fileLines);
      // Every line an action or recommendation cites is a used line.
      const usedSet = new Set(result.lines.filter((l) => l.use === "field").map((l) => l.line));
      const cited = result.plan.recommendations.flatMap((r) => [
        ...r.source.lines,
        ...r.actions.flatMap((a) => a.source.lines),
      ]);
      expect(cited.filter((line) => !usedSet.has(line))).toEqual([]);
    }
  });

  it("writes a self-contained report and one SVG per chart, each with marks", () => {
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]+src=/u);
    expect(html).not.toMatch(/<link[^>]+href=/u);
    expect(html).not.toMatch(/<(?:img|iframe)[^>]+src=["']?https?:/u);
    for (const id of CHART_IDS) {
      expect(html).toContain(`data-chart="${id}"`);
      const svg = readFileSync(join(out, "charts", `${id}.svg`), "utf8");
      expect(svg).toMatch(/^<svg/u);
      expect(dataMarks(svg), id).toBeGreaterThan(0);
    }
    expect(
      dataMarks(
        '<svg><g class="mark-rect role-mark marks"></g><g class="mark-text role-axis-label"><text>x</text></g></svg>',
      ),
    ).toBe(0);
  });

  it("lets a reader drill into each common weakness, council by council, to the actions counted", () => {
    const html = readFileSync(join(out, "report.html"), "utf8");
    const start = html.indexOf('<section id="weaknesses">');
    const section = html.slice(start, html.indexOf("</section>", start));
    // councils by name; each council's counted actions with status, evidence and source lines
    expect(section).toContain("Windsor &amp; Maidenhead");
    expect(section).toMatch(/the actions \(5 counted\)/u);
    expect(section).toMatch(
      /R7\.1<\/a> [^<]+<em>\(completed \(stated\) from "Completed"; due [^;]+; sources\/stockton[^:]+:\d+\)/u,
    );
    // a row that only points elsewhere is listed as linked and not counted
    expect(section).toMatch(/linked, not counted<\/strong> See 12b/u);
  });

  it("writes exactly the files its help lists, which it reads from the same registries", async () => {
    expect(
      readdirSync(out)
        .filter((f) => f !== "charts")
        .sort(),
    ).toEqual([...OUTPUT_FILES].sort());
    expect(readdirSync(join(out, "charts")).sort()).toEqual(CHART_IDS.map((id) => `${id}.svg`).sort());
    const printed: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void printed.push(args.join(" "));
    try {
      expect(await main(["--help"])).toBe(0);
    } finally {
      console.log = log;
    }
    const help = printed.join("\n").replace(/\s+/gu, " ");
    for (const name of OUTPUT_FILES) expect(help).toContain(name);
    for (const layout of loadAll({ dataDir: bundledDataDir }).plans.map((p) => p.format))
      expect(help).toContain(layout);
  });

  it("summarises each council on one line", () => {
    const summary = corpusSummary(corpus);
    expect(summary).toMatch(/^herefordshire\s+5\s+125\s+563\s/mu);
    expect(summary).toMatch(/^total\s+68\s+301\s/mu);
  });
});

describe("pnpm start --data DIR --out DIR", () => {
  it("runs the pipeline on another folder laid out like data/", async () => {
    const { cpSync, writeFileSync } = await import("node:fs");
    const { main } = await import("@ofsted-action-plans/report");
    const data = mkdtempSync(join(tmpdir(), "plans-data-"));
    const target = join(out, "own");
    cpSync(bundledDataDir, data, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(data, "manifest.json"), "utf8"));
    manifest.plans = manifest.plans.filter((p: { council: string }) => p.council === "oxfordshire");
    writeFileSync(join(data, "manifest.json"), JSON.stringify(manifest));
    const log = console.log;
    console.log = () => {};
    try {
      const reports = join(import.meta.dirname, "..", "fixtures", "ilacs");
      expect(await main(["--data", data, "--out", target, "--reports", reports])).toBe(0);
    } finally {
      console.log = log;
      rmSync(data, { recursive: true, force: true });
    }
    expect(readFileSync(join(target, "actions.csv"), "utf8").trim().split("\r\n")).toHaveLength(17);
    // Ofsted's reports of the folder given: a row per report, per finding, per weakness they share.
    const rows = (file: string) => readFileSync(join(target, file), "utf8").trim().split("\r\n");
    expect(rows("inspections.csv")).toHaveLength(6);
    expect(rows("inspections.csv")[0]).toBe(
      "council,council_name,urn,file,inspection_start,inspection_end,published,framework,leaders,help_and_protection,in_care,care_leavers,overall,findings,lead_inspector",
    );
    expect(rows("inspection-findings.csv").find((l) => l.startsWith("barnsley,80426,80426-barnsley.pdf,F3,"))).toMatch(
      /,private_fostering,N\d\d,/u,
    );
    expect(rows("national-weaknesses.csv")[0]).toMatch(/^weakness_id,weakness,theme,councils,reports,share,/u);
  });

  it("writes the national tables valid and empty when no reports are read", () => {
    for (const file of [
      "inspections.csv",
      "inspection-findings.csv",
      "national-weaknesses.csv",
      "national-weaknesses-by-grade.csv",
    ])
      expect(readFileSync(join(out, file), "utf8").trim().split("\r\n")).toHaveLength(1);
  });

  it("exits 2 with the LoadError message when the manifest is missing", () => {
    return import("@ofsted-action-plans/report").then(async ({ main }) => {
      const error = console.error;
      const messages: string[] = [];
      console.error = (m: string) => void messages.push(m);
      try {
        expect(await main(["--data", join(out, "nowhere")])).toBe(2);
      } finally {
        console.error = error;
      }
      expect(messages.join("\n")).toMatch(/manifest\.json: .*expected a readable JSON manifest/u);
    });
  });
});

/** Counts the items drawn inside an SVG's data-mark groups (`role-mark`), not axes, legends or titles. */
function dataMarks(svg: string): number {
  let count = 0;
  const stack: boolean[] = [];
  for (const tag of svg.matchAll(/<(\/?)([a-z]+)\b([^>]*?)(\/?)>/gu)) {
    const [, closing, name, attributes, selfClosing] = tag;
    if (name === "g") {
      if (closing) stack.pop();
      else stack.push(/class="mark-\w+ role-mark\b/u.test(attributes!));
    } else if (!closing && stack.at(-1) === true && /^(?:path|rect|line|circle|text|image)$/u.test(name!)) count++;
    void selfClosing;
  }
  return count;
}
