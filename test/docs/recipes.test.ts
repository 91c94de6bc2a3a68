import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

/**
 * Runs the README's recipes as printed (the block after `<!-- recipes -->`), with one change: the
 * CSV they write goes to a temporary folder instead of the working directory.
 */
const ROOT = join(import.meta.dirname, "..", "..");
// Inside the repository (so the packages resolve), in a folder git ignores.
const dir = join(ROOT, "node_modules", ".cache", `recipes-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the README's recipes", () => {
  it("run as written and print what they say", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = readme.split("<!-- recipes -->")[1]?.match(/```ts\n([\s\S]*?)```/u)?.[1];
    expect(block).toBeTruthy();
    const csv = join(dir, "supervision.csv");
    const code = block!.replace('const file = "supervision.csv";', `const file = ${JSON.stringify(csv)};`);
    expect(code).not.toBe(block);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "recipes.ts"), code);
    const printed: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(args.join(" "));
    });
    try {
      await import(join(dir, "recipes.ts"));
    } finally {
      log.mockRestore();
    }
    const text = printed.join("\n");
    expect(text).toMatch(/^(\d+) supervision actions \(\1 with escape\)$/mu);
    expect(Number(text.match(/^(\d+) supervision actions/mu)![1])).toBeGreaterThan(0);
    expect(text).toMatch(/W\d\d/u);
    expect(existsSync(csv)).toBe(true);
    expect(readFileSync(csv, "utf8")).toMatch(/^council,action_id,action_text,status,slipped\r\n/u);
  }, 60_000);
});
