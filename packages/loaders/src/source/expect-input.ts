import { ArgumentError } from "@ofsted-action-plans/core";

/**
 * Checks a loader's input and file name at the boundary: the document's text or bytes, and the name
 * its diagnostics will cite.
 *
 * @throws ArgumentError naming the argument otherwise.
 */
export function expectInput(input: string | Uint8Array, file: string): void {
  if (typeof input !== "string" && !(input instanceof Uint8Array))
    throw new ArgumentError("input", "the document's text or bytes (a string or a Uint8Array)", input);
  if (typeof file !== "string") throw new ArgumentError("file", "the document's file name, a string", file);
}
