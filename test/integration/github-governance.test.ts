import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { publishCheckRun } from "../../src/steps/compare/check-run-report.js";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../src/tracking/local/local-tracker.js";
import { type GitHubApiServer, startGitHubApiServer } from "../harness/github-api-server.js";
import { registerStep, StepContext } from "../harness/step-context.js";

const OWNER = "acme";
const TOKEN = "ghs_governance-token";
const MODEL = "churn";

let github: GitHubApiServer;
beforeAll(async () => {
  github = await startGitHubApiServer();
  github.state.setTeam(OWNER, "ml-leads", ["erin"]);
});
afterAll(async () => {
  await github?.close();
});
afterEach(() => {
  expect(github.violations).toEqual([]);
});

let repoCounter = 0;
let runCounter = 10_000;

/** A project with trainyard.yml, CODEOWNERS, and a local registry holding champion v1 and challenger v2. */
async function project(register: string[], options: { codeowners?: string } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "governance-"));
  const repo = `repo-${++repoCounter}`;
  await writeFile(
    join(dir, "trainyard.yml"),
    [
      "version: 1",
      `model: ${MODEL}`,
      ...(register.length > 0 ? ["register:", ...register.map((line) => `  ${line}`)] : []),
      "",
    ].join("\n"),
  );
  await mkdir(join(dir, ".github"), { recursive: true });
  await writeFile(join(dir, ".github", "CODEOWNERS"), options.codeowners ?? "/trainyard.yml @carol\n");
  const root = join(dir, ".trainyard", "tracking");
  const registry = new LocalRegistry(root);
  await registry.ensureRegisteredModel(MODEL, {});
  for (const version of ["1", "2"])
    await registry.createModelVersion({ name: MODEL, source: `file:///models/${version}`, tags: {} });
  await registry.setAlias(MODEL, "champion", "1");
  await registry.setAlias(MODEL, "challenger", "2");
  const tracking = { tracker: new LocalTracker(root), registry };
  const lines: string[] = [];
  const env = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_RUN_ID: String(++runCounter),
    GITHUB_REPOSITORY: `${OWNER}/${repo}`,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: "https://github.example",
    GITHUB_ACTOR: "dave",
    GITHUB_TOKEN: TOKEN,
    TRAINYARD_APPROVAL_POLL_SECONDS: "0.05",
    ...extra,
  });
  const run = (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
    registerStep(
      new StepContext({
        workingDirectory: dir,
        inputs: { "tracking-uri": "", ...inputs },
        env: env(extraEnv),
        write: (line) => lines.push(line),
      }),
      undefined,
      { tracking },
    );
  return { dir, repo, registry, run, lines };
}

