import { expectBytes } from "@ofsted-action-plans/core/authoring";
import { LoadError } from "../errors/load-error.js";
import { interpretPage, type PdfPage, type RawPdfPage } from "./pdf-page.js";
import { PdfThread, PdfThreadError } from "./pdf-thread.js";

/**
 * The limits a PDF is read under: a document past them is refused with a `LoadError` naming the
 * limit, in bounded time and memory, whatever its content.
 */
export interface PdfLimits {
  /** Most pages read (default 2,000). */
  readonly maxPages: number;
  /** Most text runs on one page (default 50,000; a dense printed page has about 5,000). */
  readonly maxTextItems: number;
  /** Most drawing operators on one page (default 500,000). */
  readonly maxOperators: number;
  /** Longest one page (or opening the document) may take, in milliseconds (default 20 s). */
  readonly pageTimeoutMs: number;
  /** Longest the whole document may take, in milliseconds (default 120 s). */
  readonly documentTimeoutMs: number;
}

/** The default limits of `openPdf`. */
export const PDF_LIMITS: PdfLimits = {
  maxPages: 2000,
  maxTextItems: 50_000,
  maxOperators: 500_000,
  pageTimeoutMs: 20_000,
  documentTimeoutMs: 120_000,
};

/** An open PDF: its page count and title, and its pages read one at a time. */
export interface PdfDocument {
  readonly file: string;
  readonly pageCount: number;
  /** The document's Title metadata, or "". */
  readonly title: string;
  /**
   * Reads page `n` (1-based): its text runs, and with `shapes` its rules and fills.
   * @throws LoadError `limit` past a limit, `damaged` when the page cannot be read.
   */
  page(n: number, options?: { readonly shapes?: boolean }): PdfPage;
}

/**
 * @returns whether bytes are a PDF: "%PDF-" in the first kilobyte, how a PDF is recognised by its
 * content, whatever its file is called.
 * @example
 * isPdf(new TextEncoder().encode("%PDF-1.7\n")); // true
 */
export function isPdf(bytes: Uint8Array): boolean {
  expectBytes(bytes, "bytes");
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++)
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    )
      return true;
  return false;
}

/**
 * Opens a PDF for reading, in a thread of its own (see `PdfThread`), under `limits`.
 *
 * @returns the open document.
 * @throws LoadError `encrypted` (password-protected), `damaged` (not a PDF, or broken beyond
 * reading), `limit` (too many pages, or too slow to open), naming the file.
 * @example
 * import("node:fs").then((fs) => openPdf(fs.readFileSync("plan.pdf"), "plan.pdf").pageCount);
 */
export function openPdf(bytes: Uint8Array, file: string, limits: Partial<PdfLimits> = {}): PdfDocument {
  const limit = { ...PDF_LIMITS, ...limits };
  const started = Date.now();
  const thread = PdfThread.get();
  const timing = () => {
    const left = limit.documentTimeoutMs - (Date.now() - started);
    if (left <= 0)
      throw fail(file, { kind: "limit", message: `reading took longer than ${limit.documentTimeoutMs / 1000} s` });
    return { timeoutMs: Math.min(limit.pageTimeoutMs, left), stallMs: Math.min(limit.pageTimeoutMs, 10_000) };
  };
  // A copy goes to the thread (a Buffer's slice would share, and the transfer detach, the caller's memory).
  const data = new Uint8Array(bytes);
  let opened: { pages: number; title: string };
  try {
    opened = thread.request({ op: "open", data }, timing(), [data.buffer as ArrayBuffer]);
  } catch (error) {
    throw fail(file, error);
  }
  if (opened.pages > limit.maxPages)
    throw new LoadError("limit", file, null, `a PDF of at most ${limit.maxPages} pages`, `${opened.pages} pages`);
  return {
    file,
    pageCount: opened.pages,
    title: opened.title,
    page(n, options = {}) {
      let raw: RawPdfPage;
      try {
        raw = thread.request(
          {
            op: "page",
            page: n,
            shapes: options.shapes ?? false,
            maxItems: limit.maxTextItems,
            maxOps: limit.maxOperators,
          },
          timing(),
        );
      } catch (error) {
        throw fail(file, error, n);
      }
      if (raw.dropped > 0)
        throw new LoadError(
          "limit",
          file,
          null,
          `a page of at most ${limit.maxTextItems} text runs`,
          `page ${n} has ${limit.maxTextItems + raw.dropped}`,
        );
      if (raw.ops && raw.ops.total > limit.maxOperators)
        throw new LoadError(
          "limit",
          file,
          null,
          `a page of at most ${limit.maxOperators} drawing operators`,
          `page ${n} has ${raw.ops.total}`,
        );
      return interpretPage(n, raw);
    },
  };
}

const EXPECTED = {
  encrypted: "a PDF that is not password-protected (save it again without a password, or print it to a new PDF)",
  damaged: "a readable PDF document",
  limit: "a PDF that reads within the limits",
  other: "a readable PDF document",
} as const;

/** @returns the LoadError for a failure of the reading thread (any other error is passed on). */
function fail(file: string, error: unknown, page?: number): unknown {
  if (!(error instanceof PdfThreadError)) return error;
  const { kind, message } = error.failure;
  const where = page === undefined ? "" : `page ${page}: `;
  return new LoadError(kind === "other" ? "damaged" : kind, file, null, EXPECTED[kind], `${where}${message}`);
}
