import { registerStep } from "../../steps/register/register-step.js";
import { configOption, stepCommand } from "../step-command.js";

export const registerCommand = stepCommand({
  name: "register",
  summary: "Register a model version, promote it, roll back, or clean up old versions",
  usage:
    "register --run-id <id> [--comparison <file>] | promote --approved-by <name> [--expected-champion <v>] | rollback --reason <text> [--version <v>] | cleanup [--older-than-days N] [--dry-run false]",
  description:
    "register: a version from the run's model, tagged with its lineage and decision; alias challenger.\npromote: moves champion after an approval, only if champion is where the comparison saw it.\nrollback: points champion back at a version (default: the one it replaced).\ncleanup: deletes old versions that are neither champion nor challenger (dry run by default).",
  positional: { input: "mode", required: true },
  options: {
    ...configOption,
    model: { type: "string", placeholder: "name", description: "The registered model (default: model)" },
    "tracking-uri": { type: "string", placeholder: "url", description: "MLflow URL (empty: local registry)" },
    "run-id": { type: "string", placeholder: "id", description: "register: the training run" },
    comparison: { type: "string", placeholder: "file", description: "comparison.json of compare" },
    version: { type: "string", placeholder: "v", description: "promote/rollback: the version" },
    "expected-champion": {
      type: "string",
      placeholder: "v",
      description: "promote: the champion compared with",
    },
    "approved-by": { type: "string", placeholder: "name", description: "promote/rollback: who approved" },
    environment: { type: "string", placeholder: "name", description: "The approving GitHub environment" },
    reason: { type: "string", placeholder: "text", description: "Why (recorded on the version)" },
    "older-than-days": { type: "string", placeholder: "n", description: "cleanup: age limit (default 90)" },
    "dry-run": {
      type: "string",
      placeholder: "true|false",
      description: "cleanup: only list (default true)",
    },
  },
  async run(context) {
    await registerStep(context);
  },
});
