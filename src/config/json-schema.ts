import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod";
import { trainyardConfigSchema } from "./trainyard-config.js";

export const JSON_SCHEMA_ID = "https://github.com/trainyard/trainyard/schema/trainyard.schema.json";

/** The JSON Schema of trainyard.yml as written (defaults not required), for editors and `trainyard config schema`. */
export function trainyardJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(trainyardConfigSchema, {
    io: "input",
    unrepresentable: "any",
    override: ({ jsonSchema }) => {
      // zod bounds every integer to the safe range; editors would show that noise on every seed.
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  });
  return {
    $schema: schema.$schema,
    $id: JSON_SCHEMA_ID,
    title: "trainyard.yml",
    description: "The configuration of a trainyard training pipeline",
    ...schema,
  };
}

/** The exact text of schema/trainyard.schema.json. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(trainyardJsonSchema(), null, 2)}\n`;
}

export async function writeJsonSchema(path: string | URL): Promise<void> {
  await writeFile(path, jsonSchemaText());
}

/** Whether the file at `path` is what the zod schema exports now (false when it is missing). */
export async function jsonSchemaIsCurrent(path: string | URL): Promise<boolean> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  return text === jsonSchemaText();
}
