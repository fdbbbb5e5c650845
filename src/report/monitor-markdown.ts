import type { MonitorReport } from "../config/contracts/monitor-report.js";
import { formatCount, formatInterval, formatNumber } from "../policy/format-number.js";
import { cell, code, codeCell, details, escapeMarkdown, table } from "./markdown.js";
import { xyLineChart } from "./mermaid.js";

const VERDICT: Record<string, string> = {
  pass: "✅ pass",
  retrain: "❌ retrain",
  warn: "⚠️ warn",
  skip: "➖ skip",
};

/** The monitor's job summary: the verdict and why, the metrics against the baseline, a daily chart, the rules. */
export function renderMonitorMarkdown(report: MonitorReport): string {
  const lines: string[] = [
    `### trainyard monitor: ${escapeMarkdown(report.model)} version ${escapeMarkdown(report.champion.version)}`,
    "",
    `**${report.retrain ? "Retrain" : "No retrain"}** — ${formatCount(report.rows)} labelled prediction(s) from ${escapeMarkdown(report.window.since)} to ${escapeMarkdown(report.window.until)}` +
      `${report.unlabelledRows ? ` (${formatCount(report.unlabelledRows)} without a label yet)` : ""}.`,
    "",
    ...report.reasons.map((reason) => `- ${escapeMarkdown(reason)}`),
    "",
  ];
  if (report.trigger.mode === "dispatch") {
    lines.push(
      report.trigger.dispatched
        ? `Dispatched ${code(report.trigger.workflow)}${report.trigger.ref ? ` on ${code(report.trigger.ref)}` : ""}.`
        : report.trigger.cooldownUntil
          ? `Not dispatched: within the cooldown of the last trigger (${escapeMarkdown(report.trigger.lastTriggerAt ?? "")}), until ${escapeMarkdown(report.trigger.cooldownUntil)}.`
          : "Not dispatched.",
      "",
    );
  }
  if (report.metrics.length > 0) {
    const level = `${Math.round(report.bootstrap.confidence * 100)}%`;
    lines.push(
      table(
        ["metric", `production (${level} interval)`, "champion's evaluation", "Δ"],
        report.metrics.map((metric) => [
          codeCell(metric.metric),
          formatInterval(metric.production.value, metric.production.low, metric.production.high),
          formatInterval(metric.baseline.value, metric.baseline.low, metric.baseline.high),
          formatInterval(metric.delta.value, metric.delta.low, metric.delta.high),
        ]),
      ),
      "",
    );
    if (report.comparison)
      lines.push(
        report.comparison.mode === "paired"
          ? `Δ is paired on ${formatCount(report.comparison.ids ?? 0)} ids: ${escapeMarkdown(report.comparison.reason)}; each resample weights an id the same on both sides (production − the champion's evaluation of those rows).`
          : `Δ is unpaired (MOVER, from the two intervals): ${escapeMarkdown(report.comparison.reason)}.`,
        "",
      );
  }
  const charted = report.daily.filter((day) => day.value !== null);
  const baseline = report.metrics.find((metric) => metric.metric === report.primaryMetric)?.baseline.value;
  if (charted.length >= 2) {
    lines.push(
      xyLineChart({
        title: `${report.primaryMetric} per day in production${baseline !== null && baseline !== undefined ? ", flat: the champion's evaluation" : ""}`,
        yLabel: report.primaryMetric,
        labels: report.daily.map((day) => day.day.slice(5)),
        lines: [
          report.daily.map((day) => day.value ?? Number.NaN),
          ...(baseline !== null && baseline !== undefined ? [report.daily.map(() => baseline)] : []),
        ],
      }),
      "",
    );
  }
  const rules = report.rules.map((rule) => [
    VERDICT[rule.verdict] ?? rule.verdict,
    codeCell(rule.id),
    cell(rule.bound),
    cell(rule.message, 300),
  ]);
  lines.push(
    details(`Rules (${report.rules.length})`, table(["verdict", "rule", "bound", "detail"], rules)),
    "",
  );
  if (report.notes.length > 0) lines.push(...report.notes.map((note) => `_${escapeMarkdown(note)}_`), "");
  lines.push(
    `<sub>${report.daily.length} day(s), ${formatCount(report.rows)} rows, bootstrap ${report.bootstrap.resamples} resamples, seed ${report.bootstrap.seed}; primary metric ${escapeMarkdown(report.primaryMetric)} ${formatNumber(report.metrics.find((m) => m.metric === report.primaryMetric)?.production.value)}</sub>`,
    "",
  );
  return lines.join("\n");
}
