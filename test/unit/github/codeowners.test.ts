import { describe, expect, it } from "vitest";
import { parseApprovalCommand } from "../../../src/github/approval-requests.js";
import { ownersOf } from "../../../src/github/codeowners.js";

describe("ownersOf", () => {
  const file = [
    "# everything",
    "*                 @acme/ml-leads",
    "*.md              @docs-writer",
    "/trainyard.yml    @alice @acme/release  # the pipeline",
    "models/           @bob",
    "**/configs/*.yml  carol@example.com @carol",
    "",
  ].join("\n");

  it("gives the last matching line's owners, without the @, leaving e-mail owners out", () => {
    expect(ownersOf(file, "trainyard.yml")).toEqual(["alice", "acme/release"]);
    expect(ownersOf(file, "README.md")).toEqual(["docs-writer"]);
    expect(ownersOf(file, "models/churn/trainyard.yml")).toEqual(["bob"]);
    expect(ownersOf(file, "a/b/configs/trainyard.yml")).toEqual(["carol"]);
    expect(ownersOf(file, "src/x.ts")).toEqual(["acme/ml-leads"]);
  });

  it("anchors a pattern with a slash to the root, and matches a bare name anywhere", () => {
    expect(ownersOf("/trainyard.yml @a\n", "sub/trainyard.yml")).toEqual([]);
    expect(ownersOf("trainyard.yml @a\n", "sub/trainyard.yml")).toEqual(["a"]);
  });
});

describe("parseApprovalCommand", () => {
  it("reads /approve <version> and /reject [reason] on the first line only", () => {
    expect(parseApprovalCommand("/approve 7")).toEqual({ decision: "approve", version: "7", text: "7" });
    expect(parseApprovalCommand("/approve v7 looks good")).toMatchObject({ version: "7" });
    expect(parseApprovalCommand("/approve")).toEqual({ decision: "approve", text: "" });
    expect(parseApprovalCommand("/reject recall dropped\nmore")).toEqual({
      decision: "reject",
      text: "recall dropped",
    });
    expect(parseApprovalCommand("LGTM /approve 7")).toBeUndefined();
    expect(parseApprovalCommand("/approved 7")).toBeUndefined();
  });
});
