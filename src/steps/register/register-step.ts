import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type ComparisonReport, parseComparisonReport } from "../../config/contracts/comparison-report.js";
import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import { serveCheckBeforePromotion } from "../../serving/promotion-hook.js";
import type { ModelVersion, Registry, Tracker } from "../../tracking/ports.js";
import { loadStepConfig, openStepStore } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import { cleanupCheckpoints } from "../train/checkpoint-cleanup.js";
import { type Approval, resolveApproval } from "./approval.js";
import { approveStep } from "./approval-step.js";
import type { REGISTER_INPUTS } from "./register-inputs.js";

export type RegisterMode = "register" | "promote" | "rollback" | "cleanup";

export interface RegisterOutputs {
  version: string;
  champion: string;
  "previous-champion": string;
  "approved-by": string;
  deleted: string;
}

/** The champion alias moved since the comparison saw it: promoting now would overwrite someone's decision. */
export class ChampionMovedError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "ChampionMovedError";
  }
}

const TAG_LIMIT = 5000;

interface Tracking {
  tracker: Tracker;
  registry: Registry;
}

type RegisterInputs = Inputs<typeof REGISTER_INPUTS>;

export function environmentOf(inputs: RegisterInputs, config: LoadedConfig | undefined): string {
  return inputs.environment ?? config?.config.register.environment ?? "production";
}

function modelName(inputs: RegisterInputs, config: LoadedConfig | undefined): string {
  const model = inputs.model ?? config?.config.model;
  if (!model)
    throw new UserError(`no model name: set model in trainyard.yml or ${inputLabel(inputs, "model")}`);
  return model;
}

export async function readComparison(
  context: Context,
  inputs: RegisterInputs,
): Promise<ComparisonReport | undefined> {
  const path = inputs.comparison;
  if (!path) return undefined;
  const file = resolve(context.workingDirectory, path);
  return parseComparisonReport(await readFile(file, "utf8"), file);
}

function comparisonTags(comparison: ComparisonReport): Record<string, string> {
  const tags: Record<string, string> = {
    "trainyard.decision": comparison.decision,
    "trainyard.decision.reasons": comparison.reasons.join("\n").slice(0, TAG_LIMIT),
    "trainyard.compared_with": comparison.champion?.version ?? "none",
    "trainyard.primary_metric": comparison.primaryMetric,
  };
  for (const metric of comparison.metrics) {
    if (metric.challenger.value !== null)
      tags[`trainyard.metric.${metric.metric}`] = String(metric.challenger.value);
    if (metric.delta?.value !== null && metric.delta?.value !== undefined)
      tags[`trainyard.delta.${metric.metric}`] = String(metric.delta.value);
  }
  const failed = comparison.rules.filter((rule) => rule.verdict === "fail").map((rule) => rule.id);
  tags["trainyard.gate.failed"] = failed.join(",") || "none";
  return tags;
}

/** Registers the run's model as a version (or finds the one made from it) and points `challenger` at it. */
async function register(
  context: Context,
  inputs: RegisterInputs,
  tracking: Tracking,
  model: string,
): Promise<RegisterOutputs> {
  const comparison = await readComparison(context, inputs);
  const runId = inputs["run-id"] ?? comparison?.challenger.runId;
  if (!runId)
    throw new UserError(
      `register needs ${inputLabel(inputs, "run-id")} (train's run-id) or a comparison naming it`,
    );
  const run = await tracking.tracker.getRun(runId);
  if (run.info.status !== "FINISHED")
    throw new UserError(`run ${runId} is ${run.info.status}; only a FINISHED training run can be registered`);
  await tracking.registry.ensureRegisteredModel(model, {
    description: "Registered by trainyard; see the trainyard.* tags of each version for its lineage.",
  });
  const lineage = Object.fromEntries(
    Object.entries(run.tags).filter(
      ([key]) => key.startsWith("trainyard.") || key === "mlflow.source.git.commit",
    ),
  );
  let version = await tracking.registry.findModelVersionByRunId(model, runId);
  if (version) {
    context.log.info(
      `run ${runId} is already version ${version.version} of ${model}; not registering it again`,
    );
  } else {
    version = await tracking.registry.createModelVersion({
      name: model,
      source: `${run.info.artifactUri}/model`,
      runId,
      tags: { ...lineage, "trainyard.run_id": runId, ...(comparison ? comparisonTags(comparison) : {}) },
      description: comparison ? `${comparison.decision}: ${comparison.reasons[0] ?? ""}`.slice(0, 1000) : "",
    });
    context.log.info(`registered ${model} version ${version.version} from run ${runId}`);
  }
  await tracking.registry.setAlias(model, "challenger", version.version);
  const champion = await tracking.registry.getVersionByAlias(model, "champion");
  await context.appendSummary(
    `### trainyard register\n\n\`${model}\` version **${version.version}** (run \`${runId}\`) is the challenger${comparison ? `; decision: **${comparison.decision}**` : ""}.\n`,
  );
  return outputs(version.version, champion?.version ?? "", champion?.version ?? "", "", "");
}

