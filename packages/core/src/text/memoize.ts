/**
 * Wraps a pure function of a string so that repeated inputs (due cells such as "October 2012" recur
 * dozens of times in a plan) are computed once. The cache holds at most `limit` entries and is
 * cleared when full; results are frozen, since callers share them.
 *
 * @returns the memoised function.
 */
export function memoizeByText<T extends object>(
  fn: (text: string) => T,
  limit = 10_000,
): (text: string) => Readonly<T> {
  const cache = new Map<string, Readonly<T>>();
  return (text) => {
    if (!enabled) return Object.freeze(fn(text));
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = Object.freeze(fn(text));
      cache.set(text, value);
    }
    return value;
  };
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
