import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { serializeContract } from "../../config/contracts/contract-file.js";
import {
  EVALUATION_KIND,
  EVALUATION_VERSION,
  type EvaluationReport,
  type MetricIntervalRecord,
} from "../../config/contracts/evaluation-report.js";
import type { LoadedConfig } from "../../config/load-config.js";
import { METRICS_BY_TASK, type Task } from "../../config/trainyard-config.js";
import type { Context } from "../../context/context.js";
import { csvLine } from "../../data/encode-text.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import { renderEvaluationMarkdown } from "../../report/evaluation-markdown.js";
import { logEvaluationLineage } from "../../serving/lineage-hooks.js";
import { servingParityOf } from "../../serving/step-hooks.js";
import { resampleMethod } from "../../stats/bootstrap.js";
import {
  bootstrapMetrics,
  type MetricInterval,
  rowCount,
  subsetPredictions,
  type TaskPredictions,
} from "../../stats/metric-set.js";
import { commandEnvironment } from "../command/command-environment.js";
import { type CommandResult, type RunCommandOptions, runCommand } from "../command/run-command.js";
import { splitCommand } from "../command/split-command.js";
import { loadStepConfig } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import { resolveTrainingData } from "../training-data.js";
import { workspacePath } from "../workspace-paths.js";
import { buildPredictions, checkAlignment, PredictionsError } from "./build-predictions.js";
import type { EVALUATE_INPUTS, MeasurementInputs } from "./evaluate-inputs.js";
import { predictionBackend } from "./predict-backend.js";
import { readColumns } from "./read-columns.js";
import { sliceRows } from "./slices.js";
import { type EvaluationTask, inferTask, labelText } from "./task-labels.js";

export interface EvaluateOutputs {
  "report-path": string;
  "predictions-path": string;
  task: EvaluationTask;
  "primary-metric": string;
  "primary-value": number;
}

export const DEFAULT_PRIMARY_METRIC: Record<Task, string> = {
  binary: "roc_auc",
  multiclass: "macro_f1",
  regression: "rmse",
};

function listInput(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const entry of entries)
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

function checkMetricOfTask(metric: string, task: Task, what: string): void {
  if (!(METRICS_BY_TASK[task] as readonly string[]).includes(metric)) {
    throw new UserError(
      `${what} "${metric}" is not a ${task} metric; ${task} metrics are ${METRICS_BY_TASK[task].join(", ")}`,
    );
  }
}

function toRecord(interval: MetricInterval): MetricIntervalRecord {
  const finite = (value: number) => (Number.isFinite(value) ? value : null);
  return {
    value: finite(interval.value),
    low: finite(interval.low),
    high: finite(interval.high),
    resamples: interval.resamples,
  };
}

function pick(
  all: Record<string, MetricInterval>,
  names: readonly string[],
): Record<string, MetricIntervalRecord> {
  return Object.fromEntries(
    names.filter((name) => all[name]).map((name) => [name, toRecord(all[name] as MetricInterval)]),
  );
}

export interface PredictionRun {
  predictionsFile: string;
  seconds: number;
}

/**
 * Runs the user's prediction command under the predict contract (TRAINYARD_MODEL_DIR, TRAINYARD_INPUT_FILE,
 * TRAINYARD_PREDICTIONS_FILE), without a shell; used for the challenger here and for the champion by
 * champion-challenger.
 */
export async function runPrediction(
  context: Context,
  options: {
    command: string;
    cwd: string;
    modelDir: string;
    inputFile: string;
    predictionsFile: string;
    timeoutMinutes: number;
    label: string;
    /** Runs the command elsewhere (evaluate.backend, e.g. a Ray job) instead of as a child process. */
    execute?: (options: RunCommandOptions) => Promise<CommandResult>;
  },
): Promise<PredictionRun> {
  const argv = splitCommand(options.command, "predict command");
  await rm(options.predictionsFile, { force: true });
  await mkdir(resolve(options.predictionsFile, ".."), { recursive: true });
  const result = await context.group(`${options.label}: ${argv.join(" ")}`, () =>
    (options.execute ?? runCommand)({
      argv,
      cwd: options.cwd,
      env: {
        ...commandEnvironment(context.env),
        TRAINYARD_MODEL_DIR: options.modelDir,
        TRAINYARD_INPUT_FILE: options.inputFile,
        TRAINYARD_PREDICTIONS_FILE: options.predictionsFile,
      },
      timeoutMs: options.timeoutMinutes * 60_000,
      onLine: (line) => context.log.info(line),
    }),
  );
  if (result.ending !== "exited" || result.exitCode !== 0) {
    const why =
      result.ending === "timeout"
        ? `timed out after ${options.timeoutMinutes} minute(s)`
        : result.ending === "cancelled"
          ? "was cancelled"
          : `exited with code ${result.exitCode ?? result.signal}`;
    throw new UserError(
      `the prediction command ${why}. Its last ${Math.min(result.tail.length, 50)} line(s):\n${context.mask(result.tail.slice(-50).join("\n"))}`,
    );
  }
  if (!(await stat(options.predictionsFile).catch(() => undefined))) {
    throw new PredictionsError(
      `the prediction command exited 0 but wrote nothing to TRAINYARD_PREDICTIONS_FILE (${options.predictionsFile})`,
    );
  }
  return { predictionsFile: options.predictionsFile, seconds: result.durationSeconds };
}

