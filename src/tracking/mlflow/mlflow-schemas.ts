import { z } from "zod";
import type {
  ArtifactEntry,
  Metric,
  ModelVersion,
  ModelVersionStatus,
  RegisteredModel,
  Run,
  RunInfo,
  RunStatus,
} from "../ports.js";

// MLflow's JSON leaves out fields at their default value and may write 64-bit integers as strings, so
// every field has a default and every number accepts a string.

const int64 = z.union([z.number(), z.string()]).transform(Number);
/** Metric values: a number, or the strings "NaN", "Infinity" and "-Infinity". */
const double = z.union([z.number(), z.string()]).transform(Number);
const text = z.string().default("");
const keyValues = z.array(z.object({ key: z.string(), value: text })).default([]);

const RUN_STATUSES = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"] as const satisfies RunStatus[];
const VERSION_STATUSES = [
  "PENDING_REGISTRATION",
  "READY",
  "FAILED_REGISTRATION",
] as const satisfies ModelVersionStatus[];

export const Experiment = z.object({
  experiment_id: z.string(),
  name: text,
  artifact_location: text,
  lifecycle_stage: z.string().default("active"),
});

export const ExperimentResponse = z.object({ experiment: Experiment });
export const CreateExperimentResponse = z.object({ experiment_id: z.string() });

const WireRunInfo = z.object({
  run_id: z.string().optional(),
  run_uuid: z.string().optional(),
  experiment_id: z.string(),
  run_name: text,
  status: z.enum(RUN_STATUSES).default("RUNNING"),
  start_time: int64.optional(),
  end_time: int64.optional(),
  artifact_uri: text,
  lifecycle_stage: z.string().default("active"),
});

const WireMetric = z.object({
  key: z.string(),
  value: double,
  timestamp: int64.default(0),
  step: int64.default(0),
});

const WireRun = z.object({
  info: WireRunInfo,
  data: z
    .object({ metrics: z.array(WireMetric).default([]), params: keyValues, tags: keyValues })
    .default({ metrics: [], params: [], tags: [] }),
});

export const RunResponse = z.object({ run: WireRun });
export const RunInfoResponse = z.object({ run_info: WireRunInfo });
export const SearchRunsResponse = z.object({
  runs: z.array(WireRun).default([]),
  next_page_token: z.string().optional(),
});
export const MetricHistoryResponse = z.object({
  metrics: z.array(WireMetric).default([]),
  next_page_token: z.string().optional(),
});

export const ArtifactListResponse = z.object({
  files: z
    .array(z.object({ path: z.string(), is_dir: z.boolean().default(false), file_size: int64.optional() }))
    .default([]),
});

const WireModelVersion = z.object({
  name: z.string(),
  version: z.union([z.string(), z.number()]).transform(String),
  run_id: text,
  source: text,
  status: z.enum(VERSION_STATUSES).default("READY"),
  status_message: text,
  tags: keyValues,
  aliases: z.array(z.string()).default([]),
  creation_timestamp: int64.default(0),
  description: text,
});

export type WireModelVersion = z.output<typeof WireModelVersion>;

export const ModelVersionResponse = z.object({ model_version: WireModelVersion });
export const SearchModelVersionsResponse = z.object({
  model_versions: z.array(WireModelVersion).default([]),
  next_page_token: z.string().optional(),
});

const WireRegisteredModel = z.object({
  name: z.string(),
  description: text,
  tags: keyValues,
  aliases: z
    .array(z.object({ alias: z.string(), version: z.union([z.string(), z.number()]).transform(String) }))
    .default([]),
});

export const RegisteredModelResponse = z.object({ registered_model: WireRegisteredModel });
export const EmptyResponse = z.object({});

function toRecord(pairs: { key: string; value: string }[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const { key, value } of pairs) record[key] = value;
  return record;
}

export function toRunInfo(info: z.output<typeof WireRunInfo>): RunInfo {
  return {
    runId: info.run_id ?? info.run_uuid ?? "",
    experimentId: info.experiment_id,
    runName: info.run_name,
    status: info.status,
    startTime: info.start_time ?? 0,
    ...(info.end_time !== undefined && { endTime: info.end_time }),
    artifactUri: info.artifact_uri,
    lifecycleStage: info.lifecycle_stage,
  };
}

export function toMetric(metric: z.output<typeof WireMetric>): Metric {
  return { key: metric.key, value: metric.value, timestamp: metric.timestamp, step: metric.step };
}

export function toRun(run: z.output<typeof WireRun>): Run {
  return {
    info: toRunInfo(run.info),
    metrics: run.data.metrics.map(toMetric),
    params: toRecord(run.data.params),
    tags: toRecord(run.data.tags),
  };
}

export function toModelVersion(version: WireModelVersion, aliases: string[] = version.aliases): ModelVersion {
  return {
    name: version.name,
    version: version.version,
    ...(version.run_id !== "" && { runId: version.run_id }),
    source: version.source,
    status: version.status,
    tags: toRecord(version.tags),
    aliases: [...aliases],
    creationTimestamp: version.creation_timestamp,
    ...(version.description !== "" && { description: version.description }),
  };
}

export function toRegisteredModel(model: z.output<typeof WireRegisteredModel>): RegisteredModel {
  const aliases: Record<string, string> = {};
  for (const { alias, version } of model.aliases) aliases[alias] = version;
  return {
    name: model.name,
    tags: toRecord(model.tags),
    aliases,
    ...(model.description !== "" && { description: model.description }),
  };
}

export function toArtifactEntry(
  parent: string,
  file: z.output<typeof ArtifactListResponse>["files"][number],
  name: string,
): ArtifactEntry {
  return {
    path: parent === "" ? name : `${parent}/${name}`,
    isDir: file.is_dir,
    // MLflow omits a zero file size.
    ...(!file.is_dir && { size: file.file_size ?? 0 }),
  };
}

/** MLflow 3's LoggedModel, as logged-models answers (only what trainyard reads). */
export const LoggedModelResponse = z.object({
  model: z.object({ info: z.object({ model_id: z.string() }).loose() }).loose(),
});
