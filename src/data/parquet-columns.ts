import type { Compressors, DecodedArray, RowGroup, SchemaTree } from "hyparquet";
import { parquetHeader } from "hyparquet/src/column.js";
import { DEFAULT_PARSERS } from "hyparquet/src/convert.js";
import { decompressPage, readDataPage, readDataPageV2 } from "hyparquet/src/datapage.js";
import { readRleBitPackedHybrid } from "hyparquet/src/encoding.js";
import { readPlain } from "hyparquet/src/plain.js";
import { hybridKernel } from "./hybrid-kernel.js";
import { chunkRange } from "./parquet-guard.js";
import { snappyUncompress } from "./snappy.js";

/**
 * Row groups of flat Parquet files decoded column by column into typed arrays, without a JavaScript value
 * per cell where the type allows: numbers in a Float64Array (64-bit integers read from their two 32-bit
 * halves, no BigInt unless a value is outside the safe range), timestamps as epoch milliseconds, booleans
 * as 0/1, strings of a dictionary page as the dictionary's strings and indices, plain strings as byte
 * ranges decoded only when asked for. `value(row)` gives exactly the value the row reader
 * (read-parquet.ts: hyparquet's rows, normalized) gives, so checks and profiles fed from columns see what
 * they would see from rows. Columns this decoder does not cover (nested data, INT96, decimals, dates,
 * unsigned and fixed-length types) make {@link columnarKinds} return undefined, and the file is read as
 * rows. Encodings other than PLAIN and dictionary are decoded by hyparquet's readDataPage.
 */

export type ColumnarKind = "number" | "time" | "boolean" | "string";

interface Leaf {
  kind: ColumnarKind;
  /** time columns: units per millisecond (1, 1000, 1e6). */
  per: number;
}

/** How each column of `tree` decodes column-wise, or undefined when one of them cannot. */
export function columnarKinds(tree: SchemaTree): Leaf[] | undefined {
  const leaves: Leaf[] = [];
  for (const child of tree.children) {
    const element = child.element;
    if (child.children.length > 0 || element.repetition_type === "REPEATED") return undefined;
    const ctype = element.converted_type;
    const ltype = element.logical_type;
    switch (element.type) {
      case "BOOLEAN":
      case "FLOAT":
      case "DOUBLE":
        if (ctype !== undefined || ltype !== undefined) return undefined;
        leaves.push({ kind: element.type === "BOOLEAN" ? "boolean" : "number", per: 1 });
        break;
      case "INT32":
      case "INT64": {
        const signedInteger =
          (ctype === undefined ||
            ctype === "INT_8" ||
            ctype === "INT_16" ||
            ctype === "INT_32" ||
            ctype === "INT_64") &&
          (ltype === undefined || (ltype.type === "INTEGER" && ltype.isSigned));
        if (signedInteger) {
          leaves.push({ kind: "number", per: 1 });
          break;
        }
        if (element.type !== "INT64") return undefined;
        // hyparquet reads the converted type first, then the logical one (convert.js)
        if (ctype === "TIMESTAMP_MILLIS") leaves.push({ kind: "time", per: 1 });
        else if (ctype === "TIMESTAMP_MICROS") leaves.push({ kind: "time", per: 1000 });
        else if (ctype === undefined && ltype?.type === "TIMESTAMP")
          leaves.push({
            kind: "time",
            per: ltype.unit === "MILLIS" ? 1 : ltype.unit === "MICROS" ? 1000 : 1e6,
          });
        else return undefined;
        break;
      }
      case "BYTE_ARRAY":
        if ((ctype !== undefined && ctype !== "UTF8") || (ltype !== undefined && ltype.type !== "STRING"))
          return undefined;
        leaves.push({ kind: "string", per: 1 });
        break;
      default:
        return undefined;
    }
  }
  return leaves;
}

type ColumnDecoder = Parameters<typeof readDataPageV2>[2];

const TWO_32 = 4294967296;
const textDecoder = new TextDecoder();

/**
 * Byte strings as ranges of the buffers they were read from (a page, or hyparquet's arrays), instead of a
 * Uint8Array per value. Offsets are absolute within their buffer.
 */
export class ByteRanges {
  readonly buffers: Uint8Array[] = [];
  readonly which: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  private lastBuffer: ArrayBufferLike | undefined;
  private views: (Buffer & { latin1Slice?: (start: number, end: number) => string })[] = [];

