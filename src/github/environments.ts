import type { Octokit } from "@octokit/rest";

export interface EnvironmentProtection {
  /** False when the repository has no environment of that name (GitHub creates one, unprotected, on first use). */
  exists: boolean;
  /** The required reviewers (logins, or `org/team` slugs); empty when the environment requires none. */
  reviewers: string[];
  /** Whether the environment forbids the person who started the run from approving it. */
  preventSelfReview: boolean;
}

interface ReviewerEntry {
  type?: string;
  reviewer?: { login?: string; slug?: string; organization?: { login?: string } | null } | null;
}

/**
 * The protection rules of a GitHub environment, from GET /repos/{owner}/{repo}/environments/{environment_name}:
 * who must approve a job that runs in it. Required reviewers exist only on public repositories and on
 * GitHub Enterprise; elsewhere the list is empty and a job in the environment runs at once.
 */
export async function getEnvironmentProtection(
  octokit: Octokit,
  target: { owner: string; repo: string; environment: string },
): Promise<EnvironmentProtection> {
  try {
    const { data } = await octokit.rest.repos.getEnvironment({
      owner: target.owner,
      repo: target.repo,
      environment_name: target.environment,
    });
    const reviewers: string[] = [];
    let preventSelfReview = false;
    for (const rule of data.protection_rules ?? []) {
      if (rule.type !== "required_reviewers") continue;
      const entries = ((rule as { reviewers?: ReviewerEntry[] }).reviewers ?? []) as ReviewerEntry[];
      if ((rule as { prevent_self_review?: boolean }).prevent_self_review) preventSelfReview = true;
      for (const entry of entries) {
        const reviewer = entry.reviewer;
        if (!reviewer) continue;
        if (entry.type === "Team" && reviewer.slug)
          reviewers.push(`${reviewer.organization?.login ?? target.owner}/${reviewer.slug}`);
        else if (reviewer.login) reviewers.push(reviewer.login);
      }
    }
    return { exists: true, reviewers, preventSelfReview };
  } catch (error) {
    if ((error as { status?: number }).status === 404)
      return { exists: false, reviewers: [], preventSelfReview: false };
    throw error;
  }
}
