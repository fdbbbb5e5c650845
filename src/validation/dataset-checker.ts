import type { CsvTokenizer } from "../data/csv-tokenizer.js";
import { type CheckResult, formatValue, MAX_SAMPLES, type OffendingValue } from "./check-result.js";
import { round } from "./column-checker.js";
import { describeRecord, isAbsent, KeyRecords, type KeyRecordsJSON, KeySet } from "./key-set.js";
import { isNull } from "./parse-typed.js";
import type { ValidationRules } from "./rules.js";

export type SplitRole = "train" | "test" | "data";

interface UniqueState {
  columns: string[];
  indexes: number[];
  seen: KeySet;
  duplicates: number;
  samples: OffendingValue[];
}

/** What {@link DatasetPartial} saw in a run of rows of one file, to merge with {@link DatasetChecker.merge}. */
export interface DatasetPartialJSON {
  rows: number;
  /** Label counts in order of first appearance. */
  labels: [string, number][];
  /** One per `unique` rule whose columns exist, in rule order: the key of every row. */
  unique: KeyRecordsJSON[];
  /** train and test files under a leakage rule: every whole row, and the leakage key (absent when null). */
  leakRows?: KeyRecordsJSON;
  leakKeys?: KeyRecordsJSON;
}

function uniqueIndexes(
  rules: ValidationRules,
  columns: string[],
): { columns: string[]; indexes: number[] }[] {
  const found: { columns: string[]; indexes: number[] }[] = [];
  for (const keyColumns of rules.unique ?? []) {
    const indexes = keyColumns.map((column) => columns.indexOf(column));
    if (indexes.every((index) => index >= 0)) found.push({ columns: keyColumns, indexes });
  }
  return found;
}

/**
 * The row-spanning work on one run of rows (a part of a file, possibly in a worker thread): the keys of
 * `unique` and `leakage` as canonical records with their hashes (see key-set.ts), and the label counts.
 * It decides nothing: {@link DatasetChecker.merge} inserts the records in row order.
 */
export class DatasetPartial {
  private rows = 0;
  private readonly unique: KeyRecords[];
  private readonly labelIndex: number;
  private readonly labelCounts = new Map<string, number>();
  private readonly leakIndex: number;
  private readonly leakRows: KeyRecords | undefined;
  private readonly leakKeys: KeyRecords | undefined;

  constructor(rules: ValidationRules, columns: string[], role: SplitRole) {
    this.unique = uniqueIndexes(rules, columns).map(({ indexes }) => new KeyRecords(indexes));
    this.labelIndex = rules.label ? columns.indexOf(rules.label.column) : -1;
    this.leakIndex = rules.leakage?.key ? columns.indexOf(rules.leakage.key) : -1;
    const leak = Boolean(rules.leakage) && role !== "data";
    this.leakRows = leak ? new KeyRecords() : undefined;
    this.leakKeys = leak && this.leakIndex >= 0 ? new KeyRecords([this.leakIndex]) : undefined;
  }

  /** The columns `observe` reads, or undefined when it reads the whole row (leakage rows). */
  columnsRead(): number[] | undefined {
    if (this.leakRows) return undefined;
    const read = new Set<number>();
    for (const records of this.unique) for (const index of records.indexes ?? []) read.add(index);
    if (this.labelIndex >= 0) read.add(this.labelIndex);
    if (this.leakIndex >= 0) read.add(this.leakIndex);
    return [...read].sort((a, b) => a - b);
  }

  observe(row: unknown[]): void {
    this.rows++;
    for (let i = 0; i < this.unique.length; i++) (this.unique[i] as KeyRecords).add(row);
    this.observeLabelAndLeakage(row);
  }

  /**
   * `observe` of `count` rows where the row-spanning work reads only `unique` keys of one column each, and
   * `numberColumn(index)` gives each such column's values (row r: numbers[at[r]], or numbers[r] when `at` is
   * undefined; null where at[r] < 0): the keys are written straight from the typed arrays
   * (KeyRecords.addNumbers). Returns false, having observed nothing, when that does not hold: then each row
   * goes to `observe`.
   */
  observeNumberKeys(
    count: number,
    numberColumn: (index: number) => { numbers: Float64Array; at: Int32Array | undefined } | undefined,
  ): boolean {
    if (this.labelIndex >= 0 || this.leakRows) return false;
    const columns: { numbers: Float64Array; at: Int32Array | undefined }[] = [];
    for (const records of this.unique) {
      const index = records.indexes?.length === 1 ? records.indexes[0] : undefined;
      const column = index === undefined ? undefined : numberColumn(index);
      if (!column) return false;
      columns.push(column);
    }
    this.rows += count;
    this.unique.forEach((records, i) => {
      const column = columns[i] as { numbers: Float64Array; at: Int32Array | undefined };
      records.addNumbers(column.numbers, column.at, count);
    });
    return true;
  }

