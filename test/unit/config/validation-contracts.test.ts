import { describe, expect, it } from "vitest";
import { ContractError, serializeContract } from "../../../src/config/contracts/contract-file.js";
import {
  parseValidationChecks,
  VALIDATION_CHECKS_KIND,
  VALIDATION_CHECKS_VERSION,
} from "../../../src/config/contracts/validation-checks.js";
import {
  parseValidationReport,
  VALIDATION_KIND,
  VALIDATION_VERSION,
} from "../../../src/config/contracts/validation-report.js";

/** The validation report and stored checks build their schemas on first parse; parsing is unchanged. */
describe("validation contracts", () => {
  const check = {
    id: "columns.age.min",
    rulePath: ["columns", "age", "min"],
    column: "age",
    status: "fail",
    severity: "error",
    observed: -1,
    expected: ">= 0",
    message: "2 values below 0",
    samples: [{ row: 3, file: "train.csv", value: "-1" }],
    failingRows: 2,
  };
  const report = {
    kind: VALIDATION_KIND,
    version: VALIDATION_VERSION,
    snapshotId: "0123456789abcdef",
    passed: false,
    errors: 1,
    warnings: 0,
    rows: 10,
    checkedAt: "2025-01-01T00:00:00.000Z",
    reference: { note: "no drift reference" },
    checks: [check],
  };
  const checks = {
    kind: VALIDATION_CHECKS_KIND,
    version: VALIDATION_CHECKS_VERSION,
    snapshotId: "0123456789abcdef",
    rows: 10,
    columns: [
      {
        column: "age",
        state: { rows: 10, nulls: 0, parsed: 10, mean: 3, m2: 1, min: -1, max: 9, violations: [] },
      },
    ],
    dataset: [check],
  };

  it("parse what they are given, twice over (the schema is built once)", () => {
    for (let i = 0; i < 2; i++) {
      expect(parseValidationReport(serializeContract(report), "validation.json")).toEqual(report);
      expect(parseValidationChecks(serializeContract(checks), "checks.json")).toEqual(checks);
    }
  });

  it("name every wrong field", () => {
    const badReport = { ...report, errors: -1, checks: [{ ...check, status: "maybe" }] };
    expect(() => parseValidationReport(serializeContract(badReport), "validation.json")).toThrow(
      ContractError,
    );
    expect(() => parseValidationReport(serializeContract(badReport), "validation.json")).toThrow(
      /^validation\.json: invalid trainyard\.validation: errors: .*; checks\.0\.status: /,
    );
    const badChecks = { ...checks, dataset: [{ ...check, rulePath: [true] }] };
    expect(() => parseValidationChecks(serializeContract(badChecks), "checks.json")).toThrow(
      /^checks\.json: invalid trainyard\.validation-checks: dataset\.0\.rulePath\.0: /,
    );
  });
});
