import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGitHubClient, type GitHubClient } from "../../src/github/github-client.js";
import { isForkPullRequest, permissionDeniedReason } from "../../src/github/permissions.js";
import { stickyMarker, upsertStickyComment } from "../../src/github/sticky-comment.js";
import { type GitHubApiServer, type IssueRef, startGitHubApiServer } from "../harness/github-api-server.js";

const TOKEN = "ghs_sticky-comment-test-token";
const owner = "trainyard";
const repo = "demo";
let server: GitHubApiServer;
let nextIssue = 1;
let nextClient = 1;

function client(): GitHubClient {
  // One pace per client, as two jobs on two runners would have.
  return createGitHubClient({ token: TOKEN, baseUrl: server.url, throttleId: `sticky-${nextClient++}` });
}

/** A pull request with 150 comments from people around the sticky one: two pages at 100 per page. */
function busyPullRequest(): IssueRef {
  const ref = { owner, repo, issueNumber: nextIssue++ };
  server.state.seedComments(
    ref,
    Array.from({ length: 150 }, (_, i) => `comment ${i} from a reviewer`),
  );
  return ref;
}

function marked(ref: IssueRef, key: string) {
  return server.state.comments(ref).filter((c) => c.body.startsWith(stickyMarker(key)));
}

beforeAll(async () => {
  server = await startGitHubApiServer();
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  expect(server.violations).toEqual([]);
});

