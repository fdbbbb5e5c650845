import { writeFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Context } from "../../context/context.js";
import type { Metric } from "../../tracking/ports.js";
import { commandEnvironment } from "../command/command-environment.js";
import { type ProcessRecord, processRecord, stopRecordedGroup } from "../command/process-identity.js";
import { type CommandResult, type RunCommandOptions, runCommand } from "../command/run-command.js";
import type { TrainingCheckpoints } from "./checkpoints.js";
import { readCurves } from "./curves.js";
import type { Params } from "./params.js";

export interface TrainingInvocation {
  argv: string[];
  cwd: string;
  /** The run's scratch folder: params.json and the curves file go here. */
  runDir: string;
  outputDir: string;
  runId: string;
  seed: number;
  params: Params;
  dataDir: string;
  trainFile?: string;
  testFile?: string;
  timeoutMs: number;
  /** A label for the log group, e.g. "Train" or "Train again (reproduce)". */
  label: string;
  /** Durable checkpoints: TRAINYARD_CHECKPOINT_DIR, synced to the store while the command runs. */
  checkpoints?: TrainingCheckpoints;
  /** Runs the command elsewhere (train.backend, e.g. a Ray job) instead of as a child process. */
  execute?: (options: RunCommandOptions) => Promise<CommandResult>;
}

export interface TrainingOutcome {
  result: CommandResult;
  curves: Metric[];
  curveProblems: string[];
}

/**
 * The environment of the user's command: the parent environment (without trainyard's credentials) plus the
 * TRAINYARD_* contract of DESIGN.md. Inputs reach the command only this way, never through a command line.
 */
export function contractEnvironment(
  base: Readonly<Record<string, string | undefined>>,
  invocation: TrainingInvocation,
  files: { paramsFile: string; metricsFile: string },
): Record<string, string | undefined> {
  const seed = String(invocation.seed);
  return {
    ...commandEnvironment(base),
    TRAINYARD_DATA_DIR: invocation.dataDir,
    ...(invocation.trainFile ? { TRAINYARD_TRAIN_FILE: invocation.trainFile } : {}),
    ...(invocation.testFile ? { TRAINYARD_TEST_FILE: invocation.testFile } : {}),
    TRAINYARD_PARAMS_FILE: files.paramsFile,
    TRAINYARD_SEED: seed,
    PYTHONHASHSEED: seed,
    TRAINYARD_OUTPUT_DIR: invocation.outputDir,
    TRAINYARD_METRICS_FILE: files.metricsFile,
    TRAINYARD_RUN_ID: invocation.runId,
    ...(invocation.checkpoints ? { TRAINYARD_CHECKPOINT_DIR: invocation.checkpoints.dir } : {}),
  };
}

/** Runs the training command once under the contract and reads its curves. */
export async function runTraining(
  context: Context,
  invocation: TrainingInvocation,
): Promise<TrainingOutcome> {
  await mkdir(invocation.runDir, { recursive: true });
  await mkdir(invocation.outputDir, { recursive: true });
  const paramsFile = join(invocation.runDir, "params.json");
  const metricsFile = join(invocation.runDir, `curves-${invocation.label.replace(/\W+/g, "-")}.jsonl`);
  await writeFile(paramsFile, `${JSON.stringify(invocation.params, null, 2)}\n`);
  await writeFile(metricsFile, "");
  const started = Date.now();
  const processFile = join(invocation.runDir, PROCESS_FILE);
  invocation.checkpoints?.sync.start();
  const result = await context
    .group(`${invocation.label}: ${invocation.argv.join(" ")}`, () =>
      (invocation.execute ?? runCommand)({
        argv: invocation.argv,
        cwd: invocation.cwd,
        env: contractEnvironment(context.env, invocation, { paramsFile, metricsFile }),
        timeoutMs: invocation.timeoutMs,
        onLine: (line) => context.log.info(line),
        // If trainyard itself is killed (SIGKILL cannot be caught), the next run stops this process group.
        onSpawn: (pid) => writeFileSync(processFile, JSON.stringify(processRecord(pid))),
      }),
    )
    .finally(() => Promise.all([rm(processFile, { force: true }), invocation.checkpoints?.sync.stop()]));
  const { metrics, problems } = await readCurves(metricsFile, started);
  return { result, curves: metrics, curveProblems: problems };
}

const PROCESS_FILE = "training-process.json";

/**
 * Stops the training command of a run whose trainyard process was killed: its process group, detached so
 * that a timeout can stop the whole tree, outlives trainyard. Returns the pid it stopped, if any.
 */
export async function stopOrphanedTraining(runDir: string): Promise<number | undefined> {
  const file = join(runDir, PROCESS_FILE);
  let record: ProcessRecord;
  try {
    record = JSON.parse(await readFile(file, "utf8")) as ProcessRecord;
  } catch {
    return undefined;
  }
  const stopped = Number.isInteger(record.pid) && record.pid > 1 && stopRecordedGroup(record);
  await rm(file, { force: true });
  return stopped ? record.pid : undefined;
}
