import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { serializeContract } from "../../config/contracts/contract-file.js";
import { type EvaluationReport, parseEvaluationReport } from "../../config/contracts/evaluation-report.js";
import { MONITOR_KIND, MONITOR_VERSION, type MonitorReport } from "../../config/contracts/monitor-report.js";
import type { StoredColumnProfile } from "../../config/contracts/snapshot-manifest.js";
import type { LoadedConfig } from "../../config/load-config.js";
import { type MonitorConfig, monitorSchema, spanMs } from "../../config/monitor-config.js";
import { METRICS_BY_TASK } from "../../config/trainyard-config.js";
import type { Context } from "../../context/context.js";
import { readTable } from "../../data/read-table.js";
import { UserError } from "../../errors/user-error.js";
import { dispatchWorkflow } from "../../github/workflow-dispatch.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import {
  cooldownState,
  intervalFromRecord,
  judgeMonitor,
  type MonitorComparison,
  type MonitorMetricPolicy,
} from "../../policy/monitor-policy.js";
import { renderMonitorMarkdown } from "../../report/monitor-markdown.js";
import { higherIsBetter } from "../../stats/metric-names.js";
import type { MetricInterval } from "../../stats/metric-set.js";
import { pairedRowsBootstrap } from "../../stats/paired-rows.js";
import type { Quantisation } from "../../stats/streaming-units.js";
import type { ModelVersion, Registry, Run, Tracker } from "../../tracking/ports.js";
import { driftChecks } from "../../validation/drift-checks.js";
import { fetchSources } from "../snapshot/fetch-sources.js";
import { readManifest } from "../snapshot/pull-snapshot.js";
import { loadStepConfig, openStepStore } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import { workspacePath } from "../workspace-paths.js";
import type { MONITOR_INPUTS } from "./monitor-inputs.js";
import { evaluationRows, PairedRows } from "./paired-rows.js";
import { ProductionWindow } from "./production-window.js";

export interface MonitorOutputs {
  retrain: boolean;
  reasons: string;
  rows: number;
  "report-path": string;
  dispatched: boolean;
  "champion-version": string;
}

type MonitorInputs = Inputs<typeof MONITOR_INPUTS>;
interface Tracking {
  tracker: Tracker;
  registry: Registry;
}

/** Tags the monitor keeps on the champion version. */
export const MONITOR_TAGS = {
  lastRunAt: "trainyard.monitor.last_run_at",
  retrain: "trainyard.monitor.retrain",
  rows: "trainyard.monitor.rows",
  reasons: "trainyard.monitor.reasons",
  runId: "trainyard.monitor.run_id",
  lastTriggerAt: "trainyard.monitor.last_trigger_at",
} as const;
/** The tag that marks a tracker run as a monitor run, and its companions. */
export const MONITOR_RUN_TAGS = {
  kind: "trainyard.kind",
  championVersion: "trainyard.monitor.champion_version",
  retrain: "trainyard.monitor.retrain",
  dispatched: "trainyard.monitor.dispatched",
} as const;
const TAG_LIMIT = 5000;
const NON_FEATURES = new Set(["prediction", "score"]);

/** The window's start: a span back from now (`7d`) or an ISO 8601 time. */
export function windowStart(since: string, now: number, what: string): number {
  const span = spanMs(since);
  if (span !== undefined) return now - span;
  if (/^\d{4}-\d{2}-\d{2}/.test(since)) {
    const time = Date.parse(since);
    if (Number.isFinite(time)) return time;
  }
  throw new UserError(
    `${what} is "${since}": give a span back from now (7d, 12h, 2w) or an ISO 8601 time (2024-06-01)`,
  );
}

