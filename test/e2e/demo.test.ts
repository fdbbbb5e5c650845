import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseComparisonReport } from "../../src/config/contracts/comparison-report.js";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";

const run = promisify(execFile);
const CLI = resolve("dist/cli/index.js");

describe("trainyard demo (the README's first command) from the committed bundle", () => {
  it("promotes a champion, then compares a challenger with it and writes report.md", async () => {
    const workdir = join(await mkdtemp(join(tmpdir(), "demo-")), "demo");
    const env = { ...process.env, MLFLOW_TRACKING_URI: "", GITHUB_ACTIONS: "" };
    const { stdout } = await run(process.execPath, [CLI, "demo", "--workdir", workdir], { env });
    expect(stdout).toMatch(/Run 1: .*\n {2}snapshot \w+, run \w+, decision promote, champion is version 1/);
    expect(stdout).toMatch(/Run 2: .*\n {2}run \w+, version 2, decision (promote|reject)/);
    expect(stdout).toContain("<!-- trainyard:churn-classifier -->");
    const report = await readFile(join(workdir, "report.md"), "utf8");
    expect(stdout).toContain(report.trim().split("\n")[1]);
    expect(report).toMatch(/challenger `\w+` vs champion version `1`/);

    const registry = new LocalRegistry(join(workdir, ".trainyard", "tracking"));
    const champion = await registry.getVersionByAlias("churn-classifier", "champion");
    expect(champion?.version).toBe("1");
    expect(champion?.tags["trainyard.approved_by"]).toBe("demo");
    expect((await registry.getVersionByAlias("churn-classifier", "challenger"))?.version).toBe("2");

    const comparisons = join(workdir, ".trainyard", "comparisons");
    const { stdout: listing } = await run("find", [comparisons, "-name", "comparison.json"]);
    const latest = listing.trim().split("\n").sort();
    expect(latest.length).toBe(2);
    const second = (
      await Promise.all(latest.map(async (file) => parseComparisonReport(await readFile(file, "utf8"), file)))
    ).find((comparison) => comparison.champion);
    expect(second?.metrics.find((metric) => metric.metric === "roc_auc")?.delta?.value).toBeTypeOf("number");

    // The second demo starts over: the same first champion, not a third version.
    const again = await run(process.execPath, [CLI, "demo", "--workdir", workdir], { env });
    expect(again.stdout).toContain("champion is version 1");
  }, 60_000);

  it("trainyard status answers what produced each version", async () => {
    const workdir = join(await mkdtemp(join(tmpdir(), "demo-")), "demo");
    const env = { ...process.env, MLFLOW_TRACKING_URI: "" };
    await run(process.execPath, [CLI, "demo", "--workdir", workdir], { env });
    const { stdout } = await run(process.execPath, [CLI, "status", "--json"], { cwd: workdir, env });
    expect(JSON.parse(stdout)).toEqual({ champion: "1", challenger: "2", versions: 2 });
    const { stdout: table } = await run(process.execPath, [CLI, "status"], { cwd: workdir, env });
    expect(table).toMatch(
      /\| 1 \(champion\) \| `([0-9a-f]{10}|—)` \| `[0-9a-f]{12}` \| roc_auc 0\.\d{4} \| promote \| demo/,
    );
  }, 60_000);
});
