import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { getDeploymentApprovals, latestApproval } from "../../github/approvals.js";
import { createGitHubClient } from "../../github/github-client.js";
import { inputLabel } from "../../inputs/declared-inputs.js";
import { localUserName } from "../../lineage/workflow-run.js";

export interface Approval {
  /** Who allowed the change: the environment's reviewer on GitHub, `approved-by` elsewhere. */
  approvedBy: string;
  comment?: string;
  source: "github-environment" | "approved-by input";
  /** When trainyard saw the approval (GitHub's review history carries no time of its own). */
  observedAt: string;
  /** Who ran the step (GITHUB_ACTOR, or the local user). */
  actor: string;
  runUrl?: string;
}

/**
 * The approval behind a promotion or rollback. On GitHub it is read from the workflow run's deployment
 * reviews of the environment (the job must run in it, so GitHub held it until a reviewer approved);
 * elsewhere `approved-by` is required and recorded as given.
 */
export async function resolveApproval(
  context: Context,
  inputs: { readonly "approved-by"?: string | undefined; readonly "github-token"?: string | undefined },
  environment: string,
  action: "promote" | "rollback",
): Promise<Approval> {
  const env = context.env;
  const observedAt = new Date().toISOString();
  const actor = env.GITHUB_ACTOR ?? localUserName() ?? "unknown";
  const given = inputs["approved-by"];
  const onGitHub = env.GITHUB_ACTIONS === "true" && env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY;
  if (!onGitHub) {
    if (!given)
      throw new UserError(
        `${action} outside GitHub needs ${inputLabel(inputs, "approved-by")} <name>: who allowed this change is recorded on the version`,
      );
    return { approvedBy: given, source: "approved-by input", observedAt, actor };
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY as string).split("/") as [string, string];
  const runId = Number(env.GITHUB_RUN_ID);
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = `${server}/${owner}/${repo}/actions/runs/${runId}`;
  const token = inputs["github-token"] ?? env.GITHUB_TOKEN;
  if (!token) throw new UserError(`${action} needs the github-token input to read the deployment approval`);
  context.setSecret(token);
  const octokit = createGitHubClient({
    token,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    log: (message) => context.log.warning(message),
  });
  const approvals = await getDeploymentApprovals(octokit, { owner, repo, runId }).catch(
    (error: { status?: number }) => {
      if (error.status === 403 || error.status === 404)
        throw new UserError(
          `cannot read the deployment reviews of workflow run ${runId} (HTTP ${error.status}): give the job \`permissions: actions: read\` so the approval can be recorded`,
        );
      throw error;
    },
  );
  const decision = latestApproval(approvals, environment);
  if (decision?.state === "approved") {
    return {
      approvedBy: decision.user,
      ...(decision.comment ? { comment: decision.comment } : {}),
      source: "github-environment",
      observedAt,
      actor,
      runUrl,
    };
  }
  if (decision?.state === "rejected")
    throw new UserError(
      `${decision.user} rejected the deployment to environment "${environment}"; nothing changed`,
    );
  throw new UserError(
    `no approval of environment "${environment}" is recorded for workflow run ${runId}: run ${action} in a job with \`environment: ${environment}\` whose protection rules require a reviewer (Settings → Environments), so a person approves before the champion moves`,
  );
}
