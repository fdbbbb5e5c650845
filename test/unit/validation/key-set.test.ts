import { describe, expect, it } from "vitest";
import { describeRecord, isAbsent, KeyRecords, KeySet } from "../../../src/validation/key-set.js";

describe("KeySet", () => {
  it("keeps typed keys apart: text 1 and number 1 differ, 0 and -0 do not", () => {
    const records = new KeyRecords();
    for (const row of [["1"], [1], [0], [-0], [null], [""], [true], [new Date(0)], [10n]]) records.add(row);
    const json = records.toJSON();
    const set = new KeySet();
    const seen = Array.from({ length: json.count }, (_, i) => set.has(json, i, true));
    expect(seen).toEqual([false, false, false, true, false, false, false, false, false]);
    expect(describeRecord(json.bytes, json.offsets[7] as number, json.offsets[8] as number)).toBe(
      "1970-01-01T00:00:00.000Z",
    );
  });

  it("a hash collision is found by comparing the records, and the keys stay apart", () => {
    const records = new KeyRecords([0, 1]);
    records.add(["a", "é"]);
    records.add(["b", "é"]);
    records.add(["a", "é"]);
    const json = records.toJSON();
    // force the second key's hash onto the first's
    json.hashes[2] = json.hashes[0] as number;
    json.hashes[3] = json.hashes[1] as number;
    const set = new KeySet();
    expect(set.has(json, 0, true)).toBe(false);
    expect(set.has(json, 1, true)).toBe(false);
    expect(set.collisions).toBe(1);
    expect(set.has(json, 2, true)).toBe(true);
    expect(set.count).toBe(2);
    expect(describeRecord(json.bytes, json.offsets[1] as number, json.offsets[2] as number)).toBe("b, é");
  });

  it("grows past its first table and marks absent keys", () => {
    const records = new KeyRecords([0]);
    for (let i = 0; i < 5000; i++) records.add([`k${i % 3000}`]);
    records.addAbsent();
    const json = records.toJSON();
    const set = new KeySet();
    let duplicates = 0;
    for (let i = 0; i < 5000; i++) if (set.has(json, i, true)) duplicates++;
    expect(duplicates).toBe(2000);
    expect(set.count).toBe(3000);
    expect(isAbsent(json, 5000)).toBe(true);
    expect(isAbsent(json, 4999)).toBe(false);
  });
});
