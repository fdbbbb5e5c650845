import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bootstrapThreads,
  lastResampleRun,
  PARALLEL_MIN_WORK,
  THREADS_ENV,
} from "../../../src/stats/bootstrap-workers.js";
import * as source from "../../../src/stats/metric-set.js";
import { tieGroups } from "../../../src/stats/metrics/binary-units.js";
import { normal, uniform } from "./random.js";

type MetricSet = typeof source;
type Workers = typeof import("../../../src/stats/bootstrap-workers.js");
type Binary = Extract<source.TaskPredictions, { task: "binary" }>;

/** Exact (untied) binormal scores, 30 % positives; the champion's latent score is blurred with noise. */
function predictions(n: number, seed: number): { challenger: Binary; champion: Binary } {
  const u = uniform(seed);
  const z = normal(seed + 1);
  const noise = normal(seed + 2);
  const labels = new Int32Array(n);
  const scores = new Float64Array(n);
  const championScores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = u() < 0.3 ? 1 : 0;
    const latent = z() + 1.2 * y;
    labels[i] = y;
    scores[i] = 1 / (1 + Math.exp(-latent));
    championScores[i] = 1 / (1 + Math.exp(-(latent + 0.6 * noise())));
  }
  return {
    challenger: { task: "binary", labels, scores },
    champion: { task: "binary", labels, scores: championScores },
  };
}

/** Every number of a result, for a bit-exact comparison (toEqual treats 0 and −0, and NaNs, loosely). */
function numbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(numbers);
  return [];
}

function expectIdentical(a: unknown, b: unknown): void {
  expect(b).toEqual(a);
  const x = numbers(a);
  const y = numbers(b);
  expect(y.length).toBe(x.length);
  expect(y.every((v, i) => Object.is(v, x[i]))).toBe(true);
}

/**
 * Workers run this module's compiled JavaScript (Node cannot load the TypeScript sources vitest runs), so
 * these tests compile metric-set.ts and the modules it imports with tsc's transpiler into a temporary
 * folder and use that copy, whose workers do start.
 */
let workDir = "";
let compiled: MetricSet;
let compiledWorkers: Workers;
/** A copy whose workers throw in their first chunk. */
let failing: MetricSet;
let failingWorkers: Workers;

async function transpile(entry: string, root: string, out: string, seen = new Set<string>()): Promise<void> {
  if (seen.has(entry)) return;
  seen.add(entry);
  const text = await readFile(entry, "utf8");
  const js = ts.transpileModule(text, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
    fileName: entry,
  }).outputText;
  const target = join(out, entry.slice(root.length)).replace(/\.ts$/, ".js");
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, js);
  for (const [, specifier] of text.matchAll(/from "(\.\.?\/[^"]+)\.js"/g))
    await transpile(resolve(dirname(entry), `${specifier}.ts`), root, out, seen);
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "bootstrap-workers-"));
  const root = resolve("src");
  await transpile(join(root, "stats", "metric-set.ts"), root, join(workDir, "src"));
  await writeFile(join(workDir, "package.json"), '{ "type": "module" }\n');
  await symlink(resolve("node_modules"), join(workDir, "node_modules"), "dir"); // zod, for the config
  compiled = await import(pathToFileURL(join(workDir, "src", "stats", "metric-set.js")).href);
  compiledWorkers = await import(pathToFileURL(join(workDir, "src", "stats", "bootstrap-workers.js")).href);

  await cp(join(workDir, "src"), join(workDir, "failing"), { recursive: true });
  const file = join(workDir, "failing", "stats", "bootstrap-workers.js");
  const text = await readFile(file, "utf8");
  const patched = text.replace(
    "const k = kernel(task.job);",
    'const k = { run() { throw new Error("injected"); } };',
  );
  expect(patched).not.toBe(text);
  await writeFile(file, patched);
  failing = await import(pathToFileURL(join(workDir, "failing", "stats", "metric-set.js")).href);
  failingWorkers = await import(pathToFileURL(file).href);
}, 60_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const options = (threads: number) => ({ resamples: 160, confidence: 0.95, seed: 7, threads });

