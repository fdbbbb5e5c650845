import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "../../../src/cli/commands/index.js";
import { runCli } from "../../../src/cli/run-cli.js";
import { VERSION } from "../../../src/version.js";

async function cli(cwd: string, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(commands, VERSION, {
    argv,
    env: {},
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

async function project() {
  const dir = await mkdtemp(join(tmpdir(), "trainyard-cli-"));
  await cp(resolve("examples/churn"), dir, { recursive: true });
  return dir;
}

describe("trainyard snapshot and validate on the example", () => {
  it("snapshots, re-snapshots without uploading, and validates", async () => {
    const dir = await project();
    const first = await cli(dir, "snapshot", "--json");
    expect(first.stderr).not.toContain("error");
    expect(first.code).toBe(0);
    const outputs = JSON.parse(first.stdout);
    expect(outputs["snapshot-id"]).toMatch(/^[0-9a-f]{16}$/);
    expect(outputs.rows).toBe(4000);
    expect(outputs["bytes-uploaded"]).toBeGreaterThan(0);

    const second = JSON.parse((await cli(dir, "snapshot", "--json")).stdout);
    expect(second["snapshot-id"]).toBe(outputs["snapshot-id"]);
    expect(second["bytes-uploaded"]).toBe(0);

    const validated = await cli(dir, "validate", "--snapshot", outputs["snapshot-id"]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain("Data validation ✅ passed");
    expect(validated.stdout).toContain("has no champion yet");
  });

  it("fails validation with annotations on the rule's line", async () => {
    const dir = await project();
    const config = (await readFile(join(dir, "trainyard.yml"), "utf8")).replace(
      "max: 100, max_null_fraction: 0",
      "max: 60, max_null_fraction: 0",
    );
    await writeFile(join(dir, "trainyard.yml"), config);
    const { stdout } = await cli(dir, "snapshot", "--json");
    const id = JSON.parse(stdout)["snapshot-id"];
    const result = await cli(dir, "validate", "--snapshot", id, "--json");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: trainyard\.yml:15: column\.age\.max: \d+ value\(s\) above 60/);
    expect(JSON.parse(result.stdout)).toMatchObject({ passed: false, errors: 1 });
  });
});

describe("trainyard validate: inferred rules and drift", () => {
  it("infers a rule set that the same data passes", async () => {
    const dir = await project();
    const id = JSON.parse((await cli(dir, "snapshot", "--json")).stdout)["snapshot-id"];
    const inferred = await cli(dir, "validate", "--snapshot", id, "--infer");
    expect(inferred.code).toBe(0);
    expect(inferred.stdout).toContain("country:");
    expect(inferred.stdout).toMatch(/allowed:\s*\n\s*- DE/);
    const config = (await readFile(join(dir, "trainyard.yml"), "utf8")).split("\nvalidate:")[0];
    await writeFile(join(dir, "trainyard.yml"), `${config}\n${inferred.stdout}`);
    const validated = await cli(dir, "validate", "--snapshot", id, "--json");
    expect(validated.stderr).not.toContain("error:");
    expect(JSON.parse(validated.stdout)).toMatchObject({ passed: true, errors: 0 });
  });

  it("measures drift against a reference snapshot's stored profile", async () => {
    const dir = await project();
    const reference = JSON.parse((await cli(dir, "snapshot", "--json")).stdout)["snapshot-id"];
    const lines = (await readFile(join(dir, "data/customers.csv"), "utf8")).trim().split("\n");
    const shifted = lines.map((line, index) => {
      if (index === 0) return line;
      const fields = line.split(",");
      fields[6] = (Number(fields[6]) * 3).toFixed(2);
      return fields.join(",");
    });
    await writeFile(join(dir, "data/customers.csv"), `${shifted.join("\n")}\n`);
    const current = JSON.parse((await cli(dir, "snapshot", "--json")).stdout)["snapshot-id"];
    expect(current).not.toBe(reference);
    const result = await cli(dir, "validate", "--snapshot", current, "--reference", reference, "--json");
    expect(result.stderr).toMatch(
      /error: trainyard\.yml:\d+: drift\.monthly_spend\.psi: PSI over the reference.s deciles: \d/,
    );
    expect(result.stderr).not.toMatch(/drift\.age\.psi/);
    expect(result.code).toBe(1);
  });
});
