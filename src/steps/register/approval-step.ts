import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import type { Inputs } from "../../inputs/declared-inputs.js";
import type { Registry, Tracker } from "../../tracking/ports.js";
import { approvalModeOf, resolveApproval } from "./approval.js";
import type { REGISTER_INPUTS } from "./register-inputs.js";
import { environmentOf, type RegisterOutputs, readComparison } from "./register-step.js";

/**
 * `mode: approve`: waits for the approval of a promotion and records nothing. The reusable workflow runs it in
 * a job of its own, outside the champion's concurrency group, so a wait of hours never holds a rollback up;
 * the promote job then finds the same approval at once and moves the alias.
 */
export async function approveStep(
  context: Context,
  inputs: Inputs<typeof REGISTER_INPUTS>,
  tracking: { tracker: Tracker; registry: Registry },
  model: string,
  config: LoadedConfig | undefined,
): Promise<RegisterOutputs> {
  const comparison = await readComparison(context, inputs);
  const requested = inputs.version;
  const target = requested
    ? await tracking.registry.getModelVersion(model, requested)
    : await tracking.registry.getVersionByAlias(model, "challenger");
  if (!target)
    throw new UserError(
      requested ? `${model} has no version ${requested}` : `${model} has no challenger; run register first`,
    );
  if (comparison && comparison.decision !== "promote")
    throw new UserError(`the comparison rejected this challenger:\n- ${comparison.reasons.join("\n- ")}`);
  const approval = await resolveApproval(context, inputs, {
    environment: environmentOf(inputs, config),
    action: "promote",
    model,
    version: target.version,
    config,
    comparison,
  });
  context.log.notice(
    `${model} version ${target.version} is approved by ${approval.approvedBy} (${approvalModeOf(inputs, config)} mode${approval.url ? `, ${approval.url}` : ""})`,
  );
  await context.appendSummary(
    `### trainyard approval\n\n\`${model}\` version **${target.version}** is approved by **${approval.approvedBy}** (${approval.source}${approval.url ? `, ${approval.url}` : ""}); the promote job moves the champion.\n`,
  );
  return {
    version: target.version,
    champion: "",
    "previous-champion": "",
    "approved-by": approval.approvedBy,
    deleted: "",
  };
}