function describeMover(version: ModelVersion | undefined): string {
  if (!version) return "nobody (it was removed)";
  const who = version.tags["trainyard.promoted_by"] ?? version.tags["trainyard.rollback.by"];
  const when = version.tags["trainyard.promoted_at"] ?? version.tags["trainyard.rollback.at"];
  return `version ${version.version}${who ? `, promoted by ${who}` : ""}${when ? ` at ${when}` : ""}`;
}

/**
 * Moves `champion` to the challenger after a recorded approval, only if `champion` still points where the
 * comparison saw it (compare-and-swap under the registry's per-model lock), and records the previous champion.
 */
async function promote(
  context: Context,
  inputs: RegisterInputs,
  tracking: Tracking,
  model: string,
  config: LoadedConfig | undefined,
): Promise<RegisterOutputs> {
  const comparison = await readComparison(context, inputs);
  const registry = tracking.registry;
  const requested = inputs.version;
  const target = requested
    ? await registry.getModelVersion(model, requested)
    : await registry.getVersionByAlias(model, "challenger");
  if (!target)
    throw new UserError(
      requested ? `${model} has no version ${requested}` : `${model} has no challenger; run register first`,
    );
  if (comparison && comparison.decision !== "promote")
    throw new UserError(`the comparison rejected this challenger:\n- ${comparison.reasons.join("\n- ")}`);
  const expected = inputs["expected-champion"] ?? comparison?.champion?.version ?? "";
  const subject = { environment: environmentOf(inputs, config), action: "promote" as const, model, config };
  const approval = await resolveApproval(context, inputs, {
    ...subject,
    version: target.version,
    comparison,
  });
  const reason = inputs.reason;

  await serveCheckBeforePromotion(context, inputs, tracking, target, config);
  const previous = await registry.withPromotionLock(model, () =>
    moveChampion(context, registry, model, target, expected, approval, reason),
  );
  context.log.notice(
    `${model} version ${target.version} is the champion (was ${previous || "none"}), approved by ${approval.approvedBy}`,
  );
  await context.appendSummary(
    `### trainyard promote\n\n\`${model}\` version **${target.version}** is the champion, approved by **${approval.approvedBy}** (${approval.source}); the previous champion was ${previous ? `version ${previous}` : "none"}.\n`,
  );
  return outputs(target.version, target.version, previous, approval.approvedBy, "");
}

/** The compare-and-swap of promotion, run under the model's promotion lock; returns the previous champion. */
async function moveChampion(
  context: Context,
  registry: Registry,
  model: string,
  target: ModelVersion,
  expected: string,
  approval: Approval,
  reason: string | undefined,
): Promise<string> {
  const previous = await registry.getVersionByAlias(model, "champion");
  if (previous?.version === target.version) {
    context.log.info(`version ${target.version} is already the champion of ${model}`);
    const recorded = target.tags["trainyard.previous_champion"];
    return recorded && recorded !== "none" ? recorded : "";
  }
  if ((previous?.version ?? "") !== expected) {
    throw new ChampionMovedError(
      `champion of ${model} moved since the comparison: it expected ${expected ? `version ${expected}` : "no champion"}, but champion is now ${describeMover(previous)}. Compare again against the new champion before promoting.`,
    );
  }
  const now = new Date().toISOString();
  const tags: Record<string, string> = {
    "trainyard.approved_by": approval.approvedBy,
    "trainyard.approval.source": approval.source,
    ...(approval.comment ? { "trainyard.approval.comment": approval.comment.slice(0, TAG_LIMIT) } : {}),
    "trainyard.approved_at": approval.observedAt,
    "trainyard.promoted_by": approval.actor,
    "trainyard.promoted_at": now,
    "trainyard.previous_champion": previous?.version ?? "none",
    ...(approval.runUrl ? { "trainyard.promotion.run_url": approval.runUrl } : {}),
    ...(approval.url ? { "trainyard.approval.url": approval.url } : {}),
    ...(reason ? { "trainyard.promotion.reason": reason.slice(0, TAG_LIMIT) } : {}),
  };
  for (const [key, value] of Object.entries(tags))
    await registry.setModelVersionTag(model, target.version, key, value);
  await registry.setAlias(model, "champion", target.version);
  // Last-writer-wins aliases: read back so a promotion that raced another says so instead of claiming success.
  const championNow = await registry.getVersionByAlias(model, "champion");
  if (championNow?.version !== target.version)
    throw new ChampionMovedError(
      `another promotion won the race: champion of ${model} is ${describeMover(championNow)}, not version ${target.version}`,
    );
  return previous?.version ?? "";
}

