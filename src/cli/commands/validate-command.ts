import { VALIDATE_INPUTS } from "../../steps/validate/validate-inputs.js";
import { stepCommand } from "../step-command.js";

export const validateCommand = stepCommand({
  name: "validate",
  summary: "Check a snapshot against trainyard.yml's validate: rules (exit 1 on any error)",
  usage:
    "--snapshot <id> [--store ...] [--config trainyard.yml] [--reference <id|champion>] [--infer [--output <file>]] [--json]",
  description:
    "Every check runs in one streaming pass: types, ranges, nulls, allowed values, patterns, freshness,\nuniqueness, label balance, train/test leakage, and drift against a reference snapshot's profile.",
  inputs: VALIDATE_INPUTS,
  options: {
    infer: { type: "boolean", description: "Print a starting rule set inferred from the snapshot instead" },
    output: {
      type: "string",
      placeholder: "file",
      description: "With --infer: write the rules to this file",
    },
  },
  async run(context, inputs, args, io) {
    const { inferRulesStep, validateStep } = await import("../../steps/validate/validate-step.js");
    if (!args.values.infer) return validateStep(context, inputs);
    const output = args.values.output as string | undefined;
    const inferred = await inferRulesStep(context, inputs, output);
    if (!output && !args.values.json) io.out(inferred.rules);
    return inferred;
  },
});
