/**
 * Wraps a pure function of a string so that repeated inputs (due cells such as "October 2012" recur
 * dozens of times in a plan) are computed once. Results are frozen, since callers share them; the
 * cache is a `TextMemo`, so it is bounded and stands aside when inputs stop repeating.
 *
 * @returns the memoised function.
 */
export function memoizeByText<T extends object>(
  fn: (text: string) => T,
  limit = 10_000,
): (text: string) => Readonly<T> {
  const memo = new TextMemo<Readonly<T>>(limit);
  return (text) => memo.get(text, String, fn);
}

/** Lookups per window over which a memo measures how often its texts repeat. */
const WINDOW = 4096;
/** Calls a memo lets through uncached after a window in which fewer than 1 in 16 lookups hit. */
const PAUSE = 16_384;

/**
 * A cache of frozen results by text that pays its way: it holds at most `limit` entries (cleared when
 * full), and when fewer than 1 in 16 of a window's lookups find a result (a corpus of texts that never
 * repeat) it stops caching for a while, then tries again, so unique texts cost no hashing and no
 * memory. Used by the library's cell readers and classifier; `setTextMemoization(false)` bypasses
 * every memo.
 *
 * @example
 * const memo = new TextMemo<{ words: number }>(1000);
 * const count = (t: string) => ({ words: t.split(" ").length });
 * memo.get("Completed.", String, count); // computed
 * memo.get("Completed.", String, count); // the same object
 */
export class TextMemo<T> {
  private readonly cache = new Map<string, T>();
  private lookups = 0;
  private hits = 0;
  private paused = 0;

  constructor(private readonly limit: number) {}

  /**
   * @returns the result cached under `keyOf(input)`, or `compute(input)`, frozen and cached (the key
   * is not even built while the memo stands aside).
   */
  get<I>(input: I, keyOf: (input: I) => string, compute: (input: I) => T): T {
    if (!enabled) return Object.freeze(compute(input));
    if (this.paused > 0) {
      this.paused--;
      return Object.freeze(compute(input));
    }
    if (++this.lookups === WINDOW) {
      if (this.hits * 16 < WINDOW) {
        this.paused = PAUSE;
        this.cache.clear();
      }
      this.lookups = this.hits = 0;
    }
    const key = keyOf(input);
    let value = this.cache.get(key);
    if (value !== undefined) {
      this.hits++;
      return value;
    }
    if (this.cache.size >= this.limit) this.cache.clear();
    value = Object.freeze(compute(input));
    this.cache.set(key, value);
    return value;
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
 * const was = setTextMemoization(false); // measure without memoised texts
 * setTextMemoization(was);
 */
export function setTextMemoization(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}

/**
 * @returns whether repeated texts are memoised.
 * @example
 * textMemoization(); // true, unless setTextMemoization(false) was called
 */
export function textMemoization(): boolean {
  return enabled;
}
