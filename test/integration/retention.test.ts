import { createHash, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import { describe, expect, inject, it } from "vitest";
import { parseErasureEntry } from "../../src/config/contracts/erasure-log.js";
import { manifestKey } from "../../src/config/contracts/snapshot-manifest.js";
import { UserError } from "../../src/errors/user-error.js";
import { inputsOf } from "../../src/inputs/declared-inputs.js";
import { hashErasedKey } from "../../src/policy/retention.js";
import { ERASE_INPUTS } from "../../src/steps/erase/erase-inputs.js";
import { eraseStep, PENDING_RETRAIN_TAG } from "../../src/steps/erase/erase-step.js";
import { GC_INPUTS } from "../../src/steps/gc/gc-inputs.js";
import { gcStep } from "../../src/steps/gc/gc-step.js";
import { readManifest } from "../../src/steps/snapshot/pull-snapshot.js";
import { saveModelToStore } from "../../src/steps/train/train-cache.js";
import type { BlobStore } from "../../src/store/blob-store.js";
import { openStore } from "../../src/store/open-store.js";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../src/tracking/local/local-tracker.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import type { Registry, Tracker } from "../../src/tracking/ports.js";
import { freePort } from "../harness/free-port.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";
import { StepContext, snapshotStep } from "../harness/step-context.js";

const ERASED = ["cust-erase-0001", "cust-erase-0002", "cust-erase-0003"];

interface Backend {
  name: string;
  open(dir: string): Promise<{
    storeUri: string;
    store: BlobStore;
    env: Record<string, string>;
    tracking: { tracker: Tracker; registry: Registry };
    trackingUri: string;
  }>;
}

const backends: Backend[] = [
  {
    name: "local store and local registry",
    async open(dir) {
      const storeUri = join(dir, "store");
      const trackingUri = join(dir, "tracking");
      return {
        storeUri,
        store: await openStore(storeUri),
        env: {},
        tracking: { tracker: new LocalTracker(trackingUri), registry: new LocalRegistry(trackingUri) },
        trackingUri,
      };
    },
  },
  {
    name: "S3 (moto) and MLflow",
    async open() {
      const { env, client } = s3TestEnvironment();
      const bucket = `retention-${randomUUID().slice(0, 8)}`;
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      const storeUri = `s3://${bucket}/store`;
      const trackingUri = inject("mlflowUri");
      return {
        storeUri,
        store: await openStore(storeUri, { env }),
        env,
        tracking: await openTracking({ uri: trackingUri, env: {} }),
        trackingUri,
      };
    },
  },
];

function customers(prefix: string, count: number, extra: string[] = []): string {
  const ids = [
    ...Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}`),
    ...extra,
  ];
  return `customer_id,age,plan,label\n${ids.map((id, i) => `${id},${20 + (i % 50)},${["basic", "pro"][i % 2]},${i % 2}`).join("\n")}\n`;
}

/** Every object in the store, gunzipped where it is gzip, as one text per key. */
async function everyObject(store: BlobStore): Promise<Map<string, Buffer>> {
  const objects = new Map<string, Buffer>();
  for await (const info of store.list("")) {
    const bytes = await store.getBytes(info.key);
    objects.set(info.key, bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  }
  return objects;
}

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function registerOn(
  tracking: { tracker: Tracker; registry: Registry },
  model: string,
  snapshotId: string,
): Promise<{ version: string; runId: string }> {
  const experimentId = await tracking.tracker.ensureExperiment(model);
  const run = await tracking.tracker.createRun({
    experimentId,
    tags: { "trainyard.snapshot.id": snapshotId },
  });
  await tracking.tracker.updateRun(run.runId, { status: "FINISHED", endTime: Date.now() });
  await tracking.registry.ensureRegisteredModel(model);
  const version = await tracking.registry.createModelVersion({
    name: model,
    source: `${run.artifactUri}/model`,
    runId: run.runId,
    tags: { "trainyard.snapshot.id": snapshotId },
  });
  return { version: version.version, runId: run.runId };
}

describe.each(backends)("erase on the $name", (backend) => {
  it("erases 3 customers from 2 of 3 snapshots: no byte of them left, the third untouched, versions tagged, log of hashes, again a no-op", async () => {
    const dir = await mkdtemp(join(tmpdir(), "erase-"));
    const { storeUri, store, env, tracking, trackingUri } = await backend.open(dir);
    const model = `erase-${randomUUID().slice(0, 8)}`;
    await mkdir(join(dir, "src"));
    // 1: a group split holding two of the customers; 2: an unsplit gzip file (stored byte for byte) holding
    // the third; 3: no erased customer at all
    await writeFile(join(dir, "src", "one.csv"), customers("cust-a", 60, ERASED.slice(0, 2)));
    await writeFile(join(dir, "src", "two.csv.gz"), gzipSync(customers("cust-b", 40, [ERASED[2] as string])));
    await writeFile(join(dir, "src", "three.csv"), customers("cust-c", 50));
    const take = async (source: string, more: Record<string, string> = {}) =>
      (
        await snapshotStep(
          new StepContext({ workingDirectory: dir, env, inputs: { source, store: storeUri, ...more } }),
        )
      )["snapshot-id"];
    const one = await take("src/one.csv", {
      split: "group",
      "split-key": "customer_id",
      "test-fraction": "0.3",
    });
    const two = await take("src/two.csv.gz");
    const three = await take("src/three.csv", { split: "random" });
    const v1 = await registerOn(tracking, model, one);
    const v2 = await registerOn(tracking, model, two);
    const v3 = await registerOn(tracking, model, three);
    // a training-cache record of the run on snapshot one: its model must never be restored again
    const modelDir = join(dir, "model");
    await mkdir(modelDir);
    await writeFile(join(modelDir, "model.bin"), `weights of ${randomUUID()}`);
    await saveModelToStore(store, "a".repeat(64), modelDir, v1.runId);
    // the request: a local file, or on S3 an object beside the store (outside its prefix)
    const request = `customer_id\n${ERASED.join("\n")}\n`;
    let values = join(dir, "erase.txt");
    await writeFile(values, request);
    if (storeUri.startsWith("s3://")) {
      values = `${storeUri.replace(/\/store$/, "")}/requests/erase.txt`;
      await (await openStore(storeUri.replace(/\/store$/, ""), { env })).put("requests/erase.txt", {
        body: request,
      });
    }

    const before = await everyObject(store);
    expect([...before.values()].some((bytes) => bytes.includes(ERASED[2] as string))).toBe(true);
    const threeManifest = before.get(manifestKey(three)) as Buffer;
    const threeBlobs = (await readManifest(store, three)).files.map((file) => `blobs/sha256/${file.sha256}`);

    const erase = (more: Record<string, string> = {}) =>
      eraseStep(
        new StepContext({ workingDirectory: dir, env }),
        inputsOf(ERASE_INPUTS, {
          column: "customer_id",
          values,
          store: storeUri,
          "tracking-uri": trackingUri,
          model,
          ...more,
        }),
        { tracking },
      );

    const dry = await erase({ "dry-run": "true" });
    expect(dry["rows-erased"]).toBe(3);
    expect(dry.snapshots.split("\n").sort()).toEqual([one, two].sort());
    expect(await everyObject(store)).toEqual(before);

    const outputs = await erase();
    expect(outputs["rows-erased"]).toBe(3);
    expect(outputs["erasure-id"]).toMatch(/^[0-9a-f]{16}$/);
    expect(outputs["retrain-models"].split("\n").sort()).toEqual(
      [`${model}@${v1.version} ${one}`, `${model}@${v2.version} ${two}`].sort(),
    );

    const after = await everyObject(store);
    for (const [key, bytes] of after) {
      for (const id of ERASED) expect(bytes.includes(id), `${id} in ${key}`).toBe(false);
    }
    // the unaffected snapshot and its blobs, byte for byte
    expect(after.get(manifestKey(three))).toEqual(threeManifest);
    for (const key of threeBlobs) expect(after.get(key)).toEqual(before.get(key));
    // the old manifests are gone; each successor keeps the split, leaves out the rows, re-profiles
    expect(after.has(manifestKey(one))).toBe(false);
    expect(after.has(manifestKey(two))).toBe(false);
    const pairs = new Map(outputs.snapshots.split("\n").map((line) => line.split(" ") as [string, string]));
    const successorOne = await readManifest(store, pairs.get(one) as string);
    const oldOne = JSON.parse((before.get(manifestKey(one)) as Buffer).toString("utf8"));
    expect(successorOne.erasure).toEqual({ predecessor: one, erasedRows: 2 });
    expect(successorOne.rows).toBe(oldOne.rows - 2);
    expect(successorOne.files.map((file) => [file.name, file.role])).toEqual(
      oldOne.files.map((file: { name: string; role: string }) => [file.name, file.role]),
    );
    expect(successorOne.split?.strategy).toBe("group");
    expect((successorOne.split?.trainRows ?? 0) + (successorOne.split?.testRows ?? 0)).toBe(
      successorOne.rows,
    );
    expect(successorOne.profile.find((column) => column.name === "customer_id")?.count).toBe(
      successorOne.rows,
    );
    const successorTwo = await readManifest(store, pairs.get(two) as string);
    expect(successorTwo.files[0]?.name).toBe("two.csv.gz");
    expect(successorTwo.rows).toBe(40);
    // the training cache of the run on the erased snapshot is gone
    expect([...after.keys()].some((key) => key.startsWith("cache/train/"))).toBe(false);
    // the copies materialised on this machine are gone
    expect(
      (await readdir(join(dir, ".trainyard", "data"))).filter((name) => !name.startsWith(".")).sort(),
    ).toEqual([three]);
    // and the data root's hash cache keeps no entry of their files
    const hashCache = await readFile(join(dir, ".trainyard", "data", ".hash-cache.json"), "utf8").catch(
      () => "",
    );
    for (const erased of [one, two]) expect(hashCache).not.toContain(erased);

    // the model versions trained on erased snapshots are tagged, the other is not
    const tagged = async (version: string) =>
      (await tracking.registry.getModelVersion(model, version))?.tags[PENDING_RETRAIN_TAG];
    expect(await tagged(v1.version)).toContain(pairs.get(one));
    expect(await tagged(v2.version)).toContain(pairs.get(two));
    expect(await tagged(v3.version)).toBeUndefined();

    // the erasure log: hashes only, each a salted hash of a requested key
    const logKeys = [...after.keys()].filter((key) => key.startsWith("erasures/"));
    expect(logKeys).toHaveLength(1);
    const entry = parseErasureEntry((after.get(logKeys[0] as string) as Buffer).toString("utf8"), "log");
    expect(entry.keys.found).toBe(3);
    expect(entry.keys.hashes.sort()).toEqual(
      ERASED.map((id) => hashErasedKey(entry.keys.salt, "customer_id", id)).sort(),
    );
    expect(entry.snapshots.map((item) => item.id).sort()).toEqual([one, two].sort());
    expect(entry.modelVersions).toHaveLength(2);

    // again: nothing changes
    const again = await erase();
    expect(again["erasure-id"]).toBe("");
    expect(again["rows-erased"]).toBe(0);
    const final = await everyObject(store);
    expect([...final.keys()]).toEqual([...after.keys()]);
    for (const [key, bytes] of final) expect(sha(bytes), key).toBe(sha(after.get(key) as Buffer));

    // an erasure interrupted before its deletes (the old manifest and a blob only it used still there) is
    // finished by the next run, which writes no new entry
    const onlyOld = oldOne.files
      .map((file: { sha256: string }) => `blobs/sha256/${file.sha256}`)
      .filter((key: string) => !after.has(key));
    expect(onlyOld.length).toBeGreaterThan(0);
    await store.put(manifestKey(one), { body: before.get(manifestKey(one)) as Buffer });
    for (const key of onlyOld) await store.put(key, { body: before.get(key) as Buffer });
    const resumed = await erase();
    expect(resumed["erasure-id"]).toBe("");
    expect([...(await everyObject(store)).keys()]).toEqual([...after.keys()]);
  });

  it("refuses bad input with a UserError and deletes nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "erase-bad-"));
    const { storeUri, store, env, tracking, trackingUri } = await backend.open(dir);
    await mkdir(join(dir, "src"));
    await writeFile(join(dir, "src", "one.csv"), customers("cust-a", 10, [ERASED[0] as string]));
    await snapshotStep(
      new StepContext({ workingDirectory: dir, env, inputs: { source: "src/one.csv", store: storeUri } }),
    );
    const values = join(dir, "erase.txt");
    await writeFile(values, `${ERASED[0]}\n`);
    const empty = join(dir, "empty.txt");
    await writeFile(empty, "\n  \n");
    const before = await everyObject(store);
    const erase = (inputs: Record<string, string>, withEnv = env) =>
      eraseStep(
        new StepContext({ workingDirectory: dir, env: withEnv }),
        inputsOf(ERASE_INPUTS, { "tracking-uri": trackingUri, model: "m", store: storeUri, ...inputs }),
        { tracking },
      );
    await expect(erase({ column: "client", values })).rejects.toThrow(/"client" is a column of no snapshot/);
    await expect(erase({ column: "client", values })).rejects.toBeInstanceOf(UserError);
    await expect(erase({ column: "customer_id", values: empty })).rejects.toThrow(/holds no keys/);
    await expect(erase({ column: "customer_id", values: join(dir, "missing.txt") })).rejects.toThrow(
      /cannot read/,
    );
    const port = await freePort();
    const unreachable = erase(
      { column: "customer_id", values, store: "s3://nowhere/store" },
      { ...s3TestEnvironment().env, AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` },
    );
    await expect(unreachable).rejects.toBeInstanceOf(UserError);
    expect(await everyObject(store)).toEqual(before);
  });
});

