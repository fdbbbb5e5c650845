import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { LoadedConfig } from "../../config/load-config.js";
import type { Context, OutputValue } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import {
  type InputSpecs,
  type Inputs,
  inputLabel,
  originOf,
  readInputs,
} from "../../inputs/declared-inputs.js";
import { readGitState } from "../../lineage/git-state.js";
import { COMPARE_INPUTS } from "../compare/compare-inputs.js";
import { compareStep } from "../compare/compare-step.js";
import { EVALUATE_INPUTS } from "../evaluate/evaluate-inputs.js";
import { evaluateStep } from "../evaluate/evaluate-step.js";
import { REGISTER_INPUTS } from "../register/register-inputs.js";
import { registerStep } from "../register/register-step.js";
import { SNAPSHOT_INPUTS } from "../snapshot/snapshot-inputs.js";
import { snapshotStep } from "../snapshot/snapshot-step.js";
import { loadStepConfig } from "../step-config.js";
import { TRAIN_INPUTS } from "../train/train-inputs.js";
import { trainStep } from "../train/train-step.js";
import { VALIDATE_INPUTS } from "../validate/validate-inputs.js";
import { validateStep } from "../validate/validate-step.js";
import { workspacePath } from "../workspace-paths.js";
import type { PIPELINE_INPUTS } from "./pipeline-inputs.js";
import { PIPELINE_STEPS, type PipelineStep } from "./pipeline-steps.js";

export { PIPELINE_STEPS, type PipelineStep };

type StepOutputs = Record<string, OutputValue>;
type PipelineState = Partial<Record<PipelineStep, StepOutputs>>;

/** .trainyard/pipeline/state.json: the outputs of each finished step of the last pipeline run. */
interface StateFile {
  /** The run's inputs: config, params, seed, mode and the working directory's code. */
  fingerprint?: string;
  /** False while a run is under way or after it stopped on an error or a kill. */
  complete?: boolean;
  steps: PipelineState;
}

export interface PipelineResult {
  state: PipelineState;
  decision?: "promote" | "reject";
  promoted: boolean;
  /** Why the chain stopped before promote, when it did. */
  stoppedBefore?: { step: PipelineStep; why: string };
  reportMarkdown?: string;
}

/** What the terminal adds to the action's inputs: how far to go back, and who approves. */
export interface PipelineOptions {
  from?: PipelineStep;
  approvedBy?: string;
  reason?: string;
  bootstrap?: number;
}

type PipelineInputs = Inputs<typeof PIPELINE_INPUTS>;

/**
 * One step's inputs: those the pipeline shares with it by name, then what the earlier steps produced. The
 * pipeline's own values are already parsed, so they pass as text and each step parses them again.
 */
function stepInputs<S extends InputSpecs>(
  specs: S,
  pipeline: PipelineInputs,
  chained: Record<string, string | number | boolean | undefined>,
): Inputs<S> {
  const shared: Record<string, unknown> = { ...pipeline };
  return readInputs(
    specs,
    (name) => {
      const value = name in chained ? chained[name] : shared[name];
      return value === undefined ? undefined : String(value);
    },
    originOf(pipeline),
  );
}

const stateFile = (context: Context) => resolve(context.workingDirectory, workspacePath.pipelineState);

async function loadState(context: Context): Promise<StateFile> {
  try {
    const parsed = JSON.parse(await readFile(stateFile(context), "utf8")) as StateFile;
    return parsed && typeof parsed.steps === "object" ? parsed : { steps: {} };
  } catch {
    return { steps: {} };
  }
}

