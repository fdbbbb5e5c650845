import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseMonitorReport } from "../../src/config/contracts/monitor-report.js";
import { inputsOf } from "../../src/inputs/declared-inputs.js";
import { MONITOR_INPUTS } from "../../src/steps/monitor/monitor-inputs.js";
import { monitorStep } from "../../src/steps/monitor/monitor-step.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import { type GitHubApiServer, startGitHubApiServer } from "../harness/github-api-server.js";
import {
  compareStep,
  evaluateStep,
  registerStep,
  StepContext,
  snapshotStep,
  trainStep,
} from "../harness/step-context.js";

const TRAINER = resolve("test/fixtures/trainers/contract-trainer.mjs");
const PREDICTOR = resolve("test/fixtures/trainers/contract-predictor.mjs");
const OWNER = "acme";
const REPO = "churn";
const DAY = 86_400_000;

let github: GitHubApiServer;
beforeAll(async () => {
  github = await startGitHubApiServer();
});
afterAll(async () => {
  await github?.close();
});

/** The same pseudo-random stream as the fixture predictor, so production scores look like the test's. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function trainingCsv(rows: number): string {
  const random = lcg(7);
  const lines = ["id,country,x,y"];
  const countries = ["US", "DE", "FR"];
  for (let i = 0; i < rows; i++)
    lines.push(`r${i},${countries[i % 3]},${(random() * 100).toFixed(2)},${random() < 0.3 ? 1 : 0}`);
  return `${lines.join("\n")}\n`;
}

/**
 * 30 days of labelled production predictions by a model of the predictor's quality; with `flipLastDays`, the
 * label relationship is reversed on the last days (what the model learned is now wrong).
 */
