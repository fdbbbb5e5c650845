import { MONITOR_INPUTS } from "../../steps/monitor/monitor-inputs.js";
import { stepCommand } from "../step-command.js";

export const monitorCommand = stepCommand({
  name: "monitor",
  summary: "Judge the champion on labelled production predictions; say (and trigger) when to retrain",
  usage:
    "[--config trainyard.yml] --predictions <path|glob|s3://prefix> [--since <time|7d>] [--dry-run] [--json]",
  description:
    "Measures the champion on the window's labelled predictions with evaluate's metric and bootstrap code,\n" +
    "compares each metric with the champion's evaluation at promotion (judged on the interval, like the\n" +
    "gate), checks the features for drift from its training snapshot, and prints the verdict with a daily\n" +
    "chart. The policy is monitor: in trainyard.yml (min_rows, metrics, drift, trigger, cooldown);\n" +
    "docs/operating.md says what each reason means and what to do.",
  inputs: MONITOR_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/monitor/monitor-step.js")).monitorStep(context, inputs),
});
