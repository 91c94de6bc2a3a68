import { FileError } from "@ofsted-action-plans/core";
import { randomBytes } from "node:crypto";
import { closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

/**
 * Why the output folder was refused: it names a file, is empty, is or lies inside the data folder
 * (an output could overwrite a source), or holds a link where an output goes.
 * @example
 * try {
 *   outputFolder("data", "data");
 * } catch (error) {
 *   if (error instanceof OutputError) console.error(error.message);
 * }
 */
export class OutputError extends FileError {
  override readonly name = "OutputError";

  constructor(
    /** The output path refused (also `file`). */
    readonly path: string,
    expected: string,
    detail: string,
  ) {
    super(path, null, expected, detail);
  }
}

/**
 * Checks and prepares the output folder: a folder (made when missing, its real path used from then
 * on), not the data folder nor inside it, with a `charts` folder that is a folder and not a link.
 *
 * @returns the output folder's real path.
 * @throws OutputError naming the path and what was expected.
 * @example
 * const out = outputFolder("out", "data");
 */
export function outputFolder(outDir: string, dataDir?: string): string {
  const expected = "an output folder outside the data folder";
  if (typeof outDir !== "string" || outDir.trim() === "")
    throw new OutputError(String(outDir ?? ""), expected, "no folder named");
  const stat = lstatSync(outDir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory() && !(stat.isSymbolicLink() && isFolder(outDir)))
    throw new OutputError(outDir, expected, "a file, not a folder");
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new OutputError(outDir, expected, `cannot be made (${error instanceof Error ? error.message : error})`);
  }
  const out = realpathSync(outDir);
  // A data folder that does not exist holds no source to overwrite (loading it reports the problem).
  if (dataDir !== undefined && isFolder(dataDir)) {
    const data = realpathSync(resolve(dataDir));
    const inside = relative(data, out);
    if (inside === "" || !(inside.startsWith("..") || isAbsolute(inside)))
      throw new OutputError(
        outDir,
        expected,
        `${inside === "" ? "the data folder itself" : "inside the data folder"} (${data}): an output could overwrite a source`,
      );
  }
  const charts = join(out, "charts");
  const chartsStat = lstatSync(charts, { throwIfNoEntry: false });
  if (chartsStat && !chartsStat.isDirectory())
    throw new OutputError(
      charts,
      "a folder for the charts",
      chartsStat.isSymbolicLink() ? "a link: outputs are never written through a link" : "a file, not a folder",
    );
  mkdirSync(charts, { recursive: true });
  return out;
}

const isFolder = (path: string) => {
  try {
    return lstatSync(realpathSync(path)).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Writes a file the safe way: to a new temporary file beside it (created exclusively, so never
 * through a link), then renamed over the target, so a link at the target is replaced, never written
 * through, and a reader never sees half a file.
 *
 * @example
 * writeOutputFile("out/actions.csv", csvText);
 */
export function writeOutputFile(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(path), `.${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx", 0o644);
  try {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
