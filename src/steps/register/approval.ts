import { readFile } from "node:fs/promises";
import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { getDeploymentApprovals, latestApproval } from "../../github/approvals.js";
import { getEnvironmentProtection } from "../../github/environments.js";
import type { GitHubClient } from "../../github/github-client.js";
import { inputLabel } from "../../inputs/declared-inputs.js";
import { localUserName } from "../../lineage/workflow-run.js";
import { parseDuration, repositoryPath, waitForReviewApproval } from "./approval-review.js";

export type ApprovalMode = "environment" | "review";

export interface Approval {
  /** Who allowed the change: the environment's reviewer or listed approver on GitHub, `approved-by` elsewhere. */
  approvedBy: string;
  comment?: string;
  /** How: the environment's deployment review, a pull-request review, an `/approve` comment, or the input. */
  source: "github-environment" | "github-review" | "github-comment" | "approved-by input";
  /** When: the review's or comment's time; for an environment, when trainyard saw it (GitHub records none). */
  observedAt: string;
  /** Who ran the step (GITHUB_ACTOR, or the local user). */
  actor: string;
  runUrl?: string;
  /** Where the approval can be seen: the review or comment, or the run whose deployment was approved. */
  url?: string;
}

/** What is being approved, and the settings that decide how. */
export interface ApprovalSubject {
  environment: string;
  action: "promote" | "rollback";
  model: string;
  version: string;
  config: LoadedConfig | undefined;
  comparison?: { decision: string; reasons: readonly string[] } | undefined;
}

export interface ApprovalInputs {
  readonly "approved-by"?: string | undefined;
  readonly "github-token"?: string | undefined;
  readonly approval?: ApprovalMode | undefined;
  readonly "approval-timeout"?: string | undefined;
}

const POLL_SECONDS = 15;
const MAX_POLL_SECONDS = 120;

export function approvalModeOf(inputs: ApprovalInputs, config: LoadedConfig | undefined): ApprovalMode {
  return inputs.approval ?? config?.config.register.approval ?? "environment";
}

function timeoutOf(inputs: ApprovalInputs, config: LoadedConfig | undefined): number {
  const text = inputs["approval-timeout"] ?? config?.config.register.approval_timeout ?? "4h";
  const ms = parseDuration(text);
  if (ms === undefined)
    throw new UserError(
      `${inputLabel(inputs, "approval-timeout")} must be a duration such as 90s, 30m or 4h (or 0 to look once), got ${JSON.stringify(text)}`,
    );
  return ms;
}

async function pullRequestNumber(context: Context): Promise<number | undefined> {
  const event = context.env.GITHUB_EVENT_NAME ?? "";
  const path = context.env.GITHUB_EVENT_PATH;
  if (!event.startsWith("pull_request") || !path) return undefined;
  const payload = JSON.parse(await readFile(path, "utf8")) as {
    number?: number;
    pull_request?: { number?: number };
  };
  return payload.pull_request?.number ?? payload.number;
}

/**
 * The approval behind a promotion or rollback. On GitHub, `environment` mode reads the workflow run's
 * deployment reviews of the environment (refusing an environment without required reviewers, where nobody
 * was asked), and `review` mode asks listed approvers on the pull request or an issue and waits for one.
 * Elsewhere `approved-by` is required and recorded as given.
 */
