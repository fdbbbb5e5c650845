import { resolve } from "node:path";
import type { LoadedConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";
import type { CommonInputs } from "../inputs/common-inputs.js";
import { LocalRegistry } from "../tracking/local/local-registry.js";
import { LocalTracker } from "../tracking/local/local-tracker.js";
import type { Registry, Tracker } from "../tracking/ports.js";
import { workspacePath } from "./workspace-paths.js";

/** The tracking URI: the `tracking-uri` input, else trainyard.yml's tracking.uri, else MLFLOW_TRACKING_URI. */
export function trackingUri(
  context: Context,
  inputs: CommonInputs,
  config: LoadedConfig | undefined,
): string {
  return inputs["tracking-uri"] ?? config?.config.tracking?.uri ?? context.env.MLFLOW_TRACKING_URI ?? "";
}

/**
 * Opens the Tracker and Registry: MLflow over REST for an http(s) URI, otherwise the local directory backend
 * (`.trainyard/tracking` by default). Credentials are masked before anything is logged.
 */
export async function openStepTracking(
  context: Context,
  inputs: CommonInputs,
  config: LoadedConfig | undefined,
): Promise<{ tracker: Tracker; registry: Registry }> {
  const uri = trackingUri(context, inputs, config);
  for (const secret of [context.env.MLFLOW_TRACKING_TOKEN, context.env.MLFLOW_TRACKING_PASSWORD])
    if (secret) context.setSecret(secret);
  if (/^https?:\/\//.test(uri)) {
    const { openTracking } = await import("../tracking/open-tracking.js");
    // MLflow's own client reads its request timeout (seconds) from this variable; so do we.
    const timeoutSeconds = Number(context.env.MLFLOW_HTTP_REQUEST_TIMEOUT);
    return openTracking({
      uri,
      env: context.env,
      ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
    });
  }
  const root = resolve(context.workingDirectory, uri.replace(/^file:\/\//, "") || workspacePath.tracking);
  return { tracker: new LocalTracker(root), registry: new LocalRegistry(root) };
}

export async function openStepRegistry(
  context: Context,
  inputs: CommonInputs,
  config: LoadedConfig | undefined,
): Promise<Registry> {
  return (await openStepTracking(context, inputs, config)).registry;
}
