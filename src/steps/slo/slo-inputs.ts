import { CONFIG_INPUT, STORE_INPUTS, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** slo's inputs, as `actions/slo/action.yml` declares them and `trainyard slo` takes them. */
export const SLO_INPUTS = {
  ...CONFIG_INPUT,
  model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
  ...TRACKING_INPUT,
  window: {
    description: "The history to read, back from now (default slo.window, 30d)",
    cli: { placeholder: "30d" },
  },
  ...STORE_INPUTS,
  "on-breach": {
    description: "fail: exit 1 when a target is breached; annotate: warn on each breach and succeed",
    kind: "choice",
    choices: ["fail", "annotate"],
    default: "fail",
  },
  badge: {
    description: "Also write a shields.io endpoint badge (JSON) to this file",
    cli: { placeholder: "file" },
  },
} as const satisfies InputSpecs;