  /** `arrays`: which, start and end, each of `length` (reused: every range is set before it is read). */
  constructor(
    readonly length: number,
    arrays?: readonly [Int32Array, Int32Array, Int32Array],
  ) {
    this.which = arrays ? arrays[0] : new Int32Array(length);
    this.start = arrays ? arrays[1] : new Int32Array(length);
    this.end = arrays ? arrays[2] : new Int32Array(length);
  }

  private bufferOf(buffer: ArrayBufferLike): number {
    if (buffer !== this.lastBuffer) {
      this.lastBuffer = buffer;
      this.buffers.push(new Uint8Array(buffer));
    }
    return this.buffers.length - 1;
  }

  /** Value `k` is `bytes`. */
  set(k: number, bytes: Uint8Array): void {
    this.which[k] = this.bufferOf(bytes.buffer);
    this.start[k] = bytes.byteOffset;
    this.end[k] = bytes.byteOffset + bytes.length;
  }

  /**
   * Values k … k + count − 1 are PLAIN byte arrays (a 4-byte little-endian length, then the bytes) from
   * `offset` in `page`, as hyparquet's readPlainByteArray reads them; throws when one runs past the page.
   */
  readPlain(page: Uint8Array, offset: number, count: number, k: number): void {
    const b = this.bufferOf(page.buffer);
    const bytes = this.buffers[b] as Uint8Array;
    const limit = page.byteOffset + page.length;
    let pos = page.byteOffset + offset;
    for (let i = 0; i < count; i++) {
      if (pos + 4 > limit) throw new Error("a byte array's length runs past its page");
      const length =
        ((bytes[pos] as number) |
          ((bytes[pos + 1] as number) << 8) |
          ((bytes[pos + 2] as number) << 16) |
          ((bytes[pos + 3] as number) << 24)) >>>
        0;
      const start = pos + 4;
      pos = start + length;
      if (pos > limit) throw new Error("a byte array runs past its page");
      this.which[k + i] = b;
      this.start[k + i] = start;
      this.end[k + i] = pos;
    }
  }

  /** The first byte of value `k`, or undefined when it is empty. */
  first(k: number): number | undefined {
    const start = this.start[k] as number;
    return start < (this.end[k] as number) ? this.buffers[this.which[k] as number]?.[start] : undefined;
  }

  /**
   * hyparquet's `new TextDecoder().decode(bytes)` of value `k`; ASCII (most values) is sliced as latin1
   * from the buffer instead, the same string at a third of the cost.
   */
  text(k: number): string {
    const b = this.which[k] as number;
    const bytes = this.buffers[b] as Uint8Array;
    const start = this.start[k] as number;
    const end = this.end[k] as number;
    for (let i = start; i < end; i++)
      if ((bytes[i] as number) >= 0x80) return textDecoder.decode(bytes.subarray(start, end));
    let view = this.views[b];
    if (!view) {
      view = Buffer.from(bytes.buffer);
      this.views[b] = view;
    }
    // latin1Slice is what toString("latin1") calls, without its argument handling
    return view.latin1Slice ? view.latin1Slice(start, end) : view.toString("latin1", start, end);
  }
}

/**
 * The `numbers` and `codes` arrays of a run of row groups' columns, by column: the arrays of one group are
 * reused by the next (so they live only until the next group is decoded), instead of new ones per group.
 * Every value index a column holds is written before it is read; the others are never read.
 */
export class ColumnBuffers {
  private readonly numberArrays: Float64Array[] = [];
  private readonly codeArrays: Int32Array[] = [];
  private readonly atArrays: Int32Array[] = [];
  private readonly rangeArrayList: [Int32Array, Int32Array, Int32Array][] = [];
  private pages = new Uint8Array(1 << 20);
  private used = 0;
  private readonly groupBytes: Uint8Array[] = [new Uint8Array(0), new Uint8Array(0)];

