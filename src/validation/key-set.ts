/**
 * Exact sets of row keys for `unique` and `leakage`, on fixed-width hashes instead of composite strings.
 *
 * A key (some columns of a row, or the whole row) is written as a compact canonical record: per value a type
 * tag and its payload (text as one byte per UTF-16 code unit below 0x80 and three bytes otherwise, ended by
 * 0x81; numbers and timestamps as their 8 IEEE-754 bytes; booleans as one byte; null as the tag alone). Two
 * keys are equal exactly when their records are byte-equal: `"1"` (text) and `1` (a number) differ, `0` and
 * `-0` do not, and a null is never equal to an empty string only because CSV gives both as null.
 *
 * The set is open addressing over a Uint32Array of entry numbers; each entry keeps a 64-bit hash of its
 * record (two 32-bit lanes, cyrb53's mixing without the truncation) and the record itself in a byte arena.
 * A lookup compares the 64-bit hash first and then the record's bytes, so a hash collision is detected and
 * the two keys stay apart: collisions are checked, never assumed away. Memory: about 24 bytes per distinct
 * key for the table and the entry arrays plus the record (for a one-column text key, its length plus 2).
 *
 * A key that is one text value in canonical decimal form (an id column read from CSV: "1042", not "01042"
 * or "1e3") is kept as its integer instead: in a bitmap while the integers are dense, else in a table of
 * integers (4 bytes a slot below 2^32, at most 3/4 full). Such records and integers correspond one to one,
 * so this too is exact. A key that is one number with a safe integer value (an INT64 or INT32 id column read
 * from Parquet) is kept likewise, in integer sets of its own (one for x ≥ 0, one for −x when x < 0): a
 * number record is its 8 IEEE-754 bytes (−0 written as 0), so equal integers are equal records, and the
 * number 7 stays apart from the text "7" as its record does.
 *
 * Records made in a worker ({@link KeyRecords}: the arena, the offsets and the hashes of its rows, all
 * typed arrays, so they move between threads without copying) are inserted into one set by the calling
 * thread, in row order, which makes the result the same whatever the number of threads.
 */

import type { CsvTokenizer } from "../data/csv-tokenizer.js";

const TAG_NULL = 0;
const TAG_TEXT = 1;
const TAG_NUMBER = 2;
const TAG_BOOLEAN = 3;
const TAG_BIGINT = 4;
const TAG_DATE = 5;
const TAG_JSON = 6;
const ESCAPE = 0x80;
const END = 0x81;

const scratch = new DataView(new ArrayBuffer(8));

/** Digits of a text key kept as its integer (see {@link canonicalInteger}): below 2^53, so exact. */
const MAX_DIGITS = 15;

/**
 * The integer a record stands for when it is one text value in canonical decimal form (digits only, no
 * leading zero unless it is "0", at most 15 digits), else -1. Canonical forms and integers correspond one
 * to one, so such records are equal exactly when their integers are: the set keeps the integer instead.
 */
