import { CONFIG_INPUT, STORE_INPUTS, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** snapshot-gc's inputs (`trainyard snapshot gc`), as `actions/snapshot-gc/action.yml` declares them. */
export const GC_INPUTS = {
  ...CONFIG_INPUT,
  ...STORE_INPUTS,
  ...TRACKING_INPUT,
  model: {
    description: "The registered model(s) whose versions keep their snapshots (default: model)",
    cli: { placeholder: "name", multiple: true },
  },
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
