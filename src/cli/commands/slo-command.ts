import { SLO_INPUTS } from "../../steps/slo/slo-inputs.js";
import { stepCommand } from "../step-command.js";

export const sloCommand = stepCommand({
  name: "slo",
  summary: "The pipeline's service-level indicators against the targets in slo:; exit 1 on a breach",
  usage: "[--config trainyard.yml] [--model <name>] [--window 30d] [--json]",
  description:
    "From the tracker's runs and the registry's versions of the model: M1 training success rate, M2\n" +
    "time to train (median, p95), M3 data freshness, M4 registration latency, M8 performance delta vs the\n" +
    "replaced champion, M9 validation failure rate, M10 retrain-trigger usefulness. docs/operating.md says\n" +
    "how each is computed and what to do when one is breached.",
  inputs: SLO_INPUTS,
  run: async (context, inputs) => (await import("../../steps/slo/slo-step.js")).sloStep(context, inputs),
});
