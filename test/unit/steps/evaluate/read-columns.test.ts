import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readColumns } from "../../../../src/steps/evaluate/read-columns.js";

describe("readColumns", () => {
  it("reads the wanted columns row-aligned", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "read-columns-")), "test.csv");
    await writeFile(file, "id,churned,country\na,1,US\nb,0,DE\n");
    const read = await readColumns(file, () => ["churned", "country"]);
    expect(read.rows).toBe(2);
    expect(read.values.get("country")).toEqual(["US", "DE"]);
  });

  it("names a missing column's setting, suggests the nearest column and lists them all", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "read-columns-")), "test.csv");
    await writeFile(file, "id,churned,country\na,1,US\n");
    await expect(
      readColumns(
        file,
        () => ["churnd", "region"],
        (name) => (name === "churnd" ? "the label column: evaluate.label_column" : undefined),
      ),
    ).rejects.toThrow(
      `${file} has no column "churnd" (the label column: evaluate.label_column; did you mean "churned"?), "region". Its columns are id, churned, country`,
    );
  });
});
