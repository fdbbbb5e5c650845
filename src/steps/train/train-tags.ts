import type { Lineage } from "../../config/contracts/lineage.js";
import { UserError } from "../../errors/user-error.js";
import { flattenParams, type Params } from "./params.js";

/** MLflow's limit on a param value (characters); longer values go in as artifacts. */
export const PARAM_VALUE_LIMIT = 6000;
/** MLflow's limit on a tag value. */
const TAG_VALUE_LIMIT = 8000;

/**
 * The params as MLflow params (flattened `a.b.c` keys, plus the seed). A value over the server's limit is
 * replaced by a pointer and returned as an artifact `params/<key>.txt`.
 */
/** The characters MLflow accepts in a param name. */
const PARAM_NAME = /^[\w\-. /]+$/;

/** Refuses params whose names MLflow would reject, before a run is created for them. */
export function checkParamNames(params: Params): void {
  const bad = Object.keys(flattenParams(params)).filter((name) => !PARAM_NAME.test(name));
  if (bad.length > 0) {
    throw new UserError(
      `param name ${bad.map((name) => JSON.stringify(name)).join(", ")} (from train.params, train.params_file or the params input) may hold only letters, digits, "_", "-", ".", " " and "/"`,
    );
  }
}

export function paramsForTracking(
  params: Params,
  seed: number,
): { params: Record<string, string>; oversized: [string, string][] } {
  const flat: Record<string, string> = { ...flattenParams(params), "trainyard.seed": String(seed) };
  const oversized: [string, string][] = [];
  for (const [key, value] of Object.entries(flat)) {
    if (value.length <= PARAM_VALUE_LIMIT) continue;
    const artifact = `params/${key.replace(/[^\w.-]/g, "_")}.txt`;
    oversized.push([artifact, value]);
    flat[key] = `(${value.length} characters: see the artifact ${artifact})`;
  }
  return { params: flat, oversized };
}

/** The lineage as `trainyard.*` tags, so the MLflow UI and the registry can show it without the artifact. */
export function lineageTags(lineage: Lineage): Record<string, string> {
  const tags: Record<string, string | undefined> = {
    "trainyard.snapshot.id": lineage.data.snapshotId,
    "trainyard.git.commit": lineage.code.commit,
    "trainyard.git.dirty": lineage.code.dirty === undefined ? undefined : String(lineage.code.dirty),
    "trainyard.git.ref": lineage.code.ref,
    "trainyard.workflow.run_url": lineage.code.workflowRunUrl,
    "trainyard.workflow.trigger": lineage.code.trigger,
    "trainyard.workflow.actor": lineage.code.actor,
    "trainyard.config.sha256": lineage.configHash,
    "trainyard.seed": String(lineage.seed),
    "trainyard.command": lineage.command,
    "trainyard.working_directory": lineage.workingDirectory,
    "trainyard.exit_code": lineage.training.exitCode === null ? undefined : String(lineage.training.exitCode),
    "trainyard.duration_seconds": lineage.training.durationSeconds.toFixed(3),
    "trainyard.peak_memory_bytes":
      lineage.training.peakMemoryBytes === undefined ? undefined : String(lineage.training.peakMemoryBytes),
    "trainyard.cache.hit": String(lineage.training.cacheHit),
    "trainyard.env.os": lineage.environment.os,
    "trainyard.env.arch": lineage.environment.arch,
    "trainyard.env.cpu": `${lineage.environment.cpuModel} x${lineage.environment.cpus}`,
    "trainyard.env.runner_image": lineage.environment.runnerImage
      ? `${lineage.environment.runnerImage} ${lineage.environment.runnerImageVersion ?? ""}`.trim()
      : undefined,
    "trainyard.env.node": lineage.environment.node,
    "trainyard.env.python": lineage.environment.python,
  };
  for (const [path, sha] of Object.entries(lineage.environment.lockfiles))
    tags[`trainyard.lockfile.${path}`] = sha;
  return Object.fromEntries(
    Object.entries(tags)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([key, value]) => [key, value.slice(0, TAG_VALUE_LIMIT)]),
  );
}
