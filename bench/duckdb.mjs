#!/usr/bin/env node
// bench/duckdb: would DuckDB's Node bindings (@duckdb/node-api) be worth using for reading and checking?
// Runs bench/validate.mjs's rule set as one SQL aggregate in DuckDB over the same files, beside
// `trainyard validate`, and measures each in its own process: wall time, CPU time (user + sys) and peak RSS
// from GNU time. Also measures DuckDB's cold start (import the module, open an in-memory database) and the
// size of its native packages per platform. Asserts nothing; bench/README.md ("DuckDB") has the decision.
//
//   node bench/duckdb.mjs [--rows 1000000] [--formats csv,parquet] [--repeat 3] [--dirty]
//                         [--duckdb-dir /tmp/trainyard-bench/duckdb-node] [--platform-sizes] [--keep]
//
// DuckDB is never a dependency of the repository: it is npm-installed into --duckdb-dir (outside the repo)
// on first use. The data, trainyard.yml and rules.json are bench/validate.mjs's; when they are missing this
// script runs `node bench/validate.mjs --tools trainyard` to make them (Parquet needs its Python venv).
//
// DuckDB variants (each one process, one query):
//   typed     read_csv with the rule set's types (like pandas' dtypes under pandera): a value that does not
//             parse fails the whole read, as one dtype check would; no per-value type count.
//   text      read_csv(all_varchar) and trainyard's own grammar per value (regular expressions for integers and
//             numbers, TRY_CAST for timestamps), counting type errors as trainyard does: the like-for-like run.
//   parquet   read_parquet; the file's column types stand for the type rules.
// Each also runs with one DuckDB thread, to tell its per-core speed from its use of both cores.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  BENCH_DIR,
  fixed,
  lastJson,
  machineLine,
  parseArgs,
  pinCli,
  printTable,
  validateArgs,
} from "./common.mjs";

const DUCKDB_VERSION = "1.5.6-r.1";
const PLATFORMS = [
  "linux-x64",
  "linux-arm64",
  "darwin-x64",
  "darwin-arm64",
  "win32-x64",
  "win32-arm64",
  "linux-x64-musl",
  "linux-arm64-musl",
];
const MB = 1024 * 1024;

const args = parseArgs(process.argv.slice(2), {
  rows: 1_000_000,
  formats: "csv,parquet",
  repeat: 3,
  dirty: false,
  "duckdb-dir": "/tmp/trainyard-bench/duckdb-node",
  "platform-sizes": false,
  keep: false,
  work: "/tmp/trainyard-bench",
  // Child modes (used by this script itself).
  child: "",
  file: "",
  rules: "",
  threads: 0,
});

// ---------------------------------------------------------------------------------------------- the SQL

const quoteId = (name) => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text) => `'${String(text).replaceAll("'", "''")}'`;
const SQL_TYPES = {
  integer: "BIGINT",
  number: "DOUBLE",
  string: "VARCHAR",
  boolean: "BOOLEAN",
  timestamp: "TIMESTAMPTZ",
};
// trainyard's grammars (src/validation/parse-typed.ts): DuckDB's casts accept more ('1.5' as BIGINT is 2,
// '1_000' and 'nan' as DOUBLE), so the like-for-like run checks the text with the same patterns.
const INTEGER_RE = "[+-]?[0-9]+";
const NUMBER_RE = "[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?";

/**
 * One SELECT of counts: for every rule, the number of rows breaking it (and rows, nulls per column).
 * `text`: columns are VARCHAR and typed per value here; otherwise they arrive typed.
 */
