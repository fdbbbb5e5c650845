import { CONFIG_INPUT, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** `trainyard status` (CLI only). */
export const STATUS_INPUTS = {
  ...CONFIG_INPUT,
  model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
  ...TRACKING_INPUT,
  limit: {
    description: "How many versions to list (default 10)",
    kind: "integer",
    cli: { placeholder: "n" },
  },
} as const satisfies InputSpecs;
