import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/config-error.js";
import { trainyardJsonSchema } from "../../../src/config/json-schema.js";
import { parseConfig } from "../../../src/config/load-config.js";

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, "trainyard.yml");
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("applies defaults to a valid config", () => {
    const { config, lineOf } = parseConfig(
      [
        "version: 1",
        "model: churn",
        "data:",
        "  source: data/*.csv",
        "  split: { strategy: random }",
        "train:",
        "  command: node train.mjs",
      ].join("\n"),
      "trainyard.yml",
    );
    expect(config.store).toBe(".trainyard/store");
    expect(config.data?.split).toEqual({ strategy: "random", test_fraction: 0.2, seed: 42 });
    expect(config.train?.seed).toBe(42);
    expect(lineOf(["train", "command"])).toBe(7);
  });

  it("names the line of an unknown key and suggests the nearest one", () => {
    const error = errorOf(
      [
        "version: 1",
        "model: churn",
        "validate:",
        "  columns:",
        "    age:",
        "      type: integer",
        "      mni: 0",
      ].join("\n"),
    );
    expect(error.message).toBe(
      'trainyard.yml:7:7: validate.columns.age.mni: unknown key; did you mean "min"?',
    );
    expect(error.issues[0]?.suggestion).toBe("min");
  });

  it("says what was expected and what was found", () => {
    const error = errorOf(
      ["version: 1", "model: churn", "train:", "  command: python train.py", "  seed: abc"].join("\n"),
    );
    expect(error.message).toContain('trainyard.yml:5:9: train.seed: expected a number, found "abc" (string)');
  });

  it("reports every problem at once", () => {
    const error = errorOf(["version: 2", "modle: churn"].join("\n"));
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["version", "model", "modle"]),
    );
    expect(error.message).toContain('did you mean "model"?');
  });

  it("gives the YAML parser's position for malformed YAML", () => {
    const error = errorOf(["version: 1", "model: [churn", "data:"].join("\n"));
    expect(error.issues[0]?.line).toBeGreaterThanOrEqual(2);
    expect(error.message).toContain("not valid YAML");
  });

  it("explains an empty file and checks split rules", () => {
    expect(errorOf("").message).toContain("the file is empty");
    const error = errorOf(
      ["version: 1", "model: m", "data:", "  source: x.csv", "  split: { strategy: group }"].join("\n"),
    );
    expect(error.message).toContain("data.split.key: a group split needs key");
  });
});

describe("the JSON Schema", () => {
  it("in schema/trainyard.schema.json matches the zod schema (UPDATE_SCHEMA=1 rewrites it)", async () => {
    const generated = `${JSON.stringify(trainyardJsonSchema(), null, 2)}\n`;
    const path = new URL("../../../schema/trainyard.schema.json", import.meta.url);
    if (process.env.UPDATE_SCHEMA === "1") {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(path, generated);
    }
    expect(await readFile(path, "utf8")).toBe(generated);
  });
});