function checkQuery(rules, from, text) {
  const parts = ["count(*) AS rows"];
  for (const [name, rule] of Object.entries(rules.columns)) {
    const column = quoteId(name);
    const type = rule.type;
    const isText = text || type === "string" || type === undefined;
    const isNull = isText ? `(${column} IS NULL OR trim(${column}) = '')` : `${column} IS NULL`;
    let value = column; // the typed value, NULL where null or unparsable
    let typeError;
    if (text && type && type !== "string") {
      const trimmed = `trim(${column})`;
      if (type === "integer" || type === "number") {
        const re = type === "integer" ? INTEGER_RE : NUMBER_RE;
        typeError = `NOT ${isNull} AND NOT regexp_full_match(${trimmed}, ${quoteText(re)})`;
        value = `TRY_CAST(${trimmed} AS DOUBLE)`;
      } else if (type === "boolean") {
        typeError = `NOT ${isNull} AND lower(${trimmed}) NOT IN ('true', 'false', '1', '0')`;
      } else if (type === "timestamp") {
        value = `TRY_CAST(${column} AS TIMESTAMPTZ)`;
        typeError = `NOT ${isNull} AND ${value} IS NULL`;
      }
    }
    const ok = typeError ? `NOT ${isNull} AND NOT (${typeError})` : `NOT ${isNull}`;
    const count = (key, condition) =>
      parts.push(`count(*) FILTER (WHERE ${condition}) AS ${quoteId(`${name}.${key}`)}`);
    count("nulls", isNull);
    if (typeError) count("type", typeError);
    const literal = (bound) => (type === "timestamp" ? `TIMESTAMPTZ ${quoteText(bound)}` : String(bound));
    if (rule.min !== undefined) count("min", `${ok} AND ${value} < ${literal(rule.min)}`);
    if (rule.max !== undefined) count("max", `${ok} AND ${value} > ${literal(rule.max)}`);
    if (rule.allowed) {
      const set = rule.allowed.map((v) => quoteText(String(v))).join(", ");
      const asText = isText ? `trim(${column})` : `CAST(${column} AS VARCHAR)`;
      count("allowed", `${ok} AND ${asText} NOT IN (${set})`);
    }
    if (rule.pattern !== undefined)
      count("pattern", `${ok} AND NOT regexp_matches(${column}, ${quoteText(rule.pattern)})`);
  }
  for (const key of rules.unique ?? []) {
    const columns = key.map(quoteId).join(", ");
    const label = quoteId(`unique.${key.join("+")}`);
    parts.push(
      key.length === 1
        ? `count(${columns}) - count(DISTINCT ${columns}) AS ${label}`
        : `count(*) - count(DISTINCT (${columns})) AS ${label}`,
    );
  }
  return `SELECT\n  ${parts.join(",\n  ")}\nFROM ${from}`;
}

function fromClause(kind, file, rules) {
  if (kind === "parquet") return `read_parquet(${quoteText(file)})`;
  if (kind === "text") return `read_csv(${quoteText(file)}, header = true, all_varchar = true)`;
  const types = Object.entries(rules.columns)
    .map(([name, rule]) => `${quoteText(name)}: ${quoteText(SQL_TYPES[rule.type ?? "string"])}`)
    .join(", ");
  return `read_csv(${quoteText(file)}, header = true, columns = {${types}})`;
}

/** The failing checks from the counts row, named as trainyard names them (`column.<name>.<rule>`). */
function failingChecks(rules, row) {
  const failed = [];
  const rows = Number(row.rows);
  for (const [name, rule] of Object.entries(rules.columns)) {
    for (const key of ["type", "min", "max", "allowed", "pattern"])
      if (Number(row[`${name}.${key}`] ?? 0) > 0) failed.push(`column.${name}.${key}`);
    if (rule.max_null_fraction !== undefined && Number(row[`${name}.nulls`]) / rows > rule.max_null_fraction)
      failed.push(`column.${name}.max_null_fraction`);
  }
  for (const key of rules.unique ?? [])
    if (Number(row[`unique.${key.join("+")}`]) > 0) failed.push(`dataset.unique.${key.join("+")}`);
  return failed.sort();
}

// ------------------------------------------------------------------------------------------ child modes

async function loadDuckdb(dir) {
  const require = createRequire(join(dir, "package.json"));
  return import(pathToFileURL(require.resolve("@duckdb/node-api")).href);
}

