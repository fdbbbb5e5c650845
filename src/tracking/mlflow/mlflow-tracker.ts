import { randomUUID } from "node:crypto";
import type {
  ArtifactEntry,
  BatchLog,
  DatasetInput,
  Metric,
  NativeLineage,
  Run,
  RunInfo,
  RunStatus,
  Tracker,
} from "../ports.js";
import { normalizeArtifactPath, proxiedArtifactRoot } from "./artifact-paths.js";
import { ArtifactProxy } from "./artifact-proxy.js";
import { splitBatch } from "./log-batch-chunks.js";
import { isMlflowError, isNotFound, MlflowError } from "./mlflow-error.js";
import { MlflowHttp, type MlflowHttpOptions } from "./mlflow-http.js";
import {
  CreateExperimentResponse,
  EmptyResponse,
  ExperimentResponse,
  LoggedModelResponse,
  RunInfoResponse,
  RunResponse,
  SearchRunsResponse,
  toRun,
  toRunInfo,
} from "./mlflow-schemas.js";

export interface MlflowClientOptions extends MlflowHttpOptions {
  /** Artifact files moved at the same time (default 4). */
  artifactConcurrency?: number;
}

const DEFAULT_MAX_RESULTS = 1000;
const SEARCH_PAGE_SIZE = 1000;
// A create that keeps colliding with a concurrent delete-and-recreate is given up after this many rounds.
const ENSURE_ROUNDS = 3;

/** The Tracker port over an MLflow tracking server's REST API. */
/** The tag that lets a lost runs/create answer be found again. */
const CREATE_TOKEN_TAG = "trainyard.create_token";
const CREATE_ATTEMPTS = 3;

export class MlflowTracker implements Tracker, NativeLineage {
  readonly uri: string;
  private readonly http: MlflowHttp;
  private readonly artifacts: ArtifactProxy;
  /** Each run's artifact root on the proxy; a run's artifact URI never changes. */
  private readonly artifactRoots = new Map<string, string>();

  constructor(options: MlflowClientOptions) {
    this.http = new MlflowHttp(options);
    this.uri = this.http.baseUrl;
    this.artifacts = new ArtifactProxy(this.http, options.artifactConcurrency ?? 4);
  }

