import type { OutputValue } from "../context/context.js";

/** What a step returns: its action's outputs by name (an undefined output is left unset). */
export type StepOutputs = Readonly<Record<string, OutputValue | undefined>>;

/** A step's own outputs interface, checked to hold only output values. */
export type OutputsOf<O> = { readonly [K in keyof O]: OutputValue | undefined };

/**
 * The outputs a failing step attached to its error, if any: a step that fails after it has measured
 * something (validation failed, the gate rejected) still hands them on, for `if: failure()` steps.
 */
export function outputsOf(error: unknown): StepOutputs | undefined {
  const outputs = (error as { outputs?: unknown } | null)?.outputs;
  return outputs && typeof outputs === "object" ? (outputs as StepOutputs) : undefined;
}