async function child() {
  const t0 = performance.now();
  const duckdb = await loadDuckdb(args["duckdb-dir"]);
  const t1 = performance.now();
  const options = args.threads > 0 ? { threads: String(args.threads) } : {};
  const instance = await duckdb.DuckDBInstance.create(":memory:", options);
  const connection = await instance.connect();
  const t2 = performance.now();
  if (args.child === "cold") {
    await connection.runAndReadAll("SELECT 1");
    console.log(JSON.stringify({ importMs: t1 - t0, openMs: t2 - t1, firstQueryMs: performance.now() - t2 }));
    return;
  }
  const rules = JSON.parse(readFileSync(args.rules, "utf8"));
  const sql = checkQuery(rules, fromClause(args.child, args.file, rules), args.child === "text");
  if (process.env.BENCH_DUCKDB_PRINT_SQL) console.error(sql);
  let row;
  let error;
  try {
    row = (await connection.runAndReadAll(sql)).getRowObjectsJson()[0];
  } catch (caught) {
    error = caught instanceof Error ? caught.message.split("\n")[0] : String(caught);
  }
  const t3 = performance.now();
  const threads = (
    await connection.runAndReadAll("SELECT current_setting('threads') AS t")
  ).getRowObjectsJson()[0].t;
  console.log(
    JSON.stringify({
      importMs: t1 - t0,
      openMs: t2 - t1,
      queryMs: t3 - t2,
      threads: Number(threads),
      failed: row ? failingChecks(rules, row) : undefined,
      error,
    }),
  );
}

// -------------------------------------------------------------------------------------------- measuring

const TIME = "/usr/bin/time";