describe("upsertStickyComment against the OpenAPI-checked GitHub API", () => {
  it("creates the comment once, searching every page of comments", async () => {
    const ref = busyPullRequest();
    const before = server.requests.length;
    const result = await upsertStickyComment(client(), {
      ...ref,
      marker: "model:churn",
      body: "## Report v1",
    });

    expect(result.action).toBe("created");
    expect(result.removedDuplicates).toEqual([]);
    const comments = marked(ref, "model:churn");
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(result.commentId);
    expect(comments[0]?.body).toBe("<!-- trainyard:model:churn -->\n## Report v1");
    expect(result.url).toBe(comments[0]?.html_url);
    const lists = server.requests.slice(before).filter((r) => r.operationId === "issues/list-comments");
    // Two pages before creating and two after, each asking for 100 per page.
    expect(lists.map((r) => new URL(r.url, server.url).searchParams.get("page") ?? "1")).toEqual([
      "1",
      "2",
      "1",
      "2",
    ]);
    expect(lists.every((r) => r.url.includes("per_page=100"))).toBe(true);
  });

  it("updates the same comment in place on the next push", async () => {
    const ref = busyPullRequest();
    const octokit = client();
    const first = await upsertStickyComment(octokit, { ...ref, marker: "model:churn", body: "## Report v1" });
    server.state.seedComments(ref, ["a reviewer replies after the report"]);
    const second = await upsertStickyComment(octokit, {
      ...ref,
      marker: "model:churn",
      body: "## Report v2",
    });

    expect(second.action).toBe("updated");
    expect(second.commentId).toBe(first.commentId);
    const comments = marked(ref, "model:churn");
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("## Report v2");
    // Updated where it was, not re-posted at the bottom.
    expect(server.state.comments(ref).at(-1)?.body).toBe("a reviewer replies after the report");
  });

  it("reports an identical body as unchanged and writes nothing", async () => {
    const ref = busyPullRequest();
    const octokit = client();
    await upsertStickyComment(octokit, { ...ref, marker: "model:churn", body: "## Same" });
    const before = server.requests.length;
    const again = await upsertStickyComment(octokit, { ...ref, marker: "model:churn", body: "## Same" });

    expect(again.action).toBe("unchanged");
    expect(server.requests.slice(before).every((r) => r.method === "GET")).toBe(true);
  });

  it("keeps one comment per marker when several models report on one pull request", async () => {
    const ref = busyPullRequest();
    // One job per model, as a matrix of trainings runs them.
    const churn = client();
    await upsertStickyComment(churn, { ...ref, marker: "model:churn", body: "churn" });
    await upsertStickyComment(client(), { ...ref, marker: "model:fraud", body: "fraud" });
    await upsertStickyComment(churn, { ...ref, marker: "model:churn", body: "churn v2" });

    expect(marked(ref, "model:churn").map((c) => c.body)).toEqual([
      "<!-- trainyard:model:churn -->\nchurn v2",
    ]);
    expect(marked(ref, "model:fraud")).toHaveLength(1);
  });

  it("ends with exactly one comment when two jobs create it at the same moment", async () => {
    const ref = busyPullRequest();
    const jobs = [client(), client()];
    // Hold both creates until both jobs have searched and found nothing: the race happens every time.
    let waiting: Array<() => void> = [];
    for (const octokit of jobs) {
      octokit.hook.before("request", async (options) => {
        if (options.method !== "POST") return;
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length === jobs.length) {
            for (const release of waiting) release();
            waiting = [];
          }
        });
      });
    }
    const results = await Promise.all(
      jobs.map((octokit, i) =>
        upsertStickyComment(octokit, { ...ref, marker: "model:churn", body: `job ${i}` }),
      ),
    );

    const creates = server.requests.filter(
      (r) => r.operationId === "issues/create-comment" && r.url.includes(`/issues/${ref.issueNumber}/`),
    );
    expect(creates).toHaveLength(2);
    const comments = marked(ref, "model:churn");
    expect(comments).toHaveLength(1);
    expect(results.map((r) => r.commentId)).toEqual([comments[0]?.id, comments[0]?.id]);
    expect(["<!-- trainyard:model:churn -->\njob 0", "<!-- trainyard:model:churn -->\njob 1"]).toContain(
      comments[0]?.body,
    );
    expect(results.map((r) => r.action)).toContain("created");
    // Both jobs saw the other's copy and removed it: the same single duplicate, never the survivor.
    const removed = new Set(results.flatMap((r) => r.removedDuplicates));
    expect(removed.size).toBe(1);
    expect(removed.has(comments[0]?.id ?? 0)).toBe(false);

    // The next push of both jobs updates the survivor, still without duplicating it.
    await Promise.all(
      jobs.map((octokit, i) =>
        upsertStickyComment(octokit, { ...ref, marker: "model:churn", body: `push 2, job ${i}` }),
      ),
    );
    expect(marked(ref, "model:churn").map((c) => c.id)).toEqual([comments[0]?.id]);
  });

  it("cleans up duplicates an earlier race left, keeping the earliest", async () => {
    const ref = { owner, repo, issueNumber: nextIssue++ };
    const marker = stickyMarker("model:churn");
    const [earliest] = server.state.seedComments(ref, [`${marker}\nold report`], "github-actions[bot]");
    server.state.seedComments(
      ref,
      Array.from({ length: 120 }, (_, i) => `comment ${i}`),
    );
    const [later] = server.state.seedComments(ref, [`${marker}\nold report, again`], "github-actions[bot]");

    const result = await upsertStickyComment(client(), { ...ref, marker: "model:churn", body: "new report" });

    expect(result).toMatchObject({
      action: "updated",
      commentId: earliest?.id,
      removedDuplicates: [later?.id],
    });
    expect(marked(ref, "model:churn").map((c) => [c.id, c.body])).toEqual([
      [earliest?.id, `${marker}\nnew report`],
    ]);
    expect(server.state.comments(ref)).toHaveLength(121);
  });

  it("leaves a person's comment that starts with the marker alone when an author is given", async () => {
    const ref = { owner, repo, issueNumber: nextIssue++ };
    const marker = stickyMarker("model:churn");
    const [planted] = server.state.seedComments(ref, [`${marker}\nplanted by someone`], "mallory");

    const result = await upsertStickyComment(client(), {
      ...ref,
      marker: "model:churn",
      body: "report",
      author: "github-actions[bot]",
    });

    expect(result.action).toBe("created");
    expect(server.state.comments(ref).map((c) => c.body)).toEqual([planted?.body, `${marker}\nreport`]);
  });

  it("refuses a body over GitHub's limit before sending anything", async () => {
    const ref = { owner, repo, issueNumber: nextIssue++ };
    const before = server.requests.length;
    await expect(
      upsertStickyComment(client(), { ...ref, marker: "model:churn", body: "x".repeat(65_536) }),
    ).rejects.toThrow(/at most 65536/);
    expect(server.requests.length).toBe(before);
  });

  it("explains the read-only token of a pull request from a fork", async () => {
    const ref = { owner, repo, issueNumber: nextIssue++ };
    server.injectFault({
      operationId: "issues/create-comment",
      status: 403,
      body: {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
        status: "403",
      },
    });
    const payload = {
      pull_request: {
        head: { repo: { full_name: "someone/demo" } },
        base: { repo: { full_name: "trainyard/demo" } },
      },
    };

    const error = await upsertStickyComment(client(), { ...ref, marker: "m", body: "report" }).catch(
      (e) => e,
    );

    expect(error).toMatchObject({ status: 403 });
    const reason = permissionDeniedReason(error, { forkPullRequest: isForkPullRequest(payload) });
    expect(reason).toMatch(/fork/);
    expect(reason).toMatch(/job summary/);
    expect(server.state.comments(ref)).toEqual([]);
  });
});