/** Points `champion` back at a given version, or at the one the current champion replaced. */
async function rollback(
  context: Context,
  inputs: RegisterInputs,
  tracking: Tracking,
  model: string,
  config: LoadedConfig | undefined,
): Promise<RegisterOutputs> {
  const registry = tracking.registry;
  const reason = inputs.reason;
  if (!reason)
    throw new UserError(`rollback needs ${inputLabel(inputs, "reason")}: it is recorded on the version`);
  const before = await registry.getVersionByAlias(model, "champion");
  const version = inputs.version ?? before?.tags["trainyard.previous_champion"] ?? "previous";
  const subject = { environment: environmentOf(inputs, config), action: "rollback" as const, model, config };
  const approval = await resolveApproval(context, inputs, { ...subject, version });
  const { current, target } = await registry.withPromotionLock(model, async () => {
    const current = await registry.getVersionByAlias(model, "champion");
    const requested = inputs.version ?? current?.tags["trainyard.previous_champion"];
    if (!requested || requested === "none")
      throw new UserError(
        `no version to roll back to: give the "version" input; ${current ? `champion version ${current.version} records no previous champion` : `${model} has no champion`}`,
      );
    const target = await registry.getModelVersion(model, requested);
    if (!target) throw new UserError(`${model} has no version ${requested}`);
    const tags = {
      "trainyard.rollback.by": approval.approvedBy,
      "trainyard.rollback.actor": approval.actor,
      "trainyard.rollback.at": new Date().toISOString(),
      "trainyard.rollback.reason": reason.slice(0, TAG_LIMIT),
      "trainyard.rollback.from": current?.version ?? "none",
      "trainyard.rollback.approval.source": approval.source,
      "trainyard.rollback.approved_at": approval.observedAt,
      ...(approval.url ? { "trainyard.rollback.approval.url": approval.url } : {}),
      ...(approval.runUrl ? { "trainyard.rollback.run_url": approval.runUrl } : {}),
    };
    for (const [key, value] of Object.entries(tags))
      await registry.setModelVersionTag(model, target.version, key, value);
    await registry.setAlias(model, "champion", target.version);
    return { current, target };
  });
  context.log.notice(
    `${model}: champion rolled back from version ${current?.version ?? "none"} to ${target.version}`,
  );
  await context.appendSummary(
    `### trainyard rollback\n\n\`${model}\` champion is version **${target.version}** again (was ${current?.version ?? "none"}), by **${approval.approvedBy}**.\n`,
  );
  return outputs(target.version, target.version, current?.version ?? "", approval.approvedBy, "");
}

/**
 * Deletes versions (and the runs they were made from) that are neither champion, challenger nor the
 * champion's rollback target, and older than N days; a dry run (the default) only lists them.
 */
async function cleanup(
  context: Context,
  inputs: RegisterInputs,
  tracking: Tracking,
  model: string,
  config?: LoadedConfig,
): Promise<RegisterOutputs> {
  const registry = tracking.registry;
  const days = inputs["older-than-days"] ?? 90;
  const dryRun = inputs["dry-run"];
  const champion = await registry.getVersionByAlias(model, "champion");
  const keep = new Set(
    [
      champion?.version,
      champion?.tags["trainyard.previous_champion"],
      (await registry.getVersionByAlias(model, "challenger"))?.version,
    ].filter((version): version is string => Boolean(version)),
  );
  const cutoff = Date.now() - days * 86_400_000;
  const versions = await registry.listModelVersions(model);
  const doomed = versions.filter(
    (version) => !keep.has(version.version) && version.creationTimestamp < cutoff,
  );
  // A run stays while a kept version was made from it.
  const keptRuns = new Set(
    versions.filter((version) => !doomed.includes(version)).map((version) => version.runId),
  );
  for (const version of doomed) {
    const run = version.runId && !keptRuns.has(version.runId) ? version.runId : undefined;
    if (dryRun) {
      context.log.info(`would delete ${model} version ${version.version}${run ? ` and run ${run}` : ""}`);
      continue;
    }
    await registry.deleteModelVersion(model, version.version);
    if (run)
      await tracking.tracker
        .deleteRun(run)
        .catch((error: Error) => context.log.warning(`run ${run}: ${error.message}`));
    context.log.info(`deleted ${model} version ${version.version}${run ? ` and run ${run}` : ""}`);
  }
  await cleanupCheckpoints(context, {
    store: await openStepStore(context, inputs, config),
    tracker: tracking.tracker,
    dryRun,
    keep: config?.config.train?.checkpoint?.keep ?? false,
  });
  context.log.notice(
    `${dryRun ? "dry run: would delete" : "deleted"} ${doomed.length} of ${versions.length} version(s) older than ${days} day(s); kept ${[...keep].join(", ") || "none"}`,
  );
  return outputs("", champion?.version ?? "", "", "", doomed.map((version) => version.version).join(","));
}

function outputs(
  version: string,
  champion: string,
  previous: string,
  approvedBy: string,
  deleted: string,
): RegisterOutputs {
  return { version, champion, "previous-champion": previous, "approved-by": approvedBy, deleted };
}

/** `register-model`: register, promote, rollback or cleanup, against MLflow or the local registry. */
export async function registerStep(
  context: Context,
  inputs: RegisterInputs,
  preloaded?: LoadedConfig,
  dependencies: { tracking?: Tracking } = {},
): Promise<RegisterOutputs> {
  const config = preloaded ?? (await loadStepConfig(context, inputs));
  const model = modelName(inputs, config);
  const tracking = dependencies.tracking ?? (await openStepTracking(context, inputs, config));
  const run = { register, approve: approveStep, promote, rollback, cleanup }[inputs.mode];
  return run(context, inputs, tracking, model, config);
}
