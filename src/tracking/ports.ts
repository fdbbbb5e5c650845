import { UserError } from "../errors/user-error.js";
/**
 * The Tracker and Registry ports. Two backends implement them with the same semantics:
 * MLflow over its REST API (`mlflow/`) and a local directory (`local/`, the embedded default).
 */

export type RunStatus = "RUNNING" | "SCHEDULED" | "FINISHED" | "FAILED" | "KILLED";

export interface Metric {
  key: string;
  value: number;
  /** Milliseconds since the epoch. */
  timestamp: number;
  step: number;
}

export interface RunInfo {
  runId: string;
  experimentId: string;
  runName: string;
  status: RunStatus;
  startTime: number;
  endTime?: number;
  /** Where the run's artifacts live, in the backend's own scheme. */
  artifactUri: string;
  lifecycleStage: string;
}

export interface Run {
  info: RunInfo;
  /** The latest value of each metric. */
  metrics: Metric[];
  params: Record<string, string>;
  tags: Record<string, string>;
}

export interface ArtifactEntry {
  /** Relative to the run's artifact root, with `/` separators. */
  path: string;
  isDir: boolean;
  size?: number;
}

export interface BatchLog {
  metrics?: Metric[];
  params?: Record<string, string>;
  tags?: Record<string, string>;
}

export interface Tracker {
  /** A URI that identifies the backend, for lineage and links. */
  readonly uri: string;
  /** Finds the experiment by name, creating it when absent (concurrent creators all get the same id). */
  ensureExperiment(name: string): Promise<string>;
  createRun(options: {
    experimentId: string;
    runName?: string;
    tags?: Record<string, string>;
    startTime?: number;
  }): Promise<RunInfo>;
  getRun(runId: string): Promise<Run>;
  searchRuns(options: {
    experimentIds: string[];
    filter?: string;
    maxResults?: number;
    orderBy?: string[];
  }): Promise<Run[]>;
  updateRun(runId: string, update: { status?: RunStatus; endTime?: number; runName?: string }): Promise<void>;
  /** Logs any number of metrics, params and tags, split into requests the backend accepts. */
  logBatch(runId: string, batch: BatchLog): Promise<void>;
  setTag(runId: string, key: string, value: string): Promise<void>;
  /** Marks the run deleted: it leaves searches but can still be read by id. */
  deleteRun(runId: string): Promise<void>;
  /** Uploads one local file to `artifactPath` (a file path relative to the run's artifact root). */
  uploadArtifact(runId: string, localFile: string, artifactPath: string): Promise<void>;
  /** Uploads a local directory, recursively, under `artifactPath` ("" for the root). */
  uploadArtifactDir(runId: string, localDir: string, artifactPath: string): Promise<void>;
  listArtifacts(runId: string, artifactPath?: string): Promise<ArtifactEntry[]>;
  /** Downloads a file or a directory (recursively) to `destination`. */
  downloadArtifacts(runId: string, artifactPath: string, destination: string): Promise<void>;
  /** A link a person can open (the MLflow UI), if the backend has one. */
  runUrl(run: RunInfo): string | undefined;
}

export type ModelVersionStatus = "PENDING_REGISTRATION" | "READY" | "FAILED_REGISTRATION";

export interface ModelVersion {
  name: string;
  /** A string, as MLflow returns it. */
  version: string;
  runId?: string;
  source: string;
  status: ModelVersionStatus;
  tags: Record<string, string>;
  aliases: string[];
  creationTimestamp: number;
  description?: string;
}

export interface RegisteredModel {
  name: string;
  tags: Record<string, string>;
  aliases: Record<string, string>;
  description?: string;
}

export interface Registry {
  readonly uri: string;
  /** Gets the registered model, creating it when absent (idempotent under concurrency). */
  ensureRegisteredModel(
    name: string,
    options?: { tags?: Record<string, string>; description?: string },
  ): Promise<RegisteredModel>;
  getRegisteredModel(name: string): Promise<RegisteredModel | undefined>;
  /** Creates a version and waits until it is READY. */
  createModelVersion(options: {
    name: string;
    source: string;
    runId?: string;
    tags?: Record<string, string>;
    description?: string;
  }): Promise<ModelVersion>;
  getModelVersion(name: string, version: string): Promise<ModelVersion | undefined>;
  /** Every version of a model, newest first. */
  listModelVersions(name: string): Promise<ModelVersion[]>;
  /** The version made from this run, for idempotent registration. */
  findModelVersionByRunId(name: string, runId: string): Promise<ModelVersion | undefined>;
  setModelVersionTag(name: string, version: string, key: string, value: string): Promise<void>;
  deleteModelVersion(name: string, version: string): Promise<void>;
  setAlias(name: string, alias: string, version: string): Promise<void>;
  deleteAlias(name: string, alias: string): Promise<void>;
  getVersionByAlias(name: string, alias: string): Promise<ModelVersion | undefined>;
  /**
   * Runs `critical` holding the model's promotion lock: two promotions (or rollbacks) of one model never
   * interleave their check of the champion and its move. Waits for a holder up to `timeoutMs`.
   */
  withPromotionLock<T>(
    name: string,
    critical: () => Promise<T>,
    options?: { timeoutMs?: number },
  ): Promise<T>;
}

/** An error from a tracking backend that keeps the backend's own code (MLflow's `error_code`). */
export class TrackingError extends UserError {
  constructor(
    message: string,
    readonly errorCode: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "TrackingError";
  }
}

/** A dataset a run used, as MLflow's "Datasets used" shows it (runs/log-inputs). */
export interface DatasetInput {
  name: string;
  /** The snapshot id. */
  digest: string;
  sourceType: string;
  /** JSON, as MLflow stores it: `{"uri": …}`. */
  source: string;
  /** JSON: MLflow's `{"mlflow_colspec": [...]}`. */
  schema?: string;
  /** JSON: rows and per-column profile. */
  profile?: string;
  context: "training" | "evaluation";
}

/** MLflow-native lineage that a backend may offer besides trainyard's tags (issue 11). */
export interface NativeLineage {
  logDatasetInputs(runId: string, datasets: DatasetInput[]): Promise<void>;
  /** Creates the run's LoggedModel (READY) and links it to the run as an output; returns its id. */
  createLoggedModel(options: {
    runId: string;
    experimentId: string;
    name: string;
    tags: Record<string, string>;
  }): Promise<string>;
  /** Logs metrics to the run linked to the LoggedModel and the dataset they were measured on. */
  logModelMetrics(
    runId: string,
    modelId: string,
    dataset: { name: string; digest: string },
    metrics: Metric[],
  ): Promise<void>;
}

export function hasNativeLineage(tracker: Tracker): tracker is Tracker & NativeLineage {
  return typeof (tracker as Partial<NativeLineage>).logDatasetInputs === "function";
}