/** The champion's evaluation at promotion: evaluation.json of its run, with the run's test_* metrics. */
async function championBaseline(
  context: Context,
  tracker: Tracker,
  champion: ModelVersion,
  dir: string,
): Promise<{ evaluation: EvaluationReport; run: Run }> {
  const runId = champion.runId;
  if (!runId)
    throw new UserError(
      `champion version ${champion.version} records no run, so its evaluation cannot be read`,
    );
  const run = await tracker.getRun(runId);
  const file = join(dir, `champion-${champion.version}-evaluation.json`);
  await rm(file, { force: true });
  try {
    await tracker.downloadArtifacts(runId, "evaluation/evaluation.json", file);
  } catch (error) {
    throw new UserError(
      `champion version ${champion.version} (run ${runId}) has no evaluation/evaluation.json: evaluate it with run-id ${runId} so the monitor has a baseline (${(error as Error).message})`,
    );
  }
  const evaluation = parseEvaluationReport(
    await readFile(file, "utf8"),
    `run ${runId}: evaluation/evaluation.json`,
  );
  // The run's test_* metrics are what the tracker shows; where present they are the baseline.
  const logged = new Map(run.metrics.map((metric) => [metric.key, metric.value]));
  for (const [name, interval] of Object.entries(evaluation.metrics)) {
    const value = logged.get(`test_${name}`);
    if (value === undefined) continue;
    evaluation.metrics[name] = {
      value,
      low: logged.get(`test_${name}_ci_low`) ?? interval.low,
      high: logged.get(`test_${name}_ci_high`) ?? interval.high,
      resamples: interval.resamples,
    };
  }
  context.log.info(
    `baseline: champion version ${champion.version}, ${evaluation.primaryMetric} ${evaluation.metrics[evaluation.primaryMetric]?.value} on ${evaluation.rows} test rows (run ${runId})`,
  );
  return { evaluation, run };
}

async function referenceProfiles(
  context: Context,
  inputs: MonitorInputs,
  config: LoadedConfig | undefined,
  snapshotId: string | undefined,
): Promise<{ profiles?: StoredColumnProfile[]; note?: string }> {
  if (!snapshotId) return { note: "the champion records no training snapshot, so no drift check" };
  if (!/^[0-9a-f]{16}$/.test(snapshotId))
    return { note: `the champion was trained on "${snapshotId}", not a stored snapshot, so no drift check` };
  try {
    const store = await openStepStore(context, inputs, config);
    const manifest = await readManifest(store, snapshotId);
    return { profiles: manifest.profile };
  } catch (error) {
    return {
      note: `no drift check: the champion's snapshot ${snapshotId} could not be read (${(error as Error).message})`,
    };
  }
}

function metricPolicy(
  monitor: MonitorConfig,
  task: EvaluationReport["task"],
  primary: string,
): Record<string, MonitorMetricPolicy> {
  const policy: Record<string, MonitorMetricPolicy> = monitor.metrics
    ? Object.fromEntries(Object.entries(monitor.metrics).filter((entry) => entry[1] !== undefined))
    : { [primary]: { max_degradation: 0 } };
  const names = METRICS_BY_TASK[task] as readonly string[];
  const foreign = Object.keys(policy).filter((name) => !names.includes(name));
  if (foreign.length > 0)
    throw new UserError(
      `monitor.metrics names ${foreign.join(", ")}, not a metric of the champion's ${task} task (${names.join(", ")})`,
    );
  return policy;
}

/** What quantising the scores did, for the report's notes and the job summary. */
export function quantisationNote(q: Quantisation, maxUnits: number, metrics: string[]): string {
  const bounds = metrics
    .filter((metric) => q.bounds[metric] !== undefined)
    .map((metric) => `${metric} ±${(q.bounds[metric] as number).toPrecision(2)}`);
  return `the window has more distinct scores than monitor.max_units (${maxUnits}), so scores were quantised to ${q.units} cells (relative width 2^-${q.bits}, widest ${q.maxCellSpread.toPrecision(2)}); the metrics differ from those of the exact scores by at most: ${bounds.join(", ")}`;
}

const toRecord = (interval: MetricInterval) => {
  const finite = (value: number) => (Number.isFinite(value) ? value : null);
  return {
    value: finite(interval.value),
    low: finite(interval.low),
    high: finite(interval.high),
    resamples: interval.resamples,
  };
};

/**
 * `monitor`: measures the champion on the window's labelled production predictions with evaluate's metric and
 * bootstrap code, compares each metric with the champion's evaluation, checks the features for drift from
 * its training snapshot, and says whether to retrain; with `trigger: dispatch` it starts the retrain
 * workflow (at most once per cooldown) and records the result on the champion and in the tracker.
 */
