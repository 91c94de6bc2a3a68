/**
 * The source of the thread that reads PDFs with pdfjs-dist, kept as plain JavaScript so that it runs
 * the same from the built package and from the TypeScript sources (a worker cannot load `.ts`).
 *
 * It answers three requests on its port — `open` (the bytes), `page` (one page's text items and
 * drawing operators) and `close` — and after each answer sets `signal[0]` and wakes the caller, who
 * waits synchronously (see `PdfThread`). While it works, a timer bumps `signal[1]` every 100 ms: a
 * caller that sees no beat knows the thread is stuck or was stopped by its memory limit.
 *
 * Only what the library interprets leaves the thread: text items with their transform in page
 * coordinates (origin top left, y down), and the operators that draw paths, set colours or
 * transforms, or paint images. The geometry is interpreted in TypeScript (`pdf-page.ts`).
 */
export const PDF_WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { port, signal, pdfjsUrl } = workerData;
const beat = setInterval(() => Atomics.add(signal, 1, 1), 100);
beat.unref();
let pdfjs = null;
let doc = null;
const IMAGES = new Set([83, 84, 85, 86, 87, 88, 89, 90]);
const KEEP = new Set([2, 10, 11, 12, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 58, 59, 74, 75, 91, ...IMAGES]);

function describe(error) {
  const name = (error && error.name) || "Error";
  const kind =
    name === "PasswordException" ? "encrypted" :
    name === "InvalidPDFException" || name === "FormatError" || name === "MissingPDFException" ? "damaged" :
    name === "RangeError" ? "limit" : "other";
  return { kind, name, message: String((error && error.message) || error) };
}

async function open(message) {
  if (!pdfjs) pdfjs = await import(pdfjsUrl);
  if (doc) { await doc.destroy(); doc = null; }
  const task = pdfjs.getDocument({
    data: message.data,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    password: "",
  });
  doc = await task.promise;
  let title = "";
  try {
    const meta = await doc.getMetadata();
    title = (meta && meta.info && meta.info.Title) || "";
  } catch {}
  return { pages: doc.numPages, title: String(title) };
}

async function page(message) {
  const p = await doc.getPage(message.page);
  const viewport = p.getViewport({ scale: 1 });
  const content = await p.getTextContent({ includeMarkedContent: false });
  const items = [];
  let dropped = 0;
  for (const item of content.items) {
    if (typeof item.str !== "string" || item.str === "") continue;
    if (items.length >= message.maxItems) { dropped++; continue; }
    const t = pdfjs.Util.transform(viewport.transform, item.transform);
    items.push([item.str, t[0], t[1], t[2], t[3], t[4], t[5], item.width, item.height, item.fontName || ""]);
  }
  let ops = null;
  if (message.shapes) {
    const list = await p.getOperatorList();
    const fn = [];
    const args = [];
    const n = Math.min(list.fnArray.length, message.maxOps);
    for (let i = 0; i < n; i++) {
      const f = list.fnArray[i];
      if (!KEEP.has(f)) continue;
      fn.push(f);
      args.push(IMAGES.has(f) ? null : list.argsArray[i]);
    }
    ops = { fn, args, total: list.fnArray.length };
  }
  p.cleanup();
  return { width: viewport.width, height: viewport.height, viewport: viewport.transform, items, dropped, ops };
}

port.on("message", async (message) => {
  let answer;
  try {
    if (message.op === "open") answer = await open(message);
    else if (message.op === "page") answer = await page(message);
    else if (message.op === "close") { if (doc) await doc.destroy(); doc = null; answer = {}; }
    else answer = { error: { kind: "other", name: "Error", message: "unknown request " + message.op } };
  } catch (error) {
    answer = { error: describe(error) };
  }
  try {
    port.postMessage(answer);
  } catch (error) {
    port.postMessage({ error: describe(error) });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;
