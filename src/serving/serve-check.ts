import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEvaluationReport } from "../config/contracts/evaluation-report.js";
import type { Context } from "../context/context.js";
import { UserError } from "../errors/user-error.js";
import type { ModelVersion, Registry, Tracker } from "../tracking/ports.js";
import { MLMODEL_FILE, parseMLmodel, TRAINYARD_METADATA_KEY } from "./mlmodel.js";
import { parseCsvLines } from "./package-model.js";
import { compareServing, type DifferingRow, headRows } from "./parity.js";
import { runHelper } from "./python-runtime.js";
import { lookupPython, type ServingSettings } from "./serving-parity.js";

export interface ServeCheckResult {
  model: string;
  version: string;
  passed: boolean;
  rows: number;
  maxAbsDiff: number;
  firstDiffering: DifferingRow[];
  /** What the answer was compared with. */
  comparedWith: string;
  startSeconds: number;
  seconds: number;
  python: string;
}

/** `name`, `name@alias` or `name/version`; a bare name means its champion. */
export function parseModelRef(ref: string): { model: string; alias?: string; version?: string } {
  const at = ref.lastIndexOf("@");
  if (at > 0) return { model: ref.slice(0, at), alias: ref.slice(at + 1) };
  const slash = ref.lastIndexOf("/");
  if (slash > 0) return { model: ref.slice(0, slash), version: ref.slice(slash + 1) };
  return { model: ref, alias: "champion" };
}

export async function resolveVersion(
  registry: Registry,
  ref: { model: string; alias?: string; version?: string },
): Promise<ModelVersion> {
  const version = ref.version
    ? await registry.getModelVersion(ref.model, ref.version)
    : await registry.getVersionByAlias(ref.model, ref.alias ?? "champion");
  if (!version)
    throw new UserError(
      ref.version ? `${ref.model} has no version ${ref.version}` : `${ref.model} has no alias @${ref.alias}`,
    );
  return version;
}

/**
 * Pulls a registered version, loads it with pyfunc, serves it with `mlflow models serve --env-manager local`
 * on 127.0.0.1 (a free port), posts its input example to /invocations and compares the answer with the
 * predictions evaluate recorded for those rows. The server is always stopped.
 */
export async function serveCheck(
  context: Context,
  options: {
    tracker: Tracker;
    version: ModelVersion;
    settings: ServingSettings;
    timeoutMs: number;
  },
): Promise<ServeCheckResult> {
  const started = Date.now();
  const { version } = options;
  const label = `${version.name} version ${version.version}`;
  if (!version.runId) throw new UserError(`${label} names no run: its model files cannot be pulled`);
  const lookup = await lookupPython(context, options.settings);
  if ("skip" in lookup) throw new UserError(`serve-check needs a Python with mlflow: ${lookup.skip}`);
  const python = lookup.runtime;
  const scratch = await mkdtemp(join(tmpdir(), "trainyard-serve-check-"));
  try {
    const modelDir = join(scratch, "model");
    await options.tracker.downloadArtifacts(version.runId, "model", modelDir);
    const mlmodelFile = join(modelDir, MLMODEL_FILE);
    if (!(await stat(mlmodelFile).catch(() => undefined)))
      throw new UserError(`${label} has no MLmodel: it is not an MLflow Model (trained before packaging?)`);
    const mlmodel = parseMLmodel(await readFile(mlmodelFile, "utf8"), `${label}: MLmodel`);
    const evaluationDir = join(scratch, "evaluation");
    let recorded: { header: string[]; rows: string[][] } | undefined;
    let classes: string[] | undefined;
    let positiveClass: string | undefined;
    try {
      await options.tracker.downloadArtifacts(version.runId, "evaluation", evaluationDir);
      const reportFile = join(evaluationDir, "evaluation.json");
      const report = parseEvaluationReport(await readFile(reportFile, "utf8"), reportFile);
      classes = report.classes;
      positiveClass = report.task === "binary" ? report.classes?.[1] : undefined;
      recorded = parseCsvLines(await readFile(join(evaluationDir, report.predictionsFile), "utf8"));
    } catch {
      recorded = undefined;
    }
    const ours =
      (mlmodel.metadata?.[TRAINYARD_METADATA_KEY] as Record<string, unknown> | undefined) !== undefined;
    const pyfuncFile = join(scratch, "pyfunc.csv");
    const servedFile = join(scratch, "served.csv");
    const result = await context.group(`Serve ${label} with mlflow models serve`, () =>
      runHelper(
        python.executable,
        [
          "serve",
          "--model",
          modelDir,
          "--pyfunc-output",
          pyfuncFile,
          "--output",
          servedFile,
          "--timeout",
          String(Math.round(options.timeoutMs / 1000)),
          ...(classes ? ["--classes", JSON.stringify(classes)] : []),
        ],
        { env: context.env, timeoutMs: options.timeoutMs + 30_000 },
      ),
    );
    if (!result.ok) throw new UserError(`serve-check of ${label} failed: ${String(result.payload.error)}`);
    const served = parseCsvLines(await readFile(servedFile, "utf8"));
    const inProcess = parseCsvLines(await readFile(pyfuncFile, "utf8"));
    // The input example is the test file's first rows when trainyard wrote it: compare with evaluate's record.
    const expected = recorded && ours ? headRows(recorded, served.rows.length) : inProcess;
    const comparedWith =
      recorded && ours
        ? `the first ${served.rows.length} predictions evaluate recorded for run ${version.runId}`
        : "mlflow.pyfunc.load_model's predictions of the same input example";
    const maxAbsDiff = options.settings.maxAbsDiff;
    const parity = compareServing(expected, served, {
      maxAbsDiff,
      ...(positiveClass !== undefined ? { positiveClass } : {}),
    });
    const inProcessParity = compareServing(expected, inProcess, {
      maxAbsDiff,
      ...(positiveClass !== undefined ? { positiveClass } : {}),
    });
    const passed = parity.passed && inProcessParity.passed;
    return {
      model: version.name,
      version: version.version,
      passed,
      rows: parity.rows,
      maxAbsDiff: Math.max(parity.maxAbsDiff, inProcessParity.maxAbsDiff),
      firstDiffering:
        parity.firstDiffering.length > 0 ? parity.firstDiffering : inProcessParity.firstDiffering,
      comparedWith: parity.problem ?? inProcessParity.problem ?? comparedWith,
      startSeconds: Number(result.payload.start_seconds ?? 0),
      seconds: (Date.now() - started) / 1000,
      python: python.executable,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export function describeServeCheck(result: ServeCheckResult): string {
  const head = `${result.model} version ${result.version}`;
  if (result.passed)
    return `serve-check: ${head} served by mlflow models serve answers its ${result.rows} example row(s) as recorded (max |Δ| ${result.maxAbsDiff}); server up in ${result.startSeconds.toFixed(1)} s, ${result.seconds.toFixed(1)} s in all`;
  const rows = result.firstDiffering
    .map((row) => `row ${row.row} ${row.column}: ${row.evaluated} recorded, ${row.served} served`)
    .join("; ");
  return `serve-check: ${head} does not answer as recorded (${result.comparedWith})${rows ? `: ${rows}` : ""}`;
}
