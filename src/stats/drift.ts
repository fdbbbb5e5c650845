import type { ColumnProfile } from "./column-profile.js";
import type { FrequentKey } from "./frequent-values.js";
import { QuantileSketch, type QuantileSketchJSON } from "./quantile-sketch.js";

/** Proportions below this count as this, so an empty bin gives a large but finite PSI term. */
export const PSI_FLOOR = 1e-4;

/** A numeric distribution: a sketch, its JSON, or a column profile that carries one. */
export type SketchSource = QuantileSketch | QuantileSketchJSON | ColumnProfile;

/** Category counts: an object, a Map, or a profile's `topValues`. Keys compare as text. */
export type CategoryCounts =
  | Readonly<Record<string, number>>
  | ReadonlyMap<FrequentKey, number>
  | readonly { value: FrequentKey; count: number }[];

function toSketch(source: SketchSource): QuantileSketch {
  if (source instanceof QuantileSketch) return source;
  if ("levels" in source) return QuantileSketch.fromJSON(source);
  if (!source.sketch) throw new TypeError(`column ${source.name} (${source.type}) has no quantile sketch`);
  return QuantileSketch.fromJSON(source.sketch);
}

function psiTerm(reference: number, current: number): number {
  const r = Math.max(reference, PSI_FLOOR);
  const c = Math.max(current, PSI_FLOOR);
  return (c - r) * Math.log(c / r);
}

/**
 * Population stability index of numbers, Σ (cur% − ref%)·ln(cur%/ref%), over the reference's quantile bins
 * (deciles by default; bins that tie in the reference merge, so discrete data gets fewer). Both sides'
 * shares come from their sketches' CDFs at the bin edges. NaN when either side has no values.
 */
export function psiNumeric(reference: SketchSource, current: SketchSource, bins = 10): number {
  if (!Number.isInteger(bins) || bins < 2)
    throw new RangeError(`bins must be a whole number ≥ 2, got ${bins}`);
  const ref = toSketch(reference);
  const cur = toSketch(current);
  if (ref.count === 0 || cur.count === 0) return Number.NaN;
  let psi = 0;
  let refBelow = 0;
  let curBelow = 0;
  let previousEdge = Number.NEGATIVE_INFINITY;
  for (let i = 1; i <= bins; i++) {
    const edge = i === bins ? Number.POSITIVE_INFINITY : ref.quantile(i / bins);
    if (edge <= previousEdge) continue;
    previousEdge = edge;
    const refAt = i === bins ? 1 : ref.cdf(edge);
    const curAt = i === bins ? 1 : cur.cdf(edge);
    psi += psiTerm(refAt - refBelow, curAt - curBelow);
    refBelow = refAt;
    curBelow = curAt;
  }
  return psi;
}

function totals(counts: CategoryCounts): Map<string, number> {
  const result = new Map<string, number>();
  const entries: Iterable<readonly [FrequentKey, number]> = Array.isArray(counts)
    ? (counts as readonly { value: FrequentKey; count: number }[]).map(
        ({ value, count }) => [value, count] as const,
      )
    : counts instanceof Map
      ? counts
      : Object.entries(counts);
  for (const [value, count] of entries) {
    const key = String(value);
    result.set(key, (result.get(key) ?? 0) + count);
  }
  return result;
}

/**
 * PSI over categories. Values the reference never saw are pooled into one "unseen" bucket whose reference
 * share is the floor, so new categories raise the index instead of vanishing. NaN when either side is empty.
 */
export function psiCategorical(reference: CategoryCounts, current: CategoryCounts): number {
  const ref = totals(reference);
  const cur = totals(current);
  let refTotal = 0;
  let curTotal = 0;
  for (const count of ref.values()) refTotal += count;
  for (const count of cur.values()) curTotal += count;
  if (refTotal === 0 || curTotal === 0) return Number.NaN;
  let psi = 0;
  for (const [value, count] of ref) psi += psiTerm(count / refTotal, (cur.get(value) ?? 0) / curTotal);
  let unseen = 0;
  for (const [value, count] of cur) if (!ref.has(value)) unseen += count;
  if (unseen > 0) psi += psiTerm(0, unseen / curTotal);
  return psi;
}

/**
 * Two-sample Kolmogorov–Smirnov statistic, max |F_ref(x) − F_cur(x)|, with both CDFs from the sketches and
 * x running over every item either sketch holds (where the step functions jump). Each sketch's rank error
 * adds to the result's, so it is within about 2ε of the exact statistic. NaN when either side is empty.
 */
export function ksStatistic(reference: SketchSource, current: SketchSource): number {
  const ref = toSketch(reference);
  const cur = toSketch(current);
  if (ref.count === 0 || cur.count === 0) return Number.NaN;
  const a = ref.sortedView();
  const b = cur.sortedView();
  const aLength = a.values.length;
  const bLength = b.values.length;
  let i = 0;
  let j = 0;
  let gap = 0;
  while (i < aLength || j < bLength) {
    const x = Math.min(
      i < aLength ? (a.values[i] as number) : Number.POSITIVE_INFINITY,
      j < bLength ? (b.values[j] as number) : Number.POSITIVE_INFINITY,
    );
    while (i < aLength && (a.values[i] as number) <= x) i++;
    while (j < bLength && (b.values[j] as number) <= x) j++;
    const fa = i === 0 ? 0 : (a.cumulative[i - 1] as number) / a.total;
    const fb = j === 0 ? 0 : (b.cumulative[j - 1] as number) / b.total;
    const difference = Math.abs(fa - fb);
    if (difference > gap) gap = difference;
  }
  return gap;
}
