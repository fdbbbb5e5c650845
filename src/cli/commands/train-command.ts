import { TRAIN_INPUTS } from "../../steps/train/train-inputs.js";
import { stepCommand } from "../step-command.js";

export const trainCommand = stepCommand({
  name: "train",
  summary: "Run your training command under trainyard's contract and record the run",
  usage:
    "--snapshot <id> | --data-dir <dir> [--command '<cmd>'] [--params <yaml|file>] [--seed N] [--tracking-uri <url>] [--json]",
  description:
    "The command sees its inputs only as TRAINYARD_* environment variables (data files, params, seed,\noutput folder, curves file, run id) and runs without a shell. Params, seed, code, data and environment\nare recorded in the tracker with a lineage.json artifact; an unchanged training is reused from the cache.",
  inputs: TRAIN_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/train/train-step.js")).trainStep(context, inputs),
});
