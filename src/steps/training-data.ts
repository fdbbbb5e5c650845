import { readdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { LoadedConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";
import { UserError } from "../errors/user-error.js";
import type { CommonInputs } from "../inputs/common-inputs.js";
import { inputLabel } from "../inputs/declared-inputs.js";
import { pullSnapshot, snapshotFiles } from "./snapshot/pull-snapshot.js";
import { dataRootOf, openStepStore } from "./step-config.js";

export interface TrainingData {
  snapshotId?: string;
  dataDir: string;
  trainFile?: string;
  testFile?: string;
}

async function findByRole(dataDir: string, role: "train" | "test"): Promise<string | undefined> {
  const names = await readdir(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new UserError(`data-dir ${dataDir} does not exist`);
    throw error;
  });
  const name = names.filter((candidate) => candidate.startsWith(`${role}.`)).sort()[0];
  return name ? join(dataDir, name) : undefined;
}

/**
 * The snapshot's files for train and evaluate: the `data-dir` input when the files are already here (a
 * folder written by snapshot-data), else the `snapshot` input materialised from the store (hash-checked,
 * skipped when already present).
 */
export async function resolveTrainingData(
  context: Context,
  inputs: CommonInputs,
  config: LoadedConfig | undefined,
): Promise<TrainingData> {
  const snapshotId = inputs.snapshot;
  const dataDirInput = inputs["data-dir"];
  if (dataDirInput) {
    const dataDir = resolve(context.workingDirectory, dataDirInput);
    const trainFile = await findByRole(dataDir, "train");
    const testFile = await findByRole(dataDir, "test");
    return {
      snapshotId: snapshotId ?? basename(dataDir),
      dataDir,
      ...(trainFile ? { trainFile } : {}),
      ...(testFile ? { testFile } : {}),
    };
  }
  if (!snapshotId) {
    throw new UserError(
      `no data: set ${inputLabel(inputs, "snapshot")} (the snapshot-id of snapshot-data) or ${inputLabel(inputs, "data-dir")} (a folder snapshot-data wrote)`,
    );
  }
  const store = await openStepStore(context, inputs, config);
  const destination = join(dataRootOf(context, inputs), snapshotId);
  const { manifest, dataDir } = await context.group(`Materialise snapshot ${snapshotId}`, () =>
    pullSnapshot(context, store, snapshotId, destination),
  );
  const files = snapshotFiles(manifest, dataDir);
  const trainFile = files.train ?? (files.data.length === 1 ? files.data[0] : undefined);
  return {
    snapshotId,
    dataDir,
    ...(trainFile ? { trainFile } : {}),
    ...(files.test ? { testFile: files.test } : {}),
  };
}