  async ensureExperiment(name: string): Promise<string> {
    let lastError: unknown;
    for (let round = 0; round < ENSURE_ROUNDS; round++) {
      const existing = await this.experimentByName(name);
      if (existing !== undefined) {
        if (existing.lifecycle_stage === "deleted") {
          throw new MlflowError(
            `MLflow experiment "${name}" (id ${existing.experiment_id}) is deleted: restore it ` +
              `(in the MLflow UI, or \`mlflow experiments restore --experiment-id ${existing.experiment_id}\`), ` +
              "delete it permanently (`mlflow gc`), or use another experiment name",
            "INVALID_STATE",
            {
              method: "GET",
              path: "/api/2.0/mlflow/experiments/get-by-name",
              transient: false,
              mayHaveTakenEffect: false,
            },
          );
        }
        return existing.experiment_id;
      }
      try {
        // Not repeated by the transport; a repeat is harmless here, because names are unique and the
        // next round reads the experiment back first.
        const created = await this.http.api(
          "POST",
          "experiments/create",
          { name },
          CreateExperimentResponse,
          {
            retry: false,
          },
        );
        return created.experiment_id;
      } catch (error) {
        const settled =
          isMlflowError(error, "RESOURCE_ALREADY_EXISTS") || (isMlflowError(error) && error.transient);
        if (!settled) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  private async experimentByName(name: string) {
    try {
      const response = await this.http.api(
        "GET",
        "experiments/get-by-name",
        { experiment_name: name },
        ExperimentResponse,
        { retry: true },
      );
      return response.experiment;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async createRun(options: {
    experimentId: string;
    runName?: string;
    tags?: Record<string, string>;
    startTime?: number;
  }): Promise<RunInfo> {
    // runs/create is not idempotent, so a create whose answer was lost is found again by a token tag
    // before it is sent again: a flaky connection never leaves two runs for one training.
    const token = randomUUID();
    const body = {
      experiment_id: options.experimentId,
      ...(options.runName !== undefined && { run_name: options.runName }),
      start_time: options.startTime ?? Date.now(),
      tags: Object.entries({ ...options.tags, [CREATE_TOKEN_TAG]: token }).map(([key, value]) => ({
        key,
        value,
      })),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await this.http.api("POST", "runs/create", body, RunResponse, { retry: false });
        const info = toRunInfo(response.run.info);
        this.rememberArtifactUri(info);
        return info;
      } catch (error) {
        // Failures that cannot have reached the server were already retried by the HTTP layer.
        if (
          !(isMlflowError(error) && error.transient && error.mayHaveTakenEffect) ||
          attempt >= CREATE_ATTEMPTS
        )
          throw error;
        const [created] = await this.searchRuns({
          experimentIds: [options.experimentId],
          filter: `tags.\`${CREATE_TOKEN_TAG}\` = '${token}'`,
          maxResults: 1,
        }).catch(() => {
          throw error;
        });
        if (created) return created.info;
      }
    }
  }

  /** Marks the run deleted (MLflow keeps it, recoverable, until its garbage collection). */
  async deleteRun(runId: string): Promise<void> {
    await this.http.api("POST", "runs/delete", { run_id: runId }, EmptyResponse, { retry: true });
  }

  async getRun(runId: string): Promise<Run> {
    const response = await this.http.api("GET", "runs/get", { run_id: runId }, RunResponse, { retry: true });
    const run = toRun(response.run);
    this.rememberArtifactUri(run.info);
    return run;
  }

  async searchRuns(options: {
    experimentIds: string[];
    filter?: string;
    maxResults?: number;
    orderBy?: string[];
  }): Promise<Run[]> {
    const wanted = options.maxResults ?? DEFAULT_MAX_RESULTS;
    const runs: Run[] = [];
    let pageToken: string | undefined;
    do {
      const response = await this.http.api(
        "POST",
        "runs/search",
        {
          experiment_ids: options.experimentIds,
          ...(options.filter !== undefined && options.filter !== "" && { filter: options.filter }),
          max_results: Math.min(SEARCH_PAGE_SIZE, wanted - runs.length),
          ...(options.orderBy !== undefined && { order_by: options.orderBy }),
          ...(pageToken !== undefined && { page_token: pageToken }),
        },
        SearchRunsResponse,
        { retry: true },
      );
      for (const run of response.runs) runs.push(toRun(run));
      pageToken = response.next_page_token || undefined;
    } while (pageToken !== undefined && runs.length < wanted);
    return runs.slice(0, wanted);
  }

  async updateRun(
    runId: string,
    update: { status?: RunStatus; endTime?: number; runName?: string },
  ): Promise<void> {
    await this.http.api(
      "POST",
      "runs/update",
      {
        run_id: runId,
        ...(update.status !== undefined && { status: update.status }),
        ...(update.endTime !== undefined && { end_time: update.endTime }),
        ...(update.runName !== undefined && { run_name: update.runName }),
      },
      RunInfoResponse,
      { retry: true },
    );
  }

  /**
   * Sends the batch in as few requests as MLflow's limits allow, one after another. Repeating a request is
   * harmless (identical metrics are stored once, a param may be logged again with the same value, tags are
   * overwritten), so each is retried. If one fails, the requests before it have been applied.
   */
  async logBatch(runId: string, batch: BatchLog): Promise<void> {
    for (const chunk of splitBatch(batch)) {
      await this.http.api("POST", "runs/log-batch", { run_id: runId, ...chunk }, EmptyResponse, {
        retry: true,
      });
    }
  }

  async logDatasetInputs(runId: string, datasets: DatasetInput[]): Promise<void> {
    await this.http.api(
      "POST",
      "runs/log-inputs",
      {
        run_id: runId,
        datasets: datasets.map((dataset) => ({
          dataset: {
            name: dataset.name,
            digest: dataset.digest,
            source_type: dataset.sourceType,
            source: dataset.source,
            ...(dataset.schema ? { schema: dataset.schema } : {}),
            ...(dataset.profile ? { profile: dataset.profile } : {}),
          },
          tags: [{ key: "mlflow.data.context", value: dataset.context }],
        })),
      },
      EmptyResponse,
      { retry: true },
    );
  }

  async createLoggedModel(options: {
    runId: string;
    experimentId: string;
    name: string;
    tags: Record<string, string>;
  }): Promise<string> {
    const created = await this.http.api(
      "POST",
      "logged-models",
      {
        experiment_id: options.experimentId,
        name: options.name,
        source_run_id: options.runId,
        model_type: "trainyard",
        tags: Object.entries(options.tags).map(([key, value]) => ({ key, value })),
      },
      LoggedModelResponse,
      { retry: false },
    );
    const modelId = created.model.info.model_id;
    await this.http.json(
      "PATCH",
      `/api/2.0/mlflow/logged-models/${encodeURIComponent(modelId)}`,
      { model_id: modelId, status: "LOGGED_MODEL_READY" },
      LoggedModelResponse,
      { retry: true },
    );
    await this.http.api(
      "POST",
      "runs/outputs",
      { run_id: options.runId, models: [{ model_id: modelId, step: 0 }] },
      EmptyResponse,
      { retry: true },
    );
    return modelId;
  }

  async logModelMetrics(
    runId: string,
    modelId: string,
    dataset: { name: string; digest: string },
    metrics: Metric[],
  ): Promise<void> {
    await this.http.api(
      "POST",
      "runs/log-batch",
      {
        run_id: runId,
        metrics: metrics.map((metric) => ({
          ...metric,
          model_id: modelId,
          dataset_name: dataset.name,
          dataset_digest: dataset.digest,
        })),
      },
      EmptyResponse,
      { retry: true },
    );
  }

  async setTag(runId: string, key: string, value: string): Promise<void> {
    await this.http.api("POST", "runs/set-tag", { run_id: runId, key, value }, EmptyResponse, {
      retry: true,
    });
  }

  async uploadArtifact(runId: string, localFile: string, artifactPath: string): Promise<void> {
    const root = await this.artifactRoot(runId);
    await this.artifacts.uploadFile(root, localFile, normalizeArtifactPath(artifactPath));
  }

  async uploadArtifactDir(runId: string, localDir: string, artifactPath: string): Promise<void> {
    const root = await this.artifactRoot(runId);
    await this.artifacts.uploadDir(root, localDir, normalizeArtifactPath(artifactPath));
  }

  async listArtifacts(runId: string, artifactPath = ""): Promise<ArtifactEntry[]> {
    const root = await this.artifactRoot(runId);
    return this.artifacts.list(root, normalizeArtifactPath(artifactPath));
  }

  async downloadArtifacts(runId: string, artifactPath: string, destination: string): Promise<void> {
    const root = await this.artifactRoot(runId);
    await this.artifacts.download(root, normalizeArtifactPath(artifactPath), destination);
  }

  runUrl(run: RunInfo): string {
    return `${this.uri}/#/experiments/${encodeURIComponent(run.experimentId)}/runs/${encodeURIComponent(run.runId)}`;
  }

  /** Closes idle connections to the server. */
  async close(): Promise<void> {
    await this.http.close();
  }

  private rememberArtifactUri(info: RunInfo): void {
    if (info.artifactUri !== "" && !this.artifactRoots.has(info.runId)) {
      this.artifactRoots.set(info.runId, info.artifactUri);
    }
  }

  private async artifactRoot(runId: string): Promise<string> {
    let uri = this.artifactRoots.get(runId);
    if (uri === undefined) {
      const response = await this.http.api("GET", "runs/get", { run_id: runId }, RunResponse, {
        retry: true,
      });
      uri = response.run.info.artifact_uri;
      this.artifactRoots.set(runId, uri);
    }
    return proxiedArtifactRoot(uri, runId);
  }
}
