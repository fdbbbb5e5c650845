/**
 * The resamples of `metric-set.ts`, computed in this thread or split across worker_threads.
 *
 * Every resample's counts come from its own sfc32 stream (seed, resample index) and its metrics only from
 * those counts, so resamples can be computed in any order, by any thread: each thread claims chunks of
 * resample indices from a shared counter and writes each resample's metrics to its own slots of a shared
 * array, which the caller then reads in resample order. The result is bit-identical for any number of
 * threads (the same code computes the same IEEE operations; nothing is summed across resamples here).
 *
 * The calling thread blocks (Atomics.wait) while it waits for the workers' last chunks, so the API stays
 * synchronous. It computes chunks itself from the start, so a worker that cannot start (e.g. this module
 * runs from TypeScript source under vitest) costs nothing: the caller just claims every chunk. A worker that
 * fails after claiming a chunk says so (or stops making progress), and the caller computes its chunks.
 *
 * The worker starts where src/workers/worker-entry.ts says: in an ncc bundle on the bundle's entry, which
 * then loads only this module (and what it imports); in a tsc build on this module's own file. Either way
 * this module sees its worker data at the end of its evaluation, does its work and ends the thread
 * (`process.exit` in a worker stops only that thread). So no separate worker file has to be bundled.
 *
 * This module imports no configuration (zod): a worker of a tsc build loads only the stats modules.
 */
import { availableParallelism } from "node:os";
import { isMainThread, Worker, workerData } from "node:worker_threads";
import { workerFile, workerModule } from "../workers/worker-entry.js";
import { BINARY_BLOCK, BinaryResampleBlock, warmUpBlock } from "./binary-resample-block.js";
import {
  type ResampleMethod,
  resampleMethod,
  UnitResampler,
  unitWeights,
  warmUpResampler,
  weightOf,
} from "./bootstrap.js";
import type { TaskPredictions } from "./metric-set.js";
import { binaryMetrics } from "./metrics/binary.js";
import { binaryViewMetrics } from "./metrics/binary-unit-metrics.js";
import { BINARY_METRIC_ORDER, type BinaryUnitView, binaryUnits } from "./metrics/binary-units.js";
import { macroF1, multiclassAccuracy, multiclassLogLoss, weightedF1 } from "./metrics/multiclass.js";
import { mae, mape, r2, rmse } from "./metrics/regression.js";

/** Metric values in METRICS_BY_TASK order. */
export function valuesInOrder(p: TaskPredictions, weights?: Float64Array, order?: Uint32Array): number[] {
  switch (p.task) {
    case "binary": {
      const m = binaryMetrics(p.scores, p.labels, weights, order);
      return [m.accuracy, m.precision, m.recall, m.f1, m.roc_auc, m.pr_auc, m.log_loss, m.brier, m.ece];
    }
    case "multiclass":
      return [
        multiclassAccuracy(p.labels, p.probabilities, weights),
        macroF1(p.labels, p.probabilities, weights),
        weightedF1(p.labels, p.probabilities, weights),
        multiclassLogLoss(p.labels, p.probabilities, weights),
      ];
    case "regression":
      return [
        rmse(p.actual, p.predicted, weights),
        mae(p.actual, p.predicted, weights),
        r2(p.actual, p.predicted, weights),
        mape(p.actual, p.predicted, weights),
      ];
  }
}

/**
 * What every resample computes, as plain data (numbers and typed arrays), so that a worker can receive it.
 * Binary: the units of binaryUnits (their rows, and each model's view). Multiclass and regression: one
 * unit per row, the models.
 */
export type ResampleJob =
  | {
      kind: "binary";
      rows: number;
      multiplicity: Float64Array;
      /** Only for multinomial resampling (grouped rows need it); Poisson draws per unit. */
      unitOfRow: Uint32Array | undefined;
      method: ResampleMethod;
      views: BinaryUnitView[];
    }
  | { kind: "rows"; rows: number; method: ResampleMethod; models: TaskPredictions[]; metrics: number };

export interface PreparedResamples {
  job: ResampleJob;
  /** Models evaluated per resample (1, or 2 when paired). */
  models: number;
  /** Metrics per model. */
  metrics: number;
  /**
   * Per model, the metrics on the rows themselves (every weight 1), as metricValues computes them. Binary:
   * computed on first use, which computeResamples makes while its workers start.
   */
  readonly estimates: number[][];
}

