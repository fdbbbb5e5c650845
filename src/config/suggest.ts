/** Optimal-string-alignment distance: Levenshtein plus transposition of two adjacent characters. */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

// Action inputs are kebab-case and trainyard.yml is snake_case, so `test-fraction` means `test_fraction`.
const normalize = (key: string) => key.toLowerCase().replaceAll("-", "_");

/**
 * The known key that `key` most likely misspells: the closest by edit distance when it is close
 * enough to be a typo, else the only known key that starts or ends with it (`timeout` → `timeout_minutes`).
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const typed = normalize(key);
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(typed, normalize(candidate));
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  if (best && best.distance <= Math.max(1, Math.floor(Math.max(typed.length, best.key.length) / 3)))
    return best.key;
  if (typed.length < 4) return undefined;
  const partial = known.filter((candidate) => {
    const name = normalize(candidate);
    return name.startsWith(typed) || name.endsWith(typed);
  });
  return partial.length === 1 ? partial[0] : undefined;
}
