import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { hostname, userInfo } from "node:os";
import { join, relative, resolve } from "node:path";
import { serializeContract } from "../../config/contracts/contract-file.js";
import { LINEAGE_KIND, LINEAGE_VERSION, type Lineage } from "../../config/contracts/lineage.js";
import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import { collectEnvironment } from "../../lineage/environment.js";
import { readGitState } from "../../lineage/git-state.js";
import { codeRecord } from "../../lineage/workflow-run.js";
import { logTrainingDataset } from "../../serving/lineage-hooks.js";
import { packageTrainedModel } from "../../serving/step-hooks.js";
import type { Metric, Tracker } from "../../tracking/ports.js";
import { CommandNotFoundError } from "../command/run-command.js";
import { splitCommand } from "../command/split-command.js";
import { registerKnownSecrets } from "../known-secrets.js";
import { loadStepConfig, openStepStore } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import { resolveTrainingData } from "../training-data.js";
import { workspacePath } from "../workspace-paths.js";
import { prepareCheckpoints } from "./checkpoints.js";
import { flattenParams, resolveParams } from "./params.js";
import { compareReproduction, type ReproduceMode, reproductionTags } from "./reproduce.js";
import { warnIfSlow } from "./slow-run.js";
import { openTrainBackend, type TrainBackend } from "./train-backend.js";
import { restoreModelFromStore, saveModelToStore, trainCacheKey } from "./train-cache.js";
import type { TRAIN_INPUTS } from "./train-inputs.js";
import { runTraining, stopOrphanedTraining, type TrainingInvocation } from "./train-run.js";
import { checkParamNames, lineageTags, paramsForTracking } from "./train-tags.js";

export interface TrainOutputs {
  "run-id": string;
  "model-dir": string;
  "model-uri": string;
  "cache-hit": boolean;
  "duration-seconds": number;
  "lineage-path": string;
}

/** The training command failed, timed out or was cancelled; the run is already marked FAILED or KILLED. */
export class TrainingFailedError extends UserError {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly tail: string[],
  ) {
    super(message);
    this.name = "TrainingFailedError";
  }
}

const TAIL_ARTIFACT = "logs/train-tail.log";

function reproduceMode(
  input: "false" | "warn" | "error" | "true" | undefined,
  configured: false | "warn" | "error" | true | undefined,
): ReproduceMode {
  const mode = input ?? (configured === undefined ? "false" : String(configured));
  return mode === "true" ? "warn" : (mode as ReproduceMode);
}

async function isEmptyDir(path: string): Promise<boolean> {
  const entries = await readdir(path).catch(() => []);
  return entries.length === 0;
}

async function restoreCached(
  context: Context,
  key: string,
  modelDir: string,
  openStore: () => ReturnType<typeof openStepStore>,
): Promise<{ runId: string } | undefined> {
  if (context.cache) {
    const staging = resolve(context.workingDirectory, workspacePath.trainCache(key));
    if (await context.cache.restore(staging, `trainyard-train-${key}`)) {
      const record = await restoreModelFromStore(await localStoreAt(staging), key, modelDir).catch(
        () => undefined,
      );
      if (record) return { runId: record.runId };
    }
  }
  const record = await restoreModelFromStore(await openStore(), key, modelDir);
  return record ? { runId: record.runId } : undefined;
}

async function localStoreAt(dir: string) {
  const { LocalStore } = await import("../../store/local-store.js");
  return new LocalStore(dir);
}

async function saveCached(
  context: Context,
  key: string,
  modelDir: string,
  runId: string,
  openStore: () => ReturnType<typeof openStepStore>,
): Promise<void> {
  await saveModelToStore(await openStore(), key, modelDir, runId);
  if (context.cache) {
    const staging = resolve(context.workingDirectory, workspacePath.trainCache(key));
    await saveModelToStore(await localStoreAt(staging), key, modelDir, runId);
    await context.cache.save(staging, `trainyard-train-${key}`);
  }
}

