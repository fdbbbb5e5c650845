import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { parseLineage } from "../../src/config/contracts/lineage.js";
import { TrainingFailedError } from "../../src/steps/train/train-step.js";
import { LocalTracker } from "../../src/tracking/local/local-tracker.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import type { Tracker } from "../../src/tracking/ports.js";
import { FaultyProxy } from "../harness/faulty-proxy.js";
import { StepContext, trainStep } from "../harness/step-context.js";

const run = promisify(execFile);
const TRAINER = resolve("test/fixtures/trainers/contract-trainer.mjs");
const CLI = resolve("dist/cli/index.js");
const COMMAND = `node ${TRAINER}`;

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "train-step-"));
  await mkdir(join(dir, "data", "snap-1"), { recursive: true });
  await writeFile(join(dir, "data", "snap-1", "train.csv"), "x,y\n1,0\n2,1\n");
  await writeFile(join(dir, "data", "snap-1", "test.csv"), "x,y\n3,1\n");
  await writeFile(join(dir, "requirements.txt"), "scikit-learn==1.9.1\n");
  await run("git", ["init", "-q"], { cwd: dir });
  await run("git", ["-c", "user.name=t", "-c", "user.email=t@t", "add", "requirements.txt"], { cwd: dir });
  await run("git", ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "init"], { cwd: dir });
  return dir;
}

function context(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const lines: string[] = [];
  const ctx = new StepContext({
    workingDirectory: dir,
    inputs: { "data-dir": "data/snap-1", command: COMMAND, ...inputs },
    env: { ...process.env, MLFLOW_TRACKING_URI: "", ...env },
    write: (line) => lines.push(line),
    verbose: true,
  });
  return { ctx, lines };
}

/** Alive and not a zombie (a container's PID 1 may not reap orphans). */
async function isAlive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (stat === undefined) return false;
  return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
}

async function artifactText(tracker: Tracker, runId: string, path: string, _dir: string) {
  const target = join(await mkdtemp(join(tmpdir(), "artifact-")), path.replace(/\W/g, "_"));
  await tracker.downloadArtifacts(runId, path, target);
  return readFile(target, "utf8");
}

