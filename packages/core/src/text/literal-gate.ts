/**
 * The words a pattern cannot match without: for each top-level alternative of a regular expression,
 * its longest run of plain letters (outside groups and classes, not made optional by a quantifier),
 * or, for an alternative that is one group, the words of that group's alternatives. A text that holds
 * none of them cannot match, so the pattern need not run: a substring search replaces a regular
 * expression for most texts. Returns null when some alternative has no such word (the pattern must
 * always run).
 *
 * @returns the required words (lower-cased when `caseSensitive` is false), or null.
 * @example
 * requiredWords("\\bsupervis(?:ion|ory)\\b", false); // ["supervis"]
 * requiredWords("\\b(?:DA|DV|MARAC)\\b", true); // ["DA", "DV", "MARAC"]
 * requiredWords("\\bvoices?\\b|\\bwishes and feelings\\b", false); // ["voice", "wishes and feelings"]
 */
export function requiredWords(pattern: string, caseSensitive: boolean): string[] | null {
  const words: string[] = [];
  for (const alternative of splitTopLevel(pattern)) {
    const found = wordsOf(alternative);
    if (found === null) return null;
    words.push(...found);
  }
  const out = [...new Set(words.map((w) => (caseSensitive ? w : w.toLowerCase())))];
  return out.length > 0 ? out : null;
}

/**
 * Which of many case-insensitive patterns are worth running on a text: those whose required words
 * (see `requiredWords`) occur in it, found in one pass with a `WordFinder`, plus those that have none.
 *
 * @returns a function from a lower-cased text to a flag per pattern: 1 where it is worth running.
 * @example
 * const candidates = patternCandidates(["\\bsupervis(?:ion|ory)\\b", "\\badvoca"]);
 * candidates("reflective supervision"); // Uint8Array [1, 0]
 */
export function patternCandidates(patterns: readonly string[]): (lower: string) => Uint8Array {
  const always = new Uint8Array(patterns.length);
  const words: string[] = [];
  const labels: number[] = [];
  patterns.forEach((pattern, k) => {
    const required = requiredWords(pattern, false);
    if (required === null) always[k] = 1;
    else
      for (const w of required) {
        words.push(w);
        labels.push(k);
      }
  });
  const finder = new WordFinder(words, labels);
  return (lower) => finder.mark(lower, always.slice());
}

/** @returns the top-level alternatives of a pattern (split at `|` outside groups and classes). */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * @returns the required words of one alternative: its longest run of literal characters at depth 0
 * that no quantifier makes optional; failing that, the words of a group it cannot match without (a
 * group not made optional, each of whose alternatives has words of its own); or null.
 */
function wordsOf(alternative: string): string[] | null {
  let best = "";
  let run = "";
  let depth = 0;
  let inClass = false;
  let groupStart = -1;
  const groups: string[][] = [];
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    const next = alternative[i + 1];
    const optional = next === "?" || next === "*" || (next === "{" && /^\{0[,}]/u.test(alternative.slice(i + 1)));
    if (c === "\\") {
      // An escape is a class (\b, \w, \d, \s) or a symbol: either way the run of plain text ends.
      run = "";
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      run = "";
      continue;
    }
    if (c === "{") {
      // A quantifier's bounds ({0,80}) are not text.
      const close = alternative.indexOf("}", i);
      if (close > i) i = close;
      run = "";
      continue;
    }
    if (c === "(") {
      if (depth === 0) groupStart = i;
      depth++;
      run = "";
      continue;
    }
    if (c === ")") {
      depth--;
      run = "";
      // An optional group requires nothing.
      const words = depth === 0 && !optional ? groupWords(alternative.slice(groupStart + 1, i)) : null;
      if (words) groups.push(words);
      continue;
    }
    if (depth === 0 && !"^$.|?*+{}".includes(c) && !optional) {
      run += c;
      if (run.trim().length > best.trim().length) best = run;
    } else {
      // A quantified character may be absent: keep the run before it, start again after it.
      run = "";
    }
  }
  const word = best.trim();
  if (word.length >= 2) return [word];
  const group = groups.sort((a, b) => Math.min(...b.map((w) => w.length)) - Math.min(...a.map((w) => w.length)))[0];
  return group && group.length > 0 ? group : null;
}

/** @returns the words a group requires, one of which any match holds (a lookaround requires none: null). */
function groupWords(body: string): string[] | null {
  if (/^\?<?[=!]/u.test(body)) return null;
  const words = splitTopLevel(body.replace(/^\?:/u, "")).map(wordsOf);
  return words.every((w) => w !== null) ? (words as string[][]).flat() : null;
}