async function saveState(context: Context, state: StateFile) {
  const file = stateFile(context);
  await mkdir(resolve(file, ".."), { recursive: true });
  await writeFile(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}

async function fingerprintOf(
  context: Context,
  config: LoadedConfig,
  inputs: PipelineInputs,
  options: PipelineOptions,
): Promise<string> {
  const code = await readGitState(context.workingDirectory);
  return createHash("sha256")
    .update(
      JSON.stringify({
        config: config.hash,
        code: code.treeHash,
        mode: inputs.mode,
        inputs: [inputs.params, inputs.seed, inputs["tracking-uri"], inputs.store, options.approvedBy],
      }),
    )
    .digest("hex");
}

const text = (value: OutputValue | undefined) => (value === undefined ? undefined : String(value));

/**
 * The whole chain in one process, the way `trainyard run` and the all-in-one action run it: snapshot,
 * validate, train, evaluate, compare, register, and promote when the gate says so and an approval is at
 * hand. Each step's outputs are kept in .trainyard/pipeline/state.json, so `from` resumes after a fix
 * and reuses what the earlier steps produced.
 */
export async function runPipeline(
  context: Context,
  inputs: PipelineInputs,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  const config: LoadedConfig | undefined = await loadStepConfig(context, inputs);
  if (!config)
    throw new UserError(
      `no trainyard.yml in ${context.workingDirectory} (set ${inputLabel(inputs, "config")} to its path)`,
    );
  const startAt = options.from ? PIPELINE_STEPS.indexOf(options.from) : 0;
  if (startAt < 0) throw new UserError(`--from must be one of ${PIPELINE_STEPS.join(", ")}`);
  const saved = await loadState(context);
  const previous = startAt > 0 ? saved.steps : {};
  const fingerprint = await fingerprintOf(context, config, inputs, options);
  // A run with the same inputs that stopped half-way (an error, a kill) is continued: its finished steps are
  // reused once the snapshot shows the data is the same, so nothing is trained or registered twice.
  const interrupted =
    startAt === 0 && saved.fingerprint === fingerprint && saved.complete === false ? saved.steps : undefined;
  const state: PipelineState = {};
  for (const step of PIPELINE_STEPS.slice(0, startAt)) {
    const kept = previous[step];
    if (!kept && step !== "promote" && step !== "register")
      throw new UserError(
        `cannot resume from ${options.from}: no earlier ${step} result in ${stateFile(context)}`,
      );
    if (kept) state[step] = kept;
  }
  const runs = (step: PipelineStep) => PIPELINE_STEPS.indexOf(step) >= startAt;
  let reuse: PipelineState | undefined;
  const record = async (step: PipelineStep, work: () => Promise<object>): Promise<void> => {
    const earlier = reuse?.[step];
    if (earlier) {
      context.log.info(`${step}: reusing the result of the interrupted run with the same inputs`);
      state[step] = earlier;
      return;
    }
    const outputs = await context.group(`trainyard ${step}`, work).catch((error: unknown) => {
      const kept = PIPELINE_STEPS.filter((earlier) => state[earlier] !== undefined);
      if (kept.length > 0)
        context.log.info(
          `${step} failed; the results of ${kept.join(", ")} are kept in ${stateFile(context)}: after a fix, \`trainyard run --from ${step}\` reuses them`,
        );
      throw error;
    });
    state[step] = outputs as StepOutputs;
    await saveState(context, { fingerprint, complete: false, steps: { ...previous, ...state } });
  };
  const finished = async (result: PipelineResult): Promise<PipelineResult> => {
    await saveState(context, { fingerprint, complete: true, steps: { ...previous, ...state } });
    return result;
  };

  // The pipeline's seed is the training seed; the split keeps data.split.seed.
  if (runs("snapshot"))
    await record("snapshot", () =>
      snapshotStep(context, stepInputs(SNAPSHOT_INPUTS, inputs, { seed: undefined })),
    );
  const snapshotId = text(state.snapshot?.["snapshot-id"]);
  if (interrupted && interrupted.snapshot?.["snapshot-id"] === snapshotId) reuse = interrupted;
  const dataDir = text(state.snapshot?.["data-dir"]);
  if (runs("validate") && config.config.validate)
    await record("validate", () =>
      validateStep(context, stepInputs(VALIDATE_INPUTS, inputs, { snapshot: snapshotId })),
    );
  const validationReport = text(state.validate?.["report-path"]);

  const dataInputs = { snapshot: snapshotId, "data-dir": dataDir };
  if (runs("train"))
    await record("train", () => trainStep(context, stepInputs(TRAIN_INPUTS, inputs, dataInputs), config));
  const runId = text(state.train?.["run-id"]);
  const modelDir = text(state.train?.["model-dir"]);
  if (runs("evaluate"))
    await record("evaluate", () =>
      evaluateStep(
        context,
        stepInputs(EVALUATE_INPUTS, inputs, {
          ...dataInputs,
          "model-dir": modelDir,
          "run-id": runId,
          seed: undefined,
          bootstrap: options.bootstrap,
        }),
        config,
      ),
    );
  const evaluation = text(state.evaluate?.["report-path"]);
  if (runs("compare"))
    await record("compare", () =>
      compareStep(
        context,
        stepInputs(COMPARE_INPUTS, inputs, {
          evaluations: evaluation,
          "validation-report": validationReport,
          "output-dir": workspacePath.comparisons(runId ?? "latest"),
          seed: undefined,
          bootstrap: options.bootstrap,
        }),
        config,
      ),
    );
  const decision = text(state.compare?.decision) as "promote" | "reject" | undefined;
  const comparison = text(state.compare?.["report-path"]);
  const reportMarkdown = text(state.compare?.["report-markdown"]);
  const approval = { "approved-by": options.approvedBy, reason: options.reason };
  if (inputs.mode === "preview")
    return finished({
      state,
      ...(decision ? { decision } : {}),
      promoted: false,
      ...(reportMarkdown ? { reportMarkdown } : {}),
      stoppedBefore: { step: "register", why: "preview mode reports only" },
    });
  if (runs("register"))
    await record("register", () =>
      registerStep(
        context,
        stepInputs(REGISTER_INPUTS, inputs, { ...approval, mode: "register", "run-id": runId, comparison }),
        config,
      ),
    );
  const result = (extra: Partial<PipelineResult>): PipelineResult => ({
    state,
    ...(decision ? { decision } : {}),
    promoted: false,
    ...(reportMarkdown ? { reportMarkdown } : {}),
    ...extra,
  });
  if (decision !== "promote")
    return finished(result({ stoppedBefore: { step: "promote", why: "the gate rejected the challenger" } }));
  if (!options.approvedBy && context.env.GITHUB_ACTIONS !== "true")
    return finished(
      result({
        stoppedBefore: {
          step: "promote",
          why: "promotion needs an approval: run `trainyard register promote --approved-by <name>` (or pass --approved-by)",
        },
      }),
    );
  await record("promote", () =>
    registerStep(
      context,
      stepInputs(REGISTER_INPUTS, inputs, {
        ...approval,
        mode: "promote",
        comparison,
        version: text(state.register?.version),
      }),
      config,
    ),
  );
  return finished(result({ promoted: true }));
}

/** The all-in-one action's outputs (and `trainyard run --json`'s). */
export function pipelineOutputs(result: PipelineResult) {
  return {
    decision: result.decision ?? "",
    promoted: result.promoted,
    "snapshot-id": result.state.snapshot?.["snapshot-id"] ?? "",
    "run-id": result.state.train?.["run-id"] ?? "",
    version: result.state.register?.version ?? "",
    "report-path": result.state.compare?.["report-path"] ?? "",
  };
}
