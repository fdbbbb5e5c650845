/** How many threads a table pass reads with: a module of its own, so that deciding loads no reader. */
import { availableParallelism } from "node:os";

/** Environment variable: threads reading a table's parts; 1 = never use workers, whatever the size. */
export const DATA_THREADS_ENV = "TRAINYARD_DATA_THREADS";

/**
 * Below this many bytes of input, one thread reads everything by default: a worker costs ~0.1–0.2 s to
 * start from a bundle (it evaluates the bundle's modules up to this one) and parts are 16 MiB, so smaller
 * inputs have at most a couple of parts to share. Measured: see bench/README.md.
 */
export const PARALLEL_MIN_BYTES = 24 * 1024 * 1024;

/**
 * {@link PARALLEL_MIN_BYTES} for input that is all Parquet: its bytes are compressed, so a part (16 MiB,
 * about 4 row groups of 65,536 rows × 20 columns) is ~3× a CSV part's rows, and a file under this size has
 * too few parts for a worker to pay off. Measured on a 2-vCPU machine (bench/validate.mjs data, 1M rows,
 * 73 MiB, 4 parts): 1 thread 1.33–1.40 s wall and 1.7–1.8 s CPU, 2 threads 1.48–1.55 s and 2.5–2.6 s; at
 * 5M rows (364 MiB) 2 threads are faster.
 */
export const PARQUET_PARALLEL_MIN_BYTES = 128 * 1024 * 1024;

/** Threads for a pass over `bytes` of input: `requested`, else TRAINYARD_DATA_THREADS, else
 * os.availableParallelism() from `minBytes` (default PARALLEL_MIN_BYTES) on and 1 below. */
export function dataThreads(bytes: number, requested?: number, minBytes = PARALLEL_MIN_BYTES): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  const fromEnv = Number(process.env[DATA_THREADS_ENV] ?? Number.NaN);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  return bytes >= minBytes ? availableParallelism() : 1;
}
