import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseComparisonReport } from "../../src/config/contracts/comparison-report.js";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../src/tracking/local/local-tracker.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import type { Registry, Tracker } from "../../src/tracking/ports.js";
import { type GitHubApiServer, startGitHubApiServer } from "../harness/github-api-server.js";
import { compareStep, evaluateStep, registerStep, StepContext, trainStep } from "../harness/step-context.js";

const TRAINER = resolve("test/fixtures/trainers/contract-trainer.mjs");
const PREDICTOR = resolve("test/fixtures/trainers/contract-predictor.mjs");
const TOKEN = "ghs_decision-stage-token";
const OWNER = "acme";
const REPO = "churn";

let github: GitHubApiServer;
beforeAll(async () => {
  github = await startGitHubApiServer();
  // Required reviewers, as on a public repository or GitHub Enterprise: environment mode can be trusted.
  github.state.setEnvironment(OWNER, REPO, "production", ["alice", "bob"]);
});
afterAll(async () => {
  await github?.close();
});

function csv(rows: number): string {
  const countries = ["US", "DE", "FR"];
  const lines = ["id,country,y"];
  for (let i = 0; i < rows; i++) lines.push(`r${i},${countries[i % 3]},${(i * 7919) % 10 < 3 ? 1 : 0}`);
  return `${lines.join("\n")}\n`;
}

async function project(model: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "decision-"));
  await mkdir(join(dir, "data", "snap-1"), { recursive: true });
  await writeFile(join(dir, "data", "snap-1", "train.csv"), csv(200));
  await writeFile(join(dir, "data", "snap-1", "test.csv"), csv(1500));
  await writeFile(
    join(dir, "trainyard.yml"),
    [
      "version: 1",
      `model: ${model}`,
      "train:",
      `  command: node ${TRAINER}`,
      "evaluate:",
      `  predict_command: node ${PREDICTOR}`,
      "  label_column: y",
      "  slices: [country]",
      "  bootstrap: 300",
      "gate:",
      "  primary: { metric: roc_auc, min_delta: 0.005 }",
      "  thresholds: { roc_auc: { min: 0.7 } }",
      "  guardrails: { recall: { max_regression: 0.05 } }",
      "  slices: { columns: [country], min_rows: 100, max_regression: 0.05 }",
      "  require_validation: false",
      "",
    ].join("\n"),
  );
  return dir;
}

interface Backend {
  name: string;
  open(dir: string): Promise<{ tracker: Tracker; registry: Registry; uri: string }>;
}

const backends: Backend[] = [
  {
    name: "the local registry",
    async open(dir) {
      const root = join(dir, ".trainyard", "tracking");
      return { tracker: new LocalTracker(root), registry: new LocalRegistry(root), uri: "" };
    },
  },
  {
    name: "the live MLflow server",
    async open() {
      const uri = inject("mlflowUri");
      return { ...(await openTracking({ uri, env: {} })), uri };
    },
  },
];

