import type { BatchLog, Metric } from "../ports.js";

/** What one `runs/log-batch` request may carry (MLflow's limits; the byte budget stays under its ~1 MB). */
export interface BatchLimits {
  metrics: number;
  params: number;
  tags: number;
  items: number;
  bytes: number;
}

export const MLFLOW_BATCH_LIMITS: BatchLimits = {
  metrics: 1000,
  params: 100,
  tags: 100,
  items: 1000,
  bytes: 900_000,
};

export interface WireMetric {
  key: string;
  /** JSON has no NaN or infinities; MLflow reads them from these strings. */
  value: number | "NaN" | "Infinity" | "-Infinity";
  timestamp: number;
  step: number;
}

export interface WireBatch {
  metrics: WireMetric[];
  params: { key: string; value: string }[];
  tags: { key: string; value: string }[];
}

// The JSON around the arrays: {"run_id":"<32 hex>","metrics":[],"params":[],"tags":[]}
const ENVELOPE_BYTES = 120;

export function toWireMetric(metric: Metric): WireMetric {
  const { value } = metric;
  const wire = Number.isNaN(value)
    ? "NaN"
    : value === Number.POSITIVE_INFINITY
      ? "Infinity"
      : value === Number.NEGATIVE_INFINITY
        ? "-Infinity"
        : value;
  return { key: metric.key, value: wire, timestamp: metric.timestamp, step: metric.step };
}

/**
 * Splits a batch into as few requests as the limits allow. Each request takes params and tags first (their
 * per-request limits are the tight ones) and fills the rest with metrics, so 2,000 metrics go in two
 * requests and 2,500 metrics with 150 params and 150 tags in three.
 */
export function splitBatch(batch: BatchLog, limits: BatchLimits = MLFLOW_BATCH_LIMITS): WireBatch[] {
  const params = Object.entries(batch.params ?? {}).map(([key, value]) => ({ key, value }));
  const tags = Object.entries(batch.tags ?? {}).map(([key, value]) => ({ key, value }));
  const metrics = (batch.metrics ?? []).map(toWireMetric);
  const size = (item: object) => Buffer.byteLength(JSON.stringify(item), "utf8") + 1;

  const chunks: WireBatch[] = [];
  let p = 0;
  let t = 0;
  let m = 0;
  while (p < params.length || t < tags.length || m < metrics.length) {
    const chunk: WireBatch = { metrics: [], params: [], tags: [] };
    let items = 0;
    let bytes = ENVELOPE_BYTES;
    const take = <T extends object>(source: T[], from: number, into: T[], max: number): number => {
      let next = from;
      while (next < source.length && into.length < max && items < limits.items) {
        const item = source[next] as T;
        const itemBytes = size(item);
        // An item too large for the byte budget on its own still goes, alone, and the server judges it.
        if (items > 0 && bytes + itemBytes > limits.bytes) break;
        into.push(item);
        bytes += itemBytes;
        items++;
        next++;
      }
      return next;
    };
    p = take(params, p, chunk.params, limits.params);
    t = take(tags, t, chunk.tags, limits.tags);
    m = take(metrics, m, chunk.metrics, limits.metrics);
    chunks.push(chunk);
  }
  return chunks;
}