describe("bootstrap resamples across worker threads", () => {
  // 200,000 untied rows: Poisson resampling, one unit per row; ~0.2 s per model in one thread
  const { challenger, champion } = predictions(200_000, 3);

  it("binary single: the intervals with 2 and 3 threads equal those of one thread, bit for bit", () => {
    const single = compiled.bootstrapMetrics(challenger, options(1));
    expect(compiledWorkers.lastResampleRun()?.workers).toBe(0);
    for (const threads of [2, 3]) {
      const parallel = compiled.bootstrapMetrics(challenger, options(threads));
      const run = compiledWorkers.lastResampleRun();
      expect(run?.workers).toBe(threads - 1);
      // the workers computed part of the resamples
      expect(run?.chunksHere).toBeLessThan(run?.chunks as number);
      expectIdentical(single, parallel);
    }
    // and the TypeScript sources compute the same
    expectIdentical(single, source.bootstrapMetrics(challenger, options(1)));
  });

  it("binary paired: challenger, champion and delta intervals with 2 threads equal one thread's", () => {
    const single = compiled.pairedBootstrapMetrics(challenger, champion, options(1));
    const parallel = compiled.pairedBootstrapMetrics(challenger, champion, options(2));
    const run = compiledWorkers.lastResampleRun();
    expect(run?.workers).toBe(1);
    expect(run?.chunksHere).toBeLessThan(run?.chunks as number);
    expectIdentical(single, parallel);
    expectIdentical(single, source.pairedBootstrapMetrics(challenger, champion, options(1)));
  });

  it("paired, multinomial draws and a tied champion (its cells): 2 threads equal one", () => {
    const rows = Uint32Array.from({ length: 100_000 }, (_, i) => i);
    const fine = compiled.subsetPredictions(challenger, rows) as Binary;
    const coarse: Binary = {
      task: "binary",
      labels: fine.labels,
      scores: Float64Array.from(rows, (r) => Math.round((champion.scores[r] as number) * 20) / 20),
    };
    const multinomial = (threads: number) => ({ ...options(threads), method: "multinomial" as const });
    const single = compiled.pairedBootstrapMetrics(fine, coarse, multinomial(1));
    const parallel = compiled.pairedBootstrapMetrics(fine, coarse, multinomial(2));
    const run = compiledWorkers.lastResampleRun();
    expect(run?.workers).toBe(1);
    expect(run?.chunksHere).toBeLessThan(run?.chunks as number);
    expectIdentical(single, parallel);
  });

  it("regression and multiclass (one unit per row): 2 threads equal one", () => {
    const n = 60_000;
    const z = normal(9);
    const u = uniform(10);
    const actual = Float64Array.from({ length: n }, () => 10 + z());
    const regression = (noise: number): source.TaskPredictions => ({
      task: "regression",
      actual,
      predicted: Float64Array.from(actual, (a) => a + noise * z()),
    });
    const labels = Int32Array.from({ length: n }, () => Math.floor(u() * 3));
    const probabilities = new Float64Array(3 * n);
    for (let i = 0; i < n; i++) {
      const p = [u(), u(), u()];
      p[labels[i] as number] = (p[labels[i] as number] as number) + 1;
      const sum = (p[0] as number) + (p[1] as number) + (p[2] as number);
      for (let k = 0; k < 3; k++) probabilities[3 * i + k] = (p[k] as number) / sum;
    }
    const multiclass: source.TaskPredictions = { task: "multiclass", labels, probabilities, classes: 3 };
    const few = (threads: number) => ({ ...options(threads), resamples: 60 });
    const [a, b] = [regression(0.5), regression(0.8)];
    expectIdentical(
      compiled.pairedBootstrapMetrics(a, b, few(1)),
      compiled.pairedBootstrapMetrics(a, b, few(2)),
    );
    expect(compiledWorkers.lastResampleRun()?.workers).toBe(1);
    expectIdentical(
      compiled.bootstrapMetrics(multiclass, few(1)),
      compiled.bootstrapMetrics(multiclass, few(2)),
    );
    const run = compiledWorkers.lastResampleRun();
    expect(run?.workers).toBe(1);
    expect(run?.chunksHere).toBeLessThan(run?.chunks as number);
  });

  it("a worker that fails in a chunk it claimed: the calling thread computes that chunk", () => {
    const single = compiled.pairedBootstrapMetrics(challenger, champion, options(1));
    const parallel = failing.pairedBootstrapMetrics(challenger, champion, options(2));
    const run = failingWorkers.lastResampleRun();
    expect(run?.workers).toBe(1);
    expect(run?.chunksHere).toBe(run?.chunks);
    expect(run?.recomputed).toBe(1); // the worker's chunk: it stops at its first failure
    expectIdentical(single, parallel);
  });

  it("workers started before the preparation: the second model's tie groups from a worker equal those computed here", () => {
    const { champion: model } = predictions(50_000, 9);
    const tied = Float64Array.from(model.scores, (s, i) => (i % 3 === 0 ? Math.round(s * 100) / 100 : s));
    tied[7] = Number.NaN;
    tied[8] = -0;
    tied[9] = 0;
    const expected = tieGroups(tied);
    const workers = new compiledWorkers.ResampleWorkers(1, true, tied);
    try {
      // wait (bounded) until the worker has claimed them, so that this takes the worker's
      const control = workers.control;
      for (let i = 0; i < 200 && Atomics.load(control, 4) === 0; i++) Atomics.wait(control, 4, 0, 50);
      const groups = workers.tieGroupsOf(1, tied);
      expect(workers.tieGroupsByWorker).toBe(true);
      expect(groups.order).toEqual(expected.order);
      expect(groups.group).toEqual(expected.group);
      expectIdentical(Array.from(expected.score), Array.from(groups.score));
      // the first model's are always computed here
      workers.tieGroupsOf(0, model.scores);
    } finally {
      workers.end();
    }
  });

  it("TRAINYARD_BOOTSTRAP_WORKERS forces the threads on a small input", () => {
    const small = compiled.subsetPredictions(
      challenger,
      Uint32Array.from({ length: 500 }, (_, i) => i),
    );
    const before = process.env[THREADS_ENV];
    try {
      process.env[THREADS_ENV] = "1";
      const single = compiled.bootstrapMetrics(small, { resamples: 100, confidence: 0.9, seed: 1 });
      expect(compiledWorkers.lastResampleRun()?.workers).toBe(0);
      process.env[THREADS_ENV] = "2";
      const parallel = compiled.bootstrapMetrics(small, { resamples: 100, confidence: 0.9, seed: 1 });
      expect(compiledWorkers.lastResampleRun()?.workers).toBe(1);
      expectIdentical(single, parallel);
    } finally {
      if (before === undefined) delete process.env[THREADS_ENV];
      else process.env[THREADS_ENV] = before;
    }
  });
});