/**
 * Finds which of many words occur in a text in one pass (Aho–Corasick): the set of rules worth
 * running on a text is read off in time linear in the text, however many rules a codebook has. Each
 * word carries a label (its index unless `labels` says otherwise, e.g. the rule it belongs to), and a
 * search reports labels.
 *
 * @example
 * const finder = new WordFinder(["supervis", "advoca"]);
 * finder.find("reflective supervision"); // Set { 0 }
 */
export class WordFinder {
  /**
   * The class of each ASCII character: 0 for one no word holds (it always leads back to the root),
   * else its column in `dfa`.
   */
  private readonly classes = new Uint8Array(128);
  private width = 1;
  /**
   * Transitions on ASCII characters, `dfa[state * width + class]`, completed through the failure
   * links (a DFA: one lookup per character); 0 is the root. Compact, so it stays in cache.
   */
  private readonly dfa: Int32Array;
  /** Trie edges on other characters, followed with the failure links (rare in English text). */
  private readonly other: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** The labels a state reports: `labels[outStart[state] … outStart[state + 1]]`. */
  private readonly outStart: Int32Array;
  private readonly outLabels: Int32Array;
  private readonly labelCount: number;

  constructor(words: readonly string[], labels: readonly number[] = words.map((_, k) => k)) {
    this.labelCount = labels.reduce((n, l) => Math.max(n, l + 1), 0);
    for (const word of words)
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c < 128 && this.classes[c] === 0) this.classes[c] = this.width++;
      }
    this.dfa = new Int32Array((1 + words.reduce((n, w) => n + w.length, 0)) * this.width);
    const out: number[][] = [[]];
    let count = 1;
    words.forEach((word, id) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let to = this.edge(state, c);
        if (to === 0) {
          to = count++;
          this.other.push(new Map());
          this.fail.push(0);
          out.push([]);
          if (c < 128) this.dfa[state * this.width + this.classes[c]!] = to;
          else this.other[state]!.set(c, to);
        }
        state = to;
      }
      out[state]!.push(labels[id]!);
    });
    // Failure links, breadth first; then the ASCII transitions completed in the same order.
    const order: number[] = this.children(0).map(([, to]) => to);
    for (let head = 0; head < order.length; head++) {
      const state = order[head]!;
      for (const [c, to] of this.children(state)) {
        let f = this.fail[state]!;
        while (f !== 0 && this.edge(f, c) === 0) f = this.fail[f]!;
        const target = this.edge(f, c);
        this.fail[to] = target !== 0 && target !== to ? target : 0;
        out[to] = [...new Set([...out[to]!, ...out[this.fail[to]!]!])];
        order.push(to);
      }
    }
    const w = this.width;
    for (const state of order) {
      const f = this.fail[state]! * w;
      for (let k = 1; k < w; k++) if (this.dfa[state * w + k] === 0) this.dfa[state * w + k] = this.dfa[f + k]!;
    }
    this.outStart = new Int32Array(count + 1);
    for (let state = 0; state < count; state++) this.outStart[state + 1] = this.outStart[state]! + out[state]!.length;
    this.outLabels = Int32Array.from(out.slice(0, count).flat());
  }

  /** @returns the labels of the words that occur in `text`. */
  find(text: string): Set<number> {
    const flags = this.mark(text, new Uint8Array(this.labelCount));
    return new Set([...flags.keys()].filter((k) => flags[k] === 1));
  }

  /** Sets `flags[label]` to 1 for the label of every word that occurs in `text`. @returns `flags`. */
  mark(text: string, flags: Uint8Array): Uint8Array {
    const { classes, dfa, width, outStart, outLabels } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const k = classes[c]!;
        state = k === 0 ? 0 : dfa[state * width + k]!;
      } else {
        let to = this.other[state]!.get(c) ?? 0;
        while (to === 0 && state !== 0) {
          state = this.fail[state]!;
          to = this.other[state]!.get(c) ?? 0;
        }
        state = to;
      }
      for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) flags[outLabels[k]!] = 1;
    }
    return flags;
  }

  /** The trie edge from `state` on `c`, or 0 (used while building, before the DFA is completed). */
  private edge(state: number, c: number): number {
    if (c >= 128) return this.other[state]!.get(c) ?? 0;
    const k = this.classes[c]!;
    return k === 0 ? 0 : this.dfa[state * this.width + k]!;
  }

  private children(state: number): [number, number][] {
    const out: [number, number][] = [];
    for (let c = 0; c < 128; c++) {
      const to = this.edge(state, c);
      if (to !== 0) out.push([c, to]);
    }
    for (const [c, to] of this.other[state]!) out.push([c, to]);
    return out;
  }
}