  /**
   * `size` bytes to read a row group's column chunks into: the start of buffer `slot` (0 or 1: a group is
   * read while the one before it is decoded, so two are in use), when it is large enough (a new one, with
   * room to spare, when not). Every read of a group's bytes is bounded by its chunks' ranges
   * (parquet-guard.ts checks the pages against them), so the bytes past `size`, left from an earlier group,
   * are never read.
   */
  group(size: number, slot: number): Uint8Array {
    let bytes = this.groupBytes[slot] as Uint8Array;
    if (bytes.length < size) {
      // not zero-filled: readRange fills it to `size` or throws
      const length = Math.max(size, Math.ceil(bytes.length * 1.25));
      const buffer = Buffer.allocUnsafeSlow(length);
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, length);
      this.groupBytes[slot] = bytes;
    }
    return bytes.subarray(0, size);
  }

  /** A new row group: the pages of the last one are no longer read. */
  startGroup(): void {
    this.used = 0;
  }

  /** `size` bytes for a decompressed string page of this row group (kept until the next group starts). */
  page(size: number): Uint8Array {
    if (this.used + size > this.pages.length) {
      // pages handed out before stay in the old buffer, which is left to them
      this.pages = new Uint8Array(Math.max(2 * this.pages.length, size));
      this.used = 0;
    }
    const page = this.pages.subarray(this.used, this.used + size);
    this.used += size;
    return page;
  }

  numbers(c: number, rows: number): Float64Array {
    let array = this.numberArrays[c];
    if (!array || array.length < rows) {
      array = new Float64Array(rows);
      this.numberArrays[c] = array;
    }
    return array.subarray(0, rows);
  }

  /** The which, start and end arrays of a column's plain string ranges (ByteRanges). */
  rangeArrays(c: number, rows: number): [Int32Array, Int32Array, Int32Array] {
    let arrays = this.rangeArrayList[c];
    if (!arrays || arrays[0].length < rows) {
      arrays = [new Int32Array(rows), new Int32Array(rows), new Int32Array(rows)];
      this.rangeArrayList[c] = arrays;
    }
    return [arrays[0].subarray(0, rows), arrays[1].subarray(0, rows), arrays[2].subarray(0, rows)];
  }

  /** A column's row → value index array (`at`), written for every row before it is read. */
  rowIndexes(c: number, rows: number): Int32Array {
    let array = this.atArrays[c];
    if (!array || array.length < rows) {
      array = new Int32Array(rows);
      this.atArrays[c] = array;
    }
    return array.subarray(0, rows);
  }

  codes(c: number, rows: number): Int32Array {
    let array = this.codeArrays[c];
    if (!array || array.length < rows) {
      array = new Int32Array(rows);
      this.codeArrays[c] = array;
    }
    return array.subarray(0, rows);
  }
}

/** One column of one row group. */
export class ParquetColumn {
  /** Per row: the index of its value, −1 for null; undefined when no row is null (the index is the row). */
  at: Int32Array | undefined;
  /** number, time (epoch ms) and boolean (0/1) values. */
  numbers: Float64Array;
  /** number values outside the safe integer range, by value index. */
  big: Map<number, bigint> | undefined;
  /** string values: the dictionary index, or −1 for a plain value (see `bytes`). */
  codes: Int32Array | undefined;
  /** The dictionary's strings, decoded when first asked for, and their bytes. */
  dictionary: (string | undefined)[] = [];
  dictionaryBytes: ByteRanges = new ByteRanges(0);
  /** plain string values, by value index. */
  bytes: ByteRanges | undefined;

  constructor(
    readonly kind: ColumnarKind,
    readonly rows: number,
    private readonly buffers?: ColumnBuffers,
    /** The column's position, which picks its arrays in `buffers`. */
    readonly c = 0,
  ) {
    if (kind === "string") {
      this.numbers = new Float64Array(0);
      this.codes = buffers ? buffers.codes(c, rows) : new Int32Array(rows);
    } else this.numbers = buffers ? buffers.numbers(c, rows) : new Float64Array(rows);
  }

  /** The byte ranges of the column's plain strings, made when first asked for (with `buffers`' arrays). */
  plainBytes(): ByteRanges {
    this.bytes ??= new ByteRanges(this.rows, this.buffers?.rangeArrays(this.c, this.rows));
    return this.bytes;
  }

  /** The value index of `row`, −1 when null. */
  index(row: number): number {
    return this.at === undefined ? row : (this.at[row] as number);
  }

  /** The string of value `k` of a string column. */
  text(k: number): string {
    const code = (this.codes as Int32Array)[k] as number;
    if (code >= 0) {
      const text = this.dictionary[code];
      if (text !== undefined) return text;
      const decoded = this.dictionaryBytes.text(code);
      this.dictionary[code] = decoded;
      return decoded;
    }
    return (this.bytes as ByteRanges).text(k);
  }

