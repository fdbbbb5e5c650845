import type { Context } from "../context/context.js";
import type { Command, CommandIo, OptionSpec, ParsedArgs } from "./command.js";
import { UsageError } from "./command.js";

export const jsonOption: Record<string, OptionSpec> = {
  json: { type: "boolean", description: "Print one JSON object whose keys are the action's outputs" },
};

export const configOption: Record<string, OptionSpec> = {
  config: {
    type: "string",
    short: "c",
    placeholder: "path",
    description: "trainyard.yml (default: ./trainyard.yml if present)",
  },
};

/** Turns parsed flags into the step's inputs: the flag names are the action's input names. */
export function flagsToInputs(args: ParsedArgs): Record<string, string | undefined> {
  const inputs: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(args.values)) {
    if (name === "json" || name === "help" || name === "verbose" || value === undefined) continue;
    inputs[name] = Array.isArray(value) ? value.join("\n") : String(value);
  }
  return inputs;
}

/**
 * A CLI command that runs a step as its action would: flags become inputs, outputs are printed (as JSON with
 * --json), and the job summary Markdown goes to stdout otherwise.
 */
export function stepCommand(spec: {
  name: string;
  summary: string;
  usage: string;
  description?: string;
  options: Record<string, OptionSpec>;
  positional?: { input: string; required: boolean };
  run: (context: Context, args: ParsedArgs, io: CommandIo) => Promise<unknown>;
}): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    ...(spec.description ? { description: spec.description } : {}),
    options: { ...spec.options, ...jsonOption },
    async run(args: ParsedArgs, io: CommandIo) {
      const inputs = flagsToInputs(args);
      if (spec.positional) {
        const [value, ...extra] = args.positionals;
        if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
        if (value !== undefined) inputs[spec.positional.input] = value;
        else if (spec.positional.required) throw new UsageError(`missing <${spec.positional.input}>`);
      } else if (args.positionals.length > 0) {
        throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
      }
      const context = io.context(inputs);
      let failure: unknown;
      try {
        await spec.run(context, args, io);
      } catch (error) {
        failure = error;
      }
      if (args.values.json) io.out(`${JSON.stringify(io.outputsOf(context))}\n`);
      else for (const summary of context.summaries) io.out(`${summary}\n`);
      if (failure) throw failure;
      return 0;
    },
  };
}
