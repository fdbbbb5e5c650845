import { randomBytes } from "node:crypto";
import { appendFile, mkdir, readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type ArtifactEntry,
  type BatchLog,
  type DatasetInput,
  type Metric,
  type NativeLineage,
  type Run,
  type RunInfo,
  type RunStatus,
  type Tracker,
  TrackingError,
} from "../ports.js";
import { artifactPathParts, copyTree, listArtifactDir } from "./artifact-files.js";
import { type LockOptions, withFileLock } from "./file-lock.js";
import { copyFileAtomic, isAbsent, readJson, writeJsonAtomic } from "./json-file.js";
import { assertValidMetric, encodeMetricLines, latestMetrics, parseMetricLines } from "./metric-log.js";
import { compareRunsBy, matchesFilter, parseFilter, parseOrderBy } from "./run-search.js";
import {
  assertValidExperimentId,
  assertValidExperimentName,
  assertValidKey,
  assertValidRunId,
  assertValueLength,
  invalid,
  MAX_PARAM_VALUE_LENGTH,
  MAX_TAG_VALUE_LENGTH,
  notFound,
} from "./validate.js";

export interface LocalTrackerOptions {
  lock?: LockOptions;
}

interface ExperimentIndex {
  lastId: number;
  byName: Record<string, string>;
}

interface ExperimentRecord {
  experimentId: string;
  name: string;
  artifactLocation: string;
  lifecycleStage: string;
  creationTime: number;
}

const RUN_NAME_TAG = "mlflow.runName";
const STATUSES: readonly RunStatus[] = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"];
const DEFAULT_MAX_RESULTS = 1000;
const MAX_RESULTS_LIMIT = 50_000;
const READ_PARALLELISM = 32;

/**
 * The Tracker port over a local directory, with MLflow's semantics. Everything is a readable file:
 *
 * ```
 * <root>/experiments/index.json                    {"lastId": 2, "byName": {"churn": "1", ...}}
 * <root>/experiments/<id>/experiment.json
 * <root>/experiments/<id>/runs/<runId>/run.json     the RunInfo
 * <root>/experiments/<id>/runs/<runId>/params.json  {key: value}
 * <root>/experiments/<id>/runs/<runId>/tags.json    {key: value}
 * <root>/experiments/<id>/runs/<runId>/metrics.jsonl every logged metric, one JSON object a line
 * <root>/experiments/<id>/runs/<runId>/artifacts/   the run's artifacts as plain files
 * ```
 *
 * JSON files are replaced by rename, so readers never take a lock. Every change to a run happens while
 * holding the run's lock file, and experiment creation while holding `experiments/.lock` (see
 * `withFileLock`), so concurrent processes sharing the directory neither lose updates nor create one
 * experiment name twice.
 */
export class LocalTracker implements Tracker, NativeLineage {
  readonly root: string;
  readonly uri: string;
  private readonly experimentsDir: string;
  private readonly lockOptions: LockOptions;
  /** Where each run lives; runs never move, so this only saves directory scans. */
  private readonly runDirs = new Map<string, string>();

  constructor(rootDir: string, options: LocalTrackerOptions = {}) {
    this.root = resolve(rootDir);
    this.uri = pathToFileURL(this.root).href;
    this.experimentsDir = join(this.root, "experiments");
    this.lockOptions = options.lock ?? {};
  }

  private indexPath(): string {
    return join(this.experimentsDir, "index.json");
  }

  private experimentDir(experimentId: string): string {
    return join(this.experimentsDir, experimentId);
  }

  async ensureExperiment(name: string): Promise<string> {
    assertValidExperimentName(name);
    const known = (await readJson<ExperimentIndex>(this.indexPath()))?.byName[name];
    if (known !== undefined) return known;
    return withFileLock(
      join(this.experimentsDir, ".lock"),
      async () => {
        const index = (await readJson<ExperimentIndex>(this.indexPath())) ?? { lastId: 0, byName: {} };
        const existing = index.byName[name];
        if (existing !== undefined) return existing;
        const experimentId = String(index.lastId + 1);
        const dir = this.experimentDir(experimentId);
        await mkdir(join(dir, "runs"), { recursive: true });
        const record: ExperimentRecord = {
          experimentId,
          name,
          artifactLocation: pathToFileURL(join(dir, "runs")).href,
          lifecycleStage: "active",
          creationTime: Date.now(),
        };
        await writeJsonAtomic(join(dir, "experiment.json"), record);
        await writeJsonAtomic(this.indexPath(), {
          lastId: index.lastId + 1,
          byName: { ...index.byName, [name]: experimentId },
        });
        return experimentId;
      },
      this.lockOptions,
    );
  }

