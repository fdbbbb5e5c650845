import { CONFIG_INPUT, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** The Python that loads and serves packaged models (register-model and serve-check declare it). */
export const PYTHON_INPUT = {
  python: {
    description: "A Python with mlflow (default serving.python, TRAINYARD_PYTHON, else python3 on PATH)",
    cli: { placeholder: "path" },
  },
} as const satisfies InputSpecs;

/** serve-check's inputs: `trainyard serve-check <model>[@alias|/version]`. */
export const SERVE_CHECK_INPUTS = {
  ...CONFIG_INPUT,
  model: {
    description: "The version: name (its champion), name@alias or name/version (default: model@champion)",
    cli: { placeholder: "ref" },
  },
  ...TRACKING_INPUT,
  ...PYTHON_INPUT,
  "timeout-seconds": {
    description: "Stop waiting for the server after this long (default 180)",
    kind: "number",
    cli: { placeholder: "s" },
  },
} as const satisfies InputSpecs;
