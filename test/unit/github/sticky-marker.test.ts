import { describe, expect, it } from "vitest";
import { type DeploymentApproval, latestApproval } from "../../../src/github/approvals.js";
import { stickyMarker } from "../../../src/github/sticky-comment.js";

describe("stickyMarker", () => {
  it("wraps a plain key in a hidden HTML comment", () => {
    expect(stickyMarker("model:churn")).toBe("<!-- trainyard:model:churn -->");
  });

  it("cannot be closed early or opened twice by the key", () => {
    for (const key of ["a-->b", "a--!>b", "x --> <script>", "<!-- nested -->", "feature/--->", "a\n-->\nb"]) {
      const marker = stickyMarker(key);
      const inner = marker.slice("<!-- ".length, -" -->".length);
      expect(inner).not.toMatch(/--|>|<|\s/);
      expect(marker).toMatch(/^<!-- trainyard:[A-Za-z0-9._:/@+-]+ -->$/);
    }
  });

  it("keeps branch-like keys readable and bounds the length", () => {
    expect(stickyMarker("feature/new model (v2)")).toBe("<!-- trainyard:feature/new-model-v2 -->");
    expect(stickyMarker("k".repeat(500)).length).toBeLessThan(130);
  });

  it("refuses a key with nothing usable in it", () => {
    expect(() => stickyMarker("-->")).toThrow(/letter or digit/);
    expect(() => stickyMarker("")).toThrow(/letter or digit/);
  });
});

describe("latestApproval", () => {
  const decision = (
    user: string,
    state: DeploymentApproval["state"],
    environments: string[],
  ): DeploymentApproval => ({
    user,
    state,
    comment: "",
    environments,
    approvedAt: null,
  });

  it("takes the last decision on the environment, approval or rejection", () => {
    const history = [
      decision("alice", "approved", ["production"]),
      decision("bob", "approved", ["staging"]),
      decision("carol", "rejected", ["production", "staging"]),
    ];
    expect(latestApproval(history, "production")?.user).toBe("carol");
    expect(latestApproval(history.slice(0, 2), "PRODUCTION")?.user).toBe("alice");
    expect(latestApproval(history, "qa")).toBeUndefined();
    expect(latestApproval([], "production")).toBeUndefined();
  });
});
