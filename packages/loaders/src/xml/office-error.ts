import { isLoadError, LoadError } from "../errors/load-error.js";
import { XmlError } from "./read-xml.js";
import { ZipError } from "./zip-parts.js";

/**
 * @returns the `LoadError` for a failure reading a zip-based file (an .xlsx, .docx or .qdpx): `binary`
 * when it is not a zip archive, `limit` past a documented limit, `damaged` for a part that cannot be
 * inflated or is not well-formed XML; each names the file, the part and, where known, the row.
 */
export function officeError(error: unknown, file: string, expected: string, line: number | null = null): LoadError {
  if (isLoadError(error)) return error;
  if (error instanceof ZipError)
    return new LoadError(error.kind === "not-zip" ? "binary" : error.kind, file, line, expected, error.message);
  if (error instanceof XmlError)
    return new LoadError(error.kind === "limit" ? "limit" : "damaged", file, line, expected, error.message);
  return new LoadError("binary", file, line, expected, String(error instanceof Error ? error.message : error));
}
