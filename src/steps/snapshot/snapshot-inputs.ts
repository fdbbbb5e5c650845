import { CONFIG_INPUT, DATA_ROOT_INPUT, STORE_INPUTS } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** snapshot-data's inputs, as `actions/snapshot-data/action.yml` declares them. */
export const SNAPSHOT_INPUTS = {
  ...CONFIG_INPUT,
  source: {
    description: "The data (default: trainyard.yml's data.source)",
    cli: { placeholder: "path|glob|s3://|https://" },
  },
  format: {
    description: "The files' format (default: by extension)",
    cli: { placeholder: "csv|parquet|jsonl" },
  },
  ...STORE_INPUTS,
  split: {
    description: "Split into train and test files",
    kind: "choice",
    choices: ["random", "group", "time"],
  },
  "test-fraction": {
    description: "Fraction of rows (random) or groups (group) in test",
    kind: "number",
    cli: { placeholder: "0.2" },
  },
  seed: { description: "Seed of the split's hash", kind: "integer", cli: { placeholder: "42" } },
  "split-key": { description: "group split: the entity column", cli: { placeholder: "column" } },
  "time-column": { description: "time split: the time column", cli: { placeholder: "column" } },
  cutoff: { description: "time split: rows before it train, the rest test", cli: { placeholder: "time" } },
  "as-of": { description: "Drop rows newer than this time (point in time)", cli: { placeholder: "time" } },
  "as-of-column": { description: "The time column --as-of reads", cli: { placeholder: "column" } },
  ...DATA_ROOT_INPUT,
} as const satisfies InputSpecs;

/** `trainyard snapshot pull <id>` (CLI only). */
export const PULL_INPUTS = {
  ...CONFIG_INPUT,
  ...STORE_INPUTS,
  snapshot: { description: "The snapshot id", required: true, cli: { placeholder: "id" } },
  "data-dir": { description: "Destination (default: .trainyard/data/<id>)", cli: { placeholder: "dir" } },
  ...DATA_ROOT_INPUT,
} as const satisfies InputSpecs;
