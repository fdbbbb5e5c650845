import { CONFIG_INPUT, DATA_ROOT_INPUT, STORE_INPUTS, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** validate-data's inputs, as `actions/validate-data/action.yml` declares them. */
export const VALIDATE_INPUTS = {
  ...CONFIG_INPUT,
  snapshot: {
    description: "The snapshot id (snapshot-data's snapshot-id)",
    required: true,
    cli: { placeholder: "id" },
  },
  ...STORE_INPUTS,
  reference: {
    description: "Drift reference (default: validate.drift.reference)",
    cli: { placeholder: "id|champion" },
  },
  ...TRACKING_INPUT,
  "report-path": { description: "Where to write the JSON report", cli: { placeholder: "file" } },
  ...DATA_ROOT_INPUT,
} as const satisfies InputSpecs;
