import { describe, expect, it } from "vitest";
import {
  describeRecord,
  isAbsent,
  KeyRecords,
  KeySet,
  safeIntegerNumber,
} from "../../../src/validation/key-set.js";

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

describe("KeySet: text keys that are integers", () => {
  it("keeps canonical integers as numbers and every other text apart, like a set of strings", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const texts = [
      "0",
      "00",
      "01",
      "1",
      "-1",
      "1e3",
      "1000",
      " 7",
      "4294967294",
      "4294967295",
      "4294967296",
      "999999999999999",
      "1000000000000000",
      "9007199254740993",
      "9007199254740992",
      "١٢",
    ];
    for (let i = 0; i < 20_000; i++) {
      const pick = next();
      if (pick < 0.5) texts.push(String(Math.floor(next() * 30_000)));
      else if (pick < 0.7) texts.push(String(Math.floor(next() * 1e15)));
      else if (pick < 0.8) texts.push(`0${Math.floor(next() * 300)}`);
      else texts.push(String(2 ** 32 + Math.floor((next() - 0.5) * 20)));
    }
    for (const text of texts.slice(0, 16)) texts.push(text);
    const records = new KeyRecords([0]);
    for (const text of texts) records.add([text]);
    const json = records.toJSON();
    const set = new KeySet();
    const reference = new Set<string>();
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      expect(set.has(json, i, false), text).toBe(reference.has(text));
      expect(set.has(json, i, true), text).toBe(reference.has(text));
      reference.add(text);
    }
    expect(set.count).toBe(reference.size);
    expect(describeRecord(json.bytes, json.offsets[2] as number, json.offsets[3] as number)).toBe("01");
  });

  it("records written from a CSV field's bytes equal those of its text", async () => {
    const { CsvTokenizer } = await import("../../../src/data/csv-tokenizer.js");
    const csv = Buffer.from(
      'a,b\n1,x\n01,"y,z"\n,"say ""hi"""\ncaf\u00e9,\u65e5\n" 2 ",""\n\uD83D\uDE00,9\n42,\n',
      "utf8",
    );
    const tokenizer = new CsvTokenizer();
    tokenizer.feed(csv, true);
    for (const indexes of [[0], [1], [0, 1], [1, 0]]) {
      const fromBytes = new KeyRecords(indexes);
      const fromText = new KeyRecords(indexes);
      for (let r = 0; r < tokenizer.records; r++) {
        fromBytes.addCsv(tokenizer, r);
        fromText.add([tokenizer.text(r, 0), tokenizer.text(r, 1)]);
      }
      expect(fromBytes.toJSON()).toEqual(fromText.toJSON());
    }
  });
});

describe("KeySet: dense integer keys", () => {
  it("agrees with a set of strings before and after the integers become too sparse for a bitmap", () => {
    const texts: string[] = [];
    for (let i = 1; i <= 150_000; i++) texts.push(String(i % 7 === 0 ? i - 3 : i));
    texts.push("40000000", "5", "4294967296", "150000", "40000000", "149999", "150001");
    for (let i = 1; i <= 1000; i += 3) texts.push(String(i * 11));
    const records = new KeyRecords([0]);
    for (const text of texts) records.add([text]);
    const json = records.toJSON();
    const set = new KeySet();
    const reference = new Set<string>();
    let disagree = 0;
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      if (set.has(json, i, false) !== reference.has(text)) disagree++;
      if (set.has(json, i, true) !== reference.has(text)) disagree++;
      reference.add(text);
    }
    expect(disagree).toBe(0);
    expect(set.count).toBe(reference.size);
  });
});

