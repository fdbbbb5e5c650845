import { readFile } from "node:fs/promises";
import type { Context } from "../../context/context.js";
import { isForkPullRequest, permissionDeniedReason } from "../../github/permissions.js";
import { upsertStickyComment } from "../../github/sticky-comment.js";

interface PullRequestEvent {
  number?: number;
  pull_request?: { number?: number };
}

/** The pull request this run is for, from the event payload GitHub writes to GITHUB_EVENT_PATH. */
async function pullRequestOf(context: Context): Promise<{ number: number; fork: boolean } | undefined> {
  const event = context.env.GITHUB_EVENT_NAME;
  if (event !== "pull_request" && event !== "pull_request_target") return undefined;
  const path = context.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  const payload = JSON.parse(await readFile(path, "utf8")) as PullRequestEvent;
  const number = payload.pull_request?.number ?? payload.number;
  return number ? { number, fork: isForkPullRequest(payload) } : undefined;
}

/**
 * Posts or updates the sticky comment of this model on the run's pull request. It never fails the step: a
 * fork's read-only token, a missing token or a 403 is said in the log, and the report stays in the job summary.
 */
export async function commentOnPullRequest(
  context: Context,
  options: { model: string; body: string; token?: string | undefined },
): Promise<string | undefined> {
  const pullRequest = await pullRequestOf(context);
  if (!pullRequest) {
    context.log.info("not a pull-request run: the report is in the job summary only");
    return undefined;
  }
  if (pullRequest.fork) {
    context.log.notice(
      "No pull-request comment: this pull request comes from a fork, and GitHub gives such runs a read-only token and no secrets (so untrusted code cannot write to the repository or read credentials). The report is in the job summary.",
    );
    return undefined;
  }
  const token = options.token ?? context.env.GITHUB_TOKEN;
  const repository = context.env.GITHUB_REPOSITORY;
  if (!token || !repository) {
    context.log.warning("No pull-request comment: no github-token input and no GITHUB_REPOSITORY");
    return undefined;
  }
  context.setSecret(token);
  const [owner, repo] = repository.split("/") as [string, string];
  const { createGitHubClient } = await import("../../github/github-client.js"); // Octokit: only on GitHub
  const octokit = createGitHubClient({
    token,
    ...(context.env.GITHUB_API_URL ? { baseUrl: context.env.GITHUB_API_URL } : {}),
    log: (message) => context.log.warning(message),
  });
  try {
    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: pullRequest.number,
      marker: options.model,
      body: options.body,
    });
    context.log.info(`pull-request comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    const reason = permissionDeniedReason(error, { forkPullRequest: pullRequest.fork });
    if (reason) {
      context.log.warning(reason);
      return undefined;
    }
    throw error;
  }
}
