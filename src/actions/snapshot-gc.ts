import { runStepAction } from "../context/run-step-action.js";
import { GC_INPUTS } from "../steps/gc/gc-inputs.js";
import { gcStep } from "../steps/gc/gc-step.js";

await runStepAction(GC_INPUTS, (context, inputs) => gcStep(context, inputs));
