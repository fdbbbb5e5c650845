import type { Command } from "../command.js";
import { configCommand } from "./config-command.js";

/** Every command of the `trainyard` CLI, in the order `--help` lists them. */
export const commands: Command[] = [configCommand];
