import { UserError } from "../../errors/user-error.js";
import { labelText } from "./task-labels.js";

export interface SliceRows {
  column: string;
  /** The category, or a quantile bucket like "[18, 31)"; "(missing)" for nulls. */
  value: string;
  rows: Uint32Array;
}

const MAX_CATEGORIES = 50;
const MISSING = "(missing)";

function formatBound(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

function group(column: string, keys: (string | undefined)[]): SliceRows[] {
  const byValue = new Map<string, number[]>();
  keys.forEach((key, row) => {
    const name = key ?? MISSING;
    const list = byValue.get(name);
    if (list) list.push(row);
    else byValue.set(name, [row]);
  });
  return [...byValue.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, rows]) => ({ column, value, rows: Uint32Array.from(rows) }));
}

/** Edges that cut sorted values into about `buckets` groups of equal size (duplicates collapse). */
export function quantileEdges(sorted: number[], buckets: number): number[] {
  const edges: number[] = [];
  for (let b = 1; b < buckets; b++) {
    const edge = sorted[Math.floor((b * sorted.length) / buckets)] as number;
    if (edge !== undefined && edge !== edges[edges.length - 1] && edge !== sorted[0]) edges.push(edge);
  }
  return edges;
}

/**
 * The rows of each slice of a column: one slice per value for categories (and for numbers with few
 * distinct values), quartile buckets `[low, high)` for other numbers.
 */
export function sliceRows(column: string, values: unknown[], buckets = 4): SliceRows[] {
  const texts = values.map(labelText);
  const distinct = new Set(texts.filter((text) => text !== undefined));
  const numbers = texts.map((text) => (text === undefined ? Number.NaN : Number(text)));
  const numeric = [...distinct].every((text) => Number.isFinite(Number(text)));
  if (!numeric || distinct.size <= Math.max(buckets, 10)) {
    if (distinct.size > MAX_CATEGORIES) {
      throw new UserError(
        `slice column "${column}" has ${distinct.size} distinct values (at most ${MAX_CATEGORIES} make readable slices); slice by a coarser column`,
      );
    }
    return group(column, texts);
  }
  const sorted = numbers.filter(Number.isFinite).sort((a, b) => a - b);
  const edges = quantileEdges(sorted, buckets);
  const low = sorted[0] as number;
  const high = sorted[sorted.length - 1] as number;
  const bounds = [low, ...edges];
  const labels = bounds.map((start, i) =>
    i < edges.length
      ? `[${formatBound(start)}, ${formatBound(edges[i] as number)})`
      : `[${formatBound(start)}, ${formatBound(high)}]`,
  );
  const keys = numbers.map((value) => {
    if (!Number.isFinite(value)) return undefined;
    let bucket = 0;
    while (bucket < edges.length && value >= (edges[bucket] as number)) bucket++;
    return labels[bucket];
  });
  const slices = group(column, keys);
  // Bucket order, not text order: "[5, 10)" before "[10, 20)".
  const order = new Map(labels.map((label, i) => [label, i]));
  return slices.sort((a, b) => (order.get(a.value) ?? labels.length) - (order.get(b.value) ?? labels.length));
}