export interface LoadedPredictions {
  task: EvaluationTask;
  predictions: TaskPredictions;
  classes?: string[];
  sliceValues: Map<string, unknown[]>;
  /** With `idColumn`: the test file's labels and row ids as written, row-aligned with the predictions. */
  rowIds?: { labels: unknown[]; ids: unknown[] };
}

/** Reads the predictions and the test file's label (and slice columns), checks they line up, and pairs them. */
export async function loadPredictions(options: {
  testFile: string;
  predictionsFile: string;
  labelColumn: string;
  sliceColumns: string[];
  task?: EvaluationTask;
  positiveClass?: string;
  /** evaluate.id_column: read each test row's id too. */
  idColumn?: string;
}): Promise<LoadedPredictions> {
  const predicted = await readColumns(options.predictionsFile, (columns) => columns);
  const predictionColumns = { file: options.predictionsFile, ...predicted };
  let shared: string[] = [];
  const test = await readColumns(
    options.testFile,
    (columns) => {
      shared = predicted.columns.filter((name) => columns.includes(name) && name !== options.labelColumn);
      const id = options.idColumn !== undefined ? [options.idColumn] : [];
      return [...new Set([options.labelColumn, ...options.sliceColumns, ...shared, ...id])];
    },
    (name) =>
      name === options.labelColumn
        ? "the label column: evaluate.label_column in trainyard.yml or the label-column input"
        : options.sliceColumns.includes(name)
          ? "a slice column: evaluate.slices in trainyard.yml or the slices input"
          : name === options.idColumn
            ? "the row id column: evaluate.id_column in trainyard.yml"
            : undefined,
  );
  const labels = test.values.get(options.labelColumn) as unknown[];
  if (predicted.rows === test.rows) checkAlignment(test.values, predictionColumns, shared);
  const task = options.task ?? inferTask(labels, predicted.columns);
  const built = buildPredictions({
    task,
    labels,
    labelColumn: options.labelColumn,
    predictions: predictionColumns,
    ...(options.positiveClass !== undefined ? { positiveClass: options.positiveClass } : {}),
  });
  return {
    task,
    predictions: built.predictions,
    ...(built.classes ? { classes: built.classes } : {}),
    sliceValues: new Map(
      options.sliceColumns.map((column) => [column, test.values.get(column) as unknown[]]),
    ),
    ...(options.idColumn !== undefined
      ? { rowIds: { labels, ids: test.values.get(options.idColumn) as unknown[] } }
      : {}),
  };
}

/**
 * Adds each test row's id and label to the predictions file (CSV), after the command's own columns, which
 * stay as they were: monitor pairs production rows with these rows by id. A column the command already
 * wrote is kept (evaluate checked that a repeated test column matches row by row). Returns how many ids
 * occur more than once (monitor cannot pair those).
 */
export async function recordRowIds(options: {
  predictionsFile: string;
  idColumn: string;
  labelColumn: string;
  rowIds: { labels: unknown[]; ids: unknown[] };
}): Promise<{ repeated: number }> {
  const predicted = await readColumns(options.predictionsFile, (columns) => columns);
  const added = [
    [options.idColumn, options.rowIds.ids],
    [options.labelColumn, options.rowIds.labels],
  ].filter(([name]) => !predicted.columns.includes(name as string)) as [string, unknown[]][];
  const columns = [...predicted.columns.map((name) => predicted.values.get(name) as unknown[])];
  const lines = [csvLine([...predicted.columns, ...added.map(([name]) => name)])];
  for (let row = 0; row < predicted.rows; row++)
    lines.push(csvLine([...columns.map((values) => values[row]), ...added.map(([, values]) => values[row])]));
  const partial = `${options.predictionsFile}.partial`;
  await writeFile(partial, lines.join(""));
  await rename(partial, options.predictionsFile);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of options.rowIds.ids) {
    const text = labelText(id) ?? "";
    if (seen.has(text)) repeated.add(text);
    seen.add(text);
  }
  return { repeated: repeated.size };
}

