import { createHash } from "node:crypto";
import { z } from "zod";
import { parseContract } from "./contract-file.js";
import { checkResultSchema } from "./validation-report.js";

/**
 * The row checks of a snapshot, computed by `snapshot-data` in the same pass as the profile when trainyard.yml
 * has `validate:` rules, and stored next to the manifest at {@link validationChecksKey}. `validate-data` reads
 * them instead of reading the rows again. Column checks are kept as the checkers' states, not their results,
 * so results that depend on the time of checking (max_age) are judged when validate-data runs; the
 * row-spanning checks (unique, rows, label, leakage) do not depend on it and are kept as results.
 */
export const VALIDATION_CHECKS_KIND = "trainyard.validation-checks";
export const VALIDATION_CHECKS_VERSION = 1;

/** Built on first parse, not when the module loads (see validation-report.ts): a snapshot only writes checks. */
function buildSchema() {
  const sample = z.object({ row: z.number().int(), file: z.string().optional(), value: z.string() });

  const columnCheckerState = z.object({
    rows: z.number().int().nonnegative(),
    nulls: z.number().int().nonnegative(),
    parsed: z.number().int().nonnegative(),
    mean: z.number(),
    m2: z.number(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    violations: z.array(z.object({ count: z.number().int().nonnegative(), samples: z.array(sample) })),
  });

  return z.object({
    kind: z.literal(VALIDATION_CHECKS_KIND),
    version: z.literal(VALIDATION_CHECKS_VERSION),
    snapshotId: z.string(),
    rows: z.number().int().nonnegative(),
    /** One per column rule whose column exists, in the rules' order. */
    columns: z.array(z.object({ column: z.string(), state: columnCheckerState })),
    dataset: z.array(checkResultSchema()),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

export const validationChecksSchema = () => (schema ??= buildSchema());

export type ValidationChecks = z.infer<ReturnType<typeof validationChecksSchema>>;

export function parseValidationChecks(text: string, file: string): ValidationChecks {
  return parseContract(validationChecksSchema(), text, file, {
    kind: VALIDATION_CHECKS_KIND,
    version: VALIDATION_CHECKS_VERSION,
  });
}

/**
 * Where a snapshot's stored checks live: keyed by the snapshot id and a hash of everything the checks
 * depend on besides the rows: the rules that read rows (not drift, which works from profiles) and how the
 * pass cuts files into parts (`pass`).
 */
export function validationChecksKey(
  snapshotId: string,
  rules: { columns?: unknown; unique?: unknown; rows?: unknown; label?: unknown; leakage?: unknown },
  pass: unknown,
): string {
  const depends = {
    version: VALIDATION_CHECKS_VERSION,
    pass,
    columns: rules.columns ?? null,
    unique: rules.unique ?? null,
    rows: rules.rows ?? null,
    label: rules.label ?? null,
    leakage: rules.leakage ?? null,
  };
  const hash = createHash("sha256").update(JSON.stringify(depends)).digest("hex").slice(0, 32);
  return `snapshots/${snapshotId}/checks-${hash}.json`;
}
