import { expectPlans } from "../errors/argument-error.js";
import type { ColumnTable } from "arquero";
import { rowsTable } from "../analysis-tables/rows-table.js";
import type { Plan } from "../schema/plan.js";

const STOP = new Set(
  "a an and are as at be by for from has have in into is it its of on or so that the their there these this to was were which will with within all any who they them what ensure ensuring improve develop review council councils local authority".split(
    " ",
  ),
);

/**
 * @returns the content words of a text: lower case, possessive 's dropped, stop words removed, and
 * light stemming (-s, -ed, -ing, -ment trimmed where at least four letters remain), so "assessed" and
 * "assessment" meet at "assess".
 * @example
 * contentWords("Assessments are assessed regularly"); // ["assess", "assess", "regularly"]
 */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, "")
    .split(/[^a-z0-9]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(stem);
}

function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  for (const suffix of ["ment", "ing", "ed"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * Pairs of similar recommendations in different councils, by TF-IDF cosine similarity: each
 * recommendation is a vector of its content words (see `contentWords`) and of adjacent word pairs,
 * weighted by term frequency × log(N / document frequency) over all recommendations of the plans; the
 * similarity of two recommendations is the cosine of their vectors (0 = no shared rare words, 1 = the
 * same words). Pairs at or above `threshold` (default 0.1) are returned, most similar first, with the
 * words they share that weigh most.
 *
 * @returns `council_a, recommendation_a, council_b, recommendation_b, similarity, shared_terms, text_a, text_b`.
 * @example
 * similarRecommendations(plans, { threshold: 0.2 }).print();
 */
export function similarRecommendations(
  plans: readonly Plan[],
  options: { threshold?: number; limit?: number; maxShare?: number } = {},
): ColumnTable {
  expectPlans(plans);
  const threshold = options.threshold ?? 0.1;
  const docs = plans.flatMap((p) =>
    p.recommendations.map((r) => {
      const words = contentWords(r.text);
      const terms = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
      return { council: p.council, id: r.id, text: r.text, terms };
    }),
  );
  const { df, vectors } = tfIdf(docs.map((d) => d.terms));
  // A term in more than `maxShare` of the documents (and over 50 of them) is too common to tell
  // recommendations apart and is left out, which keeps large corpora near-linear.
  const maxDocs = Math.max(50, Math.ceil(docs.length * (options.maxShare ?? 0.2)));
  const councils = [...new Set(docs.map((d) => d.council))];
  const councilOf = docs.map((d) => councils.indexOf(d.council));
  const postings = postingsByCouncil(vectors, df, councilOf, councils.length, maxDocs);
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < docs.length; i++) {
    const a = vectors[i]!;
    // Scores accumulate through the postings, so only pairs sharing a term are visited.
    const scores = new Map<number, number>();
    for (const [t, x] of a) {
      const lists = postings.get(t);
      if (!lists) continue;
      for (const j of laterInOrder(lists, councilOf[i]!, i))
        scores.set(j, (scores.get(j) ?? 0) + x * vectors[j]!.get(t)!);
    }
    for (const [j, similarity] of scores) {
      if (similarity < threshold) continue;
      const b = vectors[j]!;
      const shared = [...a]
        .filter(([t]) => b.has(t) && df.get(t)! <= maxDocs)
        .map(([t, x]) => [t, x * b.get(t)!] as const);
      pairs.push({
        council_a: docs[i]!.council,
        recommendation_a: docs[i]!.id,
        council_b: docs[j]!.council,
        recommendation_b: docs[j]!.id,
        similarity: Math.round(similarity * 1000) / 1000,
        shared_terms: shared
          .sort((x, y) => y[1] - x[1])
          .slice(0, 6)
          .map(([t]) => t)
          .join("; "),
        text_a: docs[i]!.text,
        text_b: docs[j]!.text,
      });
    }
  }
  pairs.sort((x, y) => y.similarity - x.similarity);
  return rowsTable(pairs.slice(0, options.limit ?? pairs.length), SIMILAR_COLUMNS);
}

const SIMILAR_COLUMNS = [
  "council_a",
  "recommendation_a",
  "council_b",
  "recommendation_b",
  "similarity",
  "shared_terms",
  "text_a",
  "text_b",
] as const;

/** One row of `similarRecommendations`. */
type SimilarPair = Record<Exclude<(typeof SIMILAR_COLUMNS)[number], "similarity">, string> & { similarity: number };

/**
 * @returns each term's document frequency, and each document's TF-IDF vector (term frequency ×
 * log(N / document frequency)), of unit length.
 */
function tfIdf(terms: readonly (readonly string[])[]) {
  const df = new Map<string, number>();
  for (const d of terms) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = terms.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map([...tf].map(([t, n]) => [t, n * Math.log(terms.length / df.get(t)!)] as const));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    return new Map([...v].map(([t, x]) => [t, x / norm] as const));
  });
  return { df, vectors };
}

/**
 * @returns per term (those in at most `maxDocs` documents), the documents holding it, one list per
 * council, so a document meets only other councils' documents (one council's thousands of
 * recommendations never compare among themselves).
 */
function postingsByCouncil(
  vectors: readonly ReadonlyMap<string, number>[],
  df: ReadonlyMap<string, number>,
  councilOf: readonly number[],
  councils: number,
  maxDocs: number,
): Map<string, number[][]> {
  const postings = new Map<string, number[][]>();
  vectors.forEach((v, i) => {
    for (const t of v.keys()) {
      if (df.get(t)! > maxDocs) continue;
      let lists = postings.get(t);
      if (!lists) postings.set(t, (lists = Array.from({ length: councils }, () => [])));
      lists[councilOf[i]!]!.push(i);
    }
  });
  return postings;
}

/**
 * The documents after `i` in the postings of every council but `own`, in ascending order (a merge of
 * the sorted lists, so scores accumulate in the order one list of all documents would give).
 */
function laterInOrder(lists: readonly number[][], own: number, i: number): number[] {
  const heads = lists.map((list, c) => (c === own ? list.length : firstAfter(list, i)));
  const out: number[] = [];
  for (;;) {
    let best = -1;
    for (let c = 0; c < lists.length; c++)
      if (heads[c]! < lists[c]!.length && (best < 0 || lists[c]![heads[c]!]! < lists[best]![heads[best]!]!)) best = c;
    if (best < 0) return out;
    out.push(lists[best]![heads[best]!++]!);
  }
}

/** @returns the index of the first entry of an ascending list greater than `i`. */
function firstAfter(list: readonly number[], i: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! <= i) low = mid + 1;
    else high = mid;
  }
  return low;
}
