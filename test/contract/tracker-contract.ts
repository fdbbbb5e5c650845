import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Metric, type Run, type Tracker, TrackingError } from "../../src/tracking/ports.js";

/** A name no other test (or other test run against a shared server) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

/** Resolves when `promise` rejects with a TrackingError carrying `errorCode`. */
export async function expectTrackingError(promise: Promise<unknown>, errorCode: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected a TrackingError ${errorCode}`).toBeInstanceOf(TrackingError);
  expect((error as TrackingError).errorCode).toBe(errorCode);
}

const byKey = (a: Metric, b: Metric) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Bytes that differ by `seed`, including every byte value. */
function pattern(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 97 + (i >> 8)) & 0xff;
  return bytes;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split("\\")
        .join("/"),
    )
    .sort();
}

/**
 * The behaviour every Tracker promises, with MLflow's semantics. `makeTracker` may return the same backend
 * each time: tests create their own uniquely named experiments, so the suite also runs against a shared,
 * long-lived server.
 */
export function describeTrackerContract(name: string, makeTracker: () => Promise<Tracker>): void {
  describe(`Tracker contract: ${name}`, () => {
    let tracker: Tracker;
    let scratch: string;
    let experimentId: string;

    beforeAll(async () => {
      tracker = await makeTracker();
      scratch = await mkdtemp(join(tmpdir(), "trainyard-tracker-contract-"));
      experimentId = await tracker.ensureExperiment(uniqueName("contract"));
    });
    afterAll(async () => {
      await rm(scratch, { recursive: true, force: true });
    });

    it("ensureExperiment returns the same id for the same name and another for another name", async () => {
      const name = uniqueName("experiment");
      const id = await tracker.ensureExperiment(name);
      expect(id).toMatch(/^\S+$/);
      expect(await tracker.ensureExperiment(name)).toBe(id);
      expect(await tracker.ensureExperiment(uniqueName("experiment"))).not.toBe(id);
    });

    it("concurrent ensureExperiment calls for a new name all get one id", async () => {
      const name = uniqueName("concurrent");
      const ids = await Promise.all(Array.from({ length: 6 }, () => tracker.ensureExperiment(name)));
      expect(new Set(ids).size).toBe(1);
      expect(await tracker.ensureExperiment(name)).toBe(ids[0]);
    });

    it("creates a RUNNING run with a 32-hex id and reads it back", async () => {
      const runName = uniqueName("run");
      const startTime = Date.now() - 5_000;
      const info = await tracker.createRun({
        experimentId,
        runName,
        tags: { "trainyard.kind": "test" },
        startTime,
      });
      expect(info.runId).toMatch(/^[0-9a-f]{32}$/);
      expect(info).toMatchObject({
        experimentId,
        runName,
        status: "RUNNING",
        startTime,
        lifecycleStage: "active",
      });
      expect(info.endTime).toBeUndefined();
      expect(info.artifactUri).not.toBe("");

      const run = await tracker.getRun(info.runId);
      expect(run.info).toMatchObject({
        runId: info.runId,
        experimentId,
        runName,
        status: "RUNNING",
        startTime,
      });
      expect(run.info.artifactUri).toBe(info.artifactUri);
      expect(run.tags).toMatchObject({ "trainyard.kind": "test", "mlflow.runName": runName });
      expect(run.params).toEqual({});
      expect(run.metrics).toEqual([]);
    });

    it("updates a run's status, end time and name", async () => {
      const info = await tracker.createRun({ experimentId, runName: "before" });
      const endTime = Date.now();
      await tracker.updateRun(info.runId, { status: "FINISHED", endTime });
      let run = await tracker.getRun(info.runId);
      expect(run.info).toMatchObject({ status: "FINISHED", endTime, runName: "before" });

      await tracker.updateRun(info.runId, { runName: "after" });
      run = await tracker.getRun(info.runId);
      expect(run.info).toMatchObject({ status: "FINISHED", endTime, runName: "after" });

      await tracker.updateRun(info.runId, { status: "FAILED" });
      expect((await tracker.getRun(info.runId)).info.status).toBe("FAILED");
    });

    it("getRun of an unknown run fails with RESOURCE_DOES_NOT_EXIST", async () => {
      await expectTrackingError(tracker.getRun(randomBytes(16).toString("hex")), "RESOURCE_DOES_NOT_EXIST");
    });

    it("logBatch of more than 1000 metrics, 100 params and 100 tags in one call reads back exactly", async () => {
      const { runId } = await tracker.createRun({ experimentId });
      const base = Date.now() - 100_000;
      const metrics: Metric[] = Array.from({ length: 1100 }, (_, i) => ({
        key: `metric_${String(i).padStart(4, "0")}`,
        value: (i * 0.37) / 3 - 50,
        timestamp: base + i,
        step: i % 7,
      }));
      const loss: Metric[] = Array.from({ length: 40 }, (_, step) => ({
        key: "train/loss",
        value: 1 / (step + 3),
        timestamp: base + 2000 + step,
        step,
      }));
      const params = Object.fromEntries(
        Array.from({ length: 150 }, (_, i) => [`param_${i}`, `value ${i} ü`]),
      );
      const tags = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`trainyard.tag_${i}`, `t${i}`]));

      await tracker.logBatch(runId, { metrics: [...metrics, ...loss], params, tags });

      const run = await tracker.getRun(runId);
      const expected = [...metrics, loss.at(-1) as Metric].sort(byKey);
      expect([...run.metrics].sort(byKey)).toEqual(expected);
      expect(run.params).toEqual(params);
      expect(run.tags).toMatchObject(tags);
    });

    it("the latest value of a metric is the one with the highest step, then timestamp, not the last logged", async () => {
      const { runId } = await tracker.createRun({ experimentId });
      const now = Date.now();
      await tracker.logBatch(runId, { metrics: [{ key: "acc", value: 0.9, timestamp: now, step: 10 }] });
      await tracker.logBatch(runId, { metrics: [{ key: "acc", value: 0.5, timestamp: now + 1, step: 5 }] });
      await tracker.logBatch(runId, { metrics: [{ key: "f1", value: 0.1, timestamp: now + 5, step: 3 }] });
      await tracker.logBatch(runId, { metrics: [{ key: "f1", value: 0.2, timestamp: now + 2, step: 3 }] });
      const run = await tracker.getRun(runId);
      expect([...run.metrics].sort(byKey)).toEqual([
        { key: "acc", value: 0.9, timestamp: now, step: 10 },
        { key: "f1", value: 0.1, timestamp: now + 5, step: 3 },
      ]);
    });

    it("a param may be logged again with the same value, never with a different one", async () => {
      const { runId } = await tracker.createRun({ experimentId });
      await tracker.logBatch(runId, { params: { lr: "0.1", depth: "6" } });
      await tracker.logBatch(runId, { params: { lr: "0.1" } });
      await expectTrackingError(
        tracker.logBatch(runId, { params: { lr: "0.2" } }),
        "INVALID_PARAMETER_VALUE",
      );
      expect((await tracker.getRun(runId)).params).toEqual({ lr: "0.1", depth: "6" });
    });

    it("setTag sets and overwrites a tag", async () => {
      const { runId } = await tracker.createRun({ experimentId });
      await tracker.setTag(runId, "trainyard.stage", "train");
      expect((await tracker.getRun(runId)).tags["trainyard.stage"]).toBe("train");
      await tracker.setTag(runId, "trainyard.stage", "evaluate");
      expect((await tracker.getRun(runId)).tags["trainyard.stage"]).toBe("evaluate");
    });

    it("deleteRun takes a run out of searches and keeps it readable by id", async () => {
      const experiment = await tracker.ensureExperiment(uniqueName("delete-run"));
      const [kept, deleted] = [
        await tracker.createRun({ experimentId: experiment }),
        await tracker.createRun({ experimentId: experiment }),
      ];
      await tracker.deleteRun(deleted.runId);
      const found = await tracker.searchRuns({ experimentIds: [experiment] });
      expect(found.map((run) => run.info.runId)).toEqual([kept.runId]);
      expect((await tracker.getRun(deleted.runId)).info.lifecycleStage).toBe("deleted");
    });

    describe("searchRuns", () => {
      let searchExperiment: string;
      let runs: string[];
      const ids = (found: Run[]) => found.map((r) => r.info.runId);

      beforeAll(async () => {
        searchExperiment = await tracker.ensureExperiment(uniqueName("search"));
        const base = Date.now() - 60_000;
        const specs = [
          { group: "a", model: "x" },
          { group: "a", model: "y" },
          { group: "b", model: "x" },
        ];
        runs = [];
        for (const [i, spec] of specs.entries()) {
          const info = await tracker.createRun({
            experimentId: searchExperiment,
            startTime: base + i * 1000,
            tags: { "trainyard.group": spec.group, group: spec.group },
          });
          await tracker.logBatch(info.runId, { params: { model: spec.model } });
          runs.push(info.runId);
        }
        await tracker.updateRun(runs[0] as string, { status: "FINISHED", endTime: Date.now() });
      });

      const search = (filter?: string, orderBy = ["attributes.start_time DESC"], maxResults?: number) =>
        tracker.searchRuns({
          experimentIds: [searchExperiment],
          ...(filter !== undefined && { filter }),
          orderBy,
          ...(maxResults !== undefined && { maxResults }),
        });

      it("filters by a backquoted tag key with dots and by a bare tag key", async () => {
        expect(ids(await search("tags.`trainyard.group` = 'a'"))).toEqual([runs[1], runs[0]]);
        expect(ids(await search("tags.group = 'b'"))).toEqual([runs[2]]);
        expect(ids(await search("tags.group = 'none'"))).toEqual([]);
      });

      it("filters by status and by params, joined with AND", async () => {
        expect(ids(await search("attributes.status = 'FINISHED'"))).toEqual([runs[0]]);
        expect(ids(await search("attributes.status = 'RUNNING'"))).toEqual([runs[2], runs[1]]);
        expect(ids(await search("params.model = 'x' AND tags.group = 'a'"))).toEqual([runs[0]]);
        expect(ids(await search("params.model = 'x'"))).toEqual([runs[2], runs[0]]);
      });

      it("orders by start time either way and honours maxResults", async () => {
        expect(ids(await search(undefined))).toEqual([runs[2], runs[1], runs[0]]);
        expect(ids(await search(undefined, ["attributes.start_time ASC"]))).toEqual(runs);
        expect(ids(await search(undefined, ["attributes.start_time DESC"], 2))).toEqual([runs[2], runs[1]]);
      });

      it("returns whole runs, with their params and tags", async () => {
        const [found] = await search("tags.group = 'b'");
        expect(found?.params).toEqual({ model: "x" });
        expect(found?.tags).toMatchObject({ group: "b", "trainyard.group": "b" });
      });
    });

    describe("artifacts", () => {
      let source: string;
      const tree: Record<string, Buffer> = {
        "a.txt": Buffer.from("alpha\n"),
        "sub/b.bin": pattern(70_000, 1),
        "sub/deeper/c.json": Buffer.from('{"c": 3}\n'),
        "sub/empty.txt": Buffer.alloc(0),
      };

      beforeAll(async () => {
        source = join(scratch, "source");
        for (const [path, bytes] of Object.entries(tree)) {
          await mkdir(join(source, "tree", ...path.split("/").slice(0, -1)), { recursive: true });
          await writeFile(join(source, "tree", ...path.split("/")), bytes);
        }
        await writeFile(join(source, "single.txt"), "one file\n");
      });

      it("uploads a file and a nested directory, lists them, and downloads the same bytes", async () => {
        const { runId } = await tracker.createRun({ experimentId });
        await tracker.uploadArtifact(runId, join(source, "single.txt"), "single.txt");
        await tracker.uploadArtifact(runId, join(source, "single.txt"), "reports/deep/summary.txt");
        await tracker.uploadArtifactDir(runId, join(source, "tree"), "model");

        const shape = (entries: { path: string; isDir: boolean }[]) =>
          entries.map(({ path, isDir }) => ({ path, isDir })).sort((a, b) => (a.path < b.path ? -1 : 1));
        const root = await tracker.listArtifacts(runId);
        expect(shape(root)).toEqual([
          { path: "model", isDir: true },
          { path: "reports", isDir: true },
          { path: "single.txt", isDir: false },
        ]);
        expect(root.find((e) => e.path === "single.txt")?.size).toBe(9);
        expect(shape(await tracker.listArtifacts(runId, "model"))).toEqual([
          { path: "model/a.txt", isDir: false },
          { path: "model/sub", isDir: true },
        ]);
        const sub = await tracker.listArtifacts(runId, "model/sub");
        expect(shape(sub)).toEqual([
          { path: "model/sub/b.bin", isDir: false },
          { path: "model/sub/deeper", isDir: true },
          { path: "model/sub/empty.txt", isDir: false },
        ]);
        expect(sub.find((e) => e.path === "model/sub/b.bin")?.size).toBe(70_000);

        const modelCopy = join(scratch, `download-${runId}`, "model");
        await tracker.downloadArtifacts(runId, "model", modelCopy);
        expect(await filesUnder(modelCopy)).toEqual(Object.keys(tree).sort());
        for (const [path, bytes] of Object.entries(tree)) {
          expect((await readFile(join(modelCopy, ...path.split("/")))).equals(bytes), path).toBe(true);
        }

        const fileCopy = join(scratch, `download-${runId}`, "copy-of-summary.txt");
        await tracker.downloadArtifacts(runId, "reports/deep/summary.txt", fileCopy);
        expect(await readFile(fileCopy, "utf8")).toBe("one file\n");
      });

      it("uploads a directory to the artifact root and downloads the whole root", async () => {
        const { runId } = await tracker.createRun({ experimentId });
        await tracker.uploadArtifactDir(runId, join(source, "tree"), "");
        expect((await tracker.listArtifacts(runId)).map((e) => e.path).sort()).toEqual(["a.txt", "sub"]);
        const copy = join(scratch, `root-${runId}`);
        await tracker.downloadArtifacts(runId, "", copy);
        expect(await filesUnder(copy)).toEqual(Object.keys(tree).sort());
        expect((await readFile(join(copy, "sub", "b.bin"))).equals(tree["sub/b.bin"] as Buffer)).toBe(true);
      });

      it("lists nothing for a run without artifacts", async () => {
        const { runId } = await tracker.createRun({ experimentId });
        expect(await tracker.listArtifacts(runId)).toEqual([]);
      });
    });
  });
}
