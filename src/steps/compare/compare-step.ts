import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { glob } from "tinyglobby";
import {
  COMPARISON_KIND,
  COMPARISON_VERSION,
  type ComparisonReport,
} from "../../config/contracts/comparison-report.js";
import { serializeContract } from "../../config/contracts/contract-file.js";
import {
  type EvaluationReport,
  type MetricIntervalRecord,
  parseEvaluationReport,
} from "../../config/contracts/evaluation-report.js";
import { parseValidationReport } from "../../config/contracts/validation-report.js";
import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { stickyMarker } from "../../github/sticky-comment.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import type { GateSlice, GateValidation } from "../../policy/gate-input.js";
import { evaluateGate } from "../../policy/gate-policy.js";
import { withServingParity } from "../../policy/serving-parity-rule.js";
import { renderComparisonMarkdown } from "../../report/comparison-markdown.js";
import { renderServingParity } from "../../report/serving-parity-markdown.js";
import { higherIsBetter } from "../../stats/metric-names.js";
import {
  type MetricInterval,
  metricValues,
  pairedBootstrapMetrics,
  subsetPredictions,
  type TaskPredictions,
} from "../../stats/metric-set.js";
import type { ModelVersion, Registry, Tracker } from "../../tracking/ports.js";
import {
  evaluationSettings,
  type LoadedPredictions,
  loadPredictions,
  runPrediction,
} from "../evaluate/evaluate-step.js";
import { sliceRows } from "../evaluate/slices.js";
import { loadStepConfig } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import { resolveTrainingData } from "../training-data.js";
import { workspacePath } from "../workspace-paths.js";
import { publishCheckRun } from "./check-run-report.js";
import type { COMPARE_INPUTS } from "./compare-inputs.js";
import { commentOnPullRequest } from "./pull-request-comment.js";

export interface CompareOutputs {
  decision: "promote" | "reject";
  reasons: string;
  "report-path": string;
  "report-markdown": string;
  "challenger-run-id": string;
  "champion-version": string;
  "comment-url": string;
}

export class ChallengerRejectedError extends UserError {
  constructor(
    readonly reasons: string[],
    /** The step's outputs, which the action still sets (decision, reasons, the report). */
    readonly outputs?: CompareOutputs,
  ) {
    super(`the challenger was rejected:\n- ${reasons.join("\n- ")}`);
    this.name = "ChallengerRejectedError";
  }
}

interface Candidate {
  path: string;
  report: EvaluationReport;
  primaryValue: number;
}

const asNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? Number.NaN : value;

function fromRecord(record: Record<string, MetricIntervalRecord>): Record<string, MetricInterval> {
  return Object.fromEntries(
    Object.entries(record).map(([name, interval]) => [
      name,
      {
        value: asNumber(interval.value),
        low: asNumber(interval.low),
        high: asNumber(interval.high),
        resamples: interval.resamples,
      },
    ]),
  );
}

async function readCandidates(context: Context, patterns: string[]): Promise<Candidate[]> {
  const paths = new Set<string>();
  for (const pattern of patterns) {
    const matches = await glob(pattern, { cwd: context.workingDirectory, absolute: true });
    if (matches.length === 0 && !/[*?[{]/.test(pattern))
      paths.add(resolve(context.workingDirectory, pattern));
    for (const match of matches) paths.add(match);
  }
  if (paths.size === 0)
    throw new UserError(`no evaluation reports match ${patterns.map((p) => `"${p}"`).join(", ")}`);
  const candidates: Candidate[] = [];
  for (const path of [...paths].sort()) {
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UserError(
        `evaluation report ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`,
      );
    });
    const report = parseEvaluationReport(text, path);
    candidates.push({ path, report, primaryValue: asNumber(report.metrics[report.primaryMetric]?.value) });
  }
  const { task, primaryMetric } = (candidates[0] as Candidate).report;
  for (const candidate of candidates) {
    if (candidate.report.task !== task || candidate.report.primaryMetric !== primaryMetric)
      throw new UserError(
        `${candidate.path} is a ${candidate.report.task} evaluation ranked by ${candidate.report.primaryMetric}, unlike ${candidates[0]?.path} (${task}, ${primaryMetric}); candidates must be comparable`,
      );
  }
  return candidates;
}

