import { STATUS_INPUTS } from "../../steps/status/status-inputs.js";
import { stepCommand } from "../step-command.js";

export const statusCommand = stepCommand({
  name: "status",
  summary: "Show a model's champion, challenger and latest versions with their lineage",
  usage: "[<model>] [--limit N] [--tracking-uri <url>] [--json]",
  description:
    "For each version: the commit, the data snapshot, the primary metric, the gate's decision and who approved it.",
  positional: { input: "model", required: false },
  inputs: STATUS_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/status/model-status.js")).statusStep(context, inputs),
});
