import { CONFIG_INPUT, DATA_ROOT_INPUT, STORE_INPUTS, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** train's inputs, as `actions/train/action.yml` declares them; trainyard.yml's `train:` gives the defaults. */
export const TRAIN_INPUTS = {
  ...CONFIG_INPUT,
  command: { description: "The training command (default train.command)", cli: { placeholder: "cmd" } },
  "working-directory": { description: "Where the command runs", cli: { placeholder: "dir" } },
  params: {
    description: "Params as inline YAML/JSON or a file, over train.params",
    cli: { placeholder: "yaml|file" },
  },
  seed: { description: "The seed (default train.seed, 42)", kind: "integer", cli: { placeholder: "n" } },
  snapshot: { description: "The snapshot to train on", cli: { placeholder: "id" } },
  "data-dir": { description: "A folder holding the snapshot's files", cli: { placeholder: "dir" } },
  ...STORE_INPUTS,
  "output-dir": { description: "Where the model is written", cli: { placeholder: "dir" } },
  experiment: { description: "The tracking experiment", cli: { placeholder: "name" } },
  ...TRACKING_INPUT,
  cache: { description: "Reuse an unchanged training (default true)", kind: "boolean" },
  "timeout-minutes": {
    description: "Stop the command after this long",
    kind: "number",
    cli: { placeholder: "n" },
  },
  reproduce: {
    description: "Train twice and compare",
    kind: "choice",
    choices: ["false", "warn", "error", "true"],
  },
  "run-name": { description: "The run's name", cli: { placeholder: "name" } },
  ...DATA_ROOT_INPUT,
  backend: {
    description: "Where the command runs (default train.backend, runner)",
    kind: "choice",
    choices: ["runner", "ray", "sagemaker"],
  },
  "ray-address": {
    description: "backend ray: the Ray dashboard's address (default train.ray.address, RAY_ADDRESS)",
    cli: { placeholder: "url" },
  },
  "ray-token": {
    description: "backend ray: the Ray auth token (default RAY_AUTH_TOKEN)",
    cli: { placeholder: "token" },
  },
} as const satisfies InputSpecs;
