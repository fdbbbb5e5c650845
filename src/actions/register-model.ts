import { runStepAction } from "../context/run-step-action.js";
import { REGISTER_INPUTS } from "../steps/register/register-inputs.js";
import { registerStep } from "../steps/register/register-step.js";

await runStepAction(REGISTER_INPUTS, (context, inputs) => registerStep(context, inputs));