/** Units, views and estimates of one or two models' predictions of the same rows. */
export function prepareResamples(
  models: TaskPredictions[],
  method: ResampleMethod | undefined,
): PreparedResamples {
  const first = models[0] as TaskPredictions;
  if (first.task === "binary") {
    warmUp();
    const { labels } = first;
    const scoreSets = models.map((model) => (model as typeof first).scores);
    const units = binaryUnits(labels, scoreSets);
    const resolved = method ?? resampleMethod(units.rows);
    let estimates: number[][] | undefined;
    return {
      job: {
        kind: "binary",
        rows: units.rows,
        multiplicity: units.multiplicity,
        unitOfRow: resolved === "multinomial" ? units.unitOfRow : undefined,
        method: resolved,
        views: units.views,
      },
      models: models.length,
      metrics: BINARY_METRIC_ORDER.length,
      get estimates() {
        estimates ??= scoreSets.map((scores, m) =>
          valuesInOrder({ task: "binary", labels, scores }, undefined, units.orders[m]),
        );
        return estimates;
      },
    };
  }
  const estimates = models.map((model) => valuesInOrder(model));
  const rows = first.task === "regression" ? first.actual.length : first.labels.length;
  const metrics = (estimates[0] as number[]).length;
  return {
    job: { kind: "rows", rows, method: method ?? resampleMethod(rows), models, metrics },
    models: models.length,
    metrics,
    estimates,
  };
}

/** Computes resamples from..to−1 of a job, writing resample r's metrics of model m, metric i to
 * results[(r · models + m) · metrics + i]. */
interface Kernel {
  run(seed: number, from: number, to: number, results: Float64Array): void;
}

/** Resamples computed together by a job's kernel (chunks are multiples of it). */
function blockOf(job: ResampleJob): number {
  return job.kind === "binary" && job.method === "poisson" ? BINARY_BLOCK : 1;
}

function kernel(job: ResampleJob): Kernel {
  if (job.kind === "binary" && job.method === "poisson") {
    // four resamples at a time, WebAssembly SIMD (binary-resample-block.ts)
    const block = new BinaryResampleBlock(job.rows, job.multiplicity, job.views);
    return {
      run(seed, from, to, results) {
        for (let r = from; r < to; r += BINARY_BLOCK) block.run(seed, r, to, results);
      },
    };
  }
  const resampler =
    job.kind === "binary"
      ? new UnitResampler(job.rows, job.multiplicity, job.unitOfRow, job.method)
      : new UnitResampler(job.rows, undefined, undefined, job.method);
  const weights = unitWeights(resampler.units);
  const models = job.kind === "binary" ? job.views.length : job.models.length;
  let evaluate: (at: number, results: Float64Array) => void;
  if (job.kind === "binary") {
    const { views } = job;
    const inView = unitWeights(resampler.units); // weights in a later model's score order
    const raw = new Float64Array(BINARY_METRIC_ORDER.length);
    evaluate = (at, results) => {
      for (let m = 0; m < views.length; m++) {
        binaryViewMetrics(views[m] as BinaryUnitView, weights, inView, raw);
        results.set(raw, at + m * raw.length);
      }
    };
  } else {
    const rowWeights = new Float64Array(job.rows);
    evaluate = (at, results) => {
      for (let i = 0; i < job.rows; i++) rowWeights[i] = weightOf(weights, i);
      let offset = at;
      for (const model of job.models) {
        const values = valuesInOrder(model, rowWeights);
        results.set(values, offset);
        offset += values.length;
      }
    };
  }
  const metrics = job.kind === "binary" ? BINARY_METRIC_ORDER.length : job.metrics;
  return {
    run(seed, from, to, results) {
      for (let r = from; r < to; r++) {
        resampler.fill(seed, r, weights);
        evaluate(r * models * metrics, results);
      }
    },
  };
}

/**
 * V8 compiles a long loop while it runs (on-stack replacement) from the type feedback gathered so far.
 * In the first call on a large input that happens before the code after the loop, or a rare branch, has
 * ever run; the compiled loop then lacks feedback there and deoptimizes at that point in EVERY later call
 * (seen on Node 20: about 1 ms per call, and the binary pass ran 3× slower). Running the per-resample
 * functions on tiny inputs once per thread, every path included, gives all of their code feedback first.
 */
let warmedUp = false;

