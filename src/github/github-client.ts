import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

const GitHubOctokit = Octokit.plugin(retry, throttling);

/** An Octokit with retries on transient failures and GitHub's pacing and rate-limit handling. */
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** The REST API root, GITHUB_API_URL on a runner (GitHub Enterprise Server differs); api.github.com when absent. */
  baseUrl?: string;
  userAgent?: string;
  /** Receives warnings: rate limits hit, retries, giving up. The token never appears in a message. */
  log?: (message: string) => void;
  /** Times a rate limit is waited out before the request fails; 2 unless told. */
  rateLimitRetries?: number;
  /** A longer wait than this fails at once instead: a primary limit can take up to an hour to reset. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Requests of clients sharing this id are paced together (GitHub asks for at least a second between writes
   * and more between writes that notify people). One job is one pace; the default shares one per process.
   */
  throttleId?: string;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token } = options;
  const maxRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;
  const redact = (message: string) => (token ? message.split(token).join("***") : message);
  const warn = (message: string) => options.log?.(redact(message));

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const what = `${kind} for ${request.method} ${request.url}`;
      if (retryCount >= maxRetries) {
        warn(`GitHub ${what}; giving up after ${retryCount} retries`);
        return false;
      }
      if (retryAfter > maxWait) {
        warn(`GitHub ${what}; it resets in ${retryAfter} s, longer than the ${maxWait} s this client waits`);
        return false;
      }
      warn(`GitHub ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries})`);
      return true;
    };

  return new GitHubOctokit({
    auth: token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {}),
    userAgent: options.userAgent ?? "trainyard",
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => warn(message),
      // Only the request log writes here, once per failed request; the caller receives the error itself.
      error: () => {},
    },
    // Rate limits (403 and 429 with GitHub's headers) belong to the throttling handlers above alone.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      id: options.throttleId ?? "trainyard",
      onRateLimit: onLimit("rate limit reached"),
      onSecondaryRateLimit: onLimit("secondary rate limit reached"),
    },
  });
}
