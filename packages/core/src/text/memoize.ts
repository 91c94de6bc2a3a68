/**
 * Wraps a pure function of a string so that repeated inputs (due cells such as "October 2012" recur
 * dozens of times in a plan) are computed once. The cache holds at most `limit` entries and is
 * cleared when full; results are frozen, since callers share them.
 *
 * @returns the memoised function.
 */
export function memoizeByText<T extends object>(fn: (text: string) => T, limit = 10_000): (text: string) => Readonly<T> {
  const cache = new Map<string, Readonly<T>>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = Object.freeze(fn(text));
      cache.set(text, value);
    }
    return value;
  };
}
