import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  applyCodings,
  classifyPlans,
  defaultFindingCodes,
  parseCodingsCsv,
  type CodingDecision,
} from "@ofsted-action-plans/core";
import { compileFindingCodes } from "@ofsted-action-plans/core/authoring";
import {
  bundledDataDir,
  isLoadError,
  loadAll,
  loadCodings,
  refiQdaExport,
  type Corpus,
} from "@ofsted-action-plans/loaders";
import { analyseCorpus, inspectTable, main, OutputError, writeOutputs } from "@ofsted-action-plans/report";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { corpus } from "../helpers/corpus.js";
import { writeFixtures } from "../tables/write-fixtures.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "hostile-"));
  made.push(d);
  return d;
};

/** @returns the project a corpus exports, and a function that writes it back (changed or not) and reads its decisions. */
function project(loaded: Corpus) {
  const qda = refiQdaExport(analyseCorpus(loaded), compileFindingCodes(defaultFindingCodes).codebook);
  const files = unzipSync(qda.qdpx);
  const qde = strFromU8(files["project.qde"]!);
  const readBack = (changed = qde) => {
    const file = join(temp(), "coded.qdpx");
    writeFileSync(file, zipSync({ ...files, "project.qde": strToU8(changed) }));
    return loadCodings(file, loaded, classifyPlans(loaded.plans));
  };
  return { qde, readBack };
}

describe("a REFI-QDA project read back", () => {
  it("unchanged, gives no decision for the bundled plans", () => {
    const { readBack } = project(corpus());
    const { decisions, diagnostics } = readBack();
    expect(decisions).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === "warning")).toEqual([]);
  });

  it("unchanged, gives no decision for a plan of each table format (xlsx, docx, csv, text, PDF)", async () => {
    const dir = temp();
    const entries = await writeFixtures(dir);
    copyFileSync(join(import.meta.dirname, "..", "fixtures", "pdf", "stockton-word.pdf"), join(dir, "stockton.pdf"));
    const pdf = {
      ...entries[0]!,
      id: "stockton-pdf",
      council: "stockton",
      councilName: "Stockton",
      file: "stockton.pdf",
    };
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ plans: [...entries, pdf] }));
    const loaded = loadAll({ dataDir: dir });
    expect(loaded.errors).toEqual([]);
    expect(loaded.plans).toHaveLength(5);
    const { qde, readBack } = project(loaded);
    expect(qde).toMatch(/<PlainTextSelection/u);
    expect(readBack().decisions).toEqual([]);
  });

  it("whose sources are none of the loaded plans is an error, not every code removed", () => {
    const { qde, readBack } = project(corpus());
    const renamed = qde.replace(/(<TextSource guid="[^"]+" name=")sources\//gu, "$1elsewhere/");
    expect(() => readBack(renamed)).toThrow(
      expect.objectContaining({
        code: "malformed",
        expected: expect.stringMatching(/a source named as a loaded plan's file/u),
      }),
    );
  });

  it("whose codes' GUIDs are not its codebook's is an error, not every code removed", () => {
    const { qde, readBack } = project(corpus());
    const other = qde.replace(/targetGUID="[0-9a-f]{8}/gu, 'targetGUID="ffffffff');
    expect(() => readBack(other)).toThrow(expect.objectContaining({ code: "malformed" }));
  });

  it("with a code renamed in case (Recording) reads it as the theme, with a warning", () => {
    const { qde, readBack } = project(corpus());
    const { decisions, diagnostics } = readBack(
      qde.replace(/ name="recording" isCodable/u, ' name="Recording" isCodable'),
    );
    expect(decisions).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "coding-theme-case" }));
  });

  it("with a selection out of the source's range says so and reads the rest", () => {
    const { qde, readBack } = project(corpus());
    const broken = qde.replace(
      /startPosition="\d+" endPosition="\d+"/u,
      'startPosition="99999999" endPosition="99999999"',
    );
    const { decisions, diagnostics } = readBack(broken);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "coding-out-of-range" }));
    expect(decisions.length).toBeLessThanOrEqual(1); // that one selection's code, if no other selection carries it
  });
});

