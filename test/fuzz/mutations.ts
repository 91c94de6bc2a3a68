/** A seeded pseudo-random generator (mulberry32): the same seed gives the same cases. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A damaged or reformatted document, and what kind of change made it. */
export interface Mutant {
  readonly kind: string;
  readonly input: string | Uint8Array;
}

const split = (text: string) => text.split("\n");
const join = (lines: readonly string[]) => lines.join("\n");

/**
 * Damaging mutations: the loader must answer each with a typed LoadError or a valid plan with
 * diagnostics — never another exception, never a hang.
 */
export function damage(text: string, rand: () => number): Mutant {
  const lines = split(text);
  const pick = () => Math.floor(rand() * lines.length);
  const kinds = [
    "truncate-line",
    "truncate-char",
    "delete-lines",
    "duplicate-lines",
    "swap-lines",
    "shuffle-window",
    "tabs-to-spaces",
    "tabs-to-pipes",
    "random-bytes",
    "huge-line",
    "huge-cell",
    "empty-cells",
    "strip-tabs",
  ] as const;
  const kind = kinds[Math.floor(rand() * kinds.length)]!;
  switch (kind) {
    case "truncate-line":
      return { kind, input: join(lines.slice(0, pick())) };
    case "truncate-char":
      return { kind, input: text.slice(0, Math.floor(rand() * text.length)) };
    case "delete-lines": {
      const at = pick();
      return { kind, input: join([...lines.slice(0, at), ...lines.slice(at + 1 + Math.floor(rand() * 3))]) };
    }
    case "duplicate-lines": {
      const at = pick();
      const n = 1 + Math.floor(rand() * 3);
      return { kind, input: join([...lines.slice(0, at + n), ...lines.slice(at, at + n), ...lines.slice(at + n)]) };
    }
    case "swap-lines": {
      const [i, j] = [pick(), pick()];
      const copy = [...lines];
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      return { kind, input: join(copy) };
    }
    case "shuffle-window": {
      const at = pick();
      const window = lines.slice(at, at + 8);
      for (let i = window.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [window[i], window[j]] = [window[j]!, window[i]!];
      }
      return { kind, input: join([...lines.slice(0, at), ...window, ...lines.slice(at + 8)]) };
    }
    case "tabs-to-spaces":
      return { kind, input: text.replace(/\t/gu, () => " ".repeat(2 + Math.floor(rand() * 6))) };
    case "tabs-to-pipes":
      return { kind, input: text.replace(/\t/gu, " | ") };
    case "random-bytes": {
      const bytes = new TextEncoder().encode(text);
      const at = Math.floor(rand() * bytes.length);
      const n = 1 + Math.floor(rand() * 64);
      for (let k = at; k < Math.min(bytes.length, at + n); k++) bytes[k] = Math.floor(rand() * 256);
      return { kind, input: bytes };
    }
    case "huge-line": {
      const at = pick();
      const huge = Array.from({ length: 50_000 }, () => "abc def\t|-(1) "[Math.floor(rand() * 14)]).join("");
      return { kind, input: join([...lines.slice(0, at), huge, ...lines.slice(at)]) };
    }
    case "huge-cell": {
      const at = pick();
      const copy = [...lines];
      copy[at] = `${copy[at]} ${"Sept 12 Oct 12 supervision of children ".repeat(3000)}`;
      return { kind, input: join(copy) };
    }
    case "empty-cells": {
      const at = pick();
      const copy = [...lines];
      copy[at] = copy[at]!.replace(/[^\t|]+/gu, "");
      return { kind, input: join(copy) };
    }
    case "strip-tabs": {
      const at = pick();
      const copy = [...lines];
      copy[at] = copy[at]!.replace(/\t/gu, " ");
      return { kind, input: join(copy) };
    }
  }
}

/** Every truncation of a document at a line boundary. */
export function* truncations(text: string): Generator<Mutant> {
  const lines = split(text);
  for (let n = 0; n < lines.length; n++) yield { kind: "truncate-at-line", input: join(lines.slice(0, n)) };
}

/**
 * Format-preserving changes: the loader must read each to the same actions as the original.
 * `movablePageLine` is a page-header line's 0-based index and `targets` the 0-based lines it may be
 * moved in front of (rows that continue a recommendation).
 */
export function reformat(
  text: string,
  movablePageLine: number | null,
  targets: readonly number[],
  rand: () => number,
): Mutant[] {
  const lines = split(text);
  const out: Mutant[] = [
    { kind: "crlf", input: text.replace(/\n/gu, "\r\n") },
    { kind: "bom", input: `\uFEFF${text}` },
    { kind: "bom-crlf-bytes", input: new TextEncoder().encode(`\uFEFF${text.replace(/\n/gu, "\r\n")}`) },
    { kind: "trailing-spaces", input: join(lines.map((l) => (l === "" ? l : `${l}   `))) },
    { kind: "no-final-newline", input: text.replace(/\n+$/u, "") },
  ];
  if (movablePageLine !== null && targets.length > 0) {
    const target = targets[Math.floor(rand() * targets.length)]!;
    const header = lines[movablePageLine]!;
    const moved = lines.flatMap((l, i) => (i === movablePageLine ? [] : i === target ? [header, l] : [l]));
    out.push({ kind: "moved-page-header", input: join(moved) });
  }
  return out;
}
