import { compositeKey, hash53 } from "../stats/fast-hash.js";
import { type CheckResult, formatValue, MAX_SAMPLES, type OffendingValue } from "./check-result.js";
import { round } from "./column-checker.js";
import { isNull } from "./parse-typed.js";
import type { ValidationRules } from "./rules.js";

export type SplitRole = "train" | "test" | "data";

interface UniqueState {
  columns: string[];
  indexes: number[];
  seen: Set<number>;
  duplicates: number;
  samples: OffendingValue[];
}

/**
 * The checks that span rows: row counts, compound uniqueness, label balance and train/test leakage.
 * Uniqueness and leakage keep a 53-bit hash per distinct key in a Set (about 110 bytes each as measured in V8), the one part of validation
 * whose memory grows with the data; everything else is constant.
 */
export class DatasetChecker {
  private rows = 0;
  private readonly unique: UniqueState[] = [];
  private labelIndex = -1;
  private readonly labelCounts = new Map<string, number>();
  private leakageIndex = -1;
  private readonly trainKeys = new Set<number>();
  private readonly trainRows = new Set<number>();
  private leakedKeys = 0;
  private leakedRows = 0;
  private readonly leakSamples: OffendingValue[] = [];
  private readonly rowSamples: OffendingValue[] = [];
  private sawTest = false;

  constructor(
    private readonly rules: ValidationRules,
    private readonly columns: string[],
  ) {
    for (const keyColumns of rules.unique ?? []) {
      const indexes = keyColumns.map((column) => columns.indexOf(column));
      if (indexes.every((index) => index >= 0)) {
        this.unique.push({ columns: keyColumns, indexes, seen: new Set(), duplicates: 0, samples: [] });
      }
    }
    if (rules.label) this.labelIndex = columns.indexOf(rules.label.column);
    if (rules.leakage?.key) this.leakageIndex = columns.indexOf(rules.leakage.key);
  }

  /** Rows must arrive train first, then test, so leakage can be judged in one pass. */
  observe(row: unknown[], rowNumber: number, file: string, role: SplitRole): void {
    this.rows++;
    for (const state of this.unique) {
      const key = compositeKey(state.indexes.map((index) => row[index]));
      const hash = hash53(key);
      if (state.seen.has(hash)) {
        state.duplicates++;
        if (state.samples.length < MAX_SAMPLES)
          state.samples.push({ row: rowNumber, file, value: formatValue(key.replaceAll("\u001f", ", ")) });
      } else state.seen.add(hash);
    }
    if (this.labelIndex >= 0) {
      const label = row[this.labelIndex];
      if (!isNull(label)) {
        const key = String(label);
        this.labelCounts.set(key, (this.labelCounts.get(key) ?? 0) + 1);
      }
    }
    if (role === "data" || !this.rules.leakage) return;
    const rowHash = hash53(compositeKey(row));
    const keyValue = this.leakageIndex >= 0 ? row[this.leakageIndex] : undefined;
    if (role === "train") {
      this.trainRows.add(rowHash);
      if (keyValue !== undefined && !isNull(keyValue)) this.trainKeys.add(hash53(String(keyValue)));
      return;
    }
    this.sawTest = true;
    if (this.trainRows.has(rowHash)) {
      this.leakedRows++;
      if (this.rowSamples.length < MAX_SAMPLES)
        this.rowSamples.push({
          row: rowNumber,
          file,
          value: formatValue(compositeKey(row).replaceAll("\u001f", ", ")),
        });
    }
    if (keyValue !== undefined && !isNull(keyValue) && this.trainKeys.has(hash53(String(keyValue)))) {
      this.leakedKeys++;
      if (this.leakSamples.length < MAX_SAMPLES)
        this.leakSamples.push({ row: rowNumber, file, value: formatValue(keyValue) });
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
