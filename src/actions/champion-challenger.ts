import { runStepAction } from "../context/run-step-action.js";
import { COMPARE_INPUTS } from "../steps/compare/compare-inputs.js";
import { compareStep } from "../steps/compare/compare-step.js";

await runStepAction(COMPARE_INPUTS, (context, inputs) => compareStep(context, inputs));
