import { runAction } from "../context/run-action.js";
import { runPipeline } from "../steps/pipeline/run-pipeline.js";

await runAction(async (context) => {
  const mode = context.getInput("mode") ?? "preview";
  if (mode !== "preview" && mode !== "release")
    throw new Error(`mode must be preview or release, got "${mode}"`);
  const result = await runPipeline(context, { mode });
  context.setOutput("decision", result.decision ?? "");
  context.setOutput("promoted", result.promoted);
  context.setOutput("snapshot-id", result.state.snapshot?.["snapshot-id"] ?? "");
  context.setOutput("run-id", result.state.train?.["run-id"] ?? "");
  context.setOutput("version", result.state.register?.version ?? "");
  context.setOutput("report-path", result.state.compare?.["report-path"] ?? "");
  if (result.stoppedBefore)
    context.log.notice(`stopped before ${result.stoppedBefore.step}: ${result.stoppedBefore.why}`);
});
