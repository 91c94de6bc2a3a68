import { describe, expect, it } from "vitest";
import { TextMemo } from "../../packages/core/src/text/memoise.js";

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
    const first = memo.get("Completed.", "", compute);
    expect(memo.get("Completed.", "", compute)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(calls()).toBe(1);
  });

  it("keeps a text's results apart by context", () => {
    const memo = new TextMemo<{ context: string }>(100);
    const compute = (_t: string, context: string) => ({ context });
    expect(memo.get("Completed.", "2013-05-31", compute).context).toBe("2013-05-31");
    expect(memo.get("Completed.", "2014-07-31", compute).context).toBe("2014-07-31");
    expect(memo.get("Completed.", "2013-05-31", compute).context).toBe("2013-05-31");
  });

  it("holds at most its limit of entries", () => {
    const memo = new TextMemo<{ length: number }>(3);
    const { compute, calls } = counting();
    for (const t of ["a", "b", "c", "d"]) memo.get(t, "", compute); // "d" clears the full memo
    memo.get("d", "", compute);
    memo.get("a", "", compute);
    expect(calls()).toBe(5);
  });

  it("stands aside when texts stop repeating, and comes back when they repeat", () => {
    const memo = new TextMemo<{ length: number }>(100_000);
    const { compute } = counting();
    for (let i = 0; i < 4096; i++) memo.get(`unique text ${i}`, "", compute);
    const paused = counting();
    for (let i = 0; i < 16_384; i++) memo.get("Completed.", "", paused.compute);
    expect(paused.calls()).toBe(16_384); // standing aside: nothing cached
    const again = counting();
    for (let i = 0; i < 100; i++) memo.get("Completed.", "", again.compute);
    expect(again.calls()).toBe(1); // caching again
  });
});
