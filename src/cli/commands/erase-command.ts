import { ERASE_INPUTS } from "../../steps/erase/erase-inputs.js";
import { stepCommand } from "../step-command.js";

export const eraseCommand = stepCommand({
  name: "erase",
  summary: "Erase rows by key from every snapshot (right to erasure), and flag the models to retrain",
  usage: "--column <key> --values <file|s3://bucket/key> [--dry-run] [--model <name>] [--store ...] [--json]",
  description:
    "Streams every snapshot holding the column; each one with a row whose key is listed gets a successor\n" +
    "without those rows (same files and split, profile recomputed, a new id), then the old manifest and the\n" +
    "blobs nothing else refers to are deleted. The model versions trained on an old snapshot get the tag\n" +
    "trainyard.erasure.pending_retrain, and an entry with salted SHA-256 hashes of the keys (never the keys)\n" +
    "is appended to the store's erasure log (erasures/). Running it again changes nothing.",
  inputs: ERASE_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/erase/erase-step.js")).eraseStep(context, inputs),
});
