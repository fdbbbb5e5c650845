import { z } from "zod";
import { parseContract } from "./contract-file.js";

export const VALIDATION_KIND = "trainyard.validation";
export const VALIDATION_VERSION = 1;

const sample = z.object({ row: z.number().int(), file: z.string().optional(), value: z.string() });

export const checkResultSchema = z.object({
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

export const validationReportSchema = z.object({
  kind: z.literal(VALIDATION_KIND),
  version: z.literal(VALIDATION_VERSION),
  snapshotId: z.string(),
  passed: z.boolean(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  checkedAt: z.string(),
  reference: z.object({ snapshotId: z.string().optional(), note: z.string() }),
  checks: z.array(checkResultSchema),
});

export type ValidationReport = z.infer<typeof validationReportSchema>;

export function parseValidationReport(text: string, file: string): ValidationReport {
  return parseContract(validationReportSchema, text, file, {
    kind: VALIDATION_KIND,
    version: VALIDATION_VERSION,
  });
}
