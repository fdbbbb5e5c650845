import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LoadedConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";
import type { Tracker } from "../tracking/ports.js";
import { MLMODEL_FILE } from "./mlmodel.js";
import { parseCsvLines } from "./package-model.js";
import { compareServing, DEFAULT_MAX_ABS_DIFF, type DifferingRow } from "./parity.js";
import { findPython, type PythonLookup, runHelper } from "./python-runtime.js";

/** What evaluate records of the serving-parity check (the evaluation report's `servingParity`). */
export interface ServingParityRecord {
  status: "pass" | "fail" | "skip";
  /** Why it was skipped or failed, in words. */
  reason?: string;
  python?: string;
  foundBy?: string;
  mlflowVersion?: string;
  /** What was loaded: the run's `model` artifact as registered, or the local folder. */
  source?: string;
  rows?: number;
  columns?: string[];
  mismatchedRows?: number;
  maxAbsDiff?: number;
  maxAllowed: number;
  firstDiffering?: DifferingRow[];
  loadSeconds?: number;
  predictSeconds?: number;
  seconds?: number;
}

export interface ServingSettings {
  enabled: boolean;
  maxAbsDiff: number;
  python?: { executable: string; foundBy: string };
}

/** gate.serving_parity and serving.python from trainyard.yml, then TRAINYARD_PYTHON, then python3 on PATH. */
export function servingSettings(
  context: Context,
  config: LoadedConfig | undefined,
  pythonInput?: { value: string | undefined; label: string },
): ServingSettings {
  const parity = config?.config.gate?.serving_parity;
  const configured = config?.config.serving?.python;
  const python = pythonInput?.value
    ? { executable: pythonInput.value, foundBy: pythonInput.label }
    : configured
      ? { executable: configured, foundBy: "serving.python in trainyard.yml" }
      : context.env.TRAINYARD_PYTHON
        ? { executable: context.env.TRAINYARD_PYTHON, foundBy: "the TRAINYARD_PYTHON environment variable" }
        : undefined;
  return {
    enabled: parity?.enabled ?? true,
    maxAbsDiff: parity?.max_abs_diff ?? DEFAULT_MAX_ABS_DIFF,
    ...(python ? { python } : {}),
  };
}

export function lookupPython(context: Context, settings: ServingSettings): Promise<PythonLookup> {
  return findPython(context.env, settings.python);
}

/**
 * Loads the packaged model the way a server does (a fresh Python process, mlflow.pyfunc.load_model on the
 * run's `model` artifact as it will be registered, else the local folder), predicts the test rows and
 * compares with evaluate's predictions.
 */
export async function checkServingParity(
  context: Context,
  options: {
    settings: ServingSettings;
    modelDir: string;
    runId?: string;
    tracker?: Tracker;
    testFile: string;
    predictionsFile: string;
    labelColumn: string;
    classes?: string[];
    positiveClass?: string;
    timeoutMs: number;
  },
): Promise<ServingParityRecord> {
  const started = Date.now();
  const maxAllowed = options.settings.maxAbsDiff;
  if (!options.settings.enabled)
    return { status: "skip", reason: "gate.serving_parity.enabled is false", maxAllowed };
  if (!(await stat(join(options.modelDir, MLMODEL_FILE)).catch(() => undefined)))
    return {
      status: "fail",
      reason: `the model folder ${options.modelDir} has no MLmodel: it is not an MLflow Model, so no server can load it`,
      maxAllowed,
    };
  const lookup = await lookupPython(context, options.settings);
  if ("skip" in lookup) return { status: "skip", reason: lookup.skip, maxAllowed };
  const runtime = lookup.runtime;
  const scratch = await mkdtemp(join(tmpdir(), "trainyard-parity-"));
  try {
    let modelPath = options.modelDir;
    let source = "the local model folder";
    if (options.runId && options.tracker) {
      modelPath = join(scratch, "model");
      await options.tracker.downloadArtifacts(options.runId, "model", modelPath);
      source = `the model artifact of run ${options.runId}, as it will be registered`;
    }
    const served = join(scratch, "served.csv");
    const result = await runHelper(
      runtime.executable,
      [
        "predict",
        "--model",
        modelPath,
        "--input",
        options.testFile,
        "--output",
        served,
        "--label",
        options.labelColumn,
        ...(options.classes ? ["--classes", JSON.stringify(options.classes)] : []),
      ],
      { env: context.env, timeoutMs: options.timeoutMs },
    );
    const common = {
      python: runtime.executable,
      foundBy: runtime.foundBy,
      mlflowVersion: runtime.mlflowVersion,
      source,
      maxAllowed,
    };
    if (!result.ok)
      return {
        status: "fail",
        reason: `the packaged model does not load or predict: ${String(result.payload.error)}`,
        ...common,
        seconds: (Date.now() - started) / 1000,
      };
    const evaluated = parseCsvLines(await readFile(options.predictionsFile, "utf8"));
    const servedTable = parseCsvLines(await readFile(served, "utf8"));
    const parity = compareServing(evaluated, servedTable, {
      maxAbsDiff: maxAllowed,
      ...(options.positiveClass !== undefined ? { positiveClass: options.positiveClass } : {}),
    });
    return {
      status: parity.passed ? "pass" : "fail",
      ...(parity.problem ? { reason: parity.problem } : {}),
      ...common,
      rows: parity.rows,
      columns: parity.columns,
      mismatchedRows: parity.mismatchedRows,
      maxAbsDiff: parity.maxAbsDiff,
      firstDiffering: parity.firstDiffering,
      loadSeconds: Number(result.payload.load_seconds ?? 0),
      predictSeconds: Number(result.payload.predict_seconds ?? 0),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
