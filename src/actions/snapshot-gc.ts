import { runStepAction } from "../context/run-step-action.js";
import { gcStep } from "../steps/retention/gc-step.js";
import { GC_INPUTS } from "../steps/retention/retention-inputs.js";

await runStepAction(GC_INPUTS, (context, inputs) => gcStep(context, inputs));
