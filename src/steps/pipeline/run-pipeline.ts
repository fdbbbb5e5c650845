import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { LoadedConfig } from "../../config/load-config.js";
import type { Context, OutputValue } from "../../context/context.js";
import { readGitState } from "../../lineage/git-state.js";
import { compareStep } from "../compare/compare-step.js";
import { evaluateStep } from "../evaluate/evaluate-step.js";
import { registerStep } from "../register/register-step.js";
import { snapshotStep } from "../snapshot/snapshot-step.js";
import { loadStepConfig } from "../step-config.js";
import { trainStep } from "../train/train-step.js";
import { validateStep } from "../validate/validate-step.js";

export const PIPELINE_STEPS = [
  "snapshot",
  "validate",
  "train",
  "evaluate",
  "compare",
  "register",
  "promote",
] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];

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

/** A context for one step: chained inputs over the caller's, and outputs kept by the pipeline instead of set. */
function stepContext(context: Context, inputs: Record<string, string | undefined>): Context {
  const derived = Object.create(context) as Context;
  Object.defineProperty(derived, "getInput", {
    value: (name: string) => (name in inputs ? inputs[name] : context.getInput(name)),
  });
  Object.defineProperty(derived, "setOutput", { value: () => {} });
  return derived;
}

const stateFile = (context: Context) =>
  resolve(context.workingDirectory, ".trainyard", "pipeline", "state.json");

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

async function fingerprintOf(context: Context, config: LoadedConfig, mode: string): Promise<string> {
  const code = await readGitState(context.workingDirectory);
  return createHash("sha256")
    .update(
      JSON.stringify({
        config: config.hash,
        code: code.treeHash,
        mode,
        inputs: ["params", "seed", "tracking-uri", "store", "approved-by"].map((name) =>
          context.getInput(name),
        ),
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
  options: { from?: PipelineStep; mode?: "preview" | "release" } = {},
): Promise<PipelineResult> {
  const config: LoadedConfig | undefined = await loadStepConfig(context);
  if (!config) throw new Error(`no trainyard.yml in ${context.workingDirectory} (pass --config <path>)`);
  const startAt = options.from ? PIPELINE_STEPS.indexOf(options.from) : 0;
  if (startAt < 0) throw new Error(`--from must be one of ${PIPELINE_STEPS.join(", ")}`);
  const saved = await loadState(context);
  const previous = startAt > 0 ? saved.steps : {};
  const fingerprint = await fingerprintOf(context, config, options.mode ?? "release");
  // A run with the same inputs that stopped half-way (an error, a kill) is continued: its finished steps are
  // reused once the snapshot shows the data is the same, so nothing is trained or registered twice.
  const interrupted =
    startAt === 0 && saved.fingerprint === fingerprint && saved.complete === false ? saved.steps : undefined;
  const state: PipelineState = {};
  for (const step of PIPELINE_STEPS.slice(0, startAt)) {
    const kept = previous[step];
    if (!kept && step !== "promote" && step !== "register")
      throw new Error(
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

  if (runs("snapshot")) await record("snapshot", () => snapshotStep(stepContext(context, {})));
  const snapshotId = text(state.snapshot?.["snapshot-id"]);
  if (interrupted && interrupted.snapshot?.["snapshot-id"] === snapshotId) reuse = interrupted;
  const dataDir = text(state.snapshot?.["data-dir"]);
  if (runs("validate") && config.config.validate)
    await record("validate", () => validateStep(stepContext(context, { snapshot: snapshotId })));
  const validationReport = text(state.validate?.["report-path"]);

  const dataInputs = { snapshot: snapshotId, "data-dir": dataDir };
  if (runs("train")) await record("train", () => trainStep(stepContext(context, dataInputs), config));
  const runId = text(state.train?.["run-id"]);
  const modelDir = text(state.train?.["model-dir"]);
  if (runs("evaluate"))
    await record("evaluate", () =>
      evaluateStep(stepContext(context, { ...dataInputs, "model-dir": modelDir, "run-id": runId }), config),
    );
  const evaluation = text(state.evaluate?.["report-path"]);
  if (runs("compare"))
    await record("compare", () =>
      compareStep(
        stepContext(context, {
          evaluations: evaluation,
          "validation-report": validationReport,
          "output-dir": join(".trainyard", "comparisons", runId ?? "latest"),
        }),
        config,
      ),
    );
  const decision = text(state.compare?.decision) as "promote" | "reject" | undefined;
  const comparison = text(state.compare?.["report-path"]);
  const reportMarkdown = text(state.compare?.["report-markdown"]);
  if (options.mode === "preview")
    return finished({
      state,
      ...(decision ? { decision } : {}),
      promoted: false,
      ...(reportMarkdown ? { reportMarkdown } : {}),
      stoppedBefore: { step: "register", why: "preview mode reports only" },
    });
  if (runs("register"))
    await record("register", () =>
      registerStep(stepContext(context, { mode: "register", "run-id": runId, comparison }), config),
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
  if (!context.getInput("approved-by") && context.env.GITHUB_ACTIONS !== "true")
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
      stepContext(context, {
        mode: "promote",
        comparison,
        version: text(state.register?.version),
      }),
      config,
    ),
  );
  return finished(result({ promoted: true }));
}
