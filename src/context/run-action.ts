import * as core from "@actions/core";
import { describeFailure } from "../errors/describe-failure.js";
import { isUserError } from "../errors/user-error.js";
import { ActionsContext } from "./actions-context.js";
import type { Context } from "./context.js";

/**
 * The body of every `src/actions/*.ts`: builds the Actions Context, runs the step, and turns an error into
 * a failed step. A UserError fails it with its message (its stack only in debug logs); anything else is a
 * trainyard bug and fails it with its stack and BUG_REPORT_HINT.
 */
export async function runAction(body: (context: Context) => Promise<void>): Promise<void> {
  try {
    await body(new ActionsContext());
  } catch (error) {
    if (isUserError(error) && error.stack) core.debug(error.stack);
    core.setFailed(describeFailure(error));
  }
}
