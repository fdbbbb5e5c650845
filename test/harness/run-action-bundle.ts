import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { inject } from "vitest";
import { parse } from "yaml";

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
}

/** Parses the `name<<delimiter\nvalue\ndelimiter` records that @actions/core writes to GITHUB_OUTPUT. */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] ?? "");
      outputs[heredoc[1]] = value.join("\n");
    } else if (line.includes("=")) {
      const at = line.indexOf("=");
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/** The action.yml of a bundle: `actions/<name>/action.yml`, or the root one for the all-in-one `pipeline`. */
export function actionFileOf(name: string): string {
  return name === "pipeline" ? resolve("action.yml") : resolve("actions", name, "action.yml");
}

interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: string } | null>;
  runs: { using: string; main: string };
}

/**
 * The INPUT_* values the runner gives an action: each input the workflow sets, else its action.yml default
 * (an expression default evaluated: `${{ github.token }}` is the job's token). An input that action.yml does
 * not declare is an error here (the runner only warns, and the action never sees it).
 */
export function runnerInputs(
  metadata: ActionMetadata,
  given: Record<string, string>,
  expressions: { githubToken?: string } = {},
): Record<string, string> {
  const declared = metadata.inputs ?? {};
  const unexpected = Object.keys(given).filter((key) => !(key in declared));
  if (unexpected.length > 0)
    throw new Error(
      `unexpected input(s) ${unexpected.join(", ")}: action.yml declares ${Object.keys(declared).join(", ")}`,
    );
  const values: Record<string, string> = {};
  for (const [key, spec] of Object.entries(declared)) {
    const value = given[key] ?? spec?.default;
    if (value === undefined) continue;
    values[key] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, expressions.githubToken ?? "");
  }
  return values;
}

/**
 * Runs an action as the GitHub runner does: the script its action.yml names in `runs.main`, inputs as
 * INPUT_<NAME> variables with the action.yml defaults applied, outputs and the job summary through the files
 * named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
export async function runActionBundle(
  name: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number; githubToken?: string } = {},
): Promise<ActionRun> {
  const actionFile = actionFileOf(name);
  const metadata = parse(await readFile(actionFile, "utf8")) as ActionMetadata;
  const main = resolve(dirname(actionFile), metadata.runs.main);
  const given = runnerInputs(metadata, inputs, {
    ...(options.githubToken ? { githubToken: options.githubToken } : {}),
  });
  const dir = await mkdtemp(join(tmpdir(), `trainyard-action-${name}-`));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  await writeFile(outputFile, "");
  await writeFile(summaryFile, "");
  const inputEnv = Object.fromEntries(
    Object.entries(given).map(([key, value]) => [`INPUT_${key.replace(/ /g, "_").toUpperCase()}`, value]),
  );
  const cwd = options.cwd ?? process.cwd();
  const child = spawn(inject("actionNode") || process.execPath, [main], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? dir,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: cwd,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_ACTIONS: "true",
      ...inputEnv,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const exitCode = await new Promise<number>((resolveExit, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `action ${name} did not finish in ${options.timeoutMs ?? 120_000} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolveExit(code ?? 1);
    });
  });
  return {
    exitCode,
    outputs: parseGithubOutput(await readFile(outputFile, "utf8")),
    summary: await readFile(summaryFile, "utf8"),
    stdout,
    stderr,
  };
}
