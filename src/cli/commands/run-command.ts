import { PIPELINE_STEPS, type PipelineStep, runPipeline } from "../../steps/pipeline/run-pipeline.js";
import { UsageError } from "../command.js";
import { configOption, stepCommand } from "../step-command.js";

export const runCommand = stepCommand({
  name: "run",
  summary: "Run the whole pipeline: snapshot, validate, train, evaluate, compare, register, promote",
  usage: "[--config trainyard.yml] [--from <step>] [--params <yaml>] [--approved-by <name>] [--json]",
  description:
    "The chain stops at the first failing step with its report. Each step's outputs are kept in\n.trainyard/pipeline/state.json, so --from <step> resumes after a fix and reuses what came before.\nPromotion happens only when the gate says promote and an approval is given (--approved-by).",
  options: {
    ...configOption,
    mode: {
      type: "string",
      placeholder: "release|preview",
      description: "preview stops after compare (default release)",
    },
    from: { type: "string", placeholder: PIPELINE_STEPS.join("|"), description: "Resume at this step" },
    params: { type: "string", placeholder: "yaml|file", description: "Params over train.params" },
    seed: { type: "string", placeholder: "n", description: "The training seed" },
    "approved-by": { type: "string", placeholder: "name", description: "Who approves promotion" },
    reason: { type: "string", placeholder: "text", description: "Why, recorded with the promotion" },
    "tracking-uri": { type: "string", placeholder: "url", description: "MLflow URL (empty: local)" },
    store: { type: "string", placeholder: "dir|s3://bucket/prefix", description: "Where snapshots live" },
    "s3-endpoint": { type: "string", placeholder: "url", description: "An S3-compatible endpoint" },
    "fail-on-reject": { type: "boolean", description: "Exit 1 when the gate rejects the challenger" },
    bootstrap: { type: "string", placeholder: "n", description: "Bootstrap resamples" },
  },
  async run(context, args) {
    const from = args.values.from as string | undefined;
    if (from !== undefined && !(PIPELINE_STEPS as readonly string[]).includes(from))
      throw new UsageError(`--from must be one of ${PIPELINE_STEPS.join(", ")}`);
    const mode = (args.values.mode as string | undefined) ?? "release";
    if (mode !== "preview" && mode !== "release") throw new UsageError("--mode must be preview or release");
    const result = await runPipeline(context, { mode, ...(from ? { from: from as PipelineStep } : {}) });
    for (const [name, value] of Object.entries({
      decision: result.decision ?? "",
      promoted: result.promoted,
      "run-id": result.state.train?.["run-id"] ?? "",
      version: result.state.register?.version ?? "",
      "report-markdown": result.reportMarkdown ?? "",
    }))
      context.setOutput(name, value);
    if (result.stoppedBefore)
      context.log.notice(`stopped before ${result.stoppedBefore.step}: ${result.stoppedBefore.why}`);
  },
});
