import { runStepAction } from "../context/run-step-action.js";
import { PIPELINE_INPUTS } from "../steps/pipeline/pipeline-inputs.js";
import { pipelineOutputs, runPipeline } from "../steps/pipeline/run-pipeline.js";

await runStepAction(PIPELINE_INPUTS, async (context, inputs) => {
  const result = await runPipeline(context, inputs);
  if (result.stoppedBefore)
    context.log.notice(`stopped before ${result.stoppedBefore.step}: ${result.stoppedBefore.why}`);
  return pipelineOutputs(result);
});
