import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { isAbsolute, join, sep } from "node:path";
import { LoadError } from "../errors/load-error.js";

/**
 * Reads a regular file of at most `limit` bytes: never a FIFO, a device or a folder, never more
 * than the limit (the size is checked on the open file, and the read stops at the limit). Every file
 * the library opens is read this way (plans, manifests, codings, projects, reports, `inspect`), so
 * no read can hang on a pipe or exhaust memory on a device.
 *
 * @throws LoadError `io` naming the file and what was wrong.
 * @example
 * const bytes = readRegularFile("data/plan.pdf", MAX_FILE_BYTES);
 */
export function readRegularFile(path: string, limit: number, code: "io" | "manifest" = "io", name = path): Uint8Array {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new LoadError(
      code,
      name,
      null,
      code === "manifest" ? "a readable JSON manifest" : "a readable file",
      String(error instanceof Error ? error.message : error),
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new LoadError(code, name, null, "a regular file", "not a regular file (a folder, device, FIFO or socket)");
    if (stat.size > limit)
      throw new LoadError(code, name, null, `a file of at most ${limit} bytes`, `${stat.size} bytes`);
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * @returns the real path of a file named inside a folder (a manifest entry's file, the manifest,
 * `codings.csv`).
 * @throws LoadError (`io`, or the code given) for an absolute path, a `..` step, or a link that leads
 * outside the folder.
 */
export function resolveInside(dataDir: string, file: string, code: "io" | "manifest" = "io"): string {
  if (isAbsolute(file) || file.split(/[\\/]/u).includes("..")) {
    throw new LoadError(code, file, null, "a path inside the data folder (no absolute path, no ..)", `"${file}"`);
  }
  let real: string;
  let root: string;
  try {
    root = realpathSync(dataDir);
    real = realpathSync(join(dataDir, file));
  } catch (error) {
    throw new LoadError(code, file, null, "a readable file", String(error instanceof Error ? error.message : error));
  }
  if (!real.startsWith(root + sep))
    throw new LoadError(code, file, null, "a file inside the data folder", "a link that leads outside it");
  return real;
}
