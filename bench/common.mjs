// Shared helpers for the benchmarks in bench/: argument parsing, timing child processes (wall time and
// peak RSS), the bench Python venv, a deterministic PRNG and table printing. Nothing here asserts: the
// benchmarks print ratios for people to read.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureActionNode } from "../scripts/test-env.mjs";

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(BENCH_DIR, "..");
const DIST_CLI = join(REPO, "dist", "cli");

/**
 * A private copy of the CLI bundle (dist/cli) for one run, so a rebuild of dist/ while the benchmark runs
 * cannot swap the program under it. TRAINYARD_BENCH_CLI=<path to index.js> uses that file instead.
 * Returns the index.js path and a short hash of the whole bundle, to tell runs of different builds apart.
 */
/**
 * One hash of a bundle folder: every `.js`, `.wasm` and `.json` file in it (index.js and the chunks it loads),
 * names and bytes in name order, so two builds that differ only in a chunk print different hashes.
 */
function bundleHash(folder) {
  const hash = createHash("sha256");
  const names = readdirSync(folder)
    .filter((name) => /\.(js|wasm|json)$/.test(name))
    .sort();
  for (const name of names) hash.update(`${name}\0`).update(readFileSync(join(folder, name)));
  return hash.digest("hex").slice(0, 12);
}

export function pinCli(workDir) {
  const custom = process.env.TRAINYARD_BENCH_CLI;
  if (custom) return { cli: custom, hash: bundleHash(dirname(custom)) };
  for (let attempt = 0; attempt < 60; attempt++) {
    const index = join(DIST_CLI, "index.js");
    if (existsSync(index)) {
      const target = join(workDir, "cli");
      rmSync(target, { recursive: true, force: true });
      cpSync(DIST_CLI, target, { recursive: true });
      const copied = join(target, "index.js");
      if (existsSync(copied)) return { cli: copied, hash: bundleHash(target) };
    }
    spawnSync("sleep", ["2"]);
  }
  throw new Error(`no ${DIST_CLI}/index.js: build the CLI bundle first`);
}

/** `--name value` and `--flag` into an object; numbers stay strings for the caller to convert. */
export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split("=", 2);
    if (!(name in defaults))
      throw new Error(`unknown option --${name}; known: ${Object.keys(defaults).join(", ")}`);
    if (typeof defaults[name] === "boolean") out[name] = inline === undefined ? true : inline !== "false";
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      out[name] = typeof defaults[name] === "number" ? Number(value) : value;
    }
  }
  return out;
}

/** mulberry32: a small, fast, seedable PRNG so generated data is byte-for-byte reproducible. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIME = "/usr/bin/time";
export const HAS_GNU_TIME = existsSync(TIME) && spawnSync(TIME, ["-v", "true"]).status === 0;

/** Runs without network where the kernel allows it (a user + network namespace), so no tool can phone home. */
export const HAS_UNSHARE = spawnSync("unshare", ["-rn", "true"]).status === 0;

/**
 * Runs a command and measures its wall time and peak RSS. With GNU time the RSS is `Maximum resident set
 * size` (the largest process of the tree); without it /proc/<pid>/status VmHWM is polled.
 */
export async function measure(cmd, args, options = {}) {
  const { cwd = REPO, env = process.env, offline = false, input } = options;
  let argv = [cmd, ...args];
  if (offline && HAS_UNSHARE) argv = ["unshare", "-rn", ...argv];
  const timeFile = join("/tmp", `trainyard-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  if (HAS_GNU_TIME) argv = [TIME, "-v", "-o", timeFile, ...argv];
  const started = process.hrtime.bigint();
  const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  child.stdin.end(input ?? "");
  let polledKb = 0;
  const poll = HAS_GNU_TIME
    ? undefined
    : setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
          const hwm = /VmHWM:\s+(\d+)/.exec(status);
          if (hwm) polledKb = Math.max(polledKb, Number(hwm[1]));
        } catch {}
      }, 20);
  const code = await new Promise((done) => child.on("close", (c) => done(c)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (poll) clearInterval(poll);
  let peakKb = polledKb;
  if (HAS_GNU_TIME) {
    try {
      const text = readFileSync(timeFile, "utf8");
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
      if (rss) peakKb = Number(rss[1]);
      spawnSync("rm", ["-f", timeFile]);
    } catch {}
  }
  return { code, seconds, peakMb: peakKb / 1024, stdout, stderr };
}

/** Runs and throws with the command's stderr when it fails. */
export async function mustRun(cmd, args, options = {}) {
  const result = await measure(cmd, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${[cmd, ...args].join(" ")} exited ${result.code}\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-2000)}`,
    );
  }
  return result;
}

/** The last JSON object printed on stdout (the CLI's --json output). */
export function lastJson(text) {
  const start = text.lastIndexOf("\n{");
  const body = start >= 0 ? text.slice(start + 1) : text.slice(text.indexOf("{"));
  return JSON.parse(body);
}

export const VENV = process.env.TRAINYARD_BENCH_VENV ?? join(BENCH_DIR, ".venv");
export const VENV_PYTHON = join(VENV, "bin", "python");

