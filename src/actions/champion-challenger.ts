import { runAction } from "../context/run-action.js";
import { compareAction } from "../steps/compare/compare-step.js";

await runAction(async (context) => {
  await compareAction(context);
});
