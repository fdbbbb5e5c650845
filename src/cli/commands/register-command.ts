import { REGISTER_INPUTS } from "../../steps/register/register-inputs.js";
import { stepCommand } from "../step-command.js";

export const registerCommand = stepCommand({
  name: "register",
  summary: "Register a model version, promote it, roll back, or clean up old versions",
  usage:
    "register --run-id <id> [--comparison <file>] | approve [--approval environment|review] | promote --approved-by <name> [--expected-champion <v>] | rollback --reason <text> [--version <v>] | cleanup [--older-than-days N] [--dry-run false]",
  description:
    "register: a version from the run's model, tagged with its lineage and decision; alias challenger.\napprove: waits for the approval of a promotion and moves nothing (on GitHub: environment or review mode, see register.approval).\npromote: moves champion after an approval, only if champion is where the comparison saw it.\nrollback: points champion back at a version (default: the one it replaced).\ncleanup: deletes old versions that are neither champion nor challenger (dry run by default).",
  positional: { input: "mode", required: true },
  inputs: REGISTER_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/register/register-step.js")).registerStep(context, inputs),
});
