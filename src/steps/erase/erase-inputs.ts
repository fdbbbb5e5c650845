import { CONFIG_INPUT, DATA_ROOT_INPUT, STORE_INPUTS, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** erase's inputs (`trainyard erase`), as `actions/erase/action.yml` declares them. */
export const ERASE_INPUTS = {
  ...CONFIG_INPUT,
  column: { description: "The key column", required: true, cli: { placeholder: "name" } },
  values: {
    description: "The keys to erase, one a line",
    required: true,
    cli: { placeholder: "file|s3://bucket/key" },
  },
  ...STORE_INPUTS,
  ...TRACKING_INPUT,
  model: {
    description: "The registered model(s) whose versions trained on erased rows are tagged (default: model)",
    cli: { placeholder: "name", multiple: true },
  },
  "dry-run": {
    description: "Only list the snapshots, rows and model versions affected",
    kind: "boolean",
    default: "false",
    cli: { flag: true },
  },
  ...DATA_ROOT_INPUT,
} as const satisfies InputSpecs;
