import { spawn } from "node:child_process";
import { UserError } from "../../errors/user-error.js";
import { samplePeakMemory } from "./process-memory.js";

export interface RunCommandOptions {
  /** The program and its arguments (see `splitCommand`); never run through a shell. */
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** Each line of stdout and stderr, as it arrives. */
  onLine: (line: string, stream: "stdout" | "stderr") => void;
  timeoutMs?: number;
  /** How many of the last lines to keep for the error message and the log artifact. */
  tailLines?: number;
  /** After SIGTERM, how long the process group gets before SIGKILL. */
  killGraceMs?: number;
  /** Signals that stop the command (default SIGTERM and SIGINT: the runner's cancel, Ctrl-C). */
  forwardSignals?: NodeJS.Signals[];
  /** Called once the command has started, with the pid that leads its process group. */
  onSpawn?: (pid: number) => void;
}

export interface CommandResult {
  /** null when the command was ended by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Why it ended: on its own, after the timeout, or because this process was told to stop. */
  ending: "exited" | "timeout" | "cancelled";
  durationSeconds: number;
  peakMemoryBytes?: number;
  tail: string[];
}

export class CommandNotFoundError extends UserError {
  constructor(
    readonly program: string,
    cwd: string,
  ) {
    super(
      `command not found: "${program}" (looked up on PATH from ${cwd}); check the spelling, that it is installed on this runner, or give its path`,
    );
    this.name = "CommandNotFoundError";
  }
}

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    // A negative pid signals the whole process group the command leads (it was spawned detached).
    process.kill(process.platform === "win32" ? pid : -pid, signal);
  } catch {
    // already gone
  }
}

function lineSplitter(emit: (line: string) => void) {
  let rest = "";
  return {
    push(chunk: string) {
      const parts = (rest + chunk).split(/\r?\n/);
      rest = parts.pop() ?? "";
      for (const part of parts) emit(part);
    },
    end() {
      if (rest) emit(rest);
      rest = "";
    },
  };
}

/**
 * Runs a user command in its own process group, streaming its output line by line, keeping the last lines,
 * sampling the peak memory of its whole process tree, and stopping the whole tree on timeout or when this
 * process receives SIGTERM/SIGINT (a runner cancel): a training never outlives its step.
 */
export function runCommand(options: RunCommandOptions): Promise<CommandResult> {
  const [program, ...args] = options.argv;
  if (!program) throw new Error("runCommand: empty argv");
  const tailSize = options.tailLines ?? 200;
  const grace = options.killGraceMs ?? 10_000;
  const tail: string[] = [];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env,
      detached: process.platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true,
    });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    let ending: CommandResult["ending"] = "exited";
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (why: CommandResult["ending"]) => {
      if (ending !== "exited" || child.pid === undefined) return;
      ending = why;
      killGroup(child.pid, "SIGTERM");
      killTimer = setTimeout(() => {
        if (child.pid !== undefined) killGroup(child.pid, "SIGKILL");
      }, grace);
    };
    const timeout =
      options.timeoutMs !== undefined ? setTimeout(() => stop("timeout"), options.timeoutMs) : undefined;
    const signals = options.forwardSignals ?? ["SIGTERM", "SIGINT"];
    const onSignal = () => stop("cancelled");
    for (const signal of signals) process.on(signal, onSignal);
    const memory = child.pid !== undefined ? samplePeakMemory(child.pid) : undefined;

    const keep = (stream: "stdout" | "stderr") => (line: string) => {
      tail.push(line);
      if (tail.length > tailSize) tail.shift();
      options.onLine(line, stream);
    };
    const out = lineSplitter(keep("stdout"));
    const err = lineSplitter(keep("stderr"));
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => out.push(chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => err.push(chunk));

    const cleanUp = () => {
      if (timeout) clearTimeout(timeout);
      for (const signal of signals) process.off(signal, onSignal);
    };
    child.on("error", async (error: NodeJS.ErrnoException) => {
      cleanUp();
      await memory?.stop();
      if (error.code === "ENOENT") reject(new CommandNotFoundError(program, options.cwd));
      else if (error.code === "EACCES")
        reject(new UserError(`cannot run "${program}": permission denied (is it executable?)`));
      else reject(error);
    });
    // Children the command left behind in its group are stopped too (they may hold its output open).
    child.on("exit", () => {
      if (child.pid !== undefined) killGroup(child.pid, "SIGKILL");
    });
    child.on("close", async (exitCode, signal) => {
      cleanUp();
      out.end();
      err.end();
      if (killTimer) clearTimeout(killTimer);
      const peakMemoryBytes = await memory?.stop();
      resolve({
        exitCode,
        signal,
        ending,
        durationSeconds: (performance.now() - started) / 1000,
        ...(peakMemoryBytes !== undefined ? { peakMemoryBytes } : {}),
        tail,
      });
    });
  });
}
