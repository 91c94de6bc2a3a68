/** @returns a seeded generator of numbers in [0, 1), so a random test draws the same cases every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** @returns a text of `min` to `min + spread − 1` parts drawn from `parts`, joined. */
export function randomText(random: () => number, parts: readonly string[], min: number, spread: number): string {
  return Array.from(
    { length: min + Math.floor(random() * spread) },
    () => parts[Math.floor(random() * parts.length)],
  ).join("");
}
