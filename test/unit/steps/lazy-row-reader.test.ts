import { describe, expect, it } from "vitest";
import { staticGraph } from "../../harness/static-graph.js";

/**
 * An unchanged re-snapshot reads no row: the module that reads and profiles rows (profile-sources.ts, with the
 * readers, the profilers and the table pass) is loaded with `import()` only when a snapshot is made.
 */
describe("the snapshot's row reader loads on first use", () => {
  it("snapshot-step.ts reaches no reader, profiler or table pass through static imports", () => {
    const { modules } = staticGraph("src/steps/snapshot/snapshot-step.ts");
    const readers = modules.filter((file) =>
      /^(steps\/snapshot\/profile-sources|steps\/table-pass\/table-pass|stats\/column-profile|data\/csv-tokenizer|data\/read-table|data\/read-range)\.ts$/.test(
        file,
      ),
    );
    expect(readers).toEqual([]);
    expect(staticGraph("src/steps/snapshot/snapshot.ts").dynamic).toContain(
      "steps/snapshot/profile-sources.ts",
    );
  });
});
