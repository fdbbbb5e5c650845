import { runStepAction } from "../context/run-step-action.js";
import { MONITOR_INPUTS } from "../steps/monitor/monitor-inputs.js";
import { monitorStep } from "../steps/monitor/monitor-step.js";

await runStepAction(MONITOR_INPUTS, (context, inputs) => monitorStep(context, inputs));
