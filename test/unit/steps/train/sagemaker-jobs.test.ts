import { execFile } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  containerEnvironment,
  findOrCreateJob,
  followJob,
  type SageMakerJobs,
  type SageMakerSettings,
  spotSavings,
  type TrainingJobDescription,
  trainingJobName,
  trainingJobRequest,
} from "../../../../src/steps/train/sagemaker-jobs.js";
import { extractTarGz } from "../../../../src/steps/train/tar-extract.js";

const settings: SageMakerSettings = {
  role_arn: "arn:aws:iam::123456789012:role/trainer",
  image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1",
  instance_type: "ml.m5.xlarge",
  instance_count: 1,
  volume_size_gb: 30,
  spot: { max_wait_seconds: 7200 },
  poll_seconds: 0.01,
  poll_max_seconds: 0.04,
};
const KEY = "a".repeat(64);

/**
 * A scripted stand-in for the SageMaker API in these unit tests of the follow logic (moto's training jobs
 * are Completed at once and it has no StopTrainingJob, so this is the only way to drive the statuses).
 */
function scripted(statuses: string[], extra: Partial<TrainingJobDescription> = {}) {
  const calls: string[] = [];
  let index = 0;
  let stopped = false;
  const api: SageMakerJobs = {
    describe: async (name) => {
      calls.push(`describe ${name}`);
      if (stopped) return { TrainingJobName: name, TrainingJobStatus: "Stopped", SecondaryStatus: "Stopped" };
      const status = statuses[Math.min(index++, statuses.length - 1)] ?? "InProgress";
      return {
        TrainingJobName: name,
        TrainingJobStatus: status as never,
        SecondaryStatus: "Training",
        ...extra,
      };
    },
    create: async (request) => {
      calls.push(`create ${request.TrainingJobName}`);
      return "arn";
    },
    stop: async (name) => {
      calls.push(`stop ${name}`);
      stopped = true;
    },
  };
  return { api, calls };
}

function runOptions(lines: string[], timeoutMs?: number) {
  return {
    argv: ["python", "train.py"],
    cwd: "/",
    env: {},
    onLine: (line: string) => lines.push(line),
    forwardSignals: ["SIGUSR2" as NodeJS.Signals],
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  };
}