describe("KeySet: number keys that are safe integers (Parquet id columns)", () => {
  it("agrees with a set of typed values: duplicates, sparse, negative, beyond 2^53, nulls, text apart", () => {
    const values: unknown[] = [];
    for (let i = 0; i < 3000; i++) values.push(i % 2000); // dense with duplicates
    for (let i = 0; i < 500; i++) values.push(((i * 7919) % 400) * 1_000_003); // sparse, repeats
    for (let i = 0; i < 300; i++) values.push(-(i % 150)); // negative, -0 among them
    values.push(-0, 0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER);
    values.push(2 ** 53, 2 ** 53, 2 ** 60, 1.5, 1.5, Number.NaN, Number.NaN);
    values.push(2n ** 60n, 2n ** 60n, -(2n ** 60n), null, null, "7", 7, "7", "-3", -3, "", 4294967295);
    const records = new KeyRecords([0]);
    for (const value of values) records.add([value]);
    const json = records.toJSON();
    const set = new KeySet();
    const reference = new Set<string>();
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const key = value === null ? "null" : `${typeof value}:${Object.is(value, -0) ? 0 : String(value)}`;
      const expected = reference.has(key);
      reference.add(key);
      expect(set.has(json, i, true), `value ${String(value)} at ${i}`).toBe(expected);
    }
    expect(set.count).toBe(reference.size);
    expect(set.collisions).toBe(0);
    // samples read the record: a number key still shows as its number, a bigint as its digits
    const at = values.indexOf(-(2n ** 60n));
    expect(describeRecord(json.bytes, json.offsets[at] as number, json.offsets[at + 1] as number)).toBe(
      String(-(2n ** 60n)),
    );
    const neg = values.indexOf(-149);
    expect(describeRecord(json.bytes, json.offsets[neg] as number, json.offsets[neg + 1] as number)).toBe(
      "-149",
    );
  });
});

describe("number keys", () => {
  // doubles whose 8 bytes all matter: fractions, large and tiny magnitudes, both signs, NaN, ±0, beyond 2^53
  const values = [0, -0, 1, -1, 0.1, -2.5e-308, 5e-324, Math.PI, 1e300, -1e300, 2 ** 53, 2 ** 53 + 2];
  values.push(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 123456789012345, Number.NaN, Infinity);
  for (let i = 0; i < 64; i++) values.push((i % 2 ? -1 : 1) * 1.0000001 ** (i * 7919) * (i + 0.123456789));

  it("addNumbers writes the bytes add writes for a number or a null", () => {
    const numbers = Float64Array.from(values);
    const at = Int32Array.from({ length: values.length + 2 }, (_, r) =>
      r === 3 || r === 9 ? -1 : r % values.length,
    );
    const columnwise = new KeyRecords([0]);
    columnwise.addNumbers(numbers, at, at.length);
    const rowwise = new KeyRecords([0]);
    for (const k of at) rowwise.add([k < 0 ? null : numbers[k]]);
    const a = columnwise.toJSON();
    const b = rowwise.toJSON();
    expect(Buffer.from(a.bytes).toString("hex")).toBe(Buffer.from(b.bytes).toString("hex"));
    expect([...a.offsets]).toEqual([...b.offsets]);
    expect([...a.hashes]).toEqual([...b.hashes]);
    // the integers a KeySet reads instead of the bytes are those the bytes stand for
    expect(b.integers).toBeUndefined();
    expect(a.integers?.length).toBe(a.count);
    for (let i = 0; i < a.count; i++) {
      const from = a.offsets[i] as number;
      const to = a.offsets[i + 1] as number;
      expect(a.integers?.[i]).toBe(safeIntegerNumber(a.bytes, from, to));
    }
    // and a set fed either way answers the same, twice over (the second time every key is a duplicate)
    const fromColumns = new KeySet();
    const fromRows = new KeySet();
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < a.count; i++) expect(fromColumns.has(a, i, true)).toBe(fromRows.has(b, i, true));
    expect(fromColumns.count).toBe(fromRows.count);
    // a record of another kind after them: the integers are left out, the bytes decide
    columnwise.add(["1"]);
    expect(columnwise.toJSON().integers).toBeUndefined();
  });

  it("safeIntegerNumber reads back a number record's value when it is a safe integer", () => {
    const records = new KeyRecords([0]);
    for (const x of values) records.add([x]);
    const { bytes, offsets } = records.toJSON();
    values.forEach((x, i) => {
      const expected = Number.isSafeInteger(x) ? (x === 0 ? 0 : x) : Number.NaN;
      expect(safeIntegerNumber(bytes, offsets[i] as number, offsets[i + 1] as number)).toBe(expected);
    });
  });
});
