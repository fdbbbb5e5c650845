import { runStepAction } from "../context/run-step-action.js";
import { VALIDATE_INPUTS } from "../steps/validate/validate-inputs.js";
import { validateStep } from "../steps/validate/validate-step.js";

await runStepAction(VALIDATE_INPUTS, (context, inputs) => validateStep(context, inputs));