export async function monitorStep(
  context: Context,
  inputs: MonitorInputs,
  preloaded?: LoadedConfig,
  dependencies: { tracking?: Tracking; now?: number } = {},
): Promise<MonitorOutputs> {
  const config = preloaded ?? (await loadStepConfig(context, inputs));
  const monitor = config?.config.monitor ?? monitorSchema.parse({});
  const now = dependencies.now ?? Date.now();
  const model = inputs.model ?? config?.config.model;
  if (!model)
    throw new UserError(`no model name: set model in trainyard.yml or ${inputLabel(inputs, "model")}`);
  const spec = inputs.predictions ?? monitor.predictions;
  if (!spec)
    throw new UserError(
      `no production predictions: give ${inputLabel(inputs, "predictions")} or set monitor.predictions in trainyard.yml`,
    );
  const since = inputs.since ?? monitor.since;
  const sinceMs = windowStart(since, now, `${inputLabel(inputs, "since")} (monitor.since)`);
  const outputDir = resolve(context.workingDirectory, inputs["output-dir"] ?? workspacePath.monitor);
  await mkdir(outputDir, { recursive: true });

  const tracking = dependencies.tracking ?? (await openStepTracking(context, inputs, config));
  const champion = await tracking.registry.getVersionByAlias(model, "champion");
  if (!champion)
    throw new UserError(
      `model "${model}" has no champion in ${tracking.registry.uri}: there is nothing to monitor yet`,
    );
  const { evaluation } = await championBaseline(context, tracking.tracker, champion, outputDir);
  const task = evaluation.task;
  const primary = evaluation.primaryMetric;
  const policy = metricPolicy(monitor, task, primary);
  const labelColumn = inputs["label-column"] ?? monitor.label_column ?? evaluation.labelColumn;
  const timestampColumn = inputs["timestamp-column"] ?? monitor.timestamp_column;

  const snapshotId = champion.tags["trainyard.snapshot.id"] ?? evaluation.snapshotId;
  const notes: string[] = [];
  const reference = await referenceProfiles(context, inputs, config, snapshotId);
  if (reference.note) notes.push(reference.note);
  const referenceNames = new Set((reference.profiles ?? []).map((profile) => profile.name));
  const driftColumns = monitor.drift?.columns ? new Set(monitor.drift.columns) : undefined;
  // Paired where row ids allow: the champion's test rows by id, matched with production rows in the window.
  const ofEvaluation = await evaluationRows(
    tracking.tracker,
    champion.runId as string,
    evaluation,
    outputDir,
  );
  const paired =
    "reason" in ofEvaluation
      ? undefined
      : new PairedRows(ofEvaluation, monitor.id_column ?? ofEvaluation.idColumn);
  const excluded = new Set([labelColumn, timestampColumn, monitor.model_version_column]);
  if (paired) excluded.add(paired.productionIdColumn);

  const window = new ProductionWindow({
    task,
    ...(evaluation.classes ? { classes: evaluation.classes } : {}),
    labelColumn,
    timestampColumn,
    modelVersionColumn: monitor.model_version_column,
    championVersion: champion.version,
    origins: {
      label: `${inputLabel(inputs, "label-column")}, monitor.label_column in trainyard.yml, or the champion's evaluation`,
      timestamp: `${inputLabel(inputs, "timestamp-column")} or monitor.timestamp_column in trainyard.yml`,
    },
    sinceMs,
    maxUnits: monitor.max_units,
    ...(paired ? { paired } : {}),
    features: (columns) =>
      columns.filter(
        (name) =>
          referenceNames.has(name) &&
          !excluded.has(name) &&
          !NON_FEATURES.has(name) &&
          !name.startsWith("proba_") &&
          (!driftColumns || driftColumns.has(name)),
      ),
  });
  const files = await fetchSources(context, spec, join(outputDir, "download"));
  await context.group(`Read ${files.length} file(s) of production predictions`, async () => {
    for (const file of files) {
      window.startFile(file.name);
      for await (const batch of readTable(file.path, file.format)) window.add(batch);
    }
  });
  if (window.rows === 0 && window.unlabelledRows === 0) {
    const older = window.olderRows
      ? `; all ${window.olderRows} row(s) are older, the newest at ${new Date(window.newestOlder).toISOString()}`
      : "; the files have no rows";
    throw new UserError(
      `the window is empty: no predictions since ${new Date(sinceMs).toISOString()} (${inputLabel(inputs, "since")} ${since}) in ${spec}${older}`,
    );
  }

  const bootstrap = {
    resamples: monitor.bootstrap ?? evaluation.bootstrap.resamples,
    confidence: evaluation.bootstrap.confidence,
    seed: evaluation.bootstrap.seed,
  };
  const measuredNames = [...new Set([primary, ...Object.keys(policy)])];
  const production =
    window.rows > 0
      ? await context.group(`Measure ${window.rows} rows (${bootstrap.resamples} resamples)`, async () =>
          window.measure(bootstrap),
        )
      : undefined;
  const measured = production
    ? measuredNames.map((metric) => ({
        metric,
        production: production[metric] as MetricInterval,
        baseline: intervalFromRecord(evaluation.metrics[metric]),
      }))
    : [];
  const drift =
    reference.profiles && window.rows >= monitor.min_rows
      ? driftChecks(window.profiles(), reference.profiles, {
          ...(monitor.drift?.psi ? { psi: monitor.drift.psi } : {}),
          ...(monitor.drift?.ks ? { ks: monitor.drift.ks } : {}),
          ...(monitor.drift?.columns ? { columns: monitor.drift.columns } : {}),
        })
      : [];
  const comparison = await compareByIds(context, {
    paired,
    unpairedReason: "reason" in ofEvaluation ? ofEvaluation.reason : undefined,
    allFilesWithoutId: paired !== undefined && window.filesWithoutId.length === files.length,
    minPairedRows: monitor.min_paired_rows ?? monitor.min_rows,
    bootstrap,
    measured: production !== undefined,
  });
  const verdict = judgeMonitor({
    rows: window.rows,
    minRows: monitor.min_rows,
    confidence: bootstrap.confidence,
    policy,
    measured,
    drift,
    comparison: comparison.policy,
  });
  const daily = window.dailyValues(primary);
  const quantisation = window.quantisation();
  if (quantisation) notes.push(quantisationNote(quantisation, monitor.max_units, measuredNames));
  const quantisedDays = window.quantisedDays();
  if (quantisedDays > 0)
    notes.push(
      `the daily values of ${quantisedDays} day(s) come from quantised scores (more distinct scores in a day than its share of monitor.max_units)`,
    );

  // The trigger: dispatch the retrain workflow, at most once per cooldown.
  const mode = inputs.trigger ?? monitor.trigger;
  const dryRun = inputs["dry-run"];
  const lastTriggerAt = champion.tags[MONITOR_TAGS.lastTriggerAt];
  const trigger: MonitorReport["trigger"] = {
    mode,
    dispatched: false,
    ...(lastTriggerAt ? { lastTriggerAt } : {}),
  };
  if (verdict.retrain && mode === "dispatch") {
    const cooldown = cooldownState(lastTriggerAt, spanMs(monitor.cooldown) ?? 0, now);
    if (dryRun) notes.push("dry run: the retrain workflow was not dispatched");
    else if (!cooldown.allowed) {
      trigger.cooldownUntil = cooldown.until as string;
      notes.push(
        `not dispatched: the last retrain was triggered at ${lastTriggerAt}, within monitor.cooldown ${monitor.cooldown} (until ${cooldown.until})`,
      );
    } else {
      trigger.ref = await dispatchRetrain(context, inputs, monitor, verdict.reasons, model, champion.version);
      trigger.workflow = monitor.workflow;
      trigger.dispatched = true;
      trigger.lastTriggerAt = new Date(now).toISOString();
    }
  }

  const report: MonitorReport = {
    kind: MONITOR_KIND,
    version: MONITOR_VERSION,
    model,
    champion: {
      version: champion.version,
      runId: champion.runId as string,
      ...(snapshotId ? { snapshotId } : {}),
    },
    task,
    primaryMetric: primary,
    window: {
      since: new Date(sinceMs).toISOString(),
      until: new Date(now).toISOString(),
      days: daily.length,
    },
    rows: window.rows,
    unlabelledRows: window.unlabelledRows,
    olderRows: window.olderRows,
    files: files.map((file) => file.name),
    retrain: verdict.retrain,
    reasons: verdict.reasons,
    notes,
    rules: verdict.rules,
    metrics: measured.map((entry) => ({
      metric: entry.metric,
      higherIsBetter: higherIsBetter(entry.metric),
      production: toRecord(entry.production),
      baseline: toRecord(entry.baseline),
      delta: toRecord(verdict.deltas[entry.metric] as MetricInterval),
      ...(comparison.policy.mode === "paired" && verdict.unpairedDeltas[entry.metric]
        ? {
            paired: {
              ids: comparison.policy.ids,
              production: toRecord(comparison.policy.metrics[entry.metric]?.production as MetricInterval),
              evaluation: toRecord(comparison.policy.metrics[entry.metric]?.evaluation as MetricInterval),
              delta: toRecord(comparison.policy.metrics[entry.metric]?.delta as MetricInterval),
            },
            unpairedDelta: toRecord(verdict.unpairedDeltas[entry.metric] as MetricInterval),
          }
        : {}),
    })),
    comparison: comparison.record,
    daily,
    bootstrap,
    ...(quantisation
      ? {
          quantisation: {
            maxUnits: monitor.max_units,
            units: quantisation.units,
            bits: quantisation.bits,
            maxCellSpread: quantisation.maxCellSpread,
            bounds: quantisation.bounds,
          },
        }
      : {}),
    trigger,
    createdAt: new Date(now).toISOString(),
  };
  const reportPath = join(outputDir, "monitor.json");
  await writeFile(reportPath, serializeContract(report));
  if (!dryRun) await record(context, tracking, config, report, reportPath, now);
  await context.appendSummary(renderMonitorMarkdown(report));
  const verdictLine = `${verdict.retrain ? "retrain" : "no retrain"}: ${verdict.reasons.join("; ")}`;
  if (verdict.retrain) context.log.warning(verdictLine);
  else context.log.info(verdictLine);
  return {
    retrain: verdict.retrain,
    reasons: verdict.reasons.join("\n"),
    rows: window.rows,
    "report-path": reportPath,
    dispatched: trigger.dispatched,
    "champion-version": champion.version,
  };
}

