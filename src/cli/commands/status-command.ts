import { statusStep } from "../../steps/status/model-status.js";
import { configOption, stepCommand } from "../step-command.js";

export const statusCommand = stepCommand({
  name: "status",
  summary: "Show a model's champion, challenger and latest versions with their lineage",
  usage: "[<model>] [--limit N] [--tracking-uri <url>] [--json]",
  description:
    "For each version: the commit, the data snapshot, the primary metric, the gate's decision and who approved it.",
  positional: { input: "model", required: false },
  options: {
    ...configOption,
    "tracking-uri": { type: "string", placeholder: "url", description: "MLflow URL (empty: local registry)" },
    limit: { type: "string", placeholder: "n", description: "How many versions to list (default 10)" },
  },
  async run(context) {
    await statusStep(context);
  },
});
