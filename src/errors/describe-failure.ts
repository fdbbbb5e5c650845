import { inspect } from "node:util";
import { BUG_REPORT_HINT, isUserError } from "./user-error.js";

/**
 * What the action and the CLI show for a failure: a UserError's message alone; for anything else (a trainyard
 * bug, or a value thrown that is not an Error at all) its stack, the stacks of its causes, then
 * BUG_REPORT_HINT on a line of its own.
 */
export function describeFailure(failure: unknown): string {
  if (isUserError(failure) || isSystemError(failure)) return failure.message;
  return `${bugDetails(failure)}\n${BUG_REPORT_HINT}`;
}

/**
 * An error of the operating system (a file that is not there, a full disk, a refused connection): the
 * message names the call and the path, and the fix is the user's, so it is shown like a UserError.
 */
function isSystemError(failure: unknown): failure is Error {
  const error = failure as NodeJS.ErrnoException | null;
  return error instanceof Error && typeof error.syscall === "string" && typeof error.code === "string";
}

const MAX_CAUSES = 5;

function bugDetails(failure: unknown): string {
  if (!(failure instanceof Error)) return `a non-Error value was thrown: ${show(failure)}`;
  const parts = [stackOf(failure)];
  let cause: unknown = failure.cause;
  for (let depth = 0; cause !== undefined && depth < MAX_CAUSES; depth++) {
    parts.push(`caused by: ${cause instanceof Error ? stackOf(cause) : show(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return parts.join("\n");
}

/** The stack, which starts with `Name: message` unless the message was changed after the error was made. */
function stackOf(error: Error): string {
  const head = `${error.name}: ${error.message}`;
  const stack = typeof error.stack === "string" ? error.stack : "";
  if (stack === "") return head;
  return stack.includes(error.message) ? stack : `${head}\n${stack}`;
}

function show(value: unknown): string {
  try {
    return inspect(value, { depth: 2, breakLength: Number.POSITIVE_INFINITY });
  } catch {
    return Object.prototype.toString.call(value);
  }
}
