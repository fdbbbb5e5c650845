/**
 * The error taxonomy. A `UserError` is a problem the person running trainyard can fix (a config value, a
 * missing file, an unreachable server, data that breaks a rule, a gate that rejects): the action and the CLI
 * print its message alone. Anything else is a trainyard bug: they print its stack and ask for a report.
 */
export class UserError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "UserError";
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

export const BUG_REPORT_HINT =
  "this is a trainyard bug: please report it at https://github.com/trainyard/trainyard/issues with the log above";
