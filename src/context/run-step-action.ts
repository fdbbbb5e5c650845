import * as core from "@actions/core";
import { type InputSpecs, type Inputs, readInputs } from "../inputs/declared-inputs.js";
import { type OutputsOf, outputsOf, type StepOutputs } from "../inputs/step-outputs.js";
import type { Context } from "./context.js";
import { runAction } from "./run-action.js";

/**
 * The body of every `src/actions/*.ts`: reads the step's declared inputs from the runner, runs the step, and
 * sets each output from the result it returns (an undefined output is left unset).
 */
export async function runStepAction<S extends InputSpecs, O extends OutputsOf<O>>(
  specs: S,
  step: (context: Context, inputs: Inputs<S>) => Promise<O>,
): Promise<void> {
  await runAction(async (context) => {
    const inputs = readInputs(
      specs,
      (name) => core.getInput(name),
      "action",
      (secret) => context.setSecret(secret),
    );
    let outputs: O;
    try {
      outputs = await step(context, inputs);
    } catch (error) {
      setOutputs(context, outputsOf(error));
      throw error;
    }
    setOutputs(context, outputs as StepOutputs);
  });
}

/** Sets each output; a known secret in a value is replaced by `***` (the runner would drop the output). */
function setOutputs(context: Context, outputs: StepOutputs | undefined): void {
  for (const [name, value] of Object.entries(outputs ?? {}))
    if (value !== undefined) core.setOutput(name, typeof value === "string" ? context.mask(value) : value);
}
