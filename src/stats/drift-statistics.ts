import { cdfOfSorted, quantileOfSorted } from "./reservoir.js";

const FLOOR = 1e-4;

function psiTerm(reference: number, current: number): number {
  const r = Math.max(reference, FLOOR);
  const c = Math.max(current, FLOOR);
  return (c - r) * Math.log(c / r);
}

/**
 * Population stability index of numbers over the reference's quantile bins (deciles by default): each bin
 * holds ~1/bins of the reference; PSI sums (cur% − ref%)·ln(cur%/ref%), with a floor for empty bins.
 */
export function psiNumeric(
  referenceSorted: readonly number[],
  currentSorted: readonly number[],
  bins = 10,
): number {
  if (referenceSorted.length === 0 || currentSorted.length === 0) return 0;
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const edge = quantileOfSorted(referenceSorted, i / bins) as number;
    if (edges.length === 0 || edge > (edges[edges.length - 1] as number)) edges.push(edge);
  }
  let psi = 0;
  let previousRef = 0;
  let previousCur = 0;
  for (const edge of [...edges, Number.POSITIVE_INFINITY]) {
    const ref = cdfOfSorted(referenceSorted, edge);
    const cur = cdfOfSorted(currentSorted, edge);
    psi += psiTerm(ref - previousRef, cur - previousCur);
    previousRef = ref;
    previousCur = cur;
  }
  return psi;
}

/** PSI over categories; values the reference never saw are pooled into one "unseen" bucket. */
export function psiCategorical(reference: Record<string, number>, current: Record<string, number>): number {
  const refTotal = Object.values(reference).reduce((a, b) => a + b, 0);
  const curTotal = Object.values(current).reduce((a, b) => a + b, 0);
  if (refTotal === 0 || curTotal === 0) return 0;
  let psi = 0;
  for (const [value, count] of Object.entries(reference))
    psi += psiTerm(count / refTotal, (current[value] ?? 0) / curTotal);
  const unseen = Object.entries(current).reduce(
    (sum, [value, count]) => (value in reference ? sum : sum + count),
    0,
  );
  if (unseen > 0) psi += psiTerm(0, unseen / curTotal);
  return psi;
}

/** Two-sample Kolmogorov–Smirnov statistic: the largest gap between the two empirical CDFs. */
export function ksStatistic(aSorted: readonly number[], bSorted: readonly number[]): number {
  if (aSorted.length === 0 || bSorted.length === 0) return 0;
  let i = 0;
  let j = 0;
  let gap = 0;
  while (i < aSorted.length && j < bSorted.length) {
    const x = Math.min(aSorted[i] as number, bSorted[j] as number);
    while (i < aSorted.length && (aSorted[i] as number) <= x) i++;
    while (j < bSorted.length && (bSorted[j] as number) <= x) j++;
    gap = Math.max(gap, Math.abs(i / aSorted.length - j / bSorted.length));
  }
  return gap;
}
