import { chmod, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalStore } from "../../../src/store/local-store.js";
import { describeBlobStoreContract } from "../../contract/blob-store-contract.js";

let root: string;
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "trainyard-local-store-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describeBlobStoreContract("LocalStore", async () => new LocalStore(join(root, `contract-${counter++}`)));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

describe("LocalStore", () => {
  it("names itself with a file:// URI of its absolute root", () => {
    const store = new LocalStore(join(root, "named"));
    expect(store.uri).toBe(pathToFileURL(join(root, "named")).href);
  });

  it("stores a file from its path (a kernel copy), read-only sources too, with progress and no temporary file", async () => {
    const dir = join(root, "from-path");
    const source = join(root, "from-path-source.bin");
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 251));
    await writeFile(source, bytes);
    await chmod(source, 0o444);
    const store = new LocalStore(dir);
    const progress: number[] = [];
    const outcome = await store.putIfAbsent(
      "blobs/sha256/file",
      { path: source },
      { onProgress: (n) => progress.push(n) },
    );
    expect(outcome).toBe("written");
    expect(progress.at(-1)).toBe(bytes.length);
    expect((await readFile(join(dir, "blobs", "sha256", "file"))).equals(bytes)).toBe(true);
    expect(await store.putIfAbsent("blobs/sha256/file", { path: source })).toBe("exists");
    expect(await filesUnder(dir)).toEqual([join("blobs", "sha256", "file")]);
    await expect(
      store.putIfAbsent("blobs/sha256/none", { path: join(root, "missing.bin") }),
    ).rejects.toThrow();
    expect(await filesUnder(dir)).toEqual([join("blobs", "sha256", "file")]);
  });

  it("leaves no temporary files after concurrent writers", async () => {
    const dir = join(root, "no-temp");
    const store = new LocalStore(dir);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.putIfAbsent("blobs/sha256/abc", { body: `writer ${i}` })),
    );
    expect(results.filter((r) => r === "written")).toHaveLength(1);
    await store.put("blobs/other", { body: "x" });
    await store.download("blobs/other", join(dir, "..", "no-temp-download", "other"));
    expect(await filesUnder(dir)).toEqual(
      ["blobs/other", "blobs/sha256/abc"].map((p) => join(...p.split("/"))),
    );
  });

  it("does not list another writer's in-progress temporary file", async () => {
    const dir = join(root, "in-progress");
    const store = new LocalStore(dir);
    await store.put("blobs/done", { body: "done" });
    await writeFile(join(dir, "blobs", "next.trainyard-tmp-0b9c2a52-3f5e-4d8e-9a41-2c7e7d1f0a11"), "half");
    const keys: string[] = [];
    for await (const blob of store.list("")) keys.push(blob.key);
    expect(keys).toEqual(["blobs/done"]);
  });

  it("says clearly when a key would need a blob and a folder of blobs at one path", async () => {
    const store = new LocalStore(join(root, "conflict"));
    await store.put("a", { body: "file" });
    await expect(store.put("a/b", { body: "x" })).rejects.toThrow(/cannot hold both a blob and a folder/);
    await expect(store.putIfAbsent("a/b", { body: "x" })).rejects.toThrow(/cannot hold both/);
    await store.put("c/d", { body: "x" });
    await expect(store.putIfAbsent("c", { body: "x" })).rejects.toThrow(/cannot hold both/);
    await expect(store.put("c", { body: "x" })).rejects.toThrow(/cannot hold both/);
    expect(await store.exists("c")).toBe(false);
  });

  it("names a missing source file", async () => {
    const store = new LocalStore(join(root, "missing-source"));
    await expect(store.put("k", { path: join(root, "nope.csv") })).rejects.toThrow(
      /nope\.csv does not exist/,
    );
  });

  it("publishes with a hard link, so an existing blob keeps its inode", async () => {
    const dir = join(root, "inode");
    await mkdir(dir, { recursive: true });
    const store = new LocalStore(dir);
    await store.putIfAbsent("k", { body: "one" });
    await link(join(dir, "k"), join(dir, "k-alias"));
    expect(await store.putIfAbsent("k", { body: "two" })).toBe("exists");
    expect((await store.getBytes("k-alias")).toString()).toBe("one");
  });
});