function warmUp(): void {
  if (warmedUp) return;
  warmedUp = true;
  warmUpResampler();
  const labels = Int32Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const scores = Float64Array.from({ length: 24 }, (_, i) => (i < 12 ? i / 12 : (i % 4) / 4));
  const coarse = Float64Array.from(scores, (s) => (s < 0.5 ? 0.25 : 0.75));
  // views of every kind: the first model's units, a second model's units, a second model's cells
  for (const other of [Float64Array.from(scores, (s) => 1 - s), coarse]) {
    const units = binaryUnits(labels, [scores, other]);
    // tied units 400× larger: counts of 255 and more, stored apart
    const multiplicity = Float64Array.from(units.multiplicity, (m) => (m > 1 ? 400 * m : m));
    const rows = multiplicity.reduce((sum, m) => sum + m, 0);
    const resampler = new UnitResampler(rows, multiplicity, undefined, "poisson");
    const weights = unitWeights(multiplicity.length);
    const inView = unitWeights(multiplicity.length);
    const out = new Float64Array(BINARY_METRIC_ORDER.length);
    for (let r = 0; r < 8; r++) {
      resampler.fill(r, r, weights);
      for (const view of units.views) binaryViewMetrics(view, weights, inView, out);
    }
    // blocks: with counts of 255 and more (the JavaScript pass), and without (the WebAssembly pass)
    warmUpBlock(units.views, multiplicity, rows);
    warmUpBlock(units.views, units.multiplicity, units.rows);
  }
}

// ---------------------------------------------------------------------------------------------------
// Threads

/**
 * From this much work on (units × models × resamples; ~8 ns each for binary metrics, so ~0.8 s in one
 * thread), resamples are split across threads by default. A worker takes ~0.1–0.2 s to start from a bundle
 * (it evaluates the bundle's modules up to this one): measured with the CLI bundle on 2 cores, 2 threads
 * saved 0.06 s at 5·10^7, 0.23 s at 10^8 and 0.6 s at 2·10^8.
 */
export const PARALLEL_MIN_WORK = 1e8;

/** Environment variable: the number of threads computing resamples (the calling one included); 1 = never
 * use workers. When set it applies whatever the size. */
export const THREADS_ENV = "TRAINYARD_BOOTSTRAP_WORKERS";

/** Threads for a job: `requested` (an option), else the environment variable, else
 * os.availableParallelism() from PARALLEL_MIN_WORK on and 1 below. */
export function bootstrapThreads(work: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  const fromEnv = Number(process.env[THREADS_ENV] ?? Number.NaN);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  return work >= PARALLEL_MIN_WORK ? availableParallelism() : 1;
}

/** How the last call of {@link computeResamples} split its work (for tests and benchmarks). */
export interface ResampleRun {
  /** Threads asked for (the calling one included). */
  threads: number;
  /** Workers started. */
  workers: number;
  chunks: number;
  /** Chunks the calling thread computed (all of them when no worker started in time). */
  chunksHere: number;
  /** Of those, chunks a worker had claimed but did not finish (it failed or stalled). */
  recomputed: number;
}

let lastRun: ResampleRun | undefined;

export function lastResampleRun(): ResampleRun | undefined {
  return lastRun;
}

/**
 * Resamples 0..resamples−1 of a prepared job: resample r's metric i of model m at
 * [(r · models + m) · metrics + i]. `threads` as {@link bootstrapThreads} gives it.
 */
export function computeResamples(
  prepared: PreparedResamples,
  seed: number,
  resamples: number,
  threads: number,
): Float64Array {
  const size = resamples * prepared.models * prepared.metrics;
  const units = prepared.job.kind === "binary" ? prepared.job.multiplicity.length : prepared.job.rows;
  // ~2·10^6 unit evaluations per chunk (2 resamples at 1M units, ~20 ms): cheap claims, little idle time
  // at the end
  // (a multiple of the kernel's block: a chunk of a binary Poisson job is whole blocks of 4 resamples)
  const block = blockOf(prepared.job);
  const perChunk = Math.max(1, Math.min(16, Math.round(2e6 / Math.max(1, units * prepared.models))));
  const chunk = Math.ceil(perChunk / block) * block;
  const chunks = Math.ceil(resamples / chunk);
  const workerCount = Math.max(0, Math.min(threads - 1, chunks - 1));
  if (workerCount === 0) {
    const results = new Float64Array(size);
    kernel(prepared.job).run(seed, 0, resamples, results);
    lastRun = { threads, workers: 0, chunks: 1, chunksHere: 1, recomputed: 0 };
    return results;
  }
  const results = new Float64Array(new SharedArrayBuffer(size * Float64Array.BYTES_PER_ELEMENT));
  const control = new Int32Array(new SharedArrayBuffer((STATE + chunks) * Int32Array.BYTES_PER_ELEMENT));
  const task: WorkerTask = {
    [WORKER_KEY]: true,
    job: shareArrays(prepared.job),
    seed,
    resamples,
    chunk,
    control,
    results,
  };
  const workers: Worker[] = [];
  for (let w = 0; w < workerCount; w++) {
    const worker = startWorker(task);
    if (worker !== undefined) workers.push(worker);
  }
  // the estimates (two models' metrics: ~0.2 s each at 1M rows) while the workers start
  void prepared.estimates;
  const here = kernel(prepared.job);
  try {
    const started = performance.now();
    const chunksHere = claimChunks(here, seed, resamples, chunk, control, results);
    const chunkMs = chunksHere > 0 ? (performance.now() - started) / chunksHere : 0;
    if (workers.length > 0) awaitChunks(control, chunks, Math.max(5000, 20 * chunkMs));
    // chunks a worker claimed but did not finish (it failed, or stalled): computed here
    let recomputed = 0;
    for (let c = 0; c < chunks; c++) {
      if (Atomics.load(control, STATE + c) !== 0) continue;
      here.run(seed, c * chunk, Math.min(resamples, (c + 1) * chunk), results);
      recomputed++;
    }
    lastRun = { threads, workers: workers.length, chunks, chunksHere: chunksHere + recomputed, recomputed };
  } finally {
    for (const worker of workers) worker.terminate().catch(() => undefined);
  }
  return results;
}