  /**
   * `observe` of a CSV record whose fields are `tokenizer.text(record, field)`: the `unique` keys are written
   * from the bytes (KeyRecords.addCsv); the label and leakage columns become strings in `row` (a scratch row
   * of the table's width).
   */
  observeCsv(tokenizer: CsvTokenizer, record: number, row: unknown[]): void {
    this.rows++;
    for (let i = 0; i < this.unique.length; i++) (this.unique[i] as KeyRecords).addCsv(tokenizer, record);
    if (this.labelIndex < 0 && !this.leakRows) return;
    if (this.leakRows) for (let c = 0; c < tokenizer.width; c++) row[c] = tokenizer.text(record, c);
    else row[this.labelIndex] = tokenizer.text(record, this.labelIndex);
    this.observeLabelAndLeakage(row);
  }

  private observeLabelAndLeakage(row: unknown[]): void {
    if (this.labelIndex >= 0) {
      const label = row[this.labelIndex];
      if (!isNull(label)) {
        const key = String(label);
        this.labelCounts.set(key, (this.labelCounts.get(key) ?? 0) + 1);
      }
    }
    if (this.leakRows) {
      this.leakRows.add(row);
      if (this.leakKeys) {
        const key = row[this.leakIndex];
        if (key === undefined || isNull(key)) this.leakKeys.addAbsent();
        else this.leakKeys.add(row);
      }
    }
  }

  toJSON(): DatasetPartialJSON {
    return {
      rows: this.rows,
      labels: [...this.labelCounts],
      unique: this.unique.map((records) => records.toJSON()),
      ...(this.leakRows ? { leakRows: this.leakRows.toJSON() } : {}),
      ...(this.leakKeys ? { leakKeys: this.leakKeys.toJSON() } : {}),
    };
  }
}

/** The typed arrays of a partial, to hand to postMessage's transfer list. */
export function partialTransfers(partial: DatasetPartialJSON): ArrayBuffer[] {
  const records = [...partial.unique, partial.leakRows, partial.leakKeys].filter(
    (item): item is KeyRecordsJSON => item !== undefined,
  );
  return records.flatMap(
    (item) =>
      [
        item.bytes.buffer,
        item.offsets.buffer,
        item.hashes.buffer,
        ...(item.integers ? [item.integers.buffer] : []),
      ] as ArrayBuffer[],
  );
}

/**
 * The checks that span rows: row counts, compound uniqueness, label balance and train/test leakage.
 * Uniqueness and leakage keep each distinct key once, as a canonical record in an exact hash set (key-set.ts:
 * 64-bit hashes, collisions checked by comparing records), the one part of validation whose memory grows
 * with the data; everything else is constant. Partials merge in row order, so duplicates and leaks are
 * reported (and sampled) in row order whatever the number of threads that produced the partials.
 */
export class DatasetChecker {
  private rows = 0;
  private readonly unique: UniqueState[] = [];
  private labelIndex = -1;
  private readonly labelCounts = new Map<string, number>();
  private leakageIndex = -1;
  private readonly trainKeys = new KeySet();
  private readonly trainRows = new KeySet();
  private leakedKeys = 0;
  private leakedRows = 0;
  private readonly leakSamples: OffendingValue[] = [];
  private readonly rowSamples: OffendingValue[] = [];
  private sawTest = false;

  constructor(
    private readonly rules: ValidationRules,
    private readonly columns: string[],
  ) {
    for (const { columns: keyColumns, indexes } of uniqueIndexes(rules, columns)) {
      this.unique.push({ columns: keyColumns, indexes, seen: new KeySet(), duplicates: 0, samples: [] });
    }
    if (rules.label) this.labelIndex = columns.indexOf(rules.label.column);
    if (rules.leakage?.key) this.leakageIndex = columns.indexOf(rules.leakage.key);
  }

  /** One row (a convenience: the steps merge partials). Rows must arrive train first, then test. */
  observe(row: unknown[], rowNumber: number, file: string, role: SplitRole): void {
    const partial = new DatasetPartial(this.rules, this.columns, role);
    partial.observe(row);
    this.merge(partial.toJSON(), rowNumber, file, role);
  }

  /**
   * Adds a partial whose first row is data row `firstRow` of `file`. Partials must come in row order, every
   * train file before any test file, so leakage is judged in one pass.
   */
  merge(partial: DatasetPartialJSON, firstRow: number, file: string, role: SplitRole): void {
    this.rows += partial.rows;
    this.unique.forEach((state, u) => {
      const records = partial.unique[u];
      if (!records) return;
      for (let i = 0; i < records.count; i++) {
        if (!state.seen.has(records, i, true)) continue;
        state.duplicates++;
        if (state.samples.length < MAX_SAMPLES)
          state.samples.push({ row: firstRow + i, file, value: formatValue(describe(records, i)) });
      }
    });
    for (const [label, count] of partial.labels)
      this.labelCounts.set(label, (this.labelCounts.get(label) ?? 0) + count);
    if (role === "data" || !this.rules.leakage) return;
    const { leakRows, leakKeys } = partial;
    if (!leakRows) return;
    if (role === "train") {
      for (let i = 0; i < leakRows.count; i++) this.trainRows.has(leakRows, i, true);
      if (leakKeys)
        for (let i = 0; i < leakKeys.count; i++)
          if (!isAbsent(leakKeys, i)) this.trainKeys.has(leakKeys, i, true);
      return;
    }
    this.sawTest = true;
    for (let i = 0; i < leakRows.count; i++) {
      if (this.trainRows.has(leakRows, i, false)) {
        this.leakedRows++;
        if (this.rowSamples.length < MAX_SAMPLES)
          this.rowSamples.push({ row: firstRow + i, file, value: formatValue(describe(leakRows, i)) });
      }
      if (leakKeys && !isAbsent(leakKeys, i) && this.trainKeys.has(leakKeys, i, false)) {
        this.leakedKeys++;
        if (this.leakSamples.length < MAX_SAMPLES)
          this.leakSamples.push({ row: firstRow + i, file, value: formatValue(describe(leakKeys, i)) });
      }
    }
  }

