import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPredictions, recordRowIds } from "../../../../src/steps/evaluate/evaluate-step.js";

describe("recordRowIds", () => {
  it("adds each test row's id and label after the command's columns, which stay as written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "row-ids-"));
    const testFile = join(dir, "test.csv");
    const predictionsFile = join(dir, "predictions.csv");
    await writeFile(testFile, 'id,x,y\nr1,1,1\n"r,2",2,0\nr3,3,1\nr1,4,0\n');
    await writeFile(predictionsFile, "prediction,score\n1,0.9000000000000001\n0,0.2\n1,0.7\n0,0.1\n");
    const loaded = await loadPredictions({
      testFile,
      predictionsFile,
      labelColumn: "y",
      sliceColumns: [],
      idColumn: "id",
    });
    expect(loaded.rowIds?.ids).toEqual(["r1", "r,2", "r3", "r1"]);
    const { repeated } = await recordRowIds({
      predictionsFile,
      idColumn: "id",
      labelColumn: "y",
      rowIds: loaded.rowIds as { labels: unknown[]; ids: unknown[] },
    });
    expect(repeated).toBe(1);
    expect(await readFile(predictionsFile, "utf8")).toBe(
      'prediction,score,id,y\n1,0.9000000000000001,r1,1\n0,0.2,"r,2",0\n1,0.7,r3,1\n0,0.1,r1,0\n',
    );
    // The file still measures as before (the id column is checked against the test file's).
    const again = await loadPredictions({ testFile, predictionsFile, labelColumn: "y", sliceColumns: [] });
    expect(again.predictions).toEqual(loaded.predictions);
  });

  it("names evaluate.id_column when the test file has no such column", async () => {
    const dir = await mkdtemp(join(tmpdir(), "row-ids-"));
    await writeFile(join(dir, "test.csv"), "x,y\n1,1\n");
    await writeFile(join(dir, "p.csv"), "prediction,score\n1,0.9\n");
    await expect(
      loadPredictions({
        testFile: join(dir, "test.csv"),
        predictionsFile: join(dir, "p.csv"),
        labelColumn: "y",
        sliceColumns: [],
        idColumn: "key",
      }),
    ).rejects.toThrow(/has no column "key" \(the row id column: evaluate\.id_column in trainyard\.yml\)/);
  });
});
