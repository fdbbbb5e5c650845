import { describe, expect, it } from "vitest";
import { higherIsBetter, METRIC_NAMES, METRICS, metricDeclaration } from "../../../src/stats/metric-names.js";

describe("metric declarations", () => {
  it("declare the losses and errors lower-is-better and every other metric higher-is-better", () => {
    const lower = METRIC_NAMES.filter((metric) => !higherIsBetter(metric));
    expect(lower).toEqual(["log_loss", "brier", "expected_calibration_error", "rmse", "mae", "mape"]);
  });

  it("count a name trainyard does not compute as higher-is-better, with no declaration", () => {
    expect(higherIsBetter("custom_score")).toBe(true);
    expect(higherIsBetter("constructor")).toBe(true);
    expect(metricDeclaration("constructor")).toBeUndefined();
  });

  it("declare every metric of every task once, with a range whose min is below its max", () => {
    expect(Object.keys(METRICS).sort()).toEqual([...METRIC_NAMES].sort());
    for (const metric of METRIC_NAMES) {
      const { range } = METRICS[metric];
      expect(range.min).toBeLessThan(range.max);
    }
  });
});
