import type { Command, OptionSpec } from "./command.js";

export const commonOptions: Record<string, OptionSpec> = {
  help: { type: "boolean", short: "h", description: "Show this help" },
  verbose: { type: "boolean", short: "v", description: "Print debug lines" },
};

function optionLines(command: Command): string[] {
  const all = { ...command.options, ...commonOptions };
  const rows = Object.entries(all).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : "    ";
    const value = spec.type === "string" ? ` <${spec.placeholder ?? "value"}>` : "";
    return [`  ${short}--${name}${value}`, spec.description] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `${left.padEnd(width)}${right}`);
}

export function commandHelp(command: Command, parents: string[]): string {
  const path = ["trainyard", ...parents, command.name].join(" ");
  const lines = [`Usage: ${path} ${command.usage}`.trimEnd(), "", command.summary];
  if (command.description) lines.push("", command.description);
  if (command.subcommands?.length) {
    lines.push("", "Commands:");
    const width = Math.max(...command.subcommands.map((sub) => sub.name.length)) + 4;
    for (const sub of command.subcommands) lines.push(`  ${sub.name.padEnd(width)}${sub.summary}`);
  }
  lines.push("", "Options:", ...optionLines(command));
  return `${lines.join("\n")}\n`;
}

export function programHelp(commands: Command[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 4;
  return [
    `trainyard ${version}: a governed ML training pipeline, on GitHub Actions and in your terminal`,
    "",
    "Usage: trainyard <command> [options]",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    "",
    "Run `trainyard <command> --help` for a command's options.",
    "",
  ].join("\n");
}
