import { COMPARE_INPUTS } from "../../steps/compare/compare-inputs.js";
import { stepCommand } from "../step-command.js";

export const compareCommand = stepCommand({
  name: "compare",
  summary: "Compare the challenger with the champion on the same rows and decide promote or reject",
  usage: "--evaluations <evaluation.json>... [--validation-report <file>] [--fail-on-reject] [--json]",
  description:
    "The champion's model is fetched from the registry and predicts the same test rows; every metric gets a\npaired bootstrap delta, the gate of trainyard.yml decides, and the report is printed (comparison.md).",
  inputs: COMPARE_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/compare/compare-step.js")).compareStep(context, inputs),
});
