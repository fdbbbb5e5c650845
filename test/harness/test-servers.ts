import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error -- a plain .mjs script shared with `npm test`, without type declarations
import { ensureActionNode, ensureTestVenv, venvBin } from "../../scripts/test-env.mjs";
import { freePort } from "./free-port.js";

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

const quietEnvironment = {
  // No telemetry, no outbound traffic: the servers talk to 127.0.0.1 only.
  MLFLOW_DISABLE_TELEMETRY: "true",
  DO_NOT_TRACK: "true",
  PYTHONUNBUFFERED: "1",
};

async function waitUntilHealthy(url: string, child: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} not healthy after ${timeoutMs} ms:\n${log()}`);
}

function startProcess(command: string, args: string[], cwd: string) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...quietEnvironment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.once("exit", () => {
        clearTimeout(killer);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return { child, log: () => output, stop };
}

/** A real MLflow tracking server: sqlite backend, artifacts proxied through the server. */
export async function startMlflowServer(): Promise<RunningServer> {
  ensureTestVenv({ quiet: true });
  const dir = await mkdtemp(join(tmpdir(), "trainyard-mlflow-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = startProcess(
    venvBin("mlflow"),
    [
      "server",
      "--backend-store-uri",
      `sqlite:///${join(dir, "mlflow.db")}`,
      "--artifacts-destination",
      join(dir, "artifacts"),
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--workers",
      "1",
    ],
    dir,
  );
  await waitUntilHealthy(`${url}/health`, proc.child, proc.log, 120_000);
  return {
    url,
    stop: async () => {
      await proc.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** moto's S3-compatible server. */
export async function startS3Server(): Promise<RunningServer> {
  ensureTestVenv({ quiet: true });
  const dir = await mkdtemp(join(tmpdir(), "trainyard-moto-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = startProcess(venvBin("moto_server"), ["-H", "127.0.0.1", "-p", String(port)], dir);
  await waitUntilHealthy(`${url}/moto-api/`, proc.child, proc.log, 60_000);
  return {
    url,
    stop: async () => {
      await proc.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The test virtual environment's Python (MLflow, scikit-learn), wherever TRAINYARD_TEST_VENV puts it. */
export function venvPython(): string {
  return venvBin("python") as string;
}

/** The Node the action bundles run on (see ensureActionNode in scripts/test-env.mjs). */
export function actionNode(): string {
  return ensureActionNode({ quiet: true }) as string;
}