describe.each(backends)("the decision stage on $name", (backend) => {
  it("promotes a first model with its approval, rejects a worse one, promotes a better one, rolls back", async () => {
    const model = `churn-${backend.name.includes("MLflow") ? "mlflow" : "local"}-${Date.now()}`;
    const dir = await project(model);
    const { registry, uri } = await backend.open(dir);
    let runNumber = 100;
    const logs: string[] = [];
    const context = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
      new StepContext({
        workingDirectory: dir,
        inputs: { "tracking-uri": uri, ...inputs },
        env: { PATH: process.env.PATH ?? "", ...env },
        write: (line) => logs.push(line),
      });
    const onGitHub = (environmentApprover: string | undefined) => {
      const runId = runNumber++;
      github.state.seedApprovals(
        { owner: OWNER, repo: REPO, runId },
        environmentApprover
          ? [
              {
                login: environmentApprover,
                state: "approved",
                comment: "ship it",
                environments: ["production"],
              },
            ]
          : [],
      );
      return {
        GITHUB_ACTIONS: "true",
        GITHUB_RUN_ID: String(runId),
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_API_URL: github.url,
        GITHUB_ACTOR: "release-bot",
        GITHUB_TOKEN: TOKEN,
      };
    };

    const candidate = async (quality: number) => {
      const trained = await trainStep(
        context({ "data-dir": "data/snap-1", params: `{quality: ${quality}}` }),
      );
      const evaluated = await evaluateStep(
        context({
          "data-dir": "data/snap-1",
          "model-dir": trained["model-dir"],
          "run-id": trained["run-id"],
        }),
      );
      const compared = await compareStep(
        context({ evaluations: evaluated["report-path"], "output-dir": `comparisons/${trained["run-id"]}` }),
      );
      const report = parseComparisonReport(
        await readFile(compared["report-path"], "utf8"),
        "comparison.json",
      );
      const registered = await registerStep(
        context({ mode: "register", "run-id": trained["run-id"], comparison: compared["report-path"] }),
      );
      return { trained, evaluated, compared, report, registered };
    };

    // 1. The first model: no champion, the thresholds alone decide; promoted with a recorded approval.
    const first = await candidate(1.5);
    expect(first.compared.decision).toBe("promote");
    expect(first.report.champion).toBeUndefined();
    expect(first.report.rules.find((rule) => rule.kind === "primary")?.verdict).toBe("skip");
    const promoted = await registerStep(
      context({ mode: "promote", comparison: first.compared["report-path"] }, onGitHub("alice")),
    );
    expect(promoted).toMatchObject({
      version: first.registered.version,
      "approved-by": "alice",
      "previous-champion": "",
    });

    // 2. A worse challenger: rejected with its reasons, measured against the champion on the same rows.
    const worse = await candidate(0.4);
    expect(worse.compared.decision).toBe("reject");
    expect(worse.report.champion?.version).toBe(first.registered.version);
    expect(worse.compared.reasons).toMatch(/roc_auc/);
    const rocAuc = worse.report.metrics.find((metric) => metric.metric === "roc_auc");
    expect(rocAuc?.delta?.high).toBeLessThan(0);
    await expect(
      registerStep(
        context({ mode: "promote", comparison: worse.compared["report-path"] }, onGitHub("alice")),
      ),
    ).rejects.toThrow(/rejected this challenger/);

    // 3. A better challenger: promoted; the previous champion is recorded.
    const better = await candidate(3);
    expect(better.compared.decision).toBe("promote");
    expect(better.compared["champion-version"]).toBe(first.registered.version);
    // Promotion without an approval of the environment is refused.
    await expect(
      registerStep(
        context({ mode: "promote", comparison: better.compared["report-path"] }, onGitHub(undefined)),
      ),
    ).rejects.toThrow(/no approval of environment "production"/);
    const second = await registerStep(
      context({ mode: "promote", comparison: better.compared["report-path"] }, onGitHub("bob")),
    );
    expect(second).toMatchObject({
      version: better.registered.version,
      "previous-champion": first.registered.version,
    });

    // A promotion from a stale comparison (it saw no champion) fails and names who moved it.
    await expect(
      registerStep(
        context(
          { mode: "promote", comparison: first.compared["report-path"], version: first.registered.version },
          onGitHub("carol"),
        ),
      ),
    ).rejects.toThrow(
      new RegExp(`champion is now version ${better.registered.version}, promoted by release-bot`),
    );
    // Promoting the version that is already champion changes nothing.
    const repeated = await registerStep(
      context({ mode: "promote", comparison: better.compared["report-path"] }, onGitHub("bob")),
    );
    expect(repeated["previous-champion"]).toBe(first.registered.version);

    // 4. Rollback restores the first champion and records who and why.
    const rolledBack = await registerStep(
      context({ mode: "rollback", reason: "recall dropped in production" }, onGitHub("dave")),
    );
    expect(rolledBack).toMatchObject({
      version: first.registered.version,
      "previous-champion": better.registered.version,
    });

    // Read back through the backend (MLflow's REST API for the live server).
    const champion = await registry.getVersionByAlias(model, "champion");
    expect(champion?.version).toBe(first.registered.version);
    expect(champion?.tags).toMatchObject({
      "trainyard.approved_by": "alice",
      "trainyard.approval.comment": "ship it",
      "trainyard.approval.source": "github-environment",
      "trainyard.previous_champion": "none",
      "trainyard.rollback.by": "dave",
      "trainyard.rollback.reason": "recall dropped in production",
      "trainyard.rollback.from": better.registered.version,
      "trainyard.decision": "promote",
      "trainyard.snapshot.id": "snap-1",
      "trainyard.run_id": first.trained["run-id"],
    });
    const betterVersion = await registry.getModelVersion(model, better.registered.version);
    expect(betterVersion?.tags).toMatchObject({
      "trainyard.approved_by": "bob",
      "trainyard.previous_champion": first.registered.version,
    });
    const worseVersion = await registry.getModelVersion(model, worse.registered.version);
    expect(worseVersion?.tags["trainyard.decision"]).toBe("reject");
    expect((await registry.listModelVersions(model)).map((version) => version.version)).toHaveLength(3);

    // Registering the same run again finds its version instead of making another.
    const again = await registerStep(context({ mode: "register", "run-id": better.trained["run-id"] }));
    expect(again.version).toBe(better.registered.version);
    expect(await registry.listModelVersions(model)).toHaveLength(3);
    expect(github.violations).toEqual([]);
  }, 120_000);
});

