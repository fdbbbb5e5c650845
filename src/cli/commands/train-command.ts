import { trainAction } from "../../steps/train/train-step.js";
import { configOption, stepCommand } from "../step-command.js";

export const trainCommand = stepCommand({
  name: "train",
  summary: "Run your training command under trainyard's contract and record the run",
  usage:
    "--snapshot <id> | --data-dir <dir> [--command '<cmd>'] [--params <yaml|file>] [--seed N] [--tracking-uri <url>] [--json]",
  description:
    "The command sees its inputs only as TRAINYARD_* environment variables (data files, params, seed,\noutput folder, curves file, run id) and runs without a shell. Params, seed, code, data and environment\nare recorded in the tracker with a lineage.json artifact; an unchanged training is reused from the cache.",
  options: {
    ...configOption,
    command: {
      type: "string",
      placeholder: "cmd",
      description: "The training command (default train.command)",
    },
    "working-directory": { type: "string", placeholder: "dir", description: "Where the command runs" },
    params: {
      type: "string",
      placeholder: "yaml|file",
      description: "Params as inline YAML/JSON or a file, over train.params",
    },
    seed: { type: "string", placeholder: "n", description: "The seed (default train.seed, 42)" },
    snapshot: { type: "string", placeholder: "id", description: "The snapshot to train on" },
    "data-dir": { type: "string", placeholder: "dir", description: "A folder holding the snapshot's files" },
    store: { type: "string", placeholder: "dir|s3://bucket/prefix", description: "Where snapshots live" },
    "s3-endpoint": { type: "string", placeholder: "url", description: "An S3-compatible endpoint" },
    "output-dir": { type: "string", placeholder: "dir", description: "Where the model is written" },
    experiment: { type: "string", placeholder: "name", description: "The tracking experiment" },
    "tracking-uri": { type: "string", placeholder: "url", description: "MLflow URL (empty: local tracker)" },
    cache: {
      type: "string",
      placeholder: "true|false",
      description: "Reuse an unchanged training (default true)",
    },
    "timeout-minutes": { type: "string", placeholder: "n", description: "Stop the command after this long" },
    reproduce: { type: "string", placeholder: "false|warn|error", description: "Train twice and compare" },
    "run-name": { type: "string", placeholder: "name", description: "The run's name" },
    "data-root": { type: "string", placeholder: "dir", description: "Where snapshots are materialised" },
  },
  async run(context) {
    await trainAction(context);
  },
});
