import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { request } from "undici";
import { UserError } from "../../errors/user-error.js";
import type { S3Store } from "../../store/s3-store.js";
import type { CommandResult, RunCommandOptions } from "../command/run-command.js";
import { RAY_S3_ENTRYPOINT } from "./ray-launcher.js";
import { prepareRayTransfer } from "./ray-transfer.js";

/**
 * A client of the Ray Jobs REST API that a Ray head's dashboard serves (ray/dashboard/modules/job/job_head.py):
 * GET /api/version, POST /api/jobs/, GET /api/jobs/{id}, GET /api/jobs/{id}/logs, POST /api/jobs/{id}/stop.
 * No Python client is needed on the runner. A token goes in `Authorization: Bearer` (Ray's token auth).
 */
export class RayJobsClient {
  constructor(
    private readonly address: string,
    private readonly token?: string,
  ) {}

  private async call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const url = new URL(path, this.address.endsWith("/") ? this.address : `${this.address}/`);
    const response = await request(url, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
    const text = await response.body.text();
    if (response.statusCode === 401 || response.statusCode === 403)
      throw new UserError(
        `the Ray cluster refused trainyard's request (HTTP ${response.statusCode}): check the Ray token (ray-token input or RAY_AUTH_TOKEN)`,
      );
    if (response.statusCode >= 300)
      throw new RayJobsError(
        `${method} ${url.pathname} answered HTTP ${response.statusCode}: ${text.slice(0, 500)}`,
        response.statusCode,
      );
    return (text ? JSON.parse(text) : {}) as T;
  }

  version(): Promise<{ version: string; ray_version: string }> {
    return this.call("GET", "api/version");
  }

  submit(job: RayJobRequest): Promise<{ submission_id: string; job_id?: string | null }> {
    return this.call("POST", "api/jobs/", job);
  }

  info(id: string): Promise<RayJobInfo> {
    return this.call("GET", `api/jobs/${encodeURIComponent(id)}`);
  }

  async logs(id: string): Promise<string> {
    return (await this.call<{ logs?: string }>("GET", `api/jobs/${encodeURIComponent(id)}/logs`)).logs ?? "";
  }

  async stop(id: string): Promise<boolean> {
    return (
      (await this.call<{ stopped?: boolean }>("POST", `api/jobs/${encodeURIComponent(id)}/stop`)).stopped ===
      true
    );
  }
}

/** The Ray cluster refused or failed a request (an address, a token, a cluster problem): the user's to fix. */
export class RayJobsError extends UserError {
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
    this.name = "RayJobsError";
  }
}

export interface RayJobRequest {
  entrypoint: string;
  submission_id?: string;
  runtime_env?: Record<string, unknown>;
  metadata?: Record<string, string>;
  entrypoint_num_cpus?: number;
  entrypoint_num_gpus?: number;
  entrypoint_memory?: number;
}

export interface RayJobInfo {
  status: "PENDING" | "RUNNING" | "STOPPED" | "SUCCEEDED" | "FAILED";
  message?: string | null;
  job_id?: string | null;
  driver_exit_code?: number | null;
}

const TERMINAL = new Set(["STOPPED", "SUCCEEDED", "FAILED"]);

/**
 * The job's entrypoint. Ray runs it through a shell, so it holds no input at all: the program and its
 * arguments travel as JSON in TRAINYARD_RAY_ARGV and the folder in TRAINYARD_RAY_CWD (runtime_env env_vars),
 * and this fixed launcher execs them without a shell, as the runner would.
 */
export const RAY_ENTRYPOINT =
  'python3 -c \'import json, os; os.chdir(os.environ["TRAINYARD_RAY_CWD"]); ' +
  'argv = json.loads(os.environ["TRAINYARD_RAY_ARGV"]); os.execvp(argv[0], argv)\'';

export interface RaySettings {
  address: string;
  token?: string;
  numCpus?: number;
  numGpus?: number;
  memory?: number;
  runtimeEnv?: Record<string, unknown>;
  /** How often the job's status and logs are polled. */
  pollMs?: number;
  /**
   * train.ray.transfer s3: the contract's files go through this S3 store and a launcher on the cluster
   * (ray-transfer.ts), so the job needs no path of the runner.
   */
  transfer?: { store: S3Store; intervalSeconds: number };
}

/** The address without credentials or query: what the lineage records. */
export function publicAddress(address: string): string {
  try {
    const url = new URL(address);
    return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  } catch {
    return "(unparsable address)";
  }
}

/** The variables of the train contract (and PYTHONHASHSEED) from a command's environment. */
function contractVariables(env: Record<string, string | undefined>): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && (name.startsWith("TRAINYARD_") || name === "PYTHONHASHSEED"))
      vars[name] = value;
  return vars;
}

/**
 * Runs a command as a Ray job instead of a child process, with runCommand's contract: lines of its log as
 * they arrive, the last lines kept, stopped (POST …/stop) on timeout or when this process receives
 * SIGTERM/SIGINT (the runner's cancel). `onSubmitted` gets the lineage tags once the job exists.
 */