/**
 * Paired or unpaired: paired (stats/paired-rows.ts) when at least `minPairedRows` of the champion's test
 * rows have a production row with their id in the window; otherwise unpaired, and the reason says why.
 */
async function compareByIds(
  context: Context,
  options: {
    paired: PairedRows | undefined;
    unpairedReason: string | undefined;
    allFilesWithoutId: boolean;
    minPairedRows: number;
    bootstrap: { resamples: number; confidence: number; seed: number };
    measured: boolean;
  },
): Promise<{ policy: MonitorComparison; record: NonNullable<MonitorReport["comparison"]> }> {
  const { paired } = options;
  const unpaired = (reason: string, idColumn?: string) => ({
    policy: { mode: "unpaired" as const, reason },
    record: { mode: "unpaired" as const, reason, ...(idColumn ? { idColumn } : {}) },
  });
  if (!paired) return unpaired(options.unpairedReason ?? "no row ids to pair by");
  const column = paired.productionIdColumn;
  const tested = paired.evaluation.rowOfId.size;
  const ids = paired.ids;
  if (options.allFilesWithoutId)
    return unpaired(
      `the production rows have no "${column}" column to pair with the champion's test rows by id`,
      column,
    );
  if (ids === 0)
    return unpaired(
      `no production row in the window carries the id ("${column}") of one of the champion's ${tested} test rows`,
      column,
    );
  if (ids < options.minPairedRows)
    return unpaired(
      `only ${ids} of the champion's ${tested} test rows have a production row with their id ("${column}") in the window, fewer than monitor.min_paired_rows ${options.minPairedRows}`,
      column,
    );
  if (!options.measured) return unpaired("no labelled production rows", column);
  const sides = paired.sides();
  const metrics = await context.group(`Pair ${ids} ids with the champion's test rows`, async () =>
    pairedRowsBootstrap(sides.evaluation, sides.production, options.bootstrap),
  );
  const repeated = paired.matchedRows - ids;
  const reason = `${ids} of the champion's ${tested} test rows have a production row with their id ("${column}") in the window${repeated > 0 ? ` (${repeated} older production row(s) of those ids left out: the newest of each is paired)` : ""}`;
  return {
    policy: { mode: "paired", ids, metrics },
    record: { mode: "paired", ids, idColumn: column, reason },
  };
}

