/**
 * Wraps a pure function of a text (and an optional context, such as the plan's date) so that
 * repeated inputs (due cells such as "October 2012" recur dozens of times in a plan) are computed
 * once. Results are frozen, since callers share them; the cache is a `TextMemo`, so it is bounded and
 * stands aside when inputs stop repeating.
 *
 * @returns the memoised function.
 * @example
 * const words = memoiseByText((text) => ({ count: text.split(" ").length }));
 * words("Completed on time") === words("Completed on time"); // true: computed once
 */
export function memoiseByText<T extends object>(
  fn: (text: string, context: string) => T,
  limit = 10_000,
): (text: string, context?: string) => Readonly<T> {
  const memo = new TextMemo<Readonly<T>>(limit);
  return (text, context = "") => memo.get(text, context, fn);
}

/** Lookups per window over which a memo measures how often its texts repeat. */
const WINDOW = 4096;
/** Calls a memo lets through uncached after a window in which fewer than 1 in 16 lookups hit. */
const PAUSE = 16_384;

/**
 * A cache of frozen results by text within a context (a plan's date, a unit and its recommendation's
 * themes) that pays its way: it holds at most `limit` entries (cleared when full), and when fewer
 * than 1 in 16 of a window's lookups find a result (a corpus of texts that never repeat) it stops
 * caching for a while, then tries again, so unique texts cost no hashing and no memory. Texts are
 * looked up as they are, never joined into a longer key, so a text read from a plan is hashed once.
 * Used by the library's cell readers and classifier; `setTextMemoisation(false)` bypasses every memo.
 *
 * @example
 * const memo = new TextMemo<{ words: number }>(1000);
 * const count = (t: string) => ({ words: t.split(" ").length });
 * memo.get("Completed.", "", count); // computed
 * memo.get("Completed.", "", count); // the same object
 */
export class TextMemo<T> {
  private contexts = new Map<string, Map<string, T>>();
  private size = 0;
  private lookups = 0;
  private hits = 0;
  private paused = 0;

  constructor(private readonly limit: number) {}

  /**
   * @returns the result cached for `text` in `context`, or `compute(text, context)`, frozen and
   * cached (nothing is looked up while the memo stands aside).
   */
  get(text: string, context: string, compute: (text: string, context: string) => T): T {
    if (!enabled) return Object.freeze(compute(text, context));
    if (this.paused > 0) {
      this.paused--;
      return Object.freeze(compute(text, context));
    }
    if (++this.lookups === WINDOW) {
      if (this.hits * 16 < WINDOW) {
        this.paused = PAUSE;
        this.clear();
      }
      this.lookups = this.hits = 0;
    }
    let cache = this.contexts.get(context);
    let value = cache?.get(text);
    if (value !== undefined) {
      this.hits++;
      return value;
    }
    if (this.size >= this.limit) this.clear();
    if (cache === undefined || this.size === 0) this.contexts.set(context, (cache = new Map()));
    value = Object.freeze(compute(text, context));
    cache.set(text, value);
    this.size++;
    return value;
  }

  private clear(): void {
    this.contexts = new Map();
    this.size = 0;
  }
}

let enabled = true;

/**
 * Turns the library's memoisation of repeated texts (due cells, progress cells, classified texts) on
 * or off, and clears nothing: for benchmarks that measure the work itself, and for runs where memory
 * matters more than repeated cells. On by default.
 *
 * @returns whether memoisation was on before.
 * @example
 * const was = setTextMemoisation(false); // measure without memoised texts
 * setTextMemoisation(was);
 */
export function setTextMemoisation(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}

/**
 * @returns whether repeated texts are memoised.
 * @example
 * textMemoisation(); // true, unless setTextMemoisation(false) was called
 */
export function textMemoisation(): boolean {
  return enabled;
}
