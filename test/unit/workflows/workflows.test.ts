import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  actionlintProblems,
  actionProblems,
  type Checker,
  formatProblem,
  type Problem,
  trainyardWorkflowProblems,
  workflowParserProblems,
  workflowProblems,
} from "./workflow-checks.js";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");

function yamlFiles(directory: string): string[] {
  const absolute = join(root, directory);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${directory}/${name}`);
}

const workflowFiles = [...yamlFiles(".github/workflows"), ...yamlFiles("workflows")];
// The root action.yml (the whole pipeline in one step) is checked as soon as it exists.
const actionFiles = [
  ...(existsSync(join(root, "action.yml")) ? ["action.yml"] : []),
  ...readdirSync(join(root, "actions"))
    .filter((name) => existsSync(join(root, "actions", name, "action.yml")))
    .sort()
    .map((name) => `actions/${name}/action.yml`),
];

const read = (file: string) => readFileSync(join(root, file), "utf8");
const shown = (problems: Problem[]) => problems.map(formatProblem);

describe("the workflow files", () => {
  it("are all here", () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        ".github/workflows/ci.yml",
        ".github/workflows/rollback.yml",
        ".github/workflows/training-pipeline.yml",
        "workflows/monitor-champion.yml",
        "workflows/release-with-environment-secrets.yml",
        "workflows/retrain-manually.yml",
        "workflows/rollback.yml",
        "workflows/train-on-pull-request.yml",
        "workflows/train-on-schedule.yml",
      ]),
    );
  });

  it.each(workflowFiles)("%s passes actionlint, GitHub's parser and trainyard's checks", async (file) => {
    expect(shown(await workflowProblems(file, read(file), root))).toEqual([]);
  });
});

describe("the action.yml files", () => {
  it("include every step's action", () => {
    expect(actionFiles).toEqual(
      expect.arrayContaining(["actions/snapshot-data/action.yml", "actions/validate-data/action.yml"]),
    );
  });

  it.each(actionFiles)("%s passes GitHub's action schema and trainyard's checks", (file) => {
    expect(shown(actionProblems(file, read(file)))).toEqual([]);
  });
});

describe("the reusable training pipeline", () => {
  const pipeline = parseYaml(read(".github/workflows/training-pipeline.yml")) as {
    permissions: unknown;
    jobs: Record<string, { permissions?: unknown; if?: string; environment?: string; concurrency?: unknown }>;
  };
  const rollback = parseYaml(read(".github/workflows/rollback.yml")) as typeof pipeline;

  it("asks for the least permissions each job needs (docs/security.md)", () => {
    expect(pipeline.permissions).toEqual({});
    const permissions = Object.fromEntries(
      Object.entries(pipeline.jobs).map(([name, job]) => [name, job.permissions]),
    );
    expect(permissions).toEqual({
      data: { contents: "read", "id-token": "write" },
      train: { contents: "read", "id-token": "write" },
      compare: { contents: "read", "pull-requests": "write", checks: "write", "id-token": "write" },
      register: { contents: "read" },
      approve: { contents: "read", actions: "read", issues: "write" },
      promote: { contents: "read", actions: "read", issues: "write" },
    });
    expect(rollback.permissions).toEqual({});
    expect(rollback.jobs.rollback?.permissions).toEqual({
      contents: "read",
      actions: "read",
      issues: "write",
      "id-token": "write",
    });
  });

  it("waits for the approval in a job of its own, outside the champion's concurrency group", () => {
    const { approve, promote } = pipeline.jobs;
    const onPromote = "inputs.mode == 'release' && needs.compare.outputs.decision == 'promote'";
    expect(approve?.if).toBe(onPromote);
    expect(promote?.if).toBe(onPromote);
    expect(pipeline.jobs.register?.if).toBe("inputs.mode == 'release'");
    // environment mode: GitHub holds the approve job for the environment's reviewers.
    expect(approve?.environment).toBe(
      `\${{ inputs.approval != 'review' && inputs.environment || inputs.registry-environment }}`,
    );
    expect(approve?.concurrency).toBeUndefined();
    expect((approve as { needs?: string[] }).needs).not.toContain("promote");
    expect((promote as { needs?: string[] }).needs).toContain("approve");
    // Only the alias move holds the model's champion group, and is never cancelled.
    expect(promote?.concurrency).toEqual({
      group: `trainyard-champion-\${{ github.repository }}-\${{ inputs.config }}`,
      "cancel-in-progress": false,
    });
    expect(promote?.environment).toBe(`\${{ inputs.registry-environment }}`);
    expect((promote as { "timeout-minutes"?: number })["timeout-minutes"]).toBeLessThanOrEqual(30);
    const promoteStep = (promote as { steps: { id?: string; with?: Record<string, string> }[] }).steps.find(
      (step) => step.id === "promote",
    );
    expect(promoteStep?.with?.["approval-timeout"]).toBe("0");
  });

  it("runs register and promote in the registry environment when the caller names one (environment secrets)", () => {
    expect(pipeline.jobs.register?.environment).toBe(`\${{ inputs.registry-environment }}`);
    expect(pipeline.jobs.promote?.environment).toBe(`\${{ inputs.registry-environment }}`);
    const callers = Object.fromEntries(
      ["workflows/retrain-manually.yml", "workflows/release-with-environment-secrets.yml"].map((file) => [
        file,
        (parseYaml(read(file)) as { jobs: { pipeline: { with: Record<string, string> } } }).jobs.pipeline
          .with,
      ]),
    );
    expect(callers["workflows/retrain-manually.yml"]?.["registry-environment"]).toBeUndefined();
    expect(callers["workflows/release-with-environment-secrets.yml"]).toMatchObject({
      "registry-environment": "production-registry",
      approval: "review",
    });
  });

  it("gives rollback a group a promotion can never cancel", () => {
    const promoteGroup = (pipeline.jobs.promote?.concurrency as { group?: string } | undefined)?.group;
    const rollbackConcurrency = rollback.jobs.rollback?.concurrency as {
      group: string;
      "cancel-in-progress": boolean;
    };
    // GitHub cancels a pending job only for a newer one in the same group: different groups, no cancel.
    expect(rollbackConcurrency.group).not.toBe(promoteGroup);
    expect(rollbackConcurrency.group).toBe(
      `trainyard-rollback-\${{ github.repository }}-\${{ inputs.config }}`,
    );
    expect(rollbackConcurrency["cancel-in-progress"]).toBe(false);
    for (const [name, job] of Object.entries(pipeline.jobs)) {
      const group = (job.concurrency as { group?: string } | undefined)?.group ?? "";
      expect(group.startsWith("trainyard-rollback-"), `job ${name}`).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Pinning: what a caller pins is what runs.

interface UsesLine {
  file: string;
  line: number;
  uses: string;
  comment: string;
}

function usesLines(file: string): UsesLine[] {
  return read(file)
    .split("\n")
    .flatMap((text, index) => {
      const match = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/.exec(text);
      return match ? [{ file, line: index + 1, uses: match[1] as string, comment: match[2] ?? "" }] : [];
    });
}

const ownWorkflows = yamlFiles(".github/workflows");
const pinnedFiles = [...ownWorkflows, ...actionFiles];

describe("pinning", () => {
  const all = pinnedFiles.flatMap(usesLines);

  it("finds the uses: lines it checks", () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it("never references this repository by a tag or branch inside .github/workflows/ and the action.yml files", () => {
    const byRef = all.filter(
      (entry) => /^trainyard\/trainyard[/@]/i.test(entry.uses) || entry.uses.startsWith("$/"),
    );
    expect(byRef.map((entry) => `${entry.file}:${entry.line} ${entry.uses}`)).toEqual([]);
    const own = all.filter((entry) => entry.uses.startsWith("./"));
    expect(own.length).toBeGreaterThanOrEqual(8);
    for (const entry of own) expect(entry.uses).toMatch(/^\.\/\.trainyard-toolkit\/actions\/[a-z-]+$/);
  });

  it("pins every third-party action by a full 40-hex commit SHA, with its version in a comment", () => {
    const thirdParty = all.filter((entry) => !entry.uses.startsWith("./"));
    const loose = thirdParty.filter(
      (entry) =>
        !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(entry.uses) || !/^v\d+\.\d+\.\d+$/.test(entry.comment),
    );
    expect(loose.map((entry) => `${entry.file}:${entry.line} ${entry.uses} # ${entry.comment}`)).toEqual([]);
    // One SHA per action and version everywhere, so a bump changes every copy.
    const shaOf = new Map<string, string>();
    for (const entry of thirdParty) {
      const [action, sha] = entry.uses.split("@") as [string, string];
      const key = `${action} ${entry.comment}`;
      expect(shaOf.get(key) ?? sha, key).toBe(sha);
      shaOf.set(key, sha);
    }
  });

  it("checks the toolkit out at the workflow's own commit (job_workflow_sha) before any of its actions run", () => {
    for (const file of [".github/workflows/training-pipeline.yml", ".github/workflows/rollback.yml"]) {
      const workflow = parseYaml(read(file)) as {
        jobs: Record<
          string,
          { steps?: { uses?: string; id?: string; run?: string; with?: Record<string, string> }[] }
        >;
      };
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const steps = job.steps ?? [];
        const firstOwn = steps.findIndex((step) => step.uses?.startsWith("./.trainyard-toolkit/"));
        if (firstOwn < 0) continue;
        const checkout = steps.findIndex((step) => step.with?.path === ".trainyard-toolkit");
        expect(checkout, `${file} job ${name}`).toBeGreaterThanOrEqual(0);
        expect(checkout, `${file} job ${name}`).toBeLessThan(firstOwn);
        expect(steps[checkout]?.with?.ref).toMatch(
          /^\$\{\{ (steps\.toolkit\.outputs\.sha|needs\.data\.outputs\.toolkit-sha) \}\}$/,
        );
      }
      const locate = Object.values(workflow.jobs)
        .flatMap((job) => job.steps ?? [])
        .find((step) => step.id === "toolkit");
      expect(locate?.run).toContain("job_workflow_sha");
      expect(locate?.run).toContain("job_workflow_ref");
      // No OIDC token (a fork's pull request): only a pinned 40-hex toolkit-ref is accepted instead.
      if (file.endsWith("training-pipeline.yml"))
        expect(locate?.run).toContain('[[ "$TOOLKIT_REF" =~ ^[0-9a-f]{40}$ ]]');
    }
  });

  it("keeps the self-repository reference ($/) out while actionlint rejects it", async () => {
    const probe = broken(
      VALID,
      "uses: trainyard/trainyard/actions/snapshot-data@v0",
      "uses: $/actions/snapshot-data",
    );
    const found = await problemsBy(probe);
    // If this starts passing, actionlint reads `$/`: the checkout at job_workflow_sha can give way to it.
    expect(found.actionlint).toContainEqual(
      expect.stringMatching(/\$\/actions\/snapshot-data.*invalid format/),
    );
    expect(found["workflow-parser"]).toEqual([]);
  });

  it("runs setup without the OIDC request variables, and CI on the Node of .node-version (the actions' node24)", () => {
    const pipelineText = read(".github/workflows/training-pipeline.yml");
    const setups = (
      parseYaml(pipelineText) as { jobs: Record<string, { steps?: { name?: string; run?: string }[] }> }
    ).jobs;
    const setupRuns = Object.values(setups)
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.name === "Install the training code's dependencies");
    expect(setupRuns).toHaveLength(2);
    for (const step of setupRuns) {
      const [first] = (step.run ?? "").split("\n");
      expect(first).toMatch(
        /^unset ACTIONS_ID_TOKEN_REQUEST_URL ACTIONS_ID_TOKEN_REQUEST_TOKEN ACTIONS_RUNTIME_TOKEN/,
      );
      expect(step.run).toMatch(/bash -eo pipefail -c "\$SETUP"$/m);
    }
    expect(read(".node-version").trim()).toMatch(/^24(\.|$)/);
    for (const file of [".github/workflows/ci.yml", ".github/workflows/release.yml"])
      expect(read(file)).toContain("node-version-file: .node-version");
    for (const file of actionFiles) expect(read(file)).toMatch(/using: node24/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The checks bite: a small valid workflow passes every checker, and each deliberate defect is caught.

const VALID = `name: probe
on:
  workflow_dispatch:
    inputs:
      title:
        type: string
        default: ""
permissions:
  contents: read
jobs:
  data:
    runs-on: ubuntu-latest
    outputs:
      snapshot-id: \${{ steps.snapshot.outputs.snapshot-id }}
    steps:
      - uses: actions/checkout@v5
      - id: snapshot
        uses: trainyard/trainyard/actions/snapshot-data@v0
      - uses: trainyard/trainyard/actions/validate-data@v0
        with:
          snapshot: \${{ steps.snapshot.outputs.snapshot-id }}
  report:
    needs: data
    runs-on: ubuntu-latest
    steps:
      - env:
          SNAPSHOT: \${{ needs.data.outputs.snapshot-id }}
          TITLE: \${{ inputs.title }}
        run: echo "$SNAPSHOT $TITLE"
`;

const VALID_CALLER = `name: probe caller
on: workflow_dispatch
permissions: {}
jobs:
  rollback:
    uses: trainyard/trainyard/.github/workflows/rollback.yml@v0
    permissions:
      contents: read
      actions: read
      issues: write
      id-token: write
    with:
      reason: a probe
    secrets:
      MLFLOW_TRACKING_URI: \${{ secrets.MLFLOW_TRACKING_URI }}
`;

function broken(text: string, from: string, to: string): string {
  expect(text, `the probe text contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

async function problemsBy(text: string): Promise<Record<Checker, string[]>> {
  const file = ".github/workflows/probe.yml";
  const messages = (problems: Problem[]) => problems.map((problem) => problem.message);
  return {
    actionlint: messages(await actionlintProblems(file, text)),
    "workflow-parser": messages(await workflowParserProblems(file, text, root)),
    trainyard: messages(trainyardWorkflowProblems(file, text, root)),
  };
}

describe("the checks bite", () => {
  it("pass the valid probes, so each failure below comes from its defect", async () => {
    expect(await problemsBy(VALID)).toEqual({ actionlint: [], "workflow-parser": [], trainyard: [] });
    expect(await problemsBy(VALID_CALLER)).toEqual({ actionlint: [], "workflow-parser": [], trainyard: [] });
  });

  it("catch a misspelled action input and the required input it leaves out", async () => {
    const found = await problemsBy(broken(VALID, `          snapshot: \${{`, `          snapshott: \${{`));
    expect(found.trainyard).toEqual([
      expect.stringMatching(/"snapshott" is not an input of actions\/validate-data\/action\.yml/),
      expect.stringMatching(
        /the required input "snapshot" of actions\/validate-data\/action\.yml is not passed/,
      ),
    ]);
  });

  it("catch an action that does not exist", async () => {
    const found = await problemsBy(broken(VALID, "actions/snapshot-data@v0", "actions/snapshot@v0"));
    expect(found.trainyard).toContainEqual(expect.stringMatching(/no action\.yml in actions\/snapshot/));
  });

  it("catch an output the action does not have", async () => {
    const found = await problemsBy(
      broken(
        VALID,
        `snapshot-id: \${{ steps.snapshot.outputs.snapshot-id }}`,
        `snapshot-id: \${{ steps.snapshot.outputs.snapshot_id }}`,
      ),
    );
    expect(found.trainyard).toEqual([expect.stringMatching(/step "snapshot" has no output "snapshot_id"/)]);
  });

  it("catch a job output that does not exist, and a job that is not needed", async () => {
    const unknownOutput = await problemsBy(
      broken(VALID, "needs.data.outputs.snapshot-id", "needs.data.outputs.snapshot"),
    );
    expect(unknownOutput.trainyard).toEqual([expect.stringMatching(/job "data" has no output "snapshot"/)]);
    expect(unknownOutput.actionlint).toContainEqual(
      expect.stringMatching(/property "snapshot" is not defined/),
    );

    const notNeeded = await problemsBy(broken(VALID, "    needs: data\n", ""));
    expect(notNeeded.trainyard).toContainEqual(
      expect.stringMatching(/job "data", which is not in this job's needs/),
    );
  });

  it("catch a reusable workflow's output that reads a job output that does not exist", async () => {
    const pipeline = read(".github/workflows/training-pipeline.yml");
    const found = trainyardWorkflowProblems(
      ".github/workflows/training-pipeline.yml",
      broken(pipeline, "jobs.compare.outputs.decision }}", "jobs.compare.outputs.decisions }}"),
      root,
    );
    expect(shown(found)).toEqual([
      expect.stringMatching(/output "decision": job "compare" has no output "decisions"/),
    ]);
  });

  it("catch a YAML syntax error with every checker", async () => {
    const found = await problemsBy(broken(VALID, `      snapshot-id: \${{`, `      snapshot-id: [\${{`));
    expect(found.actionlint).not.toEqual([]);
    expect(found["workflow-parser"]).not.toEqual([]);
    expect(found.trainyard).toEqual([expect.stringMatching(/^YAML syntax error/)]);
  });

  it("catch an expression syntax error", async () => {
    const found = await problemsBy(broken(VALID, `\${{ inputs.title }}`, `\${{ inputs.title ) }}`));
    expect(found.actionlint).not.toEqual([]);
    expect(found["workflow-parser"]).not.toEqual([]);
  });

  it("catch caller-controlled text expanded into a run: script", async () => {
    const event = await problemsBy(
      broken(VALID, 'run: echo "$SNAPSHOT $TITLE"', `run: echo "\${{ github.event.pull_request.title }}"`),
    );
    expect(event.trainyard).toEqual([
      expect.stringMatching(/script injection.*github\.event\.pull_request\.title/),
    ]);
    expect(event.actionlint).toContainEqual(expect.stringMatching(/potentially untrusted/));

    const input = await problemsBy(
      broken(VALID, 'run: echo "$SNAPSHOT $TITLE"', `run: echo "\${{ inputs.title }}"`),
    );
    expect(input.trainyard).toEqual([expect.stringMatching(/script injection.*inputs\.title/)]);
  });

  it("catch a missing top-level permissions block", async () => {
    const found = await problemsBy(broken(VALID, "permissions:\n  contents: read\n", ""));
    expect(found.trainyard).toEqual([expect.stringMatching(/no top-level permissions/)]);
  });

  it("catch checkout in a job without contents: read", async () => {
    const found = await problemsBy(broken(VALID, "permissions:\n  contents: read\n", "permissions: {}\n"));
    expect(found.trainyard).toEqual([expect.stringMatching(/actions\/checkout needs contents: read/)]);
  });

  it("catch a reusable workflow called with an input it does not have, or without a required one", async () => {
    const misspelled = await problemsBy(
      broken(VALID_CALLER, "      reason: a probe", "      reasons: a probe"),
    );
    expect(misspelled.trainyard).toEqual([
      expect.stringMatching(/input "reasons" is not an input of \.github\/workflows\/rollback\.yml/),
      expect.stringMatching(
        /the required input "reason" of \.github\/workflows\/rollback\.yml is not passed/,
      ),
    ]);
    expect(misspelled["workflow-parser"]).toContainEqual(expect.stringMatching(/reasons/));
  });

  it("catch a reusable workflow that does not exist", async () => {
    const found = await problemsBy(
      broken(VALID_CALLER, "workflows/rollback.yml@v0", "workflows/rolback.yml@v0"),
    );
    expect(found.trainyard).toEqual([
      expect.stringMatching(/no such workflow \.github\/workflows\/rolback\.yml/),
    ]);
    expect(found["workflow-parser"]).toContainEqual(
      expect.stringMatching(/Unable to find reusable workflow/),
    );
  });

  it("catch secrets: inherit, an undeclared secret, and a caller granting less than the called jobs ask", async () => {
    const inherit = await problemsBy(
      broken(
        VALID_CALLER,
        `    secrets:\n      MLFLOW_TRACKING_URI: \${{ secrets.MLFLOW_TRACKING_URI }}\n`,
        "    secrets: inherit\n",
      ),
    );
    expect(inherit.trainyard).toEqual([expect.stringMatching(/secrets: inherit/)]);

    const unknownSecret = await problemsBy(
      broken(VALID_CALLER, `      MLFLOW_TRACKING_URI: \${{`, `      MLFLOW_URI: \${{`),
    );
    expect(unknownSecret.trainyard).toEqual([expect.stringMatching(/secret "MLFLOW_URI" is not a secret/)]);

    const tooLittle = await problemsBy(broken(VALID_CALLER, "      actions: read\n", ""));
    expect(tooLittle.trainyard).toEqual([
      expect.stringMatching(
        /job "rollback" of \.github\/workflows\/rollback\.yml asks for actions: read but the caller grants none/,
      ),
    ]);
  });

  it("catch an action.yml that breaks the schema or leaves an input undocumented", () => {
    const action = read("actions/validate-data/action.yml");
    const badRuntime = actionProblems("action.yml", broken(action, "using: node24", "using: node99"));
    expect(badRuntime.filter((problem) => problem.checker === "workflow-parser")).not.toEqual([]);
    const undocumented = actionProblems(
      "action.yml",
      broken(action, "    description: The snapshot id, the snapshot-id output of snapshot-data.\n", ""),
    );
    expect(shown(undocumented)).toEqual([expect.stringMatching(/input "snapshot" has no description/)]);
  });
});

describe("the monitoring caller", () => {
  it("asks for actions: write only in the job that dispatches, and nothing at the top", () => {
    const monitor = parseYaml(read("workflows/monitor-champion.yml")) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<
        string,
        { permissions?: unknown; steps: { uses?: string; with?: Record<string, string> }[] }
      >;
    };
    expect(Object.keys(monitor.on)).toEqual(["schedule", "workflow_dispatch"]);
    expect(monitor.permissions).toEqual({});
    expect(monitor.jobs.monitor?.permissions).toEqual({ contents: "read", actions: "write" });
    const step = monitor.jobs.monitor?.steps.find((s) =>
      s.uses?.startsWith("trainyard/trainyard/actions/monitor@"),
    );
    expect(step?.with?.trigger).toBe("dispatch");
  });
});
