import { UserError } from "../../errors/user-error.js";

/**
 * Splits a command line into arguments the way a POSIX shell would for plain words and quotes, without
 * running a shell: no variables, globs, pipes or redirections. The user's command then runs as an argument
 * array, so no input can ever be interpreted by a shell.
 */
const SHELL_OPERATORS = new Set(["|", "||", "&", "&&", ";", ">", ">>", "<", "<<", "2>", "2>&1", "$(", "`"]);

export class CommandLineError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "CommandLineError";
  }
}

export function splitCommand(line: string, what = "command"): string[] {
  const args: string[] = [];
  let current = "";
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else current += char;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === "\\" && i + 1 < line.length && '"\\$`'.includes(line[i + 1] as string)) {
        current += line[i + 1];
        i++;
      } else current += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === "\\" && i + 1 < line.length) {
      current += line[i + 1];
      inWord = true;
      i++;
    } else if (/\s/.test(char)) {
      if (inWord) args.push(current);
      current = "";
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (quote) throw new CommandLineError(`${what}: unclosed ${quote} quote in ${JSON.stringify(line)}`);
  if (inWord) args.push(current);
  if (args.length === 0) throw new CommandLineError(`${what} is empty`);
  const operator = args.find((arg) => SHELL_OPERATORS.has(arg));
  if (operator) {
    throw new CommandLineError(
      `${what} ${JSON.stringify(line)} uses the shell operator "${operator}", but trainyard runs commands without a shell (so no input can ever be executed as shell code); put the steps in a script and run that, e.g. "bash train.sh"`,
    );
  }
  return args;
}
