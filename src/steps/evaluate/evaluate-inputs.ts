import { CONFIG_INPUT, DATA_ROOT_INPUT, STORE_INPUTS, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** How predictions are made and measured: evaluate and champion-challenger both declare these. */
export const MEASUREMENT_INPUTS = {
  "predict-command": { description: "Default evaluate.predict_command", cli: { placeholder: "cmd" } },
  "working-directory": { description: "Where the command runs", cli: { placeholder: "dir" } },
  "test-file": { description: "A test file instead of the snapshot's", cli: { placeholder: "file" } },
  "label-column": { description: "The label column", cli: { placeholder: "name" } },
  "positive-class": { description: "The positive class (binary)", cli: { placeholder: "value" } },
  bootstrap: {
    description: "Bootstrap resamples (default 1000)",
    kind: "integer",
    cli: { placeholder: "n" },
  },
  confidence: {
    description: "Interval confidence (default 0.95)",
    kind: "number",
    cli: { placeholder: "p" },
  },
  seed: { description: "Bootstrap seed", kind: "integer", cli: { placeholder: "n" } },
  "timeout-minutes": {
    description: "Stop the prediction command after this long (default 30)",
    kind: "number",
    cli: { placeholder: "n" },
  },
} as const satisfies InputSpecs;

/** evaluate's inputs, as `actions/evaluate/action.yml` declares them. */
export const EVALUATE_INPUTS = {
  ...CONFIG_INPUT,
  "model-dir": {
    description: "The model folder (train's model-dir)",
    required: true,
    cli: { placeholder: "dir" },
  },
  ...MEASUREMENT_INPUTS,
  snapshot: { description: "The snapshot whose test file is evaluated", cli: { placeholder: "id" } },
  "data-dir": { description: "A folder holding the snapshot's files", cli: { placeholder: "dir" } },
  ...STORE_INPUTS,
  task: {
    description: "Default: inferred",
    kind: "choice",
    choices: ["binary", "multiclass", "regression"],
  },
  slices: { description: "Columns to report metrics per value", cli: { placeholder: "a,b" } },
  metrics: { description: "Metrics to report (default: all of the task)", cli: { placeholder: "a,b" } },
  "primary-metric": { description: "The metric that ranks models", cli: { placeholder: "name" } },
  "run-id": { description: "The run to log the evaluation to", cli: { placeholder: "id" } },
  ...TRACKING_INPUT,
  "output-dir": { description: "Where evaluation.json is written", cli: { placeholder: "dir" } },
  ...DATA_ROOT_INPUT,
} as const satisfies InputSpecs;

/** The measurement inputs as evaluate and champion-challenger read them. */
export type MeasurementInputs = {
  readonly [K in keyof typeof MEASUREMENT_INPUTS]?: K extends
    | "bootstrap"
    | "confidence"
    | "seed"
    | "timeout-minutes"
    ? number | undefined
    : string | undefined;
} & {
  readonly task?: "binary" | "multiclass" | "regression" | undefined;
  readonly slices?: string | undefined;
};
