#!/usr/bin/env node
// The overhead of train.backend: ray over the runner on the churn example's scikit-learn training: the same
// `trainyard train` (cache off) on the runner and as a job on a real local Ray head (1 CPU, 127.0.0.1),
// alternated --rounds times; prints the wall times and the difference. The head's own start is reported
// apart: a real cluster is up already. Needs the Ray venv of scripts/test-env.mjs (`node scripts/test-env.mjs
// --ray`; TRAINYARD_TEST_RAY_VENV picks its folder) and a built dist/cli.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { ensureRayVenv, rayVenvBin, rayVenvDir } from "../scripts/test-env.mjs";
import { parseArgs, pinCli, REPO } from "./common.mjs";

const options = parseArgs(process.argv.slice(2), { rounds: 3, "max-iter": 100 });
ensureRayVenv({ quiet: true });
const work = mkdtempSync("/tmp/ty-bench-ray-");
const { cli, hash } = pinCli(work);
const bin = join(rayVenvDir, "bin");
const env = { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME ?? "", MLFLOW_TRACKING_URI: "" };

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

function project(backend) {
  const dir = join(work, backend);
  cpSync(join(REPO, "examples", "churn"), dir, { recursive: true });
  mkdirSync(join(dir, "data", "snap"), { recursive: true });
  cpSync(join(dir, "data", "customers.csv"), join(dir, "data", "snap", "train.csv"));
  const config = readFileSync(join(dir, "trainyard.yml"), "utf8")
    .replace("command: node trainers/node/train.mjs", "command: python trainers/python/train.py")
    .replace(
      "params: { learning_rate: 0.5, epochs: 200, l2: 0.001 }",
      `params: { max_iter: ${options["max-iter"]} }\n  backend: ${backend}`,
    );
  writeFileSync(join(dir, "trainyard.yml"), config);
  return dir;
}

function timed(dir, round, address) {
  const started = performance.now();
  const args = [
    cli,
    "train",
    "--data-dir",
    "data/snap",
    "--cache",
    "false",
    "--output-dir",
    `model-${round}`,
  ];
  if (address) args.push("--ray-address", address);
  const run = spawnSync(process.execPath, args, { cwd: dir, env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`trainyard train failed:\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const [port, dashboardPort] = [await freePort(), await freePort()];
const tempDir = mkdtempSync("/tmp/ty-ray-");
const headStart = performance.now();
const head = spawn(
  rayVenvBin("ray"),
  [
    "start",
    "--head",
    "--block",
    "--node-ip-address",
    "127.0.0.1",
    "--port",
    String(port),
    "--dashboard-host",
    "127.0.0.1",
    "--dashboard-port",
    String(dashboardPort),
    "--include-dashboard",
    "true",
    "--num-cpus",
    "1",
    "--temp-dir",
    tempDir,
    "--disable-usage-stats",
  ],
  { env: { ...process.env, ...env, RAY_USAGE_STATS_ENABLED: "0" }, detached: true, stdio: "ignore" },
);
const address = `http://127.0.0.1:${dashboardPort}`;
const stopHead = () => {
  try {
    process.kill(-head.pid, "SIGTERM");
  } catch {}
  spawnSync("sleep", ["5"]);
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let cmdline = "";
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, "latin1");
    } catch {}
    if (cmdline.includes(tempDir) || cmdline.includes(`127.0.0.1:${port}`))
      try {
        process.kill(Number(entry), "SIGKILL");
      } catch {}
  }
  rmSync(tempDir, { recursive: true, force: true });
};
try {
  for (let i = 0; i < 180; i++) {
    if (
      await fetch(`${address}/api/version`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((done) => setTimeout(done, 500));
  }
  const headSeconds = (performance.now() - headStart) / 1000;
  const runnerDir = project("runner");
  const rayDir = project("ray");
  const runner = [];
  const ray = [];
  for (let round = 0; round < options.rounds; round++) {
    runner.push(timed(runnerDir, round));
    ray.push(timed(rayDir, round, address));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const row = (name, values) =>
    `| ${name} | ${values.map((v) => v.toFixed(1)).join(" / ")} | ${median(values).toFixed(1)} |`;
  console.log(
    `CLI ${hash}; ${options.rounds} rounds, max_iter ${options["max-iter"]}; Ray head up in ${headSeconds.toFixed(1)} s`,
  );
  console.log("| path | wall seconds per round | median |\n|---|---|---|");
  console.log(row("runner", runner));
  console.log(row("ray (local head)", ray));
  console.log(`overhead of the Ray path (median): ${(median(ray) - median(runner)).toFixed(1)} s`);
} finally {
  stopHead();
  rmSync(work, { recursive: true, force: true });
}
