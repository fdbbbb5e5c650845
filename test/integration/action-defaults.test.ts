import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { runActionBundle } from "../harness/run-action-bundle.js";

/**
 * Each action as a new user's first workflow step runs it: only the inputs action.yml requires, every other
 * input at its action.yml default, and no trainyard.yml in the workspace. Each must stop with one clear
 * error that names the input to set (never a CLI flag), and never look like a trainyard bug.
 */
const FIRST_STEPS: { action: string; inputs: Record<string, string>; says: string }[] = [
  {
    action: "snapshot-data",
    inputs: {},
    says: 'no source: set input "source" or data.source in trainyard.yml',
  },
  { action: "validate-data", inputs: {}, says: 'input "snapshot" is required' },
  {
    action: "validate-data",
    inputs: { snapshot: "0123456789abcdef" },
    says: "no trainyard.yml in",
  },
  {
    action: "train",
    inputs: {},
    says: 'no training command: set train.command in trainyard.yml or input "command"',
  },
  { action: "evaluate", inputs: { "model-dir": "model" }, says: 'input "model-dir": ' },
  { action: "champion-challenger", inputs: { evaluations: "e.json" }, says: 'or input "model"' },
  { action: "register-model", inputs: { mode: "register" }, says: 'or input "model"' },
  { action: "register-model", inputs: { mode: "deploy" }, says: 'input "mode" must be one of register' },
  { action: "pipeline", inputs: {}, says: "no trainyard.yml in" },
  { action: "monitor", inputs: {}, says: 'no model name: set model in trainyard.yml or input "model"' },
  { action: "snapshot-gc", inputs: {}, says: 'set input "model" or model in trainyard.yml' },
  { action: "erase", inputs: {}, says: 'input "column" is required' },
  { action: "erase", inputs: { column: "id", values: "ids.txt" }, says: 'input "values": cannot read' },
  { action: "slo", inputs: {}, says: 'no model name: set model in trainyard.yml or input "model"' },
];

describe("every action with only its action.yml defaults and no trainyard.yml", () => {
  it("runs on the Node of .node-version, as the runner's node24 does", () => {
    const version = readFileSync(".node-version", "utf8").trim();
    expect(execFileSync(inject("actionNode"), ["--version"], { encoding: "utf8" }).trim()).toBe(
      `v${version}`,
    );
  });

  it.each(FIRST_STEPS)(
    "$action $inputs: a clear message naming the input",
    async ({ action, inputs, says }) => {
      const dir = await mkdtemp(join(tmpdir(), `defaults-${action}-`));
      const run = await runActionBundle(action, inputs, { cwd: dir, githubToken: "ghs_not-a-real-token" });
      expect(run.exitCode).toBe(1);
      const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error::"));
      expect(errors).toHaveLength(1);
      const message = errors[0] as string;
      expect(message).toContain(says);
      // A flag may appear in a command it suggests running (`trainyard validate --infer`), never as the fix.
      expect(message.replace(/`[^`]*`/g, "")).not.toMatch(/\s--[a-z]/);
      expect(run.stdout).not.toContain("trainyard bug");
      const unmasked = run.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
      expect(unmasked.join("\n")).not.toContain("ghs_not-a-real-token");
    },
  );
});
