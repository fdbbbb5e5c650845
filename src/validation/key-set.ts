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
 * Records made in a worker ({@link KeyRecords}: the arena, the offsets and the hashes of its rows, all
 * typed arrays, so they move between threads without copying) are inserted into one set by the calling
 * thread, in row order, which makes the result the same whatever the number of threads.
 */

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
}

/** Builds {@link KeyRecordsJSON}: one record per `add`, keys of `indexes` (or the whole row). */
export class KeyRecords {
  private readonly arena = new ByteArena();
  private offsets = new Uint32Array(1024);
  private count = 0;

  constructor(readonly indexes?: readonly number[]) {}

  add(row: readonly unknown[]): void {
    if (this.count + 2 > this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.count] = this.arena.length;
    const indexes = this.indexes;
    if (indexes) for (let i = 0; i < indexes.length; i++) writeValue(this.arena, row[indexes[i] as number]);
    else for (let i = 0; i < row.length; i++) writeValue(this.arena, row[i]);
    this.count++;
    this.offsets[this.count] = this.arena.length;
  }

  /** Adds an empty record, which stands for "no key" (a null leakage key); see {@link isAbsent}. */
  addAbsent(): void {
    if (this.count + 2 > this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.count] = this.arena.length;
    this.count++;
    this.offsets[this.count] = this.arena.length;
  }

  toJSON(): KeyRecordsJSON {
    const hashes = new Uint32Array(this.count * 2);
    const bytes = this.arena.bytes;
    for (let i = 0; i < this.count; i++)
      hashBytes(bytes, this.offsets[i] as number, this.offsets[i + 1] as number, hashes, 2 * i);
    return {
      count: this.count,
      bytes: bytes.slice(0, this.arena.length),
      offsets: this.offsets.slice(0, this.count + 1),
      hashes,
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

  get count(): number {
    return this.size;
  }

  /**
   * Record `i` of `records`: true when an equal record is already in the set; otherwise false, and the
   * record is added when `insert` is set.
   */
  has(records: KeyRecordsJSON, i: number, insert: boolean): boolean {
    const h1 = records.hashes[2 * i] as number;
    const h2 = records.hashes[2 * i + 1] as number;
    const from = records.offsets[i] as number;
    const to = records.offsets[i + 1] as number;
    const bytes = records.bytes;
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
