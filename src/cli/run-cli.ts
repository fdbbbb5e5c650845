import { parseArgs } from "node:util";
import { nearestKey } from "../config/suggest.js";
import { TerminalContext } from "../context/terminal-context.js";
import { describeFailure } from "../errors/describe-failure.js";
import type { Command, CommandIo, ParsedArgs } from "./command.js";
import { UsageError } from "./command.js";
import { commandHelp, commonOptions, programHelp } from "./help.js";

export interface CliEnvironment {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function parse(command: Command, argv: string[]): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries({ ...command.options, ...commonOptions }).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.short ? { short: spec.short } : {}),
        ...(spec.multiple ? { multiple: true } : {}),
      },
    ]),
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    throw new UsageError(explainParseError(error as NodeJS.ErrnoException, Object.keys(options)));
  }
}

/** node:util's messages, rephrased for a person: an unknown option gets a "did you mean". */
function explainParseError(error: NodeJS.ErrnoException, known: string[]): string {
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const given = /'(-[^']+)'/.exec(error.message)?.[1] ?? "";
    const name = given.replace(/^-+/, "").split("=")[0] ?? "";
    const suggestion = nearestKey(name, known);
    return `unknown option ${given}${suggestion ? `; did you mean --${suggestion}?` : ""} (see --help)`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return `${error.message.split(". ")[0]} (see --help)`;
  return error.message;
}

/**
 * Runs the CLI and returns its exit code: 0 success, 1 the step failed (or a trainyard bug), 2 a usage error.
 */
export async function runCli(commands: Command[], version: string, io: CliEnvironment): Promise<number> {
  const [first, ...rest] = io.argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout(programHelp(commands, version));
    return 0;
  }
  if (first === "--version" || first === "-V") {
    io.stdout(`${version}\n`);
    return 0;
  }
  let command = commands.find((candidate) => candidate.name === first);
  const parents: string[] = [];
  let argv = rest;
  if (!command) {
    io.stderr(`trainyard: unknown command "${first}". Run \`trainyard --help\` for the list.\n`);
    return 2;
  }
  while (command.subcommands && argv[0] && !argv[0].startsWith("-")) {
    const sub: Command | undefined = command.subcommands.find((candidate) => candidate.name === argv[0]);
    if (!sub) {
      io.stderr(
        `trainyard ${command.name}: unknown command "${argv[0]}".\n\n${commandHelp(command, parents)}`,
      );
      return 2;
    }
    parents.push(command.name);
    command = sub;
    argv = argv.slice(1);
  }
  try {
    const args = parse(command, argv);
    if (args.values.help || !command.run) {
      io.stdout(commandHelp(command, parents));
      return args.values.help ? 0 : 2;
    }
    const verbose = args.values.verbose === true;
    const commandIo: CommandIo = {
      out: io.stdout,
      context: (options) =>
        new TerminalContext({
          env: io.env,
          workingDirectory: options?.workingDirectory ?? io.cwd,
          write: (line) => io.stderr(`${line}\n`),
          verbose,
        }),
    };
    return await command.run(args, commandIo);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `trainyard ${[...parents, command.name].join(" ")}: ${error.message}\n\n${commandHelp(command, parents)}`,
      );
      return 2;
    }
    // A UserError: its message alone. Anything else is a trainyard bug: its stack and BUG_REPORT_HINT.
    io.stderr(`trainyard: ${describeFailure(error)}\n`);
    return 1;
  }
}
