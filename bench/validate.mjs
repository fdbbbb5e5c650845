#!/usr/bin/env node
// bench/validate: one rule set (types, ranges, allowed values, max_null_fraction, a pattern, unique on one
// column) over an R-row, 20-column table, as CSV and as Parquet, run by
//   trainyard validate (the CLI bundle in dist/),
//   pandera (pandas backend) and Great Expectations (GX Core 1.x, ephemeral context, pandas datasource),
// each end to end including reading the file. Measures wall time and peak RSS of each process. Prints a
// table of ratios; asserts nothing.
//
//   node bench/validate.mjs [--rows 1000000] [--formats csv,parquet] [--tools trainyard,pandera,gx]
//                           [--row-group 65536] [--dirty] [--no-unique] [--repeat 1] [--no-runner-node] [--keep]
//                           [--work /tmp/trainyard-bench]
//
// trainyard: the file is snapshotted first (not timed), then only `trainyard validate` is timed; it
// re-reads (and re-hashes) the materialised snapshot. It runs on this Node (as the CLI does) and again on the
// Node that GitHub's runner gives the actions (node24, .node-version; `--no-runner-node` skips it). Parquet is written from the CSV by pyarrow
// (bench/python/csv_to_parquet.py, snappy, row groups of --row-group rows).
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import {
  actionsNode,
  BENCH_DIR,
  ensureVenv,
  fixed,
  lastJson,
  machineLine,
  measure,
  mustRun,
  nodeStartLine,
  parseArgs,
  pinCli,
  printTable,
  prng,
  quietEnv,
  trainyardEnv,
  validateArgs,
} from "./common.mjs";

const args = parseArgs(process.argv.slice(2), {
  rows: 1_000_000,
  formats: "csv,parquet",
  tools: "trainyard,pandera,gx",
  "row-group": 65536,
  dirty: false,
  "no-unique": false,
  "no-runner-node": false,
  repeat: 1,
  keep: false,
  work: "/tmp/trainyard-bench",
});
const MB = 1024 * 1024;

const countries = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "SE"];
const devices = ["ios", "android", "web"];
const plans = ["free", "pro", "team"];
const words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];

/** The rule set, written out as trainyard.yml and as rules.json for pandera and GX. */
const RULES = {
  columns: {
    id: { type: "integer", min: 1, max_null_fraction: 0 },
    account_id: { type: "string", max_null_fraction: 0 },
    age: { type: "integer", min: 0, max: 120, max_null_fraction: 0 },
    amount: { type: "number", min: 0, max: 100000 },
    country: { type: "string", allowed: countries },
    email: { type: "string", pattern: "^[^@]+@[^@]+$" },
    event_time: { type: "timestamp", min: "2020-01-01T00:00:00Z", max: "2030-01-01T00:00:00Z" },
    label: { type: "integer", allowed: [0, 1], max_null_fraction: 0 },
    score: { type: "number", min: 0, max: 1 },
    income: { type: "number", min: 0, max_null_fraction: 0.05 },
    device: { type: "string", allowed: devices },
    sessions: { type: "integer", min: 0, max: 1000 },
    plan: { type: "string", allowed: plans },
    tenure_days: { type: "integer", min: 0, max: 10000 },
    rating: { type: "integer", min: 1, max: 5 },
    latitude: { type: "number", min: -90, max: 90 },
    longitude: { type: "number", min: -180, max: 180 },
    is_active: { type: "boolean" },
    category: { type: "string", max_null_fraction: 0 },
    comment: { type: "string", max_null_fraction: 0.5 },
  },
  unique: [["id"]],
};

/** With --dirty, these rows break one rule each; every tool should then report exactly these failures. */
const DIRTY = {
  11: (r) => (r[2] = "150"), // age above max
  21: (r) => (r[4] = "XX"), // country not allowed
  31: (r) => (r[5] = "not-an-email"), // pattern
  41: (r) => (r[0] = "40"), // duplicate id
  51: (r) => (r[7] = "2"), // label not allowed
  61: (r) => (r[11] = "-1"), // sessions below min
};

