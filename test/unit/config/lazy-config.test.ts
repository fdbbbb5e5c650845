import { describe, expect, it } from "vitest";
import { staticGraph } from "../../harness/static-graph.js";

/**
 * The YAML parser and trainyard.yml's zod schema (src/config/trainyard-config.ts, monitor-config.ts) are
 * loaded with `import()` when a trainyard.yml is read, so a step run without one (an unchanged re-snapshot
 * from the command line, say) does not build the schema.
 */
describe("the config loader loads on first use", () => {
  const CONFIG_MODULES = /^config\/(load-config|trainyard-config|monitor-config)\.ts$/;

  for (const entry of ["src/steps/step-config.ts", "src/steps/snapshot/snapshot-step.ts"]) {
    it(`${entry} reaches neither the loader nor the schema through static imports`, () => {
      const { modules, packages } = staticGraph(entry);
      expect(modules.filter((file) => CONFIG_MODULES.test(file))).toEqual([]);
      expect(packages).not.toContain("yaml");
    });
  }

  it("loadStepConfig imports the loader dynamically", () => {
    expect(staticGraph("src/steps/step-config.ts").dynamic).toContain("config/load-config.ts");
    const loader = staticGraph("src/config/load-config.ts");
    expect(loader.modules).toContain("config/trainyard-config.ts");
    expect(loader.packages).toEqual(expect.arrayContaining(["yaml", "zod"]));
  });
});
