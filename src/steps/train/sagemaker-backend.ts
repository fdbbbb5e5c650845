import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import { GetObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import {
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  SageMakerClient,
  StopTrainingJobCommand,
} from "@aws-sdk/client-sagemaker";
import type { TrainConfig } from "../../config/trainyard-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import type { BlobStore } from "../../store/blob-store.js";
import type { S3Store } from "../../store/s3-store.js";
import type { CommandResult, RunCommandOptions } from "../command/run-command.js";
import {
  type ChannelFile,
  CONTAINER,
  containerEnvironment,
  findOrCreateJob,
  followJob,
  jobTags,
  type SageMakerJobs,
  type SageMakerSettings,
  stageChannels,
  trainingJobRequest,
} from "./sagemaker-jobs.js";
import { extractTarGz } from "./tar-extract.js";

const nonEmpty = (value: string | undefined) => (value === undefined || value === "" ? undefined : value);

/** The SDK's error name and HTTP status, whatever the failure. */
function errorCode(error: unknown): string {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  return e.code ?? e.name ?? "Error";
}

/** SageMaker through the SDK: credentials from the step's environment, else the SDK's default chain. */
export function sagemakerClient(
  settings: SageMakerSettings,
  env: Record<string, string | undefined>,
): { client: SageMakerClient; api: SageMakerJobs; endpoint?: string; region?: string } {
  const endpoint =
    settings.endpoint ?? nonEmpty(env.AWS_ENDPOINT_URL_SAGEMAKER) ?? nonEmpty(env.AWS_ENDPOINT_URL);
  const region =
    settings.region ??
    nonEmpty(env.AWS_REGION) ??
    nonEmpty(env.AWS_DEFAULT_REGION) ??
    (endpoint === undefined ? undefined : "us-east-1");
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
  const client = new SageMakerClient({
    ...(endpoint ? { endpoint } : {}),
    ...(region ? { region } : {}),
    ...(accessKeyId && secretAccessKey
      ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } }
      : {}),
    maxAttempts: 4,
  });
  const api: SageMakerJobs = {
    async describe(name) {
      try {
        const { $metadata: _, ...job } = await client.send(
          new DescribeTrainingJobCommand({ TrainingJobName: name }),
        );
        return job;
      } catch (error) {
        // AWS: ValidationException "Requested resource not found"; moto: "Could not find training job".
        const message = (error as Error).message ?? "";
        if (errorCode(error).includes("Validation") && /not found|could not find/i.test(message))
          return undefined;
        if (errorCode(error) === "ResourceNotFound") return undefined;
        throw error;
      }
    },
    async create(request) {
      return (await client.send(new CreateTrainingJobCommand(request))).TrainingJobArn;
    },
    async stop(name) {
      await client.send(new StopTrainingJobCommand({ TrainingJobName: name }));
    },
  };
  return { client, api, ...(endpoint ? { endpoint } : {}), ...(region ? { region } : {}) };
}

/** s3://bucket/key → its parts. */
function parseS3(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match?.[1]) throw new UserError(`not an s3:// URI: ${uri}`);
  return { bucket: match[1], key: match[2] ?? "" };
}

async function getObject(store: S3Store, uri: string): Promise<Readable | undefined> {
  const { bucket, key } = parseS3(uri);
  try {
    const response = await store.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return response.Body as Readable;
  } catch (error) {
    if (errorCode(error) === "NoSuchKey" || errorCode(error) === "NotFound") return undefined;
    throw error;
  }
}

async function countObjects(store: S3Store, uri: string): Promise<number> {
  const { bucket, key } = parseS3(uri);
  const listed = await store.client.send(
    new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1000 }),
  );
  return listed.KeyCount ?? listed.Contents?.length ?? 0;
}

export interface SageMakerBackendOptions {
  train: TrainConfig | undefined;
  cacheKey: string;
  store: BlobStore;
  /** A Completed job of the same inputs counts as this training's result (train.cache on). */
  adoptCompleted: boolean;
  where: string;
}

/**
 * Opens train.backend sagemaker before the run is created: the settings, an S3 store (SageMaker reads
 * the inputs from S3 and writes the outputs there), and one ListTrainingJobs call, so a wrong endpoint,
 * region or credentials is one clear error and not a FAILED run.
 */