describe.each(backends)("cleanup on $name", (backend) => {
  it("lists, then deletes old versions and their runs, keeping champion, challenger and the rollback target", async () => {
    const model = `cleanup-${randomUUID().slice(0, 8)}`;
    const dir = await project(model);
    const { tracker, registry, uri } = await backend.open(dir);
    const experimentId = await tracker.ensureExperiment(`cleanup-${model}`);
    await registry.ensureRegisteredModel(model);
    const versions: { version: string; runId: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const run = await tracker.createRun({ experimentId });
      await tracker.updateRun(run.runId, { status: "FINISHED", endTime: Date.now() });
      const version = await registry.createModelVersion({
        name: model,
        source: `${run.artifactUri}/model`,
        runId: run.runId,
      });
      versions.push({ version: version.version, runId: run.runId });
    }
    await registry.setAlias(model, "champion", "3");
    await registry.setModelVersionTag(model, "3", "trainyard.previous_champion", "2");
    await registry.setAlias(model, "challenger", "5");
    await new Promise((done) => setTimeout(done, 20));
    const cleanup = (dryRun: string) =>
      registerStep(
        new StepContext({
          workingDirectory: dir,
          inputs: { mode: "cleanup", model, "tracking-uri": uri, "older-than-days": "0", "dry-run": dryRun },
          env: { PATH: process.env.PATH ?? "" },
          write: () => {},
        }),
      );
    expect((await cleanup("true")).deleted).toBe("4,1");
    expect(await registry.listModelVersions(model)).toHaveLength(5);
    expect((await cleanup("false")).deleted).toBe("4,1");
    expect((await registry.listModelVersions(model)).map((version) => version.version)).toEqual([
      "5",
      "3",
      "2",
    ]);
    const remaining = await tracker.searchRuns({ experimentIds: [experimentId] });
    expect(remaining.map((run) => run.info.runId).sort()).toEqual(
      [versions[1], versions[2], versions[4]].map((entry) => entry?.runId).sort(),
    );
  }, 60_000);
});