  /**
   * Whether string value `k` is surely not blank (its first byte is printable ASCII) without decoding it;
   * false means "decode and look".
   */
  surelyText(k: number): boolean {
    const code = (this.codes as Int32Array)[k] as number;
    const first = code >= 0 ? this.dictionaryBytes.first(code) : this.bytes?.first(k);
    return first !== undefined && first > 32 && first < 127;
  }

  /** The value of `row` as the row reader gives it (null, number, bigint, boolean, Date, string). */
  value(row: number): unknown {
    const k = this.index(row);
    if (k < 0) return null;
    switch (this.kind) {
      case "number":
        return this.big?.get(k) ?? this.numbers[k];
      case "time":
        return new Date(this.numbers[k] as number);
      case "boolean":
        return this.numbers[k] === 1;
      case "string":
        return this.text(k);
    }
  }
}

/**
 * Decodes every column chunk of `group` (its bytes: `bytes` from file offset `offset`); with `buffers`, into
 * the arrays of the group decoded before with them (see {@link ColumnBuffers}).
 */
export function decodeGroupColumns(
  group: RowGroup,
  tree: SchemaTree,
  leaves: Leaf[],
  bytes: Uint8Array,
  offset: number,
  compressors: Compressors,
  buffers?: ColumnBuffers,
): ParquetColumn[] {
  const rows = Number(group.num_rows);
  buffers?.startGroup();
  return group.columns.map((chunk, c) => {
    const child = tree.children[c] as SchemaTree;
    const leaf = leaves[c] as Leaf;
    const meta = chunk.meta_data;
    if (!meta) throw new Error("a column chunk has no metadata");
    const decoder: ColumnDecoder = {
      pathInSchema: meta.path_in_schema,
      type: meta.type,
      element: child.element,
      schemaPath: [tree, child],
      codec: meta.codec,
      parsers: DEFAULT_PARSERS,
      compressors,
    };
    const { start, end } = chunkRange(chunk);
    const view = new DataView(bytes.buffer, bytes.byteOffset + start - offset, end - start);
    const column = new ParquetColumn(leaf.kind, rows, buffers, c);
    const maxDefinition = child.element.repetition_type === "REQUIRED" ? 0 : 1;
    return decodeChunk(view, decoder, leaf, column, maxDefinition, buffers);
  });
}

/**
 * Where SNAPPY pages of number, time and boolean columns are decompressed: their values are copied out
 * before the next page is read, so one buffer per thread serves every such page (grown as needed) instead of
 * a new array per page. String pages are kept (their values are byte ranges of the page) and get their own.
 */
let scratchPage = new Uint8Array(1 << 16);

/** decompressPage, into {@link scratchPage} when `reuse` is set and the codec is SNAPPY (the same decoder). */
function decompress(
  compressed: Uint8Array,
  size: number,
  decoder: ColumnDecoder,
  reuse: boolean,
  buffers: ColumnBuffers | undefined,
): Uint8Array {
  if (!reuse && buffers && decoder.codec === "SNAPPY") {
    // a string page, into the row group's page buffer: snappyUncompress fills it or throws
    const page = buffers.page(size);
    snappyUncompress(compressed, page);
    return page;
  }
  if (!reuse || decoder.codec !== "SNAPPY")
    return decompressPage(compressed, size, decoder.codec, decoder.compressors);
  if (scratchPage.length < size) scratchPage = new Uint8Array(Math.max(size, 2 * scratchPage.length));
  const page = scratchPage.subarray(0, size);
  snappyUncompress(compressed, page);
  return page;
}

