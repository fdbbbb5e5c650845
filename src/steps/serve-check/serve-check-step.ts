import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import { describeServeCheck, parseModelRef, resolveVersion, serveCheck } from "../../serving/serve-check.js";
import { servingSettings } from "../../serving/serving-parity.js";
import { loadStepConfig } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import type { SERVE_CHECK_INPUTS } from "./serve-check-inputs.js";

export interface ServeCheckOutputs {
  model: string;
  version: string;
  passed: boolean;
  "max-abs-diff": number;
  seconds: number;
}

/**
 * `serve-check`: serves a registered version with `mlflow models serve` and checks that /invocations answers
 * its input example with the predictions evaluate recorded.
 */
export async function serveCheckStep(
  context: Context,
  inputs: Inputs<typeof SERVE_CHECK_INPUTS>,
  preloaded?: LoadedConfig,
): Promise<ServeCheckOutputs> {
  const config = preloaded ?? (await loadStepConfig(context, inputs));
  const ref = inputs.model ?? config?.config.model;
  if (!ref)
    throw new UserError(`no model: give ${inputLabel(inputs, "model")} (name, name@alias or name/version)`);
  const tracking = await openStepTracking(context, inputs, config);
  const version = await resolveVersion(tracking.registry, parseModelRef(ref));
  const result = await serveCheck(context, {
    tracker: tracking.tracker,
    version,
    settings: servingSettings(context, config, { value: inputs.python, label: inputLabel(inputs, "python") }),
    timeoutMs: (inputs["timeout-seconds"] ?? 180) * 1000,
  });
  const said = describeServeCheck(result);
  if (!result.passed) throw new UserError(said);
  context.log.notice(said);
  await context.appendSummary(`### trainyard serve-check\n\n${said}\n`);
  return {
    model: result.model,
    version: result.version,
    passed: result.passed,
    "max-abs-diff": result.maxAbsDiff,
    seconds: Math.round(result.seconds * 1000) / 1000,
  };
}
