import { describe, expect, it } from "vitest";
import { servingParityRule, withServingParity } from "../../../src/policy/serving-parity-rule.js";
import { renderServingParity } from "../../../src/report/serving-parity-markdown.js";
import { compareServing } from "../../../src/serving/parity.js";

const table = (header: string[], rows: string[][]) => ({ header, rows });

describe("serving parity", () => {
  const evaluated = table(
    ["prediction", "score"],
    [
      ["1", "0.9"],
      ["0", "0.2"],
      ["1", "0.6"],
    ],
  );

  it("passes equal labels and scores within the tolerance (1 and 1.0 are one label)", () => {
    const served = table(
      ["prediction", "score"],
      [
        ["1.0", "0.9000000001"],
        ["0", "0.2"],
        ["1", "0.6"],
      ],
    );
    const result = compareServing(evaluated, served, { maxAbsDiff: 1e-6 });
    expect(result).toMatchObject({ passed: true, mismatchedRows: 0, columns: ["prediction", "score"] });
    expect(result.maxAbsDiff).toBeLessThan(1e-9);
  });

  it("fails a changed label or a score beyond the tolerance, listing the first differing rows", () => {
    const served = table(
      ["prediction", "score"],
      [
        ["1", "0.9"],
        ["1", "0.2"],
        ["1", "0.61"],
      ],
    );
    const result = compareServing(evaluated, served, { maxAbsDiff: 1e-6 });
    expect(result.passed).toBe(false);
    expect(result.mismatchedRows).toBe(2);
    expect(result.firstDiffering).toEqual([
      { row: 2, column: "prediction", evaluated: "0", served: "1", absDiff: null },
      { row: 3, column: "score", evaluated: "0.6", served: "0.61", absDiff: expect.closeTo(0.01, 12) },
    ]);
  });

  it("reads proba_<positive> as the score, and fails a row-count or column mismatch", () => {
    const probabilities = table(
      ["prediction", "proba_1"],
      [
        ["1", "0.9"],
        ["0", "0.2"],
        ["1", "0.6"],
      ],
    );
    expect(compareServing(evaluated, probabilities, { positiveClass: "1" }).passed).toBe(true);
    expect(compareServing(evaluated, table(["prediction", "score"], [["1", "0.9"]])).problem).toMatch(
      /returned 1 row\(s\) for 3 test row/,
    );
    expect(
      compareServing(
        evaluated,
        table(
          ["prediction"],
          evaluated.rows.map((r) => [r[0] as string]),
        ),
      ).problem,
    ).toMatch(/does not return score/);
  });

  it("is a gate rule: a failure rejects with the rows in the report, a skip says why", () => {
    const gate = { decision: "promote" as const, reasons: ["all good"], rules: [] };
    const failed = {
      status: "fail" as const,
      maxAllowed: 1e-6,
      rows: 3,
      mismatchedRows: 1,
      maxAbsDiff: 0.3,
      source: "the model artifact of run r1",
      foundBy: "python3 on PATH",
      mlflowVersion: "3.17.2",
      firstDiffering: [{ row: 2, column: "score", evaluated: "0.2", served: "0.5", absDiff: 0.3 }],
    };
    const rejected = withServingParity(gate, failed);
    expect(rejected.decision).toBe("reject");
    expect(rejected.reasons[0]).toMatch(
      /differs from evaluate's predictions on 1 of 3 test rows \(first: row 2/,
    );
    const markdown = renderServingParity(failed);
    expect(markdown).toContain("| 2 | score | 0.2 | 0.5 | 0.3000 |");
    const skipped = {
      status: "skip" as const,
      reason: "python3 on PATH cannot import mlflow",
      maxAllowed: 1e-6,
    };
    expect(withServingParity(gate, skipped).decision).toBe("promote");
    expect(servingParityRule(skipped)).toMatchObject({
      verdict: "skip",
      message: expect.stringMatching(/cannot import mlflow/),
    });
    expect(renderServingParity(skipped)).toMatch(/Skipped: python3 on PATH cannot import mlflow/);
  });
});