function productionCsv(options: {
  now: number;
  days: number;
  perDay: number;
  flipLastDays?: number;
  version: string;
}) {
  const random = lcg(11);
  const countries = ["US", "DE", "FR"];
  const lines = ["timestamp,model_version,country,x,y,prediction,score"];
  for (let d = 0; d < options.days; d++) {
    const flipped = options.days - d <= (options.flipLastDays ?? 0);
    for (let i = 0; i < options.perDay; i++) {
      const time = options.now - (options.days - 1 - d) * DAY - Math.floor(random() * 20 * 3_600_000);
      const y = random() < 0.3 ? 1 : 0;
      const seen = flipped ? 1 - y : y;
      const logit = 1.5 * (2 * seen - 1) + 2 * (random() - 0.5) * 2;
      const score = 1 / (1 + Math.exp(-logit));
      lines.push(
        `${new Date(time).toISOString()},${options.version},${countries[i % 3]},${(random() * 100).toFixed(2)},${y},${score >= 0.5 ? 1 : 0},${score.toFixed(4)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("monitor on the live MLflow server", () => {
  it("asks for a retrain when the label relationship flips, dispatches once per cooldown, and not otherwise", async () => {
    const uri = inject("mlflowUri");
    const model = `monitor-${Date.now()}`;
    const dir = await mkdtemp(join(tmpdir(), "monitor-"));
    await mkdir(join(dir, "data"), { recursive: true });
    await writeFile(join(dir, "data", "all.csv"), trainingCsv(1600));
    await writeFile(
      join(dir, "trainyard.yml"),
      [
        "version: 1",
        `model: ${model}`,
        "data:",
        "  source: data/all.csv",
        "  split: { strategy: random, test_fraction: 0.5 }",
        "train:",
        `  command: node ${TRAINER}`,
        "evaluate:",
        `  predict_command: node ${PREDICTOR}`,
        "  label_column: y",
        "  id_column: id",
        "  bootstrap: 300",
        "gate:",
        "  primary: { metric: roc_auc }",
        "  require_validation: false",
        "monitor:",
        "  since: 30d",
        "  min_rows: 500",
        "  metrics:",
        "    roc_auc: { min: 0.7, max_degradation: 0.05 }",
        "    accuracy: { max_degradation: 0.05 }",
        "  drift: { psi: { warn: 0.1, error: 0.25 } }",
        "  trigger: dispatch",
        "  cooldown: 3d",
        "",
      ].join("\n"),
    );
    const logs: string[] = [];
    const env = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_RUN_ID: "501",
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: github.url,
      GITHUB_ACTOR: "release-bot",
      GITHUB_TOKEN: "ghs_monitor-token",
    };
    // The champion is promoted in environment mode: its environment requires a reviewer, who approved.
    github.state.setEnvironment(OWNER, REPO, "production", ["alice"]);
    github.state.seedApprovals({ owner: OWNER, repo: REPO, runId: 501 }, [
      { login: "alice", state: "approved", environments: ["production"] },
    ]);
    const context = (inputs: Record<string, string>) =>
      new StepContext({
        workingDirectory: dir,
        inputs: { "tracking-uri": uri, ...inputs },
        env,
        write: (line) => logs.push(line),
      });

    // A champion: snapshot, train, evaluate, compare, register, promote.
    const snapshot = await snapshotStep(
      new StepContext({ workingDirectory: dir, env, write: (line) => logs.push(line) }),
    );
    const id = snapshot["snapshot-id"];
    const trained = await trainStep(context({ snapshot: id, params: "{quality: 1.5}" }));
    const evaluated = await evaluateStep(
      context({ snapshot: id, "model-dir": trained["model-dir"], "run-id": trained["run-id"] }),
    );
    const compared = await compareStep(context({ evaluations: evaluated["report-path"] }));
    expect(compared.decision).toBe("promote");
    await registerStep(
      context({ mode: "register", "run-id": trained["run-id"], comparison: compared["report-path"] }),
    );
    const promoted = await registerStep(context({ mode: "promote", comparison: compared["report-path"] }));
    const version = promoted.version;

    const now = Date.now();
    await writeFile(
      join(dir, "flipped.csv"),
      productionCsv({ now, days: 30, perDay: 150, flipLastDays: 10, version }),
    );
    await writeFile(join(dir, "steady.csv"), productionCsv({ now, days: 30, perDay: 150, version }));
    const monitor = (inputs: Record<string, string>) => {
      const stepContext = context(inputs);
      return monitorStep(stepContext, inputsOf(MONITOR_INPUTS, stepContext.inputs)).then((outputs) => ({
        outputs,
        summary: stepContext.summaries.join("\n"),
      }));
    };
    const dispatchesBefore = github.state.dispatches.length;

    // 1. The flip: retrain, with the metric, its interval and the baseline in the reasons; one dispatch.
    const flipped = await monitor({ predictions: "flipped.csv", "output-dir": "monitor/flipped" });
    expect(flipped.outputs).toMatchObject({
      retrain: true,
      rows: 4500,
      dispatched: true,
      "champion-version": version,
    });
    expect(flipped.outputs.reasons).toMatch(
      /roc_auc in production \d\.\d{4} \[\d\.\d{4}, \d\.\d{4}\] against the champion's evaluation \d\.\d{4} \[\d\.\d{4}, \d\.\d{4}\]: Δ -\d\.\d{4}/,
    );
    expect(flipped.outputs.reasons).toMatch(
      /accuracy in production \d\.\d{4} \[\d\.\d{4}, \d\.\d{4}\] against the champion's evaluation \d\.\d{4} \[\d\.\d{4}, \d\.\d{4}\]: Δ -\d\.\d{4} \[-\d\.\d{4}, -\d\.\d{4}\] \(95% interval, unpaired \(MOVER\): the production rows have no "id" column to pair with the champion's test rows by id\), worse by more than max_degradation 0\.05 with 95% confidence/,
    );
    const report = parseMonitorReport(await readFile(flipped.outputs["report-path"], "utf8"), "monitor.json");
    const auc = report.metrics.find((metric) => metric.metric === "roc_auc");
    expect(auc?.delta.high).toBeLessThan(-0.05);
    // UTC calendar days: a 30-day window touches 30 or 31 of them.
    expect(report.daily.length).toBeGreaterThanOrEqual(30);
    expect(report.daily.length).toBeLessThanOrEqual(31);
    // The days before the flip look like the evaluation; the flipped days are far worse.
    expect(report.daily[5]?.value).toBeGreaterThan(0.8);
    expect(report.daily.at(-3)?.value).toBeLessThan(0.3);
    expect(
      report.rules.filter((rule) => rule.kind === "drift").every((rule) => rule.verdict === "pass"),
    ).toBe(true);
    expect(report.rules.some((rule) => rule.kind === "drift")).toBe(true);
    expect(flipped.summary).toContain("```mermaid");
    expect(flipped.summary).toContain("xychart-beta");
    expect(github.state.dispatches.length).toBe(dispatchesBefore + 1);
    const dispatch = github.state.dispatches.at(-1);
    expect(dispatch).toMatchObject({
      owner: OWNER,
      repo: REPO,
      workflowId: "retrain-manually.yml",
      ref: "main",
    });
    expect(String(dispatch?.inputs.reason)).toMatch(/roc_auc in production/);
    expect(github.violations).toEqual([]);

    // Recorded on the champion version and as a tracker run.
    const { tracker, registry } = await openTracking({ uri, env: {} });
    const champion = await registry.getVersionByAlias(model, "champion");
    expect(champion?.tags).toMatchObject({
      "trainyard.monitor.retrain": "true",
      "trainyard.monitor.rows": "4500",
    });
    expect(champion?.tags["trainyard.monitor.last_trigger_at"]).toBeDefined();
    const monitorRun = await tracker.getRun(champion?.tags["trainyard.monitor.run_id"] as string);
    expect(monitorRun.tags).toMatchObject({
      "trainyard.kind": "monitor",
      "trainyard.monitor.dispatched": "true",
    });
    expect(monitorRun.metrics.find((metric) => metric.key === "monitor_roc_auc")?.value).toBeCloseTo(
      auc?.production.value as number,
      10,
    );

    // 2. The same logs without the flip: no retrain.
    const steady = await monitor({ predictions: "steady.csv", "output-dir": "monitor/steady" });
    expect(steady.outputs).toMatchObject({ retrain: false, dispatched: false, rows: 4500 });
    expect(steady.outputs.reasons).toMatch(/^no retrain: roc_auc in production/);

    // 3. Too few rows: no retrain, and the reason says so.
    const few = await monitor({ predictions: "flipped.csv", since: "1d", "output-dir": "monitor/few" });
    expect(few.outputs.retrain).toBe(false);
    expect(few.outputs.reasons).toMatch(
      /not enough rows: \d+ labelled prediction\(s\) in the window, fewer than monitor\.min_rows 500/,
    );

    // 4. The flip again, inside the cooldown: retrain, but no second dispatch.
    const again = await monitor({ predictions: "flipped.csv", "output-dir": "monitor/again" });
    expect(again.outputs).toMatchObject({ retrain: true, dispatched: false });
    const againReport = parseMonitorReport(
      await readFile(again.outputs["report-path"], "utf8"),
      "monitor.json",
    );
    expect(againReport.trigger.cooldownUntil).toBeDefined();
    expect(github.state.dispatches.length).toBe(dispatchesBefore + 1);
    expect(github.violations).toEqual([]);

    // 5. Paired: production rows carrying the ids of the champion's test rows (a few labels changed since),
    // scored as the evaluation scored them; Δ is paired on those ids and narrower than MOVER's.
    const evaluatedRows = (await readFile(evaluated["predictions-path"], "utf8")).trim().split("\n");
    expect(evaluatedRows[0]).toBe("prediction,score,id,y");
    const features = new Map(
      trainingCsv(1600)
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(","))
        .map(([rowId, country, x]) => [rowId as string, `${country},${x}`]),
    );
    const testRows = evaluatedRows.slice(1).map((line) => line.split(","));
    const pairedLines = [`timestamp,model_version,id,country,x,y,prediction,score`];
    testRows.forEach(([prediction, score, rowId, y], i) => {
      const label = i % 40 === 0 ? 1 - Number(y) : Number(y);
      const time = new Date(now - (i % 20) * DAY - 60_000).toISOString();
      pairedLines.push(
        `${time},${version},${rowId},${features.get(rowId as string)},${label},${prediction},${score}`,
      );
    });
    await writeFile(join(dir, "paired.csv"), `${pairedLines.join("\n")}\n`);
    const pairedRun = await monitor({
      predictions: "paired.csv",
      "dry-run": "true",
      "output-dir": "monitor/paired",
    });
    const pairedReport = parseMonitorReport(
      await readFile(pairedRun.outputs["report-path"], "utf8"),
      "monitor.json",
    );
    expect(pairedReport.comparison).toMatchObject({ mode: "paired", ids: testRows.length, idColumn: "id" });
    expect(pairedRun.outputs.reasons).toContain(`(95% interval, paired on ${testRows.length} ids)`);
    expect(pairedRun.summary).toContain(`Δ is paired on ${testRows.length} ids`);
    for (const name of ["roc_auc", "accuracy"]) {
      const metric = pairedReport.metrics.find((entry) => entry.metric === name);
      const width = (interval?: { low: number | null; high: number | null }) =>
        (interval?.high as number) - (interval?.low as number);
      expect(metric?.paired?.ids).toBe(testRows.length);
      expect(metric?.delta).toEqual(metric?.paired?.delta);
      // The same data judged unpaired: MOVER's interval is wider.
      expect(width(metric?.delta)).toBeLessThan(width(metric?.unpairedDelta));
      expect(width(metric?.delta)).toBeGreaterThan(0);
    }
    // One label in 40 changed: accuracy drops by about 1/40 on the paired ids.
    const pairedAccuracy = pairedReport.metrics.find((entry) => entry.metric === "accuracy");
    expect(pairedAccuracy?.paired?.delta.value).toBeLessThan(0);
    expect(pairedAccuracy?.paired?.delta.value).toBeGreaterThan(-0.05);

    // 6. Ids that are none of the test rows': unpaired, and the reason says why.
    await writeFile(
      join(dir, "other-ids.csv"),
      pairedLines.map((line, i) => (i === 0 ? line : line.replace(/,(r\d+),/, ",p$1,"))).join("\n"),
    );
    const otherIds = await monitor({
      predictions: "other-ids.csv",
      "dry-run": "true",
      "output-dir": "monitor/other-ids",
    });
    const otherReport = parseMonitorReport(
      await readFile(otherIds.outputs["report-path"], "utf8"),
      "monitor.json",
    );
    expect(otherReport.comparison?.mode).toBe("unpaired");
    expect(otherIds.outputs.reasons).toMatch(
      new RegExp(
        `unpaired \\(MOVER\\): no production row in the window carries the id \\("id"\\) of one of the champion's ${testRows.length} test rows`,
      ),
    );
    expect(otherReport.metrics.every((metric) => metric.paired === undefined)).toBe(true);

    // Bad input: one clear message each.
    const header = "timestamp,model_version,country,x,y,prediction,score";
    const row = (time: string, versionText: string) => `${time},${versionText},US,1.5,1,1,0.9`;
    const at = new Date(now - DAY).toISOString();
    await writeFile(
      join(dir, "no-label.csv"),
      `timestamp,model_version,country,x,prediction,score\n${at},${version},US,1,1,0.9\n`,
    );
    await writeFile(join(dir, "other-version.csv"), `${header}\n${row(at, version)}\n${row(at, "999")}\n`);
    await writeFile(
      join(dir, "old.csv"),
      `${header}\n${row(new Date(now - 90 * DAY).toISOString(), version)}\n`,
    );
    await writeFile(
      join(dir, "bad-time.csv"),
      `${header}\n${row(at, version)}\n${row("yesterday", version)}\n`,
    );
    const dry = (predictions: string) =>
      monitor({ predictions, "dry-run": "true", "output-dir": "monitor/bad" });
    await expect(dry("no-label.csv")).rejects.toThrow(
      /no-label\.csv has no label column "y" \(.*monitor\.label_column.*\); its columns are timestamp, model_version/,
    );
    await expect(dry("other-version.csv")).rejects.toThrow(
      new RegExp(`row 2 was predicted by model version 999, but the champion is version ${version}`),
    );
    await expect(dry("old.csv")).rejects.toThrow(
      /the window is empty: no predictions since .* all 1 row\(s\) are older/,
    );
    await expect(dry("bad-time.csv")).rejects.toThrow(
      /bad-time\.csv: row 2, column "timestamp": "yesterday" is not a time/,
    );
  }, 240_000);
});
