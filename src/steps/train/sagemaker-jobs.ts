import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type {
  CreateTrainingJobCommandInput,
  DescribeTrainingJobCommandOutput,
} from "@aws-sdk/client-sagemaker";
import { blobKey } from "../../config/contracts/snapshot-manifest.js";
import type { TrainConfig } from "../../config/trainyard-config.js";
import { UserError } from "../../errors/user-error.js";
import type { BlobStore } from "../../store/blob-store.js";
import type { CommandResult, RunCommandOptions } from "../command/run-command.js";

export type SageMakerSettings = NonNullable<TrainConfig["sagemaker"]>;
export type TrainingJobDescription = Partial<Omit<DescribeTrainingJobCommandOutput, "$metadata">>;

/** The calls trainyard makes; `describe` answers undefined for a job that does not exist. */
export interface SageMakerJobs {
  describe(name: string): Promise<TrainingJobDescription | undefined>;
  create(request: CreateTrainingJobCommandInput): Promise<string | undefined>;
  stop(name: string): Promise<void>;
}

/** Where the contract's files are inside the training container (SageMaker's fixed layout). */
export const CONTAINER = {
  data: "/opt/ml/input/data",
  model: "/opt/ml/model",
  output: "/opt/ml/output/data",
  checkpoints: "/opt/ml/checkpoints",
  curvesName: "curves.jsonl",
} as const;

/** How many attempts (a Failed or Stopped job, then a new one) one cache key may use. */
export const MAX_ATTEMPTS = 20;

/**
 * The job name of a training: the train cache key and the attempt, so a re-run of the same inputs finds
 * the job it (or a killed trainyard) started instead of creating a second one. At most 63 characters.
 */
export function trainingJobName(cacheKey: string, attempt: number): string {
  return `trainyard-${cacheKey.slice(0, 40)}-${attempt}`;
}

const sha256File = async (path: string) => {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
};

export interface ChannelFile {
  channel: "train" | "test" | "params";
  sha256: string;
  /** s3://… of the content-addressed object. */
  uri: string;
}

/**
 * Puts the local files into the store as content-addressed blobs (`blobs/sha256/<sha>`, where
 * snapshot-data already put the snapshot's files: those are found, not uploaded again).
 */
export async function stageChannels(
  store: BlobStore,
  storeUri: string,
  files: { channel: ChannelFile["channel"]; path: string }[],
): Promise<ChannelFile[]> {
  const staged: ChannelFile[] = [];
  for (const file of files) {
    const sha256 = await sha256File(file.path);
    await store.putIfAbsent(blobKey(sha256), { path: file.path });
    staged.push({ channel: file.channel, sha256, uri: `${storeUri.replace(/\/$/, "")}/${blobKey(sha256)}` });
  }
  return staged;
}

/** The contract's variables as the container sees them: its own folders instead of the runner's. */
export function containerEnvironment(
  env: Record<string, string | undefined>,
  channels: ChannelFile[],
): Record<string, string> {
  const at = (channel: ChannelFile["channel"]) => {
    const file = channels.find((candidate) => candidate.channel === channel);
    return file ? `${CONTAINER.data}/${channel}/${file.sha256}` : undefined;
  };
  const vars: Record<string, string> = {
    TRAINYARD_DATA_DIR: CONTAINER.data,
    TRAINYARD_OUTPUT_DIR: CONTAINER.model,
    TRAINYARD_METRICS_FILE: `${CONTAINER.output}/${CONTAINER.curvesName}`,
    TRAINYARD_CHECKPOINT_DIR: CONTAINER.checkpoints,
  };
  const params = at("params");
  if (params) vars.TRAINYARD_PARAMS_FILE = params;
  const train = at("train");
  if (train) vars.TRAINYARD_TRAIN_FILE = train;
  const test = at("test");
  if (test) vars.TRAINYARD_TEST_FILE = test;
  for (const name of ["TRAINYARD_SEED", "PYTHONHASHSEED", "TRAINYARD_RUN_ID"]) {
    const value = env[name];
    if (value !== undefined) vars[name] = value;
  }
  return vars;
}

