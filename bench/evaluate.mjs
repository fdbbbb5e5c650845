#!/usr/bin/env node
// bench/evaluate: every binary metric with percentile bootstrap intervals (1,000 resamples) over R
// predictions read from a CSV file (label, score, champion_score), end to end in one process each:
//   trainyard: readTable + bootstrapMetrics (or pairedBootstrapMetrics) from a private tsc build of src/,
//   sklearn:   pandas + scikit-learn metrics, and the usual NumPy loop (n indices with replacement per
//              resample, the scikit-learn functions on those rows),
//   numpy:     the same point metrics, then trainyard's algorithm vectorised in NumPy (sort once,
//              multinomial counts as weights, cumulative sums) — the fastest Python we could write.
// Measures wall time and peak RSS of each process; prints ratios; asserts nothing.
//
//   node bench/evaluate.mjs [--rows 1000000] [--decimals 4] [--resamples 1000] [--modes single,paired]
//                           [--tools trainyard,sklearn,numpy] [--repeat 3] [--max-python-seconds 120]
//                           [--seed 7] [--threads N] [--micro] [--keep] [--work /tmp/trainyard-bench]
//
// --threads N runs trainyard's resamples on N threads (default: the bootstrap's own choice); --micro also
// prints trainyard's CPU ms per resample in one thread (min(--resamples, 200) resamples after the units are
// prepared), which the machine's load changes less than wall time. Each trainyard row notes the
// bootstrap's CPU time (user + system, every thread) and the load average.
//
// --decimals d writes scores rounded to d decimals (ties, as most predict commands print them); --decimals 17
// writes every score exactly (practically no ties). A Python loop that would run past --max-python-seconds
// stops early and its bootstrap time is extrapolated linearly to --resamples (the table says so).
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
} from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  BENCH_DIR,
  ensureVenv,
  fixed,
  lastJson,
  machineLine,
  measure,
  mustRun,
  nodeStartLine,
  parseArgs,
  printTable,
  prng,
  quietEnv,
  REPO,
  trainyardEnv,
} from "./common.mjs";

const args = parseArgs(process.argv.slice(2), {
  rows: 1_000_000,
  decimals: 4,
  resamples: 1000,
  modes: "single,paired",
  tools: "trainyard,sklearn,numpy",
  repeat: 3,
  "max-python-seconds": 120,
  seed: 7,
  confidence: 0.95,
  // threads computing the resamples (the bootstrap's `threads` option); 0: its default
  threads: 0,
  // also measure CPU ms per resample in one thread, after the prepared units (load affects it less)
  micro: false,
  keep: false,
  work: "/tmp/trainyard-bench",
  // internal: one trainyard run in its own process (the parent measures it)
  child: false,
  lib: "",
  file: "",
  mode: "single",
});
const MB = 1024 * 1024;

/**
 * Binormal predictions: a positive's latent score is N(1.2, 1), a negative's N(0, 1), 30 % positives; the
 * challenger's score is the latent's logistic, the champion's that of the latent blurred with noise.
 */
function generateCsv(path, rows, decimals) {
  const random = prng(11);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const format = decimals >= 17 ? (v) => String(v) : (v) => v.toFixed(decimals);
  const logistic = (x) => 1 / (1 + Math.exp(-x));
  const fd = openSync(`${path}.partial`, "w");
  writeSync(fd, "label,score,champion_score\n");
  let lines = [];
  for (let i = 0; i < rows; i++) {
    const label = random() < 0.3 ? 1 : 0;
    const latent = gaussian() + 1.2 * label;
    const blurred = 0.8 * latent + 0.6 * gaussian();
    lines.push(`${label},${format(logistic(latent))},${format(logistic(blurred))}\n`);
    if (lines.length === 50000) {
      writeSync(fd, lines.join(""));
      lines = [];
    }
  }
  writeSync(fd, lines.join(""));
  closeSync(fd);
  renameSync(`${path}.partial`, path);
}

