import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readGitState } from "../../../src/lineage/git-state.js";

describe("readGitState outside a repository", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "trainyard-git-state-"));
    await writeFile(join(dir, "train.py"), "print('train')\n");
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("hashes the code's files, and a new file changes the hash", async () => {
    const before = await readGitState(dir);
    await writeFile(join(dir, "helper.py"), "x = 1\n");
    expect((await readGitState(dir)).treeHash).not.toBe(before.treeHash);
  });

  it("leaves excluded folders out: a model written into the output folder is not code", async () => {
    const output = join(dir, "model-out");
    const before = await readGitState(dir, { exclude: [output] });
    await mkdir(output);
    await writeFile(join(output, "model.json"), "{}\n");
    expect((await readGitState(dir, { exclude: [output] })).treeHash).toBe(before.treeHash);
    expect((await readGitState(dir)).treeHash).not.toBe(before.treeHash);
  });
});
