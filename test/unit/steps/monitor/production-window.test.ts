import { describe, expect, it } from "vitest";
import { type EvaluationRows, PairedRows } from "../../../../src/steps/monitor/paired-rows.js";
import { ProductionWindow } from "../../../../src/steps/monitor/production-window.js";

const DAY = 86_400_000;
const since = Date.parse("2026-11-01T00:00:00Z");

function window(task: "binary" | "multiclass" | "regression", classes?: string[]) {
  return new ProductionWindow({
    task,
    ...(classes ? { classes } : {}),
    labelColumn: "y",
    timestampColumn: "ts",
    modelVersionColumn: "model_version",
    championVersion: "3",
    origins: { label: "monitor.label_column", timestamp: "monitor.timestamp_column" },
    sinceMs: since,
    features: (columns) => columns.filter((name) => name === "x"),
  });
}

describe("ProductionWindow", () => {
  it("keeps the window's labelled rows, counts older and unlabelled ones, and groups rows by UTC day", () => {
    const w = window("binary", ["no", "yes"]);
    w.startFile("a.csv");
    w.add({
      columns: ["ts", "x", "y", "score"],
      rows: [
        ["2026-10-31T23:00:00Z", "1", "yes", "0.9"],
        ["2026-11-01T01:00:00Z", "2", "yes", "0.8"],
        ["2026-11-01T02:00:00Z", "3", null, "0.1"],
        [String(since + DAY + 5), "4", "no", "0.3"],
        [new Date(since + 2 * DAY), "5", "no", 0.2],
      ],
      firstRowNumber: 1,
    });
    expect([w.rows, w.olderRows, w.unlabelledRows]).toEqual([3, 1, 1]);
    // a binary window keeps (label, score) units, and the rows themselves while they are few
    const measured = w.measure({ resamples: 0, confidence: 0.95, seed: 1 });
    expect(measured.accuracy?.value).toBe(1);
    expect(measured.roc_auc?.value).toBe(1);
    expect(w.quantisation()).toBeUndefined();
    expect(w.dailyValues("accuracy")).toEqual([
      { day: "2026-11-01", rows: 1, value: 1 },
      { day: "2026-11-02", rows: 1, value: 1 },
      { day: "2026-11-03", rows: 1, value: 1 },
    ]);
    expect(w.profiles().map((profile) => [profile.name, profile.count])).toEqual([["x", 3]]);
  });

  it("reads multiclass probabilities in the champion's class order, and regression predictions", () => {
    const multi = window("multiclass", ["a", "b", "c"]);
    multi.startFile("m.jsonl");
    multi.add({
      columns: ["ts", "y", "proba_c", "proba_a", "proba_b"],
      rows: [["2026-11-02T00:00:00Z", "b", 0.1, 0.2, 0.7]],
      firstRowNumber: 1,
    });
    expect(multi.predictions()).toEqual({
      task: "multiclass",
      labels: Int32Array.from([1]),
      probabilities: Float64Array.from([0.2, 0.7, 0.1]),
      classes: 3,
    });
    const regression = window("regression");
    regression.startFile("r.csv");
    regression.add({
      columns: ["ts", "y", "prediction"],
      rows: [["2026-11-02", "2.5", "3"]],
      firstRowNumber: 1,
    });
    expect(regression.predictions()).toEqual({
      task: "regression",
      actual: Float64Array.from([2.5]),
      predicted: Float64Array.from([3]),
    });
  });

  it("refuses a label the champion never saw, a probability out of range, and another model version", () => {
    const add = (columns: string[], row: unknown[]) => {
      const w = window("binary", ["0", "1"]);
      w.startFile("p.csv");
      w.add({ columns, rows: [row], firstRowNumber: 7 });
    };
    expect(() => add(["ts", "y", "score"], ["2026-11-02", "2", "0.5"])).toThrow(
      'p.csv: row 7, label column "y": "2" is not a class the champion was evaluated on (0, 1)',
    );
    expect(() => add(["ts", "y", "score"], ["2026-11-02", "1", "1.5"])).toThrow(
      'p.csv: row 7, column "score": 1.5 is not a probability in [0, 1]',
    );
    expect(() => add(["ts", "y", "score", "model_version"], ["2026-11-02", "1", "0.5", "2"])).toThrow(
      "p.csv: row 7 was predicted by model version 2, but the champion is version 3",
    );
    expect(() => add(["ts", "y"], ["2026-11-02", "1"])).toThrow('p.csv has no "score" column');
  });
});

