import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/github-client.js";
import { type GitHubApiServer, startGitHubApiServer } from "../harness/github-api-server.js";

const TOKEN = "ghs_client-test-token-that-must-never-be-logged";
let server: GitHubApiServer;

beforeAll(async () => {
  server = await startGitHubApiServer();
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  expect(server.violations).toEqual([]);
});

/** GitHub's answer when the primary rate limit is used up; the reset is already past, so retries go at once. */
function rateLimited(times: number) {
  server.injectFault({
    operationId: "repos/get",
    status: 403,
    times,
    headers: {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) - 5),
    },
    body: {
      message: "API rate limit exceeded for installation ID 1.",
      documentation_url: "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api",
    },
  });
}

describe("createGitHubClient", () => {
  it("sends the token and user agent to the given API root", async () => {
    const octokit = createGitHubClient({
      token: TOKEN,
      baseUrl: `${server.url}/`,
      userAgent: "trainyard-test",
    });
    const before = server.requests.length;

    const { data } = await octokit.rest.repos.get({ owner: "trainyard", repo: "demo" });

    expect(data.full_name).toBe("trainyard/demo");
    expect(server.requests.slice(before)).toMatchObject([{ operationId: "repos/get", authenticated: true }]);
  });

  it("waits out a rate limit and succeeds, logging without the token", async () => {
    const messages: string[] = [];
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log: (m) => messages.push(m) });
    rateLimited(2);

    const { data } = await octokit.rest.repos.get({ owner: "trainyard", repo: "demo" });

    expect(data.name).toBe("demo");
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/rate limit reached for GET .*; retrying in \d+ s \(retry 1 of 2\)/);
    expect(messages.join("\n")).not.toContain(TOKEN);
  });

  it("gives up after two retries", async () => {
    const messages: string[] = [];
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log: (m) => messages.push(m) });
    rateLimited(3);
    const before = server.requests.length;

    await expect(octokit.rest.repos.get({ owner: "trainyard", repo: "demo" })).rejects.toMatchObject({
      status: 403,
    });

    expect(server.requests.slice(before).map((r) => r.status)).toEqual([403, 403, 403]);
    expect(messages.at(-1)).toMatch(/giving up after 2 retries/);
    expect(messages.join("\n")).not.toContain(TOKEN);
  });

  it("fails at once when the limit resets later than it is willing to wait", async () => {
    const messages: string[] = [];
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log: (m) => messages.push(m) });
    server.injectFault({
      operationId: "repos/get",
      status: 429,
      headers: {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      },
      body: { message: "API rate limit exceeded", documentation_url: "https://docs.github.com/rest" },
    });
    const started = Date.now();

    await expect(octokit.rest.repos.get({ owner: "trainyard", repo: "demo" })).rejects.toMatchObject({
      status: 429,
    });

    expect(Date.now() - started).toBeLessThan(5000);
    expect(messages.at(-1)).toMatch(/longer than the 300 s this client waits/);
  });

  it("retries a secondary rate limit after GitHub's retry-after", async () => {
    const messages: string[] = [];
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log: (m) => messages.push(m) });
    server.injectFault({
      operationId: "repos/get",
      status: 403,
      headers: { "retry-after": "1" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url: "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api",
      },
    });

    const { data } = await octokit.rest.repos.get({ owner: "trainyard", repo: "demo" });

    expect(data.name).toBe("demo");
    expect(messages).toEqual([expect.stringMatching(/secondary rate limit reached .*retrying in 1 s/)]);
  });
});
