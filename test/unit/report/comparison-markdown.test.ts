import { describe, expect, it } from "vitest";
import {
  type ComparisonReport,
  comparisonReportSchema,
} from "../../../src/config/contracts/comparison-report.js";
import { gateSchema } from "../../../src/config/trainyard-config.js";
import type { GateInput, MetricInterval } from "../../../src/policy/gate-input.js";
import { evaluateGate } from "../../../src/policy/gate-policy.js";
import { GITHUB_COMMENT_LIMIT, renderComparisonMarkdown } from "../../../src/report/comparison-markdown.js";

const MARKER = "<!-- trainyard:churn -->";
const at = (value: number, low = value - 0.01, high = value + 0.01): MetricInterval => ({
  value,
  low,
  high,
  resamples: 1000,
});

type Slice = GateInput["slices"][number];

function makeReport(
  options: { slices?: Slice[]; champion?: boolean; gate?: unknown; candidates?: number } = {},
) {
  const withChampion = options.champion ?? true;
  const input: GateInput = {
    model: "churn",
    task: "binary",
    challenger: { roc_auc: at(0.85), log_loss: at(0.4), recall: at(0.7) },
    ...(withChampion
      ? {
          champion: { roc_auc: at(0.83), log_loss: at(0.42), recall: at(0.72) },
          deltas: { roc_auc: at(0.0123, 0.004, 0.0201), log_loss: at(-0.02), recall: at(-0.02) },
        }
      : {}),
    slices: options.slices ?? [
      {
        column: "country",
        value: "DE",
        rows: 900,
        challenger: { roc_auc: 0.8 },
        champion: { roc_auc: 0.84 },
      },
      {
        column: "country",
        value: "FR",
        rows: 700,
        challenger: { roc_auc: 0.86 },
        champion: { roc_auc: 0.85 },
      },
    ],
    modelSizeBytes: 2_500_000,
    msPer1kRows: 12,
    validation: {
      passed: true,
      errors: 0,
      warnings: 1,
      snapshotId: "a1b2c3d4e5f60718",
      failed: [{ id: "columns.age.max_null_fraction", severity: "warn", message: "2% nulls" }],
    },
    defaultPrimaryMetric: "roc_auc",
  };
  const gate = gateSchema.parse(
    options.gate ?? {
      thresholds: { roc_auc: { min: 0.8 } },
      slices: { columns: ["country"], max_regression: 0.02 },
    },
  );
  const result = evaluateGate(gate, input);
  const candidates = Array.from({ length: options.candidates ?? 1 }, (_, index) => ({
    runId: `run${index}`,
    label: index === 0 ? "lr=0.1" : `lr=0.${index + 1}`,
    primaryValue: 0.85 - index * 0.001,
    chosen: index === 0,
  }));
  const report: ComparisonReport = {
    kind: "trainyard.comparison",
    version: 1,
    model: "churn",
    decision: result.decision,
    reasons: result.reasons,
    task: "binary",
    rows: 2000,
    primaryMetric: "roc_auc",
    challenger: {
      runId: "run0",
      runUrl: "https://mlflow.example.com/#/experiments/1/runs/run0",
      snapshotId: "a1b2c3d4e5f60718",
      commit: "0123456789abcdef0123456789abcdef01234567",
      modelSizeBytes: 2_500_000,
      msPer1kRows: 12,
    },
    ...(withChampion
      ? {
          champion: {
            version: "3",
            runId: "old",
            runUrl: "javascript:alert(1)",
            snapshotId: "0011223344556677",
          },
        }
      : {}),
    ...(result.note ? { note: result.note } : {}),
    metrics: result.metrics,
    slices: result.slices,
    rules: result.rules,
    candidates,
    validation: input.validation,
    bootstrap: { resamples: 1000, confidence: 0.95, seed: 42 },
    createdAt: "2024-06-01T00:00:00.000Z",
  };
  return comparisonReportSchema.parse(report);
}

function lines(markdown: string): string[] {
  return markdown.split("\n");
}

/** Every table's rows have as many cell separators as its header (an unescaped `|` would add one). */
function expectWellFormedTables(markdown: string): void {
  const pipes = (line: string) => line.match(/(?<!\\)\|/g)?.length ?? 0;
  let expected: number | undefined;
  for (const line of lines(markdown)) {
    if (!line.startsWith("|")) {
      expected = undefined;
      continue;
    }
    expect(line.endsWith("|"), line).toBe(true);
    expected ??= pipes(line);
    expect(pipes(line), line).toBe(expected);
  }
}

