import { describe, expect, it } from "vitest";
import type { RuleResult } from "../../../src/config/contracts/comparison-report.js";
import { comparisonReportSchema } from "../../../src/config/contracts/comparison-report.js";
import { type GateConfig, gateSchema } from "../../../src/config/trainyard-config.js";
import { formatInterval, formatNumber } from "../../../src/policy/format-number.js";
import type { GateInput, MetricInterval } from "../../../src/policy/gate-input.js";
import { evaluateGate } from "../../../src/policy/gate-policy.js";
import { regressionOf } from "../../../src/policy/rule-common.js";
import { higherIsBetter } from "../../../src/stats/metric-names.js";

const at = (value: number, spread = 0.01, resamples = 1000): MetricInterval => ({
  value,
  low: value - spread,
  high: value + spread,
  resamples,
});
const interval = (value: number, low: number, high: number): MetricInterval => ({
  value,
  low,
  high,
  resamples: 1000,
});

const PASSED = { passed: true, errors: 0, warnings: 1, snapshotId: "snap1", failed: [] };

function binaryInput(overrides: Partial<GateInput> = {}): GateInput {
  return {
    model: "churn",
    task: "binary",
    challenger: { roc_auc: at(0.85), log_loss: at(0.4), recall: at(0.7), accuracy: at(0.8) },
    champion: { roc_auc: at(0.83), log_loss: at(0.42), recall: at(0.72), accuracy: at(0.79) },
    deltas: {
      roc_auc: interval(0.02, 0.01, 0.03),
      log_loss: interval(-0.02, -0.03, -0.01),
      recall: interval(-0.02, -0.04, 0),
      accuracy: interval(0.01, -0.005, 0.02),
    },
    slices: [],
    modelSizeBytes: 2_500_000,
    msPer1kRows: 12,
    validation: PASSED,
    defaultPrimaryMetric: "roc_auc",
    ...overrides,
  };
}

function gate(config: unknown = {}): GateConfig {
  return gateSchema.parse(config);
}