/** The child: read the file the way the evaluate step reads predictions, then bootstrap every metric. */
async function runTrainyard() {
  if (args.micro) return runMicro();
  const started = performance.now();
  const lib = pathToFileURL(resolve(args.lib)).href;
  const { readTable } = await import(`${lib}/data/read-table.js`);
  const { bootstrapMetrics, pairedBootstrapMetrics } = await import(`${lib}/stats/metric-set.js`);
  const imported = performance.now();
  const labels = [];
  const scores = [];
  const champion = [];
  for await (const batch of readTable(args.file, "csv")) {
    const [l, s, c] = ["label", "score", "champion_score"].map((name) => batch.columns.indexOf(name));
    for (const row of batch.rows) {
      labels.push(Number(row[l]));
      scores.push(Number(row[s]));
      champion.push(Number(row[c]));
    }
  }
  const challenger = { task: "binary", labels: Int32Array.from(labels), scores: Float64Array.from(scores) };
  const read = performance.now();
  const cpuBefore = process.cpuUsage();
  const options = {
    resamples: args.resamples,
    confidence: args.confidence,
    seed: args.seed,
    ...(args.threads > 0 ? { threads: args.threads } : {}),
  };
  const result =
    args.mode === "paired"
      ? pairedBootstrapMetrics(
          challenger,
          { task: "binary", labels: challenger.labels, scores: Float64Array.from(champion) },
          options,
        )
      : { challenger: bootstrapMetrics(challenger, options) };
  const done = performance.now();
  const cpu = process.cpuUsage(cpuBefore); // every thread of the process: the workers too
  const intervals =
    args.mode === "paired"
      ? Object.fromEntries(
          ["challenger", "champion", "delta"].map((part) => [
            part,
            Object.fromEntries(Object.entries(result).map(([name, entry]) => [name, entry[part]])),
          ]),
        )
      : result;
  console.log(
    JSON.stringify({
      rows: labels.length,
      resamples: args.resamples,
      seconds: {
        import: (imported - started) / 1000,
        read: (read - imported) / 1000,
        bootstrap: (done - read) / 1000,
        bootstrapCpu: (cpu.user + cpu.system) / 1e6,
      },
      load: loadavg()[0],
      intervals,
    }),
  );
}

/**
 * The micro-benchmark: the same predictions, the units prepared (prepareResamples), then the resamples in
 * ONE thread (computeResamples), timed by the process's CPU time: ms per resample, which the machine's load
 * changes less than wall time.
 */
async function runMicro() {
  const lib = pathToFileURL(resolve(args.lib)).href;
  const { readTable } = await import(`${lib}/data/read-table.js`);
  const { prepareResamples, computeResamples } = await import(`${lib}/stats/bootstrap-workers.js`);
  const labels = [];
  const scores = [];
  const champion = [];
  for await (const batch of readTable(args.file, "csv")) {
    const [l, s, c] = ["label", "score", "champion_score"].map((name) => batch.columns.indexOf(name));
    for (const row of batch.rows) {
      labels.push(Number(row[l]));
      scores.push(Number(row[s]));
      champion.push(Number(row[c]));
    }
  }
  const y = Int32Array.from(labels);
  const models = [{ task: "binary", labels: y, scores: Float64Array.from(scores) }];
  if (args.mode === "paired") models.push({ task: "binary", labels: y, scores: Float64Array.from(champion) });
  const cpuMs = (usage) => (usage.user + usage.system) / 1000;
  let before = process.cpuUsage();
  const prepared = prepareResamples(models, undefined);
  const prepareMs = cpuMs(process.cpuUsage(before));
  computeResamples(prepared, args.seed, 8, 1); // first calls: compilation
  before = process.cpuUsage();
  const started = performance.now();
  computeResamples(prepared, args.seed, args.resamples, 1);
  const wallMs = performance.now() - started;
  const resampleMs = cpuMs(process.cpuUsage(before));
  console.log(
    JSON.stringify({
      prepareCpuMs: prepareMs,
      cpuMsPerResample: resampleMs / args.resamples,
      wallMsPerResample: wallMs / args.resamples,
      load: loadavg()[0],
    }),
  );
}

/**
 * A private build of src/ (tsc with tsconfig.build.json's options, into the work folder), so edits to the
 * sources or a rebuild of .cache/build during a run cannot change the code under test.
 * TRAINYARD_BENCH_LIB=<dir> uses an existing build (such as .cache/build/lib) instead.
 */
