import { join } from "node:path";
import type { SnapshotManifest } from "../config/contracts/snapshot-manifest.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";
import type { CommonInputs } from "../inputs/common-inputs.js";
import { readManifest } from "../steps/snapshot/pull-snapshot.js";
import { openStepStore } from "../steps/step-config.js";
import type { TrainingData } from "../steps/training-data.js";
import type { Tracker } from "../tracking/ports.js";
import { MLMODEL_FILE } from "./mlmodel.js";
import { packageModel } from "./package-model.js";
import { checkServingParity, type ServingParityRecord, servingSettings } from "./serving-parity.js";

/** The label column as evaluate reads it: evaluate.label_column, else validate.label.column, else label. */
export function labelColumnOf(config: LoadedConfig | undefined): string {
  return config?.config.evaluate?.label_column ?? config?.config.validate?.label?.column ?? "label";
}

async function manifestOf(
  context: Context,
  inputs: CommonInputs,
  config: LoadedConfig | undefined,
  snapshotId: string | undefined,
): Promise<SnapshotManifest | undefined> {
  if (!snapshotId) return undefined;
  try {
    return await readManifest(await openStepStore(context, inputs, config), snapshotId);
  } catch {
    return undefined;
  }
}

/**
 * train's hook: makes the model folder an MLflow Model before it is uploaded; returns the tags that record
 * how. Nothing to do without a test file (no signature to take) or, for a plain model, a predict command.
 */
export async function packageTrainedModel(
  context: Context,
  options: {
    config: LoadedConfig | undefined;
    inputs: CommonInputs;
    modelDir: string;
    cwd: string;
    data: TrainingData;
    lockfiles: string[];
    pythonVersion: string | undefined;
    hasMLmodel?: boolean;
  },
): Promise<Record<string, string>> {
  const predictCommand = options.config?.config.evaluate?.predict_command;
  if (!options.data.testFile) {
    context.log.warning(
      "the snapshot has no test file: the model is not packaged as an MLflow Model (no signature to take)",
    );
    return {};
  }
  const native = await import("node:fs/promises").then((fs) =>
    fs.stat(join(options.modelDir, MLMODEL_FILE)).then(
      () => true,
      () => false,
    ),
  );
  if (!native && !predictCommand) {
    context.log.warning(
      "no evaluate.predict_command: the model is not packaged as an MLflow Model (nothing to wrap)",
    );
    return {};
  }
  const manifest = await manifestOf(context, options.inputs, options.config, options.data.snapshotId);
  const settings = servingSettings(context, options.config);
  const result = await context.group("Package the model as an MLflow Model", () =>
    packageModel(context, {
      modelDir: options.modelDir,
      cwd: options.cwd,
      predictCommand,
      testFile: options.data.testFile as string,
      labelColumn: labelColumnOf(options.config),
      profile: manifest?.profile,
      lockfiles: options.lockfiles,
      pythonVersion: options.pythonVersion,
      ...(settings.python ? { python: settings.python } : {}),
      timeoutMs: 5 * 60_000,
    }),
  );
  context.log.info(
    `MLflow Model (${result.packaging}): flavors ${result.flavors.join(", ")}, signature of ${result.inputColumns} input column(s) → ${result.outputColumns.join(", ") || "unspecified"}, in ${result.seconds.toFixed(2)} s`,
  );
  return {
    "trainyard.serving.packaging": result.packaging,
    "trainyard.serving.flavors": result.flavors.join(","),
    "trainyard.serving.packaging_seconds": result.seconds.toFixed(3),
  };
}

/** evaluate's hook: the serving-parity check of the model just evaluated. */
export async function servingParityOf(
  context: Context,
  options: {
    config: LoadedConfig | undefined;
    modelDir: string;
    runId: string | undefined;
    tracker: (() => Promise<Tracker>) | undefined;
    testFile: string;
    predictionsFile: string;
    labelColumn: string;
    classes: string[] | undefined;
    positiveClass: string | undefined;
  },
): Promise<ServingParityRecord> {
  const settings = servingSettings(context, options.config);
  const record = await context.group("Serving parity: load the packaged model as a server does", async () =>
    checkServingParity(context, {
      settings,
      modelDir: options.modelDir,
      ...(options.runId && options.tracker ? { runId: options.runId, tracker: await options.tracker() } : {}),
      testFile: options.testFile,
      predictionsFile: options.predictionsFile,
      labelColumn: options.labelColumn,
      ...(options.classes ? { classes: options.classes } : {}),
      ...(options.positiveClass !== undefined ? { positiveClass: options.positiveClass } : {}),
      timeoutMs: 10 * 60_000,
    }),
  );
  const said =
    record.status === "skip"
      ? `serving parity skipped: ${record.reason}`
      : record.status === "pass"
        ? `serving parity: ${record.rows} rows equal (max |Δ| ${record.maxAbsDiff}) in ${record.seconds?.toFixed(2)} s`
        : `serving parity FAILED: ${record.reason ?? `${record.mismatchedRows} of ${record.rows} rows differ`}`;
  if (record.status === "fail") context.log.warning(said);
  else context.log.info(said);
  return record;
}
