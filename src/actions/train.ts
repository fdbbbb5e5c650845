import { runStepAction } from "../context/run-step-action.js";
import { TRAIN_INPUTS } from "../steps/train/train-inputs.js";
import { trainStep } from "../steps/train/train-step.js";

await runStepAction(TRAIN_INPUTS, (context, inputs) => trainStep(context, inputs));
