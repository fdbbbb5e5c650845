import { describe, expect, it } from "vitest";
import { DatasetChecker, type SplitRole } from "../../../src/validation/dataset-checker.js";
import type { ValidationRules } from "../../../src/validation/rules.js";

const columns = ["account_id", "event_id", "label"];

function run(rules: ValidationRules, rows: [unknown[], SplitRole][]) {
  const checker = new DatasetChecker(rules, columns);
  for (const [index, [row, role]] of rows.entries()) checker.observe(row, index + 1, `${role}.csv`, role);
  return Object.fromEntries(checker.results().map((result) => [result.id, result]));
}

describe("DatasetChecker", () => {
  it("finds duplicate compound keys", () => {
    const results = run({ unique: [["account_id", "event_id"]] }, [
      [["a", "1", "0"], "data"],
      [["a", "2", "1"], "data"],
      [["a", "1", "1"], "data"],
    ]);
    const unique = results["dataset.unique.account_id+event_id"];
    expect(unique?.status).toBe("fail");
    expect(unique?.samples?.[0]).toEqual({ row: 3, file: "data.csv", value: "a, 1" });
  });

  it("checks row counts and label balance", () => {
    const rows: [unknown[], SplitRole][] = Array.from({ length: 100 }, (_, i) => [
      [`a${i}`, `${i}`, i < 2 ? "1" : "0"],
      "data",
    ]);
    const results = run({ rows: { min: 1000 }, label: { column: "label", min_class_fraction: 0.05 } }, rows);
    expect(results["dataset.rows"]?.status).toBe("fail");
    expect(results["dataset.rows"]?.observed).toBe(100);
    expect(results["dataset.label.min_class_fraction"]?.observed).toBe(0.02);
    expect(results["dataset.label.min_class_fraction"]?.status).toBe("fail");
  });

  it("finds a key and a row on both sides of the split", () => {
    const results = run({ leakage: { key: "account_id" } }, [
      [["a", "1", "0"], "train"],
      [["b", "2", "0"], "train"],
      [["a", "3", "1"], "test"],
      [["b", "2", "0"], "test"],
      [["c", "4", "0"], "test"],
    ]);
    expect(results["dataset.leakage.key.account_id"]?.failingRows).toBe(2);
    expect(results["dataset.leakage.rows"]?.failingRows).toBe(1);
    expect(results["dataset.leakage.rows"]?.samples?.[0]?.row).toBe(4);
  });

  it("skips leakage when there is no split, and says so", () => {
    const results = run({ leakage: { key: "account_id" } }, [[["a", "1", "0"], "data"]]);
    expect(results["dataset.leakage"]?.status).toBe("skip");
    expect(results["dataset.leakage"]?.message).toContain("no train/test split");
  });
});

describe("DatasetPartial.observeCsv", () => {
  it("gives the results of observe on the row's text (integer ids, text keys, labels, leakage)", async () => {
    const { CsvTokenizer } = await import("../../../src/data/csv-tokenizer.js");
    const { DatasetPartial } = await import("../../../src/validation/dataset-checker.js");
    const ids = ["1", "2", "01", "1", "4294967296", "4294967296", "", "0", "00", "caf\u00e9", '"7"', "7"];
    const lines = (offset: number) =>
      ids.map((id, i) => `${id},${i % 3 === 0 ? `"a""${i % 5}"` : `e${(i + offset) % 4}`},${i % 2}`);
    const files: [string, SplitRole][] = [
      [`account_id,event_id,label\n${lines(0).join("\n")}\n`, "train"],
      [`account_id,event_id,label\r\n${lines(1).join("\r\n")}\r\n`, "test"],
    ];
    const rules: ValidationRules = {
      unique: [["account_id"], ["event_id", "account_id"]],
      label: { column: "label" },
      leakage: { key: "event_id" },
    };
    for (const roles of [
      ["train", "test"],
      ["data", "data"],
    ] as SplitRole[][]) {
      const byText = new DatasetChecker(rules, columns);
      const byBytes = new DatasetChecker(rules, columns);
      let first = 1;
      for (const [f, [csv]] of files.entries()) {
        const role = roles[f] as SplitRole;
        const tokenizer = new CsvTokenizer();
        tokenizer.feed(Buffer.from(csv), true);
        const partial = new DatasetPartial(rules, columns, role);
        const scratch: unknown[] = [null, null, null];
        for (let r = 0; r < tokenizer.records; r++) {
          partial.observeCsv(tokenizer, r, scratch);
          byText.observe(
            [0, 1, 2].map((c) => tokenizer.text(r, c)),
            first + r,
            `${f}.csv`,
            role,
          );
        }
        byBytes.merge(partial.toJSON(), first, `${f}.csv`, role);
        first += tokenizer.records;
      }
      expect(byBytes.results()).toEqual(byText.results());
      const unique = byBytes.results().find((result) => result.id === "dataset.unique.account_id");
      // the first file: 1, 4294967296 and 7 ("7" quoted) again; the second: all 12 (the null too)
      expect(unique?.failingRows).toBe(15);
    }
  });
});
