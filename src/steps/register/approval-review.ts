import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Octokit } from "@octokit/rest";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import {
  type ApprovalRequest,
  type ApprovalSignal,
  approvalMarker,
  closeApprovalRequest,
  isTeamMember,
  listApprovalSignals,
  upsertApprovalRequest,
} from "../../github/approval-requests.js";
import { CODEOWNERS_PATHS, ownersOf } from "../../github/codeowners.js";
import { escapeMarkdown } from "../../report/markdown.js";

/** What review mode needs to know to ask for an approval and to judge one. */
export interface ReviewApprovalOptions {
  owner: string;
  repo: string;
  model: string;
  version: string;
  action: "promote" | "rollback";
  /** The pull request the run belongs to, when there is one: the request is a sticky comment on it. */
  pullRequest?: number;
  /** `register.approvers`: logins and `org/team` slugs. */
  approvers: readonly string[];
  /** trainyard.yml's path from the repository root, whose CODEOWNERS may approve too. */
  configPath?: string;
  /** The run's own actors (who started it, who re-ran it): they cannot approve unless allowed. */
  actors: readonly string[];
  allowSelfApproval: boolean;
  /** How long to wait; 0 looks once. */
  timeoutMs: number;
  /** The first wait between looks; it doubles up to `maxPollMs`. */
  pollMs: number;
  maxPollMs: number;
  /** The decision, its reasons, and where the full report is. */
  decision?: { decision: string; reasons: readonly string[] };
  reportUrl?: string;
  runUrl?: string;
  /** Lets tests run without real time passing. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface ReviewApproval {
  approvedBy: string;
  via: "review" | "comment";
  /** The review or comment that approved. */
  url: string;
  /** When it was given (GitHub's time of the review or comment). */
  at: string;
  comment: string;
  request: ApprovalRequest;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "90s", "30m", "4h", "1d", or "0", in milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = match[2] || (value === 0 ? "s" : "");
  if (!unit) return undefined;
  return value * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as "s" | "m" | "h" | "d"];
}

/** The CODEOWNERS owners of trainyard.yml, read from the checked-out repository. */
export async function codeownersOfConfig(
  workingDirectory: string,
  configPath: string | undefined,
): Promise<string[]> {
  if (!configPath) return [];
  for (const candidate of CODEOWNERS_PATHS) {
    const text = await readFile(join(workingDirectory, candidate), "utf8").catch(() => undefined);
    if (text !== undefined) return ownersOf(text, configPath);
  }
  return [];
}

/** The config's path from the repository root (the workspace on a runner), with forward slashes. */
export function repositoryPath(workingDirectory: string, path: string): string {
  return relative(workingDirectory, path).split("\\").join("/");
}

function requestBody(options: ReviewApprovalOptions, approvers: readonly string[]): string {
  const what = options.action === "promote" ? "promote" : "roll back to";
  const lines = [
    `### trainyard: approval requested to ${what} \`${escapeMarkdown(options.model)}\` version ${escapeMarkdown(options.version)}`,
    "",
  ];
  if (options.decision) {
    lines.push(`**Decision:** ${escapeMarkdown(options.decision.decision)}`);
    for (const reason of options.decision.reasons.slice(0, 20)) lines.push(`- ${escapeMarkdown(reason)}`);
    lines.push("");
  }
  if (options.reportUrl) lines.push(`**Full report:** ${options.reportUrl}`, "");
  lines.push(
    `To approve, ${options.pullRequest !== undefined ? "approve this pull request in a review, or " : ""}comment \`/approve ${escapeMarkdown(options.version)}\`. To reject, comment \`/reject <reason>\`.`,
    "",
    `Who may approve: ${approvers.length > 0 ? approvers.map((a) => `@${escapeMarkdown(a)}`).join(", ") : "nobody is listed yet (register.approvers in trainyard.yml, or CODEOWNERS of trainyard.yml)"}${options.allowSelfApproval ? "" : "; not the person who started the run"}.`,
  );
  if (options.runUrl) lines.push("", `Waiting in ${options.runUrl}; re-run the job to wait again.`);
  return lines.join("\n");
}

/**
 * Review mode, for plans whose environments have no required reviewers: posts a pending approval request
 * (a sticky comment on the pull request, else an issue) and waits, bounded, for a listed approver to approve
 * it (a review approval on the pull request, or `/approve <version>`); `/reject` ends it. A re-run finds its
 * own request and counts what was decided on it meanwhile.
 */
