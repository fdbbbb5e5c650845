import type { Command } from "../command.js";
import { compareCommand } from "./compare-command.js";
import { configCommand } from "./config-command.js";
import { demoCommand } from "./demo-command.js";
import { eraseCommand } from "./erase-command.js";
import { evaluateCommand } from "./evaluate-command.js";
import { monitorCommand } from "./monitor-command.js";
import { registerCommand } from "./register-command.js";
import { runCommand } from "./run-command.js";
import { serveCheckCommand } from "./serve-check-command.js";
import { sloCommand } from "./slo-command.js";
import { snapshotCommand } from "./snapshot-command.js";
import { statusCommand } from "./status-command.js";
import { trainCommand } from "./train-command.js";
import { validateCommand } from "./validate-command.js";

/** Every command of the `trainyard` CLI, in the order `--help` lists them. */
export const commands: Command[] = [
  runCommand,
  snapshotCommand,
  validateCommand,
  trainCommand,
  evaluateCommand,
  compareCommand,
  registerCommand,
  statusCommand,
  monitorCommand,
  sloCommand,
  configCommand,
  demoCommand,
  eraseCommand,
  serveCheckCommand,
];
