import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledDataDir, loadAll } from "@ofsted-action-plans/loaders";
import { afterEach, describe, expect, it } from "vitest";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the bundled data folder whose manifest keeps Oxfordshire, plus `extra` entries. */
function folder(extra: Record<string, unknown>[] = [], prefix = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "plans-folder-"));
  made.push(dir);
  cpSync(bundledDataDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const oxfordshire = manifest.plans.find((p: { council: string }) => p.council === "oxfordshire");
  manifest.plans = [oxfordshire, ...extra.map((e) => ({ ...oxfordshire, ...e }))];
  writeFileSync(join(dir, "manifest.json"), prefix + JSON.stringify(manifest));
  return dir;
}

describe("a safe data folder", () => {
  it("reads a manifest that starts with a byte-order mark", () => {
    expect(loadAll({ dataDir: folder([], "\uFEFF") }).plans).toHaveLength(1);
  });

  it.each([
    ["a .. step", "../../etc/passwd", /inside the data folder/u],
    ["an absolute path", "/etc/passwd", /inside the data folder/u],
  ])("refuses %s", (_, file, message) => {
    const corpus = loadAll({ dataDir: folder([{ id: "escape", file }]) });
    expect(corpus.plans).toHaveLength(1);
    expect(corpus.errors[0]).toMatchObject({ code: "io", file });
    expect(corpus.errors[0]!.message).toMatch(message);
  });

  it("refuses a link that leads outside the folder", () => {
    const dir = folder([{ id: "linked", file: "sources/linked.txt" }]);
    symlinkSync("/etc/hostname", join(dir, "sources", "linked.txt"));
    expect(loadAll({ dataDir: dir }).errors[0]!.message).toMatch(/link that leads outside/u);
  });

  it("refuses a FIFO and a device without hanging or reading without limit", () => {
    const dir = folder([
      { id: "fifo", file: "sources/fifo.txt" },
      { id: "zero", file: "sources/zero.txt" },
    ]);
    execFileSync("mkfifo", [join(dir, "sources", "fifo.txt")]);
    symlinkSync("/dev/zero", join(dir, "sources", "zero.txt"));
    const corpus = loadAll({ dataDir: dir });
    expect(corpus.errors.map((e) => e.file)).toEqual(["sources/fifo.txt", "sources/zero.txt"]);
    expect(corpus.errors[0]!.message).toMatch(/not a regular file/u);
  });

  it("refuses a file over the size limit", () => {
    const corpus = loadAll({ dataDir: folder(), maxFileBytes: 100 });
    expect(corpus.errors[0]!.message).toMatch(/at most 100 bytes/u);
  });

  it("refuses the same file listed twice, and reports two plans of one council as such", () => {
    const twice = loadAll({ dataDir: folder([{ id: "oxfordshire-again" }]) });
    expect(twice.errors[0]!.message).toMatch(/same file as plan oxfordshire-2014-07/u);
    const dir = folder([{ id: "oxfordshire-update", file: "sources/update.txt" }]);
    cpSync(join(dir, "sources", "oxfordshire-2014-07-inspection-action-plan.txt"), join(dir, "sources", "update.txt"));
    const both = loadAll({ dataDir: dir });
    expect(both.plans.map((p) => p.id)).toEqual(["oxfordshire-2014-07", "oxfordshire-update"]);
    expect(both.results[1]!.diagnostics[0]).toMatchObject({ code: "same-council" });
  });
});
