import type { ValidationReport } from "../config/contracts/validation-report.js";
import { cell, code, codeCell, details, escapeMarkdown, table } from "./markdown.js";

const icon = { pass: "✅", fail: "❌", skip: "⏭️" } as const;

/** The validation report as Markdown for the job summary, the pull-request comment and the terminal. */
export function renderValidationMarkdown(report: ValidationReport): string {
  const verdict = report.passed ? "✅ passed" : "❌ failed";
  const head = `### Data validation ${verdict}: snapshot ${code(report.snapshotId)}, ${report.rows} rows, ${report.errors} error(s), ${report.warnings} warning(s)`;
  const failing = report.checks.filter((check) => check.status === "fail");
  const rows = (checks: ValidationReport["checks"]) =>
    checks.map((check) => [
      check.status === "fail" && check.severity === "warn" ? "⚠️" : icon[check.status],
      codeCell(check.id),
      cell(check.observed),
      cell(check.expected),
      cell(check.message),
      cell((check.samples ?? []).map((sample) => `row ${sample.row}: ${sample.value}`).join("; ")),
    ]);
  const headers = ["", "check", "observed", "expected", "detail", "examples"];
  const parts = [head, "", `Drift reference: ${escapeMarkdown(report.reference.note)}`];
  if (failing.length > 0) parts.push("", table(headers, rows(failing)));
  parts.push("", details(`All ${report.checks.length} checks`, table(headers, rows(report.checks))));
  return `${parts.join("\n")}\n`;
}
