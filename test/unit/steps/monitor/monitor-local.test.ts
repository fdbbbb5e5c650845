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
    expect(report.comparison).toEqual({
      mode: "unpaired",
      reason:
        "the champion's evaluation recorded no row ids (set evaluate.id_column and evaluate the champion again to pair by id)",
    });
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

describe("monitor pairing production rows with the champion's test rows by id", () => {
  /** A regression champion on the local backend: 300 test rows with ids t0…t299, predictions = label ± 1. */
  async function regressionProject(config: string) {
    const dir = await mkdtemp(join(tmpdir(), "monitor-paired-"));
    const root = join(dir, ".trainyard", "tracking");
    const tracker = new LocalTracker(root);
    const registry = new LocalRegistry(root);
    const run = await tracker.createRun({ experimentId: await tracker.ensureExperiment("r") });
    const evaluation = {
      kind: "trainyard.evaluation",
      version: 1,
      task: "regression",
      labelColumn: "y",
      primaryMetric: "rmse",
      rows: 300,
      metrics: { rmse: { value: 1, low: 0.9, high: 1.1, resamples: 100 } },
      slices: [],
      bootstrap: { resamples: 100, confidence: 0.95, seed: 4, method: "percentile" },
      prediction: { seconds: 1, rowsPerSecond: 300, msPer1kRows: 3 },
      model: { sizeBytes: 1, runId: run.runId },
      testFile: "test.csv",
      predictionsFile: "predictions.csv",
      idColumn: "id",
      createdAt: new Date().toISOString(),
    };
    const lines = ["prediction,id,y"];
    for (let i = 0; i < 300; i++) lines.push(`${i + (i % 2 ? 1 : -1)},t${i},${i}`);
    await writeFile(join(dir, "evaluation.json"), JSON.stringify(evaluation));
    await writeFile(join(dir, "predictions.csv"), `${lines.join("\n")}\n`);
    await tracker.uploadArtifact(run.runId, join(dir, "evaluation.json"), "evaluation/evaluation.json");
    await tracker.uploadArtifact(run.runId, join(dir, "predictions.csv"), "evaluation/predictions.csv");
    await registry.ensureRegisteredModel("r");
    const version = await registry.createModelVersion({ name: "r", source: "r", runId: run.runId });
    await registry.setAlias("r", "champion", version.version);
    await writeFile(join(dir, "trainyard.yml"), `version: 1\nmodel: r\n${config}`);
    return dir;
  }

  it("pairs the newest production row of each id, under monitor.id_column, and judges on the paired Δ", async () => {
    const dir = await regressionProject(
      "monitor: { min_rows: 100, id_column: customer, metrics: { rmse: { max_degradation: 0.5 } } }\n",
    );
    const now = Date.now();
    const lines = ["timestamp,customer,y,prediction"];
    // Each of the 300 ids twice: an older row with a wild prediction, then the newest with the error now ±2.
    for (let i = 0; i < 300; i++) {
      lines.push(`${new Date(now - 2 * DAY).toISOString()},t${i},${i},${i + 50}`);
      lines.push(`${new Date(now - DAY).toISOString()},t${i},${i},${i + (i % 2 ? 2 : -2)}`);
    }
    lines.push(`${new Date(now - DAY).toISOString()},someone-else,5,5`);
    await writeFile(join(dir, "production.csv"), `${lines.join("\n")}\n`);
    const context = new TerminalContext({ workingDirectory: dir, env: {}, write: () => {} });
    const outputs = await monitorStep(
      context,
      inputsOf(MONITOR_INPUTS, { predictions: "production.csv", "dry-run": "true" }),
    );
    const report = parseMonitorReport(await readFile(outputs["report-path"], "utf8"), "monitor.json");
    expect(report.comparison).toMatchObject({ mode: "paired", ids: 300, idColumn: "customer" });
    expect(report.comparison?.reason).toContain("300 older production row(s) of those ids left out");
    const rmse = report.metrics.find((metric) => metric.metric === "rmse");
    // The newest rows only: rmse 2 against the evaluation's 1 on the same ids, so Δ = 1 exactly (every
    // resample weights an id the same on both sides, and both errors are constant).
    expect(rmse?.paired?.production.value).toBeCloseTo(2, 12);
    expect(rmse?.paired?.evaluation.value).toBeCloseTo(1, 12);
    expect(rmse?.delta).toMatchObject({ low: expect.closeTo(1, 9), high: expect.closeTo(1, 9) });
    expect(outputs.retrain).toBe(true);
    expect(outputs.reasons).toContain(
      "(95% interval, paired on 300 ids), worse by more than max_degradation 0.5",
    );
  });

  it("stays unpaired below monitor.min_paired_rows, and when the production rows have no id column", async () => {
    const dir = await regressionProject("monitor: { min_rows: 100, min_paired_rows: 250 }\n");
    const now = new Date(Date.now() - DAY).toISOString();
    const rows = (withId: boolean) => [
      withId ? "timestamp,id,y,prediction" : "timestamp,y,prediction",
      ...Array.from({ length: 200 }, (_, i) => `${now},${withId ? `t${i},` : ""}${i},${i + 1}`),
    ];
    await writeFile(join(dir, "some.csv"), `${rows(true).join("\n")}\n`);
    await writeFile(join(dir, "none.csv"), `${rows(false).join("\n")}\n`);
    const run = async (file: string) => {
      const context = new TerminalContext({ workingDirectory: dir, env: {}, write: () => {} });
      const outputs = await monitorStep(
        context,
        inputsOf(MONITOR_INPUTS, { predictions: file, "dry-run": "true", "output-dir": `out-${file}` }),
      );
      return parseMonitorReport(await readFile(outputs["report-path"], "utf8"), "monitor.json");
    };
    expect((await run("some.csv")).comparison).toEqual({
      mode: "unpaired",
      idColumn: "id",
      reason:
        'only 200 of the champion\'s 300 test rows have a production row with their id ("id") in the window, fewer than monitor.min_paired_rows 250',
    });
    const none = await run("none.csv");
    expect(none.comparison?.reason).toBe(
      'the production rows have no "id" column to pair with the champion\'s test rows by id',
    );
    expect(none.reasons[0]).toContain('unpaired (MOVER): the production rows have no "id" column');
  });
});
