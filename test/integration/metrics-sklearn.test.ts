import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32, resampleCounts } from "../../src/stats/bootstrap.js";
import { binaryMetrics } from "../../src/stats/metrics/binary.js";
import {
  macroF1,
  multiclassAccuracy,
  multiclassLogLoss,
  weightedF1,
} from "../../src/stats/metrics/multiclass.js";
import { prepareBinary, preparedBinaryMetrics } from "../../src/stats/metrics/prepared-binary.js";
import { mae, mape, r2, rmse } from "../../src/stats/metrics/regression.js";
import { sortedOrder } from "../../src/stats/sort.js";
import { venvPython } from "../harness/test-servers.js";

// Compares trainyard's metrics with scikit-learn (pinned in test/servers/requirements.txt) on the
// same generated predictions. TRAINYARD_SKLEARN_PYTHON may point at another interpreter that has it.
const python = process.env.TRAINYARD_SKLEARN_PYTHON ?? venvPython();
const script = resolve("test/integration/metrics_reference.py");
// 1e-9 absolute, relative for values above 1: MAPE with a zero actual is ~|error| / 2.2e-16 ≈ 1e14,
// where float64 resolution alone is ~0.02 and summation order decides the last bits.
const TOLERANCE = 1e-9;

function uniform(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

function counts(n: number, seed: number): Float64Array {
  const weights = new Float64Array(n);
  resampleCounts(weights, mulberry32(seed));
  return weights;
}

function generateBinary(n: number) {
  const next = uniform(11);
  const scores = new Float64Array(n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // rounded to 2 decimals: about 100 distinct scores, so thousands of ties; exact 0, 0.5 and 1 occur
    const latent = Math.min(1, Math.max(0, 0.5 + 0.3 * normal(next)));
    scores[i] = Math.round(latent * 100) / 100;
    labels[i] = next() < 0.15 + 0.7 * latent ? 1 : 0;
  }
  return { scores, labels, weights: counts(n, 12) };
}

function generateMulticlass(n: number, k: number) {
  const next = uniform(21);
  const labels = new Int32Array(n);
  const probabilities = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const y = Math.floor(next() * k);
    labels[i] = y;
    const row = i * k;
    if (i % 50 === 0) {
      for (let j = 0; j < k; j++) probabilities[row + j] = 1 / k; // argmax tie
    } else if (i % 97 === 0) {
      probabilities[row + ((y + 1) % k)] = 1; // certain and wrong: clipped log loss
    } else {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const e = Math.exp(normal(next) + (j === y ? 1.2 : 0));
        probabilities[row + j] = e;
        sum += e;
      }
      for (let j = 0; j < k; j++) probabilities[row + j] = (probabilities[row + j] as number) / sum;
    }
  }
  return { labels, probabilities, k, weights: counts(n, 22) };
}

function generateRegression(n: number) {
  const next = uniform(31);
  const actual = new Float64Array(n);
  const predicted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    actual[i] = i % 200 === 0 ? 0 : 20 + 10 * normal(next); // zeros exercise MAPE's epsilon
    predicted[i] = (actual[i] as number) + 3 * normal(next) + 0.5;
  }
  return { actual, predicted, weights: counts(n, 32) };
}

describe("metrics agree with scikit-learn", () => {
  let dir = "";
  let reference: Record<string, number> = {};
  const binary = generateBinary(20_000);
  const multiclass = generateMulticlass(8_000, 4);
  const regression = generateRegression(8_000);

  beforeAll(async () => {
    if (!existsSync(python)) {
      throw new Error(`no Python at ${python}; set TRAINYARD_SKLEARN_PYTHON to one with scikit-learn==1.9.1`);
    }
    dir = await mkdtemp(join(tmpdir(), "trainyard-metrics-"));
    const input = join(dir, "in.json");
    const output = join(dir, "out.json");
    const plain = (o: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(o).map(([key, v]) => [key, ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v]),
      );
    await writeFile(
      input,
      JSON.stringify({ binary: plain(binary), multiclass: plain(multiclass), regression: plain(regression) }),
    );
    await promisify(execFile)(python, [script, input, output], { maxBuffer: 16 * 1024 * 1024 });
    reference = JSON.parse(await readFile(output, "utf8")) as Record<string, number>;
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function ours(weighted: boolean): Record<string, number> {
    const bw = weighted ? binary.weights : undefined;
    const mw = weighted ? multiclass.weights : undefined;
    const rw = weighted ? regression.weights : undefined;
    const b = binaryMetrics(binary.scores, binary.labels, bw, sortedOrder(binary.scores));
    expect(preparedBinaryMetrics(prepareBinary(binary.scores, binary.labels), bw)).toEqual(b);
    const { labels, probabilities } = multiclass;
    const { actual, predicted } = regression;
    return {
      "binary.accuracy": b.accuracy,
      "binary.precision": b.precision,
      "binary.recall": b.recall,
      "binary.f1": b.f1,
      "binary.roc_auc": b.roc_auc,
      "binary.pr_auc": b.pr_auc,
      "binary.log_loss": b.log_loss,
      "binary.brier": b.brier,
      "binary.ece": b.ece,
      "multiclass.accuracy": multiclassAccuracy(labels, probabilities, mw),
      "multiclass.macro_f1": macroF1(labels, probabilities, mw),
      "multiclass.weighted_f1": weightedF1(labels, probabilities, mw),
      "multiclass.log_loss": multiclassLogLoss(labels, probabilities, mw),
      "regression.rmse": rmse(actual, predicted, rw),
      "regression.mae": mae(actual, predicted, rw),
      "regression.r2": r2(actual, predicted, rw),
      "regression.mape": mape(actual, predicted, rw),
    };
  }

  it.each([false, true])("every metric within 1e-9 (sample weights: %s)", (weighted) => {
    expect(reference.sklearn_version).toBe("1.9.1");
    const values = ours(weighted);
    const diffs: Record<string, number> = {};
    for (const [name, value] of Object.entries(values)) {
      const key = weighted ? `${name}.weighted` : name;
      const expected = reference[key];
      expect(expected, key).toBeTypeOf("number");
      expect(Number.isFinite(value), key).toBe(true);
      diffs[key] = Math.abs(value - (expected as number)) / Math.max(1, Math.abs(expected as number));
    }
    if (process.env.TRAINYARD_METRICS_DIFFS) console.log(JSON.stringify(diffs));
    for (const [key, diff] of Object.entries(diffs)) expect(diff, key).toBeLessThanOrEqual(TOLERANCE);
  });
});