describe("champion-challenger with several candidates (a matrix of trainings)", () => {
  it("makes the best by the gate's primary metric the challenger and lists the others", async () => {
    const model = `churn-matrix-${Date.now()}`;
    const dir = await project(model);
    const context = (inputs: Record<string, string>) =>
      new StepContext({
        workingDirectory: dir,
        inputs: { "tracking-uri": "", ...inputs },
        env: { PATH: process.env.PATH ?? "" },
        write: () => {},
      });
    const evaluated: { runId: string; report: string }[] = [];
    for (const quality of [0.4, 3, 1.5]) {
      const trained = await trainStep(
        context({ "data-dir": "data/snap-1", params: `{quality: ${quality}}` }),
      );
      const evaluation = await evaluateStep(
        context({
          "data-dir": "data/snap-1",
          "model-dir": trained["model-dir"],
          "run-id": trained["run-id"],
        }),
      );
      evaluated.push({ runId: trained["run-id"], report: evaluation["report-path"] });
    }
    const compared = await compareStep(
      context({ evaluations: evaluated.map((entry) => entry.report).join("\n") }),
    );
    const report = parseComparisonReport(await readFile(compared["report-path"], "utf8"), "comparison.json");
    const best = evaluated[1] as { runId: string };
    expect(report.challenger.runId).toBe(best.runId);
    expect(report.candidates).toHaveLength(3);
    expect(
      report.candidates.filter((candidate) => candidate.chosen).map((candidate) => candidate.runId),
    ).toEqual([best.runId]);
    const byRun = new Map(
      report.candidates.map((candidate) => [candidate.runId, candidate.primaryValue ?? Number.NaN]),
    );
    for (const other of evaluated)
      expect(byRun.get(best.runId)).toBeGreaterThanOrEqual(byRun.get(other.runId) ?? 1);
    expect(await readFile(compared["report-markdown"], "utf8")).toContain("#### Candidates: 3");
  }, 120_000);
});

describe("the pull-request comment of champion-challenger", () => {
  it("creates one sticky comment, updates it on the next push, and skips a fork with a notice", async () => {
    const model = `churn-comment-${Date.now()}`;
    const dir = await project(model);
    const lines: string[] = [];
    const eventFile = join(dir, "event.json");
    const pull = (fork: boolean) =>
      writeFile(
        eventFile,
        JSON.stringify({
          number: 7,
          pull_request: {
            number: 7,
            base: { repo: { full_name: `${OWNER}/${REPO}` } },
            head: { repo: { full_name: fork ? "mallory/churn" : `${OWNER}/${REPO}` } },
          },
        }),
      );
    const context = (inputs: Record<string, string>) =>
      new StepContext({
        workingDirectory: dir,
        inputs: { "tracking-uri": "", ...inputs },
        env: {
          PATH: process.env.PATH ?? "",
          GITHUB_EVENT_NAME: "pull_request",
          GITHUB_EVENT_PATH: eventFile,
          GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
          GITHUB_API_URL: github.url,
          GITHUB_TOKEN: TOKEN,
        },
        write: (line) => lines.push(line),
      });
    const evaluateOnce = async (quality: number) => {
      const trained = await trainStep(
        context({ "data-dir": "data/snap-1", params: `{quality: ${quality}}` }),
      );
      return evaluateStep(
        context({
          "data-dir": "data/snap-1",
          "model-dir": trained["model-dir"],
          "run-id": trained["run-id"],
        }),
      );
    };
    await pull(false);
    const firstPush = await evaluateOnce(1.5);
    const created = await compareStep(context({ evaluations: firstPush["report-path"] }));
    expect(created["comment-url"]).toMatch(/issuecomment/);
    const secondPush = await evaluateOnce(2);
    const updated = await compareStep(context({ evaluations: secondPush["report-path"] }));
    expect(updated["comment-url"]).toBe(created["comment-url"]);
    const comments = github.state.comments({ owner: OWNER, repo: REPO, issueNumber: 7 });
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(`<!-- trainyard:${model} -->`)).toBe(true);
    expect(comments[0]?.body).toContain(secondPush["report-path"] ? "roc_auc" : "");
    expect(comments[0]?.body.length).toBeLessThanOrEqual(65_536);

    await pull(true);
    const fromFork = await compareStep(context({ evaluations: secondPush["report-path"] }));
    expect(fromFork["comment-url"]).toBe("");
    expect(lines.join("\n")).toMatch(/No pull-request comment: this pull request comes from a fork/);
    expect(github.state.comments({ owner: OWNER, repo: REPO, issueNumber: 7 })).toHaveLength(1);
    expect(github.violations).toEqual([]);
  }, 60_000);
});
