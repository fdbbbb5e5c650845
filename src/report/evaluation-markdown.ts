import type { EvaluationReport, MetricIntervalRecord } from "../config/contracts/evaluation-report.js";
import {
  formatBytes,
  formatCount,
  formatInterval,
  formatMeasure,
  formatNumber,
  formatPercent,
} from "../policy/format-number.js";
import { higherIsBetter } from "../stats/metric-names.js";
import { cell, code, details, escapeMarkdown, table } from "./markdown.js";

export interface EvaluationMarkdownOptions {
  /** Default "Evaluation". */
  title?: string;
}

/** Slice tables longer than this fold into `<details>`. */
const VISIBLE_SLICES = 10;

/**
 * The evaluation report for the evaluate step's job summary and the terminal: the task and rows, every
 * metric with its bootstrap interval (primary first), the metrics per slice, prediction throughput and
 * the model's size.
 */
export function renderEvaluationMarkdown(
  report: EvaluationReport,
  options: EvaluationMarkdownOptions = {},
): string {
  const primary = report.metrics[report.primaryMetric];
  const primaryText = primary
    ? `, ${escapeMarkdown(report.primaryMetric)} ${formatInterval(primary.value, primary.low, primary.high)}`
    : "";
  const head = `### ${escapeMarkdown(options.title ?? "Evaluation")}: ${report.task}, ${formatCount(report.rows)} test rows${primaryText}`;
  const parts = [head, metricsTable(report)];
  const slices = slicesTable(report);
  if (slices) parts.push(slices);
  parts.push(performance(report), lineage(report));
  return `${parts.join("\n\n")}\n`;
}

/** The reported metrics, primary first, in the report's order. */
function metricNames(report: EvaluationReport): string[] {
  const names = Object.keys(report.metrics);
  return [
    ...names.filter((name) => name === report.primaryMetric),
    ...names.filter((name) => name !== report.primaryMetric),
  ];
}

function metricLabel(metric: string, primary: string): string {
  const arrow = higherIsBetter(metric) ? "↑" : "↓";
  return metric === primary
    ? `**${escapeMarkdown(metric)}** ${arrow} (primary)`
    : `${escapeMarkdown(metric)} ${arrow}`;
}

function metricsTable(report: EvaluationReport): string {
  const level = formatPercent(report.bootstrap.confidence);
  const rows = metricNames(report).map((name) => {
    const metric = report.metrics[name] as MetricIntervalRecord;
    return [
      metricLabel(name, report.primaryMetric),
      formatNumber(metric.value),
      `[${formatNumber(metric.low)}, ${formatNumber(metric.high)}]`,
      formatCount(metric.resamples),
    ];
  });
  return table(["metric", "value", `${level} interval`, "resamples"], rows);
}

function slicesTable(report: EvaluationReport): string | undefined {
  if (report.slices.length === 0) return undefined;
  const names = metricNames(report);
  const headers = [
    "column",
    "value",
    "rows",
    ...names.map((name) => metricLabel(name, report.primaryMetric)),
  ];
  const rows = report.slices.map((slice) => [
    cell(slice.column),
    cell(slice.value),
    formatCount(slice.rows),
    ...names.map((name) => sliceMetric(slice.metrics[name], name === report.primaryMetric)),
  ]);
  const columns = [...new Set(report.slices.map((slice) => slice.column))];
  const head = `#### Slices of ${columns.map((column) => escapeMarkdown(column)).join(", ")}`;
  const body = table(headers, rows);
  return rows.length > VISIBLE_SLICES
    ? `${head}\n\n${details(`${formatCount(rows.length)} slices`, body)}`
    : `${head}\n\n${body}`;
}

function sliceMetric(metric: MetricIntervalRecord | undefined, withInterval: boolean): string {
  if (!metric) return "";
  return withInterval ? formatInterval(metric.value, metric.low, metric.high) : formatNumber(metric.value);
}

function performance(report: EvaluationReport): string {
  const { rowsPerSecond, msPer1kRows, seconds } = report.prediction;
  return [
    `Prediction: ${formatMeasure(rowsPerSecond)} rows/s, ${formatMeasure(msPer1kRows)} ms per 1,000 rows (${formatMeasure(seconds)} s in all).`,
    `Model size: ${formatBytes(report.model.sizeBytes)} (${formatCount(report.model.sizeBytes)} bytes).`,
  ].join("  \n");
}

function lineage(report: EvaluationReport): string {
  const { resamples, confidence, seed, method } = report.bootstrap;
  const parts = [
    `bootstrap ${escapeMarkdown(method)}: ${formatCount(resamples)} resamples, ${formatPercent(confidence)}, seed ${seed}`,
  ];
  if (report.snapshotId) parts.unshift(`snapshot ${code(report.snapshotId)}`);
  if (report.model.runId) parts.unshift(`run ${code(report.model.runId)}`);
  parts.push(`label ${code(report.labelColumn)}`);
  return `<sub>${parts.join(" · ")}</sub>`;
}