export function canonicalInteger(bytes: Uint8Array, from: number, to: number): number {
  const digits = to - from - 2;
  if (digits < 1 || digits > MAX_DIGITS || bytes[from] !== TAG_TEXT || bytes[to - 1] !== END) return -1;
  if (digits > 1 && bytes[from + 1] === 0x30) return -1;
  let value = 0;
  for (let i = from + 1; i < to - 1; i++) {
    const digit = (bytes[i] as number) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The number a record stands for when it is one number value whose value is a safe integer, else NaN: such
 * records are equal exactly when their numbers are (writeFloat writes −0 as 0).
 */
export function safeIntegerNumber(bytes: Uint8Array, from: number, to: number): number {
  if (to - from !== 9 || bytes[from] !== TAG_NUMBER) return Number.NaN;
  // the 8 big-endian bytes, as two 32-bit words
  scratch.setInt32(
    0,
    ((bytes[from + 1] as number) << 24) |
      ((bytes[from + 2] as number) << 16) |
      ((bytes[from + 3] as number) << 8) |
      (bytes[from + 4] as number),
  );
  scratch.setInt32(
    4,
    ((bytes[from + 5] as number) << 24) |
      ((bytes[from + 6] as number) << 16) |
      ((bytes[from + 7] as number) << 8) |
      (bytes[from + 8] as number),
  );
  const value = scratch.getFloat64(0);
  return Number.isSafeInteger(value) ? value : Number.NaN;
}

const TWO_32 = 4294967296;

/**
 * An exact set of integers in [0, 2^53): a bitmap while they are dense, then open addressing with linear
 * probing, the integers themselves in
 * the table (below 2^32 − 1 as value + 1 in a Uint32Array, 0 = empty; larger ones in a Float64Array, −1 =
 * empty). A slot is found by a multiplicative hash and the stored integer is compared in full, so there is
 * nothing to collide. 4 bytes a slot (8 for the large ones), at most 3/4 full.
 */
class IntegerSet {
  /**
   * While the integers are dense (ids counted from 0 or 1), a bitmap of [0, 8 × its length) holds them
   * instead: kept while its bytes stay within 4 a key (+ 64 KiB), else moved into the tables for good.
   */
  private bits: Uint8Array | undefined = new Uint8Array(1 << 12);
  private bitCount = 0;
  private small = new Uint32Array(1 << 10);
  private smallBits = 10;
  private smallCount = 0;
  private large: Float64Array | undefined;
  private largeBits = 10;
  private largeCount = 0;

  get count(): number {
    return this.bitCount + this.smallCount + this.largeCount;
  }

  has(value: number, insert: boolean): boolean {
    const bits = this.bits;
    if (bits) {
      if (value < bits.length * 8) {
        const at = value >>> 3;
        const mask = 1 << (value & 7);
        if (((bits[at] as number) & mask) !== 0) return true;
        if (insert) {
          bits[at] = (bits[at] as number) | mask;
          this.bitCount++;
        }
        return false;
      }
      // beyond the bitmap, so not in the set
      if (!insert) return false;
      let length = bits.length * 2;
      while (length * 8 <= value) length *= 2;
      if (length <= 4 * (this.bitCount + 1) + (1 << 16)) {
        const grown = new Uint8Array(length);
        grown.set(bits);
        this.bits = grown;
        return this.has(value, insert);
      }
      this.leaveBitmap();
    }
    return value < TWO_32 - 1 ? this.hasSmall(value, insert) : this.hasLarge(value, insert);
  }

  /** Moves the bitmap's integers into the table (the integers have become too sparse for it). */
  private leaveBitmap(): void {
    const bits = this.bits as Uint8Array;
    this.bits = undefined;
    this.bitCount = 0;
    for (let at = 0; at < bits.length; at++) {
      const byte = bits[at] as number;
      if (byte === 0) continue;
      for (let bit = 0; bit < 8; bit++) if ((byte & (1 << bit)) !== 0) this.hasSmall(at * 8 + bit, true);
    }
  }

  private hasSmall(value: number, insert: boolean): boolean {
    const stored = value + 1;
    const table = this.small;
    const mask = table.length - 1;
    let slot = Math.imul(value, 0x9e3779b1) >>> (32 - this.smallBits);
    for (;;) {
      const entry = table[slot] as number;
      if (entry === 0) break;
      if (entry === stored) return true;
      slot = (slot + 1) & mask;
    }
    if (!insert) return false;
    table[slot] = stored;
    if (++this.smallCount * 4 > table.length * 3) this.growSmall();
    return false;
  }

  private growSmall(): void {
    const old = this.small;
    this.smallBits++;
    const table = new Uint32Array(1 << this.smallBits);
    const mask = table.length - 1;
    for (let i = 0; i < old.length; i++) {
      const stored = old[i] as number;
      if (stored === 0) continue;
      let slot = Math.imul(stored - 1, 0x9e3779b1) >>> (32 - this.smallBits);
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = stored;
    }
    this.small = table;
  }

  private static largeSlot(value: number, bits: number): number {
    const low = value % TWO_32;
    const high = (value - low) / TWO_32;
    return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);
  }

  private hasLarge(value: number, insert: boolean): boolean {
    if (!this.large) this.large = new Float64Array(1 << this.largeBits).fill(-1);
    const table = this.large;
    const mask = table.length - 1;
    let slot = IntegerSet.largeSlot(value, this.largeBits);
    for (;;) {
      const entry = table[slot] as number;
      if (entry === -1) break;
      if (entry === value) return true;
      slot = (slot + 1) & mask;
    }
    if (!insert) return false;
    table[slot] = value;
    if (++this.largeCount * 4 > table.length * 3) {
      this.largeBits++;
      const grown = new Float64Array(1 << this.largeBits).fill(-1);
      const grownMask = grown.length - 1;
      for (let i = 0; i < table.length; i++) {
        const entry = table[i] as number;
        if (entry === -1) continue;
        let to = IntegerSet.largeSlot(entry, this.largeBits);
        while (grown[to] !== -1) to = (to + 1) & grownMask;
        grown[to] = entry;
      }
      this.large = grown;
    }
    return false;
  }
}

/** A growing byte buffer that canonical records are written to. */
class ByteArena {
  bytes: Uint8Array;
  length = 0;
  constructor(capacity = 1 << 12) {
    this.bytes = new Uint8Array(capacity);
  }
  reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

function writeText(arena: ByteArena, text: string): void {
  arena.reserve(text.length * 3 + 1);
  const bytes = arena.bytes;
  let at = arena.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes[at++] = unit;
    else {
      bytes[at++] = ESCAPE;
      bytes[at++] = unit >>> 8;
      bytes[at++] = unit & 0xff;
    }
  }
  bytes[at++] = END;
  arena.length = at;
}

function writeFloat(arena: ByteArena, x: number): void {
  arena.reserve(8);
  scratch.setFloat64(0, x === 0 ? 0 : x);
  for (let i = 0; i < 8; i++) arena.bytes[arena.length++] = scratch.getUint8(i);
}

function writeValue(arena: ByteArena, value: unknown): void {
  arena.reserve(2);
  if (value === null || value === undefined) {
    arena.bytes[arena.length++] = TAG_NULL;
    return;
  }
  switch (typeof value) {
    case "string":
      arena.bytes[arena.length++] = TAG_TEXT;
      writeText(arena, value);
      return;
    case "number":
      arena.bytes[arena.length++] = TAG_NUMBER;
      writeFloat(arena, Number.isNaN(value) ? Number.NaN : value);
      return;
    case "boolean":
      arena.bytes[arena.length++] = TAG_BOOLEAN;
      arena.bytes[arena.length++] = value ? 1 : 0;
      return;
    case "bigint":
      arena.bytes[arena.length++] = TAG_BIGINT;
      writeText(arena, value.toString());
      return;
    default:
      if (value instanceof Date) {
        arena.bytes[arena.length++] = TAG_DATE;
        writeFloat(arena, value.getTime());
        return;
      }
      arena.bytes[arena.length++] = TAG_JSON;
      writeText(
        arena,
        JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? item.toString() : item)) ?? "",
      );
  }
}

