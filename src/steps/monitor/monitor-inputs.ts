import {
  CONFIG_INPUT,
  GITHUB_TOKEN_INPUT,
  STORE_INPUTS,
  TRACKING_INPUT,
} from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";

/** monitor's inputs, as `actions/monitor/action.yml` declares them. */
export const MONITOR_INPUTS = {
  ...CONFIG_INPUT,
  predictions: {
    description: "Labelled production predictions (default monitor.predictions)",
    cli: { placeholder: "path|glob|s3://prefix" },
  },
  since: {
    description: "The window's start: 7d back from now, or a time (default monitor.since, 7d)",
    cli: { placeholder: "time|7d" },
  },
  model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
  "label-column": {
    description: "The label column (default monitor.label_column)",
    cli: { placeholder: "name" },
  },
  "timestamp-column": {
    description: "The time column (default monitor.timestamp_column, timestamp)",
    cli: { placeholder: "name" },
  },
  trigger: {
    description: "dispatch: start the retrain workflow on a retrain (default monitor.trigger, none)",
    kind: "choice",
    choices: ["none", "dispatch"],
  },
  "dry-run": {
    description: "Judge only: no dispatch, nothing recorded on the champion or in the tracker",
    kind: "boolean",
    default: "false",
    cli: { flag: true },
  },
  ...TRACKING_INPUT,
  ...STORE_INPUTS,
  "output-dir": {
    description: "Where monitor.json goes (default .trainyard/monitor)",
    cli: { placeholder: "dir" },
  },
  ...GITHUB_TOKEN_INPUT,
} as const satisfies InputSpecs;