/** The best candidate by the primary metric in its good direction; NaN ranks last. */
export function bestCandidate<T extends { primaryValue: number }>(candidates: T[], metric: string): T {
  const sign = higherIsBetter(metric) ? 1 : -1;
  return candidates.reduce((best, candidate) => {
    if (Number.isNaN(candidate.primaryValue)) return best;
    if (Number.isNaN(best.primaryValue) || sign * candidate.primaryValue > sign * best.primaryValue)
      return candidate;
    return best;
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function readValidation(
  context: Context,
  path: string | undefined,
): Promise<GateValidation | undefined> {
  if (!path) return undefined;
  const file = resolve(context.workingDirectory, path);
  const report = parseValidationReport(await readFile(file, "utf8"), file);
  return {
    passed: report.passed,
    errors: report.errors,
    warnings: report.warnings,
    snapshotId: report.snapshotId,
    failed: report.checks
      .filter((check) => check.status === "fail")
      .map((check) => ({ id: check.id, severity: check.severity, message: check.message })),
  };
}

function slicesOf(
  columns: string[],
  sliceValues: Map<string, unknown[]>,
  challenger: TaskPredictions,
  champion: TaskPredictions | undefined,
): GateSlice[] {
  const slices: GateSlice[] = [];
  for (const column of columns) {
    for (const slice of sliceRows(column, sliceValues.get(column) as unknown[])) {
      slices.push({
        column,
        value: slice.value,
        rows: slice.rows.length,
        challenger: metricValues(subsetPredictions(challenger, slice.rows)),
        ...(champion ? { champion: metricValues(subsetPredictions(champion, slice.rows)) } : {}),
      });
    }
  }
  return slices;
}

async function runInfo(tracker: Tracker, runId: string | undefined) {
  if (!runId) return {};
  try {
    const run = await tracker.getRun(runId);
    const runUrl = tracker.runUrl(run.info);
    const commit = run.tags["mlflow.source.git.commit"];
    return { ...(runUrl ? { runUrl } : {}), ...(commit ? { commit } : {}) };
  } catch {
    return {};
  }
}

/**
 * `champion-challenger`: measures the best candidate and the production champion on the same test rows,
 * pairs every metric with a paired bootstrap delta, applies the gate and explains the decision in the job
 * summary and the pull request.
 */
export async function compareStep(
  context: Context,
  inputs: Inputs<typeof COMPARE_INPUTS>,
  preloaded?: LoadedConfig,
  dependencies: { tracking?: { tracker: Tracker; registry: Registry } } = {},
): Promise<CompareOutputs> {
  const config = preloaded ?? (await loadStepConfig(context, inputs));
  const settings = evaluationSettings(context, inputs, config);
  const model = inputs.model ?? config?.config.model;
  if (!model)
    throw new UserError(`no model name: set model in trainyard.yml or ${inputLabel(inputs, "model")}`);
  const patterns = inputs.evaluations
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (patterns.length === 0)
    throw new UserError(
      `no candidates: set ${inputLabel(inputs, "evaluations")} to the evaluation.json of each candidate`,
    );
  const candidates = await readCandidates(context, patterns);
  const primaryMetric =
    config?.config.gate?.primary?.metric ?? (candidates[0] as Candidate).report.primaryMetric;
  // Candidates are ranked by the metric the gate judges, which may differ from evaluate's primary_metric.
  for (const candidate of candidates)
    candidate.primaryValue = asNumber(candidate.report.metrics[primaryMetric]?.value);
  const chosen = bestCandidate(candidates, primaryMetric);
  const evaluation = chosen.report;
  if (candidates.length > 1)
    context.log.info(`challenger: ${chosen.path} (best ${primaryMetric} of ${candidates.length} candidates)`);

  const tracking = dependencies.tracking ?? (await openStepTracking(context, inputs, config));
  const champion = await tracking.registry.getVersionByAlias(model, "champion");
  const gate = config?.config.gate;
  const confidence = gate?.primary?.confidence ?? settings.confidence;
  const bootstrap = { resamples: settings.resamples, confidence, seed: settings.seed };
  const sliceColumns = gate?.slices?.columns ?? [];

  const testFile = await testFileFor(context, inputs, config, evaluation);
  const challengerPredictions = join(dirname(chosen.path), evaluation.predictionsFile);
  const loadOptions = {
    testFile,
    labelColumn: evaluation.labelColumn,
    sliceColumns,
    task: evaluation.task,
    ...(settings.positiveClass !== undefined
      ? { positiveClass: settings.positiveClass }
      : evaluation.task === "binary" && evaluation.classes?.[1] !== undefined
        ? { positiveClass: evaluation.classes[1] }
        : {}),
  };
  const challenger = await loadPredictions({ ...loadOptions, predictionsFile: challengerPredictions });

  let championLoaded: LoadedPredictions | undefined;
  if (champion) {
    championLoaded = await predictWithChampion(context, tracking.tracker, champion, {
      predictCommand: settings.predictCommand,
      cwd: settings.cwd,
      timeoutMinutes: settings.timeoutMinutes,
      testFile,
      loadOptions,
      inputs,
    });
  } else {
    context.log.info(`model "${model}" has no champion yet: the absolute thresholds alone decide`);
  }

  const paired = championLoaded
    ? pairedBootstrapMetrics(challenger.predictions, championLoaded.predictions, bootstrap)
    : undefined;
  const challengerMetrics = paired
    ? Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.challenger]))
    : fromRecord(evaluation.metrics);
  const validation = await readValidation(context, inputs["validation-report"]);
  const gated = evaluateGate(gate, {
    model,
    task: evaluation.task,
    challenger: challengerMetrics,
    ...(paired
      ? {
          champion: Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.champion])),
          deltas: Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.delta])),
        }
      : {}),
    slices: slicesOf(
      sliceColumns,
      challenger.sliceValues,
      challenger.predictions,
      championLoaded?.predictions,
    ),
    modelSizeBytes: evaluation.model.sizeBytes,
    msPer1kRows: evaluation.prediction.msPer1kRows,
    ...(validation ? { validation } : {}),
    defaultPrimaryMetric: primaryMetric,
  });
  const result = withServingParity(gated, evaluation.servingParity);

  const challengerRun = await runInfo(tracking.tracker, evaluation.model.runId);
  const championRun = champion ? await runInfo(tracking.tracker, champion.runId) : {};
  const report: ComparisonReport = {
    kind: COMPARISON_KIND,
    version: COMPARISON_VERSION,
    model,
    decision: result.decision,
    reasons: result.reasons,
    task: evaluation.task,
    rows: evaluation.rows,
    primaryMetric,
    challenger: {
      ...(evaluation.model.runId ? { runId: evaluation.model.runId } : {}),
      ...challengerRun,
      ...(evaluation.snapshotId ? { snapshotId: evaluation.snapshotId } : {}),
      modelSizeBytes: evaluation.model.sizeBytes,
      msPer1kRows: evaluation.prediction.msPer1kRows,
    },
    ...(champion
      ? {
          champion: {
            version: champion.version,
            ...(champion.runId ? { runId: champion.runId } : {}),
            ...(championRun.runUrl ? { runUrl: championRun.runUrl } : {}),
            ...(champion.tags["trainyard.snapshot.id"]
              ? { snapshotId: champion.tags["trainyard.snapshot.id"] }
              : {}),
          },
        }
      : {}),
    ...(result.note ? { note: result.note } : {}),
    metrics: result.metrics,
    slices: result.slices,
    rules: result.rules,
    candidates: candidates.map((candidate) => ({
      ...(candidate.report.model.runId ? { runId: candidate.report.model.runId } : {}),
      label: candidate.report.model.runId ?? candidate.path,
      primaryValue: Number.isFinite(candidate.primaryValue) ? candidate.primaryValue : null,
      chosen: candidate === chosen,
    })),
    ...(validation ? { validation } : {}),
    bootstrap: { resamples: bootstrap.resamples, confidence, seed: bootstrap.seed },
    createdAt: new Date().toISOString(),
    ...(evaluation.servingParity ? { servingParity: evaluation.servingParity } : {}),
  };

  const outputDir = resolve(context.workingDirectory, inputs["output-dir"] ?? workspacePath.comparisons());
  await mkdir(outputDir, { recursive: true });
  const reportPath = join(outputDir, "comparison.json");
  const markdownPath = join(outputDir, "comparison.md");
  // A known secret in any text (a reason, a run name) leaves as `***`, in the files and the comment alike.
  const markdown = context.mask(
    `${renderComparisonMarkdown(report, { marker: stickyMarker(model) })}\n${renderServingParity(report.servingParity)}`,
  );
  await writeFile(reportPath, context.mask(serializeContract(report)));
  await writeFile(markdownPath, markdown);
  await context.appendSummary(markdown);

  const wantsComment = inputs.comment ?? config?.config.github.comment ?? true;
  const commentUrl = wantsComment
    ? await commentOnPullRequest(context, { model, body: markdown, token: inputs["github-token"] })
    : undefined;
  if (config?.config.github.check ?? true)
    await publishCheckRun(context, {
      ...{ model, decision: result.decision, reasons: result.reasons, markdown },
      ...{ failOnReject: inputs["fail-on-reject"], token: inputs["github-token"] },
    });

  const outputs: CompareOutputs = {
    decision: result.decision,
    reasons: result.reasons.join("\n"),
    "report-path": reportPath,
    "report-markdown": markdownPath,
    "challenger-run-id": evaluation.model.runId ?? "",
    "champion-version": champion?.version ?? "",
    "comment-url": commentUrl ?? "",
  };
  const verdict = `${result.decision}: ${result.reasons.join("; ")}`;
  if (result.decision === "promote") context.log.notice(verdict);
  else if (inputs["fail-on-reject"]) throw new ChallengerRejectedError(result.reasons, outputs);
  else context.log.warning(verdict);
  return outputs;
}

