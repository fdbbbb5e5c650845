import { z } from "zod";
import { parseContract } from "./contract-file.js";

export const VALIDATION_KIND = "trainyard.validation";
export const VALIDATION_VERSION = 1;

/**
 * The schemas are built on first use, not when the module loads: building zod schemas is a measurable part
 * of a short run's start, and most runs that load this module (a snapshot, say) never parse a report.
 */
function buildSchemas() {
  const sample = z.object({ row: z.number().int(), file: z.string().optional(), value: z.string() });

  const checkResult = z.object({
    id: z.string(),
    rulePath: z.array(z.union([z.string(), z.number()])),
    column: z.string().optional(),
    status: z.enum(["pass", "fail", "skip"]),
    severity: z.enum(["error", "warn"]),
    observed: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    expected: z.string(),
    message: z.string(),
    samples: z.array(sample).optional(),
    failingRows: z.number().int().optional(),
  });

  const report = z.object({
    kind: z.literal(VALIDATION_KIND),
    version: z.literal(VALIDATION_VERSION),
    snapshotId: z.string(),
    passed: z.boolean(),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    rows: z.number().int().nonnegative(),
    checkedAt: z.string(),
    reference: z.object({ snapshotId: z.string().optional(), note: z.string() }),
    checks: z.array(checkResult),
  });

  return { checkResult, report };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

function built(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}

/** One check's result (also stored in the validation checks, see validation-checks.ts). */
export const checkResultSchema = () => built().checkResult;
export const validationReportSchema = () => built().report;

export type ValidationReport = z.infer<ReturnType<typeof validationReportSchema>>;

export function parseValidationReport(text: string, file: string): ValidationReport {
  return parseContract(validationReportSchema(), text, file, {
    kind: VALIDATION_KIND,
    version: VALIDATION_VERSION,
  });
}
