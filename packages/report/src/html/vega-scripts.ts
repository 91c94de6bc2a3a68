import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** @returns the folder of an installed package: from its entry point up to its package.json. */
function packageRoot(pkg: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(pkg)));
  while (
    !existsSync(join(dir, "package.json")) ||
    JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name !== pkg
  ) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of package ${pkg}`);
    dir = parent;
  }
  return dir;
}

/**
 * The browser builds of vega, vega-lite and vega-embed, read from the installed packages, to inline in
 * the report so it renders offline (no CDN).
 *
 * @returns the three scripts, in load order.
 */
export function vegaBrowserScripts(): string[] {
  return [
    ["vega", "build/vega.min.js"],
    ["vega-lite", "build/vega-lite.min.js"],
    ["vega-embed", "build/vega-embed.min.js"],
  ].map(([pkg, file]) => readFileSync(join(packageRoot(pkg!), file!), "utf8"));
}
