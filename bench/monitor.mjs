#!/usr/bin/env node
import { once } from "node:events";
// bench/monitor: the monitor step over N labelled production predictions (CSV: timestamp, model_version,
// country, x, y, prediction, score; 30 days, the label relationship flipped on the last 10), end to end in
// one process: read the champion's baseline from the local tracker, stream the file once (typed arrays for
// the metrics, column profilers for drift), every binary metric with a 1,000-resample bootstrap, drift from
// the champion's training snapshot, the daily chart, the verdict, the records. Measures wall time and peak
// RSS of that process; prints rows/s and bytes of RSS per row; asserts nothing.
//
//   node bench/monitor.mjs [--rows 1000000] [--big] [--precise] [--max-units N] [--resamples 1000]
//                          [--repeat 1] [--keep] [--work /tmp/trainyard-bench-monitor]
//
// --big monitors 10,000,000 rows. Scores are written with 4 decimals (at most 10,001 distinct scores, so
// the metrics' units stay exact); --precise writes them in full (every score distinct), so past
// monitor.max_units (default 524,288; --max-units sets it) they are quantised, and the report's note
// states each metric's bound. Binary windows are held as (label, score) units: memory does not grow with
// rows. The first run builds src/ with tsc into the work folder
// (TRAINYARD_BENCH_LIB=<dir> uses an existing build).
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fixed, machineLine, measure, mustRun, parseArgs, printTable, prng, REPO } from "./common.mjs";

const args = parseArgs(process.argv.slice(2), {
  rows: 1_000_000,
  big: false,
  precise: false,
  "max-units": 0,
  resamples: 1000,
  repeat: 1,
  keep: false,
  work: "/tmp/trainyard-bench-monitor",
  child: false,
  lib: "",
  dir: "",
});
const DAY = 86_400_000;

async function pinLib(work) {
  let lib = process.env.TRAINYARD_BENCH_LIB;
  if (!lib) {
    lib = join(work, "lib");
    rmSync(lib, { recursive: true, force: true });
    await measure("npx", ["tsc", "-p", "tsconfig.build.json", "--outDir", lib], { cwd: REPO });
    const modules = join(work, "node_modules");
    // a link left by a run from another checkout may dangle (existsSync follows it): replace it
    rmSync(modules, { force: true });
    symlinkSync(join(REPO, "node_modules"), modules);
  }
  if (!existsSync(join(lib, "steps", "monitor", "monitor-step.js")))
    throw new Error(`no ${lib}/steps/monitor/monitor-step.js: the build failed`);
  return resolve(lib);
}