const WORKER_KEY = "trainyardBootstrapWorker";
/** control[NEXT]: the next unclaimed chunk; [DONE]: chunks finished; [FAILED]: workers that threw;
 * [STATE + c]: 1 once chunk c is finished. */
const NEXT = 0;
const DONE = 1;
const FAILED = 2;
const STATE = 3;

interface WorkerTask {
  [WORKER_KEY]: true;
  job: ResampleJob;
  seed: number;
  resamples: number;
  chunk: number;
  control: Int32Array;
  results: Float64Array;
}

function startWorker(task: WorkerTask): Worker | undefined {
  try {
    const worker = new Worker(workerFile(import.meta.url), {
      workerData: { ...task, ...workerModule("bootstrap") },
      // whatever a bundle's modules print while the worker evaluates them stays out of our output
      stdout: true,
      stderr: true,
    });
    worker.on("error", () => undefined); // e.g. the file cannot be loaded: the caller computes its share
    worker.unref();
    return worker;
  } catch {
    return undefined;
  }
}

/** Claims and computes chunks until none is left; returns how many it computed. */
function claimChunks(
  k: Kernel,
  seed: number,
  resamples: number,
  chunk: number,
  control: Int32Array,
  results: Float64Array,
): number {
  let computed = 0;
  for (;;) {
    const c = Atomics.add(control, NEXT, 1);
    const from = c * chunk;
    if (from >= resamples) return computed;
    k.run(seed, from, Math.min(resamples, from + chunk), results);
    Atomics.store(control, STATE + c, 1);
    Atomics.add(control, DONE, 1);
    Atomics.notify(control, DONE);
    computed++;
  }
}

/** Blocks until every chunk is finished, a worker failed, or no chunk finished for `stallMs`. */
function awaitChunks(control: Int32Array, chunks: number, stallMs: number): void {
  for (;;) {
    const done = Atomics.load(control, DONE);
    if (done >= chunks || Atomics.load(control, FAILED) > 0) return;
    if (Atomics.wait(control, DONE, done, stallMs) === "timed-out") return;
  }
}

/** A copy of `value` whose typed arrays live in SharedArrayBuffers: every worker reads the same memory
 * instead of receiving its own copy. */
function shareArrays<T>(value: T): T {
  if (ArrayBuffer.isView(value)) {
    const array = value as unknown as Uint8Array;
    const Type = array.constructor as new (buffer: SharedArrayBuffer) => Uint8Array;
    const copy = new Type(new SharedArrayBuffer(array.byteLength));
    copy.set(array);
    return copy as unknown as T;
  }
  if (Array.isArray(value)) return value.map(shareArrays) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shareArrays(item)])) as T;
  return value;
}

function isWorkerTask(data: unknown): data is WorkerTask {
  return typeof data === "object" && data !== null && (data as Record<string, unknown>)[WORKER_KEY] === true;
}

function runWorker(task: WorkerTask): void {
  try {
    if (task.job.kind === "binary") warmUp();
    claimChunks(kernel(task.job), task.seed, task.resamples, task.chunk, task.control, task.results);
  } catch {
    Atomics.add(task.control, FAILED, 1);
    Atomics.notify(task.control, DONE);
  }
}

// A worker started by computeResamples: compute, then end this thread before anything else in the file
// (in a bundle: the entry point) runs.
if (!isMainThread && isWorkerTask(workerData)) {
  runWorker(workerData);
  process.exit(0);
}
