import type { StoredColumnProfile } from "../config/contracts/snapshot-manifest.js";
import { ksStatistic, psiCategorical, psiNumeric } from "../stats/drift.js";
import type { CheckResult } from "./check-result.js";
import { round } from "./column-checker.js";
import type { ValidationRules } from "./rules.js";

type Thresholds = { warn?: number; error?: number };

function verdict(
  value: number,
  thresholds: Thresholds,
): { status: "pass" | "fail"; severity: "error" | "warn" } {
  if (thresholds.error !== undefined && value >= thresholds.error)
    return { status: "fail", severity: "error" };
  if (thresholds.warn !== undefined && value >= thresholds.warn) return { status: "fail", severity: "warn" };
  return { status: "pass", severity: thresholds.error !== undefined ? "error" : "warn" };
}

function bounds(thresholds: Thresholds): string {
  return [
    thresholds.warn !== undefined ? `warn ≥ ${thresholds.warn}` : "",
    thresholds.error !== undefined ? `error ≥ ${thresholds.error}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

const numericTypes = new Set(["integer", "number", "timestamp"]);

/**
 * Drift of each column against the reference snapshot's stored profile: PSI over the reference's quantile
 * bins for numbers (over categories for low-cardinality columns, unseen values pooled) and the KS statistic
 * for numbers, both from the profiles' quantile sketches. Neither snapshot is re-read.
 */
export function driftChecks(
  current: StoredColumnProfile[],
  reference: StoredColumnProfile[],
  rules: NonNullable<ValidationRules["drift"]>,
): CheckResult[] {
  const results: CheckResult[] = [];
  const psi = rules.psi ?? { warn: 0.1, error: 0.25 };
  const selected = rules.columns ? new Set(rules.columns) : undefined;
  for (const column of current) {
    if (selected && !selected.has(column.name)) continue;
    const ref = reference.find((candidate) => candidate.name === column.name);
    if (!ref || column.count === 0 || ref.count === 0) continue;
    const drift = (statistic: "psi" | "ks", value: number, thresholds: Thresholds, message: string) =>
      results.push({
        id: `drift.${column.name}.${statistic}`,
        rulePath: ["validate", "drift", statistic],
        column: column.name,
        ...verdict(value, thresholds),
        observed: round(value, 4),
        expected: bounds(thresholds),
        message: `${message} ${round(value, 4)}`,
      });
    const numeric =
      numericTypes.has(column.type) && numericTypes.has(ref.type) && column.sketch && ref.sketch;
    if (numeric && column.sketch && ref.sketch) {
      drift("psi", psiNumeric(ref.sketch, column.sketch), psi, "PSI over the reference's deciles:");
      if (rules.ks) drift("ks", ksStatistic(ref.sketch, column.sketch), rules.ks, "KS statistic");
    } else if (column.topValues && ref.topValues) {
      drift(
        "psi",
        psiCategorical(ref.topValues, column.topValues),
        psi,
        "PSI over categories (unseen values pooled):",
      );
    }
  }
  return results;
}
