import { runStepAction } from "../context/run-step-action.js";
import { eraseStep } from "../steps/retention/erase-step.js";
import { ERASE_INPUTS } from "../steps/retention/retention-inputs.js";

await runStepAction(ERASE_INPUTS, (context, inputs) => eraseStep(context, inputs));
