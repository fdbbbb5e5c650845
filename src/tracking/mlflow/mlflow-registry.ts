import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { type ModelVersion, type RegisteredModel, type Registry, TrackingError } from "../ports.js";
import { isMlflowError, isNotFound } from "./mlflow-error.js";
import { MlflowHttp, type MlflowHttpOptions } from "./mlflow-http.js";
import {
  EmptyResponse,
  ModelVersionResponse,
  RegisteredModelResponse,
  SearchModelVersionsResponse,
  toModelVersion,
  toRegisteredModel,
  type WireModelVersion,
} from "./mlflow-schemas.js";
import { equalsCondition } from "./search-filter.js";

export interface MlflowRegistryOptions extends MlflowHttpOptions {
  /** How long createModelVersion waits for a version to become READY (default 5 minutes). */
  registrationTimeoutMs?: number;
}

const SEARCH_PAGE_SIZE = 1000;
/** A promotion lock older than this belongs to a crashed holder. */
const LOCK_TTL_MS = 10 * 60_000;
const DEFAULT_REGISTRATION_TIMEOUT_MS = 300_000;
const POLL_FIRST_MS = 100;
const POLL_MAX_MS = 2_000;

/** The Registry port over an MLflow tracking server's model registry (REST). */
export class MlflowRegistry implements Registry {
  readonly uri: string;
  private readonly http: MlflowHttp;
  private readonly registrationTimeoutMs: number;

  constructor(options: MlflowRegistryOptions) {
    this.http = new MlflowHttp(options);
    this.uri = this.http.baseUrl;
    this.registrationTimeoutMs = options.registrationTimeoutMs ?? DEFAULT_REGISTRATION_TIMEOUT_MS;
  }

  async ensureRegisteredModel(
    name: string,
    options: { tags?: Record<string, string>; description?: string } = {},
  ): Promise<RegisteredModel> {
    const existing = await this.getRegisteredModel(name);
    if (existing !== undefined) return existing;
    try {
      const created = await this.http.api(
        "POST",
        "registered-models/create",
        {
          name,
          tags: Object.entries(options.tags ?? {}).map(([key, value]) => ({ key, value })),
          ...(options.description !== undefined && { description: options.description }),
        },
        RegisteredModelResponse,
        { retry: false },
      );
      return toRegisteredModel(created.registered_model);
    } catch (error) {
      // Another creator won the race, or our create may have gone through: read it back.
      if (!isCreateRace(error)) throw error;
      const model = await this.getRegisteredModel(name);
      if (model === undefined) throw error;
      return model;
    }
  }

