import type { TerminalContext } from "../context/terminal-context.js";
import { UserError } from "../errors/user-error.js";

export interface OptionSpec {
  type: "string" | "boolean";
  description: string;
  short?: string;
  /** Shown in help as `--name <placeholder>`. */
  placeholder?: string;
  multiple?: boolean;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CommandIo {
  /** Writes to stdout (results, `--json` objects). */
  out(text: string): void;
  /** Creates the Context a step runs in. */
  context(options?: { workingDirectory?: string }): TerminalContext;
}

export interface Command {
  name: string;
  summary: string;
  /** One line: the arguments after `trainyard <name>`. */
  usage: string;
  description?: string;
  options: Record<string, OptionSpec>;
  subcommands?: Command[];
  run?(args: ParsedArgs, io: CommandIo): Promise<number>;
}

/** Thrown for a wrong flag or argument: the CLI prints the message and the command's usage, exit code 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
