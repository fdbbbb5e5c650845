import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMonitorReport } from "../../../../src/config/contracts/monitor-report.js";
import { TerminalContext } from "../../../../src/context/terminal-context.js";
import { inputsOf } from "../../../../src/inputs/declared-inputs.js";
import { MONITOR_INPUTS } from "../../../../src/steps/monitor/monitor-inputs.js";
import { monitorStep } from "../../../../src/steps/monitor/monitor-step.js";
import { LocalRegistry } from "../../../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../../../src/tracking/local/local-tracker.js";

const DAY = 86_400_000;

/** A champion on the local backend whose run holds an evaluation (roc_auc 0.9 [0.88, 0.92]). */
async function project() {
  const dir = await mkdtemp(join(tmpdir(), "monitor-local-"));
  const root = join(dir, ".trainyard", "tracking");
  const tracker = new LocalTracker(root);
  const registry = new LocalRegistry(root);
  const run = await tracker.createRun({ experimentId: await tracker.ensureExperiment("m") });
  const evaluation = {
    kind: "trainyard.evaluation",
    version: 1,
    task: "binary",
    labelColumn: "y",
    classes: ["0", "1"],
    primaryMetric: "roc_auc",
    rows: 2000,
    metrics: { roc_auc: { value: 0.9, low: 0.88, high: 0.92, resamples: 200 } },
    slices: [],
    bootstrap: { resamples: 200, confidence: 0.95, seed: 1, method: "percentile" },
    prediction: { seconds: 1, rowsPerSecond: 2000, msPer1kRows: 500 },
    model: { sizeBytes: 1, runId: run.runId },
    testFile: "test.csv",
    predictionsFile: "predictions.csv",
    createdAt: new Date().toISOString(),
  };
  await writeFile(join(dir, "evaluation.json"), JSON.stringify(evaluation));
  await tracker.uploadArtifact(run.runId, join(dir, "evaluation.json"), "evaluation/evaluation.json");
  await tracker.logBatch(run.runId, {
    metrics: [{ key: "test_roc_auc", value: 0.91, step: 0, timestamp: Date.now() }],
  });
  await registry.ensureRegisteredModel("m");
  const version = await registry.createModelVersion({ name: "m", source: "m", runId: run.runId });
  await registry.setAlias("m", "champion", version.version);
  await writeFile(join(dir, "trainyard.yml"), "version: 1\nmodel: m\nmonitor: { min_rows: 100 }\n");
  return { dir, tracker, registry };
}

describe("monitor on the local backend", () => {
  it("reads the baseline from the run's test_* metrics, judges, and records on the champion and in a run", async () => {
    const { dir, tracker, registry } = await project();
    const now = Date.now();
    const lines = ["timestamp,y,score"];
    for (let i = 0; i < 400; i++) {
      const y = i % 3 === 0 ? 1 : 0;
      // A useless model: the score does not depend on the label.
      lines.push(`${new Date(now - (i % 5) * DAY - 1000).toISOString()},${y},${((i * 7919) % 1000) / 1000}`);
    }
    await writeFile(join(dir, "production.csv"), `${lines.join("\n")}\n`);
    const context = new TerminalContext({ workingDirectory: dir, env: {}, write: () => {} });
    const outputs = await monitorStep(context, inputsOf(MONITOR_INPUTS, { predictions: "production.csv" }));
    expect(outputs).toMatchObject({ retrain: true, rows: 400, dispatched: false, "champion-version": "1" });
    const report = parseMonitorReport(await readFile(outputs["report-path"], "utf8"), "monitor.json");
    // The run's logged test_roc_auc (0.91) is the baseline value; the interval comes from evaluation.json.
    expect(report.metrics[0]?.baseline).toEqual({ value: 0.91, low: 0.88, high: 0.92, resamples: 200 });
    expect(report.notes).toEqual(["the champion records no training snapshot, so no drift check"]);
    const champion = await registry.getVersionByAlias("m", "champion");
    expect(champion?.tags).toMatchObject({
      "trainyard.monitor.retrain": "true",
      "trainyard.monitor.rows": "400",
    });
    const run = await tracker.getRun(champion?.tags["trainyard.monitor.run_id"] as string);
    expect(run.tags["trainyard.kind"]).toBe("monitor");
    expect(run.info.status).toBe("FINISHED");
  });
});

describe("monitor on a window with more distinct scores than monitor.max_units", () => {
  it("quantises the scores and says so, with each metric's bound, in the report and the summary", async () => {
    const { dir } = await project();
    await writeFile(
      join(dir, "trainyard.yml"),
      "version: 1\nmodel: m\nmonitor: { min_rows: 100, bootstrap: 50, max_units: 1024 }\n",
    );
    const now = Date.now();
    const lines = ["timestamp,y,score"];
    for (let i = 0; i < 12_000; i++) {
      const y = i % 3 === 0 ? 1 : 0;
      const score = Math.min(1, ((i * 7919) % 12_000) / 24_000 + 0.4 * y);
      lines.push(`${new Date(now - (i % 3) * DAY - 1000).toISOString()},${y},${score}`);
    }
    await writeFile(join(dir, "production.csv"), `${lines.join("\n")}\n`);
    const context = new TerminalContext({ workingDirectory: dir, env: {}, write: () => {} });
    const outputs = await monitorStep(
      context,
      inputsOf(MONITOR_INPUTS, { predictions: "production.csv", "dry-run": "true" }),
    );
    expect(outputs.rows).toBe(12_000);
    const report = parseMonitorReport(await readFile(outputs["report-path"], "utf8"), "monitor.json");
    expect(report.quantisation?.maxUnits).toBe(1024);
    expect(report.quantisation?.units).toBeLessThanOrEqual(1024);
    expect(report.quantisation?.bounds.accuracy).toBe(0);
    expect(report.quantisation?.bounds.roc_auc).toBeGreaterThan(0);
    expect(report.quantisation?.bounds.roc_auc).toBeLessThan(0.01);
    const note = report.notes.find((text) => text.includes("quantised"));
    expect(note).toMatch(/more distinct scores than monitor\.max_units \(1024\).*roc_auc ±/);
    expect(report.daily.map((day) => day.rows).filter((rows) => rows > 0)).toEqual([4000, 4000, 4000]);
    expect(context.summaries.join("\n")).toContain("were quantised to");
  });
});
