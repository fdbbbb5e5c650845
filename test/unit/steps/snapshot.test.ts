import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blobKey, manifestKey } from "../../../src/config/contracts/snapshot-manifest.js";
import { TerminalContext } from "../../../src/context/terminal-context.js";
import { pullSnapshot } from "../../../src/steps/snapshot/pull-snapshot.js";
import { snapshot } from "../../../src/steps/snapshot/snapshot.js";
import { LocalStore } from "../../../src/store/local-store.js";

async function workspace(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), "trainyard-snap-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  const store = new LocalStore(join(dir, "store"));
  const context = new TerminalContext({ workingDirectory: dir, write: () => {} });
  return { dir, store, context };
}

const csv = (rows: number, extra = "") =>
  `account,day,value,label\n${Array.from({ length: rows }, (_, i) => `a${i % 50},2024-01-${String((i % 28) + 1).padStart(2, "0")},${i},${i % 3 === 0 ? 1 : 0}${extra}`).join("\n")}\n`;

async function manifests(store: LocalStore) {
  const keys: string[] = [];
  for await (const blob of store.list("snapshots/")) keys.push(blob.key);
  return keys;
}

describe("snapshot", () => {
  it("gives the same id to the same data wherever it is read from, and uploads nothing the second time", async () => {
    const { dir, store, context } = await workspace({ "a/data.csv": csv(500), "b/data.csv": csv(500) });
    const first = await snapshot(context, { source: "a/data.csv", store });
    const lines: string[] = [];
    const watching = new TerminalContext({ workingDirectory: dir, write: (line) => lines.push(line) });
    const second = await snapshot(watching, { source: join(dir, "b/data.csv"), store });
    expect(lines.join("\n")).toContain(`Unchanged data: reuse snapshot ${first.id}`);
    expect(lines.join("\n")).not.toContain("Profile");
    expect(second.id).toBe(first.id);
    expect(first.bytesUploaded).toBeGreaterThan(0);
    expect(second.bytesUploaded).toBe(0);
    expect(second.created).toBe(false);
    expect(first.manifest.profile.find((column) => column.name === "value")).toMatchObject({
      type: "integer",
      count: 500,
      min: 0,
      max: 499,
    });
  });

  it("reads new sources on worker threads while hashing them, and stops reading when they were snapshotted before", async () => {
    const { dir, store, context } = await workspace({ "a/data.csv": csv(3000), "b/data.csv": csv(3000) });
    const options = { store, threads: 2, partBytes: 4096 };
    const first = await snapshot(context, {
      ...options,
      source: "a/data.csv",
      dataRoot: join(dir, "root-a"),
    });
    const one = await snapshot(context, {
      ...options,
      threads: 1,
      source: "a/data.csv",
      store: new LocalStore(join(dir, "store-1")),
    });
    expect(one.id).toBe(first.id);
    const lines: string[] = [];
    const watching = new TerminalContext({ workingDirectory: dir, write: (line) => lines.push(line) });
    // another copy of the same bytes and an empty data root: no hash on record, so the pass starts, then stops
    const second = await snapshot(watching, {
      ...options,
      source: "b/data.csv",
      dataRoot: join(dir, "root-b"),
    });
    expect(second.id).toBe(first.id);
    expect(lines.join("\n")).toContain(`Unchanged data: reuse snapshot ${first.id}`);
    expect(lines.join("\n")).not.toContain("Profile");
    expect((await readdir(join(dir, "root-b"))).filter((name) => name.startsWith(".staging"))).toEqual([]);
  });

  it("keeps every group on one side of a group split, the same across snapshots", async () => {
    const { store, context } = await workspace({ "data.csv": csv(2000) });
    const result = await snapshot(context, {
      source: "data.csv",
      store,
      split: { strategy: "group", key: "account", testFraction: 0.3, seed: 1 },
    });
    const side = new Map<string, string>();
    for (const role of ["train", "test"]) {
      const lines = (await readFile(join(result.dataDir, `${role}.csv`), "utf8")).trim().split("\n").slice(1);
      for (const line of lines) {
        const account = line.split(",")[0] as string;
        expect(side.get(account) ?? role).toBe(role);
        side.set(account, role);
      }
    }
    expect(result.manifest.split).toMatchObject({
      trainRows: expect.any(Number),
      testRows: expect.any(Number),
    });
    const { trainRows = 0, testRows = 0 } = result.manifest.split ?? {};
    expect(trainRows + testRows).toBe(2000);
    expect(testRows / 2000).toBeGreaterThan(0.1);
    expect(testRows / 2000).toBeLessThan(0.5);
  });

  it("splits by time and drops rows after the as-of time", async () => {
    const { store, context } = await workspace({ "data.csv": csv(280) });
    const result = await snapshot(context, {
      source: "data.csv",
      store,
      asOf: { time: "2024-01-20", column: "day" },
      split: { strategy: "time", testFraction: 0.2, seed: 0, timeColumn: "day", cutoff: "2024-01-15" },
    });
    expect(result.manifest.asOf?.droppedRows).toBe(80);
    expect(result.manifest.split).toMatchObject({ trainRows: 140, testRows: 60 });
  });

  it("resumes an interrupted snapshot: blobs already stored are reused and the manifest is written", async () => {
    const { store, context } = await workspace({ "data.csv": csv(100) });
    const first = await snapshot(context, { source: "data.csv", store });
    await store.delete(manifestKey(first.id));
    const again = await snapshot(context, { source: "data.csv", store });
    expect(again.id).toBe(first.id);
    expect(again.bytesUploaded).toBe(0);
    expect(await manifests(store)).toEqual([manifestKey(first.id)]);
  });

  it("pulls a snapshot, and refuses a blob whose hash does not match", async () => {
    const { dir, store, context } = await workspace({ "data.csv": csv(100) });
    const result = await snapshot(context, { source: "data.csv", store });
    const pulled = await pullSnapshot(context, store, result.id, join(dir, "pulled"));
    expect(await readFile(join(pulled.dataDir, "data.csv"), "utf8")).toBe(csv(100));
    const file = result.manifest.files[0];
    if (!file) throw new Error("no file");
    await store.delete(blobKey(file.sha256));
    await store.put(blobKey(file.sha256), { body: "tampered" });
    await expect(pullSnapshot(context, store, result.id, join(dir, "pulled-again"))).rejects.toThrow(
      /SHA-256 .* the store is damaged/,
    );
    expect(await readdir(join(dir, "pulled-again")).catch(() => [])).toEqual([]);
  });

  it("copies unsplit files into the data root while profiling, and leaves no copy behind when the rows fail", async () => {
    const { dir, store, context } = await workspace({ "data.csv": csv(300), "r.csv": "a,b\n1,2\n3\n" });
    const dataRoot = join(dir, "root");
    const result = await snapshot(context, { source: "data.csv", store, dataRoot });
    expect(await readFile(join(result.dataDir, "data.csv"), "utf8")).toBe(csv(300));
    expect((await readdir(dataRoot)).filter((name) => name.startsWith(".staging"))).toEqual([]);
    const entries = (await readdir(dataRoot)).sort();
    expect(entries).toContain(result.id);
    await expect(snapshot(context, { source: "r.csv", store, dataRoot })).rejects.toThrow(/r\.csv.*row 2/);
    expect((await readdir(dataRoot)).sort()).toEqual(entries);
  });

  describe("bad input gets one clear message and leaves no manifest", () => {
    const cases: [string, Record<string, string>, string, RegExp][] = [
      ["a missing source", {}, "nope.csv", /nope\.csv/],
      ["an empty file", { "e.csv": "" }, "e.csv", /e\.csv.*(empty|no header)/i],
      ["a header-only file", { "h.csv": "a,b\n" }, "h.csv", /h\.csv.*no rows/],
      [
        "files whose columns disagree",
        { "d/1.csv": "a,b\n1,2\n", "d/2.csv": "a,c\n1,2\n" },
        "d",
        /2\.csv.*has columns \[a, c\] but 1\.csv has \[a, b\]/,
      ],
      ["a ragged CSV row", { "r.csv": "a,b\n1,2\n3\n" }, "r.csv", /r\.csv.*row 2/],
    ];
    for (const [name, files, source, message] of cases) {
      it(name, async () => {
        const { store, context } = await workspace(files);
        await expect(snapshot(context, { source, store })).rejects.toThrow(message);
        expect(await manifests(store)).toEqual([]);
      });
    }

    it("a split column that does not exist", async () => {
      const { store, context } = await workspace({ "data.csv": csv(10) });
      await expect(
        snapshot(context, {
          source: "data.csv",
          store,
          split: { strategy: "group", key: "acount", testFraction: 0.2, seed: 1 },
        }),
      ).rejects.toThrow(/split column "acount" is not in the data \(columns: account, day, value, label\)/);
      expect(await manifests(store)).toEqual([]);
    });
  });
});
