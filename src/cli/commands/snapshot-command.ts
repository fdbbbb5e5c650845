import { PULL_INPUTS, SNAPSHOT_INPUTS } from "../../steps/snapshot/snapshot-inputs.js";
import { pullStep, snapshotStep } from "../../steps/snapshot/snapshot-step.js";
import { stepCommand } from "../step-command.js";

const pull = stepCommand({
  name: "pull",
  summary: "Materialise a stored snapshot locally, verifying every file's SHA-256",
  usage: "<snapshot-id> [--store ...] [--data-dir <dir>] [--json]",
  inputs: PULL_INPUTS,
  positional: { input: "snapshot", required: true },
  run: (context, inputs) => pullStep(context, inputs),
});

export const snapshotCommand = stepCommand({
  name: "snapshot",
  summary: "Take an immutable, content-addressed snapshot of the training data",
  usage:
    "--source <path|glob|s3://|https://> [--store <dir|s3://>] [--split random|group|time ...] [--as-of <time> --as-of-column <col>] [--json]",
  description:
    "Hashes each file once, stores only blobs the store lacks, profiles every column and writes the manifest last,\nso the same data gives the same id and an interrupted snapshot resumes on the next run.",
  inputs: SNAPSHOT_INPUTS,
  run: (context, inputs) => snapshotStep(context, inputs),
});
snapshotCommand.subcommands = [pull];
