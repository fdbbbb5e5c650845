import type { SnapshotManifest } from "../config/contracts/snapshot-manifest.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";
import type { CommonInputs } from "../inputs/common-inputs.js";
import { readManifest } from "../steps/snapshot/pull-snapshot.js";
import { openStepStore } from "../steps/step-config.js";
import { type DatasetInput, hasNativeLineage, type Metric, type Tracker } from "../tracking/ports.js";
import { mlflowTypeOf } from "./mlmodel.js";

/** MLflow keeps a dataset's profile in a bounded text field: the per-column summary is cut to fit. */
const PROFILE_LIMIT = 16_000;

/** The snapshot as an MLflow dataset: digest = snapshot id, source = its manifest in the store. */
export function snapshotDataset(
  manifest: SnapshotManifest,
  storeUri: string,
  context: DatasetInput["context"],
): DatasetInput {
  const uri = `${storeUri.replace(/\/+$/, "")}/snapshots/${manifest.id}/manifest.json`;
  const byName = new Map(manifest.profile.map((column) => [column.name, column]));
  const schema = {
    mlflow_colspec: manifest.columns.map((name) => {
      const column = byName.get(name);
      return { type: mlflowTypeOf(column), name, required: !column || column.nullCount === 0 };
    }),
  };
  const columns = manifest.profile.map((column) => ({
    name: column.name,
    type: column.type,
    nulls: column.nullCount,
    ...(column.mean !== undefined ? { mean: column.mean } : {}),
    ...(column.min !== undefined ? { min: column.min } : {}),
    ...(column.max !== undefined ? { max: column.max } : {}),
  }));
  const profile: Record<string, unknown> = {
    num_rows: manifest.rows,
    ...(manifest.split ? { train_rows: manifest.split.trainRows, test_rows: manifest.split.testRows } : {}),
    created_at: manifest.createdAt,
    columns,
  };
  let text = JSON.stringify(profile);
  while (text.length > PROFILE_LIMIT && columns.length > 0) {
    columns.pop();
    text = JSON.stringify({ ...profile, columns, truncated: true });
  }
  return {
    name: `snapshot-${manifest.id}`,
    digest: manifest.id,
    sourceType: /^s3:\/\//.test(uri) ? "s3" : "local",
    source: JSON.stringify({ uri }),
    schema: JSON.stringify(schema),
    profile: text,
    context,
  };
}

async function datasetOf(
  context: Context,
  inputs: CommonInputs,
  config: LoadedConfig | undefined,
  snapshotId: string,
  use: DatasetInput["context"],
): Promise<DatasetInput> {
  const store = await openStepStore(context, inputs, config);
  return snapshotDataset(await readManifest(store, snapshotId), store.uri, use);
}

/** train's hook: the snapshot as the run's training dataset; a backend without it, or a failure, only warns. */
export async function logTrainingDataset(
  context: Context,
  options: {
    tracker: Tracker;
    runId: string;
    inputs: CommonInputs;
    config: LoadedConfig | undefined;
    snapshotId: string | undefined;
  },
): Promise<void> {
  const { tracker, snapshotId } = options;
  if (!snapshotId || !hasNativeLineage(tracker)) return;
  try {
    const dataset = await datasetOf(context, options.inputs, options.config, snapshotId, "training");
    await tracker.logDatasetInputs(options.runId, [dataset]);
  } catch (error) {
    context.log.warning(
      `the snapshot could not be logged as the run's dataset input: ${(error as Error).message}`,
    );
  }
}

/**
 * evaluate's hook: the snapshot as the run's evaluation dataset, the run's LoggedModel, and the test metrics
 * linked to both, so the model's page in MLflow shows its metrics and the data they were measured on.
 */
export async function logEvaluationLineage(
  context: Context,
  options: {
    tracker: Tracker;
    runId: string;
    inputs: CommonInputs;
    config: LoadedConfig | undefined;
    snapshotId: string | undefined;
    metrics: Metric[];
  },
): Promise<string | undefined> {
  const { tracker, snapshotId } = options;
  if (!snapshotId || !hasNativeLineage(tracker)) return undefined;
  try {
    const dataset = await datasetOf(context, options.inputs, options.config, snapshotId, "evaluation");
    await tracker.logDatasetInputs(options.runId, [dataset]);
    const run = await tracker.getRun(options.runId);
    const modelId = await tracker.createLoggedModel({
      runId: options.runId,
      experimentId: run.info.experimentId,
      name: options.config?.config.model ?? "model",
      tags: {
        "trainyard.run_id": options.runId,
        "trainyard.snapshot.id": snapshotId,
        ...(run.tags["trainyard.serving.packaging"]
          ? { "trainyard.serving.packaging": run.tags["trainyard.serving.packaging"] }
          : {}),
      },
    });
    await tracker.logModelMetrics(options.runId, modelId, dataset, options.metrics);
    await tracker.setTag(options.runId, "trainyard.logged_model_id", modelId);
    return modelId;
  } catch (error) {
    context.log.warning(
      `MLflow-native lineage (dataset input, LoggedModel) was not recorded: ${(error as Error).message}`,
    );
    return undefined;
  }
}
