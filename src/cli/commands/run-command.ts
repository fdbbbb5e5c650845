import { PIPELINE_INPUTS } from "../../steps/pipeline/pipeline-inputs.js";
import { PIPELINE_STEPS, type PipelineStep } from "../../steps/pipeline/pipeline-steps.js";
import { UsageError } from "../command.js";
import { stepCommand } from "../step-command.js";

export const runCommand = stepCommand({
  name: "run",
  summary: "Run the whole pipeline: snapshot, validate, train, evaluate, compare, register, promote",
  usage: "[--config trainyard.yml] [--from <step>] [--params <yaml>] [--approved-by <name>] [--json]",
  description:
    "The chain stops at the first failing step with its report. Each step's outputs are kept in\n.trainyard/pipeline/state.json, so --from <step> resumes after a fix and reuses what came before.\nPromotion happens only when the gate says promote and an approval is given (--approved-by).",
  inputs: PIPELINE_INPUTS,
  options: {
    from: { type: "string", placeholder: PIPELINE_STEPS.join("|"), description: "Resume at this step" },
    "approved-by": { type: "string", placeholder: "name", description: "Who approves promotion" },
    reason: { type: "string", placeholder: "text", description: "Why, recorded with the promotion" },
    bootstrap: { type: "string", placeholder: "n", description: "Bootstrap resamples" },
  },
  async run(context, inputs, args) {
    const from = args.values.from as string | undefined;
    if (from !== undefined && !(PIPELINE_STEPS as readonly string[]).includes(from))
      throw new UsageError(`--from must be one of ${PIPELINE_STEPS.join(", ")}`);
    const bootstrap = args.values.bootstrap as string | undefined;
    if (bootstrap !== undefined && !/^\d+$/.test(bootstrap))
      throw new UsageError(`--bootstrap must be a whole number, got "${bootstrap}"`);
    const approvedBy = args.values["approved-by"] as string | undefined;
    const reason = args.values.reason as string | undefined;
    const { pipelineOutputs, runPipeline } = await import("../../steps/pipeline/run-pipeline.js");
    const result = await runPipeline(context, inputs, {
      ...(from ? { from: from as PipelineStep } : {}),
      ...(approvedBy ? { approvedBy } : {}),
      ...(reason ? { reason } : {}),
      ...(bootstrap ? { bootstrap: Number(bootstrap) } : {}),
    });
    if (result.stoppedBefore)
      context.log.notice(`stopped before ${result.stoppedBefore.step}: ${result.stoppedBefore.why}`);
    return { ...pipelineOutputs(result), "report-markdown": result.reportMarkdown ?? "" };
  },
});
