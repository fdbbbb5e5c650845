import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { finalValues, readCurves } from "../../../../src/steps/train/curves.js";
import { compareReproduction, relativeDifference } from "../../../../src/steps/train/reproduce.js";

const point = (key: string, value: number, step: number) => ({ key, value, step, timestamp: 0 });

describe("training curves", () => {
  it("reads JSON lines and reports bad ones with their line numbers", async () => {
    const dir = await mkdtemp(join(tmpdir(), "curves-"));
    const file = join(dir, "m.jsonl");
    await writeFile(
      file,
      '{"name":"loss","value":0.5,"step":1}\nnot json\n{"name":"loss","value":"x"}\n\n{"name":"acc","value":1}\n',
    );
    const { metrics, problems } = await readCurves(file, 5);
    expect(metrics).toEqual([point("loss", 0.5, 1), point("acc", 1, 0)].map((m) => ({ ...m, timestamp: 5 })));
    expect(problems).toEqual([
      "line 2: not JSON",
      'line 3: expected {"name": string, "value": number, "step": integer}',
    ]);
    expect(await readCurves(join(dir, "absent"), 0)).toEqual({ metrics: [], problems: [] });
  });

  it("final values take the highest step", () => {
    expect(finalValues([point("a", 1, 2), point("a", 9, 1), point("b", 3, 0)])).toEqual({ a: 1, b: 3 });
  });
});

describe("reproduce", () => {
  it("identical files are reproducible; differing files within 1 % too; beyond 1 % not", async () => {
    const root = await mkdtemp(join(tmpdir(), "repro-"));
    const [a, b, c] = ["a", "b", "c"].map((name) => join(root, name)) as [string, string, string];
    for (const [dir, text] of [
      [a, "same"],
      [b, "same"],
      [c, "other"],
    ] as const) {
      await mkdir(dir);
      await writeFile(join(dir, "model.bin"), text);
    }
    const same = await compareReproduction(a, b, [point("loss", 1, 1)], [point("loss", 1, 1)]);
    expect(same).toMatchObject({ identicalFiles: true, reproducible: true, maxRelativeDifference: 0 });
    const close = await compareReproduction(a, c, [point("loss", 1, 1)], [point("loss", 1.005, 1)]);
    expect(close).toMatchObject({ identicalFiles: false, differingFiles: ["model.bin"], reproducible: true });
    const far = await compareReproduction(a, c, [point("loss", 1, 1)], [point("loss", 1.2, 1)]);
    expect(far.reproducible).toBe(false);
    expect(far.summary).toMatch(/differ by at most 16\.667 % \(loss; tolerance 1 %\)/);
    const noCurves = await compareReproduction(a, c, [], []);
    expect(noCurves.reproducible).toBe(false);
    expect(relativeDifference(0, 0)).toBe(0);
  });
});
