/**
 * Where a value falls in an ascending list of starts (line starts, record starts): the 1-based
 * position of the last start at or before it, 1 when it comes before them all.
 *
 * @example
 * sortedPosition([0, 10, 25], 12); // 2: the second line, which starts at 10
 */
export function sortedPosition(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
