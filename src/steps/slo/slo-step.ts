import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { spanMs } from "../../config/monitor-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import {
  computeSlos,
  type MonitorRunRecord,
  type SloIndicator,
  type TrainRunRecord,
  type VersionRecord,
} from "../../policy/slo-policy.js";
import { sloBadge } from "../../report/slo-badge.js";
import { renderSloMarkdown } from "../../report/slo-markdown.js";
import type { ModelVersion, Run, Tracker } from "../../tracking/ports.js";
import { readManifest } from "../snapshot/pull-snapshot.js";
import { loadStepConfig, openStepStore } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import { SLO_INPUTS } from "./slo-inputs.js";

export { SLO_INPUTS };

export interface SloOutputs {
  breached: string;
  indicators: string;
  /** The badge file written, when the badge input was given. */
  "badge-path"?: string;
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

/** The champion's training data time from its snapshot's manifest: as-of if set, else its creation. */
async function championData(
  context: Context,
  inputs: Inputs<typeof SLO_INPUTS>,
  config: Awaited<ReturnType<typeof loadStepConfig>>,
  champion: ModelVersion | undefined,
): Promise<{ data?: { time: number; basis: string }; note?: string }> {
  if (!champion) return {};
  const id = champion.tags["trainyard.snapshot.id"];
  if (!id || !/^[0-9a-f]{16}$/.test(id))
    return { note: id ? `trained on "${id}", not a stored snapshot` : "it records no snapshot" };
  try {
    const manifest = await readManifest(await openStepStore(context, inputs, config), id);
    const asOf = manifest.asOf ? Date.parse(manifest.asOf.time) : Number.NaN;
    if (Number.isFinite(asOf))
      return { data: { time: asOf, basis: `snapshot ${id} as of ${manifest.asOf?.time}` } };
    const created = Date.parse(manifest.createdAt);
    if (!Number.isFinite(created)) return { note: `snapshot ${id} has no readable createdAt` };
    return { data: { time: created, basis: `snapshot ${id} created ${manifest.createdAt}` } };
  } catch (error) {
    return { note: `snapshot ${id}'s manifest could not be read: ${(error as Error).message}` };
  }
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
  const failedValidations = runs
    .filter(
      (run) =>
        run.tags["trainyard.kind"] === "validation" && run.tags["trainyard.validation.passed"] === "false",
    )
    .map((run) => run.info.startTime);
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
  const data = await championData(
    context,
    inputs,
    config,
    registered.find((version) => version.aliases.includes("champion")),
  );
  const indicators = computeSlos(
    {
      trainRuns,
      versions,
      monitorRuns,
      failedValidations,
      ...(data.data ? { championData: data.data } : {}),
      ...(data.note ? { championDataNote: data.note } : {}),
    },
    slo ?? {},
    now,
    windowMs,
  );
  await context.appendSummary(renderSloMarkdown(model, window, indicators));
  const breached = indicators.filter((indicator) => indicator.status === "breached");
  const outputs: SloOutputs = {
    breached: [...new Set(breached.map((indicator) => indicator.id))].join(","),
    indicators: JSON.stringify(indicators),
  };
  if (inputs.badge) {
    const badgePath = resolve(context.workingDirectory, inputs.badge);
    await mkdir(dirname(badgePath), { recursive: true });
    await writeFile(badgePath, `${JSON.stringify(sloBadge(indicators))}\n`);
    outputs["badge-path"] = badgePath;
  }
  if (breached.length > 0) {
    if (inputs["on-breach"] === "fail") throw new SloBreachedError(indicators, outputs);
    for (const indicator of breached)
      context.log.warning(
        `SLO breached: ${indicator.id} ${indicator.name} ${indicator.value} (target ${indicator.target}); docs/operating.md says what to do`,
        { title: `SLO ${indicator.id}` },
      );
  }
  return outputs;
}
