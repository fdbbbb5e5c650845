import { runAction } from "../context/run-action.js";
import { validateStep } from "../steps/validate/validate-step.js";

await runAction(async (context) => {
  await validateStep(context);
});
