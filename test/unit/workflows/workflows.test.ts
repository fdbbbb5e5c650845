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
      compare: { contents: "read", "pull-requests": "write", "id-token": "write" },
      register: { contents: "read" },
      promote: { contents: "read", actions: "read" },
    });
    expect(rollback.permissions).toEqual({});
    expect(rollback.jobs.rollback?.permissions).toEqual({ contents: "read", actions: "read" });
  });

  it("promotes only in release mode on a promote decision, in the environment, one promotion at a time", () => {
    const promote = pipeline.jobs.promote;
    expect(promote?.if).toBe("inputs.mode == 'release' && needs.compare.outputs.decision == 'promote'");
    expect(promote?.environment).toBe(`\${{ inputs.environment }}`);
    expect(pipeline.jobs.register?.if).toBe("inputs.mode == 'release'");
    // Promotion and rollback share one group per model, and neither cancels the other.
    expect(promote?.concurrency).toEqual({
      group: `trainyard-champion-\${{ github.repository }}-\${{ inputs.config }}`,
      "cancel-in-progress": false,
    });
    expect(rollback.jobs.rollback?.concurrency).toEqual(promote?.concurrency);
    expect(rollback.jobs.rollback?.environment).toBe(`\${{ inputs.environment }}`);
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
