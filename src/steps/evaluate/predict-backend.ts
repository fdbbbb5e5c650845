import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import type { CommandResult, RunCommandOptions } from "../command/run-command.js";

/**
 * evaluate.backend: ray runs the prediction command as a job on the cluster of train.ray (address from
 * train.ray.address or RAY_ADDRESS, token from RAY_AUTH_TOKEN), under the same predict contract; absent or
 * runner: on the runner. Note that the gate's prediction-time limit then includes the job's overhead.
 */
export async function predictionBackend(
  context: Context,
  config: LoadedConfig | undefined,
): Promise<{ execute?: (options: RunCommandOptions) => Promise<CommandResult> }> {
  if (config?.config.evaluate?.backend !== "ray") return {};
  const ray = config.config.train?.ray;
  // loaded only here: the Ray client (undici, the S3 presigner of its file transfer) is for this backend alone
  const { openRayBackend } = await import("../train/train-backend.js");
  const backend = await openRayBackend(context, {
    address: ray?.address ?? context.env.RAY_ADDRESS,
    token: context.env.RAY_AUTH_TOKEN,
    where: "train.ray.address or RAY_ADDRESS",
    ray,
  });
  return {
    execute: (options) =>
      backend.execute(options, (tags) =>
        context.log.info(`the prediction command runs as Ray job ${tags["trainyard.ray.job_id"]}`),
      ),
  };
}