/** The CreateTrainingJob request of a training: a pure function of the settings and the staged files. */
export function trainingJobRequest(options: {
  name: string;
  settings: SageMakerSettings;
  argv: string[];
  environment: Record<string, string>;
  channels: ChannelFile[];
  outputPath: string;
  checkpointUri: string;
  maxRuntimeSeconds: number;
  runId: string;
}): CreateTrainingJobCommandInput {
  const { settings } = options;
  const maxRuntime = settings.max_runtime_seconds ?? options.maxRuntimeSeconds;
  return {
    TrainingJobName: options.name,
    RoleArn: settings.role_arn,
    AlgorithmSpecification: {
      TrainingImage: settings.image,
      TrainingInputMode: "File",
      ContainerEntrypoint: options.argv,
    },
    InputDataConfig: options.channels.map((file) => ({
      ChannelName: file.channel,
      DataSource: {
        S3DataSource: { S3DataType: "S3Prefix", S3Uri: file.uri, S3DataDistributionType: "FullyReplicated" },
      },
      InputMode: "File",
    })),
    OutputDataConfig: { S3OutputPath: options.outputPath },
    CheckpointConfig: { S3Uri: options.checkpointUri, LocalPath: CONTAINER.checkpoints },
    ResourceConfig: {
      InstanceType: settings.instance_type as NonNullable<
        CreateTrainingJobCommandInput["ResourceConfig"]
      >["InstanceType"],
      InstanceCount: settings.instance_count,
      VolumeSizeInGB: settings.volume_size_gb,
    },
    StoppingCondition: {
      MaxRuntimeInSeconds: maxRuntime,
      ...(settings.spot ? { MaxWaitTimeInSeconds: settings.spot.max_wait_seconds } : {}),
    },
    EnableManagedSpotTraining: settings.spot !== undefined,
    Environment: options.environment,
    Tags: [
      { Key: "trainyard.run_id", Value: options.runId },
      ...Object.entries(settings.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    ],
  };
}

/** The spot saving SageMaker reports: 1 − billable/training time, in percent (absent without both). */
export function spotSavings(job: TrainingJobDescription): number | undefined {
  const billable = job.BillableTimeInSeconds;
  const training = job.TrainingTimeInSeconds;
  if (billable === undefined || training === undefined || training <= 0) return undefined;
  return Math.round((1 - billable / training) * 1000) / 10;
}

/** Lineage tags of a job, as far as it has them. */
export function jobTags(job: TrainingJobDescription, settings: SageMakerSettings): Record<string, string> {
  const savings = spotSavings(job);
  return {
    "trainyard.backend": "sagemaker",
    ...(job.TrainingJobName ? { "trainyard.sagemaker.job_name": job.TrainingJobName } : {}),
    ...(job.TrainingJobArn ? { "trainyard.sagemaker.job_arn": job.TrainingJobArn } : {}),
    "trainyard.sagemaker.instance_type": job.ResourceConfig?.InstanceType ?? settings.instance_type,
    "trainyard.sagemaker.instance_count": String(
      job.ResourceConfig?.InstanceCount ?? settings.instance_count,
    ),
    "trainyard.sagemaker.spot": String(job.EnableManagedSpotTraining ?? settings.spot !== undefined),
    ...(job.TrainingTimeInSeconds !== undefined
      ? { "trainyard.sagemaker.training_seconds": String(job.TrainingTimeInSeconds) }
      : {}),
    ...(job.BillableTimeInSeconds !== undefined
      ? { "trainyard.sagemaker.billable_seconds": String(job.BillableTimeInSeconds) }
      : {}),
    ...(savings !== undefined ? { "trainyard.sagemaker.spot_savings_percent": String(savings) } : {}),
  };
}

const ACTIVE = new Set(["InProgress", "Stopping"]);
const TERMINAL = new Set(["Completed", "Failed", "Stopped"]);

/**
 * The job to follow for this training: attempt 1, 2, … by name. A job of an attempt still InProgress or
 * Stopping (a re-run after trainyard was killed) is followed, not duplicated; a Completed one is adopted
 * when `adoptCompleted` (its model is the training's result); a Failed or Stopped one moves to the next
 * attempt, which is created. DescribeTrainingJob always comes first, so no name is created twice.
 */
export async function findOrCreateJob(
  api: SageMakerJobs,
  cacheKey: string,
  adoptCompleted: boolean,
  request: (name: string) => CreateTrainingJobCommandInput,
  log: (line: string) => void,
): Promise<{ name: string; created: boolean }> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const name = trainingJobName(cacheKey, attempt);
    const existing = await api.describe(name);
    if (!existing) {
      try {
        await api.create(request(name));
      } catch (error) {
        // Another trainyard of the same inputs created it between the describe and the create: follow it.
        if ((error as Error).name !== "ResourceInUse") throw error;
        log(
          `SageMaker training job ${name} was just created by another training of the same inputs; following it`,
        );
        return { name, created: false };
      }
      log(`created SageMaker training job ${name}`);
      return { name, created: true };
    }
    const status = existing.TrainingJobStatus ?? "";
    if (ACTIVE.has(status) || (status === "Completed" && adoptCompleted)) {
      log(
        `following SageMaker training job ${name}, which an earlier training of the same inputs started (${status})`,
      );
      return { name, created: false };
    }
  }
  throw new UserError(
    `${MAX_ATTEMPTS} SageMaker training jobs of these inputs (${trainingJobName(cacheKey, 1)} …) already ended without a model; read their FailureReason in the SageMaker console and fix the cause (a change of code, params or data starts a new series of names)`,
  );
}

