import type { TerminalContext } from "../context/terminal-context.js";
import { type InputSpecs, type Inputs, readInputs } from "../inputs/declared-inputs.js";
import { type OutputsOf, outputsOf, type StepOutputs } from "../inputs/step-outputs.js";
import type { Command, CommandIo, OptionSpec, ParsedArgs } from "./command.js";
import { UsageError } from "./command.js";

export const jsonOption: Record<string, OptionSpec> = {
  json: { type: "boolean", description: "Print one JSON object whose keys are the action's outputs" },
};

/** A command that runs a step: its flags are the step's declared inputs, plus options of its own. */
export interface StepCommand<S extends InputSpecs = InputSpecs> extends Command {
  readonly inputs: S;
  /** The flags that are not inputs of the step's action (e.g. `--infer`, `--from`). */
  readonly extraOptions: readonly string[];
}

/** The CLI flags of declared inputs: the same names, a placeholder from the kind where none is given. */
export function optionsOfInputs(specs: InputSpecs): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.cli === false) continue;
    const cli = spec.cli ?? {};
    const placeholder =
      cli.placeholder ??
      (spec.kind === "boolean" ? "true|false" : spec.kind === "choice" ? spec.choices?.join("|") : undefined);
    const fallback = cli.default ?? (spec.default?.includes("${{") ? undefined : spec.default);
    options[name] = {
      type: cli.flag ? "boolean" : "string",
      description: `${spec.description}${spec.required ? " (required)" : ""}${fallback !== undefined && !cli.flag && !spec.description.includes("default") ? ` (default ${fallback})` : ""}`,
      ...(cli.short ? { short: cli.short } : {}),
      ...(placeholder && !cli.flag ? { placeholder } : {}),
      ...(cli.multiple ? { multiple: true } : {}),
    };
  }
  return options;
}

/** The raw value of each declared input from the parsed flags: lists joined by newlines, switches as "true". */
function rawInputs(specs: InputSpecs, args: ParsedArgs): Record<string, string | undefined> {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(specs)) {
    const value = args.values[name];
    if (value === undefined || value === false) continue;
    raw[name] = Array.isArray(value) ? value.join("\n") : String(value);
  }
  return raw;
}

/**
 * A CLI command that runs a step as its action would: flags become the declared inputs (with the same
 * defaults and checks), the returned outputs are printed as JSON with --json, and the job summary Markdown
 * goes to stdout otherwise.
 */
export function stepCommand<S extends InputSpecs, O extends OutputsOf<O> = StepOutputs>(spec: {
  name: string;
  summary: string;
  usage: string;
  description?: string;
  inputs: S;
  options?: Record<string, OptionSpec>;
  positional?: { input: keyof S & string; required: boolean };
  run: (
    context: TerminalContext,
    inputs: Inputs<S>,
    args: ParsedArgs,
    io: CommandIo,
  ) => Promise<O | undefined>;
}): StepCommand<S> {
  const extra = spec.options ?? {};
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    ...(spec.description ? { description: spec.description } : {}),
    inputs: spec.inputs,
    extraOptions: Object.keys(extra),
    options: { ...optionsOfInputs(spec.inputs), ...extra, ...jsonOption },
    async run(args: ParsedArgs, io: CommandIo) {
      const raw = rawInputs(spec.inputs, args);
      if (spec.positional) {
        const [value, ...rest] = args.positionals;
        if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
        if (value !== undefined) raw[spec.positional.input] = value;
        else if (spec.positional.required) throw new UsageError(`missing <${spec.positional.input}>`);
      } else if (args.positionals.length > 0) {
        throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
      }
      const context = io.context();
      let outputs: StepOutputs | undefined;
      let failure: unknown;
      try {
        const inputs = readInputs(
          spec.inputs,
          (name) => raw[name],
          "cli",
          (secret) => context.setSecret(secret),
        );
        outputs = (await spec.run(context, inputs, args, io)) as StepOutputs | undefined;
      } catch (error) {
        failure = error;
        outputs = outputsOf(error);
      }
      if (args.values.json) io.out(`${context.mask(JSON.stringify(outputs ?? {}))}\n`);
      else for (const summary of context.summaries) io.out(`${summary}\n`);
      if (failure) throw failure;
      return 0;
    },
  };
}