  results(): CheckResult[] {
    const results: CheckResult[] = [];
    const { rules } = this;
    if (rules.rows) {
      const { min, max } = rules.rows;
      const failed = (min !== undefined && this.rows < min) || (max !== undefined && this.rows > max);
      const expected = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
        .filter(Boolean)
        .join(" and ");
      results.push({
        id: "dataset.rows",
        rulePath: ["validate", "rows"],
        status: failed ? "fail" : "pass",
        severity: "error",
        observed: this.rows,
        expected,
        message: `${this.rows} rows`,
      });
    }
    rules.unique?.forEach((keyColumns, index) => {
      const state = this.unique.find((candidate) => candidate.columns === keyColumns);
      if (!state) return;
      const failed = state.duplicates > 0;
      results.push({
        id: `dataset.unique.${keyColumns.join("+")}`,
        rulePath: ["validate", "unique", index],
        status: failed ? "fail" : "pass",
        severity: "error",
        observed: state.duplicates,
        expected: `no two rows share (${keyColumns.join(", ")})`,
        message: failed
          ? `${state.duplicates} duplicate row(s) of (${keyColumns.join(", ")})`
          : `(${keyColumns.join(", ")}) is unique`,
        ...(failed ? { samples: state.samples, failingRows: state.duplicates } : {}),
      });
    });
    if (rules.label && this.labelIndex >= 0) {
      const total = [...this.labelCounts.values()].reduce((sum, count) => sum + count, 0);
      const minFraction = rules.label.min_class_fraction ?? 0;
      const fractions = [...this.labelCounts.entries()].map(
        ([label, count]) => [label, total ? count / total : 0] as const,
      );
      const smallest = fractions.reduce<readonly [string, number] | undefined>(
        (low, entry) => (!low || entry[1] < low[1] ? entry : low),
        undefined,
      );
      const failed = fractions.length < 2 || (smallest !== undefined && smallest[1] < minFraction);
      results.push({
        id: "dataset.label.min_class_fraction",
        rulePath: ["validate", "label"],
        column: rules.label.column,
        status: failed ? "fail" : "pass",
        severity: rules.label.severity ?? "error",
        observed: smallest ? round(smallest[1]) : null,
        expected: `at least two classes, each ≥ ${minFraction}`,
        message:
          fractions.length < 2
            ? `the label "${rules.label.column}" has ${fractions.length} class(es)`
            : `class fractions: ${fractions.map(([label, fraction]) => `${label}=${round(fraction, 3)}`).join(", ")}`,
      });
    }
    if (rules.leakage) {
      const severity = rules.leakage.severity ?? "error";
      if (!this.sawTest) {
        results.push({
          id: "dataset.leakage",
          rulePath: ["validate", "leakage"],
          status: "skip",
          severity,
          observed: null,
          expected: "a train/test split",
          message: "the snapshot has no train/test split, so leakage cannot be checked",
        });
      } else {
        results.push({
          id: "dataset.leakage.rows",
          rulePath: ["validate", "leakage"],
          status: this.leakedRows > 0 ? "fail" : "pass",
          severity,
          observed: this.leakedRows,
          expected: "no test row also in train",
          message:
            this.leakedRows > 0
              ? `${this.leakedRows} test row(s) also appear in train`
              : "no row is on both sides",
          ...(this.leakedRows > 0 ? { samples: this.rowSamples, failingRows: this.leakedRows } : {}),
        });
        if (rules.leakage.key && this.leakageIndex >= 0) {
          results.push({
            id: `dataset.leakage.key.${rules.leakage.key}`,
            rulePath: ["validate", "leakage", "key"],
            column: rules.leakage.key,
            status: this.leakedKeys > 0 ? "fail" : "pass",
            severity,
            observed: this.leakedKeys,
            expected: `no ${rules.leakage.key} on both sides of the split`,
            message:
              this.leakedKeys > 0
                ? `${this.leakedKeys} test row(s) share a ${rules.leakage.key} with train`
                : `no ${rules.leakage.key} is on both sides`,
            ...(this.leakedKeys > 0 ? { samples: this.leakSamples, failingRows: this.leakedKeys } : {}),
          });
        }
      }
    }
    return results;
  }
}

function describe(records: KeyRecordsJSON, i: number): string {
  return describeRecord(records.bytes, records.offsets[i] as number, records.offsets[i + 1] as number);
}
