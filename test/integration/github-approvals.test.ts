import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDeploymentApprovals, latestApproval } from "../../src/github/approvals.js";
import { createGitHubClient } from "../../src/github/github-client.js";
import { type GitHubApiServer, startGitHubApiServer } from "../harness/github-api-server.js";

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

describe("getDeploymentApprovals against the OpenAPI-checked GitHub API", () => {
  it("reads who decided on which environments, leaving out comments without a decision", async () => {
    const run = { owner: "trainyard", repo: "demo", runId: 9_876_543_210 };
    server.state.seedApprovals(run, [
      { login: "bob", state: "rejected", comment: "metrics look off", environments: ["production"] },
      { login: "carol", state: "pending", comment: "looking", environments: ["production"] },
      { login: "alice", state: "approved", comment: "Ship it!", environments: ["staging", "production"] },
    ]);
    const octokit = createGitHubClient({ token: "ghs_approvals-token", baseUrl: server.url });

    const approvals = await getDeploymentApprovals(octokit, run);

    expect(approvals).toEqual([
      {
        user: "bob",
        state: "rejected",
        comment: "metrics look off",
        environments: ["production"],
        approvedAt: null,
      },
      {
        user: "alice",
        state: "approved",
        comment: "Ship it!",
        environments: ["staging", "production"],
        approvedAt: null,
      },
    ]);
    expect(latestApproval(approvals, "Production")?.user).toBe("alice");
    expect(latestApproval(approvals, "staging")?.state).toBe("approved");
    expect(latestApproval(approvals, "qa")).toBeUndefined();
  });

  it("returns an empty history for a run nobody reviewed", async () => {
    const run = { owner: "trainyard", repo: "demo", runId: 42 };
    server.state.seedApprovals(run, []);
    const octokit = createGitHubClient({ token: "ghs_approvals-token", baseUrl: server.url });

    expect(await getDeploymentApprovals(octokit, run)).toEqual([]);
  });

  it("fails with GitHub's 404 for an unknown run", async () => {
    const octokit = createGitHubClient({ token: "ghs_approvals-token", baseUrl: server.url });

    await expect(
      getDeploymentApprovals(octokit, { owner: "trainyard", repo: "demo", runId: 7 }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
