import { describe, expect, it } from "vitest";
import { isForkPullRequest, permissionDeniedReason } from "../../../src/github/permissions.js";

function pullRequest(head: string | null, base: string) {
  return {
    action: "synchronize",
    pull_request: {
      head: { ref: "feature", repo: head === null ? null : { full_name: head } },
      base: { ref: "main", repo: { full_name: base } },
    },
  };
}

describe("isForkPullRequest", () => {
  it("is true when the head repository differs from the base", () => {
    expect(isForkPullRequest(pullRequest("someone/demo", "trainyard/demo"))).toBe(true);
  });

  it("is false for a branch of the same repository, whatever the case of its name", () => {
    expect(isForkPullRequest(pullRequest("trainyard/demo", "trainyard/demo"))).toBe(false);
    expect(isForkPullRequest(pullRequest("TrainYard/Demo", "trainyard/demo"))).toBe(false);
  });

  it("treats a deleted head repository as a fork", () => {
    expect(isForkPullRequest(pullRequest(null, "trainyard/demo"))).toBe(true);
  });

  it("is false for events that are not about a pull request", () => {
    expect(isForkPullRequest({ ref: "refs/heads/main", repository: { full_name: "trainyard/demo" } })).toBe(
      false,
    );
    expect(isForkPullRequest(undefined)).toBe(false);
    expect(isForkPullRequest(null)).toBe(false);
    expect(isForkPullRequest("not an object")).toBe(false);
  });
});

describe("permissionDeniedReason", () => {
  const denied = Object.assign(
    new Error("Resource not accessible by integration - https://docs.github.com/rest"),
    {
      status: 403,
      response: { data: { message: "Resource not accessible by integration" } },
    },
  );

  it("explains the read-only token of a fork and where the report went", () => {
    const reason = permissionDeniedReason(denied, { forkPullRequest: true });
    expect(reason).toMatch(/from a fork/);
    expect(reason).toMatch(/read-only/);
    expect(reason).toMatch(/job summary/);
  });

  it("names the missing permission for a pull request of the same repository", () => {
    expect(permissionDeniedReason(denied)).toMatch(/pull-requests: write/);
  });

  it("leaves other errors alone", () => {
    expect(permissionDeniedReason(Object.assign(new Error("Not Found"), { status: 404 }))).toBeUndefined();
    expect(
      permissionDeniedReason(Object.assign(new Error("API rate limit exceeded"), { status: 403 })),
    ).toBeUndefined();
    expect(permissionDeniedReason("Resource not accessible by integration")).toBeUndefined();
  });
});
