// `pnpm start`: runs the main command from the built packages (fast to start), building them first
// when any TypeScript source is newer than its build, so an edited checkout never runs stale code.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = ["core", "loaders", "report"].map((p) => join(root, "packages", p));

/** @returns the newest modification time of the files under a folder (0 if there is none). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const stale = packages.some((p) => {
  const built = join(p, "dist", "index.js");
  return (
    !existsSync(built) ||
    newest(join(p, "src")) > statSync(built).mtimeMs ||
    statSync(join(p, "package.json")).mtimeMs > statSync(built).mtimeMs
  );
});
if (stale) {
  console.error("Building the packages first (a source is newer than its build)…");
  const build = spawnSync("pnpm", ["-s", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(join(root, "packages", "report", "dist", "cli.js")).href);