describe("ProductionWindow, binary, bounded memory", () => {
  it("measures a large window from units, quantised past monitor.max_units with the bounds stated", () => {
    const measure = (maxUnits: number) => {
      const w = new ProductionWindow({
        task: "binary",
        classes: ["no", "yes"],
        labelColumn: "y",
        timestampColumn: "ts",
        modelVersionColumn: "model_version",
        championVersion: "3",
        origins: { label: "monitor.label_column", timestamp: "monitor.timestamp_column" },
        sinceMs: since,
        features: () => [],
        maxUnits,
      });
      w.startFile("big.csv");
      const rows: unknown[][] = [];
      for (let i = 0; i < 20_000; i++) {
        const y = i % 3 === 0 ? "yes" : "no";
        const score = ((i * 7919) % 20_000) / 20_000 / 2 + (y === "yes" ? 0.3 : 0);
        rows.push([since + (i % 2) * DAY + i, y, score]);
      }
      w.add({ columns: ["ts", "y", "score"], rows, firstRowNumber: 1 });
      return w;
    };
    const exact = measure(1 << 19);
    const quantised = measure(1024);
    expect(exact.quantisation()).toBeUndefined();
    const q = quantised.quantisation();
    expect(q?.units).toBeLessThanOrEqual(1024);
    const options = { resamples: 0, confidence: 0.95, seed: 1 };
    const a = exact.measure(options);
    const b = quantised.measure(options);
    for (const [metric, interval] of Object.entries(a))
      expect(Math.abs((b[metric]?.value as number) - interval.value), metric).toBeLessThanOrEqual(
        (q?.bounds[metric] as number) + 1e-12,
      );
    expect(quantised.dailyValues("accuracy").map((day) => day.rows)).toEqual([10_000, 10_000]);
  });
});

describe("ProductionWindow with paired rows", () => {
  it("pairs multiclass and binary rows by id, the newest row of an id, ids on two test rows left out", () => {
    // Evaluation: ids a, b, c, d (d twice: not pairable), 3 classes.
    const evaluation: EvaluationRows = {
      idColumn: "id",
      predictions: {
        task: "multiclass",
        labels: Int32Array.of(0, 1, 2, 0, 0),
        probabilities: Float64Array.of(
          0.8,
          0.1,
          0.1,
          0.2,
          0.7,
          0.1,
          0.1,
          0.1,
          0.8,
          0.5,
          0.5,
          0,
          0.4,
          0.3,
          0.3,
        ),
        classes: 3,
      },
      rowOfId: new Map([
        ["a", 0],
        ["b", 1],
        ["c", 2],
      ]),
      rows: 5,
      repeatedIds: 1,
    };
    const paired = new PairedRows(evaluation, "key");
    const w = new ProductionWindow({
      task: "multiclass",
      classes: ["x", "y", "z"],
      labelColumn: "label",
      timestampColumn: "ts",
      modelVersionColumn: "model_version",
      championVersion: "3",
      origins: { label: "l", timestamp: "t" },
      sinceMs: since,
      features: () => [],
      paired,
    });
    w.startFile("p.csv");
    const at = (hours: number) => new Date(since + hours * 3_600_000).toISOString();
    w.add({
      columns: ["ts", "key", "label", "proba_x", "proba_y", "proba_z"],
      rows: [
        [at(2), "c", "x", "0.6", "0.2", "0.2"],
        [at(1), "c", "z", "0", "0", "1"], // older row of c: left out
        [at(3), "a", "y", "0.3", "0.6", "0.1"],
        [at(3), "d", "x", "1", "0", "0"], // d is on two test rows
        [at(3), "zz", "x", "1", "0", "0"],
        [at(3), null, "x", "1", "0", "0"],
      ],
      firstRowNumber: 1,
    });
    expect([w.rows, paired.rowsWithId, paired.matchedRows, paired.ids]).toEqual([6, 5, 3, 2]);
    const sides = paired.sides();
    expect(sides.evaluation).toEqual({
      task: "multiclass",
      labels: Int32Array.of(0, 2),
      probabilities: Float64Array.of(0.8, 0.1, 0.1, 0.1, 0.1, 0.8),
      classes: 3,
    });
    expect(sides.production).toEqual({
      task: "multiclass",
      labels: Int32Array.of(1, 0),
      probabilities: Float64Array.of(0.3, 0.6, 0.1, 0.6, 0.2, 0.2),
      classes: 3,
    });
  });

  it("notes a file without the id column and pairs nothing from it", () => {
    const evaluation: EvaluationRows = {
      idColumn: "id",
      predictions: { task: "binary", labels: Int32Array.of(1), scores: Float64Array.of(0.9) },
      rowOfId: new Map([["a", 0]]),
      rows: 1,
      repeatedIds: 0,
    };
    const paired = new PairedRows(evaluation, "id");
    const w = new ProductionWindow({
      task: "binary",
      classes: ["0", "1"],
      labelColumn: "y",
      timestampColumn: "ts",
      modelVersionColumn: "model_version",
      championVersion: "3",
      origins: { label: "l", timestamp: "t" },
      sinceMs: since,
      features: () => [],
      paired,
    });
    w.startFile("no-id.csv");
    w.add({
      columns: ["ts", "y", "score"],
      rows: [[new Date(since + 5).toISOString(), "1", "0.4"]],
      firstRowNumber: 1,
    });
    w.startFile("id.csv");
    w.add({
      columns: ["ts", "id", "y", "score"],
      rows: [[new Date(since + 5).toISOString(), "a", "0", "0.4"]],
      firstRowNumber: 1,
    });
    expect(w.filesWithoutId).toEqual(["no-id.csv"]);
    expect(paired.sides().production).toEqual({
      task: "binary",
      labels: Int32Array.of(0),
      scores: Float64Array.of(0.4),
    });
  });
});
