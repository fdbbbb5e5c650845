import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import { formatBytes } from "../../context/format-progress.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import { parseDuration, planBlobSweep, planSnapshotGc } from "../../policy/retention.js";
import { escapeMarkdown, table } from "../../report/markdown.js";
import type { BlobStore } from "../../store/blob-store.js";
import { mapWithConcurrency } from "../../store/parallel.js";
import type { Registry, Tracker } from "../../tracking/ports.js";
import { loadStepConfig, openStepStore } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import type { GC_INPUTS } from "./gc-inputs.js";
import { lineageRoots } from "./lineage-roots.js";
import {
  BLOBS_PREFIX,
  collect,
  deleteRecipesOf,
  deleteSnapshot,
  listCacheRecords,
  listManifests,
  referencedBlobs,
} from "./store-index.js";

export interface GcOutputs {
  "dry-run": boolean;
  /** The removed (or, in a dry run, removable) snapshot ids, one a line. */
  "removed-snapshots": string;
  "snapshots-removed": number;
  "snapshots-kept": number;
  "blobs-removed": number;
  "bytes-freed": number;
}

export interface GcDependencies {
  /** Called between the mark and the sweep (tests take a snapshot there, as a concurrent job would). */
  afterMark?: () => Promise<void>;
  now?: () => number;
  tracking?: { tracker: Tracker; registry: Registry };
}

/** The registered models whose lineage a retention step protects: the `model` input, else trainyard.yml's. */
export function modelsOf(
  inputs: { readonly model?: string | undefined },
  config: LoadedConfig | undefined,
  what: string,
): string[] {
  const models = (inputs.model ?? config?.config.model ?? "")
    .split("\n")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (models.length === 0) {
    throw new UserError(
      `${what} needs the registered model's name to know which snapshots its versions were trained on: set ${inputLabel(inputs, "model")} or model in trainyard.yml`,
    );
  }
  return models;
}

export function durationInput(inputs: object, name: string, text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined)
    throw new UserError(
      `${inputLabel(inputs, name)} must be a duration such as 90d, 12h, 30m or 0; got "${text}"`,
    );
  return ms;
}

/**
 * `trainyard snapshot gc`: mark every snapshot lineage still needs (registered versions, the champion and
 * its rollback target, the challenger, runs within the window, the newest `keep`, anything younger than
 * `older-than`), remove the other manifests, then sweep the blobs no remaining manifest or training-cache
 * record refers to and that are older than the scan minus the grace period.
 */
