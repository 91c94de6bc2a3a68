import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  actionTable,
  parseCsv,
  applyCodings,
  classifyPlans,
  codingAgreement,
  defaultFindingCodes,
  extendFindingCodes,
  parseCodingsCsv,
} from "@ofsted-action-plans/core";
import { compileFindingCodes } from "@ofsted-action-plans/core/authoring";
import { bundledDataDir, loadAll, loadCodings, QDA_PROJECT_NS, refiQdaExport } from "@ofsted-action-plans/loaders";
import { analyseCorpus, toParquet, writeOutputs } from "@ofsted-action-plans/report";
import { fromArrow } from "arquero";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { corpus } from "../helpers/corpus.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "exchange-"));
  made.push(d);
  return d;
};
const analysis = analyseCorpus(corpus());
const qda = refiQdaExport(analysis, compileFindingCodes(defaultFindingCodes).codebook);

describe("the REFI-QDA project", () => {
  const files = unzipSync(qda.qdpx);
  const qde = strFromU8(files["project.qde"]!);

  it("holds the namespace, a code per theme with its finding codes, and the five sources", () => {
    expect(qde).toContain(`<Project xmlns="${QDA_PROJECT_NS}"`);
    for (const t of analysis.themes.codebook.themes) expect(qde).toContain(`name="${t.id}" isCodable="true"`);
    expect(qde).toContain('name="staff_supervision" isCodable="true"');
    const sources = Object.keys(files).filter((f) => f.startsWith("Sources/"));
    expect(sources).toHaveLength(5);
    for (const s of sources) expect(qde).toContain(`plainTextPath="internal://${s.slice("Sources/".length)}"`);
    expect(qda.qdc).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
  });

  it("has GUIDs as the standard writes them, the same on every run", () => {
    const guids = [...qde.matchAll(/guid="([^"]+)"/gu)].map((m) => m[1]!);
    for (const g of guids) expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);
    expect(new Set(guids).size).toBe(guids.length);
    expect(refiQdaExport(analysis, compileFindingCodes(defaultFindingCodes).codebook).qde).toBe(qde);
  });

  it("keeps a finding code apart from a theme of the same name", () => {
    const codes = extendFindingCodes(defaultFindingCodes, {
      codes: [
        {
          id: "advocacy",
          parent: "advocacy",
          label: "Advocacy",
          definition: "Advocates.",
          rules: [{ id: "advocacy.word", pattern: "\\badvoca\\w*" }],
        },
      ],
    });
    const project = refiQdaExport(analysis, codes).qde;
    const named = [...project.matchAll(/<Code guid="([^"]+)" name="advocacy"/gu)].map((m) => m[1]);
    expect(named).toHaveLength(2);
    expect(new Set(named).size).toBe(2);
  });

  it("places every selection inside its source, on the words of its evidence", () => {
    const texts = new Map(corpus().results.map((r) => [r.plan.source.file, [...r.text]]));
    let exact = 0;
    for (const s of qda.selections) {
      const chars = texts.get(s.source)!;
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(chars.length);
      expect(chars.slice(s.start, s.end).join("")).toBe(s.text);
      if (s.exact) exact++;
    }
    expect(exact / qda.selections.length).toBeGreaterThan(0.9);
  });

  it("covers every action and theme of actions.csv", () => {
    const coded = new Set(qda.selections.map((s) => `${s.unit} ${s.code}`));
    for (const a of analysis.themes.actions)
      for (const t of a.classification.themes) expect(coded, `${a.unit} ${t}`).toContain(`${a.unit} ${t}`);
  });
});

