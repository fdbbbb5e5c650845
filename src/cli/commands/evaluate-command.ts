import { evaluateAction } from "../../steps/evaluate/evaluate-step.js";
import { configOption, stepCommand } from "../step-command.js";

export const evaluateCommand = stepCommand({
  name: "evaluate",
  summary: "Run your prediction command on the test rows and measure the model",
  usage:
    "--model-dir <dir> (--snapshot <id> | --data-dir <dir> | --test-file <file>) [--predict-command '<cmd>'] [--run-id <id>] [--json]",
  description:
    "trainyard computes every metric itself from the predictions (binary, multiclass or regression), each\nwith a bootstrap interval, overall and per slice, and writes evaluation.json.",
  options: {
    ...configOption,
    "model-dir": { type: "string", placeholder: "dir", description: "The model folder (train's model-dir)" },
    "predict-command": {
      type: "string",
      placeholder: "cmd",
      description: "Default evaluate.predict_command",
    },
    "working-directory": { type: "string", placeholder: "dir", description: "Where the command runs" },
    snapshot: { type: "string", placeholder: "id", description: "The snapshot whose test file is evaluated" },
    "data-dir": { type: "string", placeholder: "dir", description: "A folder holding the snapshot's files" },
    "test-file": {
      type: "string",
      placeholder: "file",
      description: "A test file instead of the snapshot's",
    },
    store: { type: "string", placeholder: "dir|s3://bucket/prefix", description: "Where snapshots live" },
    "s3-endpoint": { type: "string", placeholder: "url", description: "An S3-compatible endpoint" },
    task: { type: "string", placeholder: "binary|multiclass|regression", description: "Default: inferred" },
    "label-column": { type: "string", placeholder: "name", description: "The label column" },
    "positive-class": { type: "string", placeholder: "value", description: "The positive class (binary)" },
    slices: { type: "string", placeholder: "a,b", description: "Columns to report metrics per value" },
    metrics: {
      type: "string",
      placeholder: "a,b",
      description: "Metrics to report (default: all of the task)",
    },
    "primary-metric": { type: "string", placeholder: "name", description: "The metric that ranks models" },
    bootstrap: { type: "string", placeholder: "n", description: "Bootstrap resamples (default 1000)" },
    confidence: { type: "string", placeholder: "p", description: "Interval confidence (default 0.95)" },
    seed: { type: "string", placeholder: "n", description: "Bootstrap seed" },
    "run-id": { type: "string", placeholder: "id", description: "The run to log the evaluation to" },
    "tracking-uri": { type: "string", placeholder: "url", description: "MLflow URL (empty: local tracker)" },
    "output-dir": { type: "string", placeholder: "dir", description: "Where evaluation.json is written" },
    "timeout-minutes": { type: "string", placeholder: "n", description: "Stop the command after this long" },
    "data-root": { type: "string", placeholder: "dir", description: "Where snapshots are materialised" },
  },
  async run(context) {
    await evaluateAction(context);
  },
});
