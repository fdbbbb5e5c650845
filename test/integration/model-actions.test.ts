import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";
import { type GitHubApiServer, startGitHubApiServer } from "../harness/github-api-server.js";
import { runActionBundle } from "../harness/run-action-bundle.js";

let github: GitHubApiServer;
beforeAll(async () => {
  github = await startGitHubApiServer();
});
afterAll(async () => {
  await github?.close();
});

describe("the model and decision actions, run from their dist bundles as the runner runs them", () => {
  it("train -> evaluate -> champion-challenger -> register-model (register, then promote after an approval)", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "model-actions-")), "churn");
    await cp(resolve("examples/churn"), dir, { recursive: true });
    const step = async (name: string, inputs: Record<string, string>, env: Record<string, string> = {}) => {
      const result = await runActionBundle(name, { config: "trainyard.yml", ...inputs }, { cwd: dir, env });
      expect(result.exitCode, `${name}: ${result.stdout}\n${result.stderr}`).toBe(0);
      return result;
    };

    const snapshot = await step("snapshot-data", {});
    const snapshotId = snapshot.outputs["snapshot-id"] as string;
    const validated = await step("validate-data", { snapshot: snapshotId });
    const trained = await step("train", { snapshot: snapshotId });
    expect(trained.outputs).toMatchObject({ "cache-hit": "false" });
    expect(trained.stdout).toMatch(/::group::Train: node trainers\/node\/train\.mjs/);
    const evaluated = await step("evaluate", {
      snapshot: snapshotId,
      "model-dir": trained.outputs["model-dir"] as string,
      "run-id": trained.outputs["run-id"] as string,
    });
    expect(evaluated.outputs["primary-metric"]).toBe("roc_auc");
    expect(Number(evaluated.outputs["primary-value"])).toBeGreaterThan(0.7);
    expect(evaluated.summary).toContain("roc");

    const compared = await step("champion-challenger", {
      evaluations: evaluated.outputs["report-path"] as string,
      "validation-report": validated.outputs["report-path"] as string,
    });
    expect(compared.outputs).toMatchObject({ decision: "promote", "champion-version": "" });
    expect(compared.summary).toContain("<!-- trainyard:churn-classifier -->");

    const registered = await step("register-model", {
      mode: "register",
      "run-id": trained.outputs["run-id"] as string,
      comparison: compared.outputs["report-path"] as string,
    });
    expect(registered.outputs.version).toBe("1");

    github.state.setEnvironment("acme", "churn", "production", ["alice"]);
    github.state.seedApprovals({ owner: "acme", repo: "churn", runId: 4242 }, [
      { login: "alice", state: "approved", comment: "looks good", environments: ["production"] },
    ]);
    const promoted = await step(
      "register-model",
      {
        mode: "promote",
        comparison: compared.outputs["report-path"] as string,
        "github-token": "ghs_model-actions",
      },
      {
        GITHUB_RUN_ID: "4242",
        GITHUB_REPOSITORY: "acme/churn",
        GITHUB_API_URL: github.url,
        GITHUB_ACTOR: "bot",
      },
    );
    expect(promoted.outputs).toMatchObject({ version: "1", champion: "1", "approved-by": "alice" });
    // The token reaches the log only in the runner's own ::add-mask:: command, which the runner consumes.
    const logged = promoted.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(logged.join("\n")).not.toContain("ghs_model-actions");
    const registry = new LocalRegistry(join(dir, ".trainyard", "tracking"));
    expect((await registry.getVersionByAlias("churn-classifier", "champion"))?.tags).toMatchObject({
      "trainyard.approved_by": "alice",
      "trainyard.approval.comment": "looks good",
    });

    // The all-in-one action in preview mode: the whole chain, a report, nothing registered.
    const preview = await step("pipeline", { mode: "preview", params: "{learning_rate: 0.3}" });
    expect(preview.outputs.decision).toMatch(/^(promote|reject)$/);
    expect(preview.outputs.version).toBe("");
    expect(await registry.listModelVersions("churn-classifier")).toHaveLength(1);
    expect(github.violations).toEqual([]);
  }, 120_000);
});
