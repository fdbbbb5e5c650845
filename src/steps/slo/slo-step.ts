import { spanMs } from "../../config/monitor-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { CONFIG_INPUT, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import { type InputSpecs, type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import {
  computeSlos,
  type MonitorRunRecord,
  type SloIndicator,
  type TrainRunRecord,
  type VersionRecord,
} from "../../policy/slo-policy.js";
import { renderSloMarkdown } from "../../report/slo-markdown.js";
import type { ModelVersion, Run, Tracker } from "../../tracking/ports.js";
import { loadStepConfig } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";

/** `trainyard slo` (CLI only). */
export const SLO_INPUTS = {
  ...CONFIG_INPUT,
  model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
  ...TRACKING_INPUT,
  window: {
    description: "The history to read, back from now (default slo.window, 30d)",
    cli: { placeholder: "30d" },
  },
} as const satisfies InputSpecs;

export interface SloOutputs {
  breached: string;
  indicators: string;
}

/** One or more indicators missed their target; the outputs still carry every figure. */
export class SloBreachedError extends UserError {
  constructor(
    readonly indicators: SloIndicator[],
    readonly outputs: SloOutputs,
  ) {
    const breached = indicators.filter((indicator) => indicator.status === "breached");
    super(
      `${breached.length} SLO(s) breached: ${breached.map((indicator) => `${indicator.id} ${indicator.name} ${indicator.value} (target ${indicator.target})`).join("; ")}; docs/operating.md says what to do`,
    );
    this.name = "SloBreachedError";
  }
}

const MAX_RUNS = 5000;

function trainRecord(run: Run): TrainRunRecord {
  const duration = Number(run.tags["trainyard.duration_seconds"]);
  return {
    runId: run.info.runId,
    status: run.info.status,
    startTime: run.info.startTime,
    ...(run.info.endTime ? { endTime: run.info.endTime } : {}),
    ...(Number.isFinite(duration) && run.tags["trainyard.duration_seconds"] !== undefined
      ? { durationSeconds: duration }
      : {}),
    cacheHit: run.tags["trainyard.cache.hit"] === "true",
  };
}

async function versionRecord(
  version: ModelVersion,
  runs: Map<string, Run>,
  tracker: Tracker,
): Promise<VersionRecord> {
  let run = version.runId ? runs.get(version.runId) : undefined;
  if (!run && version.runId) run = await tracker.getRun(version.runId).catch(() => undefined);
  const tags = version.tags;
  const primaryMetric = tags["trainyard.primary_metric"];
  const delta = primaryMetric ? Number(tags[`trainyard.delta.${primaryMetric}`]) : Number.NaN;
  const promotedAt = Date.parse(tags["trainyard.promoted_at"] ?? "");
  const failed = tags["trainyard.gate.failed"];
  return {
    version: version.version,
    creationTimestamp: version.creationTimestamp,
    ...(run?.info.endTime ? { runEndTime: run.info.endTime } : {}),
    ...(run ? { runStartTime: run.info.startTime } : {}),
    champion: version.aliases.includes("champion"),
    ...(Number.isFinite(promotedAt) ? { promotedAt } : {}),
    ...(tags["trainyard.previous_champion"] ? { previousChampion: tags["trainyard.previous_champion"] } : {}),
    ...(primaryMetric ? { primaryMetric } : {}),
    ...(Number.isFinite(delta) ? { primaryDelta: delta } : {}),
    ...(tags["trainyard.decision"] ? { decision: tags["trainyard.decision"] } : {}),
    gateFailed: failed && failed !== "none" ? failed.split(",") : [],
  };
}

/**
 * `trainyard slo`: the pipeline's indicators M1–M4 and M8–M10 from the tracker's runs and the registry's
 * versions of one model, each against its target in `slo:`; fails (exit 1) when one is breached.
 */
export async function sloStep(
  context: Context,
  inputs: Inputs<typeof SLO_INPUTS>,
  dependencies: { now?: number } = {},
): Promise<SloOutputs> {
  const config = await loadStepConfig(context, inputs);
  const model = inputs.model ?? config?.config.model;
  if (!model)
    throw new UserError(`no model name: set model in trainyard.yml or ${inputLabel(inputs, "model")}`);
  const slo = config?.config.slo;
  const window = inputs.window ?? slo?.window ?? "30d";
  const windowMs = spanMs(window);
  if (windowMs === undefined)
    throw new UserError(
      `${inputLabel(inputs, "window")} (slo.window) is "${window}": give a span such as 30d or 2w`,
    );
  const now = dependencies.now ?? Date.now();
  const { tracker, registry } = await openStepTracking(context, inputs, config);
  const experimentId = await tracker.ensureExperiment(config?.config.experiment ?? model);
  const runs = await tracker.searchRuns({
    experimentIds: [experimentId],
    maxResults: MAX_RUNS,
    orderBy: ["attributes.start_time DESC"],
  });
  if (runs.length === MAX_RUNS)
    context.log.warning(`read the newest ${MAX_RUNS} runs only; older runs in the window are not counted`);
  const byId = new Map(runs.map((run) => [run.info.runId, run]));
  const trainRuns = runs.filter((run) => run.tags["trainyard.cache.key"] !== undefined).map(trainRecord);
  const monitorRuns: MonitorRunRecord[] = runs
    .filter((run) => run.tags["trainyard.kind"] === "monitor")
    .map((run) => ({
      startTime: run.info.startTime,
      dispatched: run.tags["trainyard.monitor.dispatched"] === "true",
      championVersion: run.tags["trainyard.monitor.champion_version"] ?? "",
    }));
  const registered = (await registry.getRegisteredModel(model))
    ? await registry.listModelVersions(model)
    : [];
  const from = now - windowMs;
  const versions: VersionRecord[] = [];
  for (const version of registered) {
    // Only versions that count in the window (and the champion, for freshness) need their run.
    const relevant =
      version.aliases.includes("champion") ||
      version.creationTimestamp >= from ||
      Date.parse(version.tags["trainyard.promoted_at"] ?? "") >= from;
    if (relevant) versions.push(await versionRecord(version, byId, tracker));
  }
  const indicators = computeSlos({ trainRuns, versions, monitorRuns }, slo ?? {}, now, windowMs);
  await context.appendSummary(renderSloMarkdown(model, window, indicators));
  const breached = indicators.filter((indicator) => indicator.status === "breached");
  const outputs: SloOutputs = {
    breached: breached.map((indicator) => indicator.id).join(","),
    indicators: JSON.stringify(indicators),
  };
  if (breached.length > 0) throw new SloBreachedError(indicators, outputs);
  return outputs;
}
