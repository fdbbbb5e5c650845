import { createHash, randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashFile } from "../../../src/data/hash-file.js";
import { dataError, useTempDir } from "./table-fixtures.js";

const dir = useTempDir("hash-file");

describe("hashFile", () => {
  it("matches a one-shot SHA-256 and reports progress up to the size", async () => {
    const content = randomBytes(3 * (1 << 20) + 12345);
    const path = join(dir(), "blob.bin");
    await writeFile(path, content);
    const progress: number[] = [];
    const result = await hashFile(path, (bytes) => progress.push(bytes));
    expect(result).toEqual({
      sha256: createHash("sha256").update(content).digest("hex"),
      bytes: content.length,
    });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(content.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThanOrEqual(4);
  });

  it("hashes an empty file", async () => {
    const path = join(dir(), "empty");
    await writeFile(path, "");
    expect(await hashFile(path)).toEqual({
      sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      bytes: 0,
    });
  });

  it("names a missing file", async () => {
    const path = join(dir(), "nope.csv");
    expect((await dataError(hashFile(path))).message).toBe(`${path}: does not exist`);
  });
});
