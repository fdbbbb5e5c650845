import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { commands } from "../../src/cli/commands/index.js";
import { runCli } from "../../src/cli/run-cli.js";
import type { SloIndicator } from "../../src/policy/slo-policy.js";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../src/tracking/local/local-tracker.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import type { Registry, Tracker } from "../../src/tracking/ports.js";
import { VERSION } from "../../src/version.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function cli(cwd: string, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(commands, VERSION, {
    argv,
    env: {},
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/**
 * A known history: 4 finished training runs of 1–4 minutes and 1 failed one (and a failure from before the
 * window); version 1 promoted first, a dispatched retrain, version 2 promoted over it with +0.02 roc_auc,
 * version 3 rejected for failed data validation.
 */
async function construct(tracker: Tracker, registry: Registry, model: string, snapshotId: string) {
  const now = Date.now();
  const experimentId = await tracker.ensureExperiment(model);
  const train = async (
    name: string,
    status: "FINISHED" | "FAILED",
    startTime: number,
    seconds?: number,
    end?: number,
  ) => {
    const run = await tracker.createRun({
      experimentId,
      runName: name,
      startTime,
      tags: {
        "trainyard.cache.key": `key-${name}`,
        "trainyard.cache.hit": "false",
        ...(seconds !== undefined ? { "trainyard.duration_seconds": seconds.toFixed(3) } : {}),
      },
    });
    await tracker.updateRun(run.runId, { status, endTime: end ?? startTime + (seconds ?? 1) * 1000 });
    return run.runId;
  };
  const ok1 = await train("ok1", "FINISHED", now - 6 * DAY, 60, now - 1 * HOUR);
  const ok2 = await train("ok2", "FINISHED", now - 2 * DAY, 120, now - 2 * HOUR);
  const ok3 = await train("ok3", "FINISHED", now - 3 * DAY, 180, now - 3 * HOUR);
  await train("ok4", "FINISHED", now - 4 * DAY, 240);
  await train("failed", "FAILED", now - 5 * DAY);
  await train("long-ago", "FAILED", now - 60 * DAY);

  await registry.ensureRegisteredModel(model);
  const version = async (runId: string, tags: Record<string, string>) =>
    (await registry.createModelVersion({ name: model, source: `runs:/${runId}/model`, runId, tags })).version;
  const v1 = await version(ok1, {
    "trainyard.decision": "promote",
    "trainyard.gate.failed": "none",
    "trainyard.primary_metric": "roc_auc",
    "trainyard.promoted_at": new Date(now - 5 * DAY).toISOString(),
    "trainyard.previous_champion": "none",
  });
  const monitorRun = await tracker.createRun({
    experimentId,
    runName: "monitor",
    startTime: now - 3 * DAY,
    tags: {
      "trainyard.kind": "monitor",
      "trainyard.monitor.dispatched": "true",
      "trainyard.monitor.champion_version": v1,
    },
  });
  await tracker.updateRun(monitorRun.runId, { status: "FINISHED", endTime: now - 3 * DAY + 1000 });
  const v2 = await version(ok2, {
    "trainyard.decision": "promote",
    "trainyard.gate.failed": "none",
    "trainyard.primary_metric": "roc_auc",
    "trainyard.delta.roc_auc": "0.02",
    "trainyard.promoted_at": new Date(now - 1 * DAY).toISOString(),
    "trainyard.previous_champion": v1,
    "trainyard.snapshot.id": snapshotId,
  });
  await version(ok3, {
    "trainyard.decision": "reject",
    "trainyard.gate.failed": "validation,primary",
    "trainyard.primary_metric": "roc_auc",
  });
  await registry.setAlias(model, "champion", v2);
}

const backends = [
  {
    name: "the local backend",
    open: async (dir: string) => {
      const root = join(dir, ".trainyard", "tracking");
      return {
        tracker: new LocalTracker(root) as Tracker,
        registry: new LocalRegistry(root) as Registry,
        uri: "",
      };
    },
  },
  {
    name: "the live MLflow server",
    open: async () => {
      const uri = inject("mlflowUri");
      return { ...(await openTracking({ uri, env: {} })), uri };
    },
  },
];