async function testFileFor(
  context: Context,
  inputs: Inputs<typeof COMPARE_INPUTS>,
  config: LoadedConfig | undefined,
  evaluation: EvaluationReport,
) {
  const input = inputs["test-file"];
  if (input) return resolve(context.workingDirectory, input);
  const recorded = resolve(context.workingDirectory, evaluation.testFile);
  if (await exists(recorded)) return recorded;
  if (!evaluation.snapshotId)
    throw new UserError(
      `the test file ${evaluation.testFile} is not here and the evaluation names no snapshot to fetch it from`,
    );
  const data = await resolveTrainingData(
    context,
    { ...inputs, snapshot: evaluation.snapshotId, "data-dir": undefined },
    config,
  );
  if (!data.testFile) throw new UserError(`snapshot ${evaluation.snapshotId} has no test file`);
  return data.testFile;
}

async function predictWithChampion(
  context: Context,
  tracker: Tracker,
  champion: ModelVersion,
  options: {
    predictCommand: string | undefined;
    cwd: string;
    timeoutMinutes: number;
    testFile: string;
    inputs: object;
    loadOptions: Omit<Parameters<typeof loadPredictions>[0], "predictionsFile">;
  },
): Promise<LoadedPredictions> {
  if (!options.predictCommand)
    throw new UserError(
      `no prediction command: set evaluate.predict_command or ${inputLabel(options.inputs, "predict-command")}`,
    );
  if (!champion.runId)
    throw new UserError(
      `champion version ${champion.version} records no run, so its model cannot be fetched`,
    );
  const dir = resolve(context.workingDirectory, workspacePath.champion(champion.name, champion.version));
  const modelDir = join(dir, "model");
  if (!(await exists(modelDir))) {
    await rm(`${modelDir}.partial`, { recursive: true, force: true });
    await context.group(`Fetch champion version ${champion.version}`, () =>
      tracker.downloadArtifacts(champion.runId as string, "model", `${modelDir}.partial`),
    );
    await rename(`${modelDir}.partial`, modelDir);
  }
  const prediction = await runPrediction(context, {
    command: options.predictCommand,
    cwd: options.cwd,
    modelDir,
    inputFile: options.testFile,
    predictionsFile: join(dir, "predictions.csv"),
    timeoutMinutes: options.timeoutMinutes,
    label: `Predict with champion version ${champion.version}`,
  });
  return loadPredictions({ ...options.loadOptions, predictionsFile: prediction.predictionsFile });
}
