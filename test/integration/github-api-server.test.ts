import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../harness/github-api-server.js";

// The emulator's own checks: if these pass, an empty `violations` list in the other tests means something.

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer();
});

afterEach(async () => {
  await server.close();
});

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(server.url + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe("the GitHub API emulator", () => {
  it("rejects a comment whose body is not a string, naming what failed", async () => {
    const answer = await call("POST", "/repos/o/r/issues/1/comments", { body: 123 });

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual(["body/body must be string"]);
    expect(server.violations).toEqual([
      {
        phase: "request",
        method: "POST",
        url: "/repos/o/r/issues/1/comments",
        operationId: "issues/create-comment",
        problems: ["body/body must be string"],
      },
    ]);
    expect(server.state.comments({ owner: "o", repo: "r", issueNumber: 1 })).toEqual([]);
  });

  it("rejects a missing body, a wrong parameter type, an unknown query parameter, path and method", async () => {
    expect((await call("POST", "/repos/o/r/issues/1/comments", { text: "hi" })).status).toBe(400);
    expect((await call("GET", "/repos/o/r/issues/one/comments")).status).toBe(400);
    expect((await call("GET", "/repos/o/r/issues/1/comments?perpage=100")).status).toBe(400);
    expect((await call("GET", "/repos/o/r/issues/1/comments?since=yesterday")).status).toBe(400);
    expect((await call("GET", "/repos/o/r/no-such-thing")).status).toBe(400);
    expect((await call("PUT", "/repos/o/r/issues/comments/1", { body: "x" })).status).toBe(400);

    expect(server.violations.map((v) => [v.phase, v.problems])).toEqual([
      ["request", ["body must have required property 'body'"]],
      ["request", ["path/issue_number must be integer"]],
      ["request", ["query must NOT have additional properties (perpage)"]],
      ["request", ['query/since must match format "date-time"']],
      ["route", ["no path in the description matches /repos/o/r/no-such-thing"]],
      ["route", ["/repos/{owner}/{repo}/issues/comments/{comment_id} describes GET, PATCH, DELETE, not PUT"]],
    ]);
  });

  it("rejects its own response when it does not match the described schema", async () => {
    server.injectFault({ operationId: "issues/get-comment", status: 200, body: { id: "not a number" } });

    const answer = await call("GET", "/repos/o/r/issues/comments/5");

    expect(answer.status).toBe(400);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]?.phase).toBe("response");
    expect(server.violations[0]?.problems).toContain("response/id must be integer");
    expect(server.violations[0]?.problems).toContain("response must have required property 'node_id'");
  });

  it("flags a described operation it does not emulate", async () => {
    const answer = await call("GET", "/repos/o/r/pulls/1");

    expect(answer.status).toBe(501);
    expect(server.violations.map((v) => v.phase)).toEqual(["emulator"]);
  });

  it("pages comments with GitHub's Link header, honoring per_page and page", async () => {
    const ref = { owner: "o", repo: "r", issueNumber: 3 };
    server.state.seedComments(
      ref,
      Array.from({ length: 45 }, (_, i) => `c${i}`),
    );

    const first = await call("GET", "/repos/o/r/issues/3/comments?per_page=20");
    const last = await call("GET", "/repos/o/r/issues/3/comments?per_page=20&page=3");
    const defaults = await call("GET", "/repos/o/r/issues/3/comments");

    expect(first.body.map((c: { body: string }) => c.body)).toEqual(
      Array.from({ length: 20 }, (_, i) => `c${i}`),
    );
    expect(first.headers.get("link")).toBe(
      `<${server.url}/repos/o/r/issues/3/comments?per_page=20&page=2>; rel="next", ` +
        `<${server.url}/repos/o/r/issues/3/comments?per_page=20&page=3>; rel="last"`,
    );
    expect(last.body.map((c: { body: string }) => c.body)).toEqual(["c40", "c41", "c42", "c43", "c44"]);
    expect(last.headers.get("link")).toContain('rel="prev"');
    expect(last.headers.get("link")).not.toContain('rel="next"');
    expect(defaults.body).toHaveLength(30);
    expect(server.violations).toEqual([]);
  });

  it("answers like GitHub for comments, a run's approvals and a repository, all within the description", async () => {
    const created = await call("POST", "/repos/o/r/issues/4/comments", { body: "hello" });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(created.body.url);
    expect(created.body.user.login).toBe("github-actions[bot]");

    const updated = await call("PATCH", `/repos/o/r/issues/comments/${created.body.id}`, {
      body: "hello again",
    });
    expect(updated.body.body).toBe("hello again");
    expect((await call("GET", `/repos/o/r/issues/comments/${created.body.id}`)).body.body).toBe(
      "hello again",
    );
    expect((await call("DELETE", `/repos/o/r/issues/comments/${created.body.id}`)).status).toBe(204);
    expect((await call("DELETE", `/repos/o/r/issues/comments/${created.body.id}`)).status).toBe(404);
    expect((await call("POST", "/repos/o/r/issues/4/comments", { body: "x".repeat(65_537) })).status).toBe(
      422,
    );

    server.state.seedApprovals({ owner: "o", repo: "r", runId: 8 }, [
      { login: "alice", state: "approved", comment: "ok", environments: ["production"] },
    ]);
    expect((await call("GET", "/repos/o/r/actions/runs/8/approvals")).body[0].user.login).toBe("alice");

    server.state.setRepository("o", "r", { private: true });
    const repository = await call("GET", "/repos/o/r");
    expect(repository.body).toMatchObject({ full_name: "o/r", private: true, default_branch: "main" });

    expect(server.violations).toEqual([]);
  });

  it("loads GitHub's description once per process", async () => {
    const second = await startGitHubApiServer();
    await second.close();

    expect(second.descriptionLoadMs).toBe(0);
    expect(server.descriptionVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
