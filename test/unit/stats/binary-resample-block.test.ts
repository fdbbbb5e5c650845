import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { compileWat, constantSource } from "../../../scripts/build-wasm.mjs";
import {
  BINARY_BLOCK,
  BinaryResampleBlock,
  cellSumsReference,
  drawReference,
  gatherReference,
  passReference,
} from "../../../src/stats/binary-resample-block.js";
import { POISSON_MIN_ROWS, UnitResampler, unitWeights } from "../../../src/stats/bootstrap.js";
import { binaryViewMetrics } from "../../../src/stats/metrics/binary-unit-metrics.js";
import { BINARY_METRIC_ORDER, binaryUnits } from "../../../src/stats/metrics/binary-units.js";
import { normal, uniform } from "./random.js";

const METRICS = BINARY_METRIC_ORDER.length;

/** Binormal predictions of two models; `decimals` rounds the scores (ties), NaN scores at a few rows. */
function predictions(n: number, seed: number, decimals: number | undefined, nanRows = 0) {
  const u = uniform(seed);
  const z = normal(seed + 1);
  const noise = normal(seed + 2);
  const round = (v: number) => (decimals === undefined ? v : Math.round(v * 10 ** decimals) / 10 ** decimals);
  const labels = new Int32Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = u() < 0.3 ? 1 : 0;
    const latent = z() + 1.2 * y;
    labels[i] = y;
    a[i] = round(1 / (1 + Math.exp(-latent)));
    b[i] = round(1 / (1 + Math.exp(-(0.8 * latent + 0.6 * noise()))));
  }
  for (let k = 0; k < nanRows; k++) {
    a[(k * 7919) % n] = Number.NaN;
    b[(k * 104_729 + 3) % n] = Number.NaN;
  }
  return { labels, a, b };
}

/** Every resample's metrics the scalar way: UnitResampler's counts, the JavaScript pass, one at a time. */
function scalarResamples(
  rows: number,
  units: ReturnType<typeof binaryUnits>,
  seed: number,
  resamples: number,
): Float64Array {
  const resampler = new UnitResampler(rows, units.multiplicity, undefined, "poisson");
  const weights = unitWeights(units.multiplicity.length);
  const positions = Math.max(units.multiplicity.length, ...units.views.map((view) => view.score.length));
  const inView = unitWeights(positions);
  const out = new Float64Array(METRICS);
  const models = units.views.length;
  const results = new Float64Array(resamples * models * METRICS);
  for (let r = 0; r < resamples; r++) {
    resampler.fill(seed, r, weights);
    units.views.forEach((view, m) => {
      binaryViewMetrics(view, weights, inView, out);
      results.set(out, (r * models + m) * METRICS);
    });
  }
  return results;
}

function blockResamples(
  rows: number,
  units: ReturnType<typeof binaryUnits>,
  seed: number,
  resamples: number,
  useWasm: boolean,
) {
  const block = new BinaryResampleBlock(rows, units.multiplicity, units.views, useWasm);
  const results = new Float64Array(resamples * units.views.length * METRICS);
  for (let r = 0; r < resamples; r += BINARY_BLOCK) block.run(seed, r, resamples, results);
  return { block, results };
}

function expectSameBits(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  const differing = [...actual.keys()].filter((i) => !Object.is(actual[i], expected[i]));
  expect(differing.slice(0, 5).map((i) => [i, actual[i], expected[i]])).toEqual([]);
}

describe("the WebAssembly kernel", () => {
  it("is the committed .wat, compiled (node scripts/build-wasm.mjs)", async () => {
    const wat = "src/stats/wasm/binary-resample-kernel.wat";
    const bytes = await compileWat(wat);
    const committed = await readFile("src/stats/wasm/binary-resample-kernel-wasm.ts", "utf8");
    expect(committed).toBe(constantSource("binary-resample-kernel", bytes));
  });

  it("loads here (Node has WebAssembly SIMD)", () => {
    const { labels, a } = predictions(100, 1, undefined);
    const units = binaryUnits(labels, [a]);
    expect(new BinaryResampleBlock(100, units.multiplicity, units.views).wasm).toBe(true);
  });
});

