import { join, resolve } from "node:path";
import type { Context } from "../../context/context.js";
import { formatBytes } from "../../context/format-progress.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import { escapeMarkdown, table } from "../../report/markdown.js";
import type { ValidationRules } from "../../validation/rules.js";
import { dataRootOf, loadStepConfig, openStepStore } from "../step-config.js";
import { pullSnapshot } from "./pull-snapshot.js";
import { type SnapshotResult, snapshot } from "./snapshot.js";
import type { PULL_INPUTS, SNAPSHOT_INPUTS } from "./snapshot-inputs.js";
import type { SplitSpec, SplitStrategy } from "./split-rows.js";

export interface SnapshotOutputs {
  "snapshot-id": string;
  "snapshot-uri": string;
  "data-dir": string;
  rows: number;
  "bytes-uploaded": number;
  "bytes-reused": number;
}

function summary(result: SnapshotResult): string {
  const { manifest } = result;
  const rows = manifest.files.map((file) => [
    escapeMarkdown(file.name),
    file.role,
    String(file.rows),
    formatBytes(file.bytes),
    `\`${file.sha256.slice(0, 12)}\``,
  ]);
  const split = manifest.split
    ? `, split ${manifest.split.strategy}: ${manifest.split.trainRows} train / ${manifest.split.testRows} test`
    : "";
  return [
    `### Snapshot \`${result.id}\`${result.created ? "" : " (unchanged data: reused)"}`,
    "",
    `${manifest.rows} rows × ${manifest.columns.length} columns${split}; uploaded ${formatBytes(result.bytesUploaded)}, reused ${formatBytes(result.bytesReused)}.`,
    "",
    table(["file", "role", "rows", "size", "sha256"], rows),
    "",
  ].join("\n");
}

/** `snapshot-data`: trainyard.yml's `data:` gives the defaults of its inputs; returns the action's outputs. */
export async function snapshotStep(
  context: Context,
  inputs: Inputs<typeof SNAPSHOT_INPUTS>,
): Promise<SnapshotOutputs> {
  const config = await loadStepConfig(context, inputs);
  const data = config?.config.data;
  const source = inputs.source ?? data?.source;
  if (!source)
    throw new UserError(`no source: set ${inputLabel(inputs, "source")} or data.source in trainyard.yml`);
  const store = await openStepStore(context, inputs, config);
  const strategy: SplitStrategy | undefined = inputs.split ?? data?.split?.strategy;
  const split: SplitSpec | undefined = strategy
    ? {
        strategy,
        testFraction: inputs["test-fraction"] ?? data?.split?.test_fraction ?? 0.2,
        seed: inputs.seed ?? data?.split?.seed ?? 42,
        ...optional("key", inputs["split-key"] ?? data?.split?.key),
        ...optional("timeColumn", inputs["time-column"] ?? data?.split?.time_column),
        ...optional("cutoff", inputs.cutoff ?? data?.split?.cutoff),
      }
    : undefined;
  const asOfTime = inputs["as-of"] ?? data?.as_of?.time;
  const asOfColumn = inputs["as-of-column"] ?? data?.as_of?.column;
  if (asOfTime && !asOfColumn)
    throw new UserError(
      `as-of needs the time column: set ${inputLabel(inputs, "as-of-column")} or data.as_of.column`,
    );
  const format = inputs.format ?? data?.format;
  const result = await snapshot(context, {
    source,
    store,
    ...(format ? { format } : {}),
    ...(split ? { split } : {}),
    ...(asOfTime && asOfColumn ? { asOf: { time: asOfTime, column: asOfColumn } } : {}),
    dataRoot: dataRootOf(context, inputs),
    ...(config?.config.validate ? { rules: config.config.validate as ValidationRules } : {}),
  });
  await context.appendSummary(summary(result));
  const outputs: SnapshotOutputs = {
    "snapshot-id": result.id,
    "snapshot-uri": result.uri,
    "data-dir": result.dataDir,
    rows: result.rows,
    "bytes-uploaded": result.bytesUploaded,
    "bytes-reused": result.bytesReused,
  };
  return outputs;
}

/** `trainyard snapshot pull <id>`: materialises a stored snapshot, verifying every hash. */
export async function pullStep(
  context: Context,
  inputs: Inputs<typeof PULL_INPUTS>,
): Promise<{ "snapshot-id": string; "data-dir": string; "bytes-downloaded": number }> {
  const config = await loadStepConfig(context, inputs);
  const store = await openStepStore(context, inputs, config);
  const id = inputs.snapshot;
  const dataDir = inputs["data-dir"];
  const destination = dataDir
    ? resolve(context.workingDirectory, dataDir)
    : join(dataRootOf(context, inputs), id);
  const pulled = await pullSnapshot(context, store, id, destination);
  const outputs = {
    "snapshot-id": id,
    "data-dir": pulled.dataDir,
    "bytes-downloaded": pulled.bytesDownloaded,
  };
  return outputs;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
