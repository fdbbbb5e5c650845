import { runStepAction } from "../context/run-step-action.js";
import { SLO_INPUTS } from "../steps/slo/slo-inputs.js";
import { sloStep } from "../steps/slo/slo-step.js";

await runStepAction(SLO_INPUTS, (context, inputs) => sloStep(context, inputs));
