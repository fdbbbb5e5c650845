#!/usr/bin/env node
import { describeFailure } from "../errors/describe-failure.js";
import { VERSION } from "../version.js";
import { commands } from "./commands/index.js";
import { runCli } from "./run-cli.js";

// runCli turns every failure of a command into an exit code; this catch is for a failure of runCli itself.
process.exitCode = await runCli(commands, VERSION, {
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).catch((error: unknown) => {
  process.stderr.write(`trainyard: ${describeFailure(error)}\n`);
  return 1;
});