function yamlValue(value) {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(", ")}]`;
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  return String(value);
}

function trainyardYml() {
  const lines = ["version: 1", "model: bench-validate", "", "validate:", "  columns:"];
  for (const [name, rule] of Object.entries(RULES.columns)) {
    const body = Object.entries(rule)
      .map(([key, value]) => `${key}: ${key === "type" ? value : yamlValue(value)}`)
      .join(", ");
    lines.push(`    ${name.padEnd(12)} { ${body} }`.replace(/^(\s+\S+)(\s+)\{/, "$1:$2{"));
  }
  if (RULES.unique) lines.push(`  unique: ${yamlValue(RULES.unique)}`.replace(/'/g, ""));
  return `${lines.join("\n")}\n`;
}

function csvField(text) {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes the CSV deterministically (same rows and flags, same bytes). */
function generateCsv(path, rows, dirty) {
  const random = prng(7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const base = Date.UTC(2024, 0, 1) / 1000;
  const fd = openSync(`${path}.partial`, "w");
  writeSync(fd, `${Object.keys(RULES.columns).join(",")}\n`);
  let lines = [];
  for (let i = 1; i <= rows; i++) {
    const comment =
      random() < 0.3
        ? ""
        : random() < 0.1
          ? `${pick(words)}, "${pick(words)}"`
          : `${pick(words)} ${pick(words)}`;
    const row = [
      String(i),
      `A${String(Math.floor(random() * 1e6)).padStart(6, "0")}`,
      String(18 + Math.floor(random() * 72)),
      (random() * 5000).toFixed(2),
      pick(countries),
      `user${Math.floor(random() * 1e7)}@example.com`,
      `${new Date((base + Math.floor(random() * 3e7)) * 1000).toISOString().slice(0, 19)}Z`,
      random() < 0.2 ? "1" : "0",
      random().toFixed(4),
      random() < 0.02 ? "" : (20000 + random() * 180000).toFixed(2),
      pick(devices),
      String(Math.floor(random() * 1000)),
      pick(plans),
      String(Math.floor(random() * 3650)),
      String(1 + Math.floor(random() * 5)),
      (random() * 180 - 90).toFixed(5),
      (random() * 360 - 180).toFixed(5),
      random() < 0.7 ? "true" : "false",
      `c${String(Math.floor(random() * 50)).padStart(2, "0")}`,
      comment,
    ];
    if (dirty && DIRTY[i]) DIRTY[i](row);
    lines.push(`${row.map(csvField).join(",")}\n`);
    if (lines.length === 50000) {
      writeSync(fd, lines.join(""));
      lines = [];
    }
  }
  writeSync(fd, lines.join(""));
  closeSync(fd);
  renameSync(`${path}.partial`, path);
}

function fresh(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function best(times, run) {
  let result;
  for (let i = 0; i < times; i++) {
    const next = await run();
    if (!result || next.seconds < result.seconds)
      result = { ...next, peakMb: Math.max(next.peakMb, result?.peakMb ?? 0) };
  }
  return result;
}

async function main() {
  const formats = args.formats.split(",");
  const tools = args.tools.split(",");
  const work = join(args.work, `validate-${args.rows}${args.dirty ? "-dirty" : ""}`);
  mkdirSync(work, { recursive: true });
  const { cli: CLI, hash: cliHash } = pinCli(work);
  console.log(`bench/validate: ${machineLine()}`);
  console.log(`trainyard: dist/cli bundle sha256 ${cliHash}, run from a copy at ${CLI}`);
  console.log(nodeStartLine([{ binary: process.execPath, label: process.version }]));

  if (args["no-unique"]) delete RULES.unique; // memory then should not grow with the row count
  const rulesJson = join(work, "rules.json");
  const yml = join(work, "trainyard.yml");
  writeFileSync(rulesJson, `${JSON.stringify(RULES, null, 2)}\n`);
  writeFileSync(yml, trainyardYml());

  const csv = join(work, "data.csv");
  const t0 = Date.now();
  if (!existsSync(csv)) generateCsv(csv, args.rows, args.dirty);
  const needPython = formats.includes("parquet") || tools.some((tool) => tool !== "trainyard");
  let python;
  let pythonSkip;
  if (needPython) {
    const venv = ensureVenv(
      ["pandas", "pyarrow", "pandera", "great_expectations>=1,<2"],
      ["pandas", "pyarrow", "pandera.pandas", "great_expectations"],
    );
    if (venv.skipped) pythonSkip = venv.skipped;
    else python = venv.python;
  }
  const files = { csv };
  if (formats.includes("parquet")) {
    const parquet = join(work, `data-rg${args["row-group"]}.parquet`);
    if (!existsSync(parquet)) {
      if (!python) console.log(`Parquet skipped: ${pythonSkip}`);
      else {
        await mustRun(python, [
          join(BENCH_DIR, "python", "csv_to_parquet.py"),
          csv,
          `${parquet}.partial`,
          rulesJson,
          String(args["row-group"]),
        ]);
        await mustRun("mv", [`${parquet}.partial`, parquet]);
      }
    }
    if (existsSync(parquet)) files.parquet = parquet;
  }
  for (const [format, path] of Object.entries(files))
    console.log(
      `data: ${format} ${path}, ${(statSync(path).size / MB).toFixed(1)} MiB, ${args.rows} rows × 20 columns`,
    );
  console.log(
    `(data ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; rules: ${yml}${args["no-unique"] ? ", without the unique rule" : ""})`,
  );

  const results = [];
  const runnerNode = args["no-runner-node"] || !tools.includes("trainyard") ? undefined : actionsNode();
  for (const format of formats) {
    const file = files[format];
    if (!file) continue;
    if (tools.includes("trainyard")) {
      // Snapshot first (not timed), then time `trainyard validate` alone.
      const store = join(work, "store");
      const cwd = fresh(join(work, `cwd-${format}`));
      const dataRoot = join(cwd, "data");
      const snap = await mustRun(
        "node",
        [CLI, "snapshot", "--source", file, "--store", store, "--data-root", dataRoot, "--json"],
        { cwd, env: trainyardEnv() },
      );
      const id = lastJson(snap.stdout)["snapshot-id"];
      const report = join(cwd, "report.json");
      for (const node of [{ binary: "node" }, ...(runnerNode ? [runnerNode] : [])]) {
        const run = await best(args.repeat, () =>
          measure(node.binary, validateArgs(CLI, { id, yml, store, dataRoot, report }), {
            cwd,
            env: trainyardEnv(),
          }),
        );
        if (!existsSync(report))
          throw new Error(
            `trainyard validate wrote no report (exit ${run.code}):\n${run.stderr.slice(-3000)}`,
          );
        const parsed = JSON.parse(readFileSync(report, "utf8"));
        const failed = parsed.checks.filter((check) => check.status === "fail").map((check) => check.id);
        results.push({
          tool: node.version ? "trainyard-runner" : "trainyard",
          format,
          ...run,
          passed: parsed.passed,
          failed,
          note: node.version
            ? `the actions' Node; the same snapshot ${id}`
            : `snapshot ${id} (snapshot ${fixed(snap.seconds)} s, not timed)`,
        });
        rmSync(report, { force: true });
      }
    }
    for (const tool of tools.filter((name) => name !== "trainyard")) {
      if (!python) {
        results.push({ tool, format, skipped: pythonSkip });
        continue;
      }
      const run = await best(args.repeat, () =>
        measure(
          python,
          [
            join(BENCH_DIR, "python", "validate_tool.py"),
            "--tool",
            tool,
            "--file",
            file,
            "--rules",
            rulesJson,
          ],
          {
            env: quietEnv(),
            offline: true,
            cwd: work,
          },
        ),
      );
      if (run.code !== 0) {
        results.push({
          tool,
          format,
          skipped: `exit ${run.code}: ${run.stderr.trim().split("\n").slice(-2).join(" | ")}`,
        });
        continue;
      }
      const out = lastJson(run.stdout);
      const s = out.seconds;
      results.push({
        tool,
        format,
        ...run,
        passed: out.passed,
        failed: out.failed,
        note: `import ${fixed(s.import)} s, read ${fixed(s.read)} s, validate ${fixed(s.validate)} s`,
      });
    }
  }

  const label = {
    trainyard: "trainyard validate",
    "trainyard-runner": `trainyard validate, Node ${runnerNode?.version.replace(/^v/, "")}`,
    pandera: "pandera",
    gx: "great expectations",
  };
  const rows = results.map((r) => {
    if (r.skipped)
      return [label[r.tool], r.format, args.rows, "-", "-", "-", "-", "-", `skipped: ${r.skipped}`];
    const ty = results.find((x) => x.tool === "trainyard" && x.format === r.format && !x.skipped);
    return [
      label[r.tool],
      r.format,
      args.rows,
      fixed(r.seconds),
      fixed(r.peakMb, 0),
      ty ? fixed(ty.seconds / r.seconds) : "-",
      ty ? fixed(ty.peakMb / r.peakMb) : "-",
      `${r.passed ? "passed" : "failed"} (${r.failed.length} failing)`,
      r.note,
    ];
  });
  console.log("");
  printTable(
    [
      "tool",
      "format",
      "rows",
      "seconds",
      "peak MiB",
      "trainyard time ÷ this",
      "trainyard peak ÷ this",
      "result",
      "notes",
    ],
    rows,
  );
  console.log("");
  console.log(
    "ratio < 1: trainyard is faster (or lighter) than that tool; trainyard rows are 1.00 by definition.",
  );
  for (const r of results.filter((x) => x.tool === "trainyard-runner" && !x.skipped)) {
    const others = results
      .filter((x) => x.format === r.format && !x.skipped && !x.tool.startsWith("trainyard"))
      .map((x) => `÷ ${x.tool} ${fixed(r.seconds / x.seconds)}`);
    console.log(
      `on ${runnerNode.version} (the actions' runtime), ${r.format}: ${others.join(", ") || "no other tool"}`,
    );
  }
  if (args.dirty) {
    console.log(
      "failing checks per tool (expected: age max, country allowed, email pattern, id unique, label allowed, sessions min):",
    );
    for (const r of results.filter((x) => !x.skipped))
      console.log(`  ${r.tool}/${r.format}: ${r.failed.join(", ")}`);
  }
  if (!args.keep) {
    for (const format of formats) rmSync(join(work, `cwd-${format}`), { recursive: true, force: true });
    rmSync(join(work, "store"), { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
