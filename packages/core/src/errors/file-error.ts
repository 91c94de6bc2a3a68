/**
 * The base of the errors that report a file the library could not read or write as asked: it names
 * the file, the 1-based line (null when the problem is not at one line) and what was expected there.
 * `LoadError` (a plan or report), `CodingsError` (a researcher's codings) and `OutputError` (the output
 * folder) extend it, so one `instanceof FileError` catches them all with the same fields.
 *
 * @example
 * try {
 *   parseCodingsCsv("unit,theme\n");
 * } catch (error) {
 *   if (error instanceof FileError) console.log(error.file, error.line, error.expected);
 * }
 */
export class FileError extends Error {
  override readonly name: string = "FileError";

  constructor(
    /** The file (or folder) named as given. */
    readonly file: string,
    /** The 1-based line, or null when the problem is not at one line. */
    readonly line: number | null,
    /** What was expected there. */
    readonly expected: string,
    /** What was found instead, where it helps to say. */
    readonly detail = "",
  ) {
    super(`${file || '""'}${line === null ? "" : `:${line}`}: ${detail ? `${detail}; ` : ""}expected ${expected}`);
  }
}
