import { pullStep, snapshotStep } from "../../steps/snapshot/snapshot-step.js";
import type { OptionSpec } from "../command.js";
import { configOption, stepCommand } from "../step-command.js";

const storeOptions: Record<string, OptionSpec> = {
  store: {
    type: "string",
    placeholder: "dir|s3://bucket/prefix",
    description: "Where snapshots live (default: trainyard.yml's store, else .trainyard/store)",
  },
  "s3-endpoint": {
    type: "string",
    placeholder: "url",
    description: "An S3-compatible endpoint (default: AWS_ENDPOINT_URL_S3)",
  },
};

const pull = stepCommand({
  name: "pull",
  summary: "Materialise a stored snapshot locally, verifying every file's SHA-256",
  usage: "<snapshot-id> [--store ...] [--data-dir <dir>] [--json]",
  options: {
    ...configOption,
    ...storeOptions,
    "data-dir": {
      type: "string",
      placeholder: "dir",
      description: "Destination (default: .trainyard/data/<id>)",
    },
  },
  positional: { input: "snapshot", required: true },
  run: (context) => pullStep(context, context.getInput("snapshot") as string),
});

export const snapshotCommand = stepCommand({
  name: "snapshot",
  summary: "Take an immutable, content-addressed snapshot of the training data",
  usage:
    "--source <path|glob|s3://|https://> [--store <dir|s3://>] [--split random|group|time ...] [--as-of <time> --as-of-column <col>] [--json]",
  description:
    "Hashes each file once, stores only blobs the store lacks, profiles every column and writes the manifest last,\nso the same data gives the same id and an interrupted snapshot resumes on the next run.",
  options: {
    ...configOption,
    source: {
      type: "string",
      placeholder: "path|glob|s3://|https://",
      description: "The data (default: trainyard.yml's data.source)",
    },
    format: {
      type: "string",
      placeholder: "csv|parquet|jsonl",
      description: "The files' format (default: by extension)",
    },
    ...storeOptions,
    split: {
      type: "string",
      placeholder: "random|group|time",
      description: "Split into train and test files",
    },
    "test-fraction": {
      type: "string",
      placeholder: "0.2",
      description: "Fraction of rows (random) or groups (group) in test",
    },
    seed: { type: "string", placeholder: "42", description: "Seed of the split's hash" },
    "split-key": { type: "string", placeholder: "column", description: "group split: the entity column" },
    "time-column": { type: "string", placeholder: "column", description: "time split: the time column" },
    cutoff: {
      type: "string",
      placeholder: "time",
      description: "time split: rows before it train, the rest test",
    },
    "as-of": {
      type: "string",
      placeholder: "time",
      description: "Drop rows newer than this time (point in time)",
    },
    "as-of-column": { type: "string", placeholder: "column", description: "The time column --as-of reads" },
    "data-root": {
      type: "string",
      placeholder: "dir",
      description: "Where snapshots are materialised (default: .trainyard/data)",
    },
  },
  run: (context) => snapshotStep(context),
});
snapshotCommand.subcommands = [pull];