describe("codings back from a researcher", () => {
  it("round trip: a coding added and one removed in a QDA tool change the themes", () => {
    const files = unzipSync(qda.qdpx);
    let qde = strFromU8(files["project.qde"]!);
    const stockton = corpus().results.find((r) => r.plan.council === "stockton")!;
    const action = stockton.plan.recommendations.find((r) => r.id === "R7")!.actions[0]!; // R7.1
    const chars = [...stockton.text];
    const lineStart = chars
      .join("")
      .split("\n")
      .slice(0, action.source.firstLine - 1)
      .reduce((n, l) => n + [...l].length + 1, 0);
    const advocacy = /<Code guid="([^"]+)" name="advocacy"/u.exec(qde)![1]!;
    const researcher = "0b6e5a7c-1111-4222-8333-944455556666";
    qde = qde.replace("<Users>", `<Users><User guid="${researcher}" name="J. Smith"/>`);
    const source = /<TextSource guid="[^"]+" name="sources\/stockton[^"]*"[^>]*>/u.exec(qde)![0];
    qde = qde.replace(
      source,
      `${source}<PlainTextSelection guid="0b6e5a7c-2222-4222-8333-944455556666" name="mine" startPosition="${lineStart}" endPosition="${lineStart + 5}" creatingUser="${researcher}"><Coding guid="0b6e5a7c-3333-4222-8333-944455556666" creatingUser="${researcher}"><CodeRef targetGUID="${advocacy}"/></Coding></PlainTextSelection>`,
    );
    // Remove every selection coding R7.1 with supervision.
    qde = qde.replace(/<PlainTextSelection[^>]*name="stockton\/R7\.1 supervision"[\s\S]*?<\/PlainTextSelection>/gu, "");
    const dir = temp();
    const file = join(dir, "coded.qdpx");
    writeFileSync(file, zipSync({ ...files, "project.qde": strToU8(qde) }));

    const classified = classifyPlans(corpus().plans);
    const { decisions } = loadCodings(file, corpus(), classified);
    expect(decisions).toContainEqual(
      expect.objectContaining({ unit: "stockton/R7.1", theme: "advocacy", decision: "add", coder: "J. Smith" }),
    );
    expect(decisions).toContainEqual(
      expect.objectContaining({ unit: "stockton/R7.1", theme: "supervision", decision: "remove" }),
    );
    const { themes, applied } = applyCodings(classified, decisions);
    const r71 = themes.actions.find((a) => a.unit === "stockton/R7.1")!;
    expect(r71.classification.themes).toContain("advocacy");
    expect(r71.classification.themes).not.toContain("supervision");
    expect(r71.classification.evidence.find((e) => e.theme === "advocacy")).toMatchObject({
      rule: "coding:J. Smith",
      from: "coder",
    });
    expect(applied.filter((a) => a.changed)).toHaveLength(decisions.length);
  });

  it("a codings.csv beside the manifest changes actions.csv's themes, and the report says how many", async () => {
    const data = temp();
    cpSync(bundledDataDir, data, { recursive: true });
    writeFileSync(
      join(data, "codings.csv"),
      'unit,theme,decision,coder,note\nstockton/R7.1,recording,add,J. Smith,"minutes of supervision, recorded"\nstockton/R7.1,supervision,remove,J. Smith,not about supervision\n',
    );
    const out = temp();
    const loaded = loadAll({ dataDir: data });
    expect(loaded.codings).toHaveLength(2);
    await writeOutputs(loaded, out);
    const row = readFileSync(join(out, "actions.csv"), "utf8")
      .split("\r\n")
      .find((l) => l.startsWith("stockton,stockton-2013-09,R7,R7.1,"))!;
    // The action's own themes (supervision removed, recording added), then its recommendation's.
    expect(row).toMatch(/,recording,recording;supervision$/u);
    expect(readFileSync(join(out, "report.html"), "utf8")).toContain(
      "2 codes were changed by hand (1 added, 1 removed) by J. Smith",
    );
  });

  it("refuses a codings.csv row that is not a decision, naming its line", () => {
    expect(() => parseCodingsCsv("unit,theme,decision,coder,note\nstockton/R7.1,recording,maybe,JS,\n")).toThrow(
      /codings\.csv:2: expected a decision row/u,
    );
  });

  it("agreement with a researcher, per theme, on a hand-made example", () => {
    // The classifier codes Stockton R7.1, R7.2 and R7.3 with supervision (R7.2 also with workforce).
    // A researcher takes supervision off R7.1 and adds recording to R7.2. Over those three units:
    // supervision: classifier yes, yes, yes; researcher no, yes, yes → tp 2, fp 1, fn 0, tn 0;
    // recording: classifier no, no, no; researcher no, yes, no → tp 0, fp 0, fn 1, tn 2.
    const decisions = [
      { unit: "stockton/R7.1", theme: "supervision", decision: "remove" as const, coder: "JS", note: "" },
      { unit: "stockton/R7.2", theme: "recording", decision: "add" as const, coder: "JS", note: "" },
      { unit: "stockton/R7.3", theme: "supervision", decision: "add" as const, coder: "JS", note: "already coded" },
    ];
    const e = codingAgreement(classifyPlans(corpus().plans), decisions);
    expect(e.units).toBe(3);
    expect(e.perTheme.find((t) => t.theme === "supervision")).toMatchObject({
      tp: 2,
      fp: 1,
      fn: 0,
      tn: 0,
      precision: 2 / 3,
      recall: 1,
    });
    expect(e.perTheme.find((t) => t.theme === "recording")).toMatchObject({ tp: 0, fp: 0, fn: 1, tn: 2, recall: 0 });
    // Kappa for supervision: observed agreement 2/3; expected (1 × 2/3) + (0 × 1/3) = 2/3 → kappa 0.
    expect(e.perTheme.find((t) => t.theme === "supervision")!.kappa).toBeCloseTo(0);
  });
});

