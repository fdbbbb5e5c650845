interface RepoLike {
  full_name?: unknown;
}

interface PullRequestPayload {
  pull_request?: {
    head?: { repo?: RepoLike | null };
    base?: { repo?: RepoLike | null };
  };
}

/**
 * Whether a `pull_request` event payload comes from a fork: its head repository differs from its base. Such
 * runs get a read-only token. A head repository that is gone (a deleted fork) counts as a fork.
 */
export function isForkPullRequest(eventPayload: unknown): boolean {
  const pullRequest = (eventPayload as PullRequestPayload | null | undefined)?.pull_request;
  if (!pullRequest) return false;
  const base = pullRequest.base?.repo?.full_name;
  const head = pullRequest.head?.repo?.full_name;
  if (typeof base !== "string") return false;
  if (typeof head !== "string") return true;
  return head.toLowerCase() !== base.toLowerCase();
}

function errorMessage(error: object): string {
  const data = (error as { response?: { data?: { message?: unknown } } }).response?.data;
  const fromBody = typeof data?.message === "string" ? data.message : "";
  const own = (error as { message?: unknown }).message;
  return `${fromBody} ${typeof own === "string" ? own : ""}`;
}

/**
 * Explains a 403 "Resource not accessible by integration" (the token lacks a permission) in words a user can
 * act on; undefined for any other error, which callers rethrow.
 */
export function permissionDeniedReason(
  error: unknown,
  options: { forkPullRequest?: boolean } = {},
): string | undefined {
  if (typeof error !== "object" || error === null || (error as { status?: unknown }).status !== 403)
    return undefined;
  if (!/resource not accessible by/i.test(errorMessage(error))) return undefined;
  if (options.forkPullRequest) {
    return (
      "No pull-request comment: this pull request comes from a fork, and GitHub gives such runs a read-only " +
      "token (403 Resource not accessible by integration). The report is in the job summary instead."
    );
  }
  return (
    "No pull-request comment: the token may not write comments (403 Resource not accessible by integration). " +
    "Give the job `permissions: pull-requests: write`; the report is in the job summary instead."
  );
}
