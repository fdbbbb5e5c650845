import { z } from "zod";
import { trainyardConfigSchema } from "./trainyard-config.js";

/** The JSON Schema of trainyard.yml, for editors (yaml-language-server) and `trainyard config schema`. */
export function trainyardJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(trainyardConfigSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://github.com/trainyard/trainyard/schema/trainyard.schema.json",
    title: "trainyard.yml",
  };
}