export async function runOnRay(
  settings: RaySettings,
  options: RunCommandOptions,
  onSubmitted: (tags: Record<string, string>) => Promise<void> | void,
): Promise<CommandResult> {
  const client = new RayJobsClient(settings.address, settings.token);
  const tailSize = options.tailLines ?? 200;
  const tail: string[] = [];
  const started = performance.now();
  const userEnv = (settings.runtimeEnv?.env_vars ?? {}) as Record<string, string>;
  const submissionId = `trainyard-${options.env.TRAINYARD_RUN_ID ?? "run"}-${randomUUID().slice(0, 8)}`;
  const resources = {
    ...(settings.numCpus !== undefined ? { entrypoint_num_cpus: settings.numCpus } : {}),
    ...(settings.numGpus !== undefined ? { entrypoint_num_gpus: settings.numGpus } : {}),
    ...(settings.memory !== undefined ? { entrypoint_memory: settings.memory } : {}),
  };
  const transfer = settings.transfer
    ? await prepareRayTransfer(
        settings.transfer.store,
        options,
        submissionId,
        settings.transfer.intervalSeconds,
      )
    : undefined;
  const submitted = await client.submit({
    entrypoint: transfer ? RAY_S3_ENTRYPOINT : RAY_ENTRYPOINT,
    submission_id: submissionId,
    runtime_env: {
      ...settings.runtimeEnv,
      env_vars: transfer
        ? { ...userEnv, ...transfer.envVars }
        : {
            ...userEnv,
            ...contractVariables(options.env),
            TRAINYARD_RAY_ARGV: JSON.stringify(options.argv),
            TRAINYARD_RAY_CWD: options.cwd,
          },
    },
    metadata: { "trainyard.run_id": options.env.TRAINYARD_RUN_ID ?? "" },
    ...resources,
  });
  const id = submitted.submission_id;
  await onSubmitted({
    "trainyard.backend": "ray",
    "trainyard.ray.job_id": id,
    "trainyard.ray.address": publicAddress(settings.address),
    "trainyard.ray.resources": JSON.stringify(resources),
    "trainyard.ray.transfer": transfer ? "s3" : "shared",
  });

  let ending: CommandResult["ending"] = "exited";
  let stopRequested: Promise<unknown> | undefined;
  const stop = (why: CommandResult["ending"]) => {
    if (ending !== "exited") return;
    ending = why;
    stopRequested = client.stop(id).catch(() => undefined);
  };
  const timeout =
    options.timeoutMs !== undefined ? setTimeout(() => stop("timeout"), options.timeoutMs) : undefined;
  const signals = options.forwardSignals ?? ["SIGTERM", "SIGINT"];
  const onSignal = () => stop("cancelled");
  for (const signal of signals) process.on(signal, onSignal);

  let shown = 0;
  let partial = "";
  const emitNew = async () => {
    const text = await client.logs(id);
    if (text.length <= shown) return;
    const lines = (partial + text.slice(shown)).split(/\r?\n/);
    shown = text.length;
    partial = lines.pop() ?? "";
    for (const line of lines) {
      tail.push(line);
      if (tail.length > tailSize) tail.shift();
      options.onLine(line, "stdout");
    }
  };
  let info: RayJobInfo;
  try {
    for (;;) {
      info = await client.info(id);
      await emitNew().catch(() => undefined);
      if (TERMINAL.has(info.status)) break;
      await transfer
        ?.poll()
        .catch((error: Error) => options.onLine(`checkpoint mirror: ${error.message}`, "stderr"));
      await sleep(settings.pollMs ?? 500);
    }
    await emitNew().catch(() => undefined);
    if (partial) {
      tail.push(partial);
      options.onLine(partial, "stdout");
    }
  } finally {
    if (timeout) clearTimeout(timeout);
    for (const signal of signals) process.off(signal, onSignal);
    await stopRequested;
  }
  if (transfer)
    for (const note of await transfer.finish(info.status === "SUCCEEDED")) options.onLine(note, "stdout");
  if (info.status === "FAILED" && info.message) {
    tail.push(info.message);
    if (tail.length > tailSize) tail.shift();
  }
  const exitCode =
    info.status === "SUCCEEDED" ? 0 : info.status === "FAILED" ? (info.driver_exit_code ?? 1) : null;
  return {
    exitCode,
    signal: info.status === "STOPPED" ? "SIGTERM" : null,
    // Stopped by someone else (the Ray dashboard, `ray job stop`): a cancel all the same.
    ending: ending === "exited" && info.status === "STOPPED" ? "cancelled" : ending,
    durationSeconds: (performance.now() - started) / 1000,
    tail,
  };
}

/**
 * The Ray job of a run whose trainyard was SIGKILLed keeps running: if the run's tags name a job on this
 * cluster (same address) that has not ended, POST …/stop and wait (at most `waitMs`) until Ray says it
 * ended. Returns a sentence for the log, or undefined when the run had no Ray job.
 */
export async function stopOrphanedRayJob(
  settings: RaySettings,
  tags: Record<string, string>,
  waitMs = 30_000,
): Promise<string | undefined> {
  const id = tags["trainyard.ray.job_id"];
  if (!id) return undefined;
  const where = tags["trainyard.ray.address"];
  if (where !== publicAddress(settings.address))
    return `its Ray job ${id} ran on another cluster (${where ?? "unknown"}); stop it there if it still runs (ray job stop ${id})`;
  const client = new RayJobsClient(settings.address, settings.token);
  const before = await client.info(id).catch((error: Error) => error);
  if (before instanceof Error) return `its Ray job ${id} could not be looked up (${before.message})`;
  if (TERMINAL.has(before.status)) return `its Ray job ${id} had already ended (${before.status})`;
  await client.stop(id);
  const deadline = performance.now() + waitMs;
  let status: string = before.status;
  while (!TERMINAL.has(status) && performance.now() < deadline) {
    await sleep(settings.pollMs ?? 500);
    status = (await client.info(id)).status;
  }
  return TERMINAL.has(status)
    ? `its Ray job ${id} was still ${before.status} and has been stopped (${status})`
    : `its Ray job ${id} was still ${before.status}; stop was requested but it has not ended after ${waitMs / 1000} s`;
}
