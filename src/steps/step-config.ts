import { access } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { ConfigError } from "../config/config-error.js";
import { type LoadedConfig, loadConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";
import type { BlobStore } from "../store/blob-store.js";
import { openStore } from "../store/open-store.js";

/**
 * Loads trainyard.yml: the `config` input's path, or `trainyard.yml` in the working directory when it exists.
 * Each problem becomes an error annotation on its line, so GitHub shows it in the file.
 */
export async function loadStepConfig(context: Context): Promise<LoadedConfig | undefined> {
  const explicit = context.getInput("config");
  const path = resolve(context.workingDirectory, explicit ?? "trainyard.yml");
  if (
    !explicit &&
    !(await access(path).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  try {
    return await loadConfig(path);
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
export async function openStepStore(context: Context, config: LoadedConfig | undefined): Promise<BlobStore> {
  const configured = config?.config.store;
  const input = context.getInput("store");
  const settings = typeof configured === "object" ? configured : undefined;
  const uri = input ?? (typeof configured === "string" ? configured : settings?.uri) ?? ".trainyard/store";
  const endpoint = context.getInput("s3-endpoint") ?? settings?.endpoint;
  return openStore(uri.startsWith("s3://") ? uri : resolve(context.workingDirectory, uri), {
    env: context.env,
    cwd: context.workingDirectory,
    ...(endpoint ? { endpoint } : {}),
    ...(settings?.region ? { region: settings.region } : {}),
    ...(settings?.force_path_style !== undefined ? { forcePathStyle: settings.force_path_style } : {}),
  });
}

export function numberInput(context: Context, name: string): number | undefined {
  const raw = context.getInput(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`input "${name}" must be a number, got "${raw}"`);
  return value;
}

export function booleanInput(context: Context, name: string): boolean | undefined {
  const raw = context.getInput(name);
  if (raw === undefined) return undefined;
  if (/^(true|yes|1|on)$/i.test(raw)) return true;
  if (/^(false|no|0|off)$/i.test(raw)) return false;
  throw new Error(`input "${name}" must be true or false, got "${raw}"`);
}

export function defaultDataRoot(context: Context): string {
  return join(context.workingDirectory, ".trainyard", "data");
}

/** Where snapshots are materialised: the `data-root` input (relative to the working directory) or the default. */
export function dataRootOf(context: Context): string {
  const input = context.getInput("data-root");
  return input ? resolve(context.workingDirectory, input) : defaultDataRoot(context);
}
