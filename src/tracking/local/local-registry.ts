import { readdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ModelVersion, RegisteredModel, Registry } from "../ports.js";
import { type LockOptions, withFileLock } from "./file-lock.js";
import { isAbsent, readJson, writeJsonAtomic } from "./json-file.js";
import {
  assertValidAlias,
  assertValidKey,
  assertValidModelName,
  assertValidRunId,
  assertValidVersion,
  assertValueLength,
  fileNameFor,
  invalid,
  MAX_MODEL_TAG_VALUE_LENGTH,
  notFound,
} from "./validate.js";

export interface LocalRegistryOptions {
  lock?: LockOptions;
}

interface ModelRecord {
  name: string;
  tags: Record<string, string>;
  /** alias -> version */
  aliases: Record<string, string>;
  description?: string;
  creationTimestamp: number;
  lastUpdatedTimestamp: number;
  /** The highest version ever allocated; deleted versions keep their numbers, as in MLflow. */
  lastVersion: number;
}

type VersionRecord = Omit<ModelVersion, "aliases">;

/**
 * The Registry port over a local directory, with MLflow's semantics:
 *
 * ```
 * <root>/models/<name>/model.json          name, tags, aliases, the last allocated version
 * <root>/models/<name>/versions/<n>.json   one model version (without its aliases, which live on the model)
 * ```
 *
 * `<name>` is the model name made safe for a file name (see `fileNameFor`).
 *
 * Cross-process safety: every change to a model — creating it, allocating a version number, tags, aliases,
 * deletion — runs while holding `<root>/models/<name>/.lock`, a lock file created with O_EXCL (see
 * `withFileLock`), so of any number of processes exactly one reads and bumps `lastVersion` at a time and
 * concurrent creators always get distinct, consecutive versions. JSON files are replaced by rename, so
 * readers never lock and never see a partial file.
 */
export class LocalRegistry implements Registry {
  readonly root: string;
  readonly uri: string;
  private readonly modelsDir: string;
  private readonly lockOptions: LockOptions;

  constructor(rootDir: string, options: LocalRegistryOptions = {}) {
    this.root = resolve(rootDir);
    this.uri = pathToFileURL(this.root).href;
    this.modelsDir = join(this.root, "models");
    this.lockOptions = options.lock ?? {};
  }

  private modelDir(name: string): string {
    assertValidModelName(name);
    return join(this.modelsDir, fileNameFor(name));
  }

  private modelPath(name: string): string {
    return join(this.modelDir(name), "model.json");
  }

  private versionPath(name: string, version: string): string {
    assertValidVersion(version);
    return join(this.modelDir(name), "versions", `${Number(version)}.json`);
  }

  private withModelLock<T>(name: string, change: () => Promise<T>): Promise<T> {
    return withFileLock(join(this.modelDir(name), ".lock"), change, this.lockOptions);
  }

  private async readModel(name: string): Promise<ModelRecord | undefined> {
    return readJson<ModelRecord>(this.modelPath(name));
  }

  private async requireModel(name: string): Promise<ModelRecord> {
    const model = await this.readModel(name);
    if (model === undefined) throw notFound(`Registered Model with name=${name} not found`);
    return model;
  }

  private async requireVersion(name: string, version: string): Promise<VersionRecord> {
    const record = await readJson<VersionRecord>(this.versionPath(name, version));
    if (record === undefined) throw notFound(`Model Version (name=${name}, version=${version}) not found`);
    return record;
  }

  private async writeModel(model: ModelRecord): Promise<void> {
    await writeJsonAtomic(this.modelPath(model.name), model);
  }

  async ensureRegisteredModel(
    name: string,
    options: { tags?: Record<string, string>; description?: string } = {},
  ): Promise<RegisteredModel> {
    const tags = { ...options.tags };
    assertValidModelTags(tags);
    const existing = await this.readModel(name);
    if (existing !== undefined) return toRegisteredModel(existing);
    return this.withModelLock(name, async () => {
      const raced = await this.readModel(name);
      if (raced !== undefined) return toRegisteredModel(raced);
      const now = Date.now();
      const model: ModelRecord = {
        name,
        tags,
        aliases: {},
        ...(options.description !== undefined && { description: options.description }),
        creationTimestamp: now,
        lastUpdatedTimestamp: now,
        lastVersion: 0,
      };
      await this.writeModel(model);
      return toRegisteredModel(model);
    });
  }

  async getRegisteredModel(name: string): Promise<RegisteredModel | undefined> {
    const model = await this.readModel(name);
    return model === undefined ? undefined : toRegisteredModel(model);
  }

  /** Versions are READY as soon as they exist: there is no asynchronous registration step locally. */
  async createModelVersion(options: {
    name: string;
    source: string;
    runId?: string;
    tags?: Record<string, string>;
    description?: string;
  }): Promise<ModelVersion> {
    const tags = { ...options.tags };
    assertValidModelTags(tags);
    if (typeof options.source !== "string" || options.source === "")
      throw invalid("A version source is required");
    if (options.runId !== undefined) assertValidRunId(options.runId);
    return this.withModelLock(options.name, async () => {
      const model = await this.requireModel(options.name);
      // A process that crashed after writing a version file but before bumping `lastVersion` must not
      // have its number handed out again.
      const version = String(Math.max(model.lastVersion, ...(await this.versionNumbers(options.name))) + 1);
      const now = Date.now();
      const record: VersionRecord = {
        name: options.name,
        version,
        ...(options.runId !== undefined && { runId: options.runId }),
        source: options.source,
        status: "READY",
        tags,
        creationTimestamp: now,
        ...(options.description !== undefined && { description: options.description }),
      };
      await writeJsonAtomic(this.versionPath(options.name, version), record);
      await this.writeModel({ ...model, lastVersion: Number(version), lastUpdatedTimestamp: now });
      return { ...record, aliases: [] };
    });
  }

