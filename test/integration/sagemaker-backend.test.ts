import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CreateBucketCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import {
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalTracker } from "../../src/tracking/local/local-tracker.js";
import { freePort } from "../harness/free-port.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";
import { StepContext, snapshotStep, trainStep } from "../harness/step-context.js";

/**
 * train.backend sagemaker against moto's SageMaker API, on the moto server the harness started.
 *
 * What moto 5.2.5 is (moto/sagemaker/models.py, FakeTrainingJob): CreateTrainingJob stores the request and
 * the job is "Completed" at once, with ModelArtifacts at <S3OutputPath>/<name>/output/model.tar.gz; it runs
 * no container, writes no artifact, reports no Billable/TrainingTimeInSeconds, cannot be driven through
 * other statuses, and has no StopTrainingJob. So this test checks the requests trainyard sends, the
 * idempotent naming and the download path, and **the test itself puts the model.tar.gz and output.tar.gz
 * the container would have written** — a stand-in for the container, never a result made up inside
 * trainyard. Polling, stop on cancel/timeout and Failed are tested with a scripted API in
 * test/unit/steps/train/sagemaker-jobs.test.ts.
 */
const run = promisify(execFile);
const { endpoint, env: awsEnv, client: s3 } = s3TestEnvironment();
const bucket = `trainyard-sagemaker-${randomUUID().slice(0, 8)}`;
const store = `s3://${bucket}/store`;
const ROLE = "arn:aws:iam::123456789012:role/trainyard-training";
const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-trainer:1";
const sagemaker = new SageMakerClient({
  endpoint,
  region: "us-east-1",
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
});

beforeAll(async () => {
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
});
afterAll(() => {
  s3.destroy();
  sagemaker.destroy();
});

async function workspace(sagemakerConfig: string, storeLine = `store: ${store}`): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "sagemaker-"));
  await writeFile(
    join(dir, "rows.csv"),
    `x,y\n${Array.from({ length: 40 }, (_, i) => `${i},${i % 2}`).join("\n")}\n`,
  );
  await writeFile(
    join(dir, "trainyard.yml"),
    [
      storeLine,
      "train:",
      "  command: python /opt/program/train.py --epochs 3",
      "  params: {lr: 0.1}",
      "  backend: sagemaker",
      sagemakerConfig,
    ].join("\n"),
  );
  await run("git", ["init", "-q"], { cwd: dir });
  return dir;
}

const SAGEMAKER = [
  "  sagemaker:",
  `    role_arn: ${ROLE}`,
  `    image: ${IMAGE}`,
  "    instance_type: ml.g5.xlarge",
  "    spot: {max_wait_seconds: 7200}",
  `    endpoint: ${endpoint}`,
  "    poll_seconds: 0.05",
  "    tags: {team: churn}",
].join("\n");

function context(dir: string, inputs: Record<string, string> = {}) {
  const lines: string[] = [];
  const ctx = new StepContext({
    workingDirectory: dir,
    inputs,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MLFLOW_TRACKING_URI: "", ...awsEnv },
    write: (line) => lines.push(`${((performance.now() - T0) / 1000).toFixed(2)} ${line}`),
  });
  return { ctx, lines };
}

async function tarGz(files: Record<string, string>): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "sagemaker-out-"));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const archive = join(dir, "..", `${randomUUID()}.tar.gz`);
  await run("tar", ["-czf", archive, "-C", dir, ...Object.keys(files)]);
  return readFile(archive);
}

const T0 = performance.now();
const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

