import type { Context } from "../../context/context.js";
import { slowRunWarning } from "../../policy/slo-policy.js";
import type { Tracker } from "../../tracking/ports.js";

/**
 * Warns when this training took more than twice the median of the experiment's last 20 successful runs that
 * trained (cache hits left out). A tracker that cannot answer only costs the warning.
 */
export async function warnIfSlow(
  context: Context,
  tracker: Tracker,
  experimentId: string,
  runId: string,
  seconds: number,
): Promise<void> {
  const runs = await tracker
    .searchRuns({
      experimentIds: [experimentId],
      filter: "attributes.status = 'FINISHED'",
      maxResults: 100,
      orderBy: ["attributes.start_time DESC"],
    })
    .catch(() => []);
  const previous = runs
    .filter(
      (run) =>
        run.info.runId !== runId &&
        run.tags["trainyard.cache.key"] !== undefined &&
        run.tags["trainyard.cache.hit"] !== "true" &&
        run.tags["trainyard.duration_seconds"] !== undefined,
    )
    .map((run) => Number(run.tags["trainyard.duration_seconds"]))
    .slice(0, 20);
  const warning = slowRunWarning(seconds, previous);
  if (warning) context.log.warning(warning);
}