describe("codings.csv: every decision applied or named", () => {
  const classified = classifyPlans(corpus().plans);
  const apply = (csv: string) => applyCodings(classified, parseCodingsCsv(`unit,theme,decision,coder,note\n${csv}`));

  it("a unit no plan has, a theme the codebook lacks: not applied, each a warning with its line", () => {
    const { applied, diagnostics } = apply("stockton/R99.9,supervision,add,JS,\nstockton/R7.1,wellbeing,add,JS,\n");
    expect(applied).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["coding-unknown-unit", 2],
      ["coding-unknown-theme", 3],
    ]);
  });

  it("a theme written in another case is the codebook's, with a warning", () => {
    const { applied, diagnostics } = apply("stockton/R7.1,Recording,add,JS,\n");
    expect(applied).toEqual([expect.objectContaining({ theme: "recording", changed: true })]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "coding-theme-case", line: 2 })]);
  });

  it("an add and a remove of the same code: neither applied; a decision repeated counts once", () => {
    const conflict = apply("stockton/R7.1,recording,add,JS,\nstockton/R7.1,recording,remove,AB,\n");
    expect(conflict.applied).toEqual([]);
    expect(conflict.diagnostics[0]?.message).toMatch(/decided both ways \(add on line 2, remove on line 3\)/u);
    const repeated = apply("stockton/R7.1,recording,add,JS,\nstockton/R7.1,recording,add,JS,\n");
    expect(repeated.applied.filter((a) => a.changed)).toHaveLength(1);
  });

  it("a plan_id column targets one of two plans of a council; without it the unit is ambiguous", () => {
    const plans = corpus().plans;
    const stockton = plans.find((p) => p.council === "stockton")!;
    const twin = { ...stockton, id: "stockton-2014-01" };
    const themes = classifyPlans([...plans, twin]);
    const decisions = (csv: string): CodingDecision[] => parseCodingsCsv(csv);
    const without = applyCodings(themes, decisions("unit,theme,decision,coder\nstockton/R7.1,recording,add,JS\n"));
    expect(without.applied).toEqual([]);
    expect(without.diagnostics[0]?.code).toBe("coding-ambiguous-unit");
    const targeted = applyCodings(
      themes,
      decisions("unit,theme,decision,coder,plan_id\nstockton/R7.1,recording,add,JS,stockton-2014-01\n"),
    );
    expect(targeted.applied).toEqual([expect.objectContaining({ planId: "stockton-2014-01", changed: true })]);
    const r71 = (planId: string) =>
      targeted.themes.actions.find((a) => a.planId === planId && a.unit === "stockton/R7.1")!.classification.themes;
    expect(r71("stockton-2014-01")).toContain("recording");
    expect(r71(stockton.id)).not.toContain("recording");
  });

  it("a file not in UTF-8 is read as Windows-1252, with a warning (a coder's name keeps its accent)", () => {
    const file = join(temp(), "codings.csv");
    writeFileSync(
      file,
      Buffer.from("unit,theme,decision,coder,note\nstockton/R7.1,recording,add,Ren\u00e9e,\n", "latin1"),
    );
    const { decisions, diagnostics } = loadCodings(file);
    expect(decisions[0]?.coder).toBe("Ren\u00e9e");
    expect(diagnostics[0]?.code).toBe("coding-encoding");
  });

  it("a codings.csv past the size limit, a FIFO, or a link out of the data folder is refused at once", () => {
    const big = join(temp(), "codings.csv");
    writeFileSync(big, "");
    truncateSync(big, 21 * 1024 * 1024);
    expect(() => loadCodings(big)).toThrow(
      expect.objectContaining({ code: "io", detail: expect.stringMatching(/bytes/u) }),
    );

    const fifo = join(temp(), "codings.csv");
    execFileSync("mkfifo", [fifo]);
    expect(() => loadCodings(fifo)).toThrow(
      expect.objectContaining({ detail: expect.stringMatching(/not a regular file/u) }),
    );

    const data = temp();
    cpSync(bundledDataDir, data, { recursive: true });
    const outside = join(temp(), "codings.csv");
    writeFileSync(outside, "unit,theme,decision,coder\nstockton/R7.1,recording,add,JS\n");
    symlinkSync(outside, join(data, "codings.csv"));
    const loaded = loadAll({ dataDir: data });
    expect(loaded.codings).toEqual([]);
    expect(loaded.errors.map((e) => e.detail)).toEqual(["a link that leads outside it"]);
  });

  it("reach the summary, diagnostics.json and the report", async () => {
    const data = temp();
    cpSync(bundledDataDir, data, { recursive: true });
    writeFileSync(join(data, "codings.csv"), "unit,theme,decision,coder\nstockton/R99.9,recording,add,JS\n");
    const out = join(temp(), "out");
    const lines: string[] = [];
    const log = console.log;
    console.log = (m: string) => void lines.push(String(m));
    try {
      expect(await main(["--data", data, "--out", out, "--reports", "none"])).toBe(0);
    } finally {
      console.log = log;
    }
    expect(lines.join("\n")).toMatch(/check: codings\.csv: 1 decision left out or read in place.*line 2/u);
    expect(JSON.parse(readFileSync(join(out, "diagnostics.json"), "utf8")).codings).toEqual([
      expect.objectContaining({ code: "coding-unknown-unit", line: 2 }),
    ]);
    expect(readFileSync(join(out, "report.html"), "utf8")).toMatch(
      /codings\.csv: 1 decision left out or read in place/u,
    );
  });
});