function expectBalanced(markdown: string): void {
  const count = (pattern: RegExp) => markdown.match(pattern)?.length ?? 0;
  expect(count(/<details>/g)).toBe(count(/<\/details>/g));
  expect(count(/^```/gm) % 2).toBe(0);
}

function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!match?.[1]) throw new Error("no mermaid block");
  return match[1];
}

describe("renderComparisonMarkdown", () => {
  it("starts with the marker, then model, challenger vs champion and the decision", () => {
    const markdown = renderComparisonMarkdown(makeReport(), { marker: MARKER });
    const [marker, first] = lines(markdown);
    expect(marker).toBe(MARKER);
    expect(first).toBe("### ❌ trainyard: `churn` challenger `lr=0.1` vs champion version `3`: **reject**");
  });

  it("names the first model when there is no champion", () => {
    const markdown = renderComparisonMarkdown(makeReport({ champion: false }), { title: "Churn model" });
    expect(lines(markdown)[0]).toBe(
      "### ✅ Churn model: `churn` challenger `lr=0.1` vs no champion yet: **promote**",
    );
    expect(markdown).toContain(
      "- first model \\(no champion yet\\)\\: all thresholds met\\: roc\\_auc 0.8500 ≥ 0.8",
    );
    expect(markdown).toContain("| **roc\\_auc** ↑ (primary) | 0.8500 [0.8400, 0.8600] |");
  });

  it("shows the metric table with the primary first, Δ with its interval, the rule and its verdict", () => {
    const markdown = renderComparisonMarkdown(makeReport());
    const metricRows = lines(markdown).filter(
      (line) => (line.startsWith("| ") && line.includes("↑")) || line.includes("↓ |"),
    );
    expect(metricRows[0]).toContain(
      "**roc\\_auc** ↑ (primary) | 0.8300 | 0.8500 | 0.0123 [0.0040, 0.0201] |",
    );
    expect(metricRows[0]).toContain("✅ ✅");
    expect(markdown).toContain("log\\_loss ↓");
    expectWellFormedTables(markdown);
  });

  it("lists the reasons, the rules, the slices worst first, validation, candidates and lineage", () => {
    const markdown = renderComparisonMarkdown(makeReport({ candidates: 3 }));
    expect(markdown).toContain("- slice country=DE \\(900 rows\\)\\: roc\\_auc regressed by 0.0400");
    expect(markdown).toContain("#### Gate rules: 1 failed");
    const sliceRows = lines(markdown).filter(
      (line) => line.startsWith("| ❌ | country") || line.startsWith("|  | country"),
    );
    expect(sliceRows[0]).toBe("| ❌ | country | DE | 900 | 0.8400 | 0.8000 | 0.0400 |");
    expect(sliceRows[1]).toBe("|  | country | FR | 700 | 0.8500 | 0.8600 | -0.0100 |");
    expect(markdown).toContain("#### Data validation ✅ passed");
    expect(markdown).toContain("`columns.age.max_null_fraction`");
    expect(markdown).toContain("#### Candidates: 3");
    expect(markdown).toContain("| ✅ chosen | lr=0.1 | `run0` | 0.8500 |");
    expect(markdown).toContain("commit `0123456789ab`");
    expect(markdown).toContain(
      "challenger run [run0](<https://mlflow.example.com/#/experiments/1/runs/run0>)",
    );
    // Not an http(s) URL: shown as code, never as a link.
    expect(markdown).not.toContain("](<javascript:");
    expect(markdown).toContain("`javascript:alert(1)`");
  });

  it("leaves the candidates out when there is only one", () => {
    expect(renderComparisonMarkdown(makeReport())).not.toContain("#### Candidates");
  });

  it("escapes user text in slice values and column names", () => {
    const hostile = [
      "a|b",
      "**bold**",
      "<script>alert(1)</script>",
      "@octocat please",
      "back`tick`",
      "two\nlines",
      "#12",
    ];
    const slices: Slice[] = hostile.map((value, index) => ({
      column: index === 0 ? "col|umn\n@octocat" : "country",
      value,
      rows: 500,
      challenger: { roc_auc: 0.8 },
      champion: { roc_auc: 0.8 + index / 100 },
    }));
    const markdown = renderComparisonMarkdown(
      makeReport({
        slices,
        gate: { slices: { columns: ["country", "col|umn\n@octocat"], max_regression: 0.5 } },
      }),
      { marker: MARKER },
    );
    expect(markdown).not.toMatch(/<script/i);
    expect(markdown).toContain("&lt;script\\>alert\\(1\\)&lt;/script\\>");
    // GitHub leaves code spans and code blocks (the chart) alone; everywhere else user text must be inert.
    const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/(?<!\\)`[^`\n]*`/g, "");
    expect(prose).not.toMatch(/@octocat/);
    expect(prose).toContain("@\u200boctocat");
    expect(prose).toContain("\\*\\*bold\\*\\*");
    expect(prose).not.toMatch(/(^|[^\\])\*\*bold/m);
    expect(markdown).toContain("back\\`tick\\`");
    expect(markdown).toContain("two lines");
    expect(prose).not.toMatch(/#12/);
    expectWellFormedTables(markdown);
    expectBalanced(markdown);
  });

  it("sanitises Mermaid labels so a slice value cannot break out of the chart", () => {
    const slices: Slice[] = [
      {
        column: "country",
        value: '"]; click x call alert(1)',
        rows: 500,
        challenger: { roc_auc: 0.8 },
        champion: { roc_auc: 0.9 },
      },
      {
        column: "country",
        value: "%%{init: {}}%%\nline",
        rows: 500,
        challenger: { roc_auc: 0.7 },
        champion: { roc_auc: 0.75 },
      },
      {
        column: "country",
        value: "`md` #quot; <b>",
        rows: 500,
        challenger: { roc_auc: 0.85 },
        champion: { roc_auc: 0.86 },
      },
    ];
    const block = mermaidBlock(renderComparisonMarkdown(makeReport({ slices })));
    const [header, title, xAxis, yAxis, bar, line] = lines(block);
    expect(header).toBe("xychart-beta");
    expect(title).toMatch(/^ {2}title "[^"]*"$/);
    expect(xAxis).toMatch(/^ {2}x-axis \["[^"[\]`%#;<>]*"(, "[^"[\]`%#;<>]*")*\]$/);
    // One sliced column: the title names it, the bars carry the values alone.
    expect(title).toBe('  title "roc_auc by country"');
    expect(xAxis).toContain(`"'］； click x call alert(1)"`);
    expect(xAxis).toContain(`"％％｛init: ｛｝｝％％ line"`);
    expect(yAxis).toBe('  y-axis "roc_auc" 0 --> 1');
    // Worst regression first: the 0.1 drop, then 0.05, then 0.01.
    expect(bar).toBe("  bar [0.8, 0.7, 0.85]");
    expect(line).toBe("  line [0.9, 0.75, 0.86]");
    expect(lines(block)).toHaveLength(6);
  });

  it("sanitises a column name that reaches the chart's title", () => {
    const slices = [
      {
        column: 'c"]; click',
        value: "a",
        rows: 500,
        challenger: { roc_auc: 0.8 },
        champion: { roc_auc: 0.9 },
      },
    ];
    const block = mermaidBlock(renderComparisonMarkdown(makeReport({ slices })));
    const [, title] = lines(block);
    expect(title).toMatch(/^ {2}title "roc_auc by c[^"[\];]*click"$/);
  });

  it("is deterministic", () => {
    const report = makeReport({ candidates: 4 });
    expect(renderComparisonMarkdown(report, { marker: MARKER })).toBe(
      renderComparisonMarkdown(report, { marker: MARKER }),
    );
  });

  it("stays under GitHub's limit with 5,000 slices, cutting whole rows and saying so", () => {
    const slices: Slice[] = Array.from({ length: 5000 }, (_, index) => ({
      column: `column_${index % 7}`,
      value: `value with some length to fill the table ${index}`,
      rows: 1000 + index,
      challenger: { roc_auc: 0.8 - (index % 100) / 1000 },
      champion: { roc_auc: 0.8 },
    }));
    const report = makeReport({
      slices,
      candidates: 200,
      gate: { slices: { columns: ["column_0", "column_1"], min_rows: 0, max_regression: 0.05 } },
    });
    const markdown = renderComparisonMarkdown(report, { marker: MARKER });
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(lines(markdown)[0]).toBe(MARKER);
    expect(lines(markdown)[1]).toContain("`churn` challenger");
    expect(markdown).toContain("left out to stay under GitHub's 65,536-character limit");
    expect(markdown).toMatch(/_[\d,]+ more slices left out to keep this comment short\._/);
    expect(markdown).toContain("#### Metrics");
    expect(markdown).toContain("Lineage:");
    expect(markdown).toContain("```mermaid");
    expectBalanced(markdown);
    expectWellFormedTables(markdown);
    // The worst slices are the ones kept.
    expect(markdown).toMatch(
      /^\| ❌ \| column\\_\d \| value with some length to fill the table \d*99 \| [\d,]+ \| 0.8000 \| 0.7010 \| 0.0990 \|$/m,
    );
  });

  it("fits a small limit too, dropping the least important sections first", () => {
    const report = makeReport({ candidates: 50 });
    const full = renderComparisonMarkdown(report, { marker: MARKER });
    const small = renderComparisonMarkdown(report, { marker: MARKER, maxLength: 4000 });
    expect(full.length).toBeGreaterThan(4000);
    expect(small.length).toBeLessThanOrEqual(4000);
    expect(lines(small)[0]).toBe(MARKER);
    expect(small).toContain("#### Metrics");
    expect(small).toContain("left out to stay under");
    expectBalanced(small);
    expectWellFormedTables(small);
  });

  it("keeps the marker even when nothing else fits", () => {
    const markdown = renderComparisonMarkdown(makeReport(), { marker: MARKER, maxLength: 300 });
    expect(markdown.length).toBeLessThanOrEqual(300);
    expect(lines(markdown)[0]).toBe(MARKER);
  });
});
