import type { EvaluationReport } from "../config/contracts/evaluation-report.js";
import { formatNumber } from "../policy/format-number.js";
import { cell, escapeMarkdown, table } from "./markdown.js";

type Parity = NonNullable<EvaluationReport["servingParity"]>;

/**
 * The serving-parity section of the comparison report and the PR comment: the verdict in one line and,
 * when the packaged model disagrees with evaluate, the first differing rows.
 */
export function renderServingParity(parity: Parity | undefined): string {
  if (!parity) return "";
  const heading = "#### Serving parity";
  if (parity.status === "skip") return `${heading}\n\n⏭️ Skipped: ${escapeMarkdown(parity.reason ?? "")}\n`;
  const how = `${escapeMarkdown(parity.source ?? "the packaged model")}, loaded with \`mlflow.pyfunc.load_model\` by ${escapeMarkdown(parity.foundBy ?? "Python")} (mlflow ${escapeMarkdown(parity.mlflowVersion ?? "?")})`;
  if (parity.status === "pass")
    return `${heading}\n\n✅ ${how} predicts all ${parity.rows ?? 0} test rows as evaluate measured: same labels, max |Δ score| ${formatNumber(parity.maxAbsDiff ?? 0)} ≤ ${String(parity.maxAllowed)}.\n`;
  const lines = [
    `${heading}\n`,
    `❌ ${how}: ${escapeMarkdown(parity.reason ?? `differs on ${parity.mismatchedRows ?? 0} of ${parity.rows ?? 0} test rows (allowed |Δ score| ≤ ${String(parity.maxAllowed)})`)}.`,
  ];
  if (parity.firstDiffering && parity.firstDiffering.length > 0) {
    lines.push(
      "",
      `First differing rows (test-file row numbers):\n`,
      table(
        ["row", "column", "evaluate", "served", "abs diff"],
        parity.firstDiffering.map((row) => [
          String(row.row),
          cell(row.column),
          cell(row.evaluated, 40),
          cell(row.served, 40),
          row.absDiff === null ? "—" : formatNumber(row.absDiff),
        ]),
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
