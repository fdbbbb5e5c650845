import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  JSON_SCHEMA_ID,
  jsonSchemaIsCurrent,
  jsonSchemaText,
  trainyardJsonSchema,
  writeJsonSchema,
} from "../../../src/config/json-schema.js";
import { parseConfig } from "../../../src/config/load-config.js";

const SCHEMA_FILE = fileURLToPath(new URL("../../../schema/trainyard.schema.json", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../../examples/churn/trainyard.yml", import.meta.url));

describe("schema/trainyard.schema.json", () => {
  it("is what the zod schema exports (UPDATE_SCHEMA=1 rewrites it)", async () => {
    if (process.env.UPDATE_SCHEMA === "1") await writeJsonSchema(SCHEMA_FILE);
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(jsonSchemaText());
    expect(await jsonSchemaIsCurrent(SCHEMA_FILE)).toBe(true);
  });

  describe("the sync check", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "trainyard-schema-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("catches a file that differs from the schema by one renamed key", async () => {
      const stale = join(dir, "stale.json");
      const text = jsonSchemaText();
      expect(text).toContain('"max_null_fraction"');
      await writeFile(stale, text.replace('"max_null_fraction"', '"max_null_fractoin"'));
      expect(await jsonSchemaIsCurrent(stale)).toBe(false);
      expect(await jsonSchemaIsCurrent(join(dir, "absent.json"))).toBe(false);
      await writeJsonSchema(stale);
      expect(await jsonSchemaIsCurrent(stale)).toBe(true);
    });
  });
});

describe("the exported JSON Schema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(trainyardJsonSchema());

  it("names itself for editors", () => {
    const schema = trainyardJsonSchema();
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(jsonSchemaText()).not.toContain("9007199254740991");
  });

  it("accepts the example project's trainyard.yml, as the loader does", async () => {
    const text = await readFile(EXAMPLE, "utf8");
    expect(parseConfig(text, EXAMPLE).config.model).toBe("churn-classifier");
    expect(validate(parse(text))).toBe(true);
  });

  it("rejects what the loader rejects: unknown keys, wrong types, bad enum values, missing keys", () => {
    const base = { version: 1, model: "m" };
    expect(validate(base)).toBe(true);
    // The data steps alone need neither a model nor the version (which defaults to 1).
    expect(validate({ data: { source: "a.csv" } })).toBe(true);
    const invalid = [
      { ...base, validate: { columns: { age: { mni: 0 } } } },
      { ...base, train: { command: "x", seed: "abc" } },
      { ...base, data: { source: "a.csv", format: "xlsx" } },
      { ...base, gate: { thresholds: { roc_aux: { min: 0.8 } } } },
      { ...base, train: { seed: 1 } },
      { version: 2, model: "m" },
      { ...base, modle: "m" },
    ];
    for (const config of invalid) {
      expect(validate(config), JSON.stringify(config)).toBe(false);
      expect(() => parseConfig(JSON.stringify(config), "trainyard.yml")).toThrow();
    }
  });
});
