import { access } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { ConfigError } from "../config/config-error.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";
import { UserError } from "../errors/user-error.js";
import type { CommonInputs } from "../inputs/common-inputs.js";
import { inputLabel } from "../inputs/declared-inputs.js";
import type { BlobStore } from "../store/blob-store.js";
import { openStore } from "../store/open-store.js";
import { registerKnownSecrets } from "./known-secrets.js";
import { workspacePath } from "./workspace-paths.js";

/**
 * Loads trainyard.yml: the `config` input's path, or `trainyard.yml` in the working directory when it exists.
 * Each problem becomes an error annotation on its line, so GitHub shows it in the file.
 */
export async function loadStepConfig(
  context: Context,
  inputs: CommonInputs,
): Promise<LoadedConfig | undefined> {
  const explicit = inputs.config;
  const path = resolve(context.workingDirectory, explicit ?? "trainyard.yml");
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (!exists && !explicit) {
    registerKnownSecrets(context);
    return undefined;
  }
  if (!exists)
    throw new UserError(
      `${inputLabel(inputs, "config")} names ${explicit}, which does not exist in ${context.workingDirectory}; leave it empty to use ./trainyard.yml when present`,
    );
  try {
    // The YAML parser and the config's zod schema are loaded only when there is a trainyard.yml to read.
    const { loadConfig } = await import("../config/load-config.js");
    const loaded = await loadConfig(path);
    registerKnownSecrets(context, loaded);
    return loaded;
  } catch (error) {
    if (error instanceof ConfigError) {
      const file = relative(context.workingDirectory, path) || path;
      for (const issue of error.issues) {
        context.log.error(`${issue.path.join(".") || "trainyard.yml"}: ${issue.message}`, {
          title: "trainyard.yml",
          file,
          ...(issue.line ? { startLine: issue.line } : {}),
          ...(issue.column ? { startColumn: issue.column } : {}),
        });
      }
    }
    throw error;
  }
}

/** The annotation position of a rule in trainyard.yml. */
export function ruleLocation(context: Context, config: LoadedConfig | undefined, path: (string | number)[]) {
  if (!config) return undefined;
  const line = config.lineOf(path);
  const file = isAbsolute(config.path) ? relative(context.workingDirectory, config.path) : config.path;
  return { file, ...(line ? { startLine: line } : {}) };
}

/** The blob store: the `store` input, else trainyard.yml's `store`, else `.trainyard/store`. */
export async function openStepStore(
  context: Context,
  inputs: CommonInputs,
  config: LoadedConfig | undefined,
): Promise<BlobStore> {
  const configured = config?.config.store;
  const input = inputs.store;
  const settings = typeof configured === "object" ? configured : undefined;
  const uri = input ?? (typeof configured === "string" ? configured : settings?.uri) ?? workspacePath.store;
  const endpoint = inputs["s3-endpoint"] ?? settings?.endpoint;
  return openStore(uri.startsWith("s3://") ? uri : resolve(context.workingDirectory, uri), {
    env: context.env,
    cwd: context.workingDirectory,
    ...(endpoint ? { endpoint } : {}),
    ...(settings?.region ? { region: settings.region } : {}),
    ...(settings?.force_path_style !== undefined ? { forcePathStyle: settings.force_path_style } : {}),
  });
}

export function defaultDataRoot(context: Context): string {
  return join(context.workingDirectory, workspacePath.data);
}

/** Where snapshots are materialised: the `data-root` input (relative to the working directory) or the default. */
export function dataRootOf(context: Context, inputs: CommonInputs): string {
  const input = inputs["data-root"];
  return input ? resolve(context.workingDirectory, input) : defaultDataRoot(context);
}