  private async versionNumbers(name: string): Promise<number[]> {
    try {
      const names = await readdir(join(this.modelDir(name), "versions"));
      return names.filter((n) => /^\d+\.json$/.test(n)).map((n) => Number.parseInt(n, 10));
    } catch (error) {
      if (isAbsent(error)) return [];
      throw error;
    }
  }

  async getModelVersion(name: string, version: string): Promise<ModelVersion | undefined> {
    const record = await readJson<VersionRecord>(this.versionPath(name, version));
    if (record === undefined) return undefined;
    const model = await this.readModel(name);
    return withAliases(record, model?.aliases ?? {});
  }

  async listModelVersions(name: string): Promise<ModelVersion[]> {
    const model = await this.readModel(name);
    if (model === undefined) return [];
    const numbers = (await this.versionNumbers(name)).sort((a, b) => b - a);
    const records = await Promise.all(
      numbers.map((n) => readJson<VersionRecord>(this.versionPath(name, String(n)))),
    );
    return records
      .filter((record): record is VersionRecord => record !== undefined)
      .map((record) => withAliases(record, model.aliases));
  }

  /** The newest version registered from `runId`. */
  async findModelVersionByRunId(name: string, runId: string): Promise<ModelVersion | undefined> {
    return (await this.listModelVersions(name)).find((version) => version.runId === runId);
  }

  async setModelVersionTag(name: string, version: string, key: string, value: string): Promise<void> {
    assertValidModelTags({ [key]: value });
    await this.withModelLock(name, async () => {
      const record = await this.requireVersion(name, version);
      await writeJsonAtomic(this.versionPath(name, version), {
        ...record,
        tags: { ...record.tags, [key]: value },
      });
    });
  }

  /** Deletes the version and any alias pointing at it; its number is never reused. */
  async deleteModelVersion(name: string, version: string): Promise<void> {
    await this.withModelLock(name, async () => {
      const model = await this.requireModel(name);
      await this.requireVersion(name, version);
      const aliases = Object.fromEntries(Object.entries(model.aliases).filter(([, v]) => v !== version));
      await this.writeModel({ ...model, aliases, lastUpdatedTimestamp: Date.now() });
      await rm(this.versionPath(name, version), { force: true });
    });
  }

  /** Points `alias` at `version`, moving it if it pointed elsewhere. */
  async setAlias(name: string, alias: string, version: string): Promise<void> {
    assertValidAlias(alias);
    await this.withModelLock(name, async () => {
      const model = await this.requireModel(name);
      const record = await this.requireVersion(name, version);
      await this.writeModel({
        ...model,
        aliases: { ...model.aliases, [alias]: record.version },
        lastUpdatedTimestamp: Date.now(),
      });
    });
  }

  /** Removes the alias; removing an alias that is not set does nothing, as in MLflow. */
  async deleteAlias(name: string, alias: string): Promise<void> {
    assertValidAlias(alias);
    await this.withModelLock(name, async () => {
      const model = await this.requireModel(name);
      if (model.aliases[alias] === undefined) return;
      const { [alias]: _removed, ...aliases } = model.aliases;
      await this.writeModel({ ...model, aliases, lastUpdatedTimestamp: Date.now() });
    });
  }

  async withPromotionLock<T>(
    name: string,
    critical: () => Promise<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    return withFileLock(join(this.modelDir(name), ".promotion.lock"), critical, {
      ...this.lockOptions,
      timeoutMs: options.timeoutMs ?? 120_000,
    });
  }

  async getVersionByAlias(name: string, alias: string): Promise<ModelVersion | undefined> {
    const model = await this.readModel(name);
    const version = model?.aliases[alias];
    if (model === undefined || version === undefined) return undefined;
    const record = await readJson<VersionRecord>(this.versionPath(name, version));
    return record === undefined ? undefined : withAliases(record, model.aliases);
  }
}

function assertValidModelTags(tags: Record<string, string>): void {
  for (const [key, value] of Object.entries(tags)) {
    assertValidKey("tag", key);
    assertValueLength(`Tag value for '${key}'`, value, MAX_MODEL_TAG_VALUE_LENGTH);
  }
}

function toRegisteredModel(model: ModelRecord): RegisteredModel {
  return {
    name: model.name,
    tags: { ...model.tags },
    aliases: { ...model.aliases },
    ...(model.description !== undefined && { description: model.description }),
  };
}

function withAliases(record: VersionRecord, aliases: Record<string, string>): ModelVersion {
  const names = Object.entries(aliases)
    .filter(([, version]) => version === record.version)
    .map(([alias]) => alias)
    .sort();
  return { ...record, aliases: names };
}
