import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { blobKey, parseSnapshotManifest } from "../../src/config/contracts/snapshot-manifest.js";
import { TerminalContext } from "../../src/context/terminal-context.js";
import { inputsOf } from "../../src/inputs/declared-inputs.js";
import { mulberry32 } from "../../src/stats/bootstrap.js";
import { PIPELINE_INPUTS } from "../../src/steps/pipeline/pipeline-inputs.js";
import { runPipeline } from "../../src/steps/pipeline/run-pipeline.js";
import { openStore } from "../../src/store/open-store.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import { type Fault, FaultyProxy } from "../harness/faulty-proxy.js";
import { type ReliabilityRow, writeReliability } from "../harness/reliability-log.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";

const TRAINER = resolve("test/fixtures/trainers/contract-trainer.mjs");
const PREDICTOR = resolve("test/fixtures/trainers/contract-predictor.mjs");
const RUNS = 12;
const FAULT_RATE = 0.1;
const MLFLOW_FAULTS: Fault[] = [
  { status: 503 },
  { status: 500 },
  { status: 429, headers: { "retry-after": "0" } },
  "reset",
  "forward-then-reset",
  "hang",
  "truncate",
];
const S3_FAULTS: Fault[] = [
  { status: 503, body: "<Error><Code>SlowDown</Code><Message>injected</Message></Error>" },
  { status: 500, body: "<Error><Code>InternalError</Code><Message>injected</Message></Error>" },
  "reset",
  "hang",
  "truncate",
];