function rule(rules: RuleResult[], id: string): RuleResult {
  const found = rules.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id} in ${rules.map((r) => r.id).join(", ")}`);
  return found;
}

describe("metric directions", () => {
  it("knows which metrics are better lower", () => {
    for (const metric of ["log_loss", "brier", "expected_calibration_error", "rmse", "mae", "mape"])
      expect(higherIsBetter(metric)).toBe(false);
    for (const metric of ["roc_auc", "accuracy", "r2", "macro_f1", "pr_auc"])
      expect(higherIsBetter(metric)).toBe(true);
  });

  it("measures regression in the good direction", () => {
    expect(regressionOf("roc_auc", 0.8, 0.85)).toBeCloseTo(0.05);
    expect(regressionOf("rmse", 12, 10)).toBeCloseTo(2);
    expect(regressionOf("rmse", 9, 10)).toBeCloseTo(-1);
  });
});

describe("number formatting", () => {
  it("gives four decimals, and significant digits at the extremes", () => {
    expect(formatNumber(0.0123)).toBe("0.0123");
    expect(formatNumber(0.004)).toBe("0.0040");
    expect(formatNumber(1234.5678)).toBe("1,234.6");
    expect(formatNumber(0.0000123456)).toBe("0.00001235");
    expect(formatNumber(Number.NaN)).toBe("n/a");
    expect(formatNumber(null)).toBe("n/a");
    expect(formatInterval(0.0123, 0.004, 0.0201)).toBe("0.0123 [0.0040, 0.0201]");
  });
});

describe("the primary rule", () => {
  it("passes when the lower bound of Δ exceeds min_delta (higher is better)", () => {
    const result = evaluateGate(gate({ primary: { metric: "roc_auc", min_delta: 0.005 } }), binaryInput());
    const primary = rule(result.rules, "primary");
    expect(primary.verdict).toBe("pass");
    expect(primary.observed).toBeCloseTo(0.01);
    expect(primary.bound).toBe("lower bound of Δ > 0.005");
    expect(result.decision).toBe("promote");
    expect(result.reasons).toEqual([primary.message]);
    expect(primary.message).toContain("roc_auc rose by 0.0200 [0.0100, 0.0300]");
  });

  it("fails when the interval does not clear min_delta", () => {
    const result = evaluateGate(gate({ primary: { metric: "roc_auc", min_delta: 0.015 } }), binaryInput());
    expect(rule(result.rules, "primary").verdict).toBe("fail");
    expect(result.decision).toBe("reject");
    expect(result.reasons[0]).toContain("did not improve by more than min_delta 0.015 with 95% confidence");
  });

  it("judges a lower-is-better metric by the upper bound of Δ", () => {
    const passing = evaluateGate(gate({ primary: { metric: "log_loss", min_delta: 0.005 } }), binaryInput());
    const primary = rule(passing.rules, "primary");
    expect(primary.verdict).toBe("pass");
    expect(primary.observed).toBeCloseTo(-0.01);
    expect(primary.bound).toBe("upper bound of Δ < -0.005");
    expect(primary.message).toContain("log_loss fell by 0.0200 [0.0100, 0.0300]");

    const failing = evaluateGate(gate({ primary: { metric: "log_loss", min_delta: 0.01 } }), binaryInput());
    expect(rule(failing.rules, "primary").verdict).toBe("fail");
    // A loss that rose fails at min_delta 0.
    const worse = binaryInput({ deltas: { log_loss: interval(0.02, 0.01, 0.03) } });
    expect(
      rule(evaluateGate(gate({ primary: { metric: "log_loss" } }), worse).rules, "primary").verdict,
    ).toBe("fail");
  });

  it("uses the default primary metric with min_delta 0 when gate.primary is absent", () => {
    const result = evaluateGate(gate({}), binaryInput({ defaultPrimaryMetric: "accuracy" }));
    const primary = rule(result.rules, "primary");
    expect(primary.metric).toBe("accuracy");
    // accuracy's Δ interval [-0.005, 0.02] includes 0.
    expect(primary.verdict).toBe("fail");
  });

  it("fails when Δ is NaN or was not measured", () => {
    const nan = binaryInput({ deltas: { roc_auc: interval(Number.NaN, Number.NaN, Number.NaN) } });
    const result = evaluateGate(gate(), nan);
    expect(rule(result.rules, "primary").verdict).toBe("fail");
    expect(rule(result.rules, "primary").observed).toBeNull();
    expect(rule(result.rules, "primary").message).toContain("NaN");
    const missing = evaluateGate(gate(), binaryInput({ deltas: {} }));
    expect(rule(missing.rules, "primary").verdict).toBe("fail");
  });
});

describe("without a champion", () => {
  const first = binaryInput({ champion: undefined, deltas: undefined });

  it("skips the comparisons and lets the thresholds decide", () => {
    const result = evaluateGate(
      gate({
        thresholds: { roc_auc: { min: 0.8 } },
        guardrails: { recall: { max_regression: 0.01 } },
        slices: { columns: ["country"], max_regression: 0.02 },
      }),
      { ...first, slices: [{ column: "country", value: "DE", rows: 500, challenger: { roc_auc: 0.8 } }] },
    );
    expect(rule(result.rules, "primary").verdict).toBe("skip");
    expect(rule(result.rules, "primary").message).toContain("no champion");
    expect(rule(result.rules, "guardrail.recall").verdict).toBe("skip");
    expect(rule(result.rules, "slice.country.roc_auc").verdict).toBe("skip");
    expect(result.decision).toBe("promote");
    expect(result.reasons).toEqual([
      "first model (no champion yet): all thresholds met: roc_auc 0.8500 ≥ 0.8",
    ]);
    expect(result.note).toContain("thresholds alone decide");
    expect(
      result.metrics.every((metric) => metric.champion === undefined && metric.delta === undefined),
    ).toBe(true);
  });

  it("rejects a first model that misses a threshold", () => {
    const result = evaluateGate(gate({ thresholds: { roc_auc: { min: 0.9 } } }), first);
    expect(result.decision).toBe("reject");
    expect(result.reasons).toEqual(["roc_auc 0.8500 is below the minimum 0.9"]);
  });

  it("promotes a first model with no thresholds and says nothing blocked it", () => {
    const result = evaluateGate(gate(), first);
    expect(result.decision).toBe("promote");
    expect(result.reasons[0]).toContain("no thresholds are set");
  });
});

describe("thresholds", () => {
  it("pass and fail on min and max, inclusive", () => {
    const result = evaluateGate(
      gate({
        thresholds: { roc_auc: { min: 0.85 }, log_loss: { max: 0.35 }, accuracy: { min: 0.7, max: 0.9 } },
      }),
      binaryInput(),
    );
    expect(rule(result.rules, "threshold.roc_auc").verdict).toBe("pass");
    expect(rule(result.rules, "threshold.log_loss").verdict).toBe("fail");
    expect(rule(result.rules, "threshold.log_loss").message).toBe(
      "log_loss 0.4000 is above the maximum 0.35",
    );
    expect(rule(result.rules, "threshold.accuracy").bound).toBe("≥ 0.7 and ≤ 0.9");
    expect(rule(result.rules, "threshold.accuracy").verdict).toBe("pass");
    expect(result.decision).toBe("reject");
  });

  it("fail on NaN with a clear message", () => {
    const input = binaryInput({ challenger: { ...binaryInput().challenger, roc_auc: at(Number.NaN) } });
    const result = evaluateGate(gate({ thresholds: { roc_auc: { min: 0.8 } } }), input);
    const threshold = rule(result.rules, "threshold.roc_auc");
    expect(threshold.verdict).toBe("fail");
    expect(threshold.observed).toBeNull();
    expect(threshold.message).toContain("not a number (NaN)");
    // NaN becomes null in the JSON-bound metrics.
    const rocAuc = result.metrics.find((metric) => metric.metric === "roc_auc");
    expect(rocAuc?.challenger).toEqual({ value: null, low: null, high: null, resamples: 1000 });
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it("write an infinite value as null, since the report is JSON", () => {
    const input = binaryInput({
      challenger: { ...binaryInput().challenger, log_loss: at(Number.POSITIVE_INFINITY) },
    });
    const threshold = rule(
      evaluateGate(gate({ thresholds: { log_loss: { max: 1 } } }), input).rules,
      "threshold.log_loss",
    );
    expect(threshold).toMatchObject({ verdict: "fail", observed: null });
    expect(threshold.message).toBe("log_loss ∞ is above the maximum 1");
  });

  it("fail on a metric the task does not have, naming the task's metrics", () => {
    const result = evaluateGate(gate({ thresholds: { rmse: { max: 3 } } }), binaryInput());
    const threshold = rule(result.rules, "threshold.rmse");
    expect(threshold.verdict).toBe("fail");
    expect(threshold.message).toBe(
      "rmse is not a binary metric; binary metrics are accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, expected_calibration_error",
    );
  });
});

describe("guardrails", () => {
  it("allow a regression up to max_regression", () => {
    const result = evaluateGate(gate({ guardrails: { recall: { max_regression: 0.02 } } }), binaryInput());
    const guardrail = rule(result.rules, "guardrail.recall");
    expect(guardrail.verdict).toBe("pass");
    expect(guardrail.observed).toBeCloseTo(0.02);
  });

  it("fail beyond it, also for lower-is-better metrics", () => {
    const result = evaluateGate(
      gate({ guardrails: { recall: { max_regression: 0.01 }, log_loss: { max_regression: 0 } } }),
      binaryInput({ challenger: { ...binaryInput().challenger, log_loss: at(0.45) } }),
    );
    expect(rule(result.rules, "guardrail.recall").verdict).toBe("fail");
    expect(rule(result.rules, "guardrail.recall").message).toContain(
      "recall regressed by 0.0200 (0.7200 → 0.7000",
    );
    const loss = rule(result.rules, "guardrail.log_loss");
    expect(loss.verdict).toBe("fail");
    expect(loss.observed).toBeCloseTo(0.03);
  });

  it("pass an improvement of a lower-is-better metric (negative regression)", () => {
    const result = evaluateGate(gate({ guardrails: { log_loss: { max_regression: 0 } } }), binaryInput());
    expect(rule(result.rules, "guardrail.log_loss").verdict).toBe("pass");
    expect(rule(result.rules, "guardrail.log_loss").observed).toBeCloseTo(-0.02);
  });

  it("fail on NaN and on a metric of another task", () => {
    const input = binaryInput({ champion: { ...binaryInput().champion, recall: at(Number.NaN) } });
    const result = evaluateGate(
      gate({ guardrails: { recall: { max_regression: 1 }, r2: { max_regression: 1 } } }),
      input,
    );
    expect(rule(result.rules, "guardrail.recall").verdict).toBe("fail");
    expect(rule(result.rules, "guardrail.recall").message).toContain("NaN");
    expect(rule(result.rules, "guardrail.r2").message).toContain("r2 is not a binary metric");
  });
});

describe("slices", () => {
  const slices: GateInput["slices"] = [
    { column: "country", value: "DE", rows: 900, challenger: { roc_auc: 0.8 }, champion: { roc_auc: 0.84 } },
    { column: "country", value: "FR", rows: 700, challenger: { roc_auc: 0.86 }, champion: { roc_auc: 0.85 } },
    {
      column: "country",
      value: "IT",
      rows: 650,
      challenger: { roc_auc: 0.845 },
      champion: { roc_auc: 0.85 },
    },
    { column: "country", value: "LU", rows: 40, challenger: { roc_auc: 0.5 }, champion: { roc_auc: 0.9 } },
    {
      column: "plan",
      value: "basic",
      rows: 1000,
      challenger: { roc_auc: 0.83 },
      champion: { roc_auc: 0.835 },
    },
    {
      column: "plan",
      value: "pro",
      rows: 300,
      challenger: { roc_auc: Number.NaN },
      champion: { roc_auc: Number.NaN },
    },
  ];

  it("fail each slice over max_regression and summarise the passing ones by their worst", () => {
    const result = evaluateGate(
      gate({ slices: { columns: ["country", "plan"], min_rows: 200, max_regression: 0.02 } }),
      binaryInput({ slices }),
    );
    const failing = rule(result.rules, "slice.country=DE.roc_auc");
    expect(failing.verdict).toBe("fail");
    expect(failing.observed).toBeCloseTo(0.04);
    expect(failing.message).toContain(
      "slice country=DE (900 rows): roc_auc regressed by 0.0400 (0.8400 → 0.8000)",
    );
    const worstPassing = rule(result.rules, "slice.country=IT.roc_auc");
    expect(worstPassing.verdict).toBe("pass");
    expect(worstPassing.message).toContain("2 slices of country; the worst, country=IT");
    expect(result.rules.some((r) => r.id === "slice.country=FR.roc_auc")).toBe(false);
    const small = rule(result.rules, "slice.country.under_min_rows");
    expect(small.verdict).toBe("skip");
    expect(small.message).toContain("LU (40 rows)");
    expect(rule(result.rules, "slice.plan=basic.roc_auc").verdict).toBe("pass");
    expect(rule(result.rules, "slice.plan.unmeasured").verdict).toBe("skip");
    expect(result.decision).toBe("reject");
  });

  it("pass when every judged slice stays within max_regression", () => {
    const result = evaluateGate(
      gate({ slices: { columns: ["country"], min_rows: 200, max_regression: 0.05 } }),
      binaryInput({ slices }),
    );
    expect(result.rules.filter((r) => r.kind === "slice" && r.verdict === "fail")).toEqual([]);
    expect(result.decision).toBe("promote");
  });

  it("fail a slice whose metric is NaN for the challenger alone", () => {
    const broken = [
      {
        column: "plan",
        value: "pro",
        rows: 300,
        challenger: { roc_auc: Number.NaN },
        champion: { roc_auc: 0.8 },
      },
    ];
    const result = evaluateGate(
      gate({ slices: { columns: ["plan"], max_regression: 0.05 } }),
      binaryInput({ slices: broken }),
    );
    expect(rule(result.rules, "slice.plan=pro.roc_auc").verdict).toBe("fail");
  });

  it("fail a gate column that was not evaluated", () => {
    const result = evaluateGate(
      gate({ slices: { columns: ["region"], max_regression: 0.05 } }),
      binaryInput({ slices }),
    );
    expect(rule(result.rules, "slice.region.roc_auc").message).toContain("add region to evaluate.slices");
    expect(result.decision).toBe("reject");
  });

  it("list every slice, worst regression first, NaN last", () => {
    const result = evaluateGate(gate(), binaryInput({ slices }));
    expect(result.slices.map((slice) => `${slice.column}=${slice.value}`)).toEqual([
      "country=LU",
      "country=DE",
      "country=IT",
      "plan=basic",
      "country=FR",
      "plan=pro",
    ]);
    expect(result.slices[0]).toMatchObject({ metric: "roc_auc", challenger: 0.5, champion: 0.9 });
    expect(result.slices.at(-1)).toMatchObject({ challenger: null, champion: null, regression: null });
  });

  it("sort by the worst value without a champion, in the metric's direction", () => {
    const regression: GateInput = {
      ...binaryInput({ champion: undefined, deltas: undefined }),
      task: "regression",
      challenger: { rmse: at(3) },
      defaultPrimaryMetric: "rmse",
      slices: [
        { column: "size", value: "s", rows: 10, challenger: { rmse: 2 } },
        { column: "size", value: "l", rows: 10, challenger: { rmse: 5 } },
      ],
    };
    expect(evaluateGate(gate(), regression).slices.map((slice) => slice.value)).toEqual(["l", "s"]);
  });
});

describe("limits", () => {
  it("compare model size in MB of 1,000,000 bytes and prediction time", () => {
    const pass = evaluateGate(
      gate({ limits: { model_size_mb: 2.5, predict_ms_per_1k_rows: 12 } }),
      binaryInput(),
    );
    expect(rule(pass.rules, "limit.model_size_mb")).toMatchObject({ verdict: "pass", observed: 2.5 });
    expect(rule(pass.rules, "limit.predict_ms_per_1k_rows").verdict).toBe("pass");
    const fail = evaluateGate(
      gate({ limits: { model_size_mb: 2, predict_ms_per_1k_rows: 10 } }),
      binaryInput(),
    );
    expect(rule(fail.rules, "limit.model_size_mb").verdict).toBe("fail");
    expect(rule(fail.rules, "limit.model_size_mb").message).toContain("2,500,000 bytes");
    expect(rule(fail.rules, "limit.predict_ms_per_1k_rows").verdict).toBe("fail");
    const nan = evaluateGate(
      gate({ limits: { predict_ms_per_1k_rows: 10 } }),
      binaryInput({ msPer1kRows: Number.NaN }),
    );
    expect(rule(nan.rules, "limit.predict_ms_per_1k_rows")).toMatchObject({
      verdict: "fail",
      observed: null,
    });
  });
});

describe("data validation", () => {
  it("is required by default and fails when absent, saying what to pass", () => {
    const result = evaluateGate(gate(), binaryInput({ validation: undefined }));
    expect(rule(result.rules, "validation").verdict).toBe("fail");
    expect(rule(result.rules, "validation").message).toContain("pass the validate-data report");
  });

  it("fails when the validation failed, naming the failed checks", () => {
    const failed = {
      passed: false,
      errors: 1,
      warnings: 0,
      snapshotId: "snap1",
      failed: [{ id: "columns.age.min", severity: "error", message: "3 rows below 0" }],
    };
    const result = evaluateGate(gate(), binaryInput({ validation: failed }));
    expect(rule(result.rules, "validation").message).toContain(
      "failed: 1 error(s), 0 warning(s) (columns.age.min)",
    );
    expect(result.decision).toBe("reject");
    const optional = evaluateGate(gate({ require_validation: false }), binaryInput({ validation: failed }));
    expect(rule(optional.rules, "validation").verdict).toBe("skip");
    expect(optional.decision).toBe("promote");
  });

  it("passes when it passed", () => {
    expect(rule(evaluateGate(gate(), binaryInput()).rules, "validation").verdict).toBe("pass");
  });
});

describe("without a gate section", () => {
  it("applies the defaults: primary on the default metric with min_delta 0, validation required", () => {
    const result = evaluateGate(undefined, binaryInput());
    expect(result.rules.map((r) => r.id)).toEqual(["primary", "validation"]);
    expect(rule(result.rules, "primary")).toMatchObject({
      metric: "roc_auc",
      verdict: "pass",
      bound: "lower bound of Δ > 0",
    });
    expect(result.decision).toBe("promote");
    expect(result.note).toContain("defaults apply");
    expect(evaluateGate(undefined, binaryInput({ validation: undefined })).decision).toBe("reject");
  });

  it("fails a default primary metric that is not of the task", () => {
    const result = evaluateGate(undefined, binaryInput({ defaultPrimaryMetric: "rmse" }));
    expect(rule(result.rules, "primary").verdict).toBe("fail");
    expect(rule(result.rules, "primary").message).toContain("binary metrics are accuracy");
  });
});

describe("the result", () => {
  it("lists every metric of the task in order, with champion and delta", () => {
    const result = evaluateGate(gate(), binaryInput());
    expect(result.metrics.map((metric) => metric.metric)).toEqual([
      "accuracy",
      "precision",
      "recall",
      "f1",
      "roc_auc",
      "pr_auc",
      "log_loss",
      "brier",
      "expected_calibration_error",
    ]);
    const logLoss = result.metrics.find((metric) => metric.metric === "log_loss");
    expect(logLoss?.higherIsBetter).toBe(false);
    expect(logLoss?.delta?.value).toBeCloseTo(-0.02);
    const precision = result.metrics.find((metric) => metric.metric === "precision");
    expect(precision?.challenger).toEqual({ value: null, low: null, high: null, resamples: 0 });
  });

  it("fits the comparison report contract", () => {
    const result = evaluateGate(
      gate({ thresholds: { roc_auc: { min: 0.8 } }, slices: { columns: ["country"], max_regression: 0.01 } }),
      binaryInput({
        slices: [
          {
            column: "country",
            value: "DE",
            rows: 900,
            challenger: { roc_auc: Number.NaN },
            champion: { roc_auc: 0.8 },
          },
        ],
      }),
    );
    const report = {
      kind: "trainyard.comparison",
      version: 1,
      model: "churn",
      task: "binary",
      rows: 2000,
      primaryMetric: "roc_auc",
      challenger: { modelSizeBytes: 2_500_000, msPer1kRows: 12 },
      champion: { version: "3" },
      candidates: [],
      bootstrap: { resamples: 1000, confidence: 0.95, seed: 42 },
      createdAt: "2024-06-01T00:00:00Z",
      decision: result.decision,
      reasons: result.reasons,
      rules: result.rules,
      metrics: result.metrics,
      slices: result.slices,
    };
    expect(() => comparisonReportSchema.parse(JSON.parse(JSON.stringify(report)))).not.toThrow();
  });
});
