import { describe, expect, it } from "vitest";
import { cooldownState, differenceInterval, judgeMonitor } from "../../../src/policy/monitor-policy.js";
import type { MetricInterval } from "../../../src/stats/metric-set.js";

const interval = (value: number, low: number, high: number): MetricInterval => ({
  value,
  low,
  high,
  resamples: 1000,
});

describe("differenceInterval (MOVER)", () => {
  it("combines two independent intervals into the interval of their difference", () => {
    const delta = differenceInterval(interval(0.8, 0.77, 0.82), interval(0.9, 0.88, 0.93));
    expect(delta.value).toBeCloseTo(-0.1, 12);
    // L = Δ − √((0.8−0.77)² + (0.93−0.9)²), U = Δ + √((0.82−0.8)² + (0.9−0.88)²)
    expect(delta.low).toBeCloseTo(-0.1 - Math.hypot(0.03, 0.03), 12);
    expect(delta.high).toBeCloseTo(-0.1 + Math.hypot(0.02, 0.02), 12);
  });

  it("is the production interval shifted when the baseline has no width", () => {
    const delta = differenceInterval(interval(0.8, 0.7, 0.85), interval(0.9, 0.9, 0.9));
    expect([delta.low, delta.value, delta.high].map((v) => Number(v.toFixed(12)))).toEqual([
      -0.2, -0.1, -0.05,
    ]);
  });
});