/** Waits (bounded) until the step has posted its request, and returns where it is. */
async function requestOf(repo: string, pullRequest?: number): Promise<{ number: number }> {
  // Bounded: 15 s; creating an issue waits for octokit's pacing of writes that notify people.
  for (let i = 0; i < 1500; i++) {
    if (pullRequest !== undefined) {
      const comment = github.state
        .comments({ owner: OWNER, repo, issueNumber: pullRequest })
        .find((c) => c.body.includes("trainyard:approval:"));
      if (comment) return { number: pullRequest };
    } else {
      const issue = github.state.issues(OWNER, repo)[0];
      if (issue) return { number: issue.number };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the approval request never appeared");
}

const comment = (repo: string, issueNumber: number, body: string, login: string) =>
  github.state.seedComments({ owner: OWNER, repo, issueNumber }, [body], login)[0];

describe("review mode against the OpenAPI-checked GitHub API", () => {
  it("approves by a listed approver through /approve, ignoring an unlisted user and the run's own actor, and records it", async () => {
    const p = await project(["approval: review", "approvers: [alice, dave]", "approval_timeout: 20s"]);
    const promoting = p.run({ mode: "promote", version: "2", "expected-champion": "1" });
    const request = await requestOf(p.repo);
    const issue = github.state.issues(OWNER, p.repo)[0];
    expect(issue?.title).toBe("trainyard: approve promoting churn version 2");
    expect(issue?.body).toContain("/approve 2");
    expect(issue?.body).toContain("@alice");
    expect(issue?.body).toContain("@carol"); // from CODEOWNERS of trainyard.yml
    comment(p.repo, request.number, "/approve 2", "mallory");
    comment(p.repo, request.number, "/approve 2", "dave");
    comment(p.repo, request.number, "/approve 1", "alice");
    const approval = comment(p.repo, request.number, "/approve 2 ship it", "alice");

    const outputs = await promoting;
    expect(outputs).toMatchObject({ champion: "2", "previous-champion": "1", "approved-by": "alice" });
    const version = await p.registry.getModelVersion(MODEL, "2");
    expect(version?.tags).toMatchObject({
      "trainyard.approved_by": "alice",
      "trainyard.approval.source": "github-comment",
      "trainyard.approval.url": approval?.html_url,
      "trainyard.approved_at": approval?.created_at,
      "trainyard.promoted_by": "dave",
    });
    expect(p.lines.join("\n")).toMatch(/ignored the approval by mallory .*not in register\.approvers/);
    expect(p.lines.join("\n")).toMatch(/ignored the approval by dave .*started the run cannot approve/);
    expect(p.lines.join("\n")).toMatch(/ignored \/approve 1 by alice/);
    expect(issue?.state).toBe("closed");
    expect(issue?.body).toContain("approved");
  });

  it("accepts a pull-request review approval by a team member in approve mode; promote then finds it at once", async () => {
    const p = await project(["approval: review", "approvers: [acme/ml-leads]", "approval_timeout: 20s"]);
    const eventFile = join(p.dir, "event.json");
    await writeFile(eventFile, JSON.stringify({ number: 7, pull_request: { number: 7 } }));
    const pr = { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventFile };
    const approving = p.run({ mode: "approve", version: "2" }, pr);
    await requestOf(p.repo, 7);
    github.state.addReview({ owner: OWNER, repo: p.repo, issueNumber: 7 }, "zed", "APPROVED", "lgtm");
    const review = github.state.addReview({ owner: OWNER, repo: p.repo, issueNumber: 7 }, "erin", "APPROVED");
    expect(await approving).toMatchObject({ version: "2", "approved-by": "erin", champion: "" });
    expect((await p.registry.getVersionByAlias(MODEL, "champion"))?.version).toBe("1");

    const started = Date.now();
    const promoted = await p.run(
      { mode: "promote", version: "2", "expected-champion": "1", "approval-timeout": "0" },
      pr,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(promoted).toMatchObject({ champion: "2", "approved-by": "erin" });
    expect((await p.registry.getModelVersion(MODEL, "2"))?.tags).toMatchObject({
      "trainyard.approval.source": "github-review",
      "trainyard.approval.url": review.html_url,
    });
    // One sticky request comment, found again by the second job.
    const requests = github.state
      .comments({ owner: OWNER, repo: p.repo, issueNumber: 7 })
      .filter((c) => c.body.includes("trainyard:approval:"));
    expect(requests).toHaveLength(1);
  });

  it("honours /reject: nothing moves and the request is closed", async () => {
    const p = await project(["approval: review", "approvers: [alice]", "approval_timeout: 20s"]);
    const promoting = p.run({ mode: "promote", version: "2", "expected-champion": "1" });
    const request = await requestOf(p.repo);
    comment(p.repo, request.number, "/reject by someone who may not", "mallory");
    comment(p.repo, request.number, "/reject recall dropped on DE", "alice");
    await expect(promoting).rejects.toThrow(
      /alice rejected promoting churn version 2 .*recall dropped on DE/,
    );
    expect((await p.registry.getVersionByAlias(MODEL, "champion"))?.version).toBe("1");
    expect(github.state.issues(OWNER, p.repo)[0]?.state).toBe("closed");
  });

  it("times out with a clear message, and a re-run resumes the same request", async () => {
    const p = await project(["approval: review", "approvers: [alice]", "approval_timeout: 0.3s"]);
    const started = Date.now();
    await expect(p.run({ mode: "promote", version: "2", "expected-champion": "1" })).rejects.toThrow(
      /no approval of churn version 2 within 0.3 s \(register\.approval_timeout\): the request stays open at .*issues\/\d+; .*re-run this job/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const polls = github.requests.filter(
      (r) => r.operationId === "issues/list-comments" && r.url.includes(`/${p.repo}/`),
    );
    // Backoff: 0.05 s doubling within 0.3 s is a handful of looks, not a busy loop.
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.length).toBeLessThanOrEqual(6);
    expect((await p.registry.getVersionByAlias(MODEL, "champion"))?.version).toBe("1");

    const [issue] = github.state.issues(OWNER, p.repo);
    comment(p.repo, issue?.number as number, "/approve 2", "carol"); // a CODEOWNER of trainyard.yml
    const resumed = await p.run({ mode: "promote", version: "2", "expected-champion": "1" });
    expect(resumed).toMatchObject({ champion: "2", "approved-by": "carol" });
    expect(github.state.issues(OWNER, p.repo)).toHaveLength(1);
  });

  it("lets the run's own actor approve only with allow_self_approval: true", async () => {
    const p = await project([
      "approval: review",
      "approvers: [dave]",
      "allow_self_approval: true",
      "approval_timeout: 20s",
    ]);
    const promoting = p.run({ mode: "promote", version: "2", "expected-champion": "1" });
    const request = await requestOf(p.repo);
    comment(p.repo, request.number, "/approve 2", "dave");
    expect(await promoting).toMatchObject({ "approved-by": "dave" });
  });
});

describe("rollback in review mode", () => {
  it("asks for the version it restores and records who approved it, how and when", async () => {
    const p = await project(["approval: review", "approvers: [alice]", "approval_timeout: 20s"]);
    await p.registry.setAlias(MODEL, "champion", "2");
    const rollingBack = p.run({ mode: "rollback", version: "1", reason: "v2 mislabels new customers" });
    const request = await requestOf(p.repo);
    expect(github.state.issues(OWNER, p.repo)[0]?.title).toBe(
      "trainyard: approve rolling back to churn version 1",
    );
    const approval = comment(p.repo, request.number, "/approve 1", "alice");
    expect(await rollingBack).toMatchObject({
      champion: "1",
      "previous-champion": "2",
      "approved-by": "alice",
    });
    expect((await p.registry.getModelVersion(MODEL, "1"))?.tags).toMatchObject({
      "trainyard.rollback.by": "alice",
      "trainyard.rollback.approval.source": "github-comment",
      "trainyard.rollback.approval.url": approval?.html_url,
      "trainyard.rollback.approved_at": approval?.created_at,
    });
  });
});

describe("environment mode against the OpenAPI-checked GitHub API", () => {
  it("refuses an environment without required reviewers before the alias moves, naming review mode", async () => {
    const p = await project(["approval: environment"]);
    github.state.setEnvironment(OWNER, p.repo, "production", []);
    const runId = runCounter + 1;
    // Even an approval in the run's history does not count: nobody was required to give it.
    github.state.seedApprovals({ owner: OWNER, repo: p.repo, runId }, [
      { login: "alice", state: "approved", environments: ["production"] },
    ]);
    await expect(p.run({ mode: "promote", version: "2", "expected-champion": "1" })).rejects.toThrow(
      /environment "production" has no required reviewers.*public repositories and on GitHub Enterprise.*register\.approval: review/s,
    );
    expect((await p.registry.getVersionByAlias(MODEL, "champion"))?.version).toBe("1");
    expect((await p.registry.getModelVersion(MODEL, "2"))?.tags["trainyard.approved_by"]).toBeUndefined();
  });

  it("records the environment's reviewer, how and when, when the environment requires reviewers", async () => {
    const p = await project([]);
    github.state.setEnvironment(OWNER, p.repo, "production", ["alice"]);
    const runId = runCounter + 1;
    github.state.seedApprovals({ owner: OWNER, repo: p.repo, runId }, [
      { login: "alice", state: "approved", comment: "ok", environments: ["production"] },
    ]);
    expect(await p.run({ mode: "promote", version: "2", "expected-champion": "1" })).toMatchObject({
      champion: "2",
      "approved-by": "alice",
    });
    const tags = (await p.registry.getModelVersion(MODEL, "2"))?.tags ?? {};
    expect(tags).toMatchObject({
      "trainyard.approval.source": "github-environment",
      "trainyard.approval.url": `https://github.example/${OWNER}/${p.repo}/actions/runs/${runId}`,
    });
    expect(Number.isNaN(Date.parse(tags["trainyard.approved_at"] ?? ""))).toBe(false);
  });
});

describe("the check run trainyard / <model>", () => {
  async function checkContext(repo: string, payload: object, token = TOKEN) {
    const dir = await mkdtemp(join(tmpdir(), "check-run-"));
    const eventFile = join(dir, "event.json");
    await writeFile(eventFile, JSON.stringify(payload));
    const lines: string[] = [];
    const context = new StepContext({
      workingDirectory: dir,
      env: {
        GITHUB_ACTIONS: "true",
        GITHUB_REPOSITORY: `${OWNER}/${repo}`,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: "https://github.example",
        GITHUB_RUN_ID: "77",
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_SHA: "ffffffffffffffffffffffffffffffffffffffff",
        GITHUB_TOKEN: token,
      },
      write: (line) => lines.push(line),
    });
    return { context, lines };
  }
  const pr = (sha: string, headRepo = `${OWNER}/checks`) => ({
    number: 3,
    pull_request: {
      number: 3,
      head: { sha, repo: { full_name: headRepo } },
      base: { repo: { full_name: `${OWNER}/checks` } },
    },
  });
  const report = {
    model: MODEL,
    reasons: ["roc_auc improved by 0.02 (95% CI 0.01 to 0.03)"],
    markdown: "| metric | champion | challenger |\n|---|---|---|\n| roc_auc | 0.80 | 0.82 |",
    failOnReject: false,
  };

  it("is created on the pull request's head commit, then updated in place for the same commit", async () => {
    const sha = "a".repeat(40);
    const first = await checkContext("checks", pr(sha));
    await publishCheckRun(first.context, { ...report, decision: "reject" });
    const second = await checkContext("checks", pr(sha));
    await publishCheckRun(second.context, { ...report, decision: "promote" });
    const runs = github.state.checkRuns(OWNER, "checks");
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      name: `trainyard / ${MODEL}`,
      head_sha: sha,
      status: "completed",
      conclusion: "success",
      details_url: `https://github.example/${OWNER}/checks/actions/runs/77`,
    });
    expect(runs[0]?.output.title).toMatch(/^promote: roc_auc improved/);
    expect(runs[0]?.output.summary).toContain("| roc_auc | 0.80 | 0.82 |");
    expect(runs[0]?.output.summary).toContain(
      "Full report: https://github.example/acme/checks/actions/runs/77",
    );

    const next = await checkContext("checks", pr("b".repeat(40)));
    await publishCheckRun(next.context, { ...report, decision: "reject", failOnReject: true });
    expect(github.state.checkRuns(OWNER, "checks").map((r) => [r.head_sha[0], r.conclusion])).toEqual([
      ["a", "success"],
      ["b", "failure"],
    ]);
  });

  it("a fork's pull request (read-only token) degrades to the job summary without calling the API", async () => {
    const before = github.requests.length;
    const fork = await checkContext("checks-fork", pr("c".repeat(40), "stranger/checks"));
    expect(await publishCheckRun(fork.context, { ...report, decision: "promote" })).toBeUndefined();
    expect(github.requests.length).toBe(before);
    expect(fork.context.summaries.join("\n")).toMatch(/No check run: this pull request comes from a fork/);
  });

  it("a token without checks: write (403) degrades to the job summary and says which permission", async () => {
    github.injectFault({
      operationId: "checks/create",
      status: 403,
      body: {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/checks/runs#create-a-check-run",
        status: "403",
      },
    });
    const readOnly = await checkContext("checks-readonly", pr("d".repeat(40)));
    expect(await publishCheckRun(readOnly.context, { ...report, decision: "promote" })).toBeUndefined();
    expect(readOnly.context.summaries.join("\n")).toMatch(/permissions: checks: write/);
    expect(github.state.checkRuns(OWNER, "checks-readonly")).toHaveLength(0);
  });
});