async function pinLib(work) {
  let lib = process.env.TRAINYARD_BENCH_LIB;
  if (!lib) {
    lib = join(work, "lib");
    rmSync(lib, { recursive: true, force: true });
    // tsc exits non-zero on type errors elsewhere in src/ but still emits; the import below is the check
    await measure("npx", ["tsc", "-p", "tsconfig.build.json", "--outDir", lib], { cwd: REPO });
    const modules = join(work, "node_modules");
    if (!existsSync(modules)) symlinkSync(join(REPO, "node_modules"), modules);
  }
  const stats = join(lib, "stats");
  if (!existsSync(join(stats, "metric-set.js")))
    throw new Error(`no ${stats}/metric-set.js: the build failed`);
  const hash = createHash("sha256");
  // recursive: the metrics are modules in stats/metrics/
  for (const file of readdirSync(stats, { recursive: true }).sort()) {
    const path = join(stats, file);
    if (statSync(path).isFile()) hash.update(readFileSync(path));
  }
  return { lib: resolve(lib), hash: hash.digest("hex").slice(0, 12) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeTrainyard(lib, file, mode) {
  const runs = [];
  for (let i = 0; i < args.repeat; i++) {
    const run = await mustRun(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        "--child",
        "--lib",
        lib,
        "--file",
        file,
        "--mode",
        mode,
        "--resamples",
        String(args.resamples),
        "--seed",
        String(args.seed),
        "--confidence",
        String(args.confidence),
        "--threads",
        String(args.threads),
      ],
      { env: trainyardEnv() },
    );
    runs.push({ ...run, out: lastJson(run.stdout) });
  }
  const seconds = runs.map((run) => run.seconds);
  const typical = runs.find((run) => run.seconds === median(seconds)) ?? runs[0];
  const s = typical.out.seconds;
  return {
    tool: "trainyard",
    mode,
    seconds: median(seconds),
    peakMb: Math.max(...runs.map((run) => run.peakMb)),
    resamples: args.resamples,
    intervals: typical.out.intervals,
    note:
      `median of ${runs.length} (${seconds.map((x) => fixed(x)).join(", ")}); import ${fixed(s.import)}, ` +
      `read ${fixed(s.read)}, bootstrap ${fixed(s.bootstrap)} s (CPU ${fixed(s.bootstrapCpu)} s); ` +
      `load ${runs.map((run) => fixed(run.out.load, 1)).join(", ")}`,
  };
}

/** CPU ms per resample in one thread (see runMicro): the median of --repeat runs. */
async function microTrainyard(lib, file, mode) {
  const runs = [];
  for (let i = 0; i < args.repeat; i++) {
    const run = await mustRun(process.execPath, [
      fileURLToPath(import.meta.url),
      "--child",
      "--micro",
      "--lib",
      lib,
      "--file",
      file,
      "--mode",
      mode,
      "--resamples",
      String(Math.min(args.resamples, 200)),
      "--seed",
      String(args.seed),
    ]);
    runs.push(lastJson(run.stdout));
  }
  const perResample = median(runs.map((run) => run.cpuMsPerResample));
  return { mode, perResample, runs };
}

async function timePython(python, file, mode, method) {
  const run = await measure(
    python,
    [
      join(BENCH_DIR, "python", "evaluate_baseline.py"),
      "--file",
      file,
      "--method",
      method,
      "--resamples",
      String(args.resamples),
      "--seed",
      String(args.seed),
      "--confidence",
      String(args.confidence),
      "--max-seconds",
      String(args["max-python-seconds"]),
      ...(mode === "paired" ? ["--paired"] : []),
    ],
    { env: quietEnv(), offline: true },
  );
  if (run.code !== 0)
    return {
      tool: method,
      mode,
      skipped: `exit ${run.code}: ${run.stderr.trim().split("\n").slice(-2).join(" | ")}`,
    };
  const out = lastJson(run.stdout);
  const s = out.seconds;
  const perResample = s.bootstrap / out.resamples;
  const extrapolated = out.resamples < args.resamples;
  const seconds = extrapolated ? run.seconds - s.bootstrap + perResample * args.resamples : run.seconds;
  return {
    tool: method,
    mode,
    versions: out.versions,
    seconds,
    peakMb: run.peakMb,
    resamples: out.resamples,
    extrapolated,
    intervals: out.intervals,
    note:
      `import ${fixed(s.import)}, read ${fixed(s.read)}, metrics ${fixed(s.metrics)}, ` +
      `bootstrap ${fixed(s.bootstrap)} s for ${out.resamples} (${fixed(perResample * 1000, 1)} ms each)` +
      (extrapolated
        ? `; EXTRAPOLATED to ${args.resamples} resamples (measured ${fixed(run.seconds)} s)`
        : ""),
  };
}

function intervalText(interval) {
  if (!interval) return "-";
  const digits = (v) => (v === null || v === undefined || Number.isNaN(v) ? "NaN" : v.toFixed(5));
  return `${digits(interval.value)} [${digits(interval.low)}, ${digits(interval.high)}]`;
}

async function main() {
  const work = join(args.work, "evaluate");
  mkdirSync(work, { recursive: true });
  console.log(`bench/evaluate: ${machineLine()}`);
  const { lib, hash } = await pinLib(work);
  console.log(`trainyard: tsc build ${lib}, src/stats build sha256 ${hash}`);
  console.log(nodeStartLine([{ binary: process.execPath, label: process.version }]));

  const file = join(work, `predictions-${args.rows}-d${args.decimals}.csv`);
  if (!existsSync(file)) generateCsv(file, args.rows, args.decimals);
  readFileSync(file); // warm the page cache: every tool reads from memory
  const distinct = new Set(
    readFileSync(file, "utf8")
      .split("\n", 200_001)
      .slice(1)
      .map((line) => line.split(",")[1]),
  );
  console.log(
    `data: ${file}, ${(statSync(file).size / MB).toFixed(1)} MiB, ${args.rows} rows; ${distinct.size} distinct scores in the first 200,000`,
  );

  const tools = args.tools.split(",");
  let python;
  let pythonSkip;
  if (tools.some((tool) => tool !== "trainyard")) {
    const venv = ensureVenv(["numpy", "pandas", "scikit-learn==1.9.1"], ["numpy", "pandas", "sklearn"]);
    if (venv.skipped) pythonSkip = venv.skipped;
    else python = venv.python;
  }

  const results = [];
  for (const mode of args.modes.split(",")) {
    for (const tool of tools) {
      if (tool === "trainyard") results.push(await timeTrainyard(lib, file, mode));
      else if (!python) results.push({ tool, mode, skipped: pythonSkip });
      else results.push(await timePython(python, file, mode, tool));
    }
  }

  const label = { trainyard: "trainyard", sklearn: "sklearn + NumPy loop", numpy: "NumPy, sorted once" };
  const rows = results.map((r) => {
    if (r.skipped) return [label[r.tool], r.mode, "-", "-", "-", "-", `skipped: ${r.skipped}`];
    const ty = results.find((x) => x.tool === "trainyard" && x.mode === r.mode && !x.skipped);
    return [
      label[r.tool],
      r.mode,
      `${fixed(r.seconds)}${r.extrapolated ? "*" : ""}`,
      fixed(r.peakMb, 0),
      r.resamples,
      ty ? fixed(ty.seconds / r.seconds, 3) : "-",
      r.note,
    ];
  });
  console.log("");
  printTable(
    ["tool", "mode", "seconds", "peak MiB", "resamples run", "trainyard time ÷ this", "notes"],
    rows,
  );
  console.log("");
  console.log(
    `${args.rows} rows, ${args.resamples} resamples, ${args.confidence} intervals; * = bootstrap time extrapolated linearly from the resamples run.`,
  );
  const versions = results.find((r) => r.versions)?.versions;
  if (versions)
    console.log(
      `Python: ${Object.entries(versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(", ")}`,
    );
  console.log("Sanity check, value [low, high] (intervals of different random draws agree only roughly):");
  for (const r of results.filter((x) => !x.skipped)) {
    const parts = r.mode === "paired" ? ["challenger", "delta"] : ["challenger"];
    for (const part of parts) {
      const intervals = r.intervals[part];
      console.log(
        `  ${label[r.tool].padEnd(22)} ${r.mode.padEnd(6)} ${part.padEnd(10)} roc_auc ${intervalText(intervals.roc_auc)}  log_loss ${intervalText(intervals.log_loss)}`,
      );
    }
  }
  if (args.micro && tools.includes("trainyard")) {
    console.log("");
    console.log("Micro-benchmark: CPU ms per resample in one thread, after the units are prepared:");
    for (const mode of args.modes.split(",")) {
      const m = await microTrainyard(lib, file, mode);
      console.log(
        `  trainyard ${mode.padEnd(6)} ${fixed(m.perResample, 2)} ms per resample (median of ${m.runs.length}: ` +
          `${m.runs.map((run) => fixed(run.cpuMsPerResample, 2)).join(", ")}; wall ${m.runs.map((run) => fixed(run.wallMsPerResample, 2)).join(", ")} ms; ` +
          `prepare ${m.runs.map((run) => fixed(run.prepareCpuMs, 0)).join(", ")} ms CPU; load ${m.runs.map((run) => fixed(run.load, 1)).join(", ")})`,
      );
    }
  }
  if (!args.keep && !process.env.TRAINYARD_BENCH_LIB)
    rmSync(join(work, "lib"), { recursive: true, force: true });
}

const run = args.child ? runTrainyard : main;
run().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
