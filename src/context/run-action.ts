import * as core from "@actions/core";
import { ActionsContext } from "./actions-context.js";
import type { Context } from "./context.js";

/**
 * The body of every `src/actions/*.ts`: builds the Actions Context, runs the step, and turns an error into
 * a failed step with its message (and a stack trace only in debug logs).
 */
export async function runAction(body: (context: Context) => Promise<void>): Promise<void> {
  try {
    await body(new ActionsContext());
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    if (failure.stack) core.debug(failure.stack);
    core.setFailed(failure.message);
  }
}
