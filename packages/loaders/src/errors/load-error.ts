import { FileError } from "@ofsted-action-plans/core";
/**
 * What kind of input problem a `LoadError` reports:
 * - `empty`: the text has no content;
 * - `binary`: not UTF-8 text (NUL or control bytes, invalid UTF-8);
 * - `unknown-layout`: no loader recognises the text;
 * - `wrong-layout`: the chosen loader's layout is not in the text;
 * - `malformed`: a line does not have the shape the layout requires;
 * - `truncated`: the text ends before the plan is complete;
 * - `invalid-plan`: what was read does not validate against the plan schema;
 * - `manifest`: the plan manifest is missing or invalid;
 * - `io`: a file could not be read;
 * - `encrypted`: a password-protected PDF;
 * - `scan`: a PDF with no text layer (scanned pages): it needs OCR before it can be read;
 * - `damaged`: a PDF (or other binary document) broken beyond reading;
 * - `limit`: the input is past a documented limit (size, pages, rows, time, memory);
 * - `internal`: a fault in the library itself (please report it).
 */
export type LoadErrorCode =
  | "empty"
  | "binary"
  | "unknown-layout"
  | "wrong-layout"
  | "malformed"
  | "truncated"
  | "invalid-plan"
  | "manifest"
  | "io"
  | "encrypted"
  | "scan"
  | "damaged"
  | "limit"
  | "internal";

/**
 * The only error the loaders throw: it names the file, the 1-based line (null when the problem is
 * not at one line) and what was expected there, so bad input is reported, never half-loaded.
 * @example
 * const error = new LoadError("malformed", "plan.txt", 12, "a row of 5 cells", "the row has 3 cells");
 * error.message; // "plan.txt:12: the row has 3 cells; expected a row of 5 cells"
 */
export class LoadError extends FileError {
  override readonly name = "LoadError";

  constructor(
    readonly code: LoadErrorCode,
    file: string,
    line: number | null,
    expected: string,
    detail = "",
  ) {
    super(file, line, expected, detail);
  }
}

/**
 * @returns whether `error` is a `LoadError` (also across module copies).
 * @example
 * try {
 *   loadPlan("", entry);
 * } catch (error) {
 *   if (isLoadError(error)) console.log(error.code, error.line); // "empty" null
 * }
 */
export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError || (error instanceof Error && error.name === "LoadError" && "code" in error);
}

/**
 * @returns the error as a `LoadError`: itself when it is one, else an `internal` one naming the file,
 * with the stack (a bug behind a typed error, never a raw one).
 */
export function asLoadError(error: unknown, file: string): LoadError {
  if (isLoadError(error)) return error;
  return new LoadError(
    "internal",
    file,
    null,
    "no internal error",
    String(error instanceof Error ? error.stack : error),
  );
}
