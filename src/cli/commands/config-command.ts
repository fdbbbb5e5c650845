import { resolve } from "node:path";
import { ConfigError } from "../../config/config-error.js";
import type { Command } from "../command.js";

const configOption = {
  config: {
    type: "string",
    short: "c",
    placeholder: "path",
    description: "The config file (default: trainyard.yml)",
  },
} as const;

const check: Command = {
  name: "check",
  summary: "Validate trainyard.yml and print what is wrong, with line numbers",
  usage: "[--config <path>] [--json]",
  options: { ...configOption, json: { type: "boolean", description: "Print the parsed config as JSON" } },
  async run(args, io) {
    const path = resolve(String(args.values.config ?? "trainyard.yml"));
    try {
      const { loadConfig } = await import("../../config/load-config.js");
      const loaded = await loadConfig(path);
      if (args.values.json) io.out(`${JSON.stringify(loaded.config, null, 2)}\n`);
      else
        io.out(
          `${path}: valid (${loaded.config.model ? `model "${loaded.config.model}"` : "no model: the data steps only"})\n`,
        );
      return 0;
    } catch (error) {
      if (error instanceof ConfigError) {
        io.out(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};

const schema: Command = {
  name: "schema",
  summary: "Print the JSON Schema of trainyard.yml (for editors)",
  usage: "",
  options: {},
  async run(_args, io) {
    const { trainyardJsonSchema } = await import("../../config/json-schema.js");
    io.out(`${JSON.stringify(trainyardJsonSchema(), null, 2)}\n`);
    return 0;
  },
};

export const configCommand: Command = {
  name: "config",
  summary: "Check trainyard.yml or print its JSON Schema",
  usage: "<check|schema> [options]",
  options: {},
  subcommands: [check, schema],
};
