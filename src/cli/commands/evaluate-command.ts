import { EVALUATE_INPUTS } from "../../steps/evaluate/evaluate-inputs.js";
import { stepCommand } from "../step-command.js";

export const evaluateCommand = stepCommand({
  name: "evaluate",
  summary: "Run your prediction command on the test rows and measure the model",
  usage:
    "--model-dir <dir> (--snapshot <id> | --data-dir <dir> | --test-file <file>) [--predict-command '<cmd>'] [--run-id <id>] [--json]",
  description:
    "trainyard computes every metric itself from the predictions (binary, multiclass or regression), each\nwith a bootstrap interval, overall and per slice, and writes evaluation.json.",
  inputs: EVALUATE_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/evaluate/evaluate-step.js")).evaluateStep(context, inputs),
});