describe("train.backend sagemaker on moto's SageMaker API", () => {
  it("creates the job from the snapshot's S3 objects, never twice, and fetches the model the container wrote", async () => {
    const dir = await workspace(SAGEMAKER);
    const snapshot = await snapshotStep(context(dir, { source: "rows.csv", store }).ctx);
    const id = snapshot["snapshot-id"];

    // 1. moto reports the job Completed at once, with no model.tar.gz (no container ran): one clear error.
    const first = context(dir, { snapshot: id });
    const failure = await trainStep(first.ctx).catch((error: Error) => error);
    expect(String(failure)).toMatch(
      /Completed but its model artifact s3:\/\/.+\/model\.tar\.gz does not exist/,
    );
    const created = first.lines.find((line) => line.includes("created SageMaker training job"));
    const name = /job (trainyard-[0-9a-f]{40}-1)/.exec(created ?? "")?.[1];
    expect(name).toBeDefined();

    // 2. What trainyard asked for, as moto stored it.
    const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
    const trainBytes = await readFile(join(dir, ".trainyard", "data", id, "rows.csv"));
    expect(job).toMatchObject({
      RoleArn: ROLE,
      AlgorithmSpecification: {
        TrainingImage: IMAGE,
        ContainerEntrypoint: ["python", "/opt/program/train.py", "--epochs", "3"],
      },
      OutputDataConfig: { S3OutputPath: `${store}/sagemaker/output` },
      ResourceConfig: { InstanceType: "ml.g5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600, MaxWaitTimeInSeconds: 7200 },
      EnableManagedSpotTraining: true,
      CheckpointConfig: { LocalPath: "/opt/ml/checkpoints" },
    });
    expect(job.CheckpointConfig?.S3Uri).toMatch(new RegExp(`^${store}/checkpoints/[0-9a-f]{64}/sagemaker/$`));
    const channels = Object.fromEntries(
      (job.InputDataConfig ?? []).map((c) => [c.ChannelName, c.DataSource?.S3DataSource?.S3Uri]),
    );
    // The train channel is the snapshot's own content-addressed object, not a copy.
    expect(channels.train).toBe(`${store}/blobs/sha256/${sha256(trainBytes)}`);
    expect(channels.params).toMatch(new RegExp(`^${store}/blobs/sha256/[0-9a-f]{64}$`));
    const modelUri = job.ModelArtifacts?.S3ModelArtifacts ?? "";
    expect(modelUri).toBe(`${store}/sagemaker/output/${name}/output/model.tar.gz`);

    // 3. The test stands in for the container: the archives a real job would have written.
    const key = (uri: string) => uri.replace(`s3://${bucket}/`, "");
    const modelJson = '{"weights":[0.25,0.5]}\n';
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key(modelUri),
        Body: await tarGz({ "model.json": modelJson }),
      }),
    );
    const curves = `${JSON.stringify({ name: "loss", value: 0.5, step: 1 })}\n${JSON.stringify({ name: "loss", value: 0.25, step: 2 })}\n`;
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key(modelUri.replace("model.tar.gz", "output.tar.gz")),
        Body: await tarGz({ "curves.jsonl": curves, "other.txt": "not fetched" }),
      }),
    );

    // 4. A re-run describes attempt 1 first: it adopts the Completed job instead of creating a second one.
    const second = context(dir, { snapshot: id });
    const out = await trainStep(second.ctx);
    expect(second.lines.join("\n")).toContain(`following SageMaker training job ${name}`);
    expect(await readFile(join(out["model-dir"], "model.json"), "utf8")).toBe(modelJson);
    const listed = await sagemaker.send(new ListTrainingJobsCommand({ NameContains: name?.slice(0, -2) }));
    expect(listed.TrainingJobSummaries?.map((s) => s.TrainingJobName)).toEqual([name]);
    const tracker = new LocalTracker(join(dir, ".trainyard", "tracking"));
    const recorded = await tracker.getRun(out["run-id"]);
    expect(recorded.info.status).toBe("FINISHED");
    expect(recorded.tags).toMatchObject({
      "trainyard.backend": "sagemaker",
      "trainyard.sagemaker.job_name": name,
      "trainyard.sagemaker.job_arn": job.TrainingJobArn,
      "trainyard.sagemaker.instance_type": "ml.g5.xlarge",
      "trainyard.sagemaker.spot": "true",
    });
    // moto reports no billable time: no spot savings figure is recorded rather than a made-up one.
    expect(recorded.tags["trainyard.sagemaker.spot_savings_percent"]).toBeUndefined();
    expect(recorded.metrics.find((m) => m.key === "loss")).toMatchObject({ value: 0.25, step: 2 });
    const firstRun = await tracker.getRun(/run (\w+)/.exec(first.lines.join("\n"))?.[1] ?? "");
    expect(firstRun.info.status).toBe("FAILED");
  }, 60_000);

  it("says in one error what is wrong: an unreachable endpoint, a local store, no train.sagemaker, a bad role", async () => {
    const port = await freePort();
    const unreachable = await workspace(SAGEMAKER.replace(endpoint, `http://127.0.0.1:${port}`));
    await mkdir(join(unreachable, "data", "snap"), { recursive: true });
    await writeFile(join(unreachable, "data", "snap", "train.csv"), "x,y\n1,0\n");
    const error = await trainStep(context(unreachable, { "data-dir": "data/snap" }).ctx).catch(
      (e: Error) => e,
    );
    expect(String(error)).toContain(
      `cannot reach the SageMaker API at train.sagemaker.endpoint (http://127.0.0.1:${port})`,
    );
    const tracker = new LocalTracker(join(unreachable, ".trainyard", "tracking"));
    expect(
      await tracker.searchRuns({ experimentIds: [await tracker.ensureExperiment("trainyard")] }),
    ).toEqual([]);

    const local = await workspace(SAGEMAKER, "store: .trainyard/store");
    await mkdir(join(local, "data", "snap"), { recursive: true });
    await writeFile(join(local, "data", "snap", "train.csv"), "x,y\n1,0\n");
    expect(
      String(await trainStep(context(local, { "data-dir": "data/snap" }).ctx).catch((e: Error) => e)),
    ).toContain("train.backend sagemaker needs an S3 store");

    const none = await workspace("");
    await mkdir(join(none, "data", "snap"), { recursive: true });
    await writeFile(join(none, "data", "snap", "train.csv"), "x,y\n1,0\n");
    expect(
      String(await trainStep(context(none, { "data-dir": "data/snap" }).ctx).catch((e: Error) => e)),
    ).toContain("trainyard.yml has no train.sagemaker");

    const badRole = await workspace(SAGEMAKER.replace(ROLE, "trainyard-training"));
    const bad = context(badRole, { "data-dir": "data/snap" });
    await trainStep(bad.ctx).catch((e: Error) => e);
    expect(bad.lines.join("\n")).toContain("train.sagemaker.role_arn: expected an IAM role ARN");
  }, 60_000);
});