export interface FollowOptions {
  api: SageMakerJobs;
  name: string;
  settings: SageMakerSettings;
  options: RunCommandOptions;
  /** How long a stop may take to reach Stopped before trainyard gives up waiting (default 15 minutes). */
  stopWaitMs?: number;
}

/**
 * Follows a training job until it ends: DescribeTrainingJob with a wait that doubles from poll_seconds up
 * to poll_max_seconds; each new status or secondary status is a log line. On timeout or SIGTERM/SIGINT it
 * calls StopTrainingJob and waits (bounded) for Stopped.
 */
export async function followJob(follow: FollowOptions): Promise<{
  job: TrainingJobDescription;
  result: CommandResult;
}> {
  const { api, name, settings, options } = follow;
  const started = performance.now();
  const tail: string[] = [];
  const line = (text: string) => {
    tail.push(text);
    if (tail.length > (options.tailLines ?? 200)) tail.shift();
    options.onLine(text, "stdout");
  };
  let ending: CommandResult["ending"] = "exited";
  let stopDeadline: number | undefined;
  let stopping: Promise<unknown> | undefined;
  let wake: (() => void) | undefined;
  const stop = (why: CommandResult["ending"]) => {
    if (ending !== "exited") return;
    ending = why;
    stopDeadline = performance.now() + (follow.stopWaitMs ?? 15 * 60_000);
    line(`stopping SageMaker training job ${name} (${why === "timeout" ? "timeout" : "cancelled"})`);
    stopping = api.stop(name).catch((error: Error) => line(`StopTrainingJob failed: ${error.message}`));
    wake?.();
  };
  const timeout =
    options.timeoutMs !== undefined ? setTimeout(() => stop("timeout"), options.timeoutMs) : undefined;
  const signals = options.forwardSignals ?? ["SIGTERM", "SIGINT"];
  const onSignal = () => stop("cancelled");
  for (const signal of signals) process.on(signal, onSignal);

  let wait = settings.poll_seconds * 1000;
  let seen = "";
  let job: TrainingJobDescription | undefined;
  try {
    for (;;) {
      job = await api.describe(name);
      if (!job) throw new UserError(`SageMaker training job ${name} disappeared while trainyard followed it`);
      const status = `${job.TrainingJobStatus}/${job.SecondaryStatus}`;
      const message = job.SecondaryStatusTransitions?.at(-1)?.StatusMessage;
      if (status !== seen) {
        seen = status;
        line(
          `SageMaker job ${name}: ${job.TrainingJobStatus} (${job.SecondaryStatus ?? "?"})${message ? `: ${message}` : ""}`,
        );
      }
      if (TERMINAL.has(job.TrainingJobStatus ?? "")) break;
      if (stopDeadline !== undefined && performance.now() > stopDeadline) {
        line(
          `SageMaker job ${name} did not reach Stopped in time; StopTrainingJob was sent, look at it in the console`,
        );
        break;
      }
      const woken = new AbortController();
      wake = () => woken.abort();
      await sleep(wait, undefined, { signal: woken.signal }).catch(() => undefined);
      wake = undefined;
      wait = Math.min(wait * 2, settings.poll_max_seconds * 1000);
    }
  } finally {
    if (timeout) clearTimeout(timeout);
    for (const signal of signals) process.off(signal, onSignal);
    await stopping;
  }
  const status = job.TrainingJobStatus;
  if (status === "Failed" && job.FailureReason) line(`FailureReason: ${job.FailureReason}`);
  // SageMaker itself stops a job at MaxRuntimeInSeconds / MaxWaitTimeInSeconds: a timeout all the same.
  const ranOut =
    job.SecondaryStatus === "MaxRuntimeExceeded" || job.SecondaryStatus === "MaxWaitTimeExceeded";
  const finalEnding: CommandResult["ending"] =
    ending !== "exited"
      ? ending
      : status === "Stopped" || status === "Stopping"
        ? ranOut
          ? "timeout"
          : "cancelled"
        : "exited";
  return {
    job,
    result: {
      exitCode: status === "Completed" ? 0 : status === "Failed" ? 1 : null,
      signal: finalEnding === "exited" ? null : "SIGTERM",
      ending: finalEnding,
      durationSeconds: (performance.now() - started) / 1000,
      tail,
    },
  };
}