/**
 * `train`: runs the user's training command under the env-var contract, records everything that makes the
 * model reproducible (params, seed, code, data, environment) in the tracker, and reuses an earlier model
 * when none of those inputs changed.
 */
export async function trainStep(
  context: Context,
  inputs: Inputs<typeof TRAIN_INPUTS>,
  preloaded?: LoadedConfig,
): Promise<TrainOutputs> {
  const config = preloaded ?? (await loadStepConfig(context, inputs));
  // The command inherits these secrets and may print them: its log tail is masked before it is kept.
  registerKnownSecrets(context, config);
  const train = config?.config.train;
  const commandLine = inputs.command ?? train?.command;
  if (!commandLine)
    throw new UserError(
      `no training command: set train.command in trainyard.yml or ${inputLabel(inputs, "command")}`,
    );
  const argv = splitCommand(commandLine, "train command");
  const cwd = resolve(
    context.workingDirectory,
    inputs["working-directory"] ?? train?.working_directory ?? ".",
  );
  const seed = inputs.seed ?? train?.seed ?? 42;
  const timeoutMinutes = inputs["timeout-minutes"] ?? train?.timeout_minutes ?? 60;
  const useCache = inputs.cache ?? train?.cache ?? true;
  const reproduce = reproduceMode(inputs.reproduce, train?.reproduce);
  const params = await resolveParams({
    ...(train?.params ? { configParams: train.params } : {}),
    ...(train?.params_file ? { paramsFile: train.params_file } : {}),
    ...(inputs.params ? { input: inputs.params } : {}),
    cwd: context.workingDirectory,
  });
  checkParamNames(params);
  const data = await resolveTrainingData(context, inputs, config);
  if (!data.trainFile)
    context.log.warning(`the snapshot has no train file in ${data.dataDir}; TRAINYARD_TRAIN_FILE is not set`);

  const outputDirInput = inputs["output-dir"]
    ? resolve(context.workingDirectory, inputs["output-dir"])
    : undefined;
  const [git, environment] = await Promise.all([
    readGitState(cwd, { exclude: outputDirInput ? [outputDirInput] : [] }),
    collectEnvironment(cwd, context.env),
  ]);
  const code = codeRecord(git, context.env);
  const cacheInputs = {
    ...(data.snapshotId ? { snapshotId: data.snapshotId } : {}),
    params,
    seed,
    command: commandLine,
    ...(git.treeHash ? { codeHash: git.treeHash } : {}),
    lockfiles: environment.lockfiles,
  };
  const cacheKey = trainCacheKey(cacheInputs);
  context.log.debug(`cache key ${cacheKey} of ${JSON.stringify(cacheInputs)}`);

  const backend = await openTrainBackend(context, inputs, train, {
    cacheKey,
    store: () => openStepStore(context, inputs, config),
    useCache,
  });
  if (backend?.name === "sagemaker" && reproduce !== "false")
    throw new UserError(
      `reproduce (${inputLabel(inputs, "reproduce")} or train.reproduce) is not available with train.backend sagemaker: the second training would be a second paid job; check reproducibility on the runner`,
    );
  const { tracker } = await openStepTracking(context, inputs, config);
  const model = config?.config.model;
  const experimentName = inputs.experiment ?? config?.config.experiment ?? "trainyard";
  const experimentId = await tracker.ensureExperiment(experimentName);
  const runName =
    inputs["run-name"] ?? `${model ?? "train"}${code.commit ? `-${code.commit.slice(0, 7)}` : ""}`;
  const user = code.actor ?? safeUserName();
  await closeOrphanedRuns(context, tracker, experimentId, cacheKey, backend);
  const run = await tracker.createRun({
    experimentId,
    runName,
    tags: {
      "trainyard.host": hostname(),
      "trainyard.pid": String(process.pid),
      "mlflow.runName": runName,
      "mlflow.source.type": "JOB",
      "mlflow.source.name": code.repository ?? cwd,
      ...(code.commit ? { "mlflow.source.git.commit": code.commit } : {}),
      ...(user ? { "mlflow.user": user } : {}),
      "trainyard.cache.key": cacheKey,
    },
  });
  const runId = run.runId;
  context.log.info(`tracking run ${runId} in experiment "${experimentName}" (${tracker.uri})`);
  const runUrl = tracker.runUrl(run);
  if (runUrl) context.log.info(`run: ${runUrl}`);

  const runDir = resolve(context.workingDirectory, workspacePath.run(runId));
  const outputDir = resolve(context.workingDirectory, inputs["output-dir"] ?? join(runDir, "model"));
  if (!(await isEmptyDir(outputDir)))
    throw new UserError(
      `${inputLabel(inputs, "output-dir")} ${outputDir} is not empty; give a new or empty folder for the model`,
    );
  const startedAt = new Date();

  const finish = async (lineage: Lineage, extraTags: Record<string, string>, metrics: Metric[] = []) => {
    const lineagePath = join(runDir, "lineage.json");
    await mkdir(runDir, { recursive: true });
    await writeFile(lineagePath, serializeContract(lineage));
    await tracker.uploadArtifact(runId, lineagePath, "lineage.json");
    await tracker.logBatch(runId, { tags: { ...lineageTags(lineage), ...extraTags }, metrics });
    return lineagePath;
  };
  const baseLineage = (training: Lineage["training"]): Lineage => ({
    kind: LINEAGE_KIND,
    version: LINEAGE_VERSION,
    ...(model ? { model } : {}),
    runId,
    trackingUri: tracker.uri,
    code,
    data: { ...(data.snapshotId ? { snapshotId: data.snapshotId } : {}), dataDir: data.dataDir },
    ...(config ? { configHash: config.hash } : {}),
    params: flattenParams(params),
    seed,
    command: commandLine,
    workingDirectory: relative(context.workingDirectory, cwd) || ".",
    environment,
    training,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
  });

  const packaging = {
    config,
    inputs,
    modelDir: outputDir,
    cwd,
    data,
    lockfiles: Object.keys(environment.lockfiles),
    pythonVersion: environment.python,
  };
  try {
    const { params: trackedParams, oversized } = paramsForTracking(params, seed);
    await tracker.logBatch(runId, { params: trackedParams });
    for (const [artifactPath, text] of oversized) {
      const file = join(runDir, artifactPath);
      await mkdir(join(runDir, "params"), { recursive: true });
      await writeFile(file, text);
      await tracker.uploadArtifact(runId, file, artifactPath);
    }

    const openStore = () => openStepStore(context, inputs, config);
    const reused = useCache ? await restoreCached(context, cacheKey, outputDir, openStore) : undefined;
    if (reused) {
      context.log.notice(
        `cache hit: the snapshot, params, seed, command, code and lockfiles match run ${reused.runId}, so its model is reused without training`,
      );
      const servingTags = await packageTrainedModel(context, packaging);
      await context.group("Upload the reused model", () =>
        tracker.uploadArtifactDir(runId, outputDir, "model"),
      );
      const lineage = baseLineage({
        exitCode: 0,
        durationSeconds: 0,
        cacheKey,
        cacheHit: true,
        reusedRunId: reused.runId,
      });
      const lineagePath = await finish(lineage, {
        "trainyard.cache.reused_run_id": reused.runId,
        ...servingTags,
      });
      await tracker.updateRun(runId, { status: "FINISHED", endTime: Date.now() });
      return outputs(runId, outputDir, true, 0, lineagePath);
    }

    const invocation: TrainingInvocation = {
      argv,
      cwd,
      runDir,
      outputDir,
      runId,
      seed,
      params,
      dataDir: data.dataDir,
      ...(data.trainFile ? { trainFile: data.trainFile } : {}),
      ...(data.testFile ? { testFile: data.testFile } : {}),
      timeoutMs: timeoutMinutes * 60_000,
      label: "Train",
      checkpoints: backend?.ownCheckpoints
        ? undefined
        : await prepareCheckpoints(context, {
            store: await openStore(),
            key: cacheKey,
            runId,
            runDir,
            intervalSeconds: train?.checkpoint?.interval ?? 60,
            setTag: (name, value) => tracker.setTag(runId, name, value),
          }),
      ...(backend
        ? { execute: (options) => backend.execute(options, (tags) => tracker.logBatch(runId, { tags })) }
        : {}),
    };
    const first = await runTraining(context, invocation);
    const { result } = first;
    for (const problem of first.curveProblems) context.log.warning(`TRAINYARD_METRICS_FILE ${problem}`);
    const lineage = baseLineage({
      exitCode: result.exitCode,
      durationSeconds: result.durationSeconds,
      ...(result.peakMemoryBytes !== undefined ? { peakMemoryBytes: result.peakMemoryBytes } : {}),
      cacheKey,
      cacheHit: false,
    });
    const summaryMetrics = [
      { key: "training_duration_seconds", value: result.durationSeconds, step: 0, timestamp: Date.now() },
      ...(result.peakMemoryBytes !== undefined
        ? [
            {
              key: "training_peak_memory_bytes",
              value: result.peakMemoryBytes,
              step: 0,
              timestamp: Date.now(),
            },
          ]
        : []),
    ];
    if (first.curves.length > 0) await tracker.logBatch(runId, { metrics: first.curves });

    if (result.ending !== "exited" || result.exitCode !== 0) {
      // The command's own output may carry a secret; the log was masked line by line, the file and error are too.
      const tail = result.tail.map((line) => context.mask(line));
      const tailFile = join(runDir, "train-tail.log");
      await writeFile(tailFile, `${tail.join("\n")}\n`);
      await tracker.uploadArtifact(runId, tailFile, TAIL_ARTIFACT);
      const killed = result.ending !== "exited";
      await finish(
        lineage,
        { "trainyard.exit_code": String(result.exitCode ?? result.signal ?? "") },
        summaryMetrics,
      );
      await tracker.updateRun(runId, { status: killed ? "KILLED" : "FAILED", endTime: Date.now() });
      const why =
        result.ending === "timeout"
          ? `timed out after ${timeoutMinutes} minute(s) and was stopped with its whole process tree`
          : result.ending === "cancelled"
            ? "was cancelled (SIGTERM) and stopped with its whole process tree"
            : `exited with code ${result.exitCode ?? result.signal}`;
      throw new TrainingFailedError(
        `the training command ${why}; run ${runId} is marked ${killed ? "KILLED" : "FAILED"}. Its last ${tail.length} line(s):\n${tail.join("\n")}`,
        result.exitCode,
        tail,
      );
    }

    let reproductionTagsToLog: Record<string, string> = {};
    if (reproduce !== "false") {
      const againDir = join(runDir, "reproduce", "model");
      await rm(againDir, { recursive: true, force: true });
      const { checkpoints: _first, ...again } = invocation;
      const second = await runTraining(context, {
        ...again,
        outputDir: againDir,
        label: "Train again (reproduce)",
      });
      if (second.result.exitCode !== 0)
        throw new UserError(
          `the second training of reproduce: ${reproduce} exited with code ${second.result.exitCode}`,
        );
      const comparison = await compareReproduction(outputDir, againDir, first.curves, second.curves);
      reproductionTagsToLog = reproductionTags(comparison);
      const message = comparison.summary;
      if (comparison.reproducible) context.log.info(`reproduce: ${message}`);
      else if (reproduce === "error") {
        await finish(lineage, reproductionTagsToLog, summaryMetrics);
        await tracker.updateRun(runId, { status: "FAILED", endTime: Date.now() });
        throw new UserError(`reproduce: error — ${message}`);
      } else context.log.warning(`reproduce: ${message}`);
    }

    const servingTags = await packageTrainedModel(context, packaging);
    await context.group("Upload the model", () => tracker.uploadArtifactDir(runId, outputDir, "model"));
    await logTrainingDataset(context, { tracker, runId, inputs, config, snapshotId: data.snapshotId });
    const lineagePath = await finish(
      lineage,
      { "trainyard.exit_code": "0", ...reproductionTagsToLog, ...servingTags },
      summaryMetrics,
    );
    await tracker.updateRun(runId, { status: "FINISHED", endTime: Date.now() });
    await warnIfSlow(context, tracker, experimentId, runId, result.durationSeconds);
    if (useCache) {
      await saveCached(context, cacheKey, outputDir, runId, openStore).catch((error: Error) =>
        context.log.warning(`the model was trained but could not be cached: ${error.message}`),
      );
    }
    await context.appendSummary(
      `### trainyard train\n\nRun \`${runId}\` finished in ${result.durationSeconds.toFixed(1)} s` +
        `${result.peakMemoryBytes ? `, peak memory ${(result.peakMemoryBytes / 2 ** 20).toFixed(0)} MiB` : ""}` +
        `${runUrl ? ` — [open in MLflow](${runUrl})` : ""}.\n`,
    );
    return outputs(runId, outputDir, false, result.durationSeconds, lineagePath);
  } catch (error) {
    await markUnfinishedRun(tracker, runId, error);
    throw error;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A training killed with SIGKILL (or a crashed runner) cannot mark its run. Before training the same inputs
 * again, runs of this cache key still RUNNING whose process on this machine is gone are marked KILLED, so a
 * re-run after a kill leaves nothing RUNNING behind.
 */
async function closeOrphanedRuns(
  context: Context,
  tracker: Tracker,
  experimentId: string,
  cacheKey: string,
  backend?: TrainBackend,
) {
  const host = hostname();
  const stale = await tracker
    .searchRuns({
      experimentIds: [experimentId],
      filter: `tags.\`trainyard.cache.key\` = '${cacheKey}' AND attributes.status = 'RUNNING'`,
      maxResults: 100,
    })
    .catch(() => []);
  for (const run of stale) {
    const pid = Number(run.tags["trainyard.pid"]);
    if (run.tags["trainyard.host"] !== host || !Number.isInteger(pid) || processAlive(pid)) continue;
    const stopped = await stopOrphanedTraining(
      resolve(context.workingDirectory, workspacePath.run(run.info.runId)),
    );
    // A job on a cluster outlives trainyard too: stop it (Ray); a SageMaker job is followed instead.
    const job = run.tags["trainyard.ray.job_id"]
      ? await (backend?.stopOrphan
          ? backend
              .stopOrphan(run.tags)
              .catch((error: Error) => `its Ray job could not be stopped: ${error.message}`)
          : Promise.resolve(
              `its Ray job ${run.tags["trainyard.ray.job_id"]} (${run.tags["trainyard.ray.address"]}) may still run: stop it with ray job stop`,
            ))
      : undefined;
    await tracker.setTag(run.info.runId, "trainyard.error", "its process was killed before it could finish");
    await tracker.updateRun(run.info.runId, { status: "KILLED", endTime: Date.now() });
    context.log.warning(
      `run ${run.info.runId} of an earlier, killed training was still RUNNING: marked KILLED${stopped ? `; its training command (process group ${stopped}) was still running and has been stopped` : ""}${job ? `; ${job}` : ""}`,
    );
  }
}

/** A failure before or around the command (not found, upload error) must not leave the run RUNNING. */
async function markUnfinishedRun(tracker: Tracker, runId: string, error: unknown) {
  try {
    const current = await tracker.getRun(runId);
    if (current.info.status !== "RUNNING") return;
    if (error instanceof CommandNotFoundError)
      await tracker.setTag(runId, "trainyard.error", error.message.slice(0, 5000));
    await tracker.updateRun(runId, { status: "FAILED", endTime: Date.now() });
  } catch {
    // the tracker itself is failing; the original error is what the user needs
  }
}

function outputs(
  runId: string,
  modelDir: string,
  cacheHit: boolean,
  durationSeconds: number,
  lineagePath: string,
): TrainOutputs {
  return {
    "run-id": runId,
    "model-dir": modelDir,
    "model-uri": `runs:/${runId}/model`,
    "cache-hit": cacheHit,
    "duration-seconds": Math.round(durationSeconds * 1000) / 1000,
    "lineage-path": lineagePath,
  };
}

function safeUserName(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}
