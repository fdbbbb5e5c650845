import {
  CONFIG_INPUT,
  DATA_ROOT_INPUT,
  DECISION_INPUTS,
  GITHUB_TOKEN_INPUT,
  STORE_INPUTS,
  TRACKING_INPUT,
} from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";
import { MEASUREMENT_INPUTS } from "../evaluate/evaluate-inputs.js";

/** champion-challenger's inputs, as `actions/champion-challenger/action.yml` declares them. */
export const COMPARE_INPUTS = {
  ...CONFIG_INPUT,
  evaluations: {
    description: "The candidates' evaluation.json (repeatable); the best is the challenger",
    required: true,
    cli: { placeholder: "file|glob", multiple: true },
  },
  ...MEASUREMENT_INPUTS,
  model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
  ...TRACKING_INPUT,
  ...STORE_INPUTS,
  ...DATA_ROOT_INPUT,
  "validation-report": { description: "validate-data's report", cli: { placeholder: "file" } },
  "output-dir": { description: "Where comparison.json/.md go", cli: { placeholder: "dir" } },
  ...DECISION_INPUTS,
  ...GITHUB_TOKEN_INPUT,
} as const satisfies InputSpecs;
