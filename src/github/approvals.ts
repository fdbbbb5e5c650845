import type { Octokit } from "@octokit/rest";

/** One decision a required reviewer took on a workflow run's deployment to one or more environments. */
export interface DeploymentApproval {
  /** The reviewer's login. */
  user: string;
  state: "approved" | "rejected";
  comment: string;
  environments: string[];
  /**
   * GitHub's review history carries no time (see its OpenAPI description), so this is null when read from
   * the API; a caller that knows when it observed the decision records that time instead.
   */
  approvedAt: string | null;
}

export interface WorkflowRunRef {
  owner: string;
  repo: string;
  runId: number;
}

/**
 * The deployment review history of a workflow run, oldest first, as
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals returns it. Entries in state `pending` (a
 * reviewer's comment without a decision) are left out.
 */
export async function getDeploymentApprovals(
  octokit: Octokit,
  run: WorkflowRunRef,
): Promise<DeploymentApproval[]> {
  const { data } = await octokit.rest.actions.getReviewsForRun({
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
  });
  const approvals: DeploymentApproval[] = [];
  for (const review of data) {
    if (review.state !== "approved" && review.state !== "rejected") continue;
    approvals.push({
      user: review.user.login,
      state: review.state,
      comment: review.comment,
      environments: review.environments.map((e) => e.name).filter((name): name is string => Boolean(name)),
      approvedAt: null,
    });
  }
  return approvals;
}

/**
 * The last decision (approval or rejection) on an environment, or undefined when nobody decided on it.
 * Environment names compare without regard to case, as GitHub's do.
 */
export function latestApproval(
  approvals: readonly DeploymentApproval[],
  environment: string,
): DeploymentApproval | undefined {
  const wanted = environment.toLowerCase();
  for (let i = approvals.length - 1; i >= 0; i--) {
    const approval = approvals[i];
    if (approval?.environments.some((name) => name.toLowerCase() === wanted)) return approval;
  }
  return undefined;
}
