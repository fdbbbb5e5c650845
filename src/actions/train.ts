import { runAction } from "../context/run-action.js";
import { trainAction } from "../steps/train/train-step.js";

await runAction(async (context) => {
  await trainAction(context);
});
