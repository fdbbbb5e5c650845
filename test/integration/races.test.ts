import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { blobKey, manifestKey, parseSnapshotManifest } from "../../src/config/contracts/snapshot-manifest.js";
import { ChampionMovedError } from "../../src/steps/register/register-step.js";
import { openStore } from "../../src/store/open-store.js";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../src/tracking/local/local-tracker.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import type { Registry, Tracker } from "../../src/tracking/ports.js";
import { type ReliabilityRow, writeReliability } from "../harness/reliability-log.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";
import { registerStep, StepContext, snapshotStep } from "../harness/step-context.js";

const run = promisify(execFile);
const CLI = resolve("dist/cli/index.js");
const RACERS = 8;
const rows: ReliabilityRow[] = [];

afterAll(async () => {
  await writeReliability("races", rows);
});

async function registerVersions(tracker: Tracker, registry: Registry, model: string): Promise<string[]> {
  const experimentId = await tracker.ensureExperiment(`races-${model}`);
  await registry.ensureRegisteredModel(model);
  const versions: string[] = [];
  for (let i = 0; i < RACERS; i++) {
    const runInfo = await tracker.createRun({ experimentId });
    await tracker.updateRun(runInfo.runId, { status: "FINISHED", endTime: Date.now() });
    const version = await registry.createModelVersion({
      name: model,
      source: `${runInfo.artifactUri}/model`,
      runId: runInfo.runId,
    });
    versions.push(version.version);
  }
  return versions;
}

const backends = [
  {
    name: "local registry",
    async open() {
      const root = join(await mkdtemp(join(tmpdir(), "races-")), "tracking");
      return { tracker: new LocalTracker(root), registry: new LocalRegistry(root), uri: root };
    },
  },
  {
    name: "MLflow",
    async open() {
      const uri = inject("mlflowUri");
      return { ...(await openTracking({ uri, env: {} })), uri };
    },
  },
];

describe.each(backends)("promotion races on the $name", (backend) => {
  it(`${RACERS} concurrent promotions of different challengers: exactly one moves champion`, async () => {
    const { tracker, registry, uri } = await backend.open();
    const model = `race-${randomUUID().slice(0, 8)}`;
    const versions = await registerVersions(tracker, registry, model);
    const dir = await mkdtemp(join(tmpdir(), "race-promote-"));
    const attempts = await Promise.allSettled(
      versions.map((version, i) =>
        registerStep(
          new StepContext({
            workingDirectory: dir,
            inputs: {
              mode: "promote",
              model,
              version,
              "expected-champion": "",
              "approved-by": `reviewer-${i}`,
              "tracking-uri": uri,
            },
            env: { PATH: process.env.PATH ?? "" },
            write: () => {},
          }),
        ),
      ),
    );
    const won = attempts.filter((attempt) => attempt.status === "fulfilled");
    const lost = attempts.filter(
      (attempt): attempt is PromiseRejectedResult => attempt.status === "rejected",
    );
    expect(won).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ version: string }>).value.version;
    const champion = await registry.getVersionByAlias(model, "champion");
    expect(champion?.version).toBe(winner);
    for (const failure of lost) {
      expect(failure.reason, String((failure.reason as Error).stack)).toBeInstanceOf(ChampionMovedError);
      expect((failure.reason as Error).message).toContain(`champion is now version ${winner}`);
    }
    expect(champion?.tags["trainyard.previous_champion"]).toBe("none");
    rows.push({
      name: `${RACERS} concurrent promotions (${backend.name})`,
      tried: `${RACERS} promote steps of ${RACERS} versions at once, each expecting no champion`,
      outcome: `1 moved champion to version ${winner}; ${lost.length} failed naming version ${winner}`,
      lost: "nothing",
    });
  }, 120_000);
});

describe("snapshot races", () => {
  it(`${RACERS} concurrent snapshots of the same data into one local store (separate processes): one id, all blobs intact`, async () => {
    const dir = await mkdtemp(join(tmpdir(), "race-snapshot-"));
    await mkdir(join(dir, "data"));
    const lines = ["id,group,value"];
    for (let i = 0; i < 20_000; i++) lines.push(`${i},g${i % 97},${(i * 37) % 1000}`);
    await writeFile(join(dir, "data", "rows.csv"), `${lines.join("\n")}\n`);
    const args = [CLI, "snapshot", "--source", "data/rows.csv", "--store", "store", "--split", "group"];
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        run(process.execPath, [...args, "--split-key", "group", "--data-root", `data-root-${i}`, "--json"], {
          cwd: dir,
          env: { PATH: process.env.PATH ?? "" },
        }),
      ),
    );
    const ids = new Set(results.map((result) => JSON.parse(result.stdout)["snapshot-id"]));
    expect(ids.size).toBe(1);
    const [id] = [...ids] as [string];
    const store = await openStore(join(dir, "store"));
    await expectIntact(store, id);
    rows.push({
      name: `${RACERS} concurrent snapshots, local store`,
      tried: `${RACERS} trainyard snapshot processes of one 20,000-row CSV into one folder`,
      outcome: `one snapshot id; manifest and every blob hash-checked`,
      lost: "nothing",
    });
  }, 120_000);

  it(`${RACERS} concurrent snapshots into one S3 bucket: one id, all blobs intact`, async () => {
    const { env, client } = s3TestEnvironment();
    const bucket = `race-${randomUUID().slice(0, 8)}`;
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    const dir = await mkdtemp(join(tmpdir(), "race-s3-"));
    const lines = ["id,value"];
    for (let i = 0; i < 20_000; i++) lines.push(`${i},${(i * 31) % 977}`);
    await writeFile(join(dir, "rows.csv"), `${lines.join("\n")}\n`);
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        snapshotStep(
          new StepContext({
            workingDirectory: dir,
            inputs: {
              source: "rows.csv",
              store: `s3://${bucket}/store`,
              split: "random",
              "data-root": `root-${i}`,
            },
            env: { ...process.env, ...env },
            write: () => {},
          }),
        ),
      ),
    );
    const ids = new Set(results.map((result) => result["snapshot-id"]));
    expect(ids.size).toBe(1);
    const store = await openStore(`s3://${bucket}/store`, { env: { ...process.env, ...env }, cwd: dir });
    await expectIntact(store, [...ids][0] as string);
    rows.push({
      name: `${RACERS} concurrent snapshots, S3 (moto)`,
      tried: `${RACERS} snapshot steps of one CSV into one bucket prefix at once`,
      outcome: "one snapshot id; manifest and every blob hash-checked",
      lost: "nothing",
    });
  }, 120_000);
});

async function expectIntact(store: Awaited<ReturnType<typeof openStore>>, id: string) {
  const { createHash } = await import("node:crypto");
  const manifest = parseSnapshotManifest((await store.getBytes(manifestKey(id))).toString("utf8"), id);
  for (const file of manifest.files) {
    const bytes = await store.getBytes(blobKey(file.sha256));
    expect(bytes.length).toBe(file.bytes);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(file.sha256);
  }
}
