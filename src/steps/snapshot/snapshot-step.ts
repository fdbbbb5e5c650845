import { join, resolve } from "node:path";
import type { Context } from "../../context/context.js";
import { formatBytes } from "../../context/format-progress.js";
import { escapeMarkdown, table } from "../../report/markdown.js";
import { dataRootOf, loadStepConfig, numberInput, openStepStore } from "../step-config.js";
import { pullSnapshot } from "./pull-snapshot.js";
import { type SnapshotResult, snapshot } from "./snapshot.js";
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

/** `snapshot-data`: reads its inputs (trainyard.yml's `data:` as defaults), snapshots, sets the outputs. */
export async function snapshotStep(context: Context): Promise<SnapshotOutputs> {
  const config = await loadStepConfig(context);
  const data = config?.config.data;
  const source = context.getInput("source") ?? data?.source;
  if (!source)
    throw new Error('no source: set the "source" input (--source) or data.source in trainyard.yml');
  const store = await openStepStore(context, config);
  const strategy = (context.getInput("split") ?? data?.split?.strategy) as SplitStrategy | undefined;
  if (strategy && !["random", "group", "time"].includes(strategy))
    throw new Error(`split must be random, group or time, got "${strategy}"`);
  const split: SplitSpec | undefined = strategy
    ? {
        strategy,
        testFraction: numberInput(context, "test-fraction") ?? data?.split?.test_fraction ?? 0.2,
        seed: numberInput(context, "seed") ?? data?.split?.seed ?? 42,
        ...optional("key", context.getInput("split-key") ?? data?.split?.key),
        ...optional("timeColumn", context.getInput("time-column") ?? data?.split?.time_column),
        ...optional("cutoff", context.getInput("cutoff") ?? data?.split?.cutoff),
      }
    : undefined;
  const asOfTime = context.getInput("as-of") ?? data?.as_of?.time;
  const asOfColumn = context.getInput("as-of-column") ?? data?.as_of?.column;
  if (asOfTime && !asOfColumn)
    throw new Error('as-of needs the time column: set "as-of-column" (--as-of-column) or data.as_of.column');
  const format = context.getInput("format") ?? data?.format;
  const result = await snapshot(context, {
    source,
    store,
    ...(format ? { format } : {}),
    ...(split ? { split } : {}),
    ...(asOfTime && asOfColumn ? { asOf: { time: asOfTime, column: asOfColumn } } : {}),
    dataRoot: dataRootOf(context),
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
  for (const [name, value] of Object.entries(outputs)) context.setOutput(name, value);
  return outputs;
}

/** `trainyard snapshot pull <id>`: materialises a stored snapshot, verifying every hash. */
export async function pullStep(
  context: Context,
  id: string,
): Promise<{ "snapshot-id": string; "data-dir": string; "bytes-downloaded": number }> {
  const config = await loadStepConfig(context);
  const store = await openStepStore(context, config);
  const dataDir = context.getInput("data-dir");
  const destination = dataDir ? resolve(context.workingDirectory, dataDir) : join(dataRootOf(context), id);
  const pulled = await pullSnapshot(context, store, id, destination);
  const outputs = {
    "snapshot-id": id,
    "data-dir": pulled.dataDir,
    "bytes-downloaded": pulled.bytesDownloaded,
  };
  for (const [name, value] of Object.entries(outputs)) context.setOutput(name, value);
  return outputs;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
