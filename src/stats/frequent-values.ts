export type FrequentKey = string | number | boolean;

export interface ValueCount {
  value: FrequentKey;
  count: number;
}

/** The serialized state of {@link FrequentValues}: `values` is empty once the column is high-cardinality. */
export interface FrequentValuesJSON {
  cap: number;
  highCardinality: boolean;
  values: ValueCount[];
}

export const DEFAULT_DISTINCT_CAP = 100;

/** Orders numbers numerically, strings by code unit, and keys of different types by type name. */
export function compareKeys(a: FrequentKey, b: FrequentKey): number {
  const typeA = typeof a;
  const typeB = typeof b;
  if (typeA !== typeB) return typeA < typeB ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Exact counts of each distinct value while there are at most `cap` of them. The first value past the cap
 * marks the column high-cardinality and drops every count, so memory stays bounded by the cap.
 */
export class FrequentValues {
  private counts: Map<FrequentKey, number> | undefined = new Map();

  constructor(readonly cap = DEFAULT_DISTINCT_CAP) {
    if (!Number.isInteger(cap) || cap < 0) throw new RangeError(`cap must be a whole number, got ${cap}`);
  }

  get highCardinality(): boolean {
    return this.counts === undefined;
  }

  /** Distinct values seen, or undefined once past the cap. */
  get distinct(): number | undefined {
    return this.counts?.size;
  }

  add(value: FrequentKey, count = 1): void {
    const counts = this.counts;
    if (counts === undefined) return;
    const previous = counts.get(value);
    if (previous !== undefined) counts.set(value, previous + count);
    else if (counts.size < this.cap) counts.set(value, count);
    else this.counts = undefined;
  }

  /** The count of one value; undefined once past the cap. */
  count(value: FrequentKey): number | undefined {
    return this.counts === undefined ? undefined : (this.counts.get(value) ?? 0);
  }

  /** Values by descending count, ties in key order; undefined once past the cap. */
  entries(): ValueCount[] | undefined {
    if (this.counts === undefined) return undefined;
    return [...this.counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || compareKeys(a.value, b.value));
  }

  merge(other: FrequentValues): this {
    if (other.counts === undefined) this.counts = undefined;
    else for (const [value, count] of other.counts) this.add(value, count);
    return this;
  }

  toJSON(): FrequentValuesJSON {
    return { cap: this.cap, highCardinality: this.highCardinality, values: this.entries() ?? [] };
  }

  static fromJSON(json: FrequentValuesJSON): FrequentValues {
    const frequent = new FrequentValues(json.cap);
    if (json.highCardinality) frequent.counts = undefined;
    else {
      if (json.values.length > json.cap) throw new TypeError("frequent values: more values than the cap");
      for (const { value, count } of json.values) frequent.add(value, count);
    }
    return frequent;
  }
}
