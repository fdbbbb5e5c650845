/**
 * The validation rule: the data validation report must be given and have passed. Every rule is described
 * in gate-policy.ts.
 */
import type { RuleResult } from "../config/contracts/comparison-report.js";
import type { GateValidation } from "./gate-input.js";

export function validationRule(validation: GateValidation | undefined, required: boolean): RuleResult {
  const base = { id: "validation", kind: "validation", bound: required ? "passed" : "not required" } as const;
  if (!validation) {
    return required
      ? {
          ...base,
          observed: null,
          verdict: "fail",
          message:
            "no data validation report: pass the validate-data report to champion-challenger, or set gate.require_validation: false",
        }
      : {
          ...base,
          observed: null,
          verdict: "skip",
          message: "data validation not required (require_validation: false)",
        };
  }
  const counts = `${validation.errors} error(s), ${validation.warnings} warning(s)`;
  if (validation.passed) {
    return {
      ...base,
      observed: validation.errors,
      verdict: "pass",
      message: `data validation of snapshot ${validation.snapshotId} passed: ${counts}`,
    };
  }
  const failed = validation.failed
    .filter((check) => check.severity === "error")
    .slice(0, 3)
    .map((check) => check.id);
  const examples =
    failed.length > 0 ? ` (${failed.join(", ")}${validation.errors > failed.length ? ", …" : ""})` : "";
  return {
    ...base,
    observed: validation.errors,
    verdict: required ? "fail" : "skip",
    message: `data validation of snapshot ${validation.snapshotId} failed: ${counts}${examples}${required ? "" : "; not required (require_validation: false)"}`,
  };
}
