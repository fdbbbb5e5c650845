import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
// @ts-expect-error -- a plain .mjs script shared with `npm test`, without type declarations
import { ensureRayVenv, rayVenvBin, rayVenvDir } from "../../scripts/test-env.mjs";
import { freePort } from "./free-port.js";

export interface RayHead {
  /** The dashboard's address: the Ray Jobs REST API. */
  address: string;
  /** The Python of the Ray venv (ray[default], scikit-learn): what the jobs run. */
  binDir: string;
  stop(): Promise<void>;
}

/** Pids whose command line names `marker` (this head's own temp folder): its raylet, GCS, dashboard, workers. */
async function processesOf(marker: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, "latin1").catch(() => "");
    if (cmdline.includes(marker)) pids.push(Number(entry));
  }
  return pids;
}

function kill(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(pid, signal);
  } catch {
    // gone
  }
}

/**
 * Starts a real, local Ray head (`ray start --head --block`) on 127.0.0.1 with 1 CPU, its dashboard's job
 * API on a free port and its own temp folder, and waits until the job API answers. `stop` ends its process
 * group, then any process that still names its temp folder (Ray daemonises some), so nothing is left.
 */
export async function startRayHead(): Promise<RayHead> {
  ensureRayVenv({ quiet: true });
  const [port, dashboardPort] = [await freePort(), await freePort()];
  // Short: Ray's socket paths live under it and a Unix socket path has at most 107 bytes.
  const tempDir = mkdtempSync("/tmp/ty-ray-");
  const binDir = join(rayVenvDir, "bin");
  const env = {
    ...process.env,
    PATH: `${binDir}:${process.env.PATH ?? ""}`,
    RAY_USAGE_STATS_ENABLED: "0",
    VIRTUAL_ENV: rayVenvDir,
  };
  const child: ChildProcess = spawn(
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
    { env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const address = `http://127.0.0.1:${dashboardPort}`;
  const stop = async () => {
    if (child.pid !== undefined) kill(-child.pid, "SIGTERM");
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await processesOf(tempDir)).length > 0 && child.exitCode === null)
      await new Promise((done) => setTimeout(done, 250));
    if (child.pid !== undefined) kill(-child.pid, "SIGKILL");
    for (const pid of await processesOf(tempDir)) kill(pid, "SIGKILL");
    for (const pid of await processesOf(`127.0.0.1:${port}`)) kill(pid, "SIGKILL");
    await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ready = await fetch(`${address}/api/version`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the Ray head did not start:\n${output.slice(-3000)}`);
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  return { address, binDir, stop };
}
