import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { PDF_WORKER_SOURCE } from "./pdf-worker-source.js";

/** Why reading a PDF failed, as the reading thread saw it. */
export interface PdfFailure {
  /** `encrypted`, `damaged` (not a PDF, or broken), `limit` (time or memory), or `other`. */
  readonly kind: "encrypted" | "damaged" | "limit" | "other";
  readonly message: string;
}

/** Thrown by `PdfThread` when a request fails: the failure's kind and message. */
export class PdfThreadError extends Error {
  override readonly name = "PdfThreadError";
  constructor(readonly failure: PdfFailure) {
    super(failure.message);
  }
}

/** Limits of one request to the reading thread. */
export interface PdfThreadLimits {
  /** Longest a request may take, in milliseconds. */
  readonly timeoutMs: number;
  /** Longest the thread may go without a heartbeat (stuck, or stopped by its memory limit). */
  readonly stallMs: number;
}

/** The reading thread's heap limit: a hostile PDF stops the thread, never the process. */
const HEAP_MB = 1024;

/**
 * A thread that reads PDFs with pdfjs-dist (which only works asynchronously), called synchronously:
 * each request is posted to the thread and the caller waits on a shared flag until the answer is on
 * the port. So `loadPlan` stays synchronous for PDFs as for every other format. The thread has its
 * own heap limit, and a request that runs past its time limit or whose thread stops beating is
 * abandoned and the thread stopped: a hostile PDF costs bounded time and memory.
 *
 * One thread serves every PDF of a process (started on first use, never keeping the process alive).
 */
export class PdfThread {
  private static shared: PdfThread | null = null;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  private dead = false;

  private constructor() {
    const { port1, port2 } = new MessageChannel();
    const pdfjsUrl = pathToFileURL(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs")).href;
    this.worker = new Worker(PDF_WORKER_SOURCE, {
      eval: true,
      workerData: { port: port2, signal: this.signal, pdfjsUrl },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 64 },
    });
    this.worker.unref();
    this.worker.on("error", () => {
      this.dead = true;
    });
    this.port = port1;
    this.port.unref();
  }

  /** @returns the process's reading thread, started if there is none (or the last one was stopped). */
  static get(): PdfThread {
    if (!PdfThread.shared || PdfThread.shared.dead) PdfThread.shared = new PdfThread();
    return PdfThread.shared;
  }

  /**
   * Posts a request and waits for its answer.
   *
   * @returns the answer.
   * @throws PdfThreadError with the thread's failure, or kind `limit` when the request ran past its
   * limits (the thread is then stopped; the next request starts another).
   */
  request<T>(message: Record<string, unknown>, limits: PdfThreadLimits, transfer: ArrayBuffer[] = []): T {
    if (this.dead) throw new PdfThreadError({ kind: "other", message: "the PDF reading thread has stopped" });
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage(message, transfer);
    const started = Date.now();
    let beat = Atomics.load(this.signal, 1);
    let lastBeat = started;
    while (Atomics.wait(this.signal, 0, 0, 50) === "timed-out") {
      const now = Date.now();
      const b = Atomics.load(this.signal, 1);
      if (b !== beat) {
        beat = b;
        lastBeat = now;
      }
      const stalled = now - lastBeat > limits.stallMs;
      if (stalled || now - started > limits.timeoutMs) {
        this.stop();
        throw new PdfThreadError({
          kind: "limit",
          message: stalled
            ? `reading stopped responding (no progress for ${limits.stallMs / 1000} s, or over its ${HEAP_MB} MB memory limit)`
            : `reading took longer than ${limits.timeoutMs / 1000} s`,
        });
      }
    }
    const received = receiveMessageOnPort(this.port);
    if (!received) {
      this.stop();
      throw new PdfThreadError({ kind: "other", message: "the PDF reading thread gave no answer" });
    }
    const answer = received.message as T & { error?: PdfFailure };
    if (answer.error) throw new PdfThreadError(answer.error);
    return answer;
  }

  private stop(): void {
    this.dead = true;
    void this.worker.terminate();
    this.port.close();
  }
}
