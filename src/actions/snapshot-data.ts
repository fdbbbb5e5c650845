import { runAction } from "../context/run-action.js";
import { snapshotStep } from "../steps/snapshot/snapshot-step.js";

await runAction(async (context) => {
  await snapshotStep(context);
});
