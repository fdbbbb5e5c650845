import {
  CONFIG_INPUT,
  DECISION_INPUTS,
  GITHUB_TOKEN_INPUT,
  STORE_INPUTS,
  TRACKING_INPUT,
} from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** The all-in-one action's inputs, as the root `action.yml` declares them. */
export const PIPELINE_INPUTS = {
  ...CONFIG_INPUT,
  mode: {
    description: "preview stops after compare; release also registers and promotes",
    kind: "choice",
    choices: ["preview", "release"],
    default: "preview",
    // A pull request previews by default; in the terminal, a person who runs the pipeline means all of it.
    cli: { placeholder: "release|preview", default: "release" },
  },
  params: { description: "Params over train.params", cli: { placeholder: "yaml|file" } },
  seed: { description: "The training seed", kind: "integer", cli: { placeholder: "n" } },
  ...TRACKING_INPUT,
  ...STORE_INPUTS,
  environment: { description: "The approving GitHub environment", cli: { placeholder: "name" } },
  ...DECISION_INPUTS,
  ...GITHUB_TOKEN_INPUT,
} as const satisfies InputSpecs;