export async function openSageMakerBackend(context: Context, options: SageMakerBackendOptions) {
  const settings = options.train?.sagemaker;
  if (!settings)
    throw new UserError(
      `train.backend is sagemaker (${options.where}) but trainyard.yml has no train.sagemaker: give at least role_arn and image`,
    );
  const { store } = options;
  if (!store.uri.startsWith("s3://") || !("client" in store))
    throw new UserError(
      `train.backend sagemaker needs an S3 store (store: s3://bucket/prefix in trainyard.yml or the store input): SageMaker reads the snapshot's objects from S3 and writes the model there, but the store is ${store.uri}`,
    );
  const s3 = store as S3Store;
  const { client, api, endpoint, region } = sagemakerClient(settings, context.env);
  try {
    await client.send(new ListTrainingJobsCommand({ MaxResults: 1 }));
  } catch (error) {
    const code = errorCode(error);
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    throw new UserError(
      status === 403 || /AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(code)
        ? `SageMaker refused trainyard's credentials (${code}): the identity needs sagemaker:ListTrainingJobs, DescribeTrainingJob, CreateTrainingJob, StopTrainingJob and iam:PassRole on train.sagemaker.role_arn (docs/where-training-runs.md)`
        : status === undefined
          ? `cannot reach the SageMaker API${endpoint ? ` at train.sagemaker.endpoint (${endpoint})` : ` in region ${region ?? "(none: set train.sagemaker.region or AWS_REGION)"}`} (${code}); check the endpoint, region and network`
          : `the SageMaker API answered ${code} (HTTP ${status}) to ListTrainingJobs; is train.sagemaker.endpoint (${endpoint ?? "AWS"}) a SageMaker API?`,
    );
  }
  context.log.info(
    `SageMaker reached${endpoint ? ` at ${endpoint}` : ""} (region ${region ?? "from the SDK"})`,
  );
  const storeRoot = store.uri.replace(/\/$/, "");
  const outputPath = settings.output_prefix ?? `${storeRoot}/sagemaker/output`;
  const checkpointUri = settings.checkpoint_prefix
    ? `${settings.checkpoint_prefix.replace(/\/$/, "")}/${options.cacheKey}/`
    : `${storeRoot}/checkpoints/${options.cacheKey}/sagemaker/`;

  return {
    name: "sagemaker" as const,
    /** SageMaker keeps TRAINYARD_CHECKPOINT_DIR itself (CheckpointConfig), not the runner's sync. */
    ownCheckpoints: true,
    async execute(
      run: RunCommandOptions,
      onSubmitted: (tags: Record<string, string>) => Promise<void> | void,
    ): Promise<CommandResult> {
      const local = run.env;
      const files: { channel: ChannelFile["channel"]; path: string }[] = [];
      if (local.TRAINYARD_TRAIN_FILE) files.push({ channel: "train", path: local.TRAINYARD_TRAIN_FILE });
      if (local.TRAINYARD_TEST_FILE) files.push({ channel: "test", path: local.TRAINYARD_TEST_FILE });
      if (local.TRAINYARD_PARAMS_FILE) files.push({ channel: "params", path: local.TRAINYARD_PARAMS_FILE });
      const channels = await stageChannels(store, storeRoot, files);
      const environment = containerEnvironment(local, channels);
      const checkpoints = await countObjects(s3, checkpointUri);
      const { name } = await findOrCreateJob(
        api,
        options.cacheKey,
        options.adoptCompleted,
        (jobName) =>
          trainingJobRequest({
            name: jobName,
            settings,
            argv: run.argv,
            environment,
            channels,
            outputPath,
            checkpointUri,
            maxRuntimeSeconds: Math.max(1, Math.ceil((run.timeoutMs ?? 3_600_000) / 1000)),
            runId: local.TRAINYARD_RUN_ID ?? "",
          }),
        (text) => run.onLine(text, "stdout"),
      );
      if (checkpoints > 0)
        run.onLine(
          `SageMaker restores ${checkpoints} checkpoint file(s) of an earlier training of these inputs from ${checkpointUri} into ${CONTAINER.checkpoints}`,
          "stdout",
        );
      // So that `register cleanup` knows which run's checkpoints these are (only for the store's own prefix).
      if (!settings.checkpoint_prefix && local.TRAINYARD_RUN_ID)
        await store.put(`checkpoints/${options.cacheKey}/sagemaker-runs/${local.TRAINYARD_RUN_ID}`, {
          body: name,
        });
      const first = await api.describe(name);
      await onSubmitted({
        ...(first ? jobTags(first, settings) : { "trainyard.sagemaker.job_name": name }),
        ...(region ? { "trainyard.sagemaker.region": region } : {}),
        "trainyard.sagemaker.checkpoint_uri": checkpointUri,
        ...(checkpoints > 0
          ? { "trainyard.checkpoint.resumed_from": `sagemaker ${checkpointUri} (${checkpoints} file(s))` }
          : {}),
      });
      const { job, result } = await followJob({ api, name, settings, options: run });
      await onSubmitted(jobTags(job, settings));
      if (result.exitCode !== 0) return result;

      const modelUri = job.ModelArtifacts?.S3ModelArtifacts;
      if (!modelUri) throw new UserError(`SageMaker job ${name} Completed but names no model artifact`);
      const model = await getObject(s3, modelUri);
      if (!model)
        throw new UserError(
          `SageMaker job ${name} Completed but its model artifact ${modelUri} does not exist; the container must write the model into ${CONTAINER.model} (TRAINYARD_OUTPUT_DIR)`,
        );
      const outputDir = local.TRAINYARD_OUTPUT_DIR;
      if (!outputDir) throw new Error("the contract has no TRAINYARD_OUTPUT_DIR");
      const written = await extractTarGz(model, outputDir);
      run.onLine(`fetched ${modelUri}: ${written.length} file(s) into the model folder`, "stdout");
      // The curves: TRAINYARD_METRICS_FILE is /opt/ml/output/data/curves.jsonl, which SageMaker packs
      // into output.tar.gz next to model.tar.gz.
      const metricsFile = local.TRAINYARD_METRICS_FILE;
      const outputUri = modelUri.replace(/model\.tar\.gz$/, "output.tar.gz");
      const output = outputUri !== modelUri ? await getObject(s3, outputUri) : undefined;
      if (output && metricsFile) {
        const staging = `${metricsFile}.sagemaker`;
        const got = await extractTarGz(output, staging, (member) => member === CONTAINER.curvesName);
        if (got.length > 0) {
          const { rename } = await import("node:fs/promises");
          await rename(`${staging}/${CONTAINER.curvesName}`, metricsFile);
          run.onLine(`fetched the curves from ${outputUri}`, "stdout");
        }
        await rm(staging, { recursive: true, force: true });
      }
      return result;
    },
  };
}
