export type CheckStatus = "pass" | "fail" | "skip";
export type Severity = "error" | "warn";

export interface OffendingValue {
  /** 1-based data row within its file. */
  row: number;
  file?: string;
  value: string;
}

/** One check of the validation report: what was checked, what was seen, what was expected. */
export interface CheckResult {
  /** Stable id, e.g. `column.age.max` or `dataset.rows.min`. */
  id: string;
  /** Where the rule sits in trainyard.yml, for annotations on its line. */
  rulePath: (string | number)[];
  column?: string;
  status: CheckStatus;
  severity: Severity;
  observed: string | number | boolean | null;
  expected: string;
  message: string;
  /** Up to five offending values with their row numbers. */
  samples?: OffendingValue[];
  /** How many rows broke the rule, where that is countable. */
  failingRows?: number;
}

export const MAX_SAMPLES = 5;

export function formatValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return String(value);
}