describe("BinaryResampleBlock", () => {
  // above POISSON_MIN_ROWS, as where the block is used; small enough to check every resample the scalar way
  const rows = POISSON_MIN_ROWS + 2000;
  const cases = [
    ["exact scores, single", undefined, 1, 0],
    ["exact scores, paired (the champion's counts gathered)", undefined, 2, 0],
    ["2-decimal scores, paired (cells)", 2, 2, 0],
    ["1-decimal scores, single (counts of 255 and more, read as u32)", 1, 1, 0],
    ["1-decimal scores, paired (counts of 255 and more: the JavaScript pass)", 1, 2, 0],
    ["3-decimal scores and NaN scores, paired", 3, 2, 25],
    ["exact scores and NaN scores, paired", undefined, 2, 25],
  ] as const;

  it.each(cases)("equals the scalar resamples bit for bit: %s", (_, decimals, models, nanRows) => {
    const { labels, a, b } = predictions(rows, 5, decimals, nanRows);
    const units = binaryUnits(labels, models === 1 ? [a] : [a, b]);
    // 10 resamples: two whole blocks and a partial one
    const expected = scalarResamples(rows, units, 42, 10);
    const wasm = blockResamples(rows, units, 42, 10, true);
    expect(wasm.block.wasm).toBe(true);
    expectSameBits(wasm.results, expected);
    const js = blockResamples(rows, units, 42, 10, false);
    expect(js.block.wasm).toBe(false);
    expectSameBits(js.results, expected);
  });

  it("draws each lane's counts as UnitResampler draws that resample", () => {
    const { labels, a } = predictions(rows, 6, 3);
    const units = binaryUnits(labels, [a]);
    const block = new BinaryResampleBlock(rows, units.multiplicity, units.views);
    const resampler = new UnitResampler(rows, units.multiplicity, undefined, "poisson");
    const expected = unitWeights(units.multiplicity.length);
    const actual = unitWeights(units.multiplicity.length);
    block.draw(9, 8);
    for (let l = 0; l < BINARY_BLOCK; l++) {
      resampler.fill(9, 8 + l, expected);
      block.laneCounts(l, actual);
      expect(actual.small).toEqual(expected.small);
    }
  });
});

