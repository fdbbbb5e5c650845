import type { FrequentValues } from "./frequent-values.js";

/**
 * A front for a {@link FrequentValues} that counts string values by their UTF-8 bytes, so a value seen before
 * needs no string and no string hash: a CSV field's bytes are looked up in a small open-addressing table
 * (FNV-1a of the bytes, collisions settled by comparing the bytes), and a hit only adds to a pending count.
 *
 * The caller adds a value the table does not hold to the FrequentValues itself, with its text (which decides
 * whether it is new and whether the column turns high-cardinality, exactly as before), and then `insert`s it.
 * A pending count only ever belongs to a value already in the FrequentValues, so holding it back changes
 * neither which values are counted nor when the cap is passed; `flush` adds the pending counts before the
 * counts are read. One text may sit under several byte keys (e.g. an escaped and an unescaped spelling): each
 * adds to the same key when flushed. Entries are bounded by the values the FrequentValues holds.
 */
export class FrequentBytes {
  private slots = new Int32Array(64).fill(-1);
  private mask = 63;
  private hashes = new Int32Array(32);
  private offsets = new Int32Array(32);
  private lengths = new Int32Array(32);
  private pool = new Uint8Array(256);
  private poolUsed = 0;
  private readonly texts: string[] = [];
  private pending = new Float64Array(32);
  private size = 0;
  /** Entries held by their bytes (the others are held by a short key). */
  private longSize = 0;
  /** Fields of at most 4 ASCII bytes by their `shortKey` (+1; 0 is a free slot), and their entries. */
  private shortSlots = new Int32Array(64);
  private shortEntries = new Int32Array(64);
  private shortMask = 63;
  private shortSize = 0;
  /** Fields of one or two bytes by `tinyIndex` of their short key (entry + 1; 0 is none), made with the first. */
  private tiny: Int32Array | undefined;

  /**
   * bytes[start, end) of 1 to 4 bytes, all ASCII, as a whole number below 2^30 (7 bits a byte and the
   * length), which no other bytes give; -1 for any other field.
   */
  static shortKey(bytes: Uint8Array, start: number, end: number): number {
    const n = end - start;
    if (n > 4) return -1;
    let key = 0;
    let all = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      all |= b;
      key = (key << 7) | b;
    }
    return all < 0x80 ? key | ((n - 1) << 28) : -1;
  }

  /** `count` of a field by its `shortKey`. */
  countShort(key: number): boolean {
    if (key < TINY_KEYS) {
      const entry = this.tiny === undefined ? -1 : (this.tiny[tinyIndex(key)] as number) - 1;
      if (entry < 0) return false;
      this.pending[entry] = (this.pending[entry] as number) + 1;
      return true;
    }
    const mask = this.shortMask;
    const slots = this.shortSlots;
    for (let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot] as number;
      if (held === 0) return false;
      if (held === key + 1) {
        const entry = this.shortEntries[slot] as number;
        this.pending[entry] = (this.pending[entry] as number) + 1;
        return true;
      }
    }
  }

  /** `insert` of a field by its `shortKey`. */
  insertShort(key: number, text: string): void {
    const entry = this.addEntry(text);
    this.hashes[entry] = key;
    this.lengths[entry] = -1;
    if (key < TINY_KEYS) {
      this.tiny ??= new Int32Array(TINY_SIZE);
      this.tiny[tinyIndex(key)] = entry + 1;
      return;
    }
    if (++this.shortSize * 2 > this.shortSlots.length) {
      const slots = this.shortSlots;
      const entries = this.shortEntries;
      this.shortSlots = new Int32Array(slots.length * 2);
      this.shortEntries = new Int32Array(slots.length * 2);
      this.shortMask = slots.length * 2 - 1;
      for (let slot = 0; slot < slots.length; slot++)
        if ((slots[slot] as number) !== 0)
          this.placeShort((slots[slot] as number) - 1, entries[slot] as number);
    } else this.placeShort(key, entry);
  }

  /** FNV-1a of bytes[start, end), mixed with the length. */
  static hash(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    return h;
  }

  /** Adds one to the pending count of bytes[start, end) (hashed to `hash`); false when the table lacks it. */
  count(bytes: Uint8Array, start: number, end: number, hash: number): boolean {
    const n = end - start;
    const mask = this.mask;
    const slots = this.slots;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry < 0) return false;
      if (this.hashes[entry] !== hash || this.lengths[entry] !== n) continue;
      const pool = this.pool;
      let at = this.offsets[entry] as number;
      let i = start;
      while (i < end && pool[at] === bytes[i]) {
        at++;
        i++;
      }
      if (i !== end) continue;
      this.pending[entry] = (this.pending[entry] as number) + 1;
      return true;
    }
  }

  /** Holds bytes[start, end) (not held yet, hashed to `hash`) as `text`, with nothing pending. */
  insert(bytes: Uint8Array, start: number, end: number, hash: number, text: string): void {
    const n = end - start;
    if (this.poolUsed + n > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + n));
      pool.set(this.pool.subarray(0, this.poolUsed));
      this.pool = pool;
    }
    const entry = this.addEntry(text);
    this.pool.set(bytes.subarray(start, end), this.poolUsed);
    this.hashes[entry] = hash;
    this.offsets[entry] = this.poolUsed;
    this.lengths[entry] = n;
    this.poolUsed += n;
    if (++this.longSize * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry);
  }

  /** A new entry for `text`, nothing pending. */
  private addEntry(text: string): number {
    if (this.size === this.hashes.length) {
      const capacity = this.size * 2;
      this.hashes = grow(this.hashes, new Int32Array(capacity));
      this.offsets = grow(this.offsets, new Int32Array(capacity));
      this.lengths = grow(this.lengths, new Int32Array(capacity));
      const pending = new Float64Array(capacity);
      pending.set(this.pending);
      this.pending = pending;
    }
    this.texts.push(text);
    return this.size++;
  }

  /** Adds every pending count to `frequent` and clears them. */
  flush(frequent: FrequentValues): void {
    const pending = this.pending;
    for (let entry = 0; entry < this.size; entry++) {
      const count = pending[entry] as number;
      if (count === 0) continue;
      frequent.add(this.texts[entry] as string, count);
      pending[entry] = 0;
    }
  }

  private placeShort(key: number, entry: number): void {
    const mask = this.shortMask;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
    while ((this.shortSlots[slot] as number) !== 0) slot = (slot + 1) & mask;
    this.shortSlots[slot] = key + 1;
    this.shortEntries[slot] = entry;
  }

  private place(entry: number): void {
    const mask = this.mask;
    let slot = (this.hashes[entry] as number) & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let entry = 0; entry < this.size; entry++)
      if ((this.lengths[entry] as number) >= 0) this.place(entry);
  }
}

/** Short keys below this are of one or two bytes (the length, less one, is in bits 28 and 29). */
const TINY_KEYS = 2 << 28;
/** 128 one-byte keys, then 128 × 128 two-byte ones. */
const TINY_SIZE = 128 + 128 * 128;

/** A short key of one or two bytes as an index below TINY_SIZE. */
function tinyIndex(key: number): number {
  return key < 1 << 28 ? key : 128 + (key & 0x3fff);
}

function grow(from: Int32Array, to: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  to.set(from);
  return to;
}
