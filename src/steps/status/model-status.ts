import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import type { Inputs } from "../../inputs/declared-inputs.js";
import { code, escapeMarkdown, table } from "../../report/markdown.js";
import type { ModelVersion } from "../../tracking/ports.js";
import { loadStepConfig } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import { STATUS_INPUTS } from "./status-inputs.js";

export { STATUS_INPUTS };

export interface StatusOutputs {
  champion: string;
  challenger: string;
  versions: number;
}

const shortCommit = (commit: string | undefined) => (commit ? commit.slice(0, 10) : "—");

function primaryMetric(version: ModelVersion): string {
  const name = version.tags["trainyard.primary_metric"];
  const value = name ? version.tags[`trainyard.metric.${name}`] : undefined;
  return name && value ? `${name} ${Number(value).toFixed(4)}` : "—";
}

function approval(version: ModelVersion): string {
  const by = version.tags["trainyard.approved_by"] ?? version.tags["trainyard.rollback.by"];
  return by
    ? `${escapeMarkdown(by)} (${version.tags["trainyard.approved_at"] ?? version.tags["trainyard.rollback.at"] ?? "?"})`
    : "—";
}

/** Renders what produced each version: the answer to "where did this model come from?". */
export function renderStatus(model: string, versions: ModelVersion[], limit: number): string {
  const champion = versions.find((version) => version.aliases.includes("champion"));
  const challenger = versions.find((version) => version.aliases.includes("challenger"));
  const rows = versions
    .slice(0, limit)
    .map((version) => [
      `${version.version}${version.aliases.length ? ` (${version.aliases.join(", ")})` : ""}`,
      code(shortCommit(version.tags["trainyard.git.commit"] ?? version.tags["mlflow.source.git.commit"])),
      code(version.tags["trainyard.snapshot.id"]?.slice(0, 12) ?? "—"),
      primaryMetric(version),
      escapeMarkdown(version.tags["trainyard.decision"] ?? "—"),
      approval(version),
      code(version.runId ?? "—"),
    ]);
  return [
    `### ${escapeMarkdown(model)}`,
    "",
    `Champion: ${champion ? `version **${champion.version}**` : "none"} · challenger: ${challenger ? `version **${challenger.version}**` : "none"} · ${versions.length} version(s)`,
    "",
    rows.length
      ? table(["version", "commit", "snapshot", "primary metric", "decision", "approved by", "run"], rows)
      : "_no versions yet_",
    "",
  ].join("\n");
}

/** `trainyard status <model>`: the champion, the challenger and the latest versions with their lineage. */
export async function statusStep(
  context: Context,
  inputs: Inputs<typeof STATUS_INPUTS>,
): Promise<StatusOutputs> {
  const config = await loadStepConfig(context, inputs);
  const model = inputs.model ?? config?.config.model;
  if (!model)
    throw new UserError(
      "which model? give its name (trainyard status <model>) or run where trainyard.yml is",
    );
  const { registry } = await openStepTracking(context, inputs, config);
  if (!(await registry.getRegisteredModel(model)))
    throw new UserError(`no registered model "${model}" in ${registry.uri}`);
  const versions = await registry.listModelVersions(model);
  await context.appendSummary(renderStatus(model, versions, inputs.limit ?? 10));
  const outputs: StatusOutputs = {
    champion: versions.find((version) => version.aliases.includes("champion"))?.version ?? "",
    challenger: versions.find((version) => version.aliases.includes("challenger"))?.version ?? "",
    versions: versions.length,
  };
  return outputs;
}
