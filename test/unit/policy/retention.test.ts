import { describe, expect, it } from "vitest";
import {
  cellKey,
  hashErasedKey,
  parseDuration,
  parseKeyList,
  planBlobSweep,
  planSnapshotGc,
} from "../../../src/policy/retention.js";

const DAY = 86_400_000;

describe("parseDuration", () => {
  it("reads seconds to weeks and a bare 0", () => {
    expect(parseDuration("90d")).toBe(90 * DAY);
    expect(parseDuration("12h")).toBe(12 * 3_600_000);
    expect(parseDuration("30m")).toBe(1_800_000);
    expect(parseDuration("45s")).toBe(45_000);
    expect(parseDuration("2w")).toBe(14 * DAY);
    expect(parseDuration(" 1.5h ")).toBe(5_400_000);
    expect(parseDuration("0")).toBe(0);
  });
  it("refuses what is not a duration", () => {
    for (const text of ["", "90", "d", "-1d", "1y", "ninety days"])
      expect(parseDuration(text), text).toBeUndefined();
  });
});

describe("planSnapshotGc", () => {
  const now = 1000 * DAY;
  const snapshots = [
    { id: "a", createdAt: now - 200 * DAY },
    { id: "b", createdAt: now - 150 * DAY },
    { id: "c", createdAt: now - 100 * DAY },
    { id: "d", createdAt: now - 10 * DAY },
  ];
  it("keeps the roots, the newest n and the young; removes the rest", () => {
    const plan = planSnapshotGc({
      snapshots,
      roots: new Map([["a", ["m@champion"]]]),
      keep: 1,
      olderThanMs: 90 * DAY,
      now,
    });
    expect(plan.remove).toEqual(["b", "c"]);
    expect(Object.fromEntries(plan.keep.map((kept) => [kept.id, kept.reasons]))).toEqual({
      a: ["m@champion"],
      d: ["among the newest 1", "younger than older-than"],
    });
  });
  it("keeps everything when every snapshot is younger than the window", () => {
    const plan = planSnapshotGc({ snapshots, roots: new Map(), keep: 0, olderThanMs: 365 * DAY, now });
    expect(plan.remove).toEqual([]);
  });
  it("keeps a snapshot whose age is unknown (NaN)", () => {
    const plan = planSnapshotGc({
      snapshots: [{ id: "x", createdAt: Number.NaN }],
      roots: new Map(),
      keep: 0,
      olderThanMs: 0,
      now,
    });
    expect(plan.remove).toEqual([]);
  });
});

describe("planBlobSweep", () => {
  it("deletes only unreferenced blobs written before the cut-off, less a second for S3's whole seconds", () => {
    const cutoff = 100_000;
    const blobs = [
      { key: "referenced", size: 1, modified: 0 },
      { key: "old", size: 2, modified: 50_000 },
      { key: "just-before", size: 3, modified: 99_500 },
      { key: "after-the-scan", size: 4, modified: 150_000 },
      { key: "unknown-age", size: 5 },
    ];
    const sweep = planBlobSweep(blobs, new Set(["referenced"]), cutoff);
    expect(sweep.remove.map((blob) => blob.key)).toEqual(["old"]);
    expect(sweep.tooYoung).toBe(3);
  });
});

describe("erasure keys", () => {
  it("hashes with the salt and the column, so neither a table nor another entry gives the key back", () => {
    const a = hashErasedKey("salt-1", "customer_id", "42");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashErasedKey("salt-2", "customer_id", "42")).not.toBe(a);
    expect(hashErasedKey("salt-1", "other", "42")).not.toBe(a);
    expect(hashErasedKey("salt-1", "customer_id", "42")).toBe(a);
  });
  it("reads one key a line: header, quotes, blanks, duplicates and a BOM handled", () => {
    expect(parseKeyList('\uFEFFcustomer_id\r\n 42 \n\n"a,b"\n42\n', "customer_id")).toEqual(["42", "a,b"]);
    expect(parseKeyList("\n \n", "customer_id")).toEqual([]);
  });
  it("compares cells as text", () => {
    expect(cellKey(42)).toBe("42");
    expect(cellKey("x")).toBe("x");
    expect(cellKey(null)).toBeUndefined();
    expect(cellKey(12345678901234567890n)).toBe("12345678901234567890");
    expect(cellKey(new Date("2024-01-02T03:04:05Z"))).toBe("2024-01-02T03:04:05.000Z");
  });
});
