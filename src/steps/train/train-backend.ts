import type { TrainConfig } from "../../config/trainyard-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import type { BlobStore } from "../../store/blob-store.js";
import type { S3Store } from "../../store/s3-store.js";
import type { CommandResult, RunCommandOptions } from "../command/run-command.js";
import type { RaySettings } from "./ray-jobs.js";
import type { TRAIN_INPUTS } from "./train-inputs.js";

/** Where the training command runs: undefined for the runner itself, else how to run it elsewhere. */
export interface TrainBackend {
  name: "ray" | "sagemaker";
  /** The backend keeps TRAINYARD_CHECKPOINT_DIR itself (SageMaker's CheckpointConfig). */
  ownCheckpoints?: boolean;
  /**
   * Stops the job of an earlier run whose trainyard was killed (its tags name the job), if it runs on this
   * backend and still runs: a sentence for the log, or undefined when the run had no job here.
   */
  stopOrphan?(tags: Record<string, string>): Promise<string | undefined>;
  execute(
    options: RunCommandOptions,
    onSubmitted: (tags: Record<string, string>) => Promise<void> | void,
  ): Promise<CommandResult>;
}

/**
 * Opens train.backend before the run is created, so a wrong address or token is one clear error and not a
 * FAILED run: for Ray, the address and token (masked from here on) and a check that the job API answers.
 */
export async function openTrainBackend(
  context: Context,
  inputs: Inputs<typeof TRAIN_INPUTS>,
  train: TrainConfig | undefined,
  training?: { cacheKey: string; store: () => Promise<BlobStore>; useCache: boolean },
): Promise<TrainBackend | undefined> {
  const backend = inputs.backend ?? train?.backend ?? "runner";
  if (backend === "runner") return undefined;
  if (backend === "sagemaker") {
    if (!training) throw new Error("train.backend sagemaker needs the training's cache key and store");
    // the SageMaker and Ray clients (AWS SDK, undici) load only for their backend: a run on the runner needs neither
    const { openSageMakerBackend } = await import("./sagemaker-backend.js");
    return openSageMakerBackend(context, {
      train,
      cacheKey: training.cacheKey,
      store: await training.store(),
      adoptCompleted: training.useCache,
      where: inputs.backend ? inputLabel(inputs, "backend") : "train.backend",
    });
  }
  // A remote cluster does not see the runner's folders: with an S3 store the files go through it.
  let transfer: RaySettings["transfer"];
  if (training && train?.ray?.transfer !== "shared") {
    const store = await training.store();
    if (store.uri.startsWith("s3://") && "client" in store)
      transfer = { store: store as S3Store, intervalSeconds: train?.checkpoint?.interval ?? 60 };
    else if (train?.ray?.transfer === "s3")
      throw new UserError(
        `train.ray.transfer is s3, but the store is ${store.uri}: set store to s3://bucket/prefix, or train.ray.transfer: shared for a head that shares this file system`,
      );
  }
  return openRayBackend(context, {
    ...(transfer ? { transfer } : {}),
    address: inputs["ray-address"] ?? train?.ray?.address ?? context.env.RAY_ADDRESS,
    token: inputs["ray-token"] ?? context.env.RAY_AUTH_TOKEN,
    where: `${inputLabel(inputs, "ray-address")}, train.ray.address or RAY_ADDRESS`,
    ray: train?.ray,
  });
}

/** Opens a Ray cluster's job API (address and token masked from here on) and checks that it answers. */
export async function openRayBackend(
  context: Context,
  options: {
    address?: string | undefined;
    token?: string | undefined;
    where: string;
    ray?: TrainConfig["ray"];
    transfer?: RaySettings["transfer"];
  },
): Promise<TrainBackend> {
  const { address, token, where, ray } = options;
  const { RayJobsClient, RayJobsError, runOnRay, stopOrphanedRayJob } = await import("./ray-jobs.js");
  if (!address)
    throw new UserError(`train.backend is ray but no Ray dashboard address is given: set ${where}`);
  if (!/^https?:\/\/\S+$/.test(address))
    throw new UserError(`the Ray address (${where}) must be the dashboard's http(s):// address`);
  context.setSecret(address);
  if (token) context.setSecret(token);
  try {
    const version = await new RayJobsClient(address, token).version();
    context.log.info(
      `Ray cluster reached: Ray ${version.ray_version}, job API version ${version.version}; the job's files go ${options.transfer ? `through ${options.transfer.store.uri} (presigned URLs)` : "by the runner's paths (a shared file system)"}`,
    );
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    throw new UserError(
      error instanceof RayJobsError
        ? `the Ray address (${where}) answered, but not as a Ray dashboard's job API (HTTP ${error.statusCode}); give the dashboard's address, e.g. http://head:8265`
        : `cannot reach the Ray cluster's job API at the address of ${where} (${code}); is it right, and is the head's dashboard running (ray start --head --include-dashboard true)?`,
    );
  }
  const settings: RaySettings = {
    address,
    ...(token ? { token } : {}),
    ...(ray?.num_cpus !== undefined ? { numCpus: ray.num_cpus } : {}),
    ...(ray?.num_gpus !== undefined ? { numGpus: ray.num_gpus } : {}),
    ...(ray?.memory !== undefined ? { memory: ray.memory } : {}),
    ...(ray?.runtime_env ? { runtimeEnv: ray.runtime_env } : {}),
    ...(options.transfer ? { transfer: options.transfer } : {}),
  };
  return {
    name: "ray",
    execute: (options, onSubmitted) => runOnRay(settings, options, onSubmitted),
    stopOrphan: (tags) => stopOrphanedRayJob(settings, tags),
  };
}
