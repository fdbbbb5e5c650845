import { runAction } from "../context/run-action.js";
import { evaluateAction } from "../steps/evaluate/evaluate-step.js";

await runAction(async (context) => {
  await evaluateAction(context);
});