  async createRun(options: {
    experimentId: string;
    runName?: string;
    tags?: Record<string, string>;
    startTime?: number;
  }): Promise<RunInfo> {
    assertValidExperimentId(options.experimentId);
    const experiment = await readJson<ExperimentRecord>(
      join(this.experimentDir(options.experimentId), "experiment.json"),
    );
    if (experiment === undefined) throw notFound(`No Experiment with id=${options.experimentId} exists`);
    const tags = { ...options.tags };
    assertValidTags(tags);
    const tagged = tags[RUN_NAME_TAG];
    if (options.runName !== undefined && tagged !== undefined && options.runName !== tagged) {
      throw invalid(
        `Both 'run_name' ('${options.runName}') and tag '${RUN_NAME_TAG}' ('${tagged}') were set`,
      );
    }
    const runId = randomBytes(16).toString("hex");
    const runName = options.runName ?? tagged ?? `run-${runId.slice(0, 8)}`;
    tags[RUN_NAME_TAG] = runName;
    const dir = join(this.experimentDir(options.experimentId), "runs", runId);
    await mkdir(join(dir, "artifacts"), { recursive: true });
    const info: RunInfo = {
      runId,
      experimentId: options.experimentId,
      runName,
      status: "RUNNING",
      startTime: options.startTime ?? Date.now(),
      artifactUri: pathToFileURL(join(dir, "artifacts")).href,
      lifecycleStage: "active",
    };
    await writeJsonAtomic(join(dir, "params.json"), {});
    await writeJsonAtomic(join(dir, "tags.json"), tags);
    await appendFile(join(dir, "metrics.jsonl"), "");
    // run.json last: a run exists once its info does.
    await writeJsonAtomic(join(dir, "run.json"), info);
    this.runDirs.set(runId, dir);
    return info;
  }

