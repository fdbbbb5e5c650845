import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import type { ModelVersion, Registry, Tracker } from "../../tracking/ports.js";
import { SNAPSHOT_TAG } from "../validate/validate-step.js";

/** More runs than this in the window and gc cannot be sure it saw them all, so it stops. */
const MAX_RECENT_RUNS = 50_000;

/** Registered versions of each model, with the snapshot each was trained on. */
export async function listVersions(
  registry: Registry,
  models: readonly string[],
): Promise<{ model: string; version: ModelVersion; snapshot?: string }[]> {
  const all: { model: string; version: ModelVersion; snapshot?: string }[] = [];
  for (const model of models) {
    for (const version of await registry.listModelVersions(model)) {
      const snapshot = version.tags[SNAPSHOT_TAG];
      all.push({ model, version, ...(snapshot ? { snapshot } : {}) });
    }
  }
  return all;
}

function add(roots: Map<string, string[]>, id: string | undefined, reason: string): void {
  if (!id) return;
  const reasons = roots.get(id) ?? [];
  if (!reasons.includes(reason)) reasons.push(reason);
  roots.set(id, reasons);
}

/**
 * The roots of a gc's mark: the snapshot of every registered version of the models (so the champion, the
 * challenger and the champion's rollback target, `trainyard.previous_champion`, among them, named as such),
 * and of every run in the experiment that started within the retention window.
 */
export async function lineageRoots(
  context: Context,
  tracking: { tracker: Tracker; registry: Registry },
  models: readonly string[],
  experiment: string,
  since: number,
): Promise<Map<string, string[]>> {
  const roots = new Map<string, string[]>();
  const versions = await listVersions(tracking.registry, models);
  for (const { model, version, snapshot } of versions) {
    add(roots, snapshot, `${model} version ${version.version}`);
    for (const alias of version.aliases) add(roots, snapshot, `${model}@${alias}`);
  }
  for (const model of models) {
    const champion = versions.find(
      (entry) => entry.model === model && entry.version.aliases.includes("champion"),
    );
    const previous = champion?.version.tags["trainyard.previous_champion"];
    if (!previous || previous === "none") continue;
    const target = versions.find((entry) => entry.model === model && entry.version.version === previous);
    if (target) add(roots, target.snapshot, `${model} rollback target (version ${previous})`);
    else
      context.log.warning(
        `${model}: the champion's rollback target, version ${previous}, is no longer registered; its snapshot cannot be told apart`,
      );
  }
  const experimentId = await tracking.tracker.ensureExperiment(experiment);
  const runs = await tracking.tracker.searchRuns({
    experimentIds: [experimentId],
    filter: `attributes.start_time >= ${Math.floor(since)}`,
    maxResults: MAX_RECENT_RUNS,
  });
  if (runs.length >= MAX_RECENT_RUNS) {
    throw new UserError(
      `experiment "${experiment}" has ${MAX_RECENT_RUNS} or more runs in the retention window; gc cannot be sure it saw every snapshot they use. Use a shorter --older-than.`,
    );
  }
  for (const run of runs) add(roots, run.tags[SNAPSHOT_TAG], `run ${run.info.runId} (recent)`);
  return roots;
}

/** The runs of the experiment trained on any of `ids` (for the training cache records they left). */
export async function runsOnSnapshots(
  tracker: Tracker,
  experiment: string,
  ids: readonly string[],
): Promise<string[]> {
  const experimentId = await tracker.ensureExperiment(experiment);
  const runIds: string[] = [];
  for (const id of ids) {
    const runs = await tracker.searchRuns({
      experimentIds: [experimentId],
      filter: `tags.\`${SNAPSHOT_TAG}\` = '${id}'`,
      maxResults: MAX_RECENT_RUNS,
    });
    runIds.push(...runs.map((run) => run.info.runId));
  }
  return runIds;
}
