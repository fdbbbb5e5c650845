import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanupCheckpoints } from "../../../../src/steps/train/checkpoint-cleanup.js";
import {
  CheckpointSync,
  deleteCheckpoints,
  listCheckpointKeys,
  restoreCheckpoint,
} from "../../../../src/steps/train/checkpoints.js";
import { LocalStore } from "../../../../src/store/local-store.js";
import { LocalTracker } from "../../../../src/tracking/local/local-tracker.js";
import { StepContext } from "../../../harness/step-context.js";

const KEY = "a".repeat(64);

async function setup() {
  const root = await mkdtemp(join(tmpdir(), "checkpoints-"));
  const store = new LocalStore(join(root, "store"));
  const lines: string[] = [];
  const context = new StepContext({ workingDirectory: root, env: {}, write: (line) => lines.push(line) });
  const dir = join(root, "ckpt");
  await mkdir(dir, { recursive: true });
  const sync = (runId: string) =>
    new CheckpointSync({
      store,
      key: KEY,
      runId,
      dir,
      stagingDir: join(root, `staging-${runId}`),
      intervalMs: 60_000,
      log: context.log,
    });
  return { root, store, context, lines, dir, sync };
}

async function manifestKeys(store: LocalStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of store.list(`checkpoints/${KEY}/manifests/`)) keys.push(entry.key);
  return keys;
}

describe("durable checkpoints", () => {
  it("uploads on stop, skips an unchanged folder, and restores the newest checkpoint with its step", async () => {
    const { root, store, context, lines, dir, sync } = await setup();
    const uploader = sync("run-1");
    await writeFile(join(dir, "checkpoint.json"), JSON.stringify({ step: 100, weights: [1, 2] }));
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "sub", "state.bin"), "bytes");
    await uploader.stop();
    expect(uploader.uploads).toBe(1);
    await uploader.stop();
    expect(uploader.uploads).toBe(1);
    await writeFile(join(dir, "checkpoint.json"), JSON.stringify({ step: 200, weights: [3, 4] }));
    const next = sync("run-2");
    await next.stop();
    expect(await manifestKeys(store)).toHaveLength(2);

    const target = join(root, "restored");
    const manifest = await restoreCheckpoint(context, store, KEY, target);
    expect(manifest?.runId).toBe("run-2");
    expect(manifest?.step).toBe(200);
    expect(JSON.parse(await readFile(join(target, "checkpoint.json"), "utf8")).step).toBe(200);
    expect(await readFile(join(target, "sub", "state.bin"), "utf8")).toBe("bytes");
    expect(lines.join("\n")).toMatch(/resuming from checkpoint .*run-2.*run run-2, step 200/);
  });

  it("never restores a damaged blob or a half-written manifest: the newest intact one is used, and the log says so", async () => {
    const { root, store, context, lines, dir, sync } = await setup();
    await writeFile(join(dir, "checkpoint.json"), JSON.stringify({ step: 10 }));
    await sync("run-1").stop();
    await new Promise((done) => setTimeout(done, 5));
    await writeFile(join(dir, "checkpoint.json"), JSON.stringify({ step: 20 }));
    await sync("run-2").stop();
    // run-2's blob is damaged in the store; a third manifest is cut off half-way.
    const [, second] = await manifestKeys(store);
    const record = JSON.parse((await store.getBytes(second as string)).toString("utf8"));
    const blob = join(root, "store", "checkpoints", KEY, "blobs", record.files[0].sha256);
    await writeFile(blob, JSON.stringify({ step: 99 }));
    const good = (await store.getBytes(second as string)).toString("utf8");
    await store.put(`checkpoints/${KEY}/manifests/run-3/00000001.json`, {
      body: good.slice(0, good.length / 2),
    });

    const target = join(root, "restored");
    const manifest = await restoreCheckpoint(context, store, KEY, target);
    expect(manifest?.runId).toBe("run-1");
    expect(JSON.parse(await readFile(join(target, "checkpoint.json"), "utf8")).step).toBe(10);
    const log = lines.join("\n");
    expect(log).toMatch(/run-3\/00000001\.json is unreadable/);
    expect(log).toMatch(/run run-2, step 20\) is damaged/);
    expect(log).toMatch(/resuming from checkpoint .*run run-1, step 10/);
  });

  it("restores nothing when there is no checkpoint, and deletes a key's checkpoints whole", async () => {
    const { root, store, context, dir, sync } = await setup();
    expect(await restoreCheckpoint(context, store, KEY, join(root, "none"))).toBeUndefined();
    await writeFile(join(dir, "model.bin"), "x");
    await sync("run-1").stop();
    expect([...((await listCheckpointKeys(store)).get(KEY) ?? [])]).toEqual(["run-1"]);
    expect(await deleteCheckpoints(store, KEY)).toBe(2);
    expect((await listCheckpointKeys(store)).size).toBe(0);
  });
});

describe("register cleanup's part for checkpoints", () => {
  it("deletes the checkpoints of a training whose run FINISHED, keeps a running one's, and keeps all with keep", async () => {
    const { root, store, context, lines, dir } = await setup();
    const tracker = new LocalTracker(join(root, "tracking"));
    const experimentId = await tracker.ensureExperiment("cleanup");
    const finished = await tracker.createRun({ experimentId });
    await tracker.updateRun(finished.runId, { status: "FINISHED", endTime: Date.now() });
    const running = await tracker.createRun({ experimentId });
    await writeFile(join(dir, "checkpoint.json"), JSON.stringify({ step: 1 }));
    const save = (key: string, runId: string) =>
      new CheckpointSync({
        store,
        key,
        runId,
        dir,
        stagingDir: join(root, `staging-${key}`),
        intervalMs: 60_000,
        log: context.log,
      }).stop();
    await save("done", finished.runId);
    await save("busy", running.runId);
    const clean = (dryRun: boolean, keep = false) =>
      cleanupCheckpoints(context, { store, tracker, dryRun, keep });
    expect(await clean(false, true)).toEqual([]);
    expect(await clean(true)).toEqual(["done"]);
    expect([...(await listCheckpointKeys(store)).keys()].sort()).toEqual(["busy", "done"]);
    expect(await clean(false)).toEqual(["done"]);
    expect([...(await listCheckpointKeys(store)).keys()]).toEqual(["busy"]);
    expect(lines.join("\n")).toMatch(/deleted the checkpoints of training done/);
  });

  it("deletes SageMaker's checkpoints (checkpoints/<key>/sagemaker/) once the run that wrote them FINISHED", async () => {
    const { root, store, context } = await setup();
    const tracker = new LocalTracker(join(root, "tracking"));
    const experimentId = await tracker.ensureExperiment("cleanup");
    const finished = await tracker.createRun({ experimentId });
    await tracker.updateRun(finished.runId, { status: "FINISHED", endTime: Date.now() });
    await store.put(`checkpoints/${KEY}/sagemaker-runs/${finished.runId}`, { body: "trainyard-job-1" });
    await store.put(`checkpoints/${KEY}/sagemaker/model.pt`, { body: "weights" });
    expect([...((await listCheckpointKeys(store)).get(KEY) ?? [])]).toEqual([finished.runId]);
    expect(await cleanupCheckpoints(context, { store, tracker, dryRun: false, keep: false })).toEqual([KEY]);
    expect(await store.exists(`checkpoints/${KEY}/sagemaker/model.pt`)).toBe(false);
    expect((await listCheckpointKeys(store)).size).toBe(0);
  });
});
