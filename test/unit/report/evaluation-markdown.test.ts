import { describe, expect, it } from "vitest";
import type { EvaluationReport } from "../../../src/config/contracts/evaluation-report.js";
import { renderEvaluationMarkdown } from "../../../src/report/evaluation-markdown.js";

const interval = (value: number | null, low: number | null, high: number | null) => ({
  value,
  low,
  high,
  resamples: 1000,
});

function makeReport(sliceCount = 2): EvaluationReport {
  return {
    kind: "trainyard.evaluation",
    version: 1,
    task: "binary",
    labelColumn: "churned",
    classes: ["no", "yes"],
    primaryMetric: "roc_auc",
    rows: 12345,
    metrics: {
      accuracy: interval(0.81, 0.8, 0.82),
      roc_auc: interval(0.8412, 0.83, 0.852),
      log_loss: interval(0.41, 0.4, 0.42),
    },
    slices: Array.from({ length: sliceCount }, (_, index) => ({
      column: index === 0 ? "plan|tier" : "country",
      value: index === 0 ? "<b>@octocat</b>\n`x`" : `C${index}`,
      rows: 100 + index,
      metrics: {
        accuracy: interval(0.8, 0.7, 0.9),
        roc_auc: interval(index === 1 ? null : 0.83, 0.8, 0.86),
        log_loss: interval(0.4, 0.3, 0.5),
      },
    })),
    bootstrap: { resamples: 1000, confidence: 0.95, seed: 42, method: "percentile" },
    prediction: { seconds: 0.5, rowsPerSecond: 24690, msPer1kRows: 40.5 },
    model: { sizeBytes: 2_345_678, runId: "run-1" },
    snapshotId: "a1b2c3d4e5f60718",
    testFile: "test.csv",
    predictionsFile: "predictions.csv",
    createdAt: "2024-06-01T00:00:00.000Z",
  };
}

describe("renderEvaluationMarkdown", () => {
  it("heads with task, rows and the primary metric with its interval", () => {
    const markdown = renderEvaluationMarkdown(makeReport());
    expect(markdown.split("\n")[0]).toBe(
      "### Evaluation: binary, 12,345 test rows, roc\\_auc 0.8412 [0.8300, 0.8520]",
    );
    expect(renderEvaluationMarkdown(makeReport(), { title: "Churn" }).split("\n")[0]).toMatch(
      /^### Churn: binary/,
    );
  });

  it("lists the metrics with intervals, primary first and marked", () => {
    const rows = renderEvaluationMarkdown(makeReport())
      .split("\n")
      .filter((line) => /^\| (\*\*)?[a-z]/.test(line) && line.includes("| 1,000 |"));
    expect(rows).toEqual([
      "| **roc\\_auc** ↑ (primary) | 0.8412 | [0.8300, 0.8520] | 1,000 |",
      "| accuracy ↑ | 0.8100 | [0.8000, 0.8200] | 1,000 |",
      "| log\\_loss ↓ | 0.4100 | [0.4000, 0.4200] | 1,000 |",
    ]);
  });

  it("shows slices with rows, escaping column names and values, n/a for NaN", () => {
    const markdown = renderEvaluationMarkdown(makeReport());
    expect(markdown).toContain(
      "| plan\\|tier | &lt;b\\>@\u200boctocat&lt;/b\\> \\`x\\` | 100 | 0.8300 [0.8000, 0.8600] | 0.8000 | 0.4000 |",
    );
    expect(markdown).toContain("| country | C1 | 101 | n/a [0.8000, 0.8600] | 0.8000 | 0.4000 |");
    expect(markdown).not.toContain("<details>");
  });

  it("folds a long slice table", () => {
    const markdown = renderEvaluationMarkdown(makeReport(30));
    expect(markdown).toContain("<details><summary>30 slices</summary>");
    expect(markdown.match(/<details>/g)?.length).toBe(markdown.match(/<\/details>/g)?.length);
  });

  it("reports throughput, model size and lineage", () => {
    const markdown = renderEvaluationMarkdown(makeReport());
    expect(markdown).toContain("Prediction: 24,690 rows/s, 40.5 ms per 1,000 rows (0.5 s in all).");
    expect(markdown).toContain("Model size: 2.346 MB (2,345,678 bytes).");
    expect(markdown).toContain("run `run-1` · snapshot `a1b2c3d4e5f60718`");
    expect(markdown).toContain("1,000 resamples, 95%, seed 42");
  });

  it("omits the slices section without slices, and is deterministic", () => {
    const report = makeReport(0);
    expect(renderEvaluationMarkdown(report)).not.toContain("#### Slices");
    expect(renderEvaluationMarkdown(report)).toBe(renderEvaluationMarkdown(report));
  });
});
