import { compareAction } from "../../steps/compare/compare-step.js";
import { configOption, stepCommand } from "../step-command.js";

export const compareCommand = stepCommand({
  name: "compare",
  summary: "Compare the challenger with the champion on the same rows and decide promote or reject",
  usage: "--evaluations <evaluation.json>... [--validation-report <file>] [--fail-on-reject] [--json]",
  description:
    "The champion's model is fetched from the registry and predicts the same test rows; every metric gets a\npaired bootstrap delta, the gate of trainyard.yml decides, and the report is printed (comparison.md).",
  options: {
    ...configOption,
    evaluations: {
      type: "string",
      multiple: true,
      placeholder: "file|glob",
      description: "The candidates' evaluation.json (repeatable); the best is the challenger",
    },
    "predict-command": {
      type: "string",
      placeholder: "cmd",
      description: "Default evaluate.predict_command",
    },
    "working-directory": { type: "string", placeholder: "dir", description: "Where the command runs" },
    model: { type: "string", placeholder: "name", description: "The registered model (default: model)" },
    "tracking-uri": { type: "string", placeholder: "url", description: "MLflow URL (empty: local registry)" },
    "validation-report": { type: "string", placeholder: "file", description: "validate-data's report" },
    "output-dir": { type: "string", placeholder: "dir", description: "Where comparison.json/.md go" },
    "fail-on-reject": { type: "boolean", description: "Exit 1 when the decision is reject" },
    comment: { type: "string", placeholder: "true|false", description: "Post the pull-request comment" },
    bootstrap: { type: "string", placeholder: "n", description: "Paired bootstrap resamples" },
    seed: { type: "string", placeholder: "n", description: "Bootstrap seed" },
    store: { type: "string", placeholder: "dir|s3://bucket/prefix", description: "Where snapshots live" },
    "s3-endpoint": { type: "string", placeholder: "url", description: "An S3-compatible endpoint" },
  },
  async run(context) {
    await compareAction(context);
  },
});
