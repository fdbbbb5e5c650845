import { runAction } from "../context/run-action.js";
import { registerStep } from "../steps/register/register-step.js";

await runAction(async (context) => {
  await registerStep(context);
});
