import type { StoredColumnProfile } from "../config/contracts/snapshot-manifest.js";
import { ksStatistic, psiCategorical, psiNumeric } from "../stats/drift-statistics.js";
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

function counts(profile: StoredColumnProfile): Record<string, number> | undefined {
  const top = profile.topValues as { value: string; count: number }[] | undefined;
  return top ? Object.fromEntries(top.map((entry) => [entry.value, entry.count])) : undefined;
}

/**
 * Drift of each column against the reference snapshot's stored profile: PSI over the reference's quantile
 * bins for numbers (over categories for low-cardinality columns, unseen values pooled) and the KS statistic
 * for numbers. Neither snapshot is re-read.
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
    if (!ref) continue;
    const currentSample = column.sample as number[] | undefined;
    const referenceSample = ref.sample as number[] | undefined;
    const numeric =
      currentSample && referenceSample && currentSample.length > 0 && referenceSample.length > 0;
    const categorical = !numeric && counts(column) && counts(ref);
    if (numeric) {
      const value = psiNumeric(referenceSample, currentSample);
      const { status, severity } = verdict(value, psi);
      results.push({
        id: `drift.${column.name}.psi`,
        rulePath: ["validate", "drift", "psi"],
        column: column.name,
        status,
        severity,
        observed: round(value, 4),
        expected: bounds(psi),
        message: `PSI ${round(value, 4)} over the reference's deciles`,
      });
      if (rules.ks) {
        const ks = ksStatistic(referenceSample, currentSample);
        const ksVerdict = verdict(ks, rules.ks);
        results.push({
          id: `drift.${column.name}.ks`,
          rulePath: ["validate", "drift", "ks"],
          column: column.name,
          ...ksVerdict,
          observed: round(ks, 4),
          expected: bounds(rules.ks),
          message: `KS statistic ${round(ks, 4)}`,
        });
      }
    } else if (categorical) {
      const value = psiCategorical(counts(ref) ?? {}, counts(column) ?? {});
      const { status, severity } = verdict(value, psi);
      results.push({
        id: `drift.${column.name}.psi`,
        rulePath: ["validate", "drift", "psi"],
        column: column.name,
        status,
        severity,
        observed: round(value, 4),
        expected: bounds(psi),
        message: `PSI ${round(value, 4)} over categories (unseen values pooled)`,
      });
    }
  }
  return results;
}
