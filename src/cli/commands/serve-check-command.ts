import { SERVE_CHECK_INPUTS } from "../../steps/serve-check/serve-check-inputs.js";
import { stepCommand } from "../step-command.js";

export const serveCheckCommand = stepCommand({
  name: "serve-check",
  summary: "Serve a registered version with mlflow models serve and check its answer",
  usage: "[<model>[@alias|/version]] [--tracking-uri <url>] [--python <path>] [--json]",
  description:
    "Pulls the version from the registry (default: the model's champion), loads it with mlflow.pyfunc,\nstarts `mlflow models serve --env-manager local` on 127.0.0.1 on a free port, posts its input example\nto /invocations and compares the answer with the predictions evaluate recorded. The server is always\nstopped. Needs a Python with mlflow: --python, serving.python, TRAINYARD_PYTHON, else python3 on PATH.",
  positional: { input: "model", required: false },
  inputs: SERVE_CHECK_INPUTS,
  run: async (context, inputs) =>
    (await import("../../steps/serve-check/serve-check-step.js")).serveCheckStep(context, inputs),
});