export async function gcStep(
  context: Context,
  inputs: Inputs<typeof GC_INPUTS>,
  dependencies: GcDependencies = {},
): Promise<GcOutputs> {
  const olderThan = durationInput(inputs, "older-than", inputs["older-than"]);
  const grace = durationInput(inputs, "grace", inputs.grace);
  if (inputs.keep < 0)
    throw new UserError(`${inputLabel(inputs, "keep")} must be 0 or more, got ${inputs.keep}`);
  const config = await loadStepConfig(context, inputs);
  const models = modelsOf(inputs, config, "snapshot gc");
  const experiment = config?.config.experiment ?? models[0] ?? "trainyard";
  const dryRun = inputs["dry-run"];
  const now = dependencies.now ?? Date.now;
  const store = await openStepStore(context, inputs, config);
  const tracking = dependencies.tracking ?? (await openStepTracking(context, inputs, config));

  // A misspelt model has no versions: every snapshot its versions need would look unneeded.
  for (const model of models) {
    if (await tracking.registry.getRegisteredModel(model)) continue;
    const message = `model "${model}" is not registered in ${tracking.registry.uri}, so gc sees no version's snapshot; check ${inputLabel(inputs, "model")} (or model in trainyard.yml)`;
    if (!dryRun) throw new UserError(`${message}; nothing deleted`);
    context.log.warning(message);
  }
  const scanStart = now();
  const manifests = await context.group(`Mark: snapshots in ${store.uri}`, () => listManifests(store));
  const roots = await lineageRoots(context, tracking, models, experiment, scanStart - olderThan);
  const plan = planSnapshotGc({
    snapshots: manifests.map((manifest) => ({
      id: manifest.id,
      createdAt: Date.parse(manifest.createdAt) || scanStart,
    })),
    roots,
    keep: inputs.keep,
    olderThanMs: olderThan,
    now: scanStart,
  });
  for (const kept of plan.keep) context.log.info(`keep ${kept.id}: ${kept.reasons.join("; ")}`);
  for (const id of plan.remove) context.log.info(`${dryRun ? "would remove" : "remove"} snapshot ${id}`);
  await dependencies.afterMark?.();

  const removed = new Set(plan.remove);
  const cacheRecords = await listCacheRecords(store);
  const staleCache = cacheRecords.filter(
    (record) => (record.info.modified ?? scanStart) < scanStart - olderThan,
  );
  if (!dryRun) {
    await context.group("Remove snapshots", async () => {
      await mapWithConcurrency(plan.remove, 8, (id) => deleteSnapshot(store, id));
      const recipes = await deleteRecipesOf(store, removed);
      await mapWithConcurrency(staleCache, 8, (record) => store.delete(record.key));
      context.log.info(
        `${plan.remove.length} manifest(s), ${recipes} recipe(s), ${staleCache.length} training-cache record(s) removed`,
      );
    });
  }

  // Sweep: read the manifests again, so a snapshot finished since the mark keeps its blobs too.
  const { sweep, blobs } = await context.group("Sweep: blobs no manifest refers to", async () => {
    const remaining = (await listManifests(store)).filter((manifest) => !removed.has(manifest.id));
    const stale = new Set(staleCache.map((record) => record.key));
    const keptCache = (await listCacheRecords(store)).filter((record) => !stale.has(record.key));
    const blobs = await collect(store.list(BLOBS_PREFIX));
    const sweep = planBlobSweep(blobs, referencedBlobs(remaining, keptCache), scanStart - grace);
    return { sweep, blobs };
  });
  const bytesFreed = sweep.remove.reduce((sum, blob) => sum + blob.size, 0);
  if (!dryRun)
    await deleteBlobs(
      store,
      sweep.remove.map((blob) => blob.key),
    );
  const verb = dryRun ? "would free" : "freed";
  context.log.info(
    `${plan.remove.length} of ${manifests.length} snapshot(s) and ${sweep.remove.length} of ${blobs.length} blob(s) ${dryRun ? "would go" : "removed"}; ${verb} ${formatBytes(bytesFreed)}; ${sweep.tooYoung} unreferenced blob(s) within the grace period kept`,
  );
  await context.appendSummary(gcSummary(dryRun, plan, sweep.remove.length, bytesFreed, store));
  return {
    "dry-run": dryRun,
    "removed-snapshots": plan.remove.join("\n"),
    "snapshots-removed": plan.remove.length,
    "snapshots-kept": plan.keep.length,
    "blobs-removed": sweep.remove.length,
    "bytes-freed": bytesFreed,
  };
}

export async function deleteBlobs(store: BlobStore, keys: readonly string[]): Promise<void> {
  await mapWithConcurrency(keys, 8, (key) => store.delete(key));
}

function gcSummary(
  dryRun: boolean,
  plan: ReturnType<typeof planSnapshotGc>,
  blobsRemoved: number,
  bytesFreed: number,
  store: BlobStore,
): string {
  const rows = [
    ...plan.remove.map((id) => [`\`${id}\``, dryRun ? "would be removed" : "removed", ""]),
    ...plan.keep.map((kept) => [`\`${kept.id}\``, "kept", escapeMarkdown(kept.reasons.join("; "))]),
  ];
  return [
    `### Snapshot gc${dryRun ? " (dry run: nothing deleted)" : ""}`,
    "",
    `${escapeMarkdown(store.uri)}: ${plan.remove.length} snapshot(s) and ${blobsRemoved} blob(s) ${dryRun ? "would go" : "removed"}, ${formatBytes(bytesFreed)} ${dryRun ? "would be freed" : "freed"}.${dryRun ? " Run again with dry-run false to delete." : ""}`,
    "",
    table(["snapshot", "", "why kept"], rows),
    "",
  ].join("\n");
}
