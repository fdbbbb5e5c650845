import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { mapWithConcurrency } from "../../../src/store/parallel.js";

describe("mapWithConcurrency", () => {
  it("keeps input order and never exceeds the limit", async () => {
    let running = 0;
    let peak = 0;
    const items = Array.from({ length: 25 }, (_, i) => i);
    const results = await mapWithConcurrency(items, 4, async (item) => {
      running++;
      peak = Math.max(peak, running);
      await sleep((item * 7) % 5);
      running--;
      return item * 2;
    });
    expect(results).toEqual(items.map((i) => i * 2));
    expect(peak).toBe(4);
  });

  it("handles no items and a limit above the item count", async () => {
    expect(await mapWithConcurrency([], 3, async () => 1)).toEqual([]);
    expect(await mapWithConcurrency(new Set(["a", "b"]), 10, async (s, i) => `${s}${i}`)).toEqual([
      "a0",
      "b1",
    ]);
  });

  it("stops starting items after a failure and rejects once the running ones settle", async () => {
    const started: number[] = [];
    let settled = 0;
    const failure = mapWithConcurrency([0, 1, 2, 3, 4, 5, 6, 7], 2, async (item) => {
      started.push(item);
      await sleep(item === 1 ? 1 : 20);
      settled++;
      if (item === 1) throw new Error("item 1 failed");
      return item;
    });
    await expect(failure).rejects.toThrow("item 1 failed");
    expect(started).toEqual([0, 1]);
    expect(settled).toBe(2);
  });

  it("rejects a limit that is not a positive integer", async () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      await expect(mapWithConcurrency([1], limit, async (x) => x)).rejects.toThrow(RangeError);
    }
  });
});
