import { UserError } from "../../errors/user-error.js";
import { compositeKey } from "../../stats/fast-hash.js";
import { isTest } from "../../stats/hash-split.js";

export type SplitStrategy = "random" | "group" | "time";

export interface SplitSpec {
  strategy: SplitStrategy;
  testFraction: number;
  seed: number;
  /** group: the column whose value keeps an entity on one side. */
  key?: string;
  /** time: rows at or after `cutoff` go to test. */
  timeColumn?: string;
  cutoff?: string;
}

export type Side = "train" | "test";

function parseTime(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") {
    const time = Date.parse(value.trim());
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
}

export class SplitError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "SplitError";
  }
}

/**
 * Decides the side of each row, deterministically: `random` hashes the whole row with the seed (so identical
 * rows always land together), `group` hashes the key column (an entity stays on one side, across snapshots
 * too), `time` compares the time column with the cut-off.
 */
export function makeSplitter(spec: SplitSpec, columns: string[]): (row: unknown[], rowLabel: string) => Side {
  if (!(spec.testFraction > 0 && spec.testFraction < 1) && spec.strategy !== "time") {
    throw new SplitError(`split.test_fraction must be between 0 and 1, got ${spec.testFraction}`);
  }
  const columnIndex = (name: string | undefined, what: string) => {
    if (!name) throw new SplitError(`a ${spec.strategy} split needs ${what}`);
    const index = columns.indexOf(name);
    if (index < 0)
      throw new SplitError(`split column "${name}" is not in the data (columns: ${columns.join(", ")})`);
    return index;
  };
  switch (spec.strategy) {
    case "random":
      return (row) => (isTest(compositeKey(row), spec.seed, spec.testFraction) ? "test" : "train");
    case "group": {
      const index = columnIndex(spec.key, "split.key");
      return (row) => (isTest(String(row[index] ?? ""), spec.seed, spec.testFraction) ? "test" : "train");
    }
    case "time": {
      const index = columnIndex(spec.timeColumn, "split.time_column");
      const cutoff = parseTime(spec.cutoff);
      if (cutoff === undefined)
        throw new SplitError(`split.cutoff "${spec.cutoff ?? ""}" is not a date or time`);
      return (row, rowLabel) => {
        const time = parseTime(row[index]);
        if (time === undefined) {
          throw new SplitError(
            `${rowLabel}: "${spec.timeColumn}" value ${JSON.stringify(row[index])} is not a time`,
          );
        }
        return time < cutoff ? "train" : "test";
      };
    }
  }
}

/** Keeps rows whose time column is at or before the as-of time (point-in-time correctness). */
export function makeAsOfFilter(asOf: { time: string; column: string }, columns: string[]) {
  const index = columns.indexOf(asOf.column);
  if (index < 0)
    throw new SplitError(`as_of.column "${asOf.column}" is not in the data (columns: ${columns.join(", ")})`);
  const limit = parseTime(asOf.time);
  if (limit === undefined) throw new SplitError(`as_of.time "${asOf.time}" is not a date or time`);
  return (row: unknown[]): boolean => {
    const time = parseTime(row[index]);
    return time !== undefined && time <= limit;
  };
}