describe("train on the local tracker", () => {
  it("runs the command under the contract, records the run, and reuses it from the cache", async () => {
    const dir = await workspace();
    const counter = join(await mkdtemp(join(tmpdir(), "train-counter-")), "trained.txt");
    const params = "{lr: 0.1, nested: {depth: 3}, cmd: '$(touch pwned); `id`'}";
    const first = context(dir, { params, seed: "7" }, { TRAINYARD_COUNTER_FILE: counter });
    const out = await trainStep(first.ctx);
    expect(out["cache-hit"]).toBe(false);
    const model = JSON.parse(await readFile(join(out["model-dir"], "model.json"), "utf8"));
    expect(model).toMatchObject({
      seed: 7,
      pythonHashSeed: "7",
      params: { lr: 0.1, cmd: "$(touch pwned); `id`" },
    });
    expect(first.lines.join("\n")).toContain("training on 4 lines with seed 7");

    const tracker = new LocalTracker(join(dir, ".trainyard", "tracking"));
    const recorded = await tracker.getRun(out["run-id"]);
    expect(recorded.info.status).toBe("FINISHED");
    expect(recorded.params).toMatchObject({ lr: "0.1", "nested.depth": "3", "trainyard.seed": "7" });
    expect(recorded.tags).toMatchObject({
      "trainyard.snapshot.id": "snap-1",
      "trainyard.git.dirty": "true",
      "trainyard.exit_code": "0",
      "trainyard.cache.hit": "false",
    });
    expect(recorded.tags["mlflow.source.git.commit"]).toMatch(/^[0-9a-f]{40}$/);
    expect(recorded.tags["trainyard.lockfile.requirements.txt"]).toMatch(/^[0-9a-f]{64}$/);
    expect(recorded.metrics.find((metric) => metric.key === "loss")).toMatchObject({ value: 0.2, step: 4 });
    const lineage = parseLineage(
      await artifactText(tracker, out["run-id"], "lineage.json", dir),
      "lineage.json",
    );
    expect(lineage).toMatchObject({
      seed: 7,
      data: { snapshotId: "snap-1" },
      training: { exitCode: 0, cacheHit: false },
    });
    expect(lineage.environment.lockfiles).toHaveProperty("requirements.txt");
    expect(await artifactText(tracker, out["run-id"], "model/model.json", dir)).toContain('"seed":7');
    await expect(readFile(join(dir, "pwned"))).rejects.toThrow();

    const second = context(dir, { params, seed: "7" }, { TRAINYARD_COUNTER_FILE: counter });
    const again = await trainStep(second.ctx);
    expect(again["cache-hit"]).toBe(true);
    expect(again["run-id"]).not.toBe(out["run-id"]);
    expect(await readFile(counter, "utf8")).toBe("trained\n");
    const reused = await tracker.getRun(again["run-id"]);
    expect(reused.tags["trainyard.cache.reused_run_id"]).toBe(out["run-id"]);
    expect(await readFile(join(again["model-dir"], "model.json"), "utf8")).toBe(
      await readFile(join(out["model-dir"], "model.json"), "utf8"),
    );

    const changed = await trainStep(
      context(dir, { params, seed: "8" }, { TRAINYARD_COUNTER_FILE: counter }).ctx,
    );
    expect(changed["cache-hit"]).toBe(false);
    expect(await readFile(counter, "utf8")).toBe("trained\ntrained\n");
  });

  it("marks a failing command FAILED and keeps its last 200 lines", async () => {
    const dir = await workspace();
    const error = await trainStep(context(dir, { params: "{fail: 3}" }).ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrainingFailedError);
    const failure = error as TrainingFailedError;
    expect(failure.exitCode).toBe(3);
    expect(failure.message).toMatch(/exited with code 3; run \w+ is marked FAILED\. Its last 200 line\(s\)/);
    expect(failure.tail.at(-1)).toBe("error line 249");
    expect(failure.tail).toHaveLength(200);
    const tracker = new LocalTracker(join(dir, ".trainyard", "tracking"));
    const [runInfo] = await tracker.searchRuns({
      experimentIds: [await tracker.ensureExperiment("trainyard")],
    });
    expect(runInfo?.info.status).toBe("FAILED");
    const tail = await artifactText(tracker, runInfo?.info.runId as string, "logs/train-tail.log", dir);
    expect(tail).toContain("error line 249");
    expect(tail).not.toContain("error line 49\n");
  });

  it("stops a command that runs past its timeout with its whole process tree and marks the run KILLED", async () => {
    const dir = await workspace();
    const error = await trainStep(
      context(dir, { params: "{sleep_ms: 20000, spawn_child: true}", "timeout-minutes": "0.02" }).ctx,
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/timed out after 0.02 minute\(s\).*KILLED/s);
    const tracker = new LocalTracker(join(dir, ".trainyard", "tracking"));
    const [runInfo] = await tracker.searchRuns({
      experimentIds: [await tracker.ensureExperiment("trainyard")],
    });
    expect(runInfo?.info.status).toBe("KILLED");
    const modelDir = join(dir, ".trainyard", "runs", runInfo?.info.runId as string, "model");
    const childPid = Number(await readFile(join(modelDir, "child.pid"), "utf8"));
    await new Promise((done) => setTimeout(done, 200));
    expect(await isAlive(childPid)).toBe(false);
  });

  it("says when the command is not found and leaves no run RUNNING", async () => {
    const dir = await workspace();
    await expect(trainStep(context(dir, { command: "no-such-trainer-binary --fit" }).ctx)).rejects.toThrow(
      /command not found: "no-such-trainer-binary"/,
    );
    const tracker = new LocalTracker(join(dir, ".trainyard", "tracking"));
    const runs = await tracker.searchRuns({ experimentIds: [await tracker.ensureExperiment("trainyard")] });
    expect(runs.map((r) => r.info.status)).toEqual(["FAILED"]);
  });

  it("reproduce: identical trainings pass, a random one warns or fails by config", async () => {
    const dir = await workspace();
    const same = context(dir, { reproduce: "error", cache: "false" });
    await trainStep(same.ctx);
    expect(same.lines.join("\n")).toContain("model files are byte-identical");
    const random = context(dir, {
      reproduce: "warn",
      cache: "false",
      params: "{random: true, curve_points: 0}",
    });
    await trainStep(random.ctx);
    expect(random.lines.join("\n")).toMatch(/warning: reproduce: .*1 of 1 model file\(s\) differ/);
    // Different bytes but final metrics within 1 %: reproducible by the pattern's check, and said so.
    const close = context(dir, { reproduce: "error", cache: "false", params: "{random: true}" });
    await trainStep(close.ctx);
    expect(close.lines.join("\n")).toMatch(
      /reproduce: .*differ \(model.json\); the final curve values differ by at most 0\.000 %/,
    );
    await expect(
      trainStep(
        context(dir, { reproduce: "error", cache: "false", params: "{random: true, curve_points: 0}" }).ctx,
      ),
    ).rejects.toThrow(/reproduce: error/);
  });

  it("a runner cancel (SIGTERM) marks the run KILLED and leaves no orphan process", async () => {
    const dir = await workspace();
    const child = spawn(
      process.execPath,
      [
        CLI,
        "train",
        "--data-dir",
        "data/snap-1",
        "--command",
        COMMAND,
        "--params",
        "{sleep_ms: 30000, spawn_child: true}",
      ],
      { cwd: dir, env: { ...process.env, MLFLOW_TRACKING_URI: "" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const tracker = new LocalTracker(join(dir, ".trainyard", "tracking"));
    const deadline = Date.now() + 15_000;
    let childPidFile: string | undefined;
    while (!childPidFile && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 100));
      const runs = await tracker
        .searchRuns({ experimentIds: [await tracker.ensureExperiment("trainyard")] })
        .catch(() => []);
      const id = runs[0]?.info.runId;
      const file = id ? join(dir, ".trainyard", "runs", id, "model", "child.pid") : undefined;
      if (file && (await readFile(file, "utf8").catch(() => ""))) childPidFile = file;
    }
    expect(childPidFile).toBeDefined();
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).not.toBe(0);
    expect(output).toMatch(/cancelled \(SIGTERM\)/);
    const [runInfo] = await tracker.searchRuns({
      experimentIds: [await tracker.ensureExperiment("trainyard")],
    });
    expect(runInfo?.info.status).toBe("KILLED");
    const grandchild = Number(await readFile(childPidFile as string, "utf8"));
    await new Promise((done) => setTimeout(done, 200));
    expect(await isAlive(grandchild)).toBe(false);
  }, 30_000);
});