describe("judgeMonitor", () => {
  const base = { minRows: 100, confidence: 0.95, drift: [] };

  it("retrains when the drop is larger than max_degradation with the interval's confidence", () => {
    const verdict = judgeMonitor({
      ...base,
      rows: 5000,
      policy: { roc_auc: { max_degradation: 0.05 } },
      measured: [
        { metric: "roc_auc", production: interval(0.7, 0.68, 0.72), baseline: interval(0.9, 0.88, 0.92) },
      ],
    });
    expect(verdict.retrain).toBe(true);
    expect(verdict.reasons[0]).toMatch(
      /^roc_auc in production 0\.7000 \[0\.6800, 0\.7200\] against the champion's evaluation 0\.9000 \[0\.8800, 0\.9200\]: Δ -0\.2000 \[-0\.2283, -0\.1717\] \(95% interval, unpaired \(MOVER\)\), worse by more than max_degradation 0\.05/,
    );
  });

  it("does not retrain on a drop the interval cannot tell from noise", () => {
    const verdict = judgeMonitor({
      ...base,
      rows: 5000,
      policy: { roc_auc: { max_degradation: 0.05 } },
      measured: [
        { metric: "roc_auc", production: interval(0.86, 0.8, 0.92), baseline: interval(0.9, 0.88, 0.92) },
      ],
    });
    expect(verdict.retrain).toBe(false);
    expect(verdict.reasons[0]).toMatch(/^no retrain: roc_auc in production/);
  });

  it("reads a loss in its own direction: a higher log_loss is the degradation", () => {
    const measured = [
      { metric: "log_loss", production: interval(0.6, 0.55, 0.65), baseline: interval(0.3, 0.28, 0.32) },
    ];
    expect(
      judgeMonitor({ ...base, rows: 500, policy: { log_loss: { max_degradation: 0.1 } }, measured }).retrain,
    ).toBe(true);
    expect(judgeMonitor({ ...base, rows: 500, policy: { log_loss: { max: 0.7 } }, measured }).retrain).toBe(
      false,
    );
    expect(judgeMonitor({ ...base, rows: 500, policy: { log_loss: { max: 0.5 } }, measured }).retrain).toBe(
      true,
    );
  });

  it("retrains when the whole interval is below min, not when it only touches it", () => {
    const judge = (high: number) =>
      judgeMonitor({
        ...base,
        rows: 500,
        policy: { accuracy: { min: 0.8 } },
        measured: [
          { metric: "accuracy", production: interval(0.75, 0.7, high), baseline: interval(0.9, 0.88, 0.92) },
        ],
      });
    expect(judge(0.79).retrain).toBe(true);
    expect(judge(0.81).retrain).toBe(false);
  });

  it("judges nothing with too few rows and says so", () => {
    const verdict = judgeMonitor({
      ...base,
      rows: 40,
      policy: { roc_auc: { max_degradation: 0 } },
      measured: [
        { metric: "roc_auc", production: interval(0.1, 0.05, 0.2), baseline: interval(0.9, 0.88, 0.92) },
      ],
    });
    expect(verdict.retrain).toBe(false);
    expect(verdict.reasons).toEqual([
      "not enough rows: 40 labelled prediction(s) in the window, fewer than monitor.min_rows 100, so the champion is not judged",
    ]);
  });

  it("retrains on drift at error severity, only warns at warn", () => {
    const check = (severity: "error" | "warn") => ({
      id: "drift.x.psi",
      rulePath: [],
      column: "x",
      status: "fail" as const,
      severity,
      observed: 0.4,
      expected: "warn ≥ 0.1, error ≥ 0.25",
      message: "PSI over the reference's deciles: 0.4",
    });
    const judge = (severity: "error" | "warn") =>
      judgeMonitor({ ...base, rows: 500, policy: {}, measured: [], drift: [check(severity)] });
    expect(judge("error").retrain).toBe(true);
    expect(judge("error").reasons).toEqual(["feature x: PSI over the reference's deciles: 0.4"]);
    expect(judge("warn").retrain).toBe(false);
    expect(judge("warn").rules.find((rule) => rule.kind === "drift")?.verdict).toBe("warn");
  });

  it("skips a metric whose baseline is not a number", () => {
    const verdict = judgeMonitor({
      ...base,
      rows: 500,
      policy: { roc_auc: { max_degradation: 0 } },
      measured: [
        {
          metric: "roc_auc",
          production: interval(0.5, 0.4, 0.6),
          baseline: interval(Number.NaN, Number.NaN, Number.NaN),
        },
      ],
    });
    expect(verdict.retrain).toBe(false);
    expect(verdict.rules.find((rule) => rule.id === "metric.roc_auc.degradation")?.verdict).toBe("skip");
  });

  describe("paired or unpaired", () => {
    // A drop of 0.06: MOVER's interval [-0.1024, -0.0176] cannot show a loss beyond 0.05; the paired one can.
    const measured = [
      { metric: "roc_auc", production: interval(0.84, 0.81, 0.87), baseline: interval(0.9, 0.87, 0.93) },
    ];
    const policy = { roc_auc: { max_degradation: 0.05 } };
    const paired = {
      mode: "paired" as const,
      ids: 640,
      metrics: {
        roc_auc: {
          production: interval(0.83, 0.8, 0.86),
          evaluation: interval(0.9, 0.87, 0.93),
          delta: interval(-0.07, -0.085, -0.055),
        },
      },
    };

    it("judges max_degradation on the paired interval when there is one, and says so", () => {
      const unpaired = judgeMonitor({ ...base, rows: 5000, policy, measured });
      expect(unpaired.retrain).toBe(false);
      const verdict = judgeMonitor({ ...base, rows: 5000, policy, measured, comparison: paired });
      expect(verdict.retrain).toBe(true);
      expect(verdict.deltas.roc_auc).toEqual(paired.metrics.roc_auc.delta);
      expect(verdict.unpairedDeltas.roc_auc).toEqual(unpaired.deltas.roc_auc);
      expect(verdict.reasons[0]).toBe(
        "roc_auc in production 0.8400 [0.8100, 0.8700] against the champion's evaluation 0.9000 [0.8700, 0.9300]; on the 640 ids of its test rows seen in production 0.8300 [0.8000, 0.8600] against 0.9000 [0.8700, 0.9300]: Δ -0.0700 [-0.0850, -0.0550] (95% interval, paired on 640 ids), worse by more than max_degradation 0.05 with 95% confidence",
      );
    });

    it("says why it is unpaired", () => {
      const verdict = judgeMonitor({
        ...base,
        rows: 5000,
        policy,
        measured,
        comparison: {
          mode: "unpaired",
          reason: "no production row carries an id of the champion's test rows",
        },
      });
      expect(verdict.reasons[0]).toMatch(
        /\(95% interval, unpaired \(MOVER\): no production row carries an id of the champion's test rows\), not shown to be worse/,
      );
      expect(verdict.unpairedDeltas).toEqual({});
    });

    it("falls back to MOVER for a metric whose paired interval is not a number", () => {
      const verdict = judgeMonitor({
        ...base,
        rows: 5000,
        policy,
        measured,
        comparison: {
          ...paired,
          metrics: {
            roc_auc: { ...paired.metrics.roc_auc, delta: interval(Number.NaN, Number.NaN, Number.NaN) },
          },
        },
      });
      expect(verdict.retrain).toBe(false);
      expect(verdict.reasons[0]).toMatch(
        /unpaired \(MOVER\): the paired interval of roc_auc is not a number on the 640 matched ids/,
      );
    });
  });
});

describe("cooldownState", () => {
  const now = Date.parse("2026-12-06T00:00:00Z");
  it("allows a dispatch without an earlier one, refuses one within the cooldown, allows it after", () => {
    expect(cooldownState(undefined, 3 * 86_400_000, now)).toEqual({ allowed: true });
    expect(cooldownState("2026-12-05T00:00:00Z", 3 * 86_400_000, now)).toEqual({
      allowed: false,
      until: "2026-12-08T00:00:00.000Z",
    });
    expect(cooldownState("2026-12-01T00:00:00Z", 3 * 86_400_000, now)).toEqual({ allowed: true });
  });
});
