import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HASH_CACHE_ENV, HashCache } from "../../../src/data/hash-cache.js";
import { hashFile } from "../../../src/data/hash-file.js";

const marker = { sha256: "a".repeat(64), bytes: 5 };

describe("HashCache", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "trainyard-hash-cache-"));
  });
  afterEach(async () => {
    delete process.env[HASH_CACHE_ENV];
    await rm(dir, { recursive: true, force: true });
  });

  it("answers from the record while the file is unchanged, and reads it again once it changes", async () => {
    const file = join(dir, "data.csv");
    await writeFile(file, "a,b\n");
    const cache = await HashCache.open(join(dir, ".hash-cache.json"));
    await cache.record(file, marker);
    expect(await cache.hash(file)).toEqual(marker);
    await cache.save();

    const reopened = await HashCache.open(join(dir, ".hash-cache.json"));
    expect(await reopened.hash(file)).toEqual(marker);
    await appendFile(file, "1,2\n");
    expect(await reopened.hash(file)).toEqual(await hashFile(file));
  });

  it("does not trust a file changed just before it was hashed (coarse timestamps)", async () => {
    const file = join(dir, "fresh.csv");
    await writeFile(file, "x\n");
    const cache = await HashCache.open(join(dir, ".hash-cache.json"));
    expect(await cache.hash(file)).toEqual(await hashFile(file));
    expect(await cache.unchanged(file)).toBe(false);
  });

  it("is empty when its file is corrupt, and writes nothing when turned off", async () => {
    const file = join(dir, "data.csv");
    await writeFile(file, "a\n");
    await writeFile(join(dir, ".hash-cache.json"), "{ not json");
    const corrupt = await HashCache.open(join(dir, ".hash-cache.json"));
    expect(await corrupt.hash(file)).toEqual(await hashFile(file));

    process.env[HASH_CACHE_ENV] = "off";
    const off = await HashCache.open(join(dir, "off.json"));
    await off.record(file, marker);
    expect(await off.hash(file)).toEqual(await hashFile(file));
    await off.save();
    await expect(readFile(join(dir, "off.json"))).rejects.toThrow();
  });

  it("forgets the files of a deleted folder", async () => {
    const kept = join(dir, "kept.csv");
    const erased = join(dir, "erased-folder", "data.csv");
    await writeFile(kept, "k\n");
    await mkdir(join(dir, "erased-folder"));
    await writeFile(erased, "e\n");
    const cache = await HashCache.open(join(dir, ".hash-cache.json"));
    await cache.record(kept, marker);
    await cache.record(erased, marker);
    cache.forget(join(dir, "erased-folder"));
    await cache.save();
    const text = await readFile(join(dir, ".hash-cache.json"), "utf8");
    expect(text).toContain("kept.csv");
    expect(text).not.toContain("erased-folder");
  });
});
