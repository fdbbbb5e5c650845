import type { LoadedConfig } from "../config/load-config.js";
import type { Context } from "../context/context.js";
import { UserError } from "../errors/user-error.js";
import { inputLabel } from "../inputs/declared-inputs.js";
import type { ModelVersion, Registry, Tracker } from "../tracking/ports.js";
import { describeServeCheck, serveCheck } from "./serve-check.js";
import { servingSettings } from "./serving-parity.js";

/**
 * promote's hook: with `serve-check` (or register.serve_check), the version is served and must answer its
 * input example as recorded before the champion alias moves; a failure stops the promotion.
 */
export async function serveCheckBeforePromotion(
  context: Context,
  inputs: { "serve-check"?: boolean | undefined; python?: string | undefined },
  tracking: { tracker: Tracker; registry: Registry },
  target: ModelVersion,
  config: LoadedConfig | undefined,
): Promise<void> {
  const wanted = inputs["serve-check"] ?? config?.config.register.serve_check ?? false;
  if (!wanted) return;
  const settings = servingSettings(context, config, {
    value: inputs.python,
    label: inputLabel(inputs as never, "python"),
  });
  const result = await serveCheck(context, {
    tracker: tracking.tracker,
    version: target,
    settings,
    timeoutMs: 180_000,
  });
  const said = describeServeCheck(result);
  if (!result.passed) throw new UserError(`${said}; the champion alias was not moved`);
  context.log.notice(said);
  await tracking.registry.setModelVersionTag(target.name, target.version, "trainyard.serve_check", "passed");
}
