import { describe, expect, it } from "vitest";
import { staticGraph } from "../../harness/static-graph.js";

const PARQUET_MODULES = /^data\/(read-parquet|write-parquet|parquet-columns|parquet-guard)\.ts$/;
const PARQUET_PACKAGES = /^hyparquet/;

/**
 * hyparquet and hyparquet-writer are loaded with `import()` where a Parquet file is read or written, so a
 * snapshot or validation of CSV / JSON Lines, an unchanged re-snapshot and every table-pass worker start
 * without evaluating them.
 */
describe("the Parquet reader and writer load on first use", () => {
  for (const entry of [
    "src/steps/snapshot/snapshot-step.ts",
    "src/steps/validate/validate-step.ts",
    "src/steps/table-pass/table-pass.ts",
    "src/data/read-table.ts",
    "src/data/read-range.ts",
    "src/data/write-table.ts",
  ]) {
    it(`${entry} reaches no Parquet module through static imports`, () => {
      const { modules, packages } = staticGraph(entry);
      expect(modules.filter((file) => PARQUET_MODULES.test(file))).toEqual([]);
      expect(packages.filter((name) => PARQUET_PACKAGES.test(name))).toEqual([]);
    });
  }

  it("the data modules import the Parquet reader and writer dynamically", () => {
    expect(staticGraph("src/data/read-range.ts").dynamic).toContain("data/read-parquet.ts");
    expect(staticGraph("src/data/read-table.ts").dynamic).toContain("data/read-parquet.ts");
    expect(staticGraph("src/data/write-table.ts").dynamic).toContain("data/write-parquet.ts");
    expect(staticGraph("src/data/read-parquet.ts").packages).toContain("hyparquet");
    expect(staticGraph("src/data/write-parquet.ts").packages).toContain("hyparquet-writer");
  });
});
