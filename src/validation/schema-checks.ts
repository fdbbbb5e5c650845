import type { CheckResult } from "./check-result.js";
import type { ValidationRules } from "./rules.js";

/** Rules that name missing columns, and (with `required_only`) columns no rule expects. */
export function schemaChecks(rules: ValidationRules, columns: string[]): CheckResult[] {
  const results: CheckResult[] = [];
  const known = new Set(columns);
  const listed = columns.join(", ");
  for (const [name, rule] of Object.entries(rules.columns ?? {})) {
    if (known.has(name)) continue;
    const required = rule.required ?? true;
    results.push({
      id: `column.${name}.present`,
      rulePath: ["validate", "columns", name],
      column: name,
      status: required ? "fail" : "skip",
      severity: rule.severity ?? "error",
      observed: null,
      expected: "the column exists",
      message: `a rule names column "${name}", but the snapshot has no such column (columns: ${listed})`,
    });
  }
  const referenced = [
    ...(rules.unique ?? []).flat().map((column) => ({ column, path: ["validate", "unique"] })),
    ...(rules.label ? [{ column: rules.label.column, path: ["validate", "label", "column"] }] : []),
    ...(rules.leakage?.key ? [{ column: rules.leakage.key, path: ["validate", "leakage", "key"] }] : []),
  ];
  for (const { column, path } of referenced) {
    if (known.has(column)) continue;
    results.push({
      id: `column.${column}.present`,
      rulePath: path,
      column,
      status: "fail",
      severity: "error",
      observed: null,
      expected: "the column exists",
      message: `${path.slice(1).join(".")} names column "${column}", but the snapshot has no such column (columns: ${listed})`,
    });
  }
  if (rules.required_only) {
    const expected = new Set(Object.keys(rules.columns ?? {}));
    const unexpected = columns.filter((column) => !expected.has(column));
    results.push({
      id: "dataset.required_only",
      rulePath: ["validate", "required_only"],
      status: unexpected.length > 0 ? "fail" : "pass",
      severity: "error",
      observed: unexpected.length > 0 ? unexpected.join(", ") : 0,
      expected: "no column without a rule",
      message:
        unexpected.length > 0 ? `unexpected column(s): ${unexpected.join(", ")}` : "every column has a rule",
    });
  }
  return results;
}
