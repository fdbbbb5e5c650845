import { runStepAction } from "../context/run-step-action.js";
import { ERASE_INPUTS } from "../steps/erase/erase-inputs.js";
import { eraseStep } from "../steps/erase/erase-step.js";

await runStepAction(ERASE_INPUTS, (context, inputs) => eraseStep(context, inputs));