/** The settings evaluate and champion-challenger share, from inputs over trainyard.yml. */
export function evaluationSettings(
  context: Context,
  inputs: MeasurementInputs,
  config: LoadedConfig | undefined,
) {
  const evaluate = config?.config.evaluate;
  const train = config?.config.train;
  const predictCommand = inputs["predict-command"] ?? evaluate?.predict_command;
  const labelColumn =
    inputs["label-column"] ?? evaluate?.label_column ?? config?.config.validate?.label?.column ?? "label";
  const seed = inputs.seed ?? evaluate?.seed ?? train?.seed ?? 42;
  const resamples = inputs.bootstrap ?? evaluate?.bootstrap ?? 1000;
  const confidence = inputs.confidence ?? evaluate?.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 0)
    throw new UserError(`${inputLabel(inputs, "bootstrap")} must be a whole number ≥ 0, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1))
    throw new UserError(`${inputLabel(inputs, "confidence")} must be between 0 and 1, got ${confidence}`);
  const positive = inputs["positive-class"] ?? evaluate?.positive_class;
  return {
    predictCommand,
    labelColumn,
    seed,
    resamples,
    confidence,
    ...(positive !== undefined ? { positiveClass: String(positive) } : {}),
    task: (inputs.task ?? evaluate?.task) as EvaluationTask | undefined,
    sliceColumns: listInput(inputs.slices) ?? evaluate?.slices ?? [],
    cwd: resolve(context.workingDirectory, inputs["working-directory"] ?? train?.working_directory ?? "."),
    timeoutMinutes: inputs["timeout-minutes"] ?? 30,
    idColumn: evaluate?.id_column,
  };
}

/**
 * `evaluate`: runs the prediction command on the test rows and measures the predictions with trainyard's own
 * metric code, overall and per slice, each metric with a bootstrap interval.
 */
export async function evaluateStep(
  context: Context,
  inputs: Inputs<typeof EVALUATE_INPUTS>,
  preloaded?: LoadedConfig,
): Promise<EvaluateOutputs> {
  const config = preloaded ?? (await loadStepConfig(context, inputs));
  const settings = evaluationSettings(context, inputs, config);
  const modelDir = resolve(context.workingDirectory, inputs["model-dir"]);
  if (!(await stat(modelDir).catch(() => undefined))?.isDirectory())
    throw new UserError(`${inputLabel(inputs, "model-dir")}: ${modelDir} is not a folder`);
  if (!settings.predictCommand)
    throw new UserError(
      `no prediction command: set evaluate.predict_command in trainyard.yml or ${inputLabel(inputs, "predict-command")}`,
    );

  const testFileInput = inputs["test-file"];
  const data = testFileInput ? undefined : await resolveTrainingData(context, inputs, config);
  const testFile = testFileInput ? resolve(context.workingDirectory, testFileInput) : data?.testFile;
  if (!testFile)
    throw new UserError(
      `the snapshot has no test file (in ${data?.dataDir}); give data.split in trainyard.yml so snapshot-data holds rows out, or ${inputLabel(inputs, "test-file")}`,
    );
  const runId = inputs["run-id"];
  const outputDir = resolve(
    context.workingDirectory,
    inputs["output-dir"] ?? workspacePath.evaluation(runId ?? basename(resolve(modelDir, ".."))),
  );
  await mkdir(outputDir, { recursive: true });
  const prediction = await runPrediction(context, {
    command: settings.predictCommand,
    cwd: settings.cwd,
    modelDir,
    inputFile: testFile,
    predictionsFile: join(outputDir, "predictions.csv"),
    timeoutMinutes: settings.timeoutMinutes,
    ...(await predictionBackend(context, config)),
    label: "Predict",
  });

  const loaded = await context.group("Measure", () =>
    loadPredictions({
      testFile,
      predictionsFile: prediction.predictionsFile,
      labelColumn: settings.labelColumn,
      sliceColumns: settings.sliceColumns,
      ...(settings.task ? { task: settings.task } : {}),
      ...(settings.positiveClass !== undefined ? { positiveClass: settings.positiveClass } : {}),
      ...(settings.idColumn !== undefined ? { idColumn: settings.idColumn } : {}),
    }),
  );
  const task = loaded.task;
  const metricNames = listInput(inputs.metrics) ??
    config?.config.evaluate?.metrics ?? [...METRICS_BY_TASK[task]];
  for (const metric of metricNames) checkMetricOfTask(metric, task, "metric");
  const primaryMetric =
    inputs["primary-metric"] ??
    config?.config.evaluate?.primary_metric ??
    config?.config.gate?.primary?.metric ??
    DEFAULT_PRIMARY_METRIC[task];
  checkMetricOfTask(primaryMetric, task, "primary metric");
  const reported = [primaryMetric, ...metricNames.filter((name) => name !== primaryMetric)];

  const options = { resamples: settings.resamples, confidence: settings.confidence, seed: settings.seed };
  const overall = bootstrapMetrics(loaded.predictions, options);
  const slices: EvaluationReport["slices"] = [];
  for (const column of settings.sliceColumns) {
    for (const slice of sliceRows(column, loaded.sliceValues.get(column) as unknown[])) {
      const subset = subsetPredictions(loaded.predictions, slice.rows);
      slices.push({
        column,
        value: slice.value,
        rows: slice.rows.length,
        metrics: pick(bootstrapMetrics(subset, options), reported),
      });
    }
  }
  const rows = rowCount(loaded.predictions);
  const seconds = prediction.seconds;
  const servingParity = await servingParityOf(context, {
    config,
    modelDir,
    runId,
    tracker: runId ? async () => (await openStepTracking(context, inputs, config)).tracker : undefined,
    testFile,
    predictionsFile: prediction.predictionsFile,
    labelColumn: settings.labelColumn,
    classes: loaded.classes,
    positiveClass: task === "binary" ? loaded.classes?.[1] : undefined,
  });
  if (settings.idColumn !== undefined && loaded.rowIds) {
    const { repeated } = await recordRowIds({
      predictionsFile: prediction.predictionsFile,
      idColumn: settings.idColumn,
      labelColumn: settings.labelColumn,
      rowIds: loaded.rowIds,
    });
    if (repeated > 0)
      context.log.warning(
        `evaluate.id_column "${settings.idColumn}": ${repeated} id(s) occur on more than one test row; monitor does not pair those ids`,
      );
  }
  const report: EvaluationReport = {
    kind: EVALUATION_KIND,
    version: EVALUATION_VERSION,
    task,
    labelColumn: settings.labelColumn,
    ...(loaded.classes ? { classes: loaded.classes } : {}),
    primaryMetric,
    rows,
    metrics: pick(overall, reported),
    slices,
    bootstrap: {
      ...options,
      method: "percentile",
      resampling: resampleMethod(rows),
    },
    prediction: {
      seconds,
      rowsPerSecond: seconds > 0 ? rows / seconds : 0,
      msPer1kRows: rows > 0 ? (seconds * 1000 * 1000) / rows : 0,
    },
    model: { sizeBytes: await folderBytes(modelDir), ...(runId ? { runId } : {}) },
    ...(data?.snapshotId ? { snapshotId: data.snapshotId } : {}),
    testFile: relative(context.workingDirectory, testFile) || testFile,
    predictionsFile: "predictions.csv",
    ...(settings.idColumn !== undefined ? { idColumn: settings.idColumn } : {}),
    createdAt: new Date().toISOString(),
    servingParity,
  };
  const reportPath = join(outputDir, "evaluation.json");
  await writeFile(reportPath, serializeContract(report));

  if (runId) {
    const { tracker } = await openStepTracking(context, inputs, config);
    await context.group(`Log the evaluation to run ${runId}`, async () => {
      const now = Date.now();
      const metrics = [];
      for (const [name, interval] of Object.entries(report.metrics)) {
        if (interval.value !== null)
          metrics.push({ key: `test_${name}`, value: interval.value, step: 0, timestamp: now });
        if (interval.low !== null)
          metrics.push({ key: `test_${name}_ci_low`, value: interval.low, step: 0, timestamp: now });
        if (interval.high !== null)
          metrics.push({ key: `test_${name}_ci_high`, value: interval.high, step: 0, timestamp: now });
      }
      metrics.push(
        { key: "predict_rows_per_second", value: report.prediction.rowsPerSecond, step: 0, timestamp: now },
        { key: "model_size_bytes", value: report.model.sizeBytes, step: 0, timestamp: now },
      );
      await tracker.logBatch(runId, {
        metrics,
        tags: {
          "trainyard.task": task,
          "trainyard.primary_metric": primaryMetric,
          "trainyard.serving.parity": servingParity.status,
        },
      });
      await logEvaluationLineage(context, {
        tracker,
        runId,
        inputs,
        config,
        snapshotId: data?.snapshotId,
        metrics,
      });
      await tracker.uploadArtifact(runId, reportPath, "evaluation/evaluation.json");
      await tracker.uploadArtifact(runId, prediction.predictionsFile, "evaluation/predictions.csv");
    });
  }
  await context.appendSummary(renderEvaluationMarkdown(report));
  const primaryValue = report.metrics[primaryMetric]?.value ?? Number.NaN;
  context.log.info(`${primaryMetric} = ${primaryValue} on ${rows} test rows`);
  return {
    "report-path": reportPath,
    "predictions-path": prediction.predictionsFile,
    task,
    "primary-metric": primaryMetric,
    "primary-value": primaryValue,
  };
}
