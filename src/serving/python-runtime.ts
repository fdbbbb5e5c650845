import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserError } from "../errors/user-error.js";
import { commandEnvironment } from "../steps/command/command-environment.js";
import { SERVING_HELPER_SOURCE } from "./python-sources.js";

/** A Python that can import mlflow: what loads and serves a packaged model. */
export interface PythonRuntime {
  executable: string;
  pythonVersion: string;
  mlflowVersion: string;
  /** How it was found, for the report: "serving.python (trainyard.yml)", "python3 on PATH"… */
  foundBy: string;
}

export type PythonLookup = { runtime: PythonRuntime } | { skip: string };

const cache = new Map<string, Promise<PythonLookup>>();

let helperFile: Promise<string> | undefined;

/** The serving helper, written once per process to a private temporary folder. */
export function servingHelperFile(): Promise<string> {
  helperFile ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), "trainyard-serving-"));
    // Built at run time, so that the bundler does not take the name for a file to ship.
    const file = join(dir, ["trainyard_serving", "py"].join("."));
    await writeFile(file, SERVING_HELPER_SOURCE, { mode: 0o600 });
    return file;
  })();
  return helperFile;
}

export interface HelperResult {
  ok: boolean;
  payload: Record<string, unknown>;
  stderr: string;
}

/** Runs the helper with an argument array (no shell), bounded in time; parses its one JSON line. */
export async function runHelper(
  python: string,
  args: string[],
  options: { env: Record<string, string | undefined>; timeoutMs: number; cwd?: string },
): Promise<HelperResult> {
  const helper = await servingHelperFile();
  return new Promise((resolveResult, reject) => {
    execFile(
      python,
      [helper, ...args],
      {
        env: {
          ...commandEnvironment(options.env),
          MLFLOW_DISABLE_TELEMETRY: "true",
          DO_NOT_TRACK: "true",
          PYTHONDONTWRITEBYTECODE: "1",
        } as NodeJS.ProcessEnv,
        timeout: options.timeoutMs,
        killSignal: "SIGKILL",
        maxBuffer: 16 * 1024 * 1024,
        encoding: "utf8",
        ...(options.cwd ? { cwd: options.cwd } : {}),
      },
      (error, stdout, stderr) => {
        const line = stdout.trim().split("\n").pop() ?? "";
        let payload: Record<string, unknown> = {};
        try {
          payload = JSON.parse(line) as Record<string, unknown>;
        } catch {
          // not the helper's answer: reported below with stderr
        }
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (code === "ENOENT") {
          reject(new UserError(`no Python at "${python}": it is not installed or not on PATH`));
          return;
        }
        if (error && (error as { killed?: boolean }).killed) {
          reject(
            new UserError(
              `the serving check (${python} ${args[0]}) did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`,
            ),
          );
          return;
        }
        if (typeof payload.error === "string") {
          resolveResult({ ok: false, payload, stderr });
          return;
        }
        if (error) {
          resolveResult({
            ok: false,
            payload: { error: `${python} exited with code ${code ?? "?"}: ${stderr.trim().slice(-2000)}` },
            stderr,
          });
          return;
        }
        resolveResult({ ok: true, payload, stderr });
      },
    );
  });
}

/**
 * Finds the Python that loads packaged models: `configured` (an input or trainyard.yml key) when given, and
 * then it must work; else `python3` on PATH when it imports mlflow; else a reason to skip.
 */
export function findPython(
  env: Record<string, string | undefined>,
  configured?: { executable: string; foundBy: string },
): Promise<PythonLookup> {
  const key = `${configured?.executable ?? ""}\0${env.PATH ?? ""}`;
  let found = cache.get(key);
  if (!found) {
    found = probe(env, configured);
    cache.set(key, found);
  }
  return found;
}

async function probe(
  env: Record<string, string | undefined>,
  configured?: { executable: string; foundBy: string },
): Promise<PythonLookup> {
  const executable = configured?.executable ?? "python3";
  const foundBy = configured?.foundBy ?? "python3 on PATH";
  let result: HelperResult;
  try {
    result = await runHelper(executable, ["probe"], { env, timeoutMs: 60_000 });
  } catch (error) {
    if (configured)
      throw new UserError(`${configured.foundBy}: ${(error as Error).message}`, { cause: error });
    return { skip: `no Python found (looked for python3 on PATH; set serving.python in trainyard.yml)` };
  }
  if (!result.ok) {
    const why = String(result.payload.error ?? result.stderr).trim();
    const noMlflow = /No module named ['"]?mlflow/.test(`${why}\n${result.stderr}`);
    if (configured)
      throw new UserError(
        `${configured.foundBy} (${executable}) ${noMlflow ? "cannot import mlflow: install it there (pip install mlflow)" : `does not work: ${why.slice(-500)}`}`,
      );
    return {
      skip: noMlflow
        ? `python3 on PATH cannot import mlflow (install mlflow, or set serving.python in trainyard.yml to a Python that has it)`
        : `python3 on PATH does not work: ${why.slice(-300)}`,
    };
  }
  return {
    runtime: {
      executable: String(result.payload.executable ?? executable),
      pythonVersion: String(result.payload.python),
      mlflowVersion: String(result.payload.mlflow),
      foundBy,
    },
  };
}
