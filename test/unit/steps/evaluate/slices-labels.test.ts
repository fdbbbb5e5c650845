import { describe, expect, it } from "vitest";
import { buildPredictions, checkAlignment } from "../../../../src/steps/evaluate/build-predictions.js";
import { sliceRows } from "../../../../src/steps/evaluate/slices.js";
import { inferTask, positiveClassOf, sortClasses } from "../../../../src/steps/evaluate/task-labels.js";

const columns = (entries: Record<string, unknown[]>) => ({
  file: "predictions.csv",
  columns: Object.keys(entries),
  rows: Object.values(entries)[0]?.length ?? 0,
  values: new Map(Object.entries(entries)),
});

describe("task inference and classes", () => {
  it("infers the task from labels and prediction columns", () => {
    expect(inferTask(["0", "1", "1"], ["prediction", "score"])).toBe("binary");
    expect(inferTask(["a", "b", "c"], ["prediction", "proba_a", "proba_b", "proba_c"])).toBe("multiclass");
    expect(inferTask(["1.5", "2.25", "3"], ["prediction"])).toBe("regression");
    expect(inferTask(["yes", "no"], ["prediction"])).toBe("binary");
  });

  it("orders classes numerically when they are numbers and picks the positive class", () => {
    expect(sortClasses(["10", "9", "1"])).toEqual(["1", "9", "10"]);
    expect(positiveClassOf(["0", "1"])).toBe("1");
    expect(positiveClassOf(["no", "yes"])).toBe("yes");
    expect(positiveClassOf(["cat", "dog"])).toBe("dog");
    expect(() => positiveClassOf(["0", "1"], "2")).toThrow(/not a label/);
  });
});

describe("buildPredictions", () => {
  it("pairs binary labels with scores", () => {
    const built = buildPredictions({
      task: "binary",
      labels: ["1", "0", "1"],
      labelColumn: "y",
      predictions: columns({ prediction: ["1", "0", "0"], score: ["0.9", "0.2", "0.4"] }),
    });
    expect(built.classes).toEqual(["0", "1"]);
    expect(built.predictions).toEqual({
      task: "binary",
      labels: Int32Array.from([1, 0, 1]),
      scores: Float64Array.from([0.9, 0.2, 0.4]),
    });
  });

  it("says clearly when predictions are short, missing a column or not probabilities", () => {
    const base = { task: "binary" as const, labels: ["1", "0"], labelColumn: "y" };
    expect(() => buildPredictions({ ...base, predictions: columns({ score: ["0.5"] }) })).toThrow(
      /has 1 row\(s\) but the test file has 2/,
    );
    expect(() => buildPredictions({ ...base, predictions: columns({ prediction: ["1", "0"] }) })).toThrow(
      /no "score" column/,
    );
    expect(() => buildPredictions({ ...base, predictions: columns({ score: ["0.5", "1.5"] }) })).toThrow(
      /row 2, column "score": 1.5 is not a probability/,
    );
    expect(() => buildPredictions({ ...base, predictions: columns({ score: ["0.5", "abc"] }) })).toThrow(
      /row 2, column "score": expected a number, found "abc"/,
    );
  });

  it("builds multiclass probabilities by class and regression values", () => {
    const multi = buildPredictions({
      task: "multiclass",
      labels: ["b", "a", "c"],
      labelColumn: "y",
      predictions: columns({ proba_a: [0.1, 0.8, 0.1], proba_b: [0.8, 0.1, 0.1], proba_c: [0.1, 0.1, 0.8] }),
    });
    expect(multi.classes).toEqual(["a", "b", "c"]);
    expect(multi.predictions).toMatchObject({ labels: Int32Array.from([1, 0, 2]), classes: 3 });
    const regression = buildPredictions({
      task: "regression",
      labels: ["1.5", "2"],
      labelColumn: "y",
      predictions: columns({ prediction: [1, 2.5] }),
    });
    expect(regression.predictions).toEqual({
      task: "regression",
      actual: Float64Array.from([1.5, 2]),
      predicted: Float64Array.from([1, 2.5]),
    });
  });

  it("detects misaligned rows through a shared id column", () => {
    const test = new Map<string, unknown[]>([["id", ["a", "b", "c"]]]);
    expect(() => checkAlignment(test, columns({ id: ["a", "c", "b"], score: [1, 1, 1] }), ["id"])).toThrow(
      /misaligned.*row 2 has id = "c"/,
    );
    expect(() => checkAlignment(test, columns({ id: ["a", "b", "c"] }), ["id"])).not.toThrow();
  });
});

describe("sliceRows", () => {
  it("groups categories, with missing values as their own slice", () => {
    const slices = sliceRows("country", ["US", "DE", null, "US"]);
    expect(slices.map((slice) => [slice.value, [...slice.rows]])).toEqual([
      ["(missing)", [2]],
      ["DE", [1]],
      ["US", [0, 3]],
    ]);
  });

  it("buckets numbers with many values by quartiles, in numeric order", () => {
    const values = Array.from({ length: 100 }, (_, i) => String(i));
    const slices = sliceRows("age", values);
    expect(slices.map((slice) => slice.value)).toEqual(["[0, 25)", "[25, 50)", "[50, 75)", "[75, 99]"]);
    expect(slices.map((slice) => slice.rows.length)).toEqual([25, 25, 25, 25]);
  });

  it("refuses a column with too many categories", () => {
    expect(() =>
      sliceRows(
        "email",
        Array.from({ length: 60 }, (_, i) => `u${i}@x`),
      ),
    ).toThrow(/60 distinct/);
  });
});