async function dispatchRetrain(
  context: Context,
  inputs: MonitorInputs,
  monitor: MonitorConfig,
  reasons: string[],
  model: string,
  version: string,
): Promise<string> {
  const token = inputs["github-token"] ?? context.env.GITHUB_TOKEN;
  const repository = context.env.GITHUB_REPOSITORY;
  if (!token || !repository?.includes("/"))
    throw new UserError(
      "trigger: dispatch needs GITHUB_REPOSITORY (owner/repo) and a token (the github-token input or GITHUB_TOKEN) with actions: write",
    );
  context.setSecret(token);
  const [owner, repo] = repository.split("/") as [string, string];
  const { createGitHubClient } = await import("../../github/github-client.js"); // Octokit: only on GitHub
  const client = createGitHubClient({
    token,
    ...(context.env.GITHUB_API_URL ? { baseUrl: context.env.GITHUB_API_URL } : {}),
    log: (message) => context.log.warning(message),
  });
  const reason = `monitor: ${model} version ${version} — ${reasons.join("; ")}`;
  const ref = await dispatchWorkflow(client, {
    owner,
    repo,
    workflow: monitor.workflow,
    ref: monitor.ref,
    inputs: { reason },
  });
  context.log.notice(`dispatched ${monitor.workflow} on ${ref} in ${repository}: ${reason}`);
  return ref;
}