describe("bootstrap threads", () => {
  it("uses workers only from PARALLEL_MIN_WORK on, unless the option or the variable says otherwise", () => {
    const before = process.env[THREADS_ENV];
    try {
      delete process.env[THREADS_ENV];
      expect(bootstrapThreads(PARALLEL_MIN_WORK - 1)).toBe(1);
      expect(bootstrapThreads(PARALLEL_MIN_WORK)).toBeGreaterThanOrEqual(1);
      expect(bootstrapThreads(10, 3)).toBe(3);
      process.env[THREADS_ENV] = "4";
      expect(bootstrapThreads(10)).toBe(4);
      expect(bootstrapThreads(10, 2)).toBe(2);
      process.env[THREADS_ENV] = "1";
      expect(bootstrapThreads(10 * PARALLEL_MIN_WORK)).toBe(1);
      process.env[THREADS_ENV] = "many"; // not a number: as if unset
      expect(bootstrapThreads(10)).toBe(1);
    } finally {
      if (before === undefined) delete process.env[THREADS_ENV];
      else process.env[THREADS_ENV] = before;
    }
  });

  it("without a worker that can start (the TypeScript sources), computes every resample itself", () => {
    const { challenger, champion } = predictions(2000, 5);
    const single = source.pairedBootstrapMetrics(challenger, champion, { ...options(1), resamples: 200 });
    const parallel = source.pairedBootstrapMetrics(challenger, champion, { ...options(2), resamples: 200 });
    const run = lastResampleRun();
    expect(run?.workers).toBe(1);
    expect(run?.chunksHere).toBe(run?.chunks);
    expectIdentical(single, parallel);
  });

  it("rejects a thread count that is not a whole number ≥ 1", () => {
    const { challenger } = predictions(50, 1);
    expect(() => source.bootstrapMetrics(challenger, options(0))).toThrow(RangeError);
    expect(() => source.bootstrapMetrics(challenger, options(1.5))).toThrow(RangeError);
  });
});
