#!/usr/bin/env node
import { VERSION } from "../version.js";
import { commands } from "./commands/index.js";
import { runCli } from "./run-cli.js";

process.exitCode = await runCli(commands, VERSION, {
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
