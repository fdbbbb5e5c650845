import { UserError } from "../errors/user-error.js";

/**
 * One declared list of inputs per step. The action entry reads the raw `INPUT_*` values through it, the CLI
 * turns its flags into the same raw values, and a unit test holds it equal to `actions/<name>/action.yml`
 * (name, required, default) and to the CLI's options, so the three cannot drift apart.
 */
export interface InputSpec {
  /** One line for `--help`; action.yml holds the longer text. */
  readonly description: string;
  /** How the raw string is parsed; `string` when absent. */
  readonly kind?: "string" | "number" | "integer" | "boolean" | "choice";
  /** The accepted values of a `choice`. */
  readonly choices?: readonly string[];
  readonly required?: boolean;
  /** The value the runner passes when the workflow leaves the input out; the CLI applies the same. */
  readonly default?: string;
  /** The CLI flag: its placeholder and short name, or `false` where the input has no flag. */
  readonly cli?:
    | false
    | {
        readonly placeholder?: string;
        readonly short?: string;
        /** A switch (`--fail-on-reject`) that gives "true" when present. */
        readonly flag?: boolean;
        /** Repeatable; the values are joined by newlines, as a multi-line input. */
        readonly multiple?: boolean;
        /** The terminal's default where it differs from the runner's on purpose (say why at the input). */
        readonly default?: string;
      };
  /** Masked in every log line as soon as it is read. */
  readonly secret?: boolean;
}

export type InputSpecs = Readonly<Record<string, InputSpec>>;

type ValueOf<S extends InputSpec> = S extends { kind: "boolean" }
  ? boolean
  : S extends { kind: "number" | "integer" }
    ? number
    : S extends { kind: "choice"; choices: readonly (infer C)[] }
      ? C
      : string;

type Given<S extends InputSpec> = S extends { default: string } | { required: true } ? never : undefined;

/** The parsed inputs of a step; a required input and one with an action.yml default always have a value. */
export type Inputs<S extends InputSpecs> = {
  readonly [K in keyof S]: ValueOf<S[K]> | Given<S[K]>;
};

/** Where the raw values came from: the names of inputs differ from the CLI's flags only in their prefix. */
export type InputOrigin = "action" | "cli";

const ORIGIN = Symbol("inputs.origin");

export function originOf(inputs: object): InputOrigin {
  return (inputs as { [ORIGIN]?: InputOrigin })[ORIGIN] ?? "cli";
}

/** `input "seed"` on a runner, `--seed` in the terminal: how an error names what the user set. */
export function inputLabel(inputs: object, name: string): string {
  return originOf(inputs) === "cli" ? `--${name}` : `input "${name}"`;
}

/** @actions/core's getBooleanInput accepts exactly these (YAML 1.2's core schema booleans). */
const TRUE_VALUES = ["true", "True", "TRUE"];
const FALSE_VALUES = ["false", "False", "FALSE"];

export function parseBooleanInput(label: string, raw: string): boolean {
  if (TRUE_VALUES.includes(raw)) return true;
  if (FALSE_VALUES.includes(raw)) return false;
  throw new UserError(
    `${label} must be one of ${[...TRUE_VALUES, ...FALSE_VALUES].join(", ")}; got "${raw}"`,
  );
}

export function parseChoiceInput<C extends string>(label: string, raw: string, choices: readonly C[]): C {
  if ((choices as readonly string[]).includes(raw)) return raw as C;
  throw new UserError(`${label} must be one of ${choices.join(", ")}; got "${raw}"`);
}

export function parseNumberInput(label: string, raw: string, integer = false): number {
  const value = raw.trim() === "" ? Number.NaN : Number(raw);
  if (!Number.isFinite(value)) throw new UserError(`${label} must be a number, got "${raw}"`);
  if (integer && !Number.isSafeInteger(value))
    throw new UserError(`${label} must be a whole number, got "${raw}"`);
  return value;
}

function parseInput(spec: InputSpec, label: string, raw: string): unknown {
  switch (spec.kind) {
    case "boolean":
      return parseBooleanInput(label, raw);
    case "number":
      return parseNumberInput(label, raw);
    case "integer":
      return parseNumberInput(label, raw, true);
    case "choice":
      return parseChoiceInput(label, raw, spec.choices ?? []);
    default:
      return raw;
  }
}

/**
 * The runner itself passes the defaults of action.yml, and evaluates an expression default (`${{ github.token }}`)
 * first; here, with no runner, an expression has nothing to evaluate and is left out.
 */
function defaultOf(spec: InputSpec, origin: InputOrigin): string | undefined {
  if (origin === "cli" && spec.cli && spec.cli.default !== undefined) return spec.cli.default;
  if (spec.default?.includes("${{")) return undefined;
  return spec.default;
}

/**
 * Reads every declared input: `raw(name)` gives the value as the runner or the CLI has it (empty or absent
 * means not given), the declared default fills the gaps, a required input that is missing and a value that
 * does not parse are errors that name the input the way the user set it.
 */
export function readInputs<S extends InputSpecs>(
  specs: S,
  raw: (name: string) => string | undefined,
  origin: InputOrigin,
  mask?: (secret: string) => void,
): Inputs<S> {
  const values: Record<string, unknown> = {};
  Object.defineProperty(values, ORIGIN, { value: origin, enumerable: false });
  for (const [name, spec] of Object.entries(specs)) {
    const label = origin === "cli" ? `--${name}` : `input "${name}"`;
    const given = raw(name);
    const text = given === undefined || given === "" ? defaultOf(spec, origin) : given;
    if (text === undefined || text === "") {
      if (spec.required) throw new UserError(`${label} is required: ${spec.description}`);
      continue;
    }
    if (spec.secret) mask?.(text);
    values[name] = parseInput(spec, label, text);
  }
  return values as Inputs<S>;
}

/** The inputs of a step given as a plain record, for tests and for one step that calls another. */
export function inputsOf<S extends InputSpecs>(
  specs: S,
  raw: Readonly<Record<string, string | undefined>> = {},
  origin: InputOrigin = "cli",
): Inputs<S> {
  for (const name of Object.keys(raw))
    if (!(name in specs))
      throw new Error(`"${name}" is not a declared input (${Object.keys(specs).join(", ")})`);
  return readInputs(specs, (name) => raw[name], origin);
}
