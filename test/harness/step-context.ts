import type { LoadedConfig } from "../../src/config/load-config.js";
import { TerminalContext, type TerminalContextOptions } from "../../src/context/terminal-context.js";
import { inputsOf } from "../../src/inputs/declared-inputs.js";
import { COMPARE_INPUTS } from "../../src/steps/compare/compare-inputs.js";
import { compareStep as compare } from "../../src/steps/compare/compare-step.js";
import { EVALUATE_INPUTS } from "../../src/steps/evaluate/evaluate-inputs.js";
import { evaluateStep as evaluate } from "../../src/steps/evaluate/evaluate-step.js";
import { REGISTER_INPUTS } from "../../src/steps/register/register-inputs.js";
import { registerStep as register } from "../../src/steps/register/register-step.js";
import { SNAPSHOT_INPUTS } from "../../src/steps/snapshot/snapshot-inputs.js";
import { snapshotStep as snapshot } from "../../src/steps/snapshot/snapshot-step.js";
import { TRAIN_INPUTS } from "../../src/steps/train/train-inputs.js";
import { trainStep as train } from "../../src/steps/train/train-step.js";
import { VALIDATE_INPUTS } from "../../src/steps/validate/validate-inputs.js";
import { validateStep as validate } from "../../src/steps/validate/validate-step.js";

/** A terminal context that carries the raw inputs a test gives a step, the way a workflow's `with:` does. */
export class StepContext extends TerminalContext {
  readonly inputs: Record<string, string | undefined>;
  constructor(options: TerminalContextOptions & { inputs?: Record<string, string | undefined> }) {
    super(options);
    this.inputs = options.inputs ?? {};
  }
}

type Rest<F> = F extends (context: never, inputs: never, ...rest: infer R) => unknown ? R : never;

/** The steps, called with a StepContext whose inputs are read through each step's declared list. */
export const trainStep = (context: StepContext, ...rest: Rest<typeof train>) =>
  train(context, inputsOf(TRAIN_INPUTS, context.inputs), ...rest);
export const evaluateStep = (context: StepContext, ...rest: Rest<typeof evaluate>) =>
  evaluate(context, inputsOf(EVALUATE_INPUTS, context.inputs), ...rest);
export const compareStep = (context: StepContext, ...rest: Rest<typeof compare>) =>
  compare(context, inputsOf(COMPARE_INPUTS, context.inputs), ...rest);
export const registerStep = (context: StepContext, ...rest: Rest<typeof register>) =>
  register(context, inputsOf(REGISTER_INPUTS, context.inputs), ...rest);
export const snapshotStep = (context: StepContext) =>
  snapshot(context, inputsOf(SNAPSHOT_INPUTS, context.inputs));
export const validateStep = (context: StepContext, ...rest: Rest<typeof validate>) =>
  validate(context, inputsOf(VALIDATE_INPUTS, context.inputs), ...rest);

export type { LoadedConfig };
