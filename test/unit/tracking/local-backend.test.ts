import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withFileLock } from "../../../src/tracking/local/file-lock.js";
import { LocalRegistry } from "../../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../../src/tracking/local/local-tracker.js";
import { fileNameFor } from "../../../src/tracking/local/validate.js";
import { describeRegistryContract } from "../../contract/registry-contract.js";
import { describeTrackerContract, expectTrackingError, uniqueName } from "../../contract/tracker-contract.js";

const run = promisify(execFile);
let root: string;
let counter = 0;
const freshDir = () => join(root, `backend-${counter++}`);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "trainyard-local-backend-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describeTrackerContract("local directory", async () => new LocalTracker(freshDir()));
describeRegistryContract("local directory", async () => {
  const dir = freshDir();
  return { registry: new LocalRegistry(dir), tracker: new LocalTracker(dir) };
});

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

describe("LocalTracker", () => {
  it("names itself with the file:// URI of its absolute root and has no run links", async () => {
    const dir = freshDir();
    const tracker = new LocalTracker(dir);
    expect(tracker.uri).toBe(pathToFileURL(dir).href);
    expect(new LocalRegistry(dir).uri).toBe(tracker.uri);
    const info = await tracker.createRun({ experimentId: await tracker.ensureExperiment("e") });
    expect(tracker.runUrl(info)).toBeUndefined();
  });

  it("keeps readable files under <root>/experiments, artifacts under the run's file:// artifact URI", async () => {
    const dir = freshDir();
    const tracker = new LocalTracker(dir);
    const experimentId = await tracker.ensureExperiment("layout");
    expect(experimentId).toBe("1");
    const info = await tracker.createRun({ experimentId, runName: "r" });
    await tracker.logBatch(info.runId, {
      metrics: [{ key: "loss", value: 0.5, timestamp: 1, step: 0 }],
      params: { lr: "0.1" },
      tags: { t: "v" },
    });
    const source = join(dir, "..", `src-${info.runId}.txt`);
    await writeFile(source, "hello");
    await tracker.uploadArtifact(info.runId, source, "out/hello.txt");

    const runDir = join(dir, "experiments", "1", "runs", info.runId);
    expect(JSON.parse(await readFile(join(dir, "experiments", "index.json"), "utf8"))).toEqual({
      lastId: 1,
      byName: { layout: "1" },
    });
    expect(JSON.parse(await readFile(join(runDir, "run.json"), "utf8"))).toMatchObject({ runId: info.runId });
    expect(JSON.parse(await readFile(join(runDir, "params.json"), "utf8"))).toEqual({ lr: "0.1" });
    expect(JSON.parse(await readFile(join(runDir, "tags.json"), "utf8"))).toMatchObject({ t: "v" });
    expect(await readFile(join(runDir, "metrics.jsonl"), "utf8")).toBe(
      '{"key":"loss","value":0.5,"timestamp":1,"step":0}\n',
    );
    expect(fileURLToPath(info.artifactUri)).toBe(join(runDir, "artifacts"));
    expect(await readFile(join(fileURLToPath(info.artifactUri), "out", "hello.txt"), "utf8")).toBe("hello");
    expect((await allFiles(dir)).filter((f) => f.includes(".tmp-") || f.endsWith(".lock"))).toEqual([]);
  });

  it("keeps the whole metric history, including NaN and infinities", async () => {
    const tracker = new LocalTracker(freshDir());
    const { runId } = await tracker.createRun({ experimentId: await tracker.ensureExperiment("e") });
    const values = [0.25, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.5];
    await tracker.logBatch(runId, {
      metrics: values.map((value, step) => ({ key: "v", value, timestamp: 100 + step, step })),
    });
    const history = await tracker.getMetricHistory(runId, "v");
    expect(history.map((m) => m.value)).toEqual(values);
    expect(history.map((m) => m.step)).toEqual([0, 1, 2, 3, 4]);
    expect((await tracker.getRun(runId)).metrics).toEqual([
      { key: "v", value: -0.5, timestamp: 104, step: 4 },
    ]);
  });

  it("ignores a metrics line another process is still writing", async () => {
    const dir = freshDir();
    const tracker = new LocalTracker(dir);
    const info = await tracker.createRun({ experimentId: await tracker.ensureExperiment("e") });
    await tracker.logBatch(info.runId, { metrics: [{ key: "a", value: 1, timestamp: 1, step: 0 }] });
    const file = join(dir, "experiments", info.experimentId, "runs", info.runId, "metrics.jsonl");
    await writeFile(file, `${await readFile(file, "utf8")}{"key":"a","val`);
    expect((await tracker.getRun(info.runId)).metrics).toEqual([
      { key: "a", value: 1, timestamp: 1, step: 0 },
    ]);
  });

  it("a second instance on the same root sees the first one's experiments and runs", async () => {
    const dir = freshDir();
    const first = new LocalTracker(dir);
    const experimentId = await first.ensureExperiment("shared");
    const { runId } = await first.createRun({ experimentId });
    await first.setTag(runId, "k", "v");
    const second = new LocalTracker(dir);
    expect(await second.ensureExperiment("shared")).toBe(experimentId);
    expect((await second.getRun(runId)).tags.k).toBe("v");
  });

  it("rejects bad keys, over-long values, bad ids and unknown experiments as MLflow does", async () => {
    const tracker = new LocalTracker(freshDir());
    const experimentId = await tracker.ensureExperiment("e");
    const { runId } = await tracker.createRun({ experimentId });
    const metric = (key: string) => ({ metrics: [{ key, value: 1, timestamp: 1, step: 0 }] });
    for (const key of ["../up", "/abs", "a//b", "a/", "bad*char", "", "x".repeat(251)]) {
      await expectTrackingError(tracker.logBatch(runId, metric(key)), "INVALID_PARAMETER_VALUE");
    }
    await tracker.logBatch(runId, metric("ok/name with-dots.and_spaces"));
    await expectTrackingError(
      tracker.logBatch(runId, { params: { p: "x".repeat(6001) } }),
      "INVALID_PARAMETER_VALUE",
    );
    await expectTrackingError(
      tracker.logBatch(runId, { metrics: [{ key: "m", value: 1, timestamp: 1.5, step: 0 }] }),
      "INVALID_PARAMETER_VALUE",
    );
    await expectTrackingError(tracker.getRun("../escape"), "INVALID_PARAMETER_VALUE");
    await expectTrackingError(tracker.createRun({ experimentId: "999" }), "RESOURCE_DOES_NOT_EXIST");
    await expectTrackingError(tracker.ensureExperiment(""), "INVALID_PARAMETER_VALUE");
  });

  it("a batch with a changed param writes none of its metrics, params or tags", async () => {
    const tracker = new LocalTracker(freshDir());
    const { runId } = await tracker.createRun({ experimentId: await tracker.ensureExperiment("e") });
    await tracker.logBatch(runId, { params: { lr: "0.1" } });
    await expectTrackingError(
      tracker.logBatch(runId, {
        params: { lr: "0.2", other: "x" },
        tags: { t: "v" },
        metrics: [{ key: "m", value: 1, timestamp: 1, step: 0 }],
      }),
      "INVALID_PARAMETER_VALUE",
    );
    const after = await tracker.getRun(runId);
    expect(after.params).toEqual({ lr: "0.1" });
    expect(after.tags.t).toBeUndefined();
    expect(after.metrics).toEqual([]);
  });

  it("keeps the run name and the mlflow.runName tag in step", async () => {
    const tracker = new LocalTracker(freshDir());
    const experimentId = await tracker.ensureExperiment("e");
    const { runId, runName } = await tracker.createRun({ experimentId });
    expect(runName).not.toBe("");
    await tracker.setTag(runId, "mlflow.runName", "renamed");
    expect((await tracker.getRun(runId)).info.runName).toBe("renamed");
    await tracker.updateRun(runId, { runName: "again" });
    expect((await tracker.getRun(runId)).tags["mlflow.runName"]).toBe("again");
    await expectTrackingError(
      tracker.createRun({ experimentId, runName: "a", tags: { "mlflow.runName": "b" } }),
      "INVALID_PARAMETER_VALUE",
    );
  });

  describe("searchRuns", () => {
    let tracker: LocalTracker;
    let experimentId: string;
    let ids: string[];

    beforeAll(async () => {
      tracker = new LocalTracker(freshDir());
      experimentId = await tracker.ensureExperiment("search");
      ids = [];
      const specs = [
        { name: "alpha", acc: 0.9, tag: "Blue" },
        { name: "beta", acc: 0.7, tag: "blue" },
        { name: "gamma", acc: undefined, tag: "red" },
      ];
      for (const [i, spec] of specs.entries()) {
        const info = await tracker.createRun({ experimentId, runName: spec.name, startTime: 1000 + i });
        const metrics =
          spec.acc === undefined ? [] : [{ key: "acc", value: spec.acc, timestamp: 1, step: 0 }];
        await tracker.logBatch(info.runId, { metrics, tags: { color: spec.tag } });
        ids.push(info.runId);
      }
    });

    const find = async (filter: string, orderBy?: string[]) =>
      (await tracker.searchRuns({ experimentIds: [experimentId], filter, ...(orderBy && { orderBy }) })).map(
        (r) => r.info.runName,
      );

    it("compares metrics numerically and skips runs without the metric", async () => {
      expect(await find("metrics.acc > 0.8")).toEqual(["alpha"]);
      expect(await find("metrics.acc >= 0.7")).toEqual(["beta", "alpha"]);
      expect(await find("metrics.acc != 0.7")).toEqual(["alpha"]);
    });

    it("supports LIKE, ILIKE, IN, NOT IN, quoted keys and run name attributes", async () => {
      expect(await find("tags.color LIKE 'b%'")).toEqual(["beta"]);
      expect(await find("tags.color ILIKE 'B%'")).toEqual(["beta", "alpha"]);
      expect(await find("tags.\"color\" = 'red'")).toEqual(["gamma"]);
      expect(await find("attributes.run_name IN ('alpha', 'gamma')")).toEqual(["gamma", "alpha"]);
      expect(await find("run_name NOT IN ('alpha')")).toEqual(["gamma", "beta"]);
      expect(await find("tags.mlflow.runName = 'beta'")).toEqual(["beta"]);
      expect(await find(`attributes.run_id = '${ids[0]}' and attributes.start_time < 1001`)).toEqual([
        "alpha",
      ]);
    });

    it("orders by a metric with missing values last, then by start time", async () => {
      expect(await find("", ["metrics.acc ASC"])).toEqual(["beta", "alpha", "gamma"]);
      expect(await find("", ["metrics.acc DESC"])).toEqual(["alpha", "beta", "gamma"]);
      expect(await find("", ["attributes.run_name"])).toEqual(["alpha", "beta", "gamma"]);
    });

    it("rejects filters it cannot parse", async () => {
      for (const filter of [
        "tags.color",
        "tags.color = blue",
        "foo.bar = 'x'",
        "metrics.acc = 'high'",
        "tags.color > 'a'",
        "tags.color = 'a' OR tags.color = 'b'",
        "attributes.nope = 'x'",
        "tags.color = 'unterminated",
      ]) {
        await expectTrackingError(
          tracker.searchRuns({ experimentIds: [experimentId], filter }),
          "INVALID_PARAMETER_VALUE",
        );
      }
    });

    it("returns nothing for unknown experiments", async () => {
      expect(await tracker.searchRuns({ experimentIds: ["424242"] })).toEqual([]);
    });
  });

  it("refuses artifact paths that leave the run and reports missing artifacts", async () => {
    const dir = freshDir();
    const tracker = new LocalTracker(dir);
    const { runId } = await tracker.createRun({ experimentId: await tracker.ensureExperiment("e") });
    const source = join(dir, "file.txt");
    await writeFile(source, "x");
    for (const path of ["../escape.txt", "/abs.txt", "a/../../b", "a\\b", ""]) {
      await expectTrackingError(tracker.uploadArtifact(runId, source, path), "INVALID_PARAMETER_VALUE");
    }
    await expectTrackingError(tracker.listArtifacts(runId, ".."), "INVALID_PARAMETER_VALUE");
    await expectTrackingError(
      tracker.downloadArtifacts(runId, "missing.txt", join(dir, "out.txt")),
      "RESOURCE_DOES_NOT_EXIST",
    );
    expect(await tracker.listArtifacts(runId, "missing")).toEqual([]);
  });
});