function decodeChunk(
  view: DataView,
  decoder: ColumnDecoder,
  leaf: Leaf,
  column: ParquetColumn,
  maxDefinition: number,
  buffers: ColumnBuffers | undefined,
): ParquetColumn {
  const rows = column.rows;
  const reuse = leaf.kind !== "string";
  const reader = { view, offset: 0 };
  let dictionary: ParquetColumn | undefined;
  let row = 0;
  let k = 0;
  while (row < rows) {
    if (reader.offset >= view.byteLength - 1) break;
    const header = parquetHeader(reader);
    const compressed = new Uint8Array(
      view.buffer,
      view.byteOffset + reader.offset,
      header.compressed_page_size,
    );
    reader.offset += header.compressed_page_size;
    if (header.type === "DICTIONARY_PAGE") {
      const dph = header.dictionary_page_header;
      if (!dph) throw new Error("parquet dictionary page header is undefined");
      const page = decompress(compressed, header.uncompressed_page_size, decoder, reuse, buffers);
      if (leaf.kind === "string") {
        // decoded as hyparquet converts a dictionary (convert.js: stringFromBytes), when first asked for
        dictionary = new ParquetColumn(leaf.kind, 0);
        dictionary.dictionaryBytes = new ByteRanges(dph.num_values);
        dictionary.dictionaryBytes.readPlain(page, 0, dph.num_values, 0);
        // holes read as undefined (not decoded yet), as the filled array did, without filling it
        dictionary.dictionary = new Array<string | undefined>(dph.num_values);
        continue;
      }
      const plain = readPlain(
        { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 },
        decoder.type,
        dph.num_values,
        decoder.element.type_length,
      );
      dictionary = new ParquetColumn(leaf.kind, plain.length);
      fill(dictionary, leaf, plain, 0, plain.length, 0);
      continue;
    }
    let levels: ArrayLike<number>;
    let values: DecodedArray;
    let plain: { page: Uint8Array; offset: number } | undefined;
    let encoding: string;
    let count: number;
    // a number column's values already taken from the dictionary (by the hybrid kernel)
    let mapped = false;
    let counted: number | undefined;
    if (header.type === "DATA_PAGE") {
      const daph = header.data_page_header;
      if (!daph) throw new Error("parquet data page header is undefined");
      const page = decompress(compressed, header.uncompressed_page_size, decoder, reuse, buffers);
      const read = readFlatDataPage(page, daph, decoder, maxDefinition, column, k, dictionary);
      levels = read.levels;
      values = read.values;
      if (read.plainBytes !== undefined) plain = { page, offset: read.plainBytes };
      mapped = read.mapped === true;
      counted = read.present;
      encoding = daph.encoding;
      count = daph.num_values;
    } else if (header.type === "DATA_PAGE_V2") {
      const daph = header.data_page_header_v2;
      if (!daph) throw new Error("parquet data page header v2 is undefined");
      const read = readDataPageV2(compressed, header, decoder);
      levels = read.definitionLevels ?? [];
      values = read.dataPage;
      encoding = daph.encoding;
      count = daph.num_rows;
    } else {
      throw new Error(`parquet unsupported page type: ${header.type}`);
    }
    if (row + count > rows) throw new Error(`its pages hold more than ${rows} rows`);
    const dictionaryCoded = encoding.endsWith("_DICTIONARY");
    if (dictionaryCoded && !dictionary)
      throw new Error("a dictionary-encoded page comes without its dictionary");
    const first = k;
    // rows of this page: value indices, −1 for nulls (and, as hyparquet gives undefined, for indices past
    // the dictionary's end)
    if (levels.length > 0 || column.at !== undefined) {
      if (!column.at) {
        column.at = buffers ? buffers.rowIndexes(column.c, rows) : new Int32Array(rows);
        for (let r = 0; r < row; r++) column.at[r] = r;
      }
      const at = column.at;
      let v = k;
      if (levels.length === 0) for (let i = 0; i < count; i++) at[row + i] = v++;
      else if (levels instanceof Uint8Array)
        for (let i = 0; i < count; i++) at[row + i] = levels[i] === maxDefinition ? v++ : -1;
      else for (let i = 0; i < count; i++) at[row + i] = levels[i] === maxDefinition ? v++ : -1;
    }
    const present = counted ?? (levels.length === 0 ? count : countPresent(levels, maxDefinition));
    if (mapped) {
      // column.numbers[first, first + present) hold the page's values
    } else if (plain) {
      (column.codes as Int32Array).fill(-1, first, first + present);
      column.plainBytes().readPlain(plain.page, plain.offset, present, first);
    } else if (values.length < present) {
      throw new Error(`a page decoded to ${values.length} of its ${present} values`);
    } else if (dictionaryCoded) {
      mapDictionary(column, dictionary as ParquetColumn, values, first, present, row, count);
    } else {
      fill(column, leaf, values, 0, present, first);
    }
    k += present;
    row += count;
  }
  if (row !== rows) throw new Error(`decoded to ${row} rows`);
  return column;
}

/**
 * A version-1 data page of a flat column: hyparquet's readDataPage, with the definition levels and the
 * dictionary indices in typed arrays instead of arrays of numbers (the other encodings go to hyparquet).
 * `levels` is empty when no value is null, as hyparquet leaves it.
 */
