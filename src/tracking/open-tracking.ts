import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors/user-error.js";
import { LocalRegistry } from "./local/local-registry.js";
import { LocalTracker } from "./local/local-tracker.js";
import { MlflowRegistry } from "./mlflow/mlflow-registry.js";
import { MlflowTracker } from "./mlflow/mlflow-tracker.js";
import type { RetryOptions } from "./mlflow/retry-policy.js";
import type { Registry, Tracker } from "./ports.js";

/** Where the local backend keeps its files when no tracking URI is given, relative to `cwd`. */
export const DEFAULT_LOCAL_TRACKING_DIR = ".trainyard/tracking";

export interface OpenTrackingOptions {
  /** `http(s)://…` for an MLflow server; `file:///dir`, a path, or "" for the local directory backend. */
  uri: string;
  /** MLFLOW_TRACKING_USERNAME / PASSWORD / TOKEN are read from here; `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** Where relative paths are resolved; the process's working directory by default. */
  cwd?: string;
  /** MLflow request timeout (default 30 s). */
  timeoutMs?: number;
  retry?: RetryOptions;
}

/** The Tracker and Registry of one backend, chosen by the URI's scheme. */
export function openTracking(options: OpenTrackingOptions): { tracker: Tracker; registry: Registry } {
  const uri = options.uri.trim();
  if (/^https?:\/\//i.test(uri)) {
    const client = {
      trackingUri: uri,
      env: options.env ?? process.env,
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      ...(options.retry !== undefined && { retry: options.retry }),
    };
    return { tracker: new MlflowTracker(client), registry: new MlflowRegistry(client) };
  }
  const root = localRoot(uri, options.cwd ?? process.cwd());
  return { tracker: new LocalTracker(root), registry: new LocalRegistry(root) };
}

function localRoot(uri: string, cwd: string): string {
  if (uri === "") return resolve(cwd, DEFAULT_LOCAL_TRACKING_DIR);
  if (/^file:/i.test(uri)) return fileURLToPath(uri);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1];
  // One letter is a Windows drive (C:\runs), not a scheme.
  if (scheme !== undefined && scheme.length > 1) {
    throw new UserError(
      `unsupported tracking URI "${uri.replace(/\/\/[^/@]*@/, "//***@")}": use http(s):// for an MLflow ` +
        `tracking server, or a local folder (or file:///path) for the local backend (${scheme}: is not supported)`,
    );
  }
  return resolve(cwd, uri);
}
