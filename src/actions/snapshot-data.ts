import { runStepAction } from "../context/run-step-action.js";
import { SNAPSHOT_INPUTS } from "../steps/snapshot/snapshot-inputs.js";
import { snapshotStep } from "../steps/snapshot/snapshot-step.js";

await runStepAction(SNAPSHOT_INPUTS, snapshotStep);