/** N rows over 30 days ending now; scores with 4 decimals like a predict command prints them. */
async function writeProduction(file, rows, now) {
  const random = prng(11);
  const out = createWriteStream(file);
  const countries = ["US", "DE", "FR"];
  out.write("timestamp,model_version,country,x,y,prediction,score\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const day = Math.floor((i * 30) / rows);
    const time = now - (29 - day) * DAY - Math.floor(random() * 20 * 3_600_000);
    const y = random() < 0.3 ? 1 : 0;
    const seen = day >= 20 ? 1 - y : y;
    const score = 1 / (1 + Math.exp(-(1.5 * (2 * seen - 1) + 4 * (random() - 0.5))));
    chunk += `${new Date(time).toISOString()},1,${countries[i % 3]},${(random() * 100).toFixed(2)},${y},${score >= 0.5 ? 1 : 0},${args.precise ? String(score) : score.toFixed(4)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

/** A project whose champion (version 1) has an evaluation and a training snapshot with profiles. */
async function setUp(lib, dir, now) {
  const { TerminalContext } = await import(`${lib}/context/terminal-context.js`);
  const { inputsOf } = await import(`${lib}/inputs/declared-inputs.js`);
  const { SNAPSHOT_INPUTS } = await import(`${lib}/steps/snapshot/snapshot-inputs.js`);
  const { snapshotStep } = await import(`${lib}/steps/snapshot/snapshot-step.js`);
  const { LocalTracker } = await import(`${lib}/tracking/local/local-tracker.js`);
  const { LocalRegistry } = await import(`${lib}/tracking/local/local-registry.js`);
  mkdirSync(join(dir, "data"), { recursive: true });
  const random = prng(7);
  const lines = ["id,country,x,y"];
  for (let i = 0; i < 20_000; i++)
    lines.push(`r${i},${["US", "DE", "FR"][i % 3]},${(random() * 100).toFixed(2)},${random() < 0.3 ? 1 : 0}`);
  writeFileSync(join(dir, "data", "train.csv"), `${lines.join("\n")}\n`);
  writeFileSync(
    join(dir, "trainyard.yml"),
    [
      "version: 1",
      "model: bench",
      "data: { source: data/train.csv }",
      "monitor:",
      "  since: 30d",
      `  bootstrap: ${args.resamples}`,
      "  metrics: { roc_auc: { max_degradation: 0.02 }, accuracy: { max_degradation: 0.02 } }",
      ...(args["max-units"] ? [`  max_units: ${args["max-units"]}`] : []),
      "",
    ].join("\n"),
  );
  const context = new TerminalContext({ workingDirectory: dir, env: {}, write: () => {} });
  const snapshot = await snapshotStep(context, inputsOf(SNAPSHOT_INPUTS, {}));
  const root = join(dir, ".trainyard", "tracking");
  const tracker = new LocalTracker(root);
  const registry = new LocalRegistry(root);
  const run = await tracker.createRun({ experimentId: await tracker.ensureExperiment("bench") });
  const interval = (value) => ({ value, low: value - 0.01, high: value + 0.01, resamples: 1000 });
  const evaluation = {
    kind: "trainyard.evaluation",
    version: 1,
    task: "binary",
    labelColumn: "y",
    classes: ["0", "1"],
    primaryMetric: "roc_auc",
    rows: 4000,
    metrics: { roc_auc: interval(0.93), accuracy: interval(0.85) },
    slices: [],
    bootstrap: { resamples: 1000, confidence: 0.95, seed: 42, method: "percentile" },
    prediction: { seconds: 1, rowsPerSecond: 4000, msPer1kRows: 250 },
    model: { sizeBytes: 100, runId: run.runId },
    snapshotId: snapshot["snapshot-id"],
    testFile: "test.csv",
    predictionsFile: "predictions.csv",
    createdAt: new Date(now).toISOString(),
  };
  const file = join(dir, "evaluation.json");
  writeFileSync(file, JSON.stringify(evaluation));
  await tracker.uploadArtifact(run.runId, file, "evaluation/evaluation.json");
  await tracker.updateRun(run.runId, { status: "FINISHED", endTime: now });
  await registry.ensureRegisteredModel("bench");
  const version = await registry.createModelVersion({
    name: "bench",
    source: "bench",
    runId: run.runId,
    tags: { "trainyard.snapshot.id": snapshot["snapshot-id"] },
  });
  await registry.setAlias("bench", "champion", version.version);
}

/** The measured process: one monitor step, its outputs and phase times on stdout as JSON. */
async function child() {
  const started = performance.now();
  const { TerminalContext } = await import(`${args.lib}/context/terminal-context.js`);
  const { inputsOf } = await import(`${args.lib}/inputs/declared-inputs.js`);
  const { MONITOR_INPUTS } = await import(`${args.lib}/steps/monitor/monitor-inputs.js`);
  const { monitorStep } = await import(`${args.lib}/steps/monitor/monitor-step.js`);
  const imported = performance.now();
  const context = new TerminalContext({ workingDirectory: args.dir, env: {}, write: () => {} });
  const outputs = await monitorStep(context, inputsOf(MONITOR_INPUTS, { predictions: "production.csv" }));
  const done = performance.now();
  console.log(
    JSON.stringify({
      outputs,
      importSeconds: (imported - started) / 1000,
      monitorSeconds: (done - imported) / 1000,
    }),
  );
}

async function main() {
  const rows = args.big ? 10_000_000 : args.rows;
  const work = resolve(args.work);
  mkdirSync(work, { recursive: true });
  console.log(machineLine());
  const lib = await pinLib(work);
  const dir = join(work, `project-${rows}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const now = Date.now();
  const generated = performance.now();
  await writeProduction(join(dir, "production.csv"), rows, now);
  console.log(
    `wrote ${rows.toLocaleString("en")} rows in ${fixed((performance.now() - generated) / 1000)} s`,
  );
  await setUp(lib, dir, now);
  const results = [];
  for (let i = 0; i < args.repeat; i++) {
    const run = await mustRun(process.execPath, [
      fileURLToPath(import.meta.url),
      "--child",
      "--lib",
      lib,
      "--dir",
      dir,
    ]);
    const out = JSON.parse(run.stdout.trim().split("\n").at(-1));
    results.push({ ...run, out });
  }
  const table = results.map((result, i) => [
    `run ${i + 1}`,
    rows.toLocaleString("en"),
    fixed(result.seconds),
    fixed(result.out.monitorSeconds),
    Math.round(rows / result.out.monitorSeconds).toLocaleString("en"),
    fixed(result.peakMb, 0),
    fixed((result.peakMb * 2 ** 20) / rows, 1),
    String(result.out.outputs.retrain),
  ]);
  printTable(
    ["", "rows", "wall s", "monitor s", "rows/s", "peak RSS MiB", "RSS bytes/row", "retrain"],
    table,
  );
  console.log(`verdict: ${results[0].out.outputs.reasons.split("\n")[0].slice(0, 300)}`);
  const report = JSON.parse(readFileSync(results[0].out.outputs["report-path"], "utf8"));
  console.log(
    report.quantisation
      ? `quantised: ${report.quantisation.units} units (max_units ${report.quantisation.maxUnits}), bounds ${JSON.stringify(report.quantisation.bounds)}`
      : "scores exact: not quantised",
  );
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
}

if (args.child) await child();
else await main();