function readFlatDataPage(
  page: Uint8Array,
  daph: { num_values: number; encoding: string },
  decoder: ColumnDecoder,
  maxDefinition: number,
  column: ParquetColumn,
  first: number,
  dictionary: ParquetColumn | undefined,
): {
  levels: ArrayLike<number>;
  values: DecodedArray;
  plainBytes?: number;
  mapped?: boolean;
  /** The number of values that are not null, when counted here. */
  present?: number;
} {
  const codes = column.codes;
  const dictionaryCoded = daph.encoding === "PLAIN_DICTIONARY" || daph.encoding === "RLE_DICTIONARY";
  if (maxDefinition > 1 || (daph.encoding !== "PLAIN" && !dictionaryCoded)) {
    const read = readDataPage(page, daph as Parameters<typeof readDataPage>[1], decoder);
    return { levels: read.definitionLevels ?? [], values: read.dataPage };
  }
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const reader = { view, offset: 0 };
  const count = daph.num_values;
  let levels: Uint8Array = EMPTY;
  let present = count;
  if (maxDefinition === 1) {
    const end = allPresentLevels(page, count);
    if (end >= 0) reader.offset = end;
    else {
      levels = new Uint8Array(count);
      readRleBitPackedHybrid(reader, 1, levels);
      present = countPresent(levels, 1);
      if (present === count) levels = EMPTY;
    }
  }
  // plain strings: read into the column's byte ranges by the caller, from this offset
  if (!dictionaryCoded && decoder.type === "BYTE_ARRAY")
    return { levels, present, values: [], plainBytes: reader.offset };
  if (!dictionaryCoded && decoder.type === "BOOLEAN" && reader.offset + Math.ceil(present / 8) <= page.length)
    return { levels, present, values: readBooleans(page, reader.offset, present) };
  if (!dictionaryCoded)
    return { levels, present, values: readPlain(reader, decoder.type, present, decoder.element.type_length) };
  // a string column's codes are its dictionary indices: read in place; other columns' indices are mapped
  // to values right away (mapDictionary), so they share one buffer
  let indices: Int32Array;
  if (codes) indices = codes.subarray(first, first + present);
  else {
    if (scratchIndices.length < present)
      scratchIndices = new Int32Array(Math.max(present, 2 * scratchIndices.length));
    indices = scratchIndices.subarray(0, present);
  }
  const width = view.getUint8(reader.offset++);
  // the hybrid kernel: a string column's indices, or a number column's values (hybridKernel declines an
  // index past the dictionary, and every page readHybrid throws on: they take the path below)
  if (width >= 1 && width <= 24 && dictionary && present >= hybridKernelPages.minValues) {
    if (codes) {
      if (
        dictionary.kind === "string" &&
        hybridKernel(
          page,
          reader.offset,
          width,
          present,
          dictionary.dictionaryBytes.length,
          undefined,
          indices,
        )
      ) {
        hybridKernelPages.taken++;
        return { levels, present, values: indices };
      }
    } else if (
      dictionary.kind !== "string" &&
      dictionary.big === undefined &&
      hybridKernel(
        page,
        reader.offset,
        width,
        present,
        0,
        dictionary.numbers,
        column.numbers.subarray(first, first + present),
      )
    ) {
      hybridKernelPages.taken++;
      return { levels, present, values: indices, mapped: true };
    }
  }
  if (width > 24) readRleBitPackedHybrid(reader, width, indices, view.byteLength - reader.offset);
  else if (width) readHybrid(page, reader.offset, width, indices);
  else indices.fill(0);
  return { levels, present, values: indices };
}

/**
 * Pages with fewer than `minValues` values are left to readHybrid (a kernel call copies the dictionary);
 * tests lower it. `taken` counts the pages the kernel took.
 */
export const hybridKernelPages = { minValues: 256, taken: 0 };

let scratchIndices = new Int32Array(1 << 12);
let scratchBooleans = new Uint8Array(1 << 12);

/**
 * hyparquet's readPlainBoolean (bit i of the bytes from `offset` on, least significant first) as 0/1 in a
 * buffer shared by every page (fill copies them out before the next), instead of an array of booleans. The
 * caller checks that the `count` bits lie within the page (else readPlain throws as before).
 */
function readBooleans(page: Uint8Array, offset: number, count: number): Uint8Array {
  if (scratchBooleans.length < count)
    scratchBooleans = new Uint8Array(Math.max(count, 2 * scratchBooleans.length));
  const out = scratchBooleans;
  for (let i = 0; i < count; i++) out[i] = ((page[offset + (i >>> 3)] as number) >>> (i & 7)) & 1;
  return out.subarray(0, count);
}