export async function waitForReviewApproval(
  context: Context,
  octokit: Octokit,
  options: ReviewApprovalOptions,
): Promise<ReviewApproval> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const owners = await codeownersOfConfig(context.workingDirectory, options.configPath);
  const listed = [...new Set([...options.approvers, ...owners])];
  if (listed.length === 0)
    throw new UserError(
      `review approval needs someone who may approve: list GitHub users or org/team slugs in register.approvers of trainyard.yml, or give trainyard.yml an owner in CODEOWNERS`,
    );
  const repo = { owner: options.owner, repo: options.repo };
  const marker = approvalMarker(options.model, options.version);
  const request = await upsertApprovalRequest(octokit, {
    ...repo,
    ...(options.pullRequest !== undefined ? { pullRequest: options.pullRequest } : {}),
    marker,
    title: `trainyard: approve ${options.action === "promote" ? "promoting" : "rolling back to"} ${options.model} version ${options.version}`,
    body: requestBody(options, listed),
  });
  context.log.notice(
    `${request.resumed ? "resuming the" : "posted an"} approval request for ${options.model} version ${options.version}: ${request.url}`,
  );

  const users = new Set(listed.filter((entry) => !entry.includes("/")).map((u) => u.toLowerCase()));
  const teams = listed.filter((entry) => entry.includes("/"));
  const actors = new Set(options.actors.map((actor) => actor.toLowerCase()));
  const explained = new Set<string>();
  const explain = (key: string, message: string) => {
    if (explained.has(key)) return;
    explained.add(key);
    context.log.info(message);
  };
  const membership = new Map<string, boolean>();
  const mayDecide = async (user: string): Promise<boolean> => {
    const login = user.toLowerCase();
    if (users.has(login)) return true;
    for (const team of teams) {
      const key = `${team}:${login}`;
      if (!membership.has(key)) {
        try {
          membership.set(key, await isTeamMember(octokit, team, user));
        } catch (error) {
          if ((error as { status?: number }).status === 403)
            throw new UserError(
              `cannot read the members of team ${team} (HTTP 403): a workflow's GITHUB_TOKEN cannot read organisation teams; pass a token with members: read (organisation) as github-token, or list the approvers by login in register.approvers`,
            );
          throw error;
        }
      }
      if (membership.get(key)) return true;
    }
    return false;
  };

  const judge = async (signal: ApprovalSignal): Promise<"approve" | "reject" | undefined> => {
    const where = `${signal.via} ${signal.url}`;
    const self = actors.has(signal.user.toLowerCase());
    if (signal.decision === "reject") {
      // The run's own actor may withdraw it; anyone else must be allowed to decide.
      if (self || (await mayDecide(signal.user))) return "reject";
      explain(where, `ignored /reject by ${signal.user} (${where}): not a listed approver`);
      return undefined;
    }
    if (signal.via === "comment" && signal.version === undefined) {
      explain(
        where,
        `ignored /approve by ${signal.user} (${where}): name the version, /approve ${options.version}`,
      );
      return undefined;
    }
    if (signal.version !== undefined && signal.version !== options.version) {
      explain(
        where,
        `ignored /approve ${signal.version} by ${signal.user} (${where}): this request is for version ${options.version}`,
      );
      return undefined;
    }
    if (!(await mayDecide(signal.user))) {
      explain(
        where,
        `ignored the approval by ${signal.user} (${where}): not in register.approvers nor a CODEOWNER of trainyard.yml`,
      );
      return undefined;
    }
    if (self && !options.allowSelfApproval) {
      explain(
        where,
        `ignored the approval by ${signal.user} (${where}): the person who started the run cannot approve it (register.allow_self_approval is false)`,
      );
      return undefined;
    }
    return "approve";
  };

  const deadline = now() + options.timeoutMs;
  let wait = options.pollMs;
  for (;;) {
    for (const signal of await listApprovalSignals(octokit, repo, request)) {
      const verdict = await judge(signal);
      if (verdict === "reject") {
        await closeApprovalRequest(
          octokit,
          repo,
          request,
          marker,
          `### trainyard: ${options.model} version ${options.version} was rejected\n\nRejected by @${escapeMarkdown(signal.user)} (${signal.url})${signal.text ? `: ${escapeMarkdown(signal.text)}` : ""}. Nothing changed.`,
        );
        throw new UserError(
          `${signal.user} rejected ${options.action === "promote" ? "promoting" : "rolling back to"} ${options.model} version ${options.version} (${signal.url})${signal.text ? `: ${signal.text}` : ""}; nothing changed`,
        );
      }
      if (verdict === "approve") {
        await closeApprovalRequest(
          octokit,
          repo,
          request,
          marker,
          `### trainyard: ${options.model} version ${options.version} is approved\n\nApproved by @${escapeMarkdown(signal.user)} through a ${signal.via} (${signal.url}) at ${signal.at}.`,
        );
        return {
          approvedBy: signal.user,
          via: signal.via,
          url: signal.url,
          at: signal.at,
          comment: signal.text,
          request,
        };
      }
    }
    const left = deadline - now();
    if (left <= 0) break;
    await sleep(Math.min(wait, left));
    wait = Math.min(wait * 2, options.maxPollMs);
  }
  const waited = Number((options.timeoutMs / 1000).toPrecision(3));
  throw new UserError(
    `no approval of ${options.model} version ${options.version} within ${waited} s (register.approval_timeout): the request stays open at ${request.url}; once a listed approver approves it, re-run this job and it continues from there`,
  );
}
