import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

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

/**
 * Runs `dist/<name>/index.js` as the GitHub runner does: inputs as INPUT_<NAME> variables, outputs and the
 * job summary through the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
export async function runActionBundle(
  name: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), `trainyard-action-${name}-`));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  await writeFile(outputFile, "");
  await writeFile(summaryFile, "");
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([key, value]) => [`INPUT_${key.replace(/ /g, "_").toUpperCase()}`, value]),
  );
  const cwd = options.cwd ?? process.cwd();
  const child = spawn(process.execPath, [resolve("dist", name, "index.js")], {
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