/** 64 bits of cyrb53's mixing over bytes: [low lane, high lane]. */
function hashBytes(bytes: Uint8Array, from: number, to: number, out: Uint32Array, at: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = from; i < to; i++) {
    const byte = bytes[i] as number;
    h1 = Math.imul(h1 ^ byte, 2654435761);
    h2 = Math.imul(h2 ^ byte, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[at] = h1 >>> 0;
  out[at + 1] = h2 >>> 0;
}

/** The readable form of a record, for report samples: values joined by ", " (a null shows as U+0000). */
export function describeRecord(bytes: Uint8Array, from: number, to: number): string {
  const parts: string[] = [];
  let at = from;
  const readText = (): string => {
    let text = "";
    while (at < to && bytes[at] !== END) {
      const byte = bytes[at] as number;
      if (byte === ESCAPE) {
        text += String.fromCharCode(((bytes[at + 1] as number) << 8) | (bytes[at + 2] as number));
        at += 3;
      } else {
        text += String.fromCharCode(byte);
        at++;
      }
    }
    at++;
    return text;
  };
  const readFloat = (): number => {
    for (let i = 0; i < 8; i++) scratch.setUint8(i, bytes[at + i] as number);
    at += 8;
    return scratch.getFloat64(0);
  };
  while (at < to) {
    const tag = bytes[at++];
    switch (tag) {
      case TAG_NULL:
        parts.push("\u0000");
        break;
      case TAG_NUMBER:
        parts.push(String(readFloat()));
        break;
      case TAG_BOOLEAN:
        parts.push(bytes[at++] === 1 ? "true" : "false");
        break;
      case TAG_DATE: {
        const time = readFloat();
        parts.push(Number.isNaN(time) ? "Invalid Date" : new Date(time).toISOString());
        break;
      }
      default:
        parts.push(readText());
    }
  }
  return parts.join(", ");
}

/**
 * The canonical records of a run of keys, with their hashes: what a worker sends for the calling thread to
 * insert. Record i is bytes[offsets[i]..offsets[i+1]); its hash is hashes[2i], hashes[2i+1].
 */
export interface KeyRecordsJSON {
  count: number;
  bytes: Uint8Array;
  offsets: Uint32Array;
  hashes: Uint32Array;
  /**
   * When every record was written by `addNumbers` (a number or a null): per record, the safe integer it
   * stands for (what safeIntegerNumber reads back from its bytes), else NaN. KeySet.has reads it instead
   * of the bytes.
   */
  integers?: Float64Array;
}

/** Builds {@link KeyRecordsJSON}: one record per `add`, keys of `indexes` (or the whole row). */
export class KeyRecords {
  private readonly arena = new ByteArena();
  private offsets = new Uint32Array(1024);
  private count = 0;
  /**
   * safeIntegerNumber of each record while every record came from `addNumbers` (undefined before the first
   * record), null once another kind of record was added.
   */
  private integers: Float64Array | null | undefined;

  constructor(readonly indexes?: readonly number[]) {}

  /** Room in `offsets` for one more record's end. */
  private reserveRecord(): void {
    if (this.count + 2 > this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
  }

  add(row: readonly unknown[]): void {
    this.integers = null;
    this.reserveRecord();
    this.offsets[this.count] = this.arena.length;
    const indexes = this.indexes;
    if (indexes) for (let i = 0; i < indexes.length; i++) writeValue(this.arena, row[indexes[i] as number]);
    else for (let i = 0; i < row.length; i++) writeValue(this.arena, row[i]);
    this.count++;
    this.offsets[this.count] = this.arena.length;
  }

  /**
   * `add(row)` where the row's key fields are `tokenizer.text(record, field)`, written from the field's
   * bytes when they are ASCII without a doubled quote (then writeText's record is those bytes: one byte per
   * code unit below 0x80), else from the text.
   */
  addCsv(tokenizer: CsvTokenizer, record: number): void {
    const indexes = this.indexes;
    if (!indexes) throw new Error("addCsv needs the key's column indexes");
    this.integers = null;
    this.reserveRecord();
    this.offsets[this.count] = this.arena.length;
    const arena = this.arena;
    const base = record * tokenizer.width;
    for (let i = 0; i < indexes.length; i++) {
      const at = base + (indexes[i] as number);
      const from = tokenizer.starts[at] as number;
      const to = tokenizer.ends[at] as number;
      const bytes = tokenizer.bytes;
      let ascii = tokenizer.escaped[at] !== 1;
      for (let b = from; ascii && b < to; b++) if ((bytes[b] as number) >= 0x80) ascii = false;
      if (from === to || !ascii) {
        writeValue(arena, tokenizer.text(record, indexes[i] as number));
        continue;
      }
      arena.reserve(to - from + 2);
      const out = arena.bytes;
      let length = arena.length;
      out[length++] = TAG_TEXT;
      for (let b = from; b < to; b++) out[length++] = bytes[b] as number;
      out[length++] = END;
      arena.length = length;
    }
    this.count++;
    this.offsets[this.count] = this.arena.length;
  }

  /**
   * `add(row)` for `count` rows whose key is one number column: row r's value is `numbers[k]` with
   * k = at[r] (r when `at` is undefined), null where k < 0. The records are written as writeValue writes a
   * number or a null, without a row or a value per row.
   */
  addNumbers(numbers: Float64Array, at: Int32Array | undefined, count: number): void {
    if (this.indexes?.length !== 1) throw new Error("addNumbers needs a key of one column");
    let offsets = this.offsets;
    if (this.count + count + 1 > offsets.length) {
      let length = offsets.length * 2;
      while (this.count + count + 1 > length) length *= 2;
      offsets = new Uint32Array(length);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    let integers = this.integers;
    if (integers !== null) {
      if (integers === undefined || integers.length < offsets.length) {
        const grown = new Float64Array(offsets.length);
        if (integers) grown.set(integers);
        integers = grown;
        this.integers = integers;
      }
    }
    const arena = this.arena;
    arena.reserve(9 * count);
    const out = arena.bytes;
    let length = arena.length;
    let n = this.count;
    for (let r = 0; r < count; r++) {
      const k = at === undefined ? r : (at[r] as number);
      if (integers)
        integers[n] = k >= 0 && Number.isSafeInteger(numbers[k]) ? (numbers[k] as number) + 0 : Number.NaN;
      offsets[n++] = length;
      if (k < 0) {
        out[length++] = TAG_NULL;
        continue;
      }
      const x = numbers[k] as number;
      out[length++] = TAG_NUMBER;
      // writeFloat: big-endian IEEE-754, −0 as 0 (and NaN as the one NaN writeValue writes)
      scratch.setFloat64(0, x === 0 ? 0 : Number.isNaN(x) ? Number.NaN : x);
      const high = scratch.getInt32(0);
      const low = scratch.getInt32(4);
      out[length] = high >>> 24;
      out[length + 1] = high >>> 16;
      out[length + 2] = high >>> 8;
      out[length + 3] = high;
      out[length + 4] = low >>> 24;
      out[length + 5] = low >>> 16;
      out[length + 6] = low >>> 8;
      out[length + 7] = low;
      length += 8;
    }
    offsets[n] = length;
    arena.length = length;
    this.count = n;
  }

  /** Adds an empty record, which stands for "no key" (a null leakage key); see {@link isAbsent}. */
  addAbsent(): void {
    this.integers = null;
    this.reserveRecord();
    this.offsets[this.count] = this.arena.length;
    this.count++;
    this.offsets[this.count] = this.arena.length;
  }

  toJSON(): KeyRecordsJSON {
    const hashes = new Uint32Array(this.count * 2);
    const bytes = this.arena.bytes;
    const integers = this.integers;
    for (let i = 0; i < this.count; i++) {
      const from = this.offsets[i] as number;
      const to = this.offsets[i + 1] as number;
      // a KeySet keeps these as integers and never reads their hash
      if (integers) {
        if (!Number.isNaN(integers[i])) continue;
      } else if (canonicalInteger(bytes, from, to) >= 0 || !Number.isNaN(safeIntegerNumber(bytes, from, to)))
        continue;
      hashBytes(bytes, from, to, hashes, 2 * i);
    }
    return {
      count: this.count,
      bytes: bytes.slice(0, this.arena.length),
      offsets: this.offsets.slice(0, this.count + 1),
      hashes,
      ...(integers ? { integers: integers.slice(0, this.count) } : {}),
    };
  }
}

/** Record i was added with `addAbsent` (a real record holds at least one tag byte). */
export function isAbsent(records: KeyRecordsJSON, i: number): boolean {
  return records.offsets[i] === records.offsets[i + 1];
}

/** An exact set of records (see the module comment). */
export class KeySet {
  private table = new Uint32Array(1 << 10);
  private mask = (1 << 10) - 1;
  private size = 0;
  private hashes = new Uint32Array(1 << 10);
  private starts = new Uint32Array(1 << 9);
  private ends = new Uint32Array(1 << 9);
  private readonly arena = new ByteArena(1 << 14);
  /** Hash hits whose records differed: collisions found and kept apart (for tests and diagnostics). */
  collisions = 0;

  /** Keys that are one canonical decimal integer as text (an id column), kept as the integer. */
  private readonly integers = new IntegerSet();
  /** Keys that are one number with a safe integer value x: x ≥ 0 here, −x in `negatives` when x < 0. */
  private readonly numbers = new IntegerSet();
  private readonly negatives = new IntegerSet();

  get count(): number {
    return this.size + this.integers.count + this.numbers.count + this.negatives.count;
  }

  /**
   * Record `i` of `records`: true when an equal record is already in the set; otherwise false, and the
   * record is added when `insert` is set.
   */
  has(records: KeyRecordsJSON, i: number, insert: boolean): boolean {
    const from = records.offsets[i] as number;
    const to = records.offsets[i + 1] as number;
    const bytes = records.bytes;
    let number: number;
    // a number or a null (never canonical text), with its safeIntegerNumber at hand
    if (records.integers !== undefined) number = records.integers[i] as number;
    else {
      const integer = canonicalInteger(bytes, from, to);
      if (integer >= 0) return this.integers.has(integer, insert);
      number = safeIntegerNumber(bytes, from, to);
    }
    if (number >= 0) return this.numbers.has(number, insert);
    if (number < 0) return this.negatives.has(-number, insert);
    const h1 = records.hashes[2 * i] as number;
    const h2 = records.hashes[2 * i + 1] as number;
    let slot = h1 & this.mask;
    for (;;) {
      const entry = this.table[slot] as number;
      if (entry === 0) break;
      const e = entry - 1;
      if (this.hashes[2 * e] === h1 && this.hashes[2 * e + 1] === h2) {
        if (this.sameRecord(e, bytes, from, to)) return true;
        this.collisions++;
      }
      slot = (slot + 1) & this.mask;
    }
    if (!insert) return false;
    this.insertAt(slot, h1, h2, bytes, from, to);
    return false;
  }

  private sameRecord(e: number, bytes: Uint8Array, from: number, to: number): boolean {
    const start = this.starts[e] as number;
    const length = (this.ends[e] as number) - start;
    if (length !== to - from) return false;
    const stored = this.arena.bytes;
    for (let i = 0; i < length; i++) if (stored[start + i] !== bytes[from + i]) return false;
    return true;
  }

  private insertAt(slot: number, h1: number, h2: number, bytes: Uint8Array, from: number, to: number): void {
    const e = this.size++;
    if (2 * this.size > this.hashes.length) {
      const hashes = new Uint32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const starts = new Uint32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Uint32Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.hashes[2 * e] = h1;
    this.hashes[2 * e + 1] = h2;
    this.arena.reserve(to - from);
    this.arena.bytes.set(bytes.subarray(from, to), this.arena.length);
    this.starts[e] = this.arena.length;
    this.arena.length += to - from;
    this.ends[e] = this.arena.length;
    this.table[slot] = e + 1;
    if (2 * this.size > this.table.length) this.grow();
  }

  private grow(): void {
    const table = new Uint32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let e = 0; e < this.size; e++) {
      let slot = (this.hashes[2 * e] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = e + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}