describe("LocalRegistry", () => {
  it("keeps each model in a readable, safely named folder under <root>/models", async () => {
    const dir = freshDir();
    const registry = new LocalRegistry(dir);
    const names = ["team/churn model", "..", ".hidden", "100%", "Ünïcode"];
    for (const name of names) {
      await registry.ensureRegisteredModel(name);
      await registry.createModelVersion({ name, source: "file:///model" });
    }
    const folders = (await readdir(join(dir, "models"))).sort();
    expect(folders).toEqual(names.map(fileNameFor).sort());
    expect(fileNameFor("team/churn model")).toBe("team%2Fchurn%20model");
    expect(folders.every((f) => !f.startsWith("."))).toBe(true);
    for (const name of names) {
      expect((await registry.getRegisteredModel(name))?.name).toBe(name);
      expect((await registry.getModelVersion(name, "1"))?.name).toBe(name);
    }
    const model = JSON.parse(await readFile(join(dir, "models", fileNameFor(".."), "model.json"), "utf8"));
    expect(model).toMatchObject({ name: "..", lastVersion: 1, aliases: {} });
    const version = JSON.parse(
      await readFile(join(dir, "models", fileNameFor(".."), "versions", "1.json"), "utf8"),
    );
    expect(version).toMatchObject({ name: "..", version: "1", status: "READY" });
  });

  it("allocates distinct versions to many concurrent creators across registry instances", async () => {
    const dir = freshDir();
    await new LocalRegistry(dir).ensureRegisteredModel("m");
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        new LocalRegistry(dir).createModelVersion({ name: "m", source: `file:///model/${i}` }),
      ),
    );
    expect(created.map((v) => Number(v.version)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it("rejects malformed version numbers and tag keys", async () => {
    const registry = new LocalRegistry(freshDir());
    await registry.ensureRegisteredModel("m");
    await registry.createModelVersion({ name: "m", source: "file:///model" });
    await expectTrackingError(registry.getModelVersion("m", "../1"), "INVALID_PARAMETER_VALUE");
    await expectTrackingError(registry.setModelVersionTag("m", "1", "../k", "v"), "INVALID_PARAMETER_VALUE");
    await expectTrackingError(registry.setModelVersionTag("m", "2", "k", "v"), "RESOURCE_DOES_NOT_EXIST");
    await expectTrackingError(
      registry.deleteAlias(uniqueName("absent"), "champion"),
      "RESOURCE_DOES_NOT_EXIST",
    );
    await registry.deleteAlias("m", "never-set");
  });
});

describe("withFileLock", () => {
  it("lets one holder in at a time", async () => {
    const lock = join(freshDir(), "counter.lock");
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        withFileLock(lock, async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((done) => setTimeout(done, 2));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    await expect(stat(lock)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("breaks a lock left behind by a crashed process", async () => {
    const dir = freshDir();
    await mkdir(dir, { recursive: true });
    const lock = join(dir, "stale.lock");
    await writeFile(lock, '{"token":"dead"}\n');
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(lock, longAgo, longAgo);
    expect(await withFileLock(lock, async () => "got it", { staleMs: 10_000, timeoutMs: 2_000 })).toBe(
      "got it",
    );
  });

  it("gives up on a live lock after its timeout with TEMPORARILY_UNAVAILABLE", async () => {
    const dir = freshDir();
    await mkdir(dir, { recursive: true });
    const lock = join(dir, "busy.lock");
    await writeFile(lock, '{"token":"alive"}\n');
    await expectTrackingError(
      withFileLock(lock, async () => "never", { staleMs: 60_000, timeoutMs: 100 }),
      "TEMPORARILY_UNAVAILABLE",
    );
    expect(await readFile(lock, "utf8")).toContain("alive");
  });
});

/**
 * Runs the backend in separate Node processes, each its own copy of the modules (nothing shared in memory),
 * from a plain-JavaScript build of `src/tracking` made with the TypeScript compiler.
 */
describe("separate processes sharing one directory", () => {
  let build: string;

  beforeAll(async () => {
    // The build mirrors src/ (tracking/ and the errors/ it imports), so relative imports resolve as in src.
    const buildRoot = join(root, "process-build");
    build = join(buildRoot, "tracking");
    const sourceRoot = fileURLToPath(new URL("../../../src/", import.meta.url));
    const files = [
      "errors/user-error.ts",
      "tracking/ports.ts",
      ...(await readdir(join(sourceRoot, "tracking", "local"))).map((f) => `tracking/local/${f}`),
    ];
    for (const file of files.filter((f) => f.endsWith(".ts"))) {
      const output = ts.transpileModule(await readFile(join(sourceRoot, file), "utf8"), {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
        },
      });
      const target = join(buildRoot, file.replace(/\.ts$/, ".js"));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, output.outputText);
    }
    await writeFile(join(buildRoot, "package.json"), '{"type":"module"}\n');
    await writeFile(
      join(build, "worker.js"),
      `import { LocalRegistry } from "./local/local-registry.js";
import { LocalTracker } from "./local/local-tracker.js";
const [dir, count] = process.argv.slice(2);
const experimentId = await new LocalTracker(dir).ensureExperiment("shared");
const registry = new LocalRegistry(dir);
await registry.ensureRegisteredModel("shared-model");
const versions = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    registry.createModelVersion({ name: "shared-model", source: "file:///model/" + process.pid + "/" + i }),
  ),
);
process.stdout.write(JSON.stringify({ experimentId, versions: versions.map((v) => v.version) }));
`,
    );
  });

  it("hands out one experiment id and distinct consecutive versions to concurrent processes", async () => {
    const dir = freshDir();
    const processes = 4;
    const perProcess = 5;
    const results = await Promise.all(
      Array.from({ length: processes }, () =>
        run(process.execPath, [join(build, "worker.js"), dir, `${perProcess}`]),
      ),
    );
    const outputs = results.map((r) => JSON.parse(r.stdout) as { experimentId: string; versions: string[] });
    expect(new Set(outputs.map((o) => o.experimentId)).size).toBe(1);
    const versions = outputs.flatMap((o) => o.versions).map(Number);
    expect(versions.sort((a, b) => a - b)).toEqual(
      Array.from({ length: processes * perProcess }, (_, i) => i + 1),
    );
    const listed = await new LocalRegistry(dir).listModelVersions("shared-model");
    expect(listed.map((v) => v.version)).toEqual(
      Array.from({ length: processes * perProcess }, (_, i) => String(processes * perProcess - i)),
    );
  });
});
