import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type BlobInfo,
  BlobNotFoundError,
  type BlobStore,
  InvalidKeyError,
} from "../../src/store/blob-store.js";

const UNICODE_KEY = "data/my file ü 数据 🚂 (v2).csv";

async function collect(iterable: AsyncIterable<BlobInfo>): Promise<BlobInfo[]> {
  const out: BlobInfo[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Bytes that differ by `seed`, so a mix of two writers' data would show. */
function pattern(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 97 + (i >> 8)) & 0xff;
  return bytes;
}

/**
 * The behaviour every BlobStore promises. `makeStore` gives a fresh, empty store for each test (a new
 * folder, or a new prefix in a bucket).
 */
export function describeBlobStoreContract(name: string, makeStore: () => Promise<BlobStore>): void {
  describe(`BlobStore contract: ${name}`, () => {
    let store: BlobStore;
    let scratch: string;

    beforeAll(async () => {
      scratch = await mkdtemp(join(tmpdir(), "trainyard-contract-"));
    });
    afterAll(async () => {
      await rm(scratch, { recursive: true, force: true });
    });
    beforeEach(async () => {
      store = await makeStore();
    });

    it("puts and gets bytes and strings", async () => {
      const bytes = pattern(70_000, 1);
      await store.put("a/bytes.bin", { body: bytes });
      await store.put("a/text.txt", { body: "héllo\n" });
      expect(sha256(await store.getBytes("a/bytes.bin"))).toBe(sha256(bytes));
      expect((await store.getBytes("a/text.txt")).toString("utf8")).toBe("héllo\n");
      expect(sha256(await readAll(await store.getStream("a/bytes.bin")))).toBe(sha256(bytes));
    });

    it("stores an empty blob", async () => {
      await store.put("empty", { body: new Uint8Array(0) });
      expect(await store.stat("empty")).toMatchObject({ key: "empty", size: 0 });
      expect((await store.getBytes("empty")).length).toBe(0);
    });

    it("streams a file in, reporting progress up to its size", async () => {
      const source = join(scratch, "source.bin");
      const bytes = pattern(3 * 1024 * 1024 + 17, 2);
      await writeFile(source, bytes);
      const seen: number[] = [];
      await store.put("files/source.bin", { path: source }, { onProgress: (n) => seen.push(n) });
      expect(seen.at(-1)).toBe(bytes.length);
      expect(seen).toEqual([...seen].sort((x, y) => x - y));
      expect(sha256(await store.getBytes("files/source.bin"))).toBe(sha256(bytes));
    });

    it("answers exists and stat", async () => {
      expect(await store.exists("x/y")).toBe(false);
      expect(await store.stat("x/y")).toBeUndefined();
      await store.put("x/y", { body: "12345" });
      expect(await store.exists("x/y")).toBe(true);
      expect(await store.stat("x/y")).toMatchObject({ key: "x/y", size: 5 });
      // a "folder" of keys is not itself a blob
      expect(await store.exists("x")).toBe(false);
    });

    it("putIfAbsent writes once and never overwrites", async () => {
      expect(await store.putIfAbsent("blobs/k", { body: "first" })).toBe("written");
      expect(await store.putIfAbsent("blobs/k", { body: "second" })).toBe("exists");
      const source = join(scratch, "third.txt");
      await writeFile(source, "third");
      expect(await store.putIfAbsent("blobs/k", { path: source })).toBe("exists");
      expect((await store.getBytes("blobs/k")).toString()).toBe("first");
    });

    it("of 8 concurrent putIfAbsent of one key exactly one writes, and the blob is intact", async () => {
      const size = 256 * 1024 + 3;
      const sources = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          const path = join(scratch, `racer-${i}.bin`);
          const bytes = pattern(size, 10 + i);
          await writeFile(path, bytes);
          return { path, hash: sha256(bytes) };
        }),
      );
      const results = await Promise.all(
        sources.map((s) => store.putIfAbsent("blobs/race", { path: s.path })),
      );
      expect(results.filter((r) => r === "written")).toHaveLength(1);
      expect(results.filter((r) => r === "exists")).toHaveLength(7);
      const winner = sources[results.indexOf("written")];
      const stored = await store.getBytes("blobs/race");
      expect(stored.length).toBe(size);
      expect(sha256(stored)).toBe(winner?.hash);
    });

    it("put replaces a blob, and readers see the old or the new value, never a mix", async () => {
      const before = Buffer.alloc(512 * 1024, "a");
      const after = Buffer.alloc(512 * 1024, "b");
      await store.put("doc", { body: before });
      const reads = Array.from({ length: 6 }, () => store.getBytes("doc"));
      await store.put("doc", { body: after });
      for (const read of await Promise.all(reads)) {
        expect([sha256(before), sha256(after)]).toContain(sha256(read));
      }
      expect(sha256(await store.getBytes("doc"))).toBe(sha256(after));
    });

    it("lists by prefix in key order", async () => {
      // no key is also a folder of keys: a local folder cannot hold both `a/b` and `a/b/c`
      const keys = ["b", "a/b/c", "a-c", "a/b-c", "a/a", "a0", "ab/x", "a/é", "a/z", "a/🚂", "a/\uffee"];
      for (const key of keys) await store.put(key, { body: key });
      const all = await collect(store.list(""));
      expect(all.map((b) => b.key)).toEqual([...keys].sort(byteOrder));
      expect(all.find((b) => b.key === "a/🚂")?.size).toBe(Buffer.byteLength("a/🚂"));
      expect((await collect(store.list("a/"))).map((b) => b.key)).toEqual(
        keys.filter((k) => k.startsWith("a/")).sort(byteOrder),
      );
      expect((await collect(store.list("a"))).map((b) => b.key)).toEqual(
        keys.filter((k) => k.startsWith("a")).sort(byteOrder),
      );
      expect((await collect(store.list("a/b"))).map((b) => b.key)).toEqual(["a/b-c", "a/b/c"]);
      expect(await collect(store.list("nothing/"))).toEqual([]);
    });

    it("downloads into a file through a temporary name, reporting progress up to the size", async () => {
      const bytes = pattern(1024 * 1024 + 5, 3);
      await store.put("models/model.bin", { body: bytes });
      const destination = join(scratch, "download", "nested", "model.bin");
      const seen: number[] = [];
      await store.download("models/model.bin", destination, { onProgress: (n) => seen.push(n) });
      expect(seen.at(-1)).toBe(bytes.length);
      expect(sha256(await readFile(destination))).toBe(sha256(bytes));
      expect(await readdir(join(scratch, "download", "nested"))).toEqual(["model.bin"]);
    });

    it("reports when a blob was written, in stat and list (whole seconds at least)", async () => {
      const before = Date.now();
      await store.put("timed/a", { body: "a" });
      const after = Date.now();
      const stat = await store.stat("timed/a");
      const [listed] = await collect(store.list("timed/"));
      for (const info of [stat, listed]) {
        expect(info?.modified).toBeTypeOf("number");
        // S3 keeps whole seconds; allow a little clock skew between the test and the server
        expect(info?.modified ?? 0).toBeGreaterThanOrEqual(before - 2000);
        expect(info?.modified ?? 0).toBeLessThanOrEqual(after + 2000);
      }
    });

    it("deletes, and deleting a missing key is not an error", async () => {
      await store.put("gone", { body: "x" });
      await store.delete("gone");
      expect(await store.exists("gone")).toBe(false);
      await store.delete("gone");
      await store.delete("never/was");
      expect(await collect(store.list(""))).toEqual([]);
    });

    it("handles keys with spaces and unicode", async () => {
      expect(await store.putIfAbsent(UNICODE_KEY, { body: "ü" })).toBe("written");
      expect(await store.putIfAbsent(UNICODE_KEY, { body: "other" })).toBe("exists");
      expect(await store.stat(UNICODE_KEY)).toMatchObject({ key: UNICODE_KEY, size: 2 });
      expect((await store.getBytes(UNICODE_KEY)).toString()).toBe("ü");
      expect((await collect(store.list("data/my file"))).map((b) => b.key)).toEqual([UNICODE_KEY]);
      const destination = join(scratch, "ü file.csv");
      await store.download(UNICODE_KEY, destination);
      expect(await readFile(destination, "utf8")).toBe("ü");
      await store.delete(UNICODE_KEY);
      expect(await store.exists(UNICODE_KEY)).toBe(false);
    });

    it("rejects keys that are absolute, empty or climb out with InvalidKeyError", async () => {
      for (const key of ["../x", "/abs", "a/../b", "", "a//b", "./a", "a\\b"]) {
        await expect(store.put(key, { body: "x" }), key).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(store.putIfAbsent(key, { body: "x" }), key).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(store.exists(key), key).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(store.getBytes(key), key).rejects.toBeInstanceOf(InvalidKeyError);
        await expect(store.delete(key), key).rejects.toBeInstanceOf(InvalidKeyError);
      }
      await expect(collect(store.list("../"))).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(collect(store.list("/abs"))).rejects.toBeInstanceOf(InvalidKeyError);
    });

    it("reports a missing blob as BlobNotFoundError and leaves no download behind", async () => {
      await expect(store.getStream("missing/blob")).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.getBytes("missing/blob")).rejects.toBeInstanceOf(BlobNotFoundError);
      const destination = join(scratch, "missing", "blob.bin");
      await expect(store.download("missing/blob", destination)).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(stat(destination)).rejects.toMatchObject({ code: "ENOENT" });
    });
  });
}