describe("SageMaker training jobs", () => {
  it("builds CreateTrainingJob from the settings: image, command, channels, output, checkpoints, spot, environment", () => {
    const channels = [
      {
        channel: "train" as const,
        sha256: "b".repeat(64),
        uri: `s3://bucket/store/blobs/sha256/${"b".repeat(64)}`,
      },
      {
        channel: "params" as const,
        sha256: "c".repeat(64),
        uri: `s3://bucket/store/blobs/sha256/${"c".repeat(64)}`,
      },
    ];
    const environment = containerEnvironment(
      {
        TRAINYARD_SEED: "7",
        PYTHONHASHSEED: "7",
        TRAINYARD_RUN_ID: "r1",
        HOME: "/root",
        TRAINYARD_DATA_DIR: "/runner/x",
      },
      channels,
    );
    expect(environment).toEqual({
      TRAINYARD_DATA_DIR: "/opt/ml/input/data",
      TRAINYARD_OUTPUT_DIR: "/opt/ml/model",
      TRAINYARD_METRICS_FILE: "/opt/ml/output/data/curves.jsonl",
      TRAINYARD_CHECKPOINT_DIR: "/opt/ml/checkpoints",
      TRAINYARD_PARAMS_FILE: `/opt/ml/input/data/params/${"c".repeat(64)}`,
      TRAINYARD_TRAIN_FILE: `/opt/ml/input/data/train/${"b".repeat(64)}`,
      TRAINYARD_SEED: "7",
      PYTHONHASHSEED: "7",
      TRAINYARD_RUN_ID: "r1",
    });
    const name = trainingJobName(KEY, 2);
    expect(name).toBe(`trainyard-${"a".repeat(40)}-2`);
    expect(name.length).toBeLessThanOrEqual(63);
    const request = trainingJobRequest({
      name,
      settings,
      argv: ["python", "train.py"],
      environment,
      channels,
      outputPath: "s3://bucket/store/sagemaker/output",
      checkpointUri: `s3://bucket/store/checkpoints/${KEY}/sagemaker/`,
      maxRuntimeSeconds: 3600,
      runId: "r1",
    });
    expect(request).toMatchObject({
      TrainingJobName: name,
      RoleArn: settings.role_arn,
      AlgorithmSpecification: { TrainingImage: settings.image, ContainerEntrypoint: ["python", "train.py"] },
      OutputDataConfig: { S3OutputPath: "s3://bucket/store/sagemaker/output" },
      CheckpointConfig: {
        S3Uri: `s3://bucket/store/checkpoints/${KEY}/sagemaker/`,
        LocalPath: "/opt/ml/checkpoints",
      },
      ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600, MaxWaitTimeInSeconds: 7200 },
      EnableManagedSpotTraining: true,
      Environment: environment,
    });
    expect(request.InputDataConfig?.map((channel) => channel.ChannelName)).toEqual(["train", "params"]);
    expect(request.InputDataConfig?.[0]?.DataSource?.S3DataSource?.S3Uri).toBe(channels[0]?.uri);
    expect(spotSavings({ BillableTimeInSeconds: 30, TrainingTimeInSeconds: 100 })).toBe(70);
    expect(spotSavings({ TrainingTimeInSeconds: 100 })).toBeUndefined();
  });

  it("describes before it creates: follows a running job, adopts a Completed one, moves past Failed ones", async () => {
    const jobs = new Map<string, string>([
      [trainingJobName(KEY, 1), "Failed"],
      [trainingJobName(KEY, 2), "InProgress"],
    ]);
    const created: string[] = [];
    const api: SageMakerJobs = {
      describe: async (name) => {
        const status = jobs.get(name);
        return status ? { TrainingJobName: name, TrainingJobStatus: status as never } : undefined;
      },
      create: async (request) => {
        created.push(request.TrainingJobName ?? "");
        jobs.set(request.TrainingJobName ?? "", "InProgress");
        return "arn";
      },
      stop: async () => undefined,
    };
    const request = (name: string) => ({ TrainingJobName: name }) as never;
    expect(await findOrCreateJob(api, KEY, true, request, () => undefined)).toEqual({
      name: trainingJobName(KEY, 2),
      created: false,
    });
    jobs.set(trainingJobName(KEY, 2), "Completed");
    expect((await findOrCreateJob(api, KEY, true, request, () => undefined)).name).toBe(
      trainingJobName(KEY, 2),
    );
    expect(created).toEqual([]);
    // train.cache off: a Completed job is not this training's result; a new attempt is created.
    expect(await findOrCreateJob(api, KEY, false, request, () => undefined)).toEqual({
      name: trainingJobName(KEY, 3),
      created: true,
    });
    expect(created).toEqual([trainingJobName(KEY, 3)]);

    // A concurrent trainyard created the name between our describe and create: it is followed.
    const racing: SageMakerJobs = {
      ...api,
      describe: async () => undefined,
      create: async () => {
        throw Object.assign(new Error("Training job names must be unique"), { name: "ResourceInUse" });
      },
    };
    expect(await findOrCreateJob(racing, KEY, true, request, () => undefined)).toEqual({
      name: trainingJobName(KEY, 1),
      created: false,
    });
  });

  it("polls with a doubling, bounded wait until Completed; Failed carries its FailureReason", async () => {
    const lines: string[] = [];
    const { api, calls } = scripted(["InProgress", "InProgress", "InProgress", "Completed"]);
    const { result } = await followJob({ api, name: "job", settings, options: runOptions(lines) });
    expect(result).toMatchObject({ exitCode: 0, ending: "exited" });
    expect(calls.filter((call) => call.startsWith("describe"))).toHaveLength(4);
    expect(lines.filter((line) => line.includes("InProgress"))).toHaveLength(1);

    const failing = scripted(["InProgress", "Failed"], { FailureReason: "AlgorithmError: exit code 1" });
    const failed = await followJob({ api: failing.api, name: "job", settings, options: runOptions([]) });
    expect(failed.result).toMatchObject({ exitCode: 1, ending: "exited" });
    expect(failed.result.tail.at(-1)).toBe("FailureReason: AlgorithmError: exit code 1");
  });

  it("stops the job on the runner's cancel and on timeout, and waits for Stopped", async () => {
    const { api, calls } = scripted(["InProgress"]);
    const following = followJob({ api, name: "job", settings, options: runOptions([]) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.emit("SIGUSR2", "SIGUSR2");
    const { result } = await following;
    expect(result).toMatchObject({ ending: "cancelled", exitCode: null, signal: "SIGTERM" });
    expect(calls).toContain("stop job");
    expect(calls.at(-1)).toBe("describe job");

    const timed = scripted(["InProgress"]);
    const timedOut = await followJob({ api: timed.api, name: "job", settings, options: runOptions([], 60) });
    expect(timedOut.result.ending).toBe("timeout");
    expect(timed.calls).toContain("stop job");
  });

  it("a job SageMaker stopped at MaxRuntimeInSeconds is a timeout", async () => {
    const { api } = scripted(["Stopped"], { SecondaryStatus: "MaxRuntimeExceeded" });
    const { result } = await followJob({ api, name: "job", settings, options: runOptions([]) });
    expect(result.ending).toBe("timeout");
  });

  it("extracts a model.tar.gz (nested names, long names) and skips members that leave the folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tar-"));
    const source = join(dir, "src");
    const longName = `${"n".repeat(120)}.txt`;
    await mkdir(join(source, "sub"), { recursive: true });
    await writeFile(join(source, "model.pkl"), Buffer.alloc(70_000, 7));
    await writeFile(join(source, "sub", longName), "long");
    await writeFile(join(source, "empty"), "");
    const archive = join(dir, "model.tar.gz");
    await promisify(execFile)("tar", ["-czf", archive, "-C", source, "."]);
    const target = join(dir, "out");
    const written = await extractTarGz(createReadStream(archive), target);
    expect(written.sort()).toEqual(["empty", "model.pkl", `sub/${longName}`].sort());
    expect(await readFile(join(target, "model.pkl"))).toEqual(Buffer.alloc(70_000, 7));
    expect(await readFile(join(target, "sub", longName), "utf8")).toBe("long");

    await writeFile(join(dir, "evil"), "x");
    const evil = join(dir, "evil.tar.gz");
    await promisify(execFile)("tar", ["-czf", evil, "-P", "--transform", "s,^,../,", "-C", dir, "evil"]);
    expect(await extractTarGz(createReadStream(evil), join(dir, "evil-out"))).toEqual([]);
  });
});