/** Wall time, CPU time (user + sys) and peak RSS of one process, from GNU time. */
function timed(cmd, argv, options = {}) {
  const timeFile = join(
    tmpdir(),
    `trainyard-duckdb-time-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const proc = spawn(TIME, ["-v", "-o", timeFile, cmd, ...argv], {
      stdio: ["ignore", "pipe", "pipe"],
      ...options,
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d) => (stdout += d));
    proc.stderr.on("data", (d) => (stderr += d));
    proc.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const text = existsSync(timeFile) ? readFileSync(timeFile, "utf8") : "";
      rmSync(timeFile, { force: true });
      const number = (re) => Number(re.exec(text)?.[1] ?? Number.NaN);
      resolve({
        code,
        seconds,
        cpu: number(/User time \(seconds\): ([\d.]+)/) + number(/System time \(seconds\): ([\d.]+)/),
        peakMb: number(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
        stdout,
        stderr,
      });
    });
  });
}

const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/** Best of `times` by wall time, with the load average before each run. */
async function best(times, run) {
  let result;
  const loads = [];
  for (let i = 0; i < times; i++) {
    loads.push(load().split(" ")[0]);
    const next = await run();
    if (next.code !== 0) return { ...next, loads };
    if (!result || next.seconds < result.seconds) result = next;
  }
  return { ...result, loads };
}

function ensureDuckdb(dir) {
  const marker = join(dir, "node_modules", "@duckdb", "node-api", "package.json");
  if (existsSync(marker) && JSON.parse(readFileSync(marker, "utf8")).version === DUCKDB_VERSION) return;
  mkdirSync(dir, { recursive: true });
  console.error(`installing @duckdb/node-api@${DUCKDB_VERSION} into ${dir} (first use only)...`);
  const npm = spawnSync(
    "npm",
    [
      "install",
      "--prefix",
      dir,
      "--no-save",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      `@duckdb/node-api@${DUCKDB_VERSION}`,
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  if (npm.status !== 0) throw new Error(`npm install @duckdb/node-api into ${dir} failed`);
}

function duSize(path) {
  const out = spawnSync("du", ["-sb", path], { encoding: "utf8" }).stdout;
  return Number(out.split("\t")[0]);
}

/** Tarball and unpacked size of each platform's native package (`npm pack`, one download each). */
function platformSizes() {
  const dir = mkdtempSync(join(tmpdir(), "trainyard-duckdb-packs-"));
  const rows = [];
  for (const platform of PLATFORMS) {
    const name = `@duckdb/node-bindings-${platform}@${DUCKDB_VERSION}`;
    const pack = spawnSync("npm", ["pack", "--silent", name], { cwd: dir, encoding: "utf8" });
    const file = join(dir, pack.stdout.trim().split("\n").pop() ?? "");
    if (pack.status !== 0 || !existsSync(file)) {
      rows.push([platform, "-", "-", `npm pack failed: ${pack.stderr.trim().split("\n").pop()}`]);
      continue;
    }
    const listing = spawnSync("tar", ["-tzvf", file], { encoding: "utf8" }).stdout.trim().split("\n");
    const files = listing.map((line) => line.trim().split(/\s+/));
    const unpacked = files.reduce((sum, parts) => sum + Number(parts[2]), 0);
    const natives = files
      .filter((parts) => /\.(node|so|dylib|dll)$/.test(parts[5]))
      .map((parts) => `${parts[5].replace(/^package\//, "")} ${fixed(Number(parts[2]) / MB, 1)}`);
    rows.push([platform, fixed(statSync(file).size / MB, 1), fixed(unpacked / MB, 1), natives.join(", ")]);
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

// ------------------------------------------------------------------------------------------------- main

async function main() {
  const duckdbDir = args["duckdb-dir"];
  ensureDuckdb(duckdbDir);
  const formats = args.formats.split(",");
  const work = join(args.work, `validate-${args.rows}${args.dirty ? "-dirty" : ""}`);
  const csv = join(work, "data.csv");
  const parquet = join(work, "data-rg65536.parquet");
  const rulesJson = join(work, "rules.json");
  const yml = join(work, "trainyard.yml");
  const need = [rulesJson, yml, csv, ...(formats.includes("parquet") ? [parquet] : [])];
  if (need.some((path) => !existsSync(path))) {
    console.error(
      `making the data with bench/validate.mjs (${need.filter((p) => !existsSync(p)).join(", ")} missing)...`,
    );
    const made = spawnSync(
      process.execPath,
      [
        join(BENCH_DIR, "validate.mjs"),
        "--rows",
        String(args.rows),
        "--formats",
        args.formats,
        "--tools",
        "trainyard",
        ...(args.dirty ? ["--dirty"] : []),
        "--work",
        args.work,
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (made.status !== 0) throw new Error("bench/validate.mjs could not make the data");
  }
  const { cli, hash } = pinCli(work);
  console.log(`bench/duckdb: ${machineLine()}`);
  console.log(
    `trainyard: CLI bundle sha256 ${hash} (${cli}); DuckDB: @duckdb/node-api ${DUCKDB_VERSION} in ${duckdbDir}`,
  );
  const self = join(BENCH_DIR, "duckdb.mjs");
  const childArgs = (mode, file, threads) => [
    self,
    "--child",
    mode,
    "--file",
    file,
    "--rules",
    rulesJson,
    "--duckdb-dir",
    duckdbDir,
    "--threads",
    String(threads),
  ];

  const rows = [];
  const add = (tool, format, run, result, note) =>
    rows.push([
      tool,
      format,
      fixed(run.seconds),
      fixed(run.cpu),
      fixed(run.peakMb, 0),
      result,
      run.loads.join("/"),
      note,
    ]);

  for (const format of formats) {
    const file = format === "csv" ? csv : parquet;
    if (!existsSync(file)) continue;
    console.error(`${format}: ${file}, ${fixed(statSync(file).size / MB, 1)} MiB`);
    // trainyard: snapshot (not timed), then `validate` alone, as bench/validate.mjs does.
    const cwd = join(work, `duckdb-cwd-${format}`);
    const store = join(work, "duckdb-store");
    rmSync(cwd, { recursive: true, force: true });
    mkdirSync(cwd, { recursive: true });
    const dataRoot = join(cwd, "data");
    const snap = await timed(
      "node",
      [cli, "snapshot", "--source", file, "--store", store, "--data-root", dataRoot, "--json"],
      { cwd },
    );
    if (snap.code !== 0) throw new Error(`trainyard snapshot failed:\n${snap.stderr.slice(-2000)}`);
    const id = lastJson(snap.stdout)["snapshot-id"];
    const report = join(cwd, "report.json");
    const ty = await best(args.repeat, () =>
      timed("node", validateArgs(cli, { id, yml, store, dataRoot, report }), { cwd }),
    );
    const tyReport = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")) : undefined;
    const tyFailed = tyReport
      ? tyReport.checks
          .filter((c) => c.status === "fail")
          .map((c) => c.id)
          .sort()
      : ["(no report)"];
    add(
      "trainyard validate",
      format,
      ty,
      `${tyFailed.length} failing`,
      tyFailed.join(" ") || "re-hashes the file first",
    );

    const modes = format === "csv" ? ["typed", "text"] : ["parquet"];
    for (const mode of modes) {
      for (const threads of [0, 1]) {
        const run = await best(args.repeat, () => timed("node", childArgs(mode, file, threads)));
        const out =
          run.code === 0
            ? lastJson(run.stdout)
            : { error: run.stderr.trim().split("\n").slice(-2).join(" | ") };
        const result = out.error ? `error: ${out.error.slice(0, 80)}` : `${out.failed.length} failing`;
        const note = out.error
          ? ""
          : `${out.threads} thread(s); import ${fixed(out.importMs / 1000)} s, open ${fixed(out.openMs / 1000, 3)} s, query ${fixed(out.queryMs / 1000)} s${out.failed.length ? `; ${out.failed.join(" ")}` : ""}`;
        add(`duckdb ${mode}${threads === 1 ? ", 1 thread" : ""}`, format, run, result, note);
      }
    }
    if (!args.keep) rmSync(cwd, { recursive: true, force: true });
  }
  if (!args.keep) rmSync(join(work, "duckdb-store"), { recursive: true, force: true });

  // Cold start: an empty Node process, the trainyard CLI's help, and DuckDB's import + open + SELECT 1.
  const cold = [];
  const empty = await best(5, () => timed("node", ["-e", ""]));
  cold.push(["node -e ''", empty]);
  cold.push(["trainyard --help (CLI bundle)", await best(5, () => timed("node", [cli, "--help"]))]);
  const duck = await best(5, () => timed("node", childArgs("cold", "", 0)));
  cold.push([
    `duckdb: import + open :memory: + SELECT 1 (${(() => {
      const o = lastJson(duck.stdout);
      return `import ${fixed(o.importMs, 0)} ms, open ${fixed(o.openMs, 0)} ms, query ${fixed(o.firstQueryMs, 0)} ms`;
    })()})`,
    duck,
  ]);

  console.log("");
  console.log(
    `validate, ${args.rows} rows × 20 columns, best of ${args.repeat} by wall time (load average before each run in the last column but one)`,
  );
  printTable(["tool", "format", "wall s", "cpu s", "peak MiB", "result", "load", "notes"], rows);
  console.log("");
  console.log("cold start, best of 5");
  printTable(
    ["process", "wall s", "cpu s", "peak MiB", "load"],
    cold.map(([name, run]) => [
      name,
      fixed(run.seconds, 3),
      fixed(run.cpu, 2),
      fixed(run.peakMb, 0),
      run.loads.join("/"),
    ]),
  );
  console.log("");
  const installed = join(duckdbDir, "node_modules", "@duckdb");
  const sizes = readdirSync(installed).map((name) => [
    `@duckdb/${name}`,
    fixed(duSize(join(installed, name)) / MB, 1),
  ]);
  console.log("installed on this machine (du -sb)");
  printTable(["package", "MiB"], sizes);
  if (args["platform-sizes"]) {
    console.log("");
    console.log(
      `native packages per platform (@duckdb/node-bindings-<platform>@${DUCKDB_VERSION}, npm pack)`,
    );
    printTable(["platform", "tarball MiB", "unpacked MiB", "native files (MiB)"], platformSizes());
  }
}

if (args.child) await child();
else
  await main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
