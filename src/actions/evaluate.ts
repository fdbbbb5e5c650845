import { runStepAction } from "../context/run-step-action.js";
import { EVALUATE_INPUTS } from "../steps/evaluate/evaluate-inputs.js";
import { evaluateStep } from "../steps/evaluate/evaluate-step.js";

await runStepAction(EVALUATE_INPUTS, (context, inputs) => evaluateStep(context, inputs));