/**
 * When the definition levels of a v1 page (max level 1) are one RLE run of 1s covering its `count` values,
 * as a page without nulls has them: the offset where its values start (after the levels' 4-byte length and
 * that many bytes, as hyparquet's readRleBitPackedHybrid leaves it). Else −1, and the levels are read as
 * usual (which also reports any damage as before).
 */
function allPresentLevels(page: Uint8Array, count: number): number {
  if (page.length < 6) return -1;
  const length =
    ((page[0] as number) |
      ((page[1] as number) << 8) |
      ((page[2] as number) << 16) |
      ((page[3] as number) << 24)) >>>
    0;
  let pos = 4;
  let header = 0;
  let shift = 0;
  let byte: number;
  do {
    if (pos >= page.length || shift > 28) return -1;
    byte = page[pos++] as number;
    header |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (header & 1 || header >>> 1 < count || pos >= page.length || page[pos] !== 1) return -1;
  return 4 + length;
}

/**
 * hyparquet's readRleBitPackedHybrid for bit widths up to 24 into an Int32Array, reading bytes from the
 * Uint8Array instead of a DataView: the RLE / bit-packed hybrid of the dictionary indices, from `offset`
 * to the end of `bytes`. Throws, as hyparquet does, when a run reaches past the end.
 */
export function readHybrid(bytes: Uint8Array, offset: number, width: number, out: Int32Array): void {
  const end = bytes.length;
  const mask = (1 << width) - 1;
  const byteWidth = (width + 7) >> 3;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = offset;
  let seen = 0;
  while (seen < out.length) {
    let header = 0;
    let shift = 0;
    let byte: number;
    do {
      if (pos >= end) throw new Error(`parquet bitpack offset ${pos} out of range`);
      byte = bytes[pos++] as number;
      header |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    if (header & 1) {
      const count = (header >>> 1) << 3;
      // hyparquet reads the whole run (count × width bits) even past the values it needs
      if (pos + ((count * width) >> 3) > end) throw new Error(`parquet bitpack offset ${end} out of range`);
      const stop = Math.min(out.length, seen + count);
      // value i of the run is the `width` bits from bit i × width on: read as 4 bytes (little-endian) while
      // they lie within `bytes` (width ≤ 24, so a value and its bit offset fit in 32 bits) ...
      const base = pos;
      const first = seen;
      for (let bit = 0; seen < stop; bit += width) {
        const at = base + (bit >>> 3);
        if (at + 4 > end) break;
        out[seen++] = (view.getInt32(at, true) >>> (bit & 7)) & mask;
      }
      // ... and the last ones byte by byte, from where those stopped
      const consumed = (seen - first) * width;
      pos = base + (consumed >>> 3);
      let buffer = 0;
      let bits = 0;
      if ((consumed & 7) !== 0 && seen < stop) {
        buffer = (bytes[pos++] as number) >>> (consumed & 7);
        bits = 8 - (consumed & 7);
      } else if ((consumed & 7) !== 0) pos++;
      while (seen < stop) {
        while (bits < width) {
          buffer |= (bytes[pos++] as number) << bits;
          bits += 8;
        }
        out[seen++] = buffer & mask;
        buffer >>>= width;
        bits -= width;
      }
    } else {
      const count = header >>> 1;
      if (pos + byteWidth > end) throw new Error(`parquet rle offset ${pos} out of range`);
      let value = 0;
      for (let i = 0; i < byteWidth; i++) value |= (bytes[pos++] as number) << (i << 3);
      const stop = Math.min(out.length, seen + count);
      out.fill(value, seen, stop);
      seen = stop;
    }
  }
}

const EMPTY = new Uint8Array(0);

function countPresent(levels: ArrayLike<number>, maxDefinition: number): number {
  let present = 0;
  for (let i = 0; i < levels.length; i++) if (levels[i] === maxDefinition) present++;
  return present;
}

/** Values [from, from + count) of a decoded page into the column's values from index `to` on. */
function fill(
  column: ParquetColumn,
  leaf: Leaf,
  values: DecodedArray,
  from: number,
  count: number,
  to: number,
): void {
  const numbers = column.numbers;
  if (leaf.kind === "string") {
    const codes = column.codes as Int32Array;
    const bytes = column.plainBytes();
    for (let i = 0; i < count; i++) {
      codes[to + i] = -1;
      bytes.set(to + i, values[from + i] as Uint8Array);
    }
    return;
  }
  if (leaf.kind === "boolean") {
    for (let i = 0; i < count; i++) numbers[to + i] = values[from + i] ? 1 : 0;
    return;
  }
  if (values instanceof BigInt64Array) {
    const halves = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let i = 0; i < count; i++) {
      const lo = (halves[2 * (from + i)] as number) >>> 0;
      const hi = halves[2 * (from + i) + 1] as number;
      if (leaf.kind === "time") {
        numbers[to + i] = leaf.per === 1 ? hi * TWO_32 + lo : truncDiv(hi, lo, leaf.per);
      } else if (hi >= -2097152 && hi < 2097152 && !(hi === -2097152 && lo === 0)) {
        numbers[to + i] = hi * TWO_32 + lo;
      } else {
        column.big ??= new Map();
        column.big.set(to + i, values[from + i] as bigint);
        numbers[to + i] = Number.NaN;
      }
    }
    return;
  }
  if (leaf.kind === "time") throw new Error("a timestamp column holds no 64-bit integers");
  if (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array) {
    // PLAIN doubles, floats and 32-bit integers: each converts to its double as the loop below would
    numbers.set(values.subarray(from, from + count), to);
    return;
  }
  for (let i = 0; i < count; i++) {
    const x = values[from + i];
    if (typeof x === "bigint") {
      // 64-bit values from another decoder (delta encoding gives BigInt64Array, handled above)
      if (x <= MAX_SAFE && x >= MIN_SAFE) numbers[to + i] = Number(x);
      else {
        column.big ??= new Map();
        column.big.set(to + i, x);
        numbers[to + i] = Number.NaN;
      }
    } else numbers[to + i] = x as number;
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

/**
 * The 64-bit integer hi·2³² + lo divided by `d` (1000 or 10⁶), truncated toward zero as BigInt division
 * truncates (hyparquet: `Number(micros / 1000n)`), exactly while the result is within Date's range.
 */
export function truncDiv(hi: number, lo: number, d: number): number {
  const a = Math.floor(TWO_32 / d);
  const b = TWO_32 - a * d;
  const m = hi * b + lo;
  let r = m % d;
  if (r < 0) r += d;
  const floor = hi * a + (m - r) / d;
  const q = hi < 0 && r !== 0 ? floor + 1 : floor;
  return q === 0 ? 0 : q;
}

function mapDictionary(
  column: ParquetColumn,
  dictionary: ParquetColumn,
  indices: DecodedArray,
  first: number,
  present: number,
  row: number,
  count: number,
): void {
  const size = dictionary.kind === "string" ? dictionary.dictionaryBytes.length : dictionary.numbers.length;
  let bad = false;
  if (column.kind === "string") {
    column.dictionary = dictionary.dictionary;
    column.dictionaryBytes = dictionary.dictionaryBytes;
    const codes = column.codes as Int32Array;
    if (
      indices instanceof Int32Array &&
      indices.buffer === codes.buffer &&
      indices.byteOffset === 4 * first
    ) {
      // read in place by readFlatDataPage
      for (let i = 0; i < present; i++) if (!((indices[i] as number) < size)) bad = true;
    } else
      for (let i = 0; i < present; i++) {
        const index = indices[i] as number;
        if (!(index < size)) bad = true;
        codes[first + i] = index;
      }
  } else {
    const numbers = column.numbers;
    const values = dictionary.numbers;
    const bigs = dictionary.big;
    for (let i = 0; i < present; i++) {
      const index = indices[i] as number;
      if (!(index < size)) {
        bad = true;
        continue;
      }
      numbers[first + i] = values[index] as number;
      const big = bigs === undefined ? undefined : bigs.get(index);
      if (big !== undefined) {
        column.big ??= new Map();
        column.big.set(first + i, big);
      }
    }
  }
  if (!bad) return;
  // hyparquet reads an index past the dictionary as undefined, which the row reader makes null
  if (!column.at) {
    column.at = new Int32Array(column.rows);
    for (let r = 0; r < row + count; r++) column.at[r] = r;
  }
  for (let r = row; r < row + count; r++) {
    const v = column.at[r] as number;
    if (v >= 0 && !((indices[v - first] as number) < size)) column.at[r] = -1;
  }
}