describe("the slow-run alert", () => {
  it("warns when a run takes more than twice the median of the earlier successful runs", async () => {
    const dir = await workspace();
    const train = async (params: string) => {
      const { ctx, lines } = context(dir, { params });
      await trainStep(ctx);
      return lines.join("\n");
    };
    for (const i of [1, 2, 3]) expect(await train(`{i: ${i}}`)).not.toContain("the median");
    const slow = await train("{i: 4, sleep_ms: 2500}");
    expect(slow).toMatch(
      /this training took \d+\.\d s, \d+\.\d× the median \d+\.\d s of the model's last 3 successful run\(s\) \(alert above 2×\)/,
    );
  }, 60_000);
});

describe("train against the live MLflow server", () => {
  it("records params, MLflow's own tags, curves, lineage and the model, in few requests", async () => {
    const dir = await workspace();
    const proxy = await FaultyProxy.start(inject("mlflowUri"));
    const uri = proxy.url;
    const lines: string[] = [];
    const ctx = new StepContext({
      workingDirectory: dir,
      inputs: {
        "data-dir": "data/snap-1",
        command: COMMAND,
        params: "{lr: 0.05, curve_points: 2000}",
        "tracking-uri": uri,
        experiment: `train-${Date.now()}`,
      },
      env: { ...process.env, GITHUB_ACTOR: "octocat", GITHUB_REPOSITORY: "acme/churn", GITHUB_RUN_ID: "42" },
      write: (line) => lines.push(line),
    });
    const out = await trainStep(ctx);
    // The whole run in 12 requests (one searches for orphaned runs of the same inputs, one reads the recent
    // durations for the slow-run alert); the 2,000 curve points take two log-batch requests (1,000 each).
    const logBatches = proxy.seen.filter((request) => request.path.endsWith("/runs/log-batch"));
    const requests = proxy.seen.length;
    await proxy.close();
    expect(logBatches).toHaveLength(4); // params, curves ×2, tags with the summary metrics
    expect(requests).toBe(12);
    const { tracker } = await openTracking({ uri: inject("mlflowUri"), env: {} });
    const recorded = await tracker.getRun(out["run-id"]);
    expect(recorded.info.status).toBe("FINISHED");
    expect(recorded.params).toMatchObject({ lr: "0.05", "trainyard.seed": "42" });
    expect(recorded.tags).toMatchObject({
      "mlflow.user": "octocat",
      "mlflow.source.name": "acme/churn",
      "trainyard.workflow.run_url": "https://github.com/acme/churn/actions/runs/42",
    });
    expect(recorded.tags["mlflow.source.git.commit"]).toMatch(/^[0-9a-f]{40}$/);
    expect(recorded.metrics.find((metric) => metric.key === "loss")).toMatchObject({ step: 1999 });
    const artifacts = await tracker.listArtifacts(out["run-id"]);
    expect(artifacts.map((entry) => entry.path).sort()).toEqual(["lineage.json", "model"]);
    expect(out["model-uri"]).toBe(`runs:/${out["run-id"]}/model`);
  });
});
