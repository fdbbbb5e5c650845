import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const SCRIPT = resolve("scripts/release-notes.mjs");

async function commit(repo: string, files: Record<string, string | null>, tag: string) {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) await rm(join(repo, path));
    else {
      await mkdir(join(repo, path, ".."), { recursive: true });
      await writeFile(join(repo, path), text);
    }
  }
  const git = (...args: string[]) =>
    run("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@t", ...args]);
  await git("add", "-A");
  await git("commit", "-qm", tag, "--allow-empty");
  await git("tag", tag);
}

const ACTION_V1 = `name: x
inputs:
  mode: { description: m, required: true }
  config: { description: c, required: false }
  dry-run: { description: d, default: "true" }
outputs:
  version: { description: v }
runs: { using: node24, main: index.js }
`;
const ACTION_V2 = `name: x
inputs:
  mode: { description: m, required: true }
  approval: { description: a, required: false }
  dry-run: { description: d, default: "false" }
outputs:
  version: { description: v }
  approved-by: { description: who }
runs: { using: node24, main: index.js }
`;
const WORKFLOW = (promote: string) => `on:
  workflow_call:
    inputs:
      mode: { type: string, default: preview }
permissions: {}
jobs:
  compare:
    runs-on: ubuntu-latest
    permissions: { contents: read, pull-requests: write }
    steps: [{ run: echo }]
${promote}`;

describe("scripts/release-notes.mjs", () => {
  it("lists the inputs, outputs and permissions that changed between two refs", async () => {
    const repo = await mkdtemp(join(tmpdir(), "release-notes-"));
    await run("git", ["init", "-q", repo]);
    await commit(
      repo,
      {
        "actions/register-model/action.yml": ACTION_V1,
        "actions/gone/action.yml": ACTION_V1,
        ".github/workflows/pipeline.yml": WORKFLOW(
          "  promote:\n    runs-on: ubuntu-latest\n    permissions: { contents: read, actions: read }\n    steps: [{ run: echo }]\n",
        ),
        ".github/workflows/ci.yml": "on: push\njobs: {}\n",
      },
      "v0.1.0",
    );
    await commit(
      repo,
      {
        "actions/register-model/action.yml": ACTION_V2,
        "actions/gone/action.yml": null,
        ".github/workflows/pipeline.yml": WORKFLOW(
          "  promote:\n    runs-on: ubuntu-latest\n    permissions: { contents: read, actions: read, issues: write }\n    steps: [{ run: echo }]\n" +
            "  approve:\n    runs-on: ubuntu-latest\n    permissions: { issues: write }\n    steps: [{ run: echo }]\n",
        ),
        ".github/workflows/ci.yml": "on: [push, pull_request]\njobs: {}\n",
      },
      "v0.2.0",
    );

    const { stdout } = await run("node", [
      SCRIPT,
      "--repo",
      repo,
      "--from",
      "v0.1.0",
      "--to",
      "v0.2.0",
      "--title",
      "v0.2.0",
    ]);
    expect(stdout).toContain("# v0.2.0");
    expect(stdout).toContain("## `actions/register-model/action.yml`");
    expect(stdout).toContain("- added input `approval`");
    expect(stdout).toContain("- removed input `config`");
    expect(stdout).toContain("- changed input `dry-run`: default `true` → default `false`");
    expect(stdout).toContain("- added output `approved-by`");
    expect(stdout).toContain("## `actions/gone/action.yml`\n\n- removed action");
    expect(stdout).toContain(
      "- permissions of job `promote`: contents: read, actions: read → contents: read, actions: read, issues: write",
    );
    expect(stdout).toContain("- permissions of new job `approve`: issues: write");
    expect(stdout).not.toContain("compare");
    // A workflow that is not reusable is no caller's concern.
    expect(stdout).not.toContain("ci.yml");

    const first = await run("node", [SCRIPT, "--repo", repo, "--to", "v0.1.0", "--title", "v0.1.0"]);
    expect(first.stdout).toContain("First release (v0.1.0).");
    expect(first.stdout).toContain("- new action");
    expect(first.stdout).toContain("- added input `mode` (required)");

    const same = await run("node", [SCRIPT, "--repo", repo, "--from", "v0.2.0", "--to", "v0.2.0"]);
    expect(same.stdout).toContain("No input, output, secret or permission changed.");
  });
});