export async function resolveApproval(
  context: Context,
  inputs: ApprovalInputs,
  subject: ApprovalSubject,
): Promise<Approval> {
  const { action, environment, config } = subject;
  const env = context.env;
  const actor = env.GITHUB_ACTOR ?? localUserName() ?? "unknown";
  const given = inputs["approved-by"];
  const onGitHub = env.GITHUB_ACTIONS === "true" && env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY;
  if (!onGitHub) {
    if (!given)
      throw new UserError(
        `${action} outside GitHub needs ${inputLabel(inputs, "approved-by")} <name>: who allowed this change is recorded on the version`,
      );
    return { approvedBy: given, source: "approved-by input", observedAt: new Date().toISOString(), actor };
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY as string).split("/") as [string, string];
  const runId = Number(env.GITHUB_RUN_ID);
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = `${server}/${owner}/${repo}/actions/runs/${runId}`;
  const token = inputs["github-token"] ?? env.GITHUB_TOKEN;
  if (!token) throw new UserError(`${action} needs the github-token input to read the approval`);
  context.setSecret(token);
  const { createGitHubClient } = await import("../../github/github-client.js"); // Octokit: only on GitHub
  const octokit = createGitHubClient({
    token,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    log: (message) => context.log.warning(message),
  });

  const mode = approvalModeOf(inputs, config);
  if (mode === "review") {
    const pollSeconds = Number(env.TRAINYARD_APPROVAL_POLL_SECONDS) || POLL_SECONDS;
    const pullRequest = await pullRequestNumber(context);
    const approval = await waitForReviewApproval(context, octokit, {
      owner,
      repo,
      model: subject.model,
      version: subject.version,
      action,
      ...(pullRequest !== undefined ? { pullRequest } : {}),
      approvers: config?.config.register.approvers ?? [],
      ...(config ? { configPath: repositoryPath(context.workingDirectory, config.path) } : {}),
      actors: [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a): a is string => Boolean(a)),
      allowSelfApproval: config?.config.register.allow_self_approval ?? false,
      timeoutMs: timeoutOf(inputs, config),
      pollMs: pollSeconds * 1000,
      maxPollMs: Math.max(pollSeconds, MAX_POLL_SECONDS) * 1000,
      ...(subject.comparison ? { decision: subject.comparison } : {}),
      reportUrl: runUrl,
      runUrl,
    });
    return {
      approvedBy: approval.approvedBy,
      ...(approval.comment ? { comment: approval.comment } : {}),
      source: approval.via === "review" ? "github-review" : "github-comment",
      observedAt: approval.at,
      actor,
      runUrl,
      url: approval.url,
    };
  }
  return environmentApproval(octokit, { owner, repo, runId, runUrl, environment, action, actor });
}

async function environmentApproval(
  octokit: GitHubClient,
  run: {
    owner: string;
    repo: string;
    runId: number;
    runUrl: string;
    environment: string;
    action: "promote" | "rollback";
    actor: string;
  },
): Promise<Approval> {
  const { owner, repo, runId, environment, action } = run;
  const denied = (what: string) => (error: { status?: number }) => {
    if (error.status === 403 || (error.status === 404 && what === "reviews"))
      throw new UserError(
        `cannot read the ${what === "reviews" ? `deployment reviews of workflow run ${runId}` : `protection rules of environment "${environment}"`} (HTTP ${error.status}): give the job \`permissions: actions: read\` so the approval can be checked and recorded`,
      );
    throw error;
  };
  // Before anything moves: an environment nobody must approve would let the job run unapproved.
  const protection = await getEnvironmentProtection(octokit, { owner, repo, environment }).catch(
    denied("environment"),
  );
  if (protection.reviewers.length === 0)
    throw new UserError(
      `environment "${environment}" ${protection.exists ? "has no required reviewers" : "does not exist"}, so nobody was asked to approve this ${action}. ` +
        "GitHub offers required reviewers only on public repositories and on GitHub Enterprise; on Free, Pro and Team plans a private repository's environment cannot have them. " +
        "Use register.approval: review in trainyard.yml (or the approval input: review) with register.approvers, so a listed person approves on the pull request or the approval issue; " +
        `or, where your plan allows, add required reviewers to "${environment}" (Settings → Environments). Nothing changed.`,
    );
  const approvals = await getDeploymentApprovals(octokit, { owner, repo, runId }).catch(denied("reviews"));
  const decision = latestApproval(approvals, environment);
  if (decision?.state === "approved") {
    return {
      approvedBy: decision.user,
      ...(decision.comment ? { comment: decision.comment } : {}),
      source: "github-environment",
      observedAt: new Date().toISOString(),
      actor: run.actor,
      runUrl: run.runUrl,
      url: run.runUrl,
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