describe.each(backends)("trainyard slo on $name", (backend) => {
  it("computes the indicators of a constructed history exactly and exits 1 on a breach", async () => {
    const dir = await mkdtemp(join(tmpdir(), "slo-"));
    const model = `slo-${backend.name.includes("MLflow") ? "mlflow" : "local"}-${Date.now()}`;
    const { tracker, registry, uri } = await backend.open(dir);
    // The champion's training snapshot, created (as its manifest says) 50 hours ago.
    await writeFile(join(dir, "rows.csv"), "id,x,y\n1,0.5,0\n2,0.7,1\n3,0.1,0\n");
    const snapshot = await cli(dir, "snapshot", "--source", "rows.csv", "--store", "store", "--json");
    expect(snapshot.code).toBe(0);
    const snapshotId = (JSON.parse(snapshot.stdout) as Record<string, string>)["snapshot-id"] as string;
    const manifestFile = join(dir, "store", "snapshots", snapshotId, "manifest.json");
    const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as { createdAt: string };
    manifest.createdAt = new Date(Date.now() - 50 * HOUR).toISOString();
    await writeFile(manifestFile, JSON.stringify(manifest));
    // A validation that fails and stops the pipeline: validate-data records it in the tracker (M9).
    await writeFile(
      join(dir, "validate.yml"),
      [
        "version: 1",
        `model: ${model}`,
        ...(uri ? ["tracking:", `  uri: ${uri}`] : []),
        "store: store",
        "validate:",
        "  rows: { min: 1000 }",
        "",
      ].join("\n"),
    );
    const validation = await cli(dir, "validate", "--snapshot", snapshotId, "--config", "validate.yml");
    expect(validation.stderr).toContain("rows");
    expect(validation.code).toBe(1);
    await construct(tracker, registry, model, snapshotId);
    const config = (minSuccess: number) =>
      writeFile(
        join(dir, "trainyard.yml"),
        [
          "version: 1",
          `model: ${model}`,
          "store: store",
          ...(uri ? ["tracking:", `  uri: ${uri}`] : []),
          "slo:",
          "  window: 30d",
          `  training_success_rate: { min: ${minSuccess} }`,
          "  time_to_train_minutes: { median: 5, p95: 10 }",
          "  data_freshness_hours: { max: 72 }",
          "  registration_latency_hours: { max: 24 }",
          "  performance_delta: { min: 0 }",
          "  validation_failure_rate: { max: 0.5 }",
          "  retrain_trigger_usefulness: { min: 0.5 }",
          "",
        ].join("\n"),
      );

    await config(0.9);
    const breached = await cli(dir, "slo", "--json", "--badge", "badge/slo.json");
    expect(breached.code).toBe(1);
    expect(breached.stderr).toMatch(/1 SLO\(s\) breached: M1 training success rate 0\.8 \(target ≥ 0\.9\)/);
    const outputs = JSON.parse(breached.stdout) as { breached: string; indicators: string };
    expect(outputs.breached).toBe("M1");
    const indicators = JSON.parse(outputs.indicators) as SloIndicator[];
    const value = (name: string) => indicators.find((indicator) => indicator.name === name)?.value as number;
    expect(value("training success rate")).toBe(0.8);
    expect(value("time to train, median")).toBe(2.5);
    // p95 of 1, 2, 3, 4 minutes: position 0.95 · 3 = 2.85 → 3 + 0.85 = 3.85.
    expect(value("time to train, p95")).toBeCloseTo(3.85, 12);
    // The champion (version 2)'s snapshot was created 50 hours ago (its run started 48 hours ago).
    expect(value("data freshness")).toBeGreaterThanOrEqual(50);
    expect(value("data freshness")).toBeLessThan(50.1);
    expect(indicators.find((indicator) => indicator.id === "M3")?.basis).toBe(
      `champion version 2's snapshot ${snapshotId} created ${manifest.createdAt}`,
    );
    // Each version was registered 1, 2 and 3 hours after its run ended (plus the seconds this test takes).
    expect(value("registration latency, median")).toBeGreaterThanOrEqual(2);
    expect(value("registration latency, median")).toBeLessThan(2.1);
    expect(value("performance delta vs the replaced champion, mean")).toBe(0.02);
    // 1 validation stopped a pipeline, 1 of 3 compared versions failed validation: 2 of 4 candidates.
    expect(value("validation failure rate")).toBe(0.5);
    expect(indicators.find((indicator) => indicator.id === "M9")?.basis).toBe(
      "1 validation(s) stopped a pipeline; 1 of 3 compared version(s) failed data validation",
    );
    expect(value("retrain-trigger usefulness")).toBe(1);

    // The badge is written before the step fails, so a workflow can still publish it.
    expect(await readFile(join(dir, "badge", "slo.json"), "utf8")).toBe(
      '{"schemaVersion":1,"label":"SLOs","message":"M1 breached","color":"red"}\n',
    );
    const annotated = await cli(dir, "slo", "--on-breach", "annotate", "--json");
    expect(annotated.code).toBe(0);
    expect(annotated.stderr).toContain("SLO breached: M1 training success rate 0.8 (target ≥ 0.9)");
    expect((JSON.parse(annotated.stdout) as { breached: string }).breached).toBe("M1");

    await config(0.8);
    const met = await cli(dir, "slo", "--badge", "badge/slo.json");
    expect(met.code).toBe(0);
    expect(await readFile(join(dir, "badge", "slo.json"), "utf8")).toBe(
      '{"schemaVersion":1,"label":"SLOs","message":"8/8 met","color":"brightgreen"}\n',
    );
    expect(met.stdout).toContain("**Every target met.**");
    expect(met.stdout).toContain(
      "| M1 | training success rate | 0.8 fraction | 4 of 5 training run\\(s\\) finished | ≥ 0.8 | ✅ met |",
    );
  }, 120_000);
});