describe("the kernel's functions equal their JavaScript references", () => {
  const kernel = () => {
    const { labels, a } = predictions(50, 1, undefined);
    const units = binaryUnits(labels, [a]);
    // the block's instance, for its exports and memory
    const block = new BinaryResampleBlock(50, units.multiplicity, units.views) as unknown as {
      kernel: {
        memory: { buffer: ArrayBuffer; grow(pages: number): number };
        draw(...args: number[]): void;
        gather(...args: number[]): void;
        cellSums(...args: number[]): void;
        pass(...args: number[]): void;
      };
    };
    const k = block.kernel;
    k.memory.grow(40);
    return k;
  };

  it("draw: Poisson(1) counts of four sfc32 streams, through the far tail", () => {
    const k = kernel();
    const bytes = new Uint8Array(k.memory.buffer);
    const base = 1 << 16;
    const u = uniform(3);
    const thresholds = new Uint32Array([2, 1e9, 2e9, 3e9, 4e9, 4.1e9, 4.2e9, 4.25e9, 4.29e9]);
    const setUp = (target: Uint8Array) => {
      for (let i = 0; i < 16; i++)
        new DataView(target.buffer).setInt32(base + 4 * i, Math.floor(u() * 2 ** 32) | 0, true);
      new DataView(target.buffer).setUint32(base + 64, thresholds.length, true);
      for (const [i, t] of thresholds.entries())
        new DataView(target.buffer).setUint32(base + 68 + 4 * i, t, true);
    };
    for (let round = 0; round < 3; round++) {
      setUp(bytes);
      const copy = bytes.slice(0, base + 70_000);
      k.draw(base, base + 64, base + 1024, 3, 3000);
      drawReference(copy, base, base + 64, base + 1024, 3, 3000);
      expect(bytes.subarray(base, base + 64)).toEqual(copy.subarray(base, base + 64)); // states
      expect(bytes.subarray(base + 1024, base + 1024 + 4 * 3000)).toEqual(
        copy.subarray(base + 1024, base + 1024 + 4 * 3000),
      );
    }
  });

  it("gather, cellSums and pass: the JavaScript pass's sums, bit for bit", () => {
    const k = kernel();
    const bytes = new Uint8Array(k.memory.buffer);
    const data = new DataView(k.memory.buffer);
    const u = uniform(4);
    const n = 3000;
    const [unitAt, counts, gathered, scores, losses, bits, ends, bins, out] = [
      1 << 16,
      1 << 17,
      1 << 18,
      1 << 19,
      5 << 17,
      3 << 18,
      7 << 17,
      1 << 20,
      9 << 17,
    ] as const;
    // positions in runs of ties, with segments; zero counts leave some segments empty; NaN scores last
    let segments = 0;
    let score = 1;
    for (let j = 0; j < n; j++) {
      data.setUint32(unitAt + 4 * j, (j * 7) % n, true);
      for (let l = 0; l < 4; l++) bytes[counts + 4 * j + l] = u() < 0.4 ? 0 : Math.floor(u() * 6);
      if (u() < 0.7) score -= u() / n;
      const nan = j >= n - 20;
      data.setFloat64(scores + 8 * j, nan ? Number.NaN : score, true);
      const label = u() < 0.3 ? 1 : 0;
      data.setFloat64(losses + 8 * j, nan ? Number.NaN : -Math.log(label ? score : 1 - score), true);
      const next = j + 1 < n && u() < 0.7;
      bytes[bits + j] = label | (next ? 2 : 0);
      if (j + 1 === n || j % 250 === 249 || j + 1 === n - 20) {
        bytes[bits + j] = label | 2;
        data.setUint32(ends + 4 * segments, j + 1, true);
        data.setInt8(bins + segments, j >= n - 20 ? -1 : segments % 10);
        segments++;
      }
    }
    const copy = bytes.slice(0, 3 << 19);
    k.gather(unitAt, counts, gathered, n);
    gatherReference(copy, unitAt, counts, gathered, n);
    expect(bytes.subarray(gathered, gathered + 4 * n)).toEqual(copy.subarray(gathered, gathered + 4 * n));
    for (const positive of [0, 3, segments]) {
      k.pass(scores, losses, bits, ends, bins, segments, positive, gathered, 0, out);
      passReference(copy, scores, losses, bits, ends, bins, segments, positive, gathered, 0, out);
      const actual = new Float64Array(k.memory.buffer, out, 36);
      const expected = new Float64Array(copy.buffer, out, 36);
      expectSameBits(Float64Array.from(actual), Float64Array.from(expected));
    }
    // cells: every 7th unit's counts summed into one of n/7 cells, runs of one cell included; then the pass
    // over u32 counts (sums past 255)
    const cells = Math.ceil(n / 7);
    const cellOfUnit = unitAt; // reused: cell of each unit
    for (let j = 0; j < n; j++) data.setUint32(cellOfUnit + 4 * j, j < 700 ? 5 : Math.floor(j / 7), true);
    for (let j = 0; j < 700; j++) bytes[counts + 4 * j] = 1;
    copy.set(bytes.subarray(0, 3 << 19));
    k.cellSums(cellOfUnit, counts, n, gathered, cells);
    cellSumsReference(copy, cellOfUnit, counts, n, gathered, cells);
    expect(bytes.subarray(gathered, gathered + 16 * cells)).toEqual(
      copy.subarray(gathered, gathered + 16 * cells),
    );
    expect(data.getUint32(gathered + 16 * 5, true)).toBeGreaterThan(255);
    const cellSegments = 3;
    for (let s = 0; s < cellSegments; s++) {
      data.setUint32(ends + 4 * s, Math.round(((s + 1) * cells) / cellSegments), true);
      data.setInt8(bins + s, s);
      const last = bits + Math.round(((s + 1) * cells) / cellSegments) - 1;
      bytes[last] = (bytes[last] as number) | 2;
    }
    copy.set(bytes.subarray(0, 3 << 19));
    k.pass(scores, losses, bits, ends, bins, cellSegments, 1, gathered, 1, out);
    passReference(copy, scores, losses, bits, ends, bins, cellSegments, 1, gathered, 1, out);
    expectSameBits(
      Float64Array.from(new Float64Array(k.memory.buffer, out, 36)),
      Float64Array.from(new Float64Array(copy.buffer, out, 36)),
    );
  });
});
