import type { Context } from "../../context/context.js";
import type { BlobStore } from "../../store/blob-store.js";
import type { Tracker } from "../../tracking/ports.js";
import { deleteCheckpoints, listCheckpointKeys } from "./checkpoints.js";

/**
 * `register cleanup`'s part for checkpoints: a cache key's checkpoints are deleted once a run that wrote them
 * has FINISHED (its model exists; nothing will resume from them), unless train.checkpoint.keep. A run the
 * tracker cannot answer for keeps its checkpoints. A dry run only lists.
 */
export async function cleanupCheckpoints(
  context: Context,
  options: { store: BlobStore; tracker: Tracker; dryRun: boolean; keep: boolean },
): Promise<string[]> {
  const keys = await listCheckpointKeys(options.store);
  if (keys.size === 0) return [];
  if (options.keep) {
    context.log.info(`train.checkpoint.keep is true: the checkpoints of ${keys.size} training(s) are kept`);
    return [];
  }
  const doomed: string[] = [];
  for (const [key, runs] of keys) {
    let finished: string | undefined;
    for (const runId of runs) {
      const status = await options.tracker
        .getRun(runId)
        .then((run) => run.info.status)
        .catch(() => undefined);
      if (status === "FINISHED") finished = runId;
    }
    if (!finished) continue;
    doomed.push(key);
    if (options.dryRun) {
      context.log.info(
        `would delete the checkpoints of training ${key.slice(0, 12)} (run ${finished} finished)`,
      );
      continue;
    }
    const count = await deleteCheckpoints(options.store, key);
    context.log.info(
      `deleted the checkpoints of training ${key.slice(0, 12)} (run ${finished} finished; ${count} object(s))`,
    );
  }
  return doomed;
}