describe.each(backends)("snapshot gc on the $name", (backend) => {
  it("keeps an old snapshot that a run started within the window used", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gc-run-"));
    const { storeUri, env, tracking, trackingUri } = await backend.open(dir);
    const model = `gc-run-${randomUUID().slice(0, 8)}`;
    await mkdir(join(dir, "src"));
    await writeFile(join(dir, "src", "used.csv"), customers("cust-used", 5));
    await writeFile(join(dir, "src", "unused.csv"), customers("cust-unused", 5));
    const take = async (source: string) =>
      (
        await snapshotStep(
          new StepContext({ workingDirectory: dir, env, inputs: { source, store: storeUri } }),
        )
      )["snapshot-id"];
    const used = await take("src/used.csv");
    const unused = await take("src/unused.csv");
    // gc runs "two hours from now": both snapshots are two hours old; the run started one hour from now
    const hour = 3_600_000;
    const experimentId = await tracking.tracker.ensureExperiment(model);
    await tracking.tracker.createRun({
      experimentId,
      startTime: Date.now() + hour,
      tags: { "trainyard.snapshot.id": used },
    });
    const outputs = await gcStep(
      new StepContext({ workingDirectory: dir, env }),
      inputsOf(GC_INPUTS, {
        store: storeUri,
        "tracking-uri": trackingUri,
        model,
        "older-than": "90m",
        keep: "0",
      }),
      { tracking, now: () => Date.now() + 2 * hour },
    );
    expect(outputs["removed-snapshots"]).toBe(unused);
    expect(outputs["snapshots-kept"]).toBe(1);
    // the model was never registered (a misspelt name looks the same): gc deletes nothing
    await expect(
      gcStep(
        new StepContext({ workingDirectory: dir, env }),
        inputsOf(GC_INPUTS, { store: storeUri, "tracking-uri": trackingUri, model, "dry-run": "false" }),
        { tracking },
      ),
    ).rejects.toThrow(/is not registered .*nothing deleted/);
  });

  it("keeps the champion's and its rollback target's snapshots and one written during gc; a dry run deletes nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gc-"));
    const { storeUri, store, env, tracking, trackingUri } = await backend.open(dir);
    const model = `gc-${randomUUID().slice(0, 8)}`;
    await mkdir(join(dir, "src"));
    const take = async (name: string) => {
      await writeFile(join(dir, "src", `${name}.csv`), customers(`cust-${name}`, 20));
      return (
        await snapshotStep(
          new StepContext({
            workingDirectory: dir,
            env,
            inputs: { source: `src/${name}.csv`, store: storeUri },
          }),
        )
      )["snapshot-id"];
    };
    const rollback = await take("rollback");
    const champion = await take("champion");
    const old = await take("old");
    const older = await take("older");
    const previous = await registerOn(tracking, model, rollback);
    const current = await registerOn(tracking, model, champion);
    await tracking.registry.setAlias(model, "champion", current.version);
    await tracking.registry.setModelVersionTag(
      model,
      current.version,
      "trainyard.previous_champion",
      previous.version,
    );
    // S3 keeps whole seconds: let the blobs age past the grace period of 0 (plus gc's one-second margin)
    await new Promise((resolve) => setTimeout(resolve, 2100));

    const gc = (more: Record<string, string>, afterMark?: () => Promise<void>) =>
      gcStep(
        new StepContext({ workingDirectory: dir, env }),
        inputsOf(GC_INPUTS, {
          store: storeUri,
          "tracking-uri": trackingUri,
          model,
          "older-than": "0",
          keep: "0",
          grace: "0",
          ...more,
        }),
        { tracking, ...(afterMark ? { afterMark } : {}) },
      );

    const before = await everyObject(store);
    const dry = await gc({});
    expect(dry["dry-run"]).toBe(true);
    expect(dry["removed-snapshots"].split("\n").sort()).toEqual([old, older].sort());
    expect(dry["blobs-removed"]).toBe(2);
    expect(dry["bytes-freed"]).toBeGreaterThan(0);
    expect(await everyObject(store)).toEqual(before);

    let during = "";
    const pending = Buffer.from(`a blob of a snapshot under way ${randomUUID()}`);
    const pendingKey = `blobs/sha256/${sha(pending)}`;
    const outputs = await gc({ "dry-run": "false" }, async () => {
      during = await take("during");
      await store.put(pendingKey, { body: pending });
    });
    expect(outputs["removed-snapshots"].split("\n").sort()).toEqual([old, older].sort());
    expect(outputs["bytes-freed"]).toBe(dry["bytes-freed"]);
    for (const id of [rollback, champion, during]) {
      const manifest = await readManifest(store, id);
      for (const file of manifest.files) expect(await store.exists(`blobs/sha256/${file.sha256}`)).toBe(true);
    }
    expect(await store.exists(pendingKey)).toBe(true);
    for (const id of [old, older]) {
      expect(await store.exists(manifestKey(id))).toBe(false);
      const blob = JSON.parse((before.get(manifestKey(id)) as Buffer).toString("utf8")).files[0].sha256;
      expect(await store.exists(`blobs/sha256/${blob}`)).toBe(false);
    }
    expect([...(await everyObject(store)).keys()].filter((key) => key.startsWith("recipes/"))).toHaveLength(
      3,
    );
  });
});