describe("the output folder: nothing written through a link, no source overwritten", () => {
  it("a link where an output goes is replaced by the output, never written through", async () => {
    const out = temp();
    const target = join(temp(), "precious.csv");
    writeFileSync(target, "precious");
    symlinkSync(target, join(out, "actions.csv"));
    await writeOutputs(corpus(), out);
    expect(readFileSync(target, "utf8")).toBe("precious");
    expect(lstatSync(join(out, "actions.csv")).isFile()).toBe(true);
  });

  it("a charts folder that is a link, an output folder that is a file, the data folder or inside it: refused", async () => {
    const out = temp();
    symlinkSync(temp(), join(out, "charts"));
    await expect(writeOutputs(corpus(), out)).rejects.toThrow(OutputError);
    await expect(writeOutputs(corpus(), join(bundledDataDir, "manifest.json"))).rejects.toThrow(
      /a file, not a folder/u,
    );
    await expect(writeOutputs(corpus(), bundledDataDir)).rejects.toThrow(/the data folder itself/u);
    const data = temp();
    cpSync(bundledDataDir, data, { recursive: true });
    await expect(writeOutputs(loadAll({ dataDir: data }), join(data, "sources"))).rejects.toThrow(
      /inside the data folder/u,
    );
    expect(existsSync(join(data, "sources", "actions.csv"))).toBe(false);
  });

  it.each([
    [["--out", ""], /--out names no folder/u],
    [["--data", ""], /--data names no folder/u],
    [["--out", join(bundledDataDir, "sources")], /inside the data folder/u],
  ])("the command refuses %j with exit 2 and a message", async (args, message) => {
    const errors: string[] = [];
    const error = console.error;
    console.error = (m: string) => void errors.push(String(m));
    try {
      expect(await main([...args, "--reports", "none"])).toBe(2);
    } finally {
      console.error = error;
    }
    expect(errors.join("\n")).toMatch(message);
  });

  it("a plan dated past 2099 still gets its project, the archive's date clamped with a note", () => {
    const loaded = corpus();
    const late = { ...loaded, plans: loaded.plans.map((p) => ({ ...p, asOf: "9999-12-31" })) };
    const qda = refiQdaExport(analyseCorpus(late), compileFindingCodes(defaultFindingCodes).codebook);
    expect(qda.note).toMatch(/9999-12-31 is outside the years a zip archive can date/u);
    expect(unzipSync(qda.qdpx)["project.qde"]).toBeDefined();
  });
});

describe("files the library opens are read the guarded way", () => {
  it("a manifest that links outside the data folder is refused without showing its content", () => {
    const data = temp();
    const secret = join(temp(), "secret.txt");
    writeFileSync(secret, "SECRET-CONTENT not json");
    symlinkSync(secret, join(data, "manifest.json"));
    try {
      loadAll({ dataDir: data });
      expect.unreachable();
    } catch (error) {
      expect(isLoadError(error) && error.code).toBe("manifest");
      expect(String(error)).not.toMatch(/SECRET/u);
    }
  });

  it("a manifest that is not JSON names its line where the parser gives one", () => {
    const data = temp();
    writeFileSync(join(data, "manifest.json"), '{\n  "plans": [\n  ]\n  "more": 1\n}');
    expect(() => loadAll({ dataDir: data })).toThrow(expect.objectContaining({ code: "manifest", line: 4 }));
  });

  it("inspect given a FIFO or a device answers at once", () => {
    const fifo = join(temp(), "plan.csv");
    execFileSync("mkfifo", [fifo]);
    expect(inspectTable(fifo)).toMatchObject({ ok: false, text: expect.stringMatching(/not a regular file/u) });
    expect(inspectTable("/dev/zero")).toMatchObject({ ok: false });
  });

  it("a .qdpx given as codings is read under the size limit", () => {
    const dir = temp();
    mkdirSync(join(dir, "x"));
    const file = join(dir, "x", "big.qdpx");
    writeFileSync(file, "");
    truncateSync(file, 101 * 1024 * 1024);
    const loaded = corpus();
    expect(() => loadCodings(file, loaded, classifyPlans(loaded.plans))).toThrow(
      expect.objectContaining({ code: "io", detail: expect.stringMatching(/bytes/u) }),
    );
  });
});
