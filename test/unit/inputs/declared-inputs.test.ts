import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { commands } from "../../../src/cli/commands/index.js";
import type { StepCommand } from "../../../src/cli/step-command.js";
import {
  type InputSpecs,
  inputLabel,
  inputsOf,
  parseBooleanInput,
  readInputs,
} from "../../../src/inputs/declared-inputs.js";
import { COMPARE_INPUTS } from "../../../src/steps/compare/compare-inputs.js";
import { ERASE_INPUTS } from "../../../src/steps/erase/erase-inputs.js";
import { EVALUATE_INPUTS } from "../../../src/steps/evaluate/evaluate-inputs.js";
import { GC_INPUTS } from "../../../src/steps/gc/gc-inputs.js";
import { MONITOR_INPUTS } from "../../../src/steps/monitor/monitor-inputs.js";
import { PIPELINE_INPUTS } from "../../../src/steps/pipeline/pipeline-inputs.js";
import { REGISTER_INPUTS } from "../../../src/steps/register/register-inputs.js";
import { SLO_INPUTS } from "../../../src/steps/slo/slo-inputs.js";
import { SNAPSHOT_INPUTS } from "../../../src/steps/snapshot/snapshot-inputs.js";
import { TRAIN_INPUTS } from "../../../src/steps/train/train-inputs.js";
import { VALIDATE_INPUTS } from "../../../src/steps/validate/validate-inputs.js";
import { actionFileOf, runnerInputs } from "../../harness/run-action-bundle.js";

/** Each action, its declared inputs and the CLI command that runs the same step. */
const ACTIONS: { action: string; specs: InputSpecs; command: string }[] = [
  { action: "snapshot-data", specs: SNAPSHOT_INPUTS, command: "snapshot" },
  { action: "validate-data", specs: VALIDATE_INPUTS, command: "validate" },
  { action: "train", specs: TRAIN_INPUTS, command: "train" },
  { action: "evaluate", specs: EVALUATE_INPUTS, command: "evaluate" },
  { action: "champion-challenger", specs: COMPARE_INPUTS, command: "compare" },
  { action: "register-model", specs: REGISTER_INPUTS, command: "register" },
  { action: "pipeline", specs: PIPELINE_INPUTS, command: "run" },
  { action: "monitor", specs: MONITOR_INPUTS, command: "monitor" },
  { action: "snapshot-gc", specs: GC_INPUTS, command: "snapshot gc" },
  { action: "erase", specs: ERASE_INPUTS, command: "erase" },
  { action: "slo", specs: SLO_INPUTS, command: "slo" },
];

interface ActionInput {
  required?: boolean;
  default?: string;
}

function actionInputs(action: string): Record<string, ActionInput> {
  const metadata = parse(readFileSync(actionFileOf(action), "utf8")) as {
    inputs: Record<string, ActionInput>;
  };
  return metadata.inputs;
}

