import type { Octokit } from "@octokit/rest";
import { stickyMarker, upsertStickyComment } from "./sticky-comment.js";

/** Where a pending approval request lives: a sticky comment on a pull request, or an issue of its own. */
export interface ApprovalRequest {
  kind: "pull-request-comment" | "issue";
  /** The pull request or issue number. */
  number: number;
  /** The request comment (pull request) or the issue itself. */
  url: string;
  /** The comment's id on a pull request; the issue's number otherwise. */
  id: number;
  /** When the request was first made; decisions before it do not count. */
  createdAt: string;
  /** True when an earlier run of the job had already made this request (a re-run resumes it). */
  resumed: boolean;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A decision someone took on a request: a review approval, or an `/approve` or `/reject` comment. */
export interface ApprovalSignal {
  user: string;
  /** `approve` and `reject` from comments and reviews; comments that decide nothing are left out. */
  decision: "approve" | "reject";
  via: "review" | "comment";
  /** The version an `/approve <version>` comment names (reviews and bare `/reject` name none). */
  version?: string;
  /** The review or comment on github.com. */
  url: string;
  at: string;
  /** The text after the command (a reason for `/reject`). */
  text: string;
}

/** The hidden marker of the request for one model version. */
export function approvalMarker(model: string, version: string): string {
  return stickyMarker(`approval:${model}@${version}`);
}

/**
 * Posts or updates the approval request: on a pull request a sticky comment (so a re-run finds and keeps it),
 * otherwise an issue whose body starts with the marker (searched among the 300 newest issues, open or closed).
 */
export async function upsertApprovalRequest(
  octokit: Octokit,
  target: RepoRef & { pullRequest?: number; marker: string; title: string; body: string },
): Promise<ApprovalRequest> {
  const body = `${target.marker}\n${target.body}`;
  if (target.pullRequest !== undefined) {
    const result = await upsertStickyComment(octokit, {
      owner: target.owner,
      repo: target.repo,
      issueNumber: target.pullRequest,
      marker: target.marker,
      body,
    });
    const { data: comment } = await octokit.rest.issues.getComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: result.commentId,
    });
    return {
      kind: "pull-request-comment",
      number: target.pullRequest,
      url: result.url,
      id: result.commentId,
      createdAt: comment.created_at,
      resumed: result.action !== "created",
    };
  }
  const existing = await findRequestIssue(octokit, target, target.marker);
  if (existing) {
    // A decided (closed) request keeps its decision text; an open one shows the current decision and report.
    if (existing.body !== body && existing.state === "open")
      await octokit.rest.issues.update({
        owner: target.owner,
        repo: target.repo,
        issue_number: existing.number,
        body,
      });
    return {
      kind: "issue",
      number: existing.number,
      url: existing.html_url,
      id: existing.number,
      createdAt: existing.created_at,
      resumed: true,
    };
  }
  const { data: issue } = await octokit.rest.issues.create({
    owner: target.owner,
    repo: target.repo,
    title: target.title,
    body,
  });
  return {
    kind: "issue",
    number: issue.number,
    url: issue.html_url,
    id: issue.number,
    createdAt: issue.created_at,
    resumed: false,
  };
}

async function findRequestIssue(octokit: Octokit, repo: RepoRef, marker: string) {
  for (let page = 1; page <= 3; page++) {
    const { data } = await octokit.rest.issues.listForRepo({
      owner: repo.owner,
      repo: repo.repo,
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 100,
      page,
    });
    const found = data.find((issue) => !issue.pull_request && (issue.body ?? "").startsWith(marker));
    if (found) return { ...found, body: found.body ?? "" };
    if (data.length < 100) return undefined;
  }
  return undefined;
}

/** Rewrites the request once decided (the marker stays, so a re-run still finds it); closes a request issue. */
export async function closeApprovalRequest(
  octokit: Octokit,
  repo: RepoRef,
  request: ApprovalRequest,
  marker: string,
  body: string,
): Promise<void> {
  const text = `${marker}\n${body}`;
  if (request.kind === "pull-request-comment") {
    await octokit.rest.issues.updateComment({ ...repo, comment_id: request.id, body: text });
    return;
  }
  await octokit.rest.issues.update({ ...repo, issue_number: request.number, body: text, state: "closed" });
}

const COMMAND = /^\/(approve|reject)\b[ \t]*([^\r\n]*)/i;

/** Parses a comment's first line: `/approve <version>` or `/reject [reason]`; undefined for anything else. */
export function parseApprovalCommand(
  body: string,
): { decision: "approve" | "reject"; version?: string; text: string } | undefined {
  const match = COMMAND.exec(body.trim());
  if (!match) return undefined;
  const decision = (match[1] as string).toLowerCase() as "approve" | "reject";
  const rest = (match[2] ?? "").trim();
  if (decision === "approve") {
    const version = rest.split(/\s+/)[0]?.replace(/^v(?=\d)/, "");
    return { decision, ...(version ? { version } : {}), text: rest };
  }
  return { decision, text: rest };
}

/**
 * The decisions taken on a request since it was made, oldest first: `/approve` and `/reject` comments on its
 * pull request or issue (after the request), and, on a pull request, review approvals submitted after it.
 */
export async function listApprovalSignals(
  octokit: Octokit,
  repo: RepoRef,
  request: ApprovalRequest,
): Promise<ApprovalSignal[]> {
  const since = Date.parse(request.createdAt);
  const signals: ApprovalSignal[] = [];
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: request.number,
    since: request.createdAt,
    per_page: 100,
  });
  for (const comment of comments) {
    if (request.kind === "pull-request-comment" && comment.id <= request.id) continue;
    if (Date.parse(comment.created_at) < since) continue;
    const command = parseApprovalCommand(comment.body ?? "");
    if (!command || !comment.user) continue;
    signals.push({
      user: comment.user.login,
      decision: command.decision,
      via: "comment",
      ...(command.version ? { version: command.version } : {}),
      url: comment.html_url,
      at: comment.created_at,
      text: command.text,
    });
  }
  if (request.kind === "pull-request-comment") {
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
      ...repo,
      pull_number: request.number,
      per_page: 100,
    });
    for (const review of reviews) {
      if (review.state !== "APPROVED" || !review.user || !review.submitted_at) continue;
      if (Date.parse(review.submitted_at) < since) continue;
      signals.push({
        user: review.user.login,
        decision: "approve",
        via: "review",
        url: review.html_url,
        at: review.submitted_at,
        text: review.body ?? "",
      });
    }
  }
  return signals.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Whether a user is an active member of `org/team`, through GET /orgs/{org}/teams/{team_slug}/memberships/
 * {username}. Reading another organisation's teams needs a token with `members: read` (a workflow's
 * GITHUB_TOKEN has none): a 403 is rethrown for the caller to explain; 404 means not a member.
 */
export async function isTeamMember(octokit: Octokit, team: string, user: string): Promise<boolean> {
  const [org, slug] = team.split("/") as [string, string];
  try {
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: user,
    });
    return data.state === "active";
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}
