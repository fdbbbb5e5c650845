import { CONFIG_INPUT, GITHUB_TOKEN_INPUT, TRACKING_INPUT } from "../../inputs/common-inputs.js";
import type { InputSpecs } from "../../inputs/declared-inputs.js";
import { PYTHON_INPUT } from "../serve-check/serve-check-inputs.js";

export const REGISTER_MODES = ["register", "approve", "promote", "rollback", "cleanup"] as const;

/** register-model's inputs, as `actions/register-model/action.yml` declares them. */
export const REGISTER_INPUTS = {
  mode: {
    description: "register, approve (wait for the approval only), promote, rollback or cleanup",
    kind: "choice",
    choices: REGISTER_MODES,
    required: true,
  },
  ...CONFIG_INPUT,
  model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
  ...TRACKING_INPUT,
  "run-id": { description: "register: the training run", cli: { placeholder: "id" } },
  comparison: { description: "comparison.json of compare", cli: { placeholder: "file" } },
  version: { description: "promote/rollback: the version", cli: { placeholder: "v" } },
  "expected-champion": { description: "promote: the champion compared with", cli: { placeholder: "v" } },
  environment: { description: "The approving GitHub environment", cli: { placeholder: "name" } },
  "approved-by": { description: "promote/rollback: who approved", cli: { placeholder: "name" } },
  approval: {
    description: "environment or review (default register.approval)",
    kind: "choice",
    choices: ["environment", "review"],
    cli: { placeholder: "mode" },
  },
  "approval-timeout": {
    description: "review: how long to wait, e.g. 30m (0: look once)",
    cli: { placeholder: "duration" },
  },
  reason: { description: "Why (recorded on the version)", cli: { placeholder: "text" } },
  ...GITHUB_TOKEN_INPUT,
  "older-than-days": {
    description: "cleanup: age limit (default 90)",
    kind: "number",
    cli: { placeholder: "n" },
  },
  "dry-run": { description: "cleanup: only list", kind: "boolean", default: "true" },
  "serve-check": {
    description: "promote: serve the version and check its answer first (default register.serve_check)",
    kind: "boolean",
  },
  ...PYTHON_INPUT,
} as const satisfies InputSpecs;
