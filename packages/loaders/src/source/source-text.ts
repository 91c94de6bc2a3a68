import { expectInput } from "../source/expect-input.js";
import { LoadError } from "../errors/load-error.js";
import { splitAt } from "./cells.js";

/** A document split into lines: no line terminators, no byte-order mark. Line n is `lines[n - 1]`. */
export interface SourceText {
  readonly file: string;
  readonly lines: readonly string[];
  /** The lines joined by "\n": the document's text with its BOM dropped and every line ended by "\n". */
  readonly text: string;
}

/**
 * Decodes and splits a document. Bytes must be UTF-8; a BOM is dropped; CRLF, LF and CR all end a
 * line; a last line without a terminator is still a line.
 *
 * @returns the lines of the document.
 * @throws LoadError `empty` when there is no visible text, `binary` when the input is not text.
 * @example
 * toSourceText("\uFEFFline one\r\nline two", "plan.txt").lines; // ["line one", "line two"]
 */
export function toSourceText(input: string | Uint8Array, file: string): SourceText {
  expectInput(input, file);
  const decoded = typeof input === "string" ? input : decodeUtf8(input, file);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const returns = text.includes("\r");
  const lines = returns ? text.split(/\r\n|\n|\r/u) : splitAt(text, "\n");
  const ended = lines.length > 0 && lines[lines.length - 1] === "";
  if (ended) lines.pop();
  if (!lines.some((l) => l.trim() !== "")) {
    throw new LoadError("empty", file, null, "a plan document with text", "the document is empty");
  }
  const bad = CONTROL.test(text) ? lines.findIndex((l) => CONTROL.test(l)) : -1;
  if (bad >= 0) {
    throw new LoadError("binary", file, bad + 1, "UTF-8 text", "binary data (control characters or undecodable bytes)");
  }
  // Joined again only when a line ends otherwise than in "\n".
  return { file, lines, text: returns ? lines.join("\n") : ended ? text.slice(0, -1) : text };
}

/** NUL and other C0/C1 controls other than tab, form feed; and U+FFFD left by a lossy decoder. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/;

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const valid = new TextDecoder("utf-8").decode(bytes);
    const line = valid.slice(0, valid.indexOf("\uFFFD")).split(/\r\n|\n|\r/u).length;
    throw new LoadError("binary", file, line, "UTF-8 text", "bytes that are not valid UTF-8");
  }
}