/** What must agree between the declared list and action.yml: the names, required, and the default. */
function shape(inputs: Record<string, ActionInput | { required?: boolean; default?: string }>) {
  return Object.fromEntries(
    Object.entries(inputs)
      .map(
        ([name, input]) =>
          [name, { required: input.required ?? false, default: input.default ?? null }] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The differences, one line each, so a failure says which input drifted and how. */
function drift(specs: InputSpecs, declared: Record<string, ActionInput>): string[] {
  const problems: string[] = [];
  const ours = shape(specs);
  const theirs = shape(declared);
  for (const name of Object.keys(ours))
    if (!(name in theirs)) problems.push(`${name}: declared by the step, missing from action.yml`);
  for (const name of Object.keys(theirs))
    if (!(name in ours)) problems.push(`${name}: in action.yml, not declared by the step`);
  for (const [name, value] of Object.entries(ours)) {
    const other = theirs[name];
    if (other && JSON.stringify(other) !== JSON.stringify(value))
      problems.push(`${name}: the step says ${JSON.stringify(value)}, action.yml ${JSON.stringify(other)}`);
  }
  return problems;
}

describe("declared inputs", () => {
  it.each(ACTIONS)(
    "$action: the step's list equals action.yml (names, required, defaults)",
    ({ action, specs }) => {
      expect(drift(specs, actionInputs(action))).toEqual([]);
    },
  );

  it("a step input that action.yml lacks is caught", () => {
    const specs = { ...TRAIN_INPUTS, "new-knob": { description: "added to the step only" } };
    expect(drift(specs, actionInputs("train"))).toEqual([
      "new-knob: declared by the step, missing from action.yml",
    ]);
  });

  it.each(ACTIONS)(
    "$command: the CLI offers every declared input as a flag, and nothing else unexplained",
    ({ specs, command }) => {
      const cli = findCommand(command) as StepCommand;
      expect(cli.inputs).toBe(specs);
      const flags = Object.keys(cli.options).filter((name) => name !== "json");
      const offered = Object.entries(specs)
        .filter(([, spec]) => spec.cli !== false)
        .map(([name]) => name);
      expect(flags.filter((flag) => !offered.includes(flag)).sort()).toEqual([...cli.extraOptions].sort());
      for (const extra of cli.extraOptions)
        expect(actionInputs(actionFor(command))).not.toHaveProperty(extra);
    },
  );
});

/** A command by its words: `snapshot gc` is the subcommand gc of snapshot. */
function findCommand(words: string) {
  const [name, sub] = words.split(" ");
  const command = commands.find((candidate) => candidate.name === name);
  return sub === undefined ? command : command?.subcommands?.find((candidate) => candidate.name === sub);
}

function actionFor(command: string): string {
  return ACTIONS.find((entry) => entry.command === command)?.action ?? command;
}

describe("reading inputs", () => {
  it("applies defaults, parses kinds, and names the input the way the user set it", () => {
    const inputs = inputsOf(REGISTER_INPUTS, { mode: "cleanup", "older-than-days": "7" }, "action");
    expect(inputs["dry-run"]).toBe(true);
    expect(inputs["older-than-days"]).toBe(7);
    expect(inputLabel(inputs, "mode")).toBe('input "mode"');
    expect(() => inputsOf(REGISTER_INPUTS, { mode: "deploy" }, "action")).toThrow(
      'input "mode" must be one of register, approve, promote, rollback, cleanup; got "deploy"',
    );
    expect(() => inputsOf(REGISTER_INPUTS, { mode: "deploy" }, "cli")).toThrow("--mode must be one of");
    expect(() => inputsOf(REGISTER_INPUTS, {}, "action")).toThrow('input "mode" is required');
    expect(() => inputsOf(TRAIN_INPUTS, { seed: "1.5" })).toThrow("--seed must be a whole number");
    expect(() => inputsOf(TRAIN_INPUTS, { "timeout-minutes": "soon" })).toThrow(
      '--timeout-minutes must be a number, got "soon"',
    );
  });

  it("accepts exactly the toolkit's booleans and names them in the error", () => {
    for (const value of ["true", "True", "TRUE"]) expect(parseBooleanInput("x", value)).toBe(true);
    for (const value of ["false", "False", "FALSE"]) expect(parseBooleanInput("x", value)).toBe(false);
    for (const value of ["yes", "1", "on", "tru"])
      expect(() => parseBooleanInput('input "cache"', value)).toThrow(
        `input "cache" must be one of true, True, TRUE, false, False, FALSE; got "${value}"`,
      );
  });

  it("treats an empty value as not given, and never applies an expression default itself", () => {
    const inputs = readInputs(COMPARE_INPUTS, (name) => (name === "evaluations" ? "e.json" : ""), "action");
    expect(inputs["github-token"]).toBeUndefined();
    expect(inputs["fail-on-reject"]).toBe(false);
    expect(inputs.comment).toBeUndefined();
  });

  it("masks a secret input as soon as it is read", () => {
    const masked: string[] = [];
    readInputs(
      COMPARE_INPUTS,
      (name) => ({ evaluations: "e.json", "github-token": "ghs_abc" })[name],
      "action",
      (secret) => masked.push(secret),
    );
    expect(masked).toEqual(["ghs_abc"]);
  });

  it("keeps the terminal's own default where it differs on purpose (run --mode release)", () => {
    expect(inputsOf(PIPELINE_INPUTS, {}, "cli").mode).toBe("release");
    expect(inputsOf(PIPELINE_INPUTS, {}, "action").mode).toBe("preview");
  });
});

describe("the test harness passes inputs as the runner does", () => {
  it("fills action.yml defaults, evaluates github.token, refuses undeclared inputs", () => {
    const metadata = parse(readFileSync(actionFileOf("champion-challenger"), "utf8"));
    const values = runnerInputs(metadata, { evaluations: "e.json" }, { githubToken: "t0k" });
    expect(values).toEqual({ evaluations: "e.json", "fail-on-reject": "false", "github-token": "t0k" });
    expect(() => runnerInputs(metadata, { evalutions: "e.json" })).toThrow("unexpected input(s) evalutions");
  });
});