  async getRegisteredModel(name: string): Promise<RegisteredModel | undefined> {
    try {
      const response = await this.http.api(
        "GET",
        "registered-models/get",
        { name },
        RegisteredModelResponse,
        {
          retry: true,
        },
      );
      return toRegisteredModel(response.registered_model);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async createModelVersion(options: {
    name: string;
    source: string;
    runId?: string;
    tags?: Record<string, string>;
    description?: string;
  }): Promise<ModelVersion> {
    let version: WireModelVersion;
    try {
      const response = await this.http.api(
        "POST",
        "model-versions/create",
        {
          name: options.name,
          source: options.source,
          ...(options.runId !== undefined && { run_id: options.runId }),
          tags: Object.entries(options.tags ?? {}).map(([key, value]) => ({ key, value })),
          ...(options.description !== undefined && { description: options.description }),
        },
        ModelVersionResponse,
        { retry: false },
      );
      version = response.model_version;
    } catch (error) {
      // Never created twice: when the create may have gone through, look for the version it made.
      if (!(isMlflowError(error) && error.transient && options.runId !== undefined)) throw error;
      const found = await this.findWireByRunId(options.name, options.runId);
      if (found === undefined) throw error;
      version = found;
    }
    return this.awaitReady(version);
  }

  private async awaitReady(created: WireModelVersion): Promise<ModelVersion> {
    const deadline = Date.now() + this.registrationTimeoutMs;
    let version = created;
    let pause = POLL_FIRST_MS;
    while (version.status === "PENDING_REGISTRATION") {
      if (Date.now() + pause > deadline) {
        throw new TrackingError(
          `model ${version.name} version ${version.version} is still PENDING_REGISTRATION after ` +
            `${this.registrationTimeoutMs} ms`,
          "TIMEOUT",
        );
      }
      await sleep(pause);
      pause = Math.min(POLL_MAX_MS, pause * 2);
      version = await this.getWire(version.name, version.version);
    }
    if (version.status === "FAILED_REGISTRATION") {
      const why = version.status_message === "" ? "" : `: ${version.status_message}`;
      throw new TrackingError(
        `registering model ${version.name} version ${version.version} failed${why}`,
        "FAILED_REGISTRATION",
      );
    }
    return toModelVersion(version);
  }

  async getModelVersion(name: string, version: string): Promise<ModelVersion | undefined> {
    try {
      return toModelVersion(await this.getWire(name, version));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private async getWire(name: string, version: string): Promise<WireModelVersion> {
    const response = await this.http.api(
      "GET",
      "model-versions/get",
      { name, version },
      ModelVersionResponse,
      {
        retry: true,
      },
    );
    return response.model_version;
  }

  async listModelVersions(name: string): Promise<ModelVersion[]> {
    const versions = await this.searchVersions(name, equalsCondition("name", name));
    if (versions.length === 0) return [];
    // Search results carry no aliases; the registered model has them all.
    const aliases = (await this.getRegisteredModel(name))?.aliases ?? {};
    return versions.map((version) =>
      toModelVersion(
        version,
        Object.keys(aliases).filter((alias) => aliases[alias] === version.version),
      ),
    );
  }

  /** The newest version registered from `runId`. */
  async findModelVersionByRunId(name: string, runId: string): Promise<ModelVersion | undefined> {
    const found = await this.findWireByRunId(name, runId);
    return found === undefined ? undefined : this.getModelVersion(name, found.version);
  }

  private async findWireByRunId(name: string, runId: string): Promise<WireModelVersion | undefined> {
    let versions: WireModelVersion[];
    try {
      const filter = `${equalsCondition("name", name)} and ${equalsCondition("run_id", runId)}`;
      versions = await this.searchVersions(name, filter);
    } catch (error) {
      // Servers that cannot filter on run_id together with name: scan the model's versions instead.
      if (!isMlflowError(error, "INVALID_PARAMETER_VALUE")) throw error;
      versions = await this.searchVersions(name, equalsCondition("name", name));
    }
    return versions.find((version) => version.run_id === runId);
  }

  /** Every version of `name` matching `filter`, across pages, newest first. */
  private async searchVersions(name: string, filter: string): Promise<WireModelVersion[]> {
    const versions: WireModelVersion[] = [];
    let pageToken: string | undefined;
    do {
      const response = await this.http.api(
        "GET",
        "model-versions/search",
        { filter, max_results: SEARCH_PAGE_SIZE, page_token: pageToken },
        SearchModelVersionsResponse,
        { retry: true },
      );
      versions.push(...response.model_versions);
      pageToken = response.next_page_token || undefined;
    } while (pageToken !== undefined);
    return versions
      .filter((version) => version.name === name)
      .sort((a, b) => Number(b.version) - Number(a.version));
  }

  async setModelVersionTag(name: string, version: string, key: string, value: string): Promise<void> {
    await this.http.api("POST", "model-versions/set-tag", { name, version, key, value }, EmptyResponse, {
      retry: true,
    });
  }

  async deleteModelVersion(name: string, version: string): Promise<void> {
    try {
      await this.http.api("DELETE", "model-versions/delete", { name, version }, EmptyResponse, {
        retry: true,
      });
    } catch (error) {
      // Gone on a repeat: the attempt that got no answer did delete it.
      if (isNotFound(error) && error.attempts > 1) return;
      throw error;
    }
  }

  async setAlias(name: string, alias: string, version: string): Promise<void> {
    await this.http.api("POST", "registered-models/alias", { name, alias, version }, EmptyResponse, {
      retry: true,
    });
  }

  async deleteAlias(name: string, alias: string): Promise<void> {
    await this.http.api("DELETE", "registered-models/alias", { name, alias }, EmptyResponse, { retry: true });
  }

  /**
   * The version an alias points to, or undefined when the model or the alias does not exist. MLflow answers
   * a missing alias with INVALID_PARAMETER_VALUE ("Registered model alias … not found"), the same code as a
   * malformed alias name, so the message tells them apart. MLflow resolves the reserved alias `latest` to
   * the newest version.
   */
  async getVersionByAlias(name: string, alias: string): Promise<ModelVersion | undefined> {
    try {
      const response = await this.http.api(
        "GET",
        "registered-models/alias",
        { name, alias },
        ModelVersionResponse,
        { retry: true },
      );
      return toModelVersion(response.model_version);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      if (isMlflowError(error, "INVALID_PARAMETER_VALUE") && isMissingAlias(error.serverMessage ?? "")) {
        return undefined;
      }
      throw error;
    }
  }

  /**
   * MLflow has no conditional writes, but creating a registered model is atomic (a unique name), so the lock
   * is a registered model named `trainyard-lock.<model>`, created by the holder and deleted on release. Its
   * tags name the holder (so a create whose answer was lost is recognised as ours) and an expiry, after which
   * a crashed holder's lock is broken.
   */
  async withPromotionLock<T>(
    name: string,
    critical: () => Promise<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    const lockName = `trainyard-lock.${name}`;
    const token = randomUUID();
    const deadline = Date.now() + (options.timeoutMs ?? 120_000);
    for (let attempt = 0; ; attempt++) {
      if (await this.tryLock(lockName, token)) break;
      if (Date.now() > deadline)
        throw new TrackingError(
          `timed out waiting for the promotion lock of ${name} (registered model ${lockName}); if no promotion is running, delete that registered model`,
          "LOCK_TIMEOUT",
        );
      await sleep(Math.min(2_000, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
    try {
      return await critical();
    } finally {
      await this.releaseLock(lockName, token);
    }
  }

  /**
   * Deletes the lock only while it still carries our token. A blind retried DELETE could remove the next
   * holder's lock (our first DELETE acted, its answer was lost, and another promotion took the lock before
   * the retry); a lock we fail to delete expires after LOCK_TTL_MS.
   */
  private async releaseLock(lockName: string, token: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const holder = await this.getRegisteredModel(lockName);
        if (holder?.tags["trainyard.lock.token"] !== token) return;
        await this.http.api("DELETE", "registered-models/delete", { name: lockName }, EmptyResponse, {
          retry: false,
        });
        return;
      } catch {
        await sleep(200 * (attempt + 1));
      }
    }
  }

  private async tryLock(lockName: string, token: string): Promise<boolean> {
    const expires = Date.now() + LOCK_TTL_MS;
    try {
      await this.http.api(
        "POST",
        "registered-models/create",
        {
          name: lockName,
          description: "trainyard promotion lock: held while a promotion or rollback runs",
          tags: [
            { key: "trainyard.lock.token", value: token },
            { key: "trainyard.lock.expires", value: String(expires) },
          ],
        },
        RegisteredModelResponse,
        { retry: false },
      );
      return true;
    } catch (error) {
      if (!isCreateRace(error)) throw error;
      const holder = await this.getRegisteredModel(lockName);
      if (!holder) return false;
      if (holder.tags["trainyard.lock.token"] === token) return true;
      if (Number(holder.tags["trainyard.lock.expires"] ?? 0) < Date.now()) {
        await this.http
          .api("DELETE", "registered-models/delete", { name: lockName }, EmptyResponse, { retry: true })
          .catch(() => {});
      }
      return false;
    }
  }

  /** Closes idle connections to the server. */
  async close(): Promise<void> {
    await this.http.close();
  }
}

/**
 * A create of a registered model whose outcome only a read-back can tell: the name exists
 * (RESOURCE_ALREADY_EXISTS), the model was deleted while the server handled our create (MLflow 3.17's
 * conflict handler reads the existing model to name it, then answers RESOURCE_DOES_NOT_EXIST: seen when a
 * promotion lock is released under a contender), or a transient error hid whether the create went through.
 */
function isCreateRace(error: unknown): boolean {
  return (
    isMlflowError(error, "RESOURCE_ALREADY_EXISTS") ||
    isMlflowError(error, "RESOURCE_DOES_NOT_EXIST") ||
    (isMlflowError(error) && error.transient)
  );
}

function isMissingAlias(serverMessage: string): boolean {
  return /\bnot found\b/i.test(serverMessage) && !/^invalid alias name/i.test(serverMessage);
}
