import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TerminalContext } from "../../../src/context/terminal-context.js";
import { readTable } from "../../../src/data/read-table.js";
import { openTableWriter } from "../../../src/data/write-table.js";
import { inputsOf } from "../../../src/inputs/declared-inputs.js";
import { ERASE_INPUTS } from "../../../src/steps/erase/erase-inputs.js";
import { eraseStep } from "../../../src/steps/erase/erase-step.js";
import { pullSnapshot } from "../../../src/steps/snapshot/pull-snapshot.js";
import { snapshot } from "../../../src/steps/snapshot/snapshot.js";
import { LocalStore } from "../../../src/store/local-store.js";
import { LocalRegistry } from "../../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../../src/tracking/local/local-tracker.js";

// ten keys, twelve rows each, so the profile keeps the key column's top values
const rows = Array.from({ length: 120 }, (_, i) => [i % 10 === 0 ? 1000 : `k-${i % 10}`, i * 1.5, i % 2]);

describe.each(["parquet", "jsonl"] as const)("erase on %s snapshots", (format) => {
  it("rewrites the affected files in their format, keeps the split, and leaves no erased key in the profile", async () => {
    const dir = await mkdtemp(join(tmpdir(), "erase-format-"));
    const source = join(dir, `data.${format}`);
    const writer = await openTableWriter(source, format, ["id", "amount", "label"]);
    // ids are mixed: numbers and text, to check the text comparison of keys
    await writer.writeRows(rows.map(([id, amount, label]) => [String(id), amount, label]));
    await writer.close();
    const store = new LocalStore(join(dir, "store"));
    const context = new TerminalContext({ workingDirectory: dir, write: () => {} });
    const taken = await snapshot(context, {
      source,
      store,
      split: { strategy: "group", key: "id", testFraction: 0.25, seed: 7 },
    });
    await writeFile(join(dir, "keys.txt"), "1000\nk-4\nk-5\n");
    const tracking = {
      tracker: new LocalTracker(join(dir, "t")),
      registry: new LocalRegistry(join(dir, "t")),
    };
    const outputs = await eraseStep(
      context,
      inputsOf(ERASE_INPUTS, { column: "id", values: "keys.txt", model: "m", store: join(dir, "store") }),
      { tracking },
    );
    expect(JSON.stringify(taken.manifest.profile)).toContain('"k-4"');
    expect(outputs["rows-erased"]).toBe(36);
    const successor = outputs.snapshots.split(" ")[1] as string;
    const pulled = await pullSnapshot(context, store, successor, join(dir, "pulled"));
    const ids: string[] = [];
    for (const file of pulled.manifest.files) {
      expect(file.format).toBe(format);
      for await (const batch of readTable(join(pulled.dataDir, file.name), format, {
        columns: ["id", "amount", "label"],
      }))
        for (const row of batch.rows) ids.push(String(row[0]));
    }
    expect(ids).toHaveLength(84);
    expect(ids).not.toContain("1000");
    expect(ids).not.toContain("k-4");
    expect(pulled.manifest.files.map((file) => [file.name, file.role])).toEqual(
      taken.manifest.files.map((file) => [file.name, file.role]),
    );
    const text = JSON.stringify(pulled.manifest.profile);
    for (const key of ['"k-4"', '"k-5"', '"1000"']) expect(text).not.toContain(key);
    expect(text).toContain('"k-6"');
    expect(pulled.manifest.profile[0]?.count).toBe(84);
  });
});
