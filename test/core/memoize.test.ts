import { describe, expect, it } from "vitest";
import { TextMemo } from "../../packages/core/src/text/memoize.js";

describe("a text memo", () => {
  const counting = () => {
    let calls = 0;
    const compute = (t: string) => {
      calls++;
      return { length: t.length };
    };
    return { compute, calls: () => calls };
  };

  it("computes a repeated text once and shares the frozen result", () => {
    const memo = new TextMemo<{ length: number }>(100);
    const { compute, calls } = counting();
    const first = memo.get("Completed.", String, compute);
    expect(memo.get("Completed.", String, compute)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(calls()).toBe(1);
  });

  it("stands aside when texts stop repeating, without building keys, and comes back when they repeat", () => {
    const memo = new TextMemo<{ length: number }>(100_000);
    const { compute } = counting();
    let keys = 0;
    const keyOf = (t: string) => {
      keys++;
      return t;
    };
    for (let i = 0; i < 4096; i++) memo.get(`unique text ${i}`, keyOf, compute);
    expect(keys).toBe(4096);
    for (let i = 0; i < 16_384; i++) memo.get(`another unique text ${i}`, keyOf, compute);
    expect(keys).toBe(4096); // paused: no key built, nothing cached
    const again = counting();
    for (let i = 0; i < 100; i++) memo.get("Completed.", keyOf, again.compute);
    expect(again.calls()).toBe(1); // caching again
  });
});
