import type { RuleResult } from "../config/contracts/comparison-report.js";
import type { EvaluationReport } from "../config/contracts/evaluation-report.js";
import { formatNumber } from "./format-number.js";

type Parity = NonNullable<EvaluationReport["servingParity"]>;

/**
 * The serving-parity rule: the packaged model, loaded as a server loads it, must give the labels evaluate
 * measured and scores within max_abs_diff. A skipped check (no Python with mlflow, or turned off) is a skip
 * with its reason; an evaluation from before the check is a skip too.
 */
export function servingParityRule(parity: Parity | undefined): RuleResult {
  const base = { id: "serving.parity", kind: "serving" as const };
  if (!parity)
    return {
      ...base,
      observed: null,
      bound: "—",
      verdict: "skip",
      message: "serving parity: the evaluation has no serving-parity check",
    };
  const bound = `same labels, |Δ score| ≤ ${parity.maxAllowed}`;
  if (parity.status === "skip")
    return {
      ...base,
      observed: null,
      bound,
      verdict: "skip",
      message: `serving parity skipped: ${parity.reason ?? ""}`,
    };
  if (parity.status === "pass")
    return {
      ...base,
      observed: parity.maxAbsDiff ?? 0,
      bound,
      verdict: "pass",
      message: `serving parity: the packaged model predicts all ${parity.rows ?? 0} test rows as evaluate measured (max |Δ| ${formatNumber(parity.maxAbsDiff ?? 0)})`,
    };
  const first = parity.firstDiffering?.[0];
  return {
    ...base,
    observed: parity.maxAbsDiff ?? null,
    bound,
    verdict: "fail",
    message:
      parity.mismatchedRows && !parity.reason
        ? `serving parity: the packaged model differs from evaluate's predictions on ${parity.mismatchedRows} of ${parity.rows} test rows${first ? ` (first: row ${first.row}, ${first.column} ${first.evaluated} evaluated vs ${first.served} served)` : ""}`
        : `serving parity: ${parity.reason ?? "failed"}`,
  };
}

/**
 * The gate's result with the serving-parity rule added: a failing check rejects the challenger, its message
 * first among the reasons.
 */
export function withServingParity<
  T extends { decision: "promote" | "reject"; reasons: string[]; rules: RuleResult[] },
>(result: T, parity: Parity | undefined): T {
  const rule = servingParityRule(parity);
  const rules = [...result.rules, rule];
  if (rule.verdict !== "fail") return { ...result, rules };
  return {
    ...result,
    rules,
    decision: "reject",
    reasons: result.decision === "reject" ? [...result.reasons, rule.message] : [rule.message],
  };
}