const rows: ReliabilityRow[] = [];
let mlflowProxy: FaultyProxy;
let s3Proxy: FaultyProxy;
const { env: s3Env, client: s3 } = s3TestEnvironment();
const bucket = `faults-${randomUUID().slice(0, 8)}`;
const model = `churn-faults-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  mlflowProxy = await FaultyProxy.start(inject("mlflowUri"));
  s3Proxy = await FaultyProxy.start(inject("s3Endpoint"));
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
});

afterAll(async () => {
  await mlflowProxy?.close();
  await s3Proxy?.close();
  await writeReliability("faults", rows);
});

async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "faults-"));
  await mkdir(join(dir, "data"));
  const lines = ["id,country,y"];
  for (let i = 0; i < 1500; i++)
    lines.push(`r${i},${["US", "DE", "FR"][i % 3]},${(i * 7919) % 10 < 3 ? 1 : 0}`);
  await writeFile(join(dir, "data", "rows.csv"), `${lines.join("\n")}\n`);
  await writeFile(
    join(dir, "trainyard.yml"),
    [
      "version: 1",
      `model: ${model}`,
      `store: { uri: "s3://${bucket}/store", endpoint: "${s3Proxy.url}" }`,
      `tracking: { uri: "${mlflowProxy.url}" }`,
      "data: { source: data/rows.csv, split: { strategy: random, test_fraction: 0.5, seed: 3 } }",
      "validate: { rows: { min: 100 } }",
      `train: { command: node ${TRAINER} }`,
      `evaluate: { predict_command: node ${PREDICTOR}, label_column: y, bootstrap: 100 }`,
      "gate: { primary: { metric: roc_auc, min_delta: 0 } }",
      "",
    ].join("\n"),
  );
  return dir;
}

function injectFaults(seed: number) {
  const random = mulberry32(seed);
  const injected: string[] = [];
  const pick = (faults: Fault[], where: string) => (request: { method: string; path: string }) => {
    if (random() / 4294967296 >= FAULT_RATE) return "forward" as const;
    const fault = faults[Math.floor((random() / 4294967296) * faults.length)] as Fault;
    injected.push(
      `${where} ${typeof fault === "string" ? fault : fault.status} on ${request.method} ${request.path.slice(0, 60)}`,
    );
    return fault;
  };
  mlflowProxy.fault = pick(MLFLOW_FAULTS, "MLflow");
  s3Proxy.fault = pick(S3_FAULTS, "S3");
  return injected;
}

describe("the whole pipeline through a fault-injecting proxy in front of MLflow and S3", () => {
  it(`${RUNS} seeded runs each complete through retries or stop with a clear error; the store and the registry stay consistent`, async () => {
    const outcomes: { seed: number; faults: number; outcome: string }[] = [];
    for (let seed = 1; seed <= RUNS; seed++) {
      const dir = await project();
      const injected = injectFaults(seed);
      const lines: string[] = [];
      const context = new TerminalContext({
        workingDirectory: dir,
        env: {
          PATH: process.env.PATH ?? "",
          ...s3Env,
          MLFLOW_HTTP_REQUEST_TIMEOUT: "2",
          TRAINYARD_S3_TIMEOUT_SECONDS: "2",
        },
        write: (line) => lines.push(line),
      });
      let outcome: string;
      try {
        const result = await runPipeline(
          context,
          inputsOf(PIPELINE_INPUTS, { mode: "release", params: `{quality: ${1 + seed / 10}}` }),
          { approvedBy: "faults", bootstrap: 100 },
        );
        outcome = `completed (${result.decision}${result.promoted ? ", promoted" : ""})`;
      } catch (error) {
        // A clear error: one of ours, naming what failed, never a bare TypeError or an unhandled rejection.
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).name).not.toMatch(/^(TypeError|ReferenceError|RangeError|SyntaxError)$/);
        expect((error as Error).message.length).toBeGreaterThan(20);
        outcome = `stopped: ${(error as Error).message.split("\n")[0]?.slice(0, 160)}`;
      }
      mlflowProxy.fault = () => "forward";
      s3Proxy.fault = () => "forward";
      outcomes.push({ seed, faults: injected.length, outcome });
      rows.push({
        name: `fault seed ${seed}`,
        tried: `${injected.length} faults: ${[...new Set(injected.map((fault) => fault.split(" on ")[0]))].join(", ") || "none"}`,
        outcome,
        lost: "nothing",
      });
    }

    // Consistency, read straight from the servers (no proxy).
    const { tracker, registry } = openTracking({ uri: inject("mlflowUri"), env: {} });
    const experimentId = await tracker.ensureExperiment(model);
    const runs = await tracker.searchRuns({ experimentIds: [experimentId], maxResults: 1000 });
    expect(runs.filter((run) => run.info.status === "RUNNING").map((run) => run.info.runId)).toEqual([]);
    const versions = (await registry.getRegisteredModel(model))
      ? await registry.listModelVersions(model)
      : [];
    const byRun = new Map<string, number>();
    for (const version of versions) byRun.set(version.runId ?? "", (byRun.get(version.runId ?? "") ?? 0) + 1);
    expect([...byRun.values()].filter((count) => count > 1)).toEqual([]);

    const store = await openStore(`s3://${bucket}/store`, { env: { ...process.env, ...s3Env } });
    let manifests = 0;
    for await (const entry of store.list("snapshots/")) {
      if (!entry.key.endsWith("/manifest.json")) continue;
      const manifest = parseSnapshotManifest((await store.getBytes(entry.key)).toString("utf8"), entry.key);
      for (const file of manifest.files)
        expect((await store.stat(blobKey(file.sha256)))?.size).toBe(file.bytes);
      manifests++;
    }
    const completed = outcomes.filter((entry) => entry.outcome.startsWith("completed")).length;
    const injectedTotal = outcomes.reduce((sum, entry) => sum + entry.faults, 0);
    console.log(
      `faults: ${injectedTotal} injected over ${RUNS} runs; ${completed} completed; ${manifests} manifest(s); ${versions.length} version(s); ${runs.length} run(s)`,
    );
    expect(injectedTotal).toBeGreaterThan(RUNS);
    expect(completed).toBeGreaterThan(0);
    rows.push({
      name: "consistency after all fault runs",
      tried: `${injectedTotal} faults over ${RUNS} pipeline runs`,
      outcome: `${completed} of ${RUNS} completed; ${runs.length} runs, none RUNNING; ${versions.length} versions, none duplicated; ${manifests} snapshot manifest(s), every blob present`,
      lost: "nothing",
    });
  }, 600_000);
});
