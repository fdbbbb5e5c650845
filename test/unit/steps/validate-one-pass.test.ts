import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TerminalContext } from "../../../src/context/terminal-context.js";
import { snapshot } from "../../../src/steps/snapshot/snapshot.js";
import { validateSnapshot } from "../../../src/steps/validate/validate.js";
import { LocalStore } from "../../../src/store/local-store.js";
import type { ValidationRules } from "../../../src/validation/rules.js";

const rules: ValidationRules = {
  columns: {
    id: { type: "integer", min: 1 },
    amount: { type: "number", max: 90, mean: { min: 0, max: 100 }, std: { min: 1 } },
    country: { allowed: ["US", "GB", "DE"], max_null_fraction: 0.1 },
    when: { type: "timestamp", max_age: "30d" },
  },
  unique: [["account"]],
  rows: { min: 10 },
  label: { column: "country", min_class_fraction: 0.1 },
};

function csv(rows: number): string {
  const lines = ["id,account,country,amount,when"];
  for (let i = 1; i <= rows; i++) {
    const when = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    lines.push(
      `${i},A${i % 1700},${["US", "GB", "DE", "FR", ""][i % 5]},${i % 89 === 0 ? "x" : (i * 37) % 100},${when}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

describe("checks run while snapshotting", () => {
  it("give validate the report a standalone validate gives, byte for byte, judged at its own time", async () => {
    const dir = await mkdtemp(join(tmpdir(), "trainyard-one-pass-"));
    await writeFile(join(dir, "data.csv"), csv(3000));
    const context = new TerminalContext({ workingDirectory: dir, write: () => {} });
    const plain = new LocalStore(join(dir, "plain"));
    const checked = new LocalStore(join(dir, "checked"));
    const options = { source: "data.csv", partBytes: 8192 };
    const before = await snapshot(context, { ...options, store: plain, dataRoot: join(dir, "d1") });
    const after = await snapshot(context, { ...options, store: checked, dataRoot: join(dir, "d2"), rules });
    expect(after.id).toBe(before.id);
    const stored = await readdir(join(dir, "checked", "snapshots", after.id));
    expect(stored.some((name) => name.startsWith("checks-"))).toBe(true);

    for (const now of [Date.UTC(2024, 0, 20), Date.UTC(2025, 0, 1)]) {
      const base = { manifest: before.manifest, rules, now, partBytes: 8192 };
      const standalone = await validateSnapshot(context, { ...base, dataDir: before.dataDir });
      const lines: string[] = [];
      const watching = new TerminalContext({ workingDirectory: dir, write: (line) => lines.push(line) });
      // the data directory is gone: the stored checks are all it reads
      const fromStore = await validateSnapshot(watching, {
        ...base,
        dataDir: join(dir, "missing"),
        store: checked,
      });
      expect(lines.join("\n")).toContain("were checked when it was taken");
      expect(JSON.stringify(fromStore)).toBe(JSON.stringify(standalone));
      expect(standalone.checks.find((check) => check.id === "dataset.unique.account")?.failingRows).toBe(
        1300,
      );
    }
    const fresh = await validateSnapshot(context, {
      manifest: before.manifest,
      rules,
      now: Date.UTC(2024, 0, 20),
      dataDir: before.dataDir,
    });
    expect(fresh.checks.find((check) => check.id === "column.when.max_age")?.status).toBe("pass");
    const stale = await validateSnapshot(context, {
      manifest: before.manifest,
      rules,
      now: Date.UTC(2025, 0, 1),
      dataDir: join(dir, "missing"),
      store: checked,
    });
    expect(stale.checks.find((check) => check.id === "column.when.max_age")?.status).toBe("fail");
  });
});