/**
 * The bench venv with `packages` pip-installed (first use only). Returns { python } or { skipped: reason }.
 * pip's own configuration (indexes, mirrors) is used as is.
 */
export function ensureVenv(packages, imports) {
  const check = () =>
    existsSync(VENV_PYTHON) &&
    spawnSync(VENV_PYTHON, ["-c", imports.map((name) => `import ${name}`).join("; ")], { stdio: "ignore" })
      .status === 0;
  if (check()) return { python: VENV_PYTHON };
  if (!existsSync(VENV_PYTHON)) {
    const python = spawnSync("python3", ["-m", "venv", VENV], { encoding: "utf8" });
    if (python.status !== 0) return { skipped: `python3 -m venv ${VENV} failed: ${python.stderr.trim()}` };
  }
  console.error(`installing ${packages.join(" ")} into ${VENV} (first use only)...`);
  const pip = spawnSync(VENV_PYTHON, ["-m", "pip", "install", "-q", ...packages], {
    encoding: "utf8",
    stdio: ["ignore", "inherit", "pipe"],
    timeout: 15 * 60 * 1000,
  });
  if (pip.status !== 0) {
    const tail = (pip.stderr ?? "").trim().split("\n").slice(-3).join(" | ");
    return { skipped: `pip install ${packages.join(" ")} failed (exit ${pip.status}): ${tail}` };
  }
  if (!check()) return { skipped: `installed, but \`import ${imports.join(", ")}\` still fails` };
  return { python: VENV_PYTHON };
}

/**
 * The environment trainyard's timed runs get: this one without NODE_EXTRA_CA_CERTS. Node 20 reads and parses
 * that certificate bundle at every start, before any of our code runs and whether or not anything uses TLS
 * (nodejs/node#40524); Node 24 loads it only with the `tls` module. This sandbox sets it for its proxy, a
 * GitHub-hosted runner does not. `nodeStartLine` prints what it costs here, so it is never hidden.
 */
export function trainyardEnv() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/** `node -e 0`, best of 5, for each Node: with this environment, and without NODE_EXTRA_CA_CERTS when it is set. */
export function nodeStartLine(binaries) {
  const best = (binary, env) => {
    let seconds = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const started = process.hrtime.bigint();
      spawnSync(binary, ["-e", "0"], { env });
      seconds = Math.min(seconds, Number(process.hrtime.bigint() - started) / 1e9);
    }
    return seconds;
  };
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  const parts = binaries.map(({ binary, label }) => {
    const bare = best(binary, trainyardEnv());
    return extra
      ? `${label} ${fixed(bare, 3)} s (${fixed(best(binary, process.env), 3)} s with NODE_EXTRA_CA_CERTS)`
      : `${label} ${fixed(bare, 3)} s`;
  });
  const note = extra
    ? `; trainyard runs without NODE_EXTRA_CA_CERTS=${extra} (see bench/common.mjs trainyardEnv)`
    : "";
  return `node start (node -e 0): ${parts.join(", ")}${note}`;
}

/** Environment for Python tools: no telemetry, no update checks. */
export function quietEnv(extra = {}) {
  return {
    ...process.env,
    DVC_NO_ANALYTICS: "1",
    DVC_NO_UPDATER: "1",
    GX_ANALYTICS_ENABLED: "false",
    PYTHONHASHSEED: "0",
    ...extra,
  };
}

/** Prints rows (arrays) under a header as an aligned plain-text table, and returns it as Markdown too. */
export function printTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  console.log(line(cells[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
  const md = [
    `| ${cells[0].join(" | ")} |`,
    `|${header.map((_, c) => (c === 0 ? "---" : "---:")).join("|")}|`,
    ...cells.slice(1).map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
  return md;
}

export function fixed(value, digits = 2) {
  return value === undefined || value === null || Number.isNaN(value) ? "-" : value.toFixed(digits);
}

/** Machine facts printed with every run, so numbers can be compared with where they came from. */
export function machineLine() {
  const cpus = spawnSync("nproc", [], { encoding: "utf8" }).stdout.trim();
  const model = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "?";
  return `node ${process.version}, ${cpus} CPU(s) (${model}), GNU time: ${HAS_GNU_TIME ? "yes" : "no (polling /proc)"}, offline Python tools: ${HAS_UNSHARE ? "yes (unshare -rn)" : "no"}`;
}

/**
 * The Node that GitHub's runner gives the actions (`runs.using: node24`; .node-version, fetched once by
 * scripts/test-env.mjs), when it is another one than this Node; undefined otherwise (its rows would repeat
 * the CLI's).
 */
export function actionsNode() {
  const binary = ensureActionNode({ quiet: true });
  const version = spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim();
  return version && version !== process.version ? { binary, version } : undefined;
}

/** The arguments of `trainyard validate` of a snapshot with a config, writing its report to `report`. */
export function validateArgs(cli, { id, yml, store, dataRoot, report }) {
  return [
    cli,
    "validate",
    "--snapshot",
    id,
    "--config",
    yml,
    "--store",
    store,
    "--data-root",
    dataRoot,
    "--report-path",
    report,
    "--json",
  ];
}
