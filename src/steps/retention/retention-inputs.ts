import { CONFIG_INPUT, DATA_ROOT_INPUT, STORE_INPUTS, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

const modelInput = (description: string) =>
  ({ model: { description, cli: { placeholder: "name", multiple: true } } }) as const satisfies InputSpecs;

/** `trainyard snapshot gc` and the snapshot-gc action: retention by mark-and-sweep. */
export const GC_INPUTS = {
  ...CONFIG_INPUT,
  ...STORE_INPUTS,
  ...TRACKING_INPUT,
  ...modelInput("The registered model(s) whose versions keep their snapshots (default: model)"),
  "older-than": {
    description: "Only snapshots at least this old may go (90d, 12h, 30m)",
    default: "90d",
    cli: { placeholder: "age" },
  },
  keep: {
    description: "The newest n snapshots always stay",
    kind: "integer",
    default: "5",
    cli: { placeholder: "n" },
  },
  grace: {
    description: "An unreferenced blob younger than this stays (a snapshot may be under way)",
    default: "1h",
    cli: { placeholder: "age" },
  },
  "dry-run": {
    description: "Only list what would go; false deletes it",
    kind: "boolean",
    default: "true",
  },
} as const satisfies InputSpecs;

/** `trainyard erase` and the erase action: removes rows by key from every snapshot. */
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
  ...modelInput("The registered model(s) whose versions trained on erased rows are tagged (default: model)"),
  "dry-run": {
    description: "Only list the snapshots, rows and model versions affected",
    kind: "boolean",
    default: "false",
    cli: { flag: true },
  },
  ...DATA_ROOT_INPUT,
} as const satisfies InputSpecs;
