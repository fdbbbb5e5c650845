import { GC_INPUTS } from "../../steps/gc/gc-inputs.js";
import { PULL_INPUTS, SNAPSHOT_INPUTS } from "../../steps/snapshot/snapshot-inputs.js";
import { stepCommand } from "../step-command.js";

const pull = stepCommand({
  name: "pull",
  summary: "Materialise a stored snapshot locally, verifying every file's SHA-256",
  usage: "<snapshot-id> [--store ...] [--data-dir <dir>] [--json]",
  inputs: PULL_INPUTS,
  positional: { input: "snapshot", required: true },
  run: async (context, inputs) =>
    (await import("../../steps/snapshot/snapshot-step.js")).pullStep(context, inputs),
});

export const snapshotCommand = stepCommand({
  name: "snapshot",
  summary: "Take an immutable, content-addressed snapshot of the training data",
  usage:
    "--source <path|glob|s3://|https://> [--store <dir|s3://>] [--split random|group|time ...] [--as-of <time> --as-of-column <col>] [--json]",
  description:
    "Hashes each file once, stores only blobs the store lacks, profiles every column and writes the manifest last,\nso the same data gives the same id and an interrupted snapshot resumes on the next run.",
  inputs: SNAPSHOT_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/snapshot/snapshot-step.js")).snapshotStep(context, inputs),
});
const gc = stepCommand({
  name: "gc",
  summary: "Remove snapshots and blobs that no model version, champion history or recent run needs",
  usage: "[--older-than 90d] [--keep <n>] [--grace 1h] [--model <name>] [--dry-run false] [--json]",
  description:
    "Mark and sweep. Kept: the snapshot of every registered version of the model (so the champion, the\n" +
    "challenger and the champion's rollback target), of every run started within --older-than, the newest\n" +
    "--keep, and any younger than --older-than. Then the blobs no remaining manifest or training-cache record\n" +
    "refers to go, except those written within --grace of the scan (a snapshot may be under way).\n" +
    "A dry run by default: it lists what would go and the bytes freed; --dry-run false deletes.",
  inputs: GC_INPUTS,
  run: async (context, inputs) => (await import("../../steps/gc/gc-step.js")).gcStep(context, inputs),
});

snapshotCommand.subcommands = [pull, gc];
