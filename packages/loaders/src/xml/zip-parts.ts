import { unzipSync } from "fflate";

/**
 * The budget for one Office file or QDA project: 256 MB inflated over all the parts read (only the
 * parts a reader uses are inflated; a part's size is checked before it is).
 */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** Why a zip-based file could not be opened or a part of it read. */
export class ZipError extends Error {
  override readonly name = "ZipError";

  constructor(
    readonly kind: "not-zip" | "limit" | "damaged",
    /** The part concerned, or null for the archive. */
    readonly part: string | null,
    readonly detail: string,
  ) {
    super(part ? `${part}: ${detail}` : detail);
  }
}

/** The parts of a zip archive (an .xlsx, .docx or .qdpx), read one at a time as they are needed. */
export interface ZipParts {
  /** Every part's path and uncompressed size, as the archive declares them. */
  readonly sizes: ReadonlyMap<string, number>;
  /** @returns a part's bytes, or undefined when the archive has no such part. */
  bytes(path: string): Uint8Array | undefined;
  /** @returns a part as UTF-8 text, or undefined when the archive has no such part. */
  text(path: string): string | undefined;
}

/**
 * Opens a zip archive without inflating anything: parts are inflated when asked for, each checked
 * against what is left of the budget before it is, so unused parts cost nothing and no archive can
 * inflate past the budget.
 *
 * @returns the archive's parts.
 * @throws ZipError `not-zip` when the bytes are not a zip archive.
 * @example
 * const zip = openZip(readFileSync("plan.xlsx"));
 * zip.text("xl/workbook.xml");
 */
export function openZip(bytes: Uint8Array, budget = MAX_INFLATED_BYTES): ZipParts {
  const sizes = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        sizes.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch (error) {
    throw new ZipError("not-zip", null, `not a zip archive (${error instanceof Error ? error.message : error})`);
  }
  let left = budget;
  const bytesOf = (path: string): Uint8Array | undefined => {
    const size = sizes.get(path);
    if (size === undefined) return undefined;
    if (size > left)
      throw new ZipError(
        "limit",
        path,
        `${size} bytes uncompressed, past what is left of the ${budget}-byte budget for the file (${left} bytes)`,
      );
    left -= size;
    try {
      return unzipSync(bytes, { filter: (file) => file.name === path })[path];
    } catch (error) {
      throw new ZipError("damaged", path, `cannot be inflated (${error instanceof Error ? error.message : error})`);
    }
  };
  const decoder = new TextDecoder("utf-8");
  return {
    sizes,
    bytes: bytesOf,
    text: (path) => {
      const data = bytesOf(path);
      return data === undefined ? undefined : decoder.decode(data);
    },
  };
}
