import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  flattenParams,
  mergeParams,
  readParamsInput,
  resolveParams,
} from "../../../../src/steps/train/params.js";
import { PARAM_VALUE_LIMIT, paramsForTracking } from "../../../../src/steps/train/train-tags.js";

describe("params", () => {
  it("flattens nested params to a.b.c keys, arrays as JSON", () => {
    expect(flattenParams({ model: { depth: 3, layers: [1, 2] }, lr: 0.1, name: "x" })).toEqual({
      lr: "0.1",
      "model.depth": "3",
      "model.layers": "[1,2]",
      name: "x",
    });
  });

  it("merges objects recursively, later wins", () => {
    expect(mergeParams({ a: { b: 1, c: 2 }, d: 1 }, { a: { c: 3 }, e: 4 })).toEqual({
      a: { b: 1, c: 3 },
      d: 1,
      e: 4,
    });
  });

  it("canonical JSON does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3] } })).toBe(canonicalJson({ a: { c: [3], d: 2 }, b: 1 }));
  });

  it("reads inline YAML, inline JSON and files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "params-"));
    await writeFile(join(dir, "p.yml"), "lr: 0.2\n");
    expect(await readParamsInput("{lr: 0.1}", dir)).toEqual({ lr: 0.1 });
    expect(await readParamsInput("lr: 0.3", dir)).toEqual({ lr: 0.3 });
    expect(await readParamsInput("p.yml", dir)).toEqual({ lr: 0.2 });
    await expect(readParamsInput("missing.yml", dir)).rejects.toThrow(/neither a file/);
    await expect(readParamsInput("[1, 2]", dir)).rejects.toThrow(/mapping/);
    expect(await resolveParams({ configParams: { lr: 1, depth: 2 }, input: "lr: 5", cwd: dir })).toEqual({
      lr: 5,
      depth: 2,
    });
  });

  it("keeps shell metacharacters as plain values", async () => {
    const params = await readParamsInput('{cmd: "$(touch /tmp/pwned); `id` | rm"}', ".");
    expect(flattenParams(params)).toEqual({ cmd: "$(touch /tmp/pwned); `id` | rm" });
  });

  it("moves a value over MLflow's limit to an artifact", () => {
    const long = "x".repeat(PARAM_VALUE_LIMIT + 1);
    const { params, oversized } = paramsForTracking({ short: 1, long }, 7);
    expect(params["trainyard.seed"]).toBe("7");
    expect(params.short).toBe("1");
    expect(params.long).toMatch(/see the artifact params\/long\.txt/);
    expect(oversized).toEqual([["params/long.txt", long]]);
  });
});
