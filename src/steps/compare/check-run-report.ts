import { readFile } from "node:fs/promises";
import type { Context } from "../../context/context.js";
import { upsertCheckRun } from "../../github/check-run.js";
import { isForkPullRequest, permissionDeniedReason } from "../../github/permissions.js";

interface PullRequestPayload {
  pull_request?: { head?: { sha?: string } };
}

/** The commit a check belongs to: the pull request's head (not the merge commit GITHUB_SHA names), else GITHUB_SHA. */
async function headOf(context: Context): Promise<{ sha: string; fork: boolean } | undefined> {
  const env = context.env;
  if ((env.GITHUB_EVENT_NAME ?? "").startsWith("pull_request") && env.GITHUB_EVENT_PATH) {
    const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as PullRequestPayload;
    const sha = payload.pull_request?.head?.sha;
    if (sha) return { sha, fork: isForkPullRequest(payload) };
  }
  return env.GITHUB_SHA ? { sha: env.GITHUB_SHA, fork: false } : undefined;
}

/**
 * Publishes the decision as the check run `trainyard / <model>` on the pull request's head commit, so branch
 * protection can require it: success for promote; for reject, failure when fail-on-reject is set, else
 * neutral. Never fails the step: a fork's read-only token or a missing `checks: write` leaves the report in
 * the job summary and says why.
 */
export async function publishCheckRun(
  context: Context,
  options: {
    model: string;
    decision: "promote" | "reject";
    reasons: readonly string[];
    markdown: string;
    failOnReject: boolean;
    token?: string | undefined;
  },
): Promise<string | undefined> {
  const env = context.env;
  // A runner always sets GITHUB_API_URL; without it this is not a GitHub run (a test, a local shell).
  if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_REPOSITORY || !env.GITHUB_API_URL) return undefined;
  const head = await headOf(context);
  if (!head) return undefined;
  const degrade = async (why: string) => {
    context.log.notice(why);
    await context.appendSummary(`> ${why}\n`);
    return undefined;
  };
  if (head.fork)
    return degrade(
      "No check run: this pull request comes from a fork, and GitHub gives such runs a read-only token. The report is in this job summary.",
    );
  const token = options.token ?? env.GITHUB_TOKEN;
  if (!token)
    return degrade(
      "No check run: no github-token input and no GITHUB_TOKEN. The report is in this job summary.",
    );
  context.setSecret(token);
  const [owner, repo] = env.GITHUB_REPOSITORY.split("/") as [string, string];
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = env.GITHUB_RUN_ID
    ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  const { createGitHubClient } = await import("../../github/github-client.js"); // Octokit: only on GitHub
  const octokit = createGitHubClient({
    token,
    baseUrl: env.GITHUB_API_URL,
    log: (message) => context.log.warning(message),
  });
  const conclusion =
    options.decision === "promote" ? "success" : options.failOnReject ? "failure" : "neutral";
  const headline = `${options.decision}: ${options.reasons[0] ?? ""}`.trim();
  const summary = [
    `**Decision: ${options.decision}**`,
    "",
    ...options.reasons.map((reason) => `- ${reason}`),
    "",
    ...(runUrl ? [`Full report: ${runUrl} (job summary and the comparison artifact)`, ""] : []),
    options.markdown,
  ].join("\n");
  try {
    const result = await upsertCheckRun(octokit, {
      owner,
      repo,
      headSha: head.sha,
      name: `trainyard / ${options.model}`,
      conclusion,
      title: context.mask(headline),
      summary: context.mask(summary),
      ...(runUrl ? { detailsUrl: runUrl } : {}),
    });
    context.log.info(`check run ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    if (permissionDeniedReason(error))
      return degrade(
        "No check run: the token may not write checks (403 Resource not accessible by integration). Give the job `permissions: checks: write`; the report is in this job summary.",
      );
    throw error;
  }
}