/** The result as tags on the champion version and as a tracker run of its own. */
async function record(
  context: Context,
  tracking: Tracking,
  config: LoadedConfig | undefined,
  report: MonitorReport,
  reportPath: string,
  now: number,
): Promise<void> {
  const { tracker, registry } = tracking;
  const experimentId = await tracker.ensureExperiment(config?.config.experiment ?? report.model);
  const runName = `monitor-${report.model}-v${report.champion.version}`;
  const run = await tracker.createRun({
    experimentId,
    runName,
    startTime: now,
    tags: {
      "mlflow.runName": runName,
      [MONITOR_RUN_TAGS.kind]: "monitor",
      [MONITOR_RUN_TAGS.championVersion]: report.champion.version,
      [MONITOR_RUN_TAGS.retrain]: String(report.retrain),
      [MONITOR_RUN_TAGS.dispatched]: String(report.trigger.dispatched),
      "trainyard.monitor.model": report.model,
      "trainyard.monitor.reasons": report.reasons.join("\n").slice(0, TAG_LIMIT),
    },
  });
  const metrics = [{ key: "monitor_rows", value: report.rows, step: 0, timestamp: now }];
  for (const metric of report.metrics) {
    for (const [suffix, value] of [
      ["", metric.production.value],
      ["_ci_low", metric.production.low],
      ["_ci_high", metric.production.high],
    ] as const)
      if (value !== null)
        metrics.push({ key: `monitor_${metric.metric}${suffix}`, value, step: 0, timestamp: now });
    if (metric.delta.value !== null)
      metrics.push({
        key: `monitor_delta_${metric.metric}`,
        value: metric.delta.value,
        step: 0,
        timestamp: now,
      });
  }
  await tracker.logBatch(run.runId, { metrics });
  await tracker.uploadArtifact(run.runId, reportPath, "monitor/monitor.json");
  await tracker.updateRun(run.runId, { status: "FINISHED", endTime: Date.now() });

  const primary = report.metrics.find((metric) => metric.metric === report.primaryMetric);
  const tags: Record<string, string> = {
    [MONITOR_TAGS.lastRunAt]: report.createdAt,
    [MONITOR_TAGS.retrain]: String(report.retrain),
    [MONITOR_TAGS.rows]: String(report.rows),
    [MONITOR_TAGS.reasons]: report.reasons.join("\n").slice(0, TAG_LIMIT),
    [MONITOR_TAGS.runId]: run.runId,
    ...(primary?.production.value !== null && primary?.production.value !== undefined
      ? { [`trainyard.monitor.${report.primaryMetric}`]: String(primary.production.value) }
      : {}),
    ...(report.trigger.dispatched && report.trigger.lastTriggerAt
      ? { [MONITOR_TAGS.lastTriggerAt]: report.trigger.lastTriggerAt }
      : {}),
  };
  for (const [key, value] of Object.entries(tags))
    await registry.setModelVersionTag(report.model, report.champion.version, key, value);
  context.log.info(`recorded on ${report.model} version ${report.champion.version} and in run ${run.runId}`);
}
