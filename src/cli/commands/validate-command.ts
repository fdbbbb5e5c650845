import { validateStep } from "../../steps/validate/validate-step.js";
import { configOption, stepCommand } from "../step-command.js";

export const validateCommand = stepCommand({
  name: "validate",
  summary: "Check a snapshot against trainyard.yml's validate: rules (exit 1 on any error)",
  usage:
    "--snapshot <id> [--store ...] [--config trainyard.yml] [--reference <id|champion>] [--infer [--output <file>]] [--json]",
  description:
    "Every check runs in one streaming pass: types, ranges, nulls, allowed values, patterns, freshness,\nuniqueness, label balance, train/test leakage, and drift against a reference snapshot's profile.",
  options: {
    ...configOption,
    snapshot: {
      type: "string",
      placeholder: "id",
      description: "The snapshot id (snapshot-data's snapshot-id)",
    },
    store: { type: "string", placeholder: "dir|s3://bucket/prefix", description: "Where snapshots live" },
    "s3-endpoint": { type: "string", placeholder: "url", description: "An S3-compatible endpoint" },
    reference: {
      type: "string",
      placeholder: "id|champion",
      description: "Drift reference (default: validate.drift.reference)",
    },
    "report-path": { type: "string", placeholder: "file", description: "Where to write the JSON report" },
    infer: { type: "boolean", description: "Print a starting rule set inferred from the snapshot instead" },
    output: {
      type: "string",
      placeholder: "file",
      description: "With --infer: write the rules to this file",
    },
    "data-root": { type: "string", placeholder: "dir", description: "Where snapshots are materialised" },
  },
  async run(context, args, io) {
    await validateStep(context);
    if (args.values.infer && !args.values.output && !args.values.json)
      io.out(String(io.outputsOf(context).rules ?? ""));
  },
});
