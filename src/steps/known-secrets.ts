import type { LoadedConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";

/**
 * Environment variables whose values trainyard knows to be secret: AWS keys of the store, MLflow credentials,
 * GitHub tokens (including the runner's own, which a training command inherits). `train.secret_env` adds more.
 */
export const KNOWN_SECRET_ENV = [
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "MLFLOW_TRACKING_PASSWORD",
  "MLFLOW_TRACKING_TOKEN",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
] as const;

/** Values this short (no real key or token is) would turn ordinary text such as "test" into `***` in files and outputs that other steps read; the runner still masks them in its own log. */
const SHORTEST_MASKED = 8;

/** The password of a URL's user-info (`https://user:secret@host`), which MLFLOW_TRACKING_URI may carry. */
function urlPassword(value: string | undefined): string | undefined {
  if (!value || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  try {
    const password = decodeURIComponent(new URL(value).password);
    return password || undefined;
  } catch {
    return undefined;
  }
}

/** The secret values of the environment: the known variables, those `train.secret_env` lists, URL passwords. */
export function knownSecretValues(
  env: Readonly<Record<string, string | undefined>>,
  extraNames: readonly string[] = [],
): string[] {
  const values = new Set<string>();
  const add = (value: string | undefined) => {
    if (!value) return;
    // The runner masks a multi-line secret line by line; so does a file written line by line.
    for (const part of [value, ...value.split(/\r?\n/)]) {
      const trimmed = part.trim();
      if (trimmed.length >= SHORTEST_MASKED) values.add(trimmed);
    }
  };
  for (const name of [...KNOWN_SECRET_ENV, ...extraNames]) add(env[name]);
  add(urlPassword(env.MLFLOW_TRACKING_URI));
  // Longest first, so a secret that contains another is replaced whole.
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * Registers every secret value trainyard knows of with the context, so `context.mask` (log tails, artifacts,
 * reports, comments, summaries, outputs) and the runner's log replace them by `***`.
 */
export function registerKnownSecrets(context: Context, config?: LoadedConfig): void {
  const extra = config?.config.train?.secret_env ?? [];
  for (const value of knownSecretValues(context.env, extra)) context.setSecret(value);
}
