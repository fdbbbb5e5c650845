import { isNull, parseTyped } from "../validation/parse-typed.js";
import { quantileOfSorted, Reservoir } from "./reservoir.js";

export type InferredType = "integer" | "number" | "boolean" | "timestamp" | "string" | "empty";

export type ColumnProfile = {
  name: string;
  type: InferredType;
  /** Non-null values. */
  count: number;
  nullCount: number;
  min?: number | string;
  max?: number | string;
  mean?: number;
  std?: number;
  quantiles?: Record<"p01" | "p05" | "p25" | "p50" | "p75" | "p95" | "p99", number>;
  /** A deterministic sorted sample of the numeric values, for drift against later snapshots. */
  sample?: number[];
  /** Counts of every value, for columns with at most MAX_TRACKED distinct values. */
  topValues?: { value: string; count: number }[];
  distinctCapped: boolean;
  minLength?: number;
  maxLength?: number;
};

const MAX_TRACKED = 50;
const QUANTILES = { p01: 0.01, p05: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95, p99: 0.99 } as const;

class ColumnProfiler {
  private nulls = 0;
  private count = 0;
  private canInteger = true;
  private canNumber = true;
  private canBoolean = true;
  private canTimestamp = true;
  private numbers = new Moments();
  private times = new Moments();
  private numberSample = new Reservoir();
  private timeSample = new Reservoir();
  private counts: Map<string, number> | undefined = new Map();
  private minLength = Number.POSITIVE_INFINITY;
  private maxLength = 0;

  constructor(readonly name: string) {}

  add(value: unknown): void {
    if (isNull(value)) {
      this.nulls++;
      return;
    }
    this.count++;
    const text = value instanceof Date ? value.toISOString() : String(value);
    if (text.length < this.minLength) this.minLength = text.length;
    if (text.length > this.maxLength) this.maxLength = text.length;
    if (this.counts) {
      const seen = this.counts.get(text);
      // A new key is copied so that it does not pin the reader's whole text chunk in memory.
      if (seen === undefined) this.counts.set(Buffer.from(text).toString(), 1);
      else this.counts.set(text, seen + 1);
      if (this.counts.size > MAX_TRACKED) this.counts = undefined;
    }
    if (this.canNumber) {
      const number = parseTyped("number", value);
      if (typeof number === "number") {
        this.numbers.add(number);
        this.numberSample.add(number);
        if (this.canInteger && !Number.isInteger(number)) this.canInteger = false;
      } else {
        this.canNumber = false;
        this.canInteger = false;
      }
    }
    if (
      this.canBoolean &&
      parseTyped("boolean", typeof value === "number" ? String(value) : value) === undefined
    )
      this.canBoolean = false;
    if (this.canTimestamp) {
      const time = parseTyped("timestamp", value);
      if (typeof time === "number") {
        this.times.add(time);
        this.timeSample.add(time);
      } else this.canTimestamp = false;
    }
  }

  private type(): InferredType {
    if (this.count === 0) return "empty";
    if (this.canBoolean && !this.canNumber) return "boolean";
    if (this.canInteger) return "integer";
    if (this.canNumber) return "number";
    if (this.canTimestamp) return "timestamp";
    return this.canBoolean ? "boolean" : "string";
  }

  profile(): ColumnProfile {
    const type = this.type();
    const profile: ColumnProfile = {
      name: this.name,
      type,
      count: this.count,
      nullCount: this.nulls,
      distinctCapped: this.counts === undefined,
    };
    if (type === "integer" || type === "number" || type === "timestamp") {
      const moments = type === "timestamp" ? this.times : this.numbers;
      const sample = (type === "timestamp" ? this.timeSample : this.numberSample).sorted();
      const show = (value: number) => (type === "timestamp" ? new Date(value).toISOString() : value);
      profile.min = show(moments.min);
      profile.max = show(moments.max);
      profile.mean = moments.mean;
      profile.std = moments.std();
      profile.quantiles = Object.fromEntries(
        Object.entries(QUANTILES).map(([key, q]) => [key, quantileOfSorted(sample, q) as number]),
      ) as ColumnProfile["quantiles"];
      profile.sample = sample;
    }
    if (type === "string") {
      profile.minLength = this.minLength;
      profile.maxLength = this.maxLength;
    }
    if (this.counts) {
      profile.topValues = [...this.counts.entries()]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    }
    return profile;
  }
}

/** Streaming count, mean and variance (Welford), with min and max. */
class Moments {
  n = 0;
  mean = 0;
  private m2 = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  add(x: number): void {
    this.n++;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  std(): number {
    return this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : 0;
  }
}

/** Profiles every column of a table in one pass over its rows, in memory that does not grow with the rows. */
export class TableProfiler {
  private readonly columns: ColumnProfiler[];

  constructor(names: string[]) {
    this.columns = names.map((name) => new ColumnProfiler(name));
  }

  observe(row: readonly unknown[]): void {
    for (let i = 0; i < this.columns.length; i++) (this.columns[i] as ColumnProfiler).add(row[i]);
  }

  profiles(): ColumnProfile[] {
    return this.columns.map((column) => column.profile());
  }
}