describe("Parquet", () => {
  it("writes one row per action, with dates as dates, booleans as booleans and themes as lists", async () => {
    const parquet = await import("parquet-wasm");
    const dir = temp();
    const out = join(dir, "out");
    await writeOutputs(corpus(), out);
    const back = fromArrow(parquet.readParquet(readFileSync(join(out, "actions.parquet"))).intoIPCStream());
    expect(back.numRows()).toBe(301);
    const r = back.objects().find((o) => (o as { action_id: string }).action_id === "R1.7") as Record<string, unknown>;
    expect(r.due_end).toBeInstanceOf(Date);
    expect(typeof r.slipped).toBe("boolean");
    expect(Array.isArray(r.themes)).toBe(true);
    expect((await toParquet(analysis.commonWeaknesses)).length).toBeGreaterThan(0);
  });

  it("DuckDB reads the outputs and answers the README's question as the CSVs and the library do", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const out = join(temp(), "out");
    await writeOutputs(corpus(), out);
    const db = await (await DuckDBInstance.create(":memory:")).connect();
    const query = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();
    const file = (name: string) => `'${join(out, name).replaceAll("'", "''")}'`;
    // every table the same number of rows as its CSV
    for (const name of ["actions", "recommendations", "findings"]) {
      const csvRows = parseCsv(readFileSync(join(out, `${name}.csv`), "utf8")).length - 1;
      const [row] = await query(`SELECT count(*) AS n FROM ${file(`${name}.parquet`)}`);
      expect(Number(row!.n), name).toBe(csvRows);
    }
    // the README's query: supervision actions and how many slipped, by council
    const rows = await query(
      `SELECT council, count(*) AS actions, count(*) FILTER (WHERE slipped) AS slipped FROM ${file("actions.parquet")} WHERE list_contains(themes, 'supervision') GROUP BY council ORDER BY council`,
    );
    const actions = actionTable(corpus().plans).objects() as {
      council: string;
      theme_list: string[];
      slipped: boolean | null;
    }[];
    const expected = [...new Set(actions.map((a) => a.council))]
      .sort()
      .map((council) => {
        const own = actions.filter((a) => a.council === council && a.theme_list.includes("supervision"));
        return { council, actions: own.length, slipped: own.filter((a) => a.slipped === true).length };
      })
      .filter((r) => r.actions > 0);
    expect(rows.map((r) => ({ council: r.council, actions: Number(r.actions), slipped: Number(r.slipped) }))).toEqual(
      expected,
    );
  });
});
