import { describe, expect, it } from "vitest";
import { computeSlos, type SloHistory, slowRunWarning } from "../../../src/policy/slo-policy.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.parse("2026-12-06T00:00:00Z");

/** 8 finished runs (1..8 minutes, one more a cache hit), 2 failed, 1 killed, 1 running, 1 failed before the window. */
function history(): SloHistory {
  const trainRuns: SloHistory["trainRuns"] = [];
  for (let i = 1; i <= 8; i++)
    trainRuns.push({
      runId: `ok${i}`,
      status: "FINISHED",
      startTime: now - i * DAY,
      endTime: now - i * DAY + i * 60_000,
      durationSeconds: i * 60,
      cacheHit: false,
    });
  trainRuns.push({
    runId: "hit",
    status: "FINISHED",
    startTime: now - DAY,
    durationSeconds: 0,
    cacheHit: true,
  });
  trainRuns.push({ runId: "f1", status: "FAILED", startTime: now - 2 * DAY, cacheHit: false });
  trainRuns.push({ runId: "f2", status: "FAILED", startTime: now - 3 * DAY, cacheHit: false });
  trainRuns.push({ runId: "k1", status: "KILLED", startTime: now - 4 * DAY, cacheHit: false });
  trainRuns.push({ runId: "r1", status: "RUNNING", startTime: now - HOUR, cacheHit: false });
  trainRuns.push({ runId: "old", status: "FAILED", startTime: now - 40 * DAY, cacheHit: false });
  return {
    trainRuns,
    versions: [
      {
        version: "1",
        creationTimestamp: now - 20 * DAY,
        runEndTime: now - 20 * DAY - 2 * HOUR,
        runStartTime: now - 21 * DAY,
        champion: false,
        promotedAt: now - 19 * DAY,
        previousChampion: "none",
        primaryMetric: "roc_auc",
        decision: "promote",
        gateFailed: [],
      },
      {
        version: "2",
        creationTimestamp: now - 10 * DAY,
        runEndTime: now - 10 * DAY - 4 * HOUR,
        runStartTime: now - 11 * DAY,
        champion: false,
        promotedAt: now - 9 * DAY,
        previousChampion: "1",
        primaryMetric: "roc_auc",
        primaryDelta: 0.02,
        decision: "promote",
        gateFailed: [],
      },
      {
        version: "3",
        creationTimestamp: now - 5 * DAY,
        runEndTime: now - 5 * DAY - 1 * HOUR,
        champion: false,
        primaryMetric: "roc_auc",
        primaryDelta: -0.01,
        decision: "reject",
        gateFailed: ["validation", "primary"],
      },
      {
        version: "4",
        creationTimestamp: now - 2 * DAY,
        runEndTime: now - 2 * DAY - 6 * HOUR,
        runStartTime: now - 2 * DAY - 7 * HOUR,
        champion: true,
        promotedAt: now - DAY,
        previousChampion: "2",
        primaryMetric: "log_loss",
        primaryDelta: -0.04,
        decision: "promote",
        gateFailed: [],
      },
    ],
    monitorRuns: [
      { startTime: now - 12 * DAY, dispatched: true, championVersion: "1" },
      { startTime: now - 6 * DAY, dispatched: false, championVersion: "2" },
      { startTime: now - 3 * DAY, dispatched: true, championVersion: "2" },
      { startTime: now - HOUR, dispatched: true, championVersion: "4" },
    ],
  };
}

describe("computeSlos", () => {
  it("gives the exact figures of a known history", () => {
    const slos = computeSlos(history(), {}, now, 30 * DAY);
    const value = (name: string) => slos.find((slo) => slo.name === name)?.value;
    // M1: 9 finished (8 trained + 1 cache hit) of 12 that ended in the window.
    expect(value("training success rate")).toBe(9 / 12);
    // M2: minutes 1..8; median 4.5, p95 at position 0.95·7 = 6.65 → 7 + 0.65·1 = 7.65.
    expect(value("time to train, median")).toBe(4.5);
    expect(value("time to train, p95")).toBeCloseTo(7.65, 12);
    // M3: the champion's (version 4) run started 2 days 7 hours ago.
    expect(value("data freshness")).toBe(55);
    // M4: latencies 2, 4, 1, 6 hours → median 3.
    expect(value("registration latency, median")).toBe(3);
    // M8: promotions with a delta: version 2 +0.02 (roc_auc), version 4 −(−0.04) = +0.04 (log_loss) → 0.03.
    expect(value("performance delta vs the replaced champion, mean")).toBeCloseTo(0.03, 12);
    // M9: 1 of 4 compared versions failed validation.
    expect(value("validation failure rate")).toBe(0.25);
    // M10: 3 dispatches; champion 1 was replaced (version 2), champion 2 was replaced (version 4), 4 not yet.
    expect(value("retrain-trigger usefulness")).toBe(2 / 3);
    expect(slos.every((slo) => slo.status === "no target")).toBe(true);
  });

  it("judges each indicator against its target", () => {
    const slos = computeSlos(
      history(),
      {
        training_success_rate: { min: 0.8 },
        time_to_train_minutes: { median: 5, p95: 7 },
        data_freshness_hours: { max: 48 },
        registration_latency_hours: { max: 3 },
        performance_delta: { min: 0 },
        validation_failure_rate: { max: 0.2 },
        retrain_trigger_usefulness: { min: 0.5 },
      },
      now,
      30 * DAY,
    );
    expect(slos.map((slo) => `${slo.id} ${slo.status}`)).toEqual([
      "M1 breached",
      "M2 met",
      "M2 breached",
      "M3 breached",
      "M4 met",
      "M8 met",
      "M9 breached",
      "M10 met",
    ]);
  });

  it("says no data where the window has nothing", () => {
    const slos = computeSlos(
      { trainRuns: [], versions: [], monitorRuns: [] },
      { training_success_rate: { min: 0.9 } },
      now,
      DAY,
    );
    expect(slos.every((slo) => slo.value === null && slo.status === "no data")).toBe(true);
  });
});

describe("slowRunWarning", () => {
  it("warns above twice the median of the last runs, and needs at least three of them", () => {
    expect(slowRunWarning(250, [100, 120, 80])).toMatch(
      /2\.5× the median 100\.0 s of the model's last 3 successful run/,
    );
    expect(slowRunWarning(190, [100, 120, 80])).toBeUndefined();
    expect(slowRunWarning(1000, [100, 120])).toBeUndefined();
    // Only the 20 newest count.
    expect(slowRunWarning(50, [...Array(20).fill(10), ...Array(30).fill(1000)])).toMatch(
      /median 10\.0 s of the model's last 20/,
    );
  });
});