  /** The run's directory, or undefined when no experiment holds it. */
  private async findRunDir(runId: string): Promise<string | undefined> {
    assertValidRunId(runId);
    const cached = this.runDirs.get(runId);
    if (cached !== undefined) return cached;
    let experiments: string[];
    try {
      experiments = (await readdir(this.experimentsDir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    } catch (error) {
      if (isAbsent(error)) return undefined;
      throw error;
    }
    for (const experimentId of experiments) {
      const dir = join(this.experimentDir(experimentId), "runs", runId);
      try {
        await stat(join(dir, "run.json"));
      } catch (error) {
        if (isAbsent(error)) continue;
        throw error;
      }
      this.runDirs.set(runId, dir);
      return dir;
    }
    return undefined;
  }

  private async runDir(runId: string): Promise<string> {
    const dir = await this.findRunDir(runId);
    if (dir === undefined) throw notFound(`Run with id=${runId} not found`);
    return dir;
  }

  private async readRun(dir: string): Promise<Run> {
    const [info, params, tags, history] = await Promise.all([
      readJson<RunInfo>(join(dir, "run.json")),
      readJson<Record<string, string>>(join(dir, "params.json")),
      readJson<Record<string, string>>(join(dir, "tags.json")),
      readFile(join(dir, "metrics.jsonl"), "utf8").catch((error: unknown) => {
        if (isAbsent(error)) return "";
        throw error;
      }),
    ]);
    if (info === undefined) throw notFound(`Run at ${dir} has no run.json`);
    return {
      info,
      metrics: latestMetrics(parseMetricLines(history)),
      params: params ?? {},
      tags: tags ?? {},
    };
  }

  async getRun(runId: string): Promise<Run> {
    return this.readRun(await this.runDir(runId));
  }

  /** Every value ever logged for one metric of a run, in logging order (the local twin of MLflow's get-history). */
  async getMetricHistory(runId: string, key: string): Promise<Metric[]> {
    const dir = await this.runDir(runId);
    const text = await readFile(join(dir, "metrics.jsonl"), "utf8");
    return parseMetricLines(text).filter((m) => m.key === key);
  }

  async searchRuns(options: {
    experimentIds: string[];
    filter?: string;
    maxResults?: number;
    orderBy?: string[];
  }): Promise<Run[]> {
    const clauses = parseFilter(options.filter);
    const compare = compareRunsBy(parseOrderBy(options.orderBy));
    const maxResults = options.maxResults ?? DEFAULT_MAX_RESULTS;
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS_LIMIT) {
      throw invalid(
        `Invalid value for max_results: it must be between 1 and ${MAX_RESULTS_LIMIT}, got ${maxResults}`,
      );
    }
    const dirs: string[] = [];
    for (const experimentId of new Set(options.experimentIds)) {
      assertValidExperimentId(experimentId);
      const runsDir = join(this.experimentDir(experimentId), "runs");
      try {
        for (const entry of await readdir(runsDir, { withFileTypes: true })) {
          if (entry.isDirectory()) dirs.push(join(runsDir, entry.name));
        }
      } catch (error) {
        if (!isAbsent(error)) throw error;
      }
    }
    const runs: Run[] = [];
    for (let start = 0; start < dirs.length; start += READ_PARALLELISM) {
      const chunk = dirs.slice(start, start + READ_PARALLELISM);
      const loaded = await Promise.all(
        chunk.map(async (dir) => {
          try {
            return await this.readRun(dir);
          } catch (error) {
            // A run still being created has no run.json yet.
            if (error instanceof TrackingError) return undefined;
            throw error;
          }
        }),
      );
      // Deleted runs are left out, as MLflow's search does by default (ACTIVE_ONLY).
      for (const run of loaded)
        if (run !== undefined && run.info.lifecycleStage !== "deleted" && matchesFilter(run, clauses))
          runs.push(run);
    }
    return runs.sort(compare).slice(0, maxResults);
  }

  private withRunLock<T>(dir: string, change: () => Promise<T>): Promise<T> {
    return withFileLock(join(dir, ".lock"), change, this.lockOptions);
  }

  async updateRun(
    runId: string,
    update: { status?: RunStatus; endTime?: number; runName?: string },
  ): Promise<void> {
    if (update.status !== undefined && !STATUSES.includes(update.status)) {
      throw invalid(`Invalid run status '${update.status}'`);
    }
    if (update.endTime !== undefined && (!Number.isSafeInteger(update.endTime) || update.endTime < 0)) {
      throw invalid(`Invalid end time ${update.endTime}`);
    }
    if (update.runName !== undefined) assertValueLength("Run name", update.runName, MAX_TAG_VALUE_LENGTH);
    const dir = await this.runDir(runId);
    await this.withRunLock(dir, async () => {
      const run = await this.readRun(dir);
      const info: RunInfo = { ...run.info };
      if (update.status !== undefined) info.status = update.status;
      if (update.endTime !== undefined) info.endTime = update.endTime;
      if (update.runName !== undefined) {
        info.runName = update.runName;
        await writeJsonAtomic(join(dir, "tags.json"), { ...run.tags, [RUN_NAME_TAG]: update.runName });
      }
      await writeJsonAtomic(join(dir, "run.json"), info);
    });
  }

  async deleteRun(runId: string): Promise<void> {
    const dir = await this.runDir(runId);
    await this.withRunLock(dir, async () => {
      const run = await this.readRun(dir);
      await writeJsonAtomic(join(dir, "run.json"), { ...run.info, lifecycleStage: "deleted" });
    });
  }

  /**
   * Logs everything in one step under the run's lock. A param logged before may be logged again only with
   * the same value; a different value rejects the whole batch (nothing is written), as MLflow does.
   */
  async logBatch(runId: string, batch: BatchLog): Promise<void> {
    const metrics = batch.metrics ?? [];
    const params = batch.params ?? {};
    const tags = batch.tags ?? {};
    for (const metric of metrics) assertValidMetric(metric);
    for (const [key, value] of Object.entries(params)) {
      assertValidKey("param", key);
      assertValueLength(`Param value for '${key}'`, value, MAX_PARAM_VALUE_LENGTH);
    }
    assertValidTags(tags);
    const dir = await this.runDir(runId);
    await this.withRunLock(dir, async () => {
      const run = await this.readRun(dir);
      for (const [key, value] of Object.entries(params)) {
        const logged = run.params[key];
        if (logged !== undefined && logged !== value) {
          throw invalid(
            `Changing param values is not allowed. Param with key='${key}' was already logged with value='${logged}' for run ID='${runId}'. Attempted logging new value '${value}'.`,
          );
        }
      }
      if (Object.keys(params).some((key) => run.params[key] === undefined)) {
        await writeJsonAtomic(join(dir, "params.json"), { ...run.params, ...params });
      }
      if (Object.keys(tags).length > 0) {
        await writeJsonAtomic(join(dir, "tags.json"), { ...run.tags, ...tags });
        const runName = tags[RUN_NAME_TAG];
        if (runName !== undefined && runName !== run.info.runName) {
          await writeJsonAtomic(join(dir, "run.json"), { ...run.info, runName });
        }
      }
      if (metrics.length > 0) await appendFile(join(dir, "metrics.jsonl"), encodeMetricLines(metrics));
    });
  }

  /** MLflow's "Datasets used", recorded in the run's inputs.json (one entry per dataset and context). */
  async logDatasetInputs(runId: string, datasets: DatasetInput[]): Promise<void> {
    const dir = await this.runDir(runId);
    await this.withRunLock(dir, async () => {
      const file = join(dir, "inputs.json");
      const existing = (
        (await readJson<{ datasets: DatasetInput[] }>(file).catch(() => undefined)) ?? {
          datasets: [],
        }
      ).datasets;
      const key = (dataset: DatasetInput) => `${dataset.name}\0${dataset.digest}\0${dataset.context}`;
      const merged = [...existing.filter((old) => !datasets.some((d) => key(d) === key(old))), ...datasets];
      await writeJsonAtomic(file, { datasets: merged });
    });
  }

  /** The run's LoggedModel, as MLflow 3 keeps it, in the run's logged-model.json. */
  async createLoggedModel(options: {
    runId: string;
    experimentId: string;
    name: string;
    tags: Record<string, string>;
  }): Promise<string> {
    const dir = await this.runDir(options.runId);
    const modelId = `m-${randomBytes(16).toString("hex")}`;
    await writeJsonAtomic(join(dir, "logged-model.json"), {
      modelId,
      name: options.name,
      experimentId: options.experimentId,
      sourceRunId: options.runId,
      status: "READY",
      tags: options.tags,
      metrics: [],
    });
    return modelId;
  }

  async logModelMetrics(
    runId: string,
    modelId: string,
    dataset: { name: string; digest: string },
    metrics: Metric[],
  ): Promise<void> {
    const dir = await this.runDir(runId);
    await this.withRunLock(dir, async () => {
      const file = join(dir, "logged-model.json");
      const model = await readJson<{ modelId: string; metrics: unknown[] }>(file);
      if (!model || model.modelId !== modelId) return;
      model.metrics = [
        ...model.metrics,
        ...metrics.map((metric) => ({ ...metric, datasetName: dataset.name, datasetDigest: dataset.digest })),
      ];
      await writeJsonAtomic(file, model);
    });
  }

  async setTag(runId: string, key: string, value: string): Promise<void> {
    await this.logBatch(runId, { tags: { [key]: value } });
  }

  private async artifactRoot(runId: string): Promise<string> {
    return join(await this.runDir(runId), "artifacts");
  }

  async uploadArtifact(runId: string, localFile: string, artifactPath: string): Promise<void> {
    const parts = artifactPathParts(artifactPath, false);
    const root = await this.artifactRoot(runId);
    await copyFileAtomic(localFile, join(root, ...parts));
  }

  async uploadArtifactDir(runId: string, localDir: string, artifactPath: string): Promise<void> {
    const parts = artifactPathParts(artifactPath, true);
    const root = await this.artifactRoot(runId);
    await copyTree(localDir, join(root, ...parts));
  }

  async listArtifacts(runId: string, artifactPath?: string): Promise<ArtifactEntry[]> {
    const parts = artifactPathParts(artifactPath, true);
    return listArtifactDir(await this.artifactRoot(runId), parts);
  }

  /** A file lands at `destination` itself; a directory's contents land under `destination`. */
  async downloadArtifacts(runId: string, artifactPath: string, destination: string): Promise<void> {
    const parts = artifactPathParts(artifactPath, true);
    const source = join(await this.artifactRoot(runId), ...parts);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(source)).isDirectory();
    } catch (error) {
      if (isAbsent(error)) throw notFound(`No artifact '${artifactPath}' in run ${runId}`);
      throw error;
    }
    if (isDirectory) await copyTree(source, destination);
    else await copyFileAtomic(source, destination);
  }

  runUrl(_run: RunInfo): string | undefined {
    return undefined;
  }
}

function assertValidTags(tags: Record<string, string>): void {
  for (const [key, value] of Object.entries(tags)) {
    assertValidKey("tag", key);
    assertValueLength(`Tag value for '${key}'`, value, MAX_TAG_VALUE_LENGTH);
  }
}
