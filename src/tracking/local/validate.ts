import { TrackingError } from "../ports.js";

// MLflow's own input rules (mlflow/utils/validation.py), so the local backend rejects what a server would.
// Python's `\w` is Unicode-aware, hence \p{L}\p{N}_ rather than JavaScript's ASCII-only \w.
const ENTITY_NAME = /^[\p{L}\p{N}_/.\- ]*$/u;
const ALIAS_NAME = /^[\p{L}\p{N}_-]*$/u;
const VERSION_ALIAS = /^[vV]\d+$/;
const RUN_ID = /^[a-zA-Z0-9][\w-]{0,255}$/;
const EXPERIMENT_ID = /^[a-zA-Z0-9][\w-]{0,63}$/;

export const MAX_KEY_LENGTH = 250;
export const MAX_PARAM_VALUE_LENGTH = 6000;
export const MAX_TAG_VALUE_LENGTH = 8000;
export const MAX_MODEL_TAG_VALUE_LENGTH = 5000;
export const MAX_ALIAS_LENGTH = 255;
export const MAX_EXPERIMENT_NAME_LENGTH = 500;

export function invalid(message: string): TrackingError {
  return new TrackingError(message, "INVALID_PARAMETER_VALUE");
}

export function notFound(message: string): TrackingError {
  return new TrackingError(message, "RESOURCE_DOES_NOT_EXIST");
}

/** Mirrors MLflow's `path_not_unique`: the name, read as a relative POSIX path, must already be normal. */
function isNormalRelativePath(name: string): boolean {
  if (name === "" || name.startsWith("/") || name.endsWith("/")) return false;
  return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

/** A metric, param or tag key. */
export function assertValidKey(kind: "metric" | "param" | "tag", key: string): void {
  if (typeof key !== "string" || !ENTITY_NAME.test(key)) {
    throw invalid(
      `Invalid ${kind} name: '${key}'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).`,
    );
  }
  if (!isNormalRelativePath(key)) {
    throw invalid(
      `Invalid ${kind} name: '${key}'. Names may be treated as files and must be normalized paths.`,
    );
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw invalid(
      `${kind} name '${key.slice(0, 250)}' had length ${key.length}, over the limit of ${MAX_KEY_LENGTH}`,
    );
  }
}

export function assertValueLength(what: string, value: string, limit: number): void {
  if (typeof value !== "string") throw invalid(`${what} must be a string`);
  if (value.length > limit) {
    throw invalid(`${what} '${value.slice(0, 250)}' had length ${value.length}, over the limit of ${limit}`);
  }
}

export function assertValidRunId(runId: string): void {
  if (typeof runId !== "string" || !RUN_ID.test(runId)) throw invalid(`Invalid run ID: '${runId}'`);
}

export function assertValidExperimentId(experimentId: string): void {
  if (typeof experimentId !== "string" || !EXPERIMENT_ID.test(experimentId)) {
    throw invalid(`Invalid experiment ID: '${experimentId}'`);
  }
}

export function assertValidExperimentName(name: string): void {
  if (typeof name !== "string" || name === "") throw invalid(`Invalid experiment name: '${name}'`);
  if (name.length > MAX_EXPERIMENT_NAME_LENGTH) {
    throw invalid(`Experiment name exceeds the maximum length of ${MAX_EXPERIMENT_NAME_LENGTH} characters`);
  }
}

export function assertValidModelName(name: string): void {
  if (typeof name !== "string" || name === "") throw invalid("Registered model name cannot be empty.");
}

export function assertValidVersion(version: string): void {
  if (typeof version !== "string" || !/^\d+$/.test(version)) {
    throw invalid(`Model version must be an integer, got '${version}'`);
  }
}

/** MLflow's alias rules: `^[\w\-]*$`, at most 255 characters, and not `latest` or `v<digits>` (reserved). */
export function assertValidAlias(alias: string): void {
  if (typeof alias !== "string" || alias === "")
    throw invalid("Registered model alias name cannot be empty.");
  if (!ALIAS_NAME.test(alias)) {
    throw invalid(
      `Invalid alias name: '${alias}'. Names may only contain alphanumerics, underscores (_), and dashes (-).`,
    );
  }
  if (alias.length > MAX_ALIAS_LENGTH) {
    throw invalid(
      `Registered model alias name had length ${alias.length}, over the limit of ${MAX_ALIAS_LENGTH}`,
    );
  }
  if (alias.toLowerCase() === "latest") throw invalid("'latest' alias name (case insensitive) is reserved.");
  if (VERSION_ALIAS.test(alias)) throw invalid(`Version alias name '${alias}' is reserved.`);
}

/**
 * A file name for an arbitrary model name: letters, digits, `_`, `-` and `.` stay readable, anything else
 * (including `/`, `%` and a leading `.`) becomes %XX of its UTF-8 bytes, so distinct names never share a
 * directory, no name escapes the models folder, and none looks like a hidden or temporary file.
 */
export function fileNameFor(name: string): string {
  let out = "";
  for (const byte of Buffer.from(name, "utf8")) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out.startsWith(".") ? `%2E${out.slice(1)}` : out;
}
