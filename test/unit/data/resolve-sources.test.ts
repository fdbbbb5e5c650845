import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { splitGlob } from "../../../src/data/glob-sources.js";
import { resolveSources } from "../../../src/data/resolve-sources.js";
import { dataError, useTempDir } from "./table-fixtures.js";

const dir = useTempDir("resolve-sources");

beforeAll(async () => {
  const files = [
    "data/b.csv",
    "data/a.parquet",
    "data/B.jsonl",
    "data/nested/2024-01/part-1.csv.gz",
    "data/nested/2024-01/part-0.csv",
    "data/README.md",
    "data/.hidden.csv",
    "data/_SUCCESS",
    "data/b.csv.trainyard-tmp-0f8fad5b-d9cb-469f-a165-70867728950e",
    "docs/notes.txt",
    "odd name [1].csv",
  ];
  for (const name of files) {
    await mkdir(join(dir(), name, ".."), { recursive: true });
    await writeFile(join(dir(), name), "a\n1\n");
  }
  await mkdir(join(dir(), "empty"));
});

describe("resolveSources", () => {
  it("resolves a single file to itself", async () => {
    expect(await resolveSources("data/b.csv", { cwd: dir() })).toEqual([
      { path: join(dir(), "data/b.csv"), name: "b.csv", format: "csv" },
    ]);
  });

  it("takes a path with glob characters literally when that file exists", async () => {
    expect(await resolveSources("odd name [1].csv", { cwd: dir() })).toEqual([
      { path: join(dir(), "odd name [1].csv"), name: "odd name [1].csv", format: "csv" },
    ]);
  });

  it("lists a folder's data files recursively in code-point order, leaving out others, hidden and temporary files", async () => {
    const files = await resolveSources(join(dir(), "data"));
    expect(files.map((file) => [file.name, file.format])).toEqual([
      ["B.jsonl", "jsonl"],
      ["a.parquet", "parquet"],
      ["b.csv", "csv"],
      ["nested/2024-01/part-0.csv", "csv"],
      ["nested/2024-01/part-1.csv.gz", "csv"],
    ]);
    expect(files[0]?.path).toBe(join(dir(), "data/B.jsonl"));
  });

  it("lists a folder as the glob of everything in it does, with hidden folders and symbolic links", async () => {
    const root = join(dir(), "tree");
    for (const name of ["x/1.csv", ".cache/2.csv", "x/.y/3.csv", "4.jsonl"]) {
      await mkdir(join(root, name, ".."), { recursive: true });
      await writeFile(join(root, name), "a\n1\n");
    }
    const names = async (spec: string) => (await resolveSources(spec)).map((file) => file.name);
    expect(await names(root)).toEqual(["4.jsonl", "x/1.csv"]);
    await symlink(join(root, "4.jsonl"), join(root, "x", "5.jsonl"));
    await symlink(join(root, "x"), join(root, "z"));
    expect(await names(root)).toEqual(await names(`${root}/**/*`));
    expect(await names(root)).toContain("x/5.jsonl");
  });

  it("expands a glob, naming files relative to its fixed prefix", async () => {
    const files = await resolveSources("data/**/*.csv*", { cwd: dir() });
    expect(files.map((file) => file.name)).toEqual([
      "b.csv",
      "nested/2024-01/part-0.csv",
      "nested/2024-01/part-1.csv.gz",
    ]);
    expect(files.map((file) => file.path)).toContain(join(dir(), "data/nested/2024-01/part-1.csv.gz"));
  });

  it("applies an explicit format to every file", async () => {
    const files = await resolveSources("docs", { cwd: dir(), format: "csv" });
    expect(files).toEqual([{ path: join(dir(), "docs/notes.txt"), name: "notes.txt", format: "csv" }]);
  });

  it("says clearly when nothing is found", async () => {
    expect((await dataError(resolveSources("missing.csv", { cwd: dir() }))).message).toBe(
      "missing.csv: does not exist",
    );
    expect((await dataError(resolveSources("data/*.xlsx", { cwd: dir() }))).message).toBe(
      "data/*.xlsx: matches no files",
    );
    expect((await dataError(resolveSources("docs/*", { cwd: dir() }))).message).toBe(
      "docs/*: matches no CSV, Parquet or JSON Lines files (1 file of another type)",
    );
    expect((await dataError(resolveSources("empty", { cwd: dir() }))).message).toBe(
      "empty: is a folder with no CSV, Parquet or JSON Lines files in it",
    );
    expect((await dataError(resolveSources("docs", { cwd: dir() }))).message).toBe(
      "docs: is a folder with no CSV, Parquet or JSON Lines files in it (1 file of another type)",
    );
    expect((await dataError(resolveSources("docs/notes.txt", { cwd: dir() }))).message).toMatch(
      /cannot tell the format from the extension "\.txt"/,
    );
    expect((await dataError(resolveSources("s3://bucket/prefix"))).message).toBe(
      "s3://bucket/prefix: is a URL; only local files, folders and globs are resolved here",
    );
  });
});

describe("splitGlob", () => {
  it("separates the fixed leading folders from the pattern", () => {
    expect(splitGlob("data/2024/*.csv")).toEqual({ base: "data/2024", pattern: "*.csv" });
    expect(splitGlob("*.csv")).toEqual({ base: ".", pattern: "*.csv" });
    expect(splitGlob("/abs/data/**/x-{a,b}.parquet")).toEqual({
      base: "/abs/data",
      pattern: "**/x-{a,b}.parquet",
    });
  });
});
