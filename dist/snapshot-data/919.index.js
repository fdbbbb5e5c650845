export const id = 919;
export const ids = [919];
export const modules = {

/***/ 6919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parquetGroupRanges: () => (/* binding */ parquetGroupRanges),
  readParquet: () => (/* binding */ readParquet),
  readParquetColumnKinds: () => (/* binding */ readParquetColumnKinds),
  readParquetColumns: () => (/* binding */ readParquetColumns),
  readParquetGroupColumns: () => (/* binding */ readParquetGroupColumns),
  readParquetGroups: () => (/* binding */ readParquetGroups)
});

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 5 modules
var read = __webpack_require__(149);
;// CONCATENATED MODULE: ./.cache/build/lib/data/column-kind.js
/** The kind that holds the values hyparquet reads from a top-level Parquet column. */
function kindOfParquetColumn(node) {
    const { type, converted_type: converted, logical_type: logical } = node.element;
    if (node.children.length > 0 || logical?.type === "GEOMETRY" || logical?.type === "GEOGRAPHY")
        return "json";
    if (converted === "DECIMAL" || logical?.type === "DECIMAL" || logical?.type === "FLOAT16")
        return "number";
    if (type === "INT96" ||
        converted === "DATE" ||
        converted === "TIMESTAMP_MILLIS" ||
        converted === "TIMESTAMP_MICROS" ||
        logical?.type === "DATE" ||
        logical?.type === "TIMESTAMP") {
        return "timestamp";
    }
    switch (type) {
        case "BOOLEAN":
            return "boolean";
        case "INT32":
        case "INT64":
            return "integer";
        case "FLOAT":
        case "DOUBLE":
            return "number";
        case "FIXED_LEN_BYTE_ARRAY":
            return logical?.type === "UUID" ? "string" : "binary";
        default:
            // hyparquet decodes BYTE_ARRAY as UTF-8 text unless it is annotated otherwise.
            return converted === "JSON" || logical?.type === "JSON" ? "json" : "string";
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/data/data-error.js
var data_error = __webpack_require__(3293);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var src_column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 2 modules
var datapage = __webpack_require__(3730);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var encoding = __webpack_require__(3448);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var src_plain = __webpack_require__(4809);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
;// CONCATENATED MODULE: ./.cache/build/lib/data/parquet-guard.js



/**
 * Structural checks hyparquet does not make. A damaged page header leaves fields undefined, and hyparquet's
 * decoders then compute NaN offsets and can loop forever instead of failing; checking every page header of
 * a row group before decoding it turns such damage into an error. Each function throws an Error whose
 * message is the reason; the caller names the file.
 */
/** A column compressed with a codec this Node.js cannot decompress: not damage, so worded on its own. */
class UnreadableCodec extends user_error/* UserError */.yo {
    constructor(column, codec, readable) {
        const hint = codec === "ZSTD" ? "; ZSTD needs Node.js 22.15 or later" : "";
        super(`column "${column}" is compressed with ${codec ?? "an unknown codec"}, which cannot be read here ` +
            `(readable: ${[...readable].join(", ")}${hint})`);
        this.name = "UnreadableCodec";
    }
}
/** The byte range a column chunk occupies. */
function chunkRange(chunk) {
    const meta = chunk.meta_data;
    if (!meta)
        throw new Error("a column chunk has no metadata");
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    return { start, end: start + Number(meta.total_compressed_size) };
}
/**
 * Checks that every row group's column chunks match the schema's leaf columns one to one, and point inside
 * the file. A chunk hyparquet cannot match to the schema would be read but never awaited, and its failure
 * would surface as an unhandled rejection instead of an error here.
 */
function checkMetadata(metadata, tree, fileSize, codecs) {
    const leaves = leafColumns(tree);
    metadata.row_groups.forEach((group, g) => {
        if (typeof group.num_rows !== "bigint" || group.num_rows < 0n) {
            throw new Error(`row group ${g + 1} has no valid row count`);
        }
        if (group.columns.length !== leaves.length) {
            throw new Error(`row group ${g + 1} has ${group.columns.length} column chunks for ${leaves.length} columns`);
        }
        group.columns.forEach((chunk, c) => {
            const meta = chunk.meta_data;
            const name = meta?.path_in_schema?.join(".") ?? "?";
            const leaf = leaves[c];
            if (!leaf || name !== leaf.path || meta?.type !== leaf.type) {
                throw new Error(`row group ${g + 1}: column chunk ${c + 1} ("${name}") does not match the schema`);
            }
            if (chunk.file_path)
                throw new Error(`column "${name}" is stored in another file (${chunk.file_path})`);
            if (!meta ||
                typeof meta.data_page_offset !== "bigint" ||
                typeof meta.total_compressed_size !== "bigint" ||
                typeof meta.num_values !== "bigint") {
                throw new Error(`row group ${g + 1}, column "${name}": the column metadata is incomplete`);
            }
            if (!codecs.has(meta.codec))
                throw new UnreadableCodec(name, meta.codec, codecs);
            const { start, end } = chunkRange(chunk);
            if (!(start >= 4 && end >= start && end <= fileSize - 8)) {
                throw new Error(`row group ${g + 1}, column "${name}" points outside the file (bytes ${start}-${end})`);
            }
        });
    });
}
function leafColumns(tree) {
    const leaves = [];
    const visit = (node) => {
        if (node.children.length === 0)
            leaves.push({ path: node.path.join("."), type: node.element.type });
        else
            for (const child of node.children)
                visit(child);
    };
    for (const child of tree.children)
        visit(child);
    return leaves;
}
/**
 * Walks every page header of the row group's column chunks. `bytes` holds the file from byte `offset`
 * on, covering every chunk of the group.
 */
function checkPages(group, bytes, offset) {
    for (const chunk of group.columns) {
        const meta = chunk.meta_data;
        if (!meta)
            continue;
        const name = meta.path_in_schema.join(".");
        const { start, end } = chunkRange(chunk);
        const view = new DataView(bytes.buffer, bytes.byteOffset + start - offset, end - start);
        const reader = { view, offset: 0 };
        let values = 0;
        while (reader.offset < view.byteLength) {
            const at = start + reader.offset;
            let header;
            try {
                header = (0,src_column/* parquetHeader */.wK)(reader);
            }
            catch (error) {
                throw new Error(`column "${name}": the page header at byte ${at} is unreadable (${reasonOf(error)})`);
            }
            const problem = headerProblem(header, view.byteLength - reader.offset);
            if (problem)
                throw new Error(`column "${name}": the page header at byte ${at} ${problem}`);
            if (header.crc !== undefined) {
                const page = new Uint8Array(view.buffer, view.byteOffset + reader.offset, header.compressed_page_size);
                if (((0,external_node_zlib_.crc32)(page) | 0) !== header.crc)
                    throw new Error(`column "${name}": the page at byte ${at} fails its CRC`);
            }
            values += header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
            reader.offset += header.compressed_page_size;
        }
        if (BigInt(values) !== meta.num_values) {
            throw new Error(`column "${name}": its pages hold ${values} values but its metadata says ${meta.num_values}`);
        }
        if (meta.path_in_schema.length === 1 && meta.num_values !== group.num_rows) {
            throw new Error(`column "${name}" has ${meta.num_values} values for ${group.num_rows} rows`);
        }
    }
}
function headerProblem(header, remaining) {
    if (!isCount(header.compressed_page_size) || !isCount(header.uncompressed_page_size)) {
        return "has no valid page size";
    }
    if (header.compressed_page_size > remaining)
        return "gives a page size that runs past the column chunk";
    switch (header.type) {
        case "DATA_PAGE": {
            const page = header.data_page_header;
            if (!page || !isCount(page.num_values))
                return "is missing its data page header";
            if (!page.encoding || !page.definition_level_encoding || !page.repetition_level_encoding) {
                return "names an unknown encoding";
            }
            return undefined;
        }
        case "DATA_PAGE_V2": {
            const page = header.data_page_header_v2;
            if (!page || !isCount(page.num_values) || !isCount(page.num_nulls) || !isCount(page.num_rows)) {
                return "is missing its data page header";
            }
            if (!isCount(page.definition_levels_byte_length) || !isCount(page.repetition_levels_byte_length)) {
                return "has no valid level lengths";
            }
            if (page.definition_levels_byte_length + page.repetition_levels_byte_length >
                header.compressed_page_size) {
                return "gives level lengths longer than the page";
            }
            if (page.num_nulls > page.num_values)
                return "counts more nulls than values";
            return page.encoding ? undefined : "names an unknown encoding";
        }
        case "DICTIONARY_PAGE": {
            const page = header.dictionary_page_header;
            if (!page || !isCount(page.num_values))
                return "is missing its dictionary page header";
            return page.encoding ? undefined : "names an unknown encoding";
        }
        case "INDEX_PAGE":
            return undefined;
        default:
            return "has an unknown page type";
    }
}
function isCount(value) {
    return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function reasonOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./.cache/build/lib/data/snappy.js
/**
 * Snappy decompression with the behaviour of hyparquet's snappyUncompress (src/snappy.js, from snappyjs):
 * the same output and the same errors for the same input, only faster. Literals and back-references that
 * fit in the output are copied with `set` / `copyWithin` (a back-reference only when it does not overlap
 * what it writes) instead of byte by byte; short or overlapping runs, and runs past the output's end (which
 * hyparquet drops byte by byte before it throws "premature end of input"), are copied as hyparquet copies
 * them. Shorter runs go 4 bytes at a time through DataViews where the output (and, for a literal, the input)
 * has room for up to 3 bytes more: those extra bytes lie at or past the output position, so the operations
 * that follow overwrite them, and a back-reference at least 4 bytes back reads only bytes already written,
 * 4 at a time as 1 at a time would.
 */
const WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff];
/** Runs at least this long are copied by `set` / `copyWithin`. */
const BULK = 16;
/** Literals up to this long are copied 4 bytes at a time. */
const SHORT_LITERAL = 64;
function copyBytes(from, fromPos, to, toPos, length) {
    for (let i = 0; i < length; i++)
        to[toPos + i] = from[fromPos + i];
}
/** hyparquet's snappyUncompress: decompresses `input` into `output`, which it must fill exactly. */
function snappyUncompress(input, output) {
    const inputLength = input.byteLength;
    const outputLength = output.byteLength;
    let pos = 0;
    let outPos = 0;
    const inView = new DataView(input.buffer, input.byteOffset, inputLength);
    const outView = new DataView(output.buffer, output.byteOffset, outputLength);
    // skip the preamble (the uncompressed length as a varint)
    while (pos < inputLength) {
        const c = input[pos];
        pos++;
        if (c < 128)
            break;
    }
    if (outputLength && pos >= inputLength)
        throw new Error("invalid snappy length header");
    while (pos < inputLength) {
        const c = input[pos];
        let len = 0;
        pos++;
        if (pos >= inputLength)
            throw new Error("missing eof marker");
        if ((c & 0x3) === 0) {
            len = (c >>> 2) + 1;
            if (len > 60) {
                if (pos + 3 >= inputLength)
                    throw new Error("snappy error literal pos + 3 >= inputLength");
                const lengthSize = len - 60;
                len =
                    input[pos] +
                        (input[pos + 1] << 8) +
                        (input[pos + 2] << 16) +
                        (input[pos + 3] << 24);
                len = (len & WORD_MASK[lengthSize]) + 1;
                pos += lengthSize;
            }
            if (pos + len > inputLength)
                throw new Error("snappy error literal exceeds input length");
            if (len <= SHORT_LITERAL && pos + len + 3 < inputLength && outPos + len + 3 < outputLength) {
                for (let i = 0; i < len; i += 4)
                    outView.setInt32(outPos + i, inView.getInt32(pos + i, true), true);
                pos += len;
                outPos += len;
                continue;
            }
            if (len >= BULK && outPos >= 0 && outPos + len <= outputLength)
                output.set(input.subarray(pos, pos + len), outPos);
            else
                copyBytes(input, pos, output, outPos, len);
            pos += len;
            outPos += len;
        }
        else {
            let offset = 0;
            switch (c & 0x3) {
                case 1:
                    len = ((c >>> 2) & 0x7) + 4;
                    offset = input[pos] + ((c >>> 5) << 8);
                    pos++;
                    break;
                case 2:
                    if (inputLength <= pos + 1)
                        throw new Error("snappy error end of input");
                    len = (c >>> 2) + 1;
                    offset = input[pos] + (input[pos + 1] << 8);
                    pos += 2;
                    break;
                default:
                    if (inputLength <= pos + 3)
                        throw new Error("snappy error end of input");
                    len = (c >>> 2) + 1;
                    offset =
                        input[pos] +
                            (input[pos + 1] << 8) +
                            (input[pos + 2] << 16) +
                            (input[pos + 3] << 24);
                    pos += 4;
                    break;
            }
            if (offset === 0 || Number.isNaN(offset)) {
                throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`);
            }
            if (offset > outPos)
                throw new Error("cannot copy from before start of buffer");
            if (offset >= 4 && outPos + len + 3 < outputLength) {
                const from = outPos - offset;
                for (let i = 0; i < len; i += 4)
                    outView.setInt32(outPos + i, outView.getInt32(from + i, true), true);
                outPos += len;
                continue;
            }
            if (len >= BULK && offset >= len && outPos + len <= outputLength)
                output.copyWithin(outPos, outPos - offset, outPos - offset + len);
            else
                copyBytes(output, outPos - offset, output, outPos, len);
            outPos += len;
        }
    }
    if (outPos !== outputLength)
        throw new Error("premature end of input");
}

;// CONCATENATED MODULE: ./.cache/build/lib/data/parquet-columns.js







/** How each column of `tree` decodes column-wise, or undefined when one of them cannot. */
function columnarKinds(tree) {
    const leaves = [];
    for (const child of tree.children) {
        const element = child.element;
        if (child.children.length > 0 || element.repetition_type === "REPEATED")
            return undefined;
        const ctype = element.converted_type;
        const ltype = element.logical_type;
        switch (element.type) {
            case "BOOLEAN":
            case "FLOAT":
            case "DOUBLE":
                if (ctype !== undefined || ltype !== undefined)
                    return undefined;
                leaves.push({ kind: element.type === "BOOLEAN" ? "boolean" : "number", per: 1 });
                break;
            case "INT32":
            case "INT64": {
                const signedInteger = (ctype === undefined ||
                    ctype === "INT_8" ||
                    ctype === "INT_16" ||
                    ctype === "INT_32" ||
                    ctype === "INT_64") &&
                    (ltype === undefined || (ltype.type === "INTEGER" && ltype.isSigned));
                if (signedInteger) {
                    leaves.push({ kind: "number", per: 1 });
                    break;
                }
                if (element.type !== "INT64")
                    return undefined;
                // hyparquet reads the converted type first, then the logical one (convert.js)
                if (ctype === "TIMESTAMP_MILLIS")
                    leaves.push({ kind: "time", per: 1 });
                else if (ctype === "TIMESTAMP_MICROS")
                    leaves.push({ kind: "time", per: 1000 });
                else if (ctype === undefined && ltype?.type === "TIMESTAMP")
                    leaves.push({
                        kind: "time",
                        per: ltype.unit === "MILLIS" ? 1 : ltype.unit === "MICROS" ? 1000 : 1e6,
                    });
                else
                    return undefined;
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
const TWO_32 = 4294967296;
const textDecoder = new TextDecoder();
/**
 * Byte strings as ranges of the buffers they were read from (a page, or hyparquet's arrays), instead of a
 * Uint8Array per value. Offsets are absolute within their buffer.
 */
class ByteRanges {
    length;
    buffers = [];
    which;
    start;
    end;
    lastBuffer;
    views = [];
    constructor(length) {
        this.length = length;
        this.which = new Int32Array(length);
        this.start = new Int32Array(length);
        this.end = new Int32Array(length);
    }
    bufferOf(buffer) {
        if (buffer !== this.lastBuffer) {
            this.lastBuffer = buffer;
            this.buffers.push(new Uint8Array(buffer));
        }
        return this.buffers.length - 1;
    }
    /** Value `k` is `bytes`. */
    set(k, bytes) {
        this.which[k] = this.bufferOf(bytes.buffer);
        this.start[k] = bytes.byteOffset;
        this.end[k] = bytes.byteOffset + bytes.length;
    }
    /**
     * Values k … k + count − 1 are PLAIN byte arrays (a 4-byte little-endian length, then the bytes) from
     * `offset` in `page`, as hyparquet's readPlainByteArray reads them; throws when one runs past the page.
     */
    readPlain(page, offset, count, k) {
        const b = this.bufferOf(page.buffer);
        const bytes = this.buffers[b];
        const limit = page.byteOffset + page.length;
        let pos = page.byteOffset + offset;
        for (let i = 0; i < count; i++) {
            if (pos + 4 > limit)
                throw new Error("a byte array's length runs past its page");
            const length = (bytes[pos] |
                (bytes[pos + 1] << 8) |
                (bytes[pos + 2] << 16) |
                (bytes[pos + 3] << 24)) >>>
                0;
            const start = pos + 4;
            pos = start + length;
            if (pos > limit)
                throw new Error("a byte array runs past its page");
            this.which[k + i] = b;
            this.start[k + i] = start;
            this.end[k + i] = pos;
        }
    }
    /** The first byte of value `k`, or undefined when it is empty. */
    first(k) {
        const start = this.start[k];
        return start < this.end[k] ? this.buffers[this.which[k]]?.[start] : undefined;
    }
    /**
     * hyparquet's `new TextDecoder().decode(bytes)` of value `k`; ASCII (most values) is sliced as latin1
     * from the buffer instead, the same string at a third of the cost.
     */
    text(k) {
        const b = this.which[k];
        const bytes = this.buffers[b];
        const start = this.start[k];
        const end = this.end[k];
        for (let i = start; i < end; i++)
            if (bytes[i] >= 0x80)
                return textDecoder.decode(bytes.subarray(start, end));
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
class ColumnBuffers {
    numberArrays = [];
    codeArrays = [];
    pages = new Uint8Array(1 << 20);
    used = 0;
    /** A new row group: the pages of the last one are no longer read. */
    startGroup() {
        this.used = 0;
    }
    /** `size` bytes for a decompressed string page of this row group (kept until the next group starts). */
    page(size) {
        if (this.used + size > this.pages.length) {
            // pages handed out before stay in the old buffer, which is left to them
            this.pages = new Uint8Array(Math.max(2 * this.pages.length, size));
            this.used = 0;
        }
        const page = this.pages.subarray(this.used, this.used + size);
        this.used += size;
        return page;
    }
    numbers(c, rows) {
        let array = this.numberArrays[c];
        if (!array || array.length < rows) {
            array = new Float64Array(rows);
            this.numberArrays[c] = array;
        }
        return array.subarray(0, rows);
    }
    codes(c, rows) {
        let array = this.codeArrays[c];
        if (!array || array.length < rows) {
            array = new Int32Array(rows);
            this.codeArrays[c] = array;
        }
        return array.subarray(0, rows);
    }
}
/** One column of one row group. */
class ParquetColumn {
    kind;
    rows;
    /** Per row: the index of its value, −1 for null; undefined when no row is null (the index is the row). */
    at;
    /** number, time (epoch ms) and boolean (0/1) values. */
    numbers;
    /** number values outside the safe integer range, by value index. */
    big;
    /** string values: the dictionary index, or −1 for a plain value (see `bytes`). */
    codes;
    /** The dictionary's strings, decoded when first asked for, and their bytes. */
    dictionary = [];
    dictionaryBytes = new ByteRanges(0);
    /** plain string values, by value index. */
    bytes;
    constructor(kind, rows, buffers, c = 0) {
        this.kind = kind;
        this.rows = rows;
        if (kind === "string") {
            this.numbers = new Float64Array(0);
            this.codes = buffers ? buffers.codes(c, rows) : new Int32Array(rows);
        }
        else
            this.numbers = buffers ? buffers.numbers(c, rows) : new Float64Array(rows);
    }
    /** The value index of `row`, −1 when null. */
    index(row) {
        return this.at === undefined ? row : this.at[row];
    }
    /** The string of value `k` of a string column. */
    text(k) {
        const code = this.codes[k];
        if (code >= 0) {
            const text = this.dictionary[code];
            if (text !== undefined)
                return text;
            const decoded = this.dictionaryBytes.text(code);
            this.dictionary[code] = decoded;
            return decoded;
        }
        return this.bytes.text(k);
    }
    /**
     * Whether string value `k` is surely not blank (its first byte is printable ASCII) without decoding it;
     * false means "decode and look".
     */
    surelyText(k) {
        const code = this.codes[k];
        const first = code >= 0 ? this.dictionaryBytes.first(code) : this.bytes?.first(k);
        return first !== undefined && first > 32 && first < 127;
    }
    /** The value of `row` as the row reader gives it (null, number, bigint, boolean, Date, string). */
    value(row) {
        const k = this.index(row);
        if (k < 0)
            return null;
        switch (this.kind) {
            case "number":
                return this.big?.get(k) ?? this.numbers[k];
            case "time":
                return new Date(this.numbers[k]);
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
function decodeGroupColumns(group, tree, leaves, bytes, offset, compressors, buffers) {
    const rows = Number(group.num_rows);
    buffers?.startGroup();
    return group.columns.map((chunk, c) => {
        const child = tree.children[c];
        const leaf = leaves[c];
        const meta = chunk.meta_data;
        if (!meta)
            throw new Error("a column chunk has no metadata");
        const decoder = {
            pathInSchema: meta.path_in_schema,
            type: meta.type,
            element: child.element,
            schemaPath: [tree, child],
            codec: meta.codec,
            parsers: convert/* DEFAULT_PARSERS */.Rc,
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
function decompress(compressed, size, decoder, reuse, buffers) {
    if (!reuse && buffers && decoder.codec === "SNAPPY") {
        // a string page, into the row group's page buffer: snappyUncompress fills it or throws
        const page = buffers.page(size);
        snappyUncompress(compressed, page);
        return page;
    }
    if (!reuse || decoder.codec !== "SNAPPY")
        return (0,datapage/* decompressPage */.tC)(compressed, size, decoder.codec, decoder.compressors);
    if (scratchPage.length < size)
        scratchPage = new Uint8Array(Math.max(size, 2 * scratchPage.length));
    const page = scratchPage.subarray(0, size);
    snappyUncompress(compressed, page);
    return page;
}
function decodeChunk(view, decoder, leaf, column, maxDefinition, buffers) {
    const rows = column.rows;
    const reuse = leaf.kind !== "string";
    const reader = { view, offset: 0 };
    let dictionary;
    let row = 0;
    let k = 0;
    while (row < rows) {
        if (reader.offset >= view.byteLength - 1)
            break;
        const header = (0,src_column/* parquetHeader */.wK)(reader);
        const compressed = new Uint8Array(view.buffer, view.byteOffset + reader.offset, header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === "DICTIONARY_PAGE") {
            const dph = header.dictionary_page_header;
            if (!dph)
                throw new Error("parquet dictionary page header is undefined");
            const page = decompress(compressed, header.uncompressed_page_size, decoder, reuse, buffers);
            if (leaf.kind === "string") {
                // decoded as hyparquet converts a dictionary (convert.js: stringFromBytes), when first asked for
                dictionary = new ParquetColumn(leaf.kind, 0);
                dictionary.dictionaryBytes = new ByteRanges(dph.num_values);
                dictionary.dictionaryBytes.readPlain(page, 0, dph.num_values, 0);
                // holes read as undefined (not decoded yet), as the filled array did, without filling it
                dictionary.dictionary = new Array(dph.num_values);
                continue;
            }
            const plain = (0,src_plain/* readPlain */.r)({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, decoder.type, dph.num_values, decoder.element.type_length);
            dictionary = new ParquetColumn(leaf.kind, plain.length);
            fill(dictionary, leaf, plain, 0, plain.length, 0);
            continue;
        }
        let levels;
        let values;
        let plain;
        let encoding;
        let count;
        if (header.type === "DATA_PAGE") {
            const daph = header.data_page_header;
            if (!daph)
                throw new Error("parquet data page header is undefined");
            const page = decompress(compressed, header.uncompressed_page_size, decoder, reuse, buffers);
            const read = readFlatDataPage(page, daph, decoder, maxDefinition, column.codes, k);
            levels = read.levels;
            values = read.values;
            if (read.plainBytes !== undefined)
                plain = { page, offset: read.plainBytes };
            encoding = daph.encoding;
            count = daph.num_values;
        }
        else if (header.type === "DATA_PAGE_V2") {
            const daph = header.data_page_header_v2;
            if (!daph)
                throw new Error("parquet data page header v2 is undefined");
            const read = (0,datapage/* readDataPageV2 */.uD)(compressed, header, decoder);
            levels = read.definitionLevels ?? [];
            values = read.dataPage;
            encoding = daph.encoding;
            count = daph.num_rows;
        }
        else {
            throw new Error(`parquet unsupported page type: ${header.type}`);
        }
        if (row + count > rows)
            throw new Error(`its pages hold more than ${rows} rows`);
        const dictionaryCoded = encoding.endsWith("_DICTIONARY");
        if (dictionaryCoded && !dictionary)
            throw new Error("a dictionary-encoded page comes without its dictionary");
        const first = k;
        // rows of this page: value indices, −1 for nulls (and, as hyparquet gives undefined, for indices past
        // the dictionary's end)
        if (levels.length > 0 || column.at !== undefined) {
            if (!column.at) {
                column.at = new Int32Array(rows);
                for (let r = 0; r < row; r++)
                    column.at[r] = r;
            }
            const at = column.at;
            let v = k;
            if (levels.length === 0)
                for (let i = 0; i < count; i++)
                    at[row + i] = v++;
            else if (levels instanceof Uint8Array)
                for (let i = 0; i < count; i++)
                    at[row + i] = levels[i] === maxDefinition ? v++ : -1;
            else
                for (let i = 0; i < count; i++)
                    at[row + i] = levels[i] === maxDefinition ? v++ : -1;
        }
        const present = levels.length === 0 ? count : countPresent(levels, maxDefinition);
        if (plain) {
            column.codes.fill(-1, first, first + present);
            column.bytes ??= new ByteRanges(rows);
            column.bytes.readPlain(plain.page, plain.offset, present, first);
        }
        else if (values.length < present) {
            throw new Error(`a page decoded to ${values.length} of its ${present} values`);
        }
        else if (dictionaryCoded) {
            mapDictionary(column, dictionary, values, first, present, row, count);
        }
        else {
            fill(column, leaf, values, 0, present, first);
        }
        k += present;
        row += count;
    }
    if (row !== rows)
        throw new Error(`decoded to ${row} rows`);
    return column;
}
/**
 * A version-1 data page of a flat column: hyparquet's readDataPage, with the definition levels and the
 * dictionary indices in typed arrays instead of arrays of numbers (the other encodings go to hyparquet).
 * `levels` is empty when no value is null, as hyparquet leaves it.
 */
function readFlatDataPage(page, daph, decoder, maxDefinition, codes, first) {
    const dictionaryCoded = daph.encoding === "PLAIN_DICTIONARY" || daph.encoding === "RLE_DICTIONARY";
    if (maxDefinition > 1 || (daph.encoding !== "PLAIN" && !dictionaryCoded)) {
        const read = (0,datapage/* readDataPage */.kS)(page, daph, decoder);
        return { levels: read.definitionLevels ?? [], values: read.dataPage };
    }
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const reader = { view, offset: 0 };
    const count = daph.num_values;
    let levels = EMPTY;
    let present = count;
    if (maxDefinition === 1) {
        const end = allPresentLevels(page, count);
        if (end >= 0)
            reader.offset = end;
        else {
            levels = new Uint8Array(count);
            (0,encoding/* readRleBitPackedHybrid */.z)(reader, 1, levels);
            present = countPresent(levels, 1);
            if (present === count)
                levels = EMPTY;
        }
    }
    // plain strings: read into the column's byte ranges by the caller, from this offset
    if (!dictionaryCoded && decoder.type === "BYTE_ARRAY")
        return { levels, values: [], plainBytes: reader.offset };
    if (!dictionaryCoded && decoder.type === "BOOLEAN" && reader.offset + Math.ceil(present / 8) <= page.length)
        return { levels, values: readBooleans(page, reader.offset, present) };
    if (!dictionaryCoded)
        return { levels, values: (0,src_plain/* readPlain */.r)(reader, decoder.type, present, decoder.element.type_length) };
    // a string column's codes are its dictionary indices: read in place; other columns' indices are mapped
    // to values right away (mapDictionary), so they share one buffer
    let indices;
    if (codes)
        indices = codes.subarray(first, first + present);
    else {
        if (scratchIndices.length < present)
            scratchIndices = new Int32Array(Math.max(present, 2 * scratchIndices.length));
        indices = scratchIndices.subarray(0, present);
    }
    const width = view.getUint8(reader.offset++);
    if (width > 24)
        (0,encoding/* readRleBitPackedHybrid */.z)(reader, width, indices, view.byteLength - reader.offset);
    else if (width)
        readHybrid(page, reader.offset, width, indices);
    else
        indices.fill(0);
    return { levels, values: indices };
}
let scratchIndices = new Int32Array(1 << 12);
let scratchBooleans = new Uint8Array(1 << 12);
/**
 * hyparquet's readPlainBoolean (bit i of the bytes from `offset` on, least significant first) as 0/1 in a
 * buffer shared by every page (fill copies them out before the next), instead of an array of booleans. The
 * caller checks that the `count` bits lie within the page (else readPlain throws as before).
 */
function readBooleans(page, offset, count) {
    if (scratchBooleans.length < count)
        scratchBooleans = new Uint8Array(Math.max(count, 2 * scratchBooleans.length));
    const out = scratchBooleans;
    for (let i = 0; i < count; i++)
        out[i] = (page[offset + (i >>> 3)] >>> (i & 7)) & 1;
    return out.subarray(0, count);
}
/**
 * When the definition levels of a v1 page (max level 1) are one RLE run of 1s covering its `count` values,
 * as a page without nulls has them: the offset where its values start (after the levels' 4-byte length and
 * that many bytes, as hyparquet's readRleBitPackedHybrid leaves it). Else −1, and the levels are read as
 * usual (which also reports any damage as before).
 */
function allPresentLevels(page, count) {
    if (page.length < 6)
        return -1;
    const length = (page[0] |
        (page[1] << 8) |
        (page[2] << 16) |
        (page[3] << 24)) >>>
        0;
    let pos = 4;
    let header = 0;
    let shift = 0;
    let byte;
    do {
        if (pos >= page.length || shift > 28)
            return -1;
        byte = page[pos++];
        header |= (byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80);
    if (header & 1 || header >>> 1 < count || pos >= page.length || page[pos] !== 1)
        return -1;
    return 4 + length;
}
/**
 * hyparquet's readRleBitPackedHybrid for bit widths up to 24 into an Int32Array, reading bytes from the
 * Uint8Array instead of a DataView: the RLE / bit-packed hybrid of the dictionary indices, from `offset`
 * to the end of `bytes`. Throws, as hyparquet does, when a run reaches past the end.
 */
function readHybrid(bytes, offset, width, out) {
    const end = bytes.length;
    const mask = (1 << width) - 1;
    const byteWidth = (width + 7) >> 3;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = offset;
    let seen = 0;
    while (seen < out.length) {
        let header = 0;
        let shift = 0;
        let byte;
        do {
            if (pos >= end)
                throw new Error(`parquet bitpack offset ${pos} out of range`);
            byte = bytes[pos++];
            header |= (byte & 0x7f) << shift;
            shift += 7;
        } while (byte & 0x80);
        if (header & 1) {
            const count = (header >>> 1) << 3;
            // hyparquet reads the whole run (count × width bits) even past the values it needs
            if (pos + ((count * width) >> 3) > end)
                throw new Error(`parquet bitpack offset ${end} out of range`);
            const stop = Math.min(out.length, seen + count);
            // value i of the run is the `width` bits from bit i × width on: read as 4 bytes (little-endian) while
            // they lie within `bytes` (width ≤ 24, so a value and its bit offset fit in 32 bits) ...
            const base = pos;
            const first = seen;
            for (let bit = 0; seen < stop; bit += width) {
                const at = base + (bit >>> 3);
                if (at + 4 > end)
                    break;
                out[seen++] = (view.getInt32(at, true) >>> (bit & 7)) & mask;
            }
            // ... and the last ones byte by byte, from where those stopped
            const consumed = (seen - first) * width;
            pos = base + (consumed >>> 3);
            let buffer = 0;
            let bits = 0;
            if ((consumed & 7) !== 0 && seen < stop) {
                buffer = bytes[pos++] >>> (consumed & 7);
                bits = 8 - (consumed & 7);
            }
            else if ((consumed & 7) !== 0)
                pos++;
            while (seen < stop) {
                while (bits < width) {
                    buffer |= bytes[pos++] << bits;
                    bits += 8;
                }
                out[seen++] = buffer & mask;
                buffer >>>= width;
                bits -= width;
            }
        }
        else {
            const count = header >>> 1;
            if (pos + byteWidth > end)
                throw new Error(`parquet rle offset ${pos} out of range`);
            let value = 0;
            for (let i = 0; i < byteWidth; i++)
                value |= bytes[pos++] << (i << 3);
            const stop = Math.min(out.length, seen + count);
            out.fill(value, seen, stop);
            seen = stop;
        }
    }
}
const EMPTY = new Uint8Array(0);
function countPresent(levels, maxDefinition) {
    let present = 0;
    for (let i = 0; i < levels.length; i++)
        if (levels[i] === maxDefinition)
            present++;
    return present;
}
/** Values [from, from + count) of a decoded page into the column's values from index `to` on. */
function fill(column, leaf, values, from, count, to) {
    const numbers = column.numbers;
    if (leaf.kind === "string") {
        const codes = column.codes;
        column.bytes ??= new ByteRanges(column.rows);
        for (let i = 0; i < count; i++) {
            codes[to + i] = -1;
            column.bytes.set(to + i, values[from + i]);
        }
        return;
    }
    if (leaf.kind === "boolean") {
        for (let i = 0; i < count; i++)
            numbers[to + i] = values[from + i] ? 1 : 0;
        return;
    }
    if (values instanceof BigInt64Array) {
        const halves = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
        for (let i = 0; i < count; i++) {
            const lo = halves[2 * (from + i)] >>> 0;
            const hi = halves[2 * (from + i) + 1];
            if (leaf.kind === "time") {
                numbers[to + i] = leaf.per === 1 ? hi * TWO_32 + lo : truncDiv(hi, lo, leaf.per);
            }
            else if (hi >= -2097152 && hi < 2097152 && !(hi === -2097152 && lo === 0)) {
                numbers[to + i] = hi * TWO_32 + lo;
            }
            else {
                column.big ??= new Map();
                column.big.set(to + i, values[from + i]);
                numbers[to + i] = Number.NaN;
            }
        }
        return;
    }
    if (leaf.kind === "time")
        throw new Error("a timestamp column holds no 64-bit integers");
    if (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array) {
        // PLAIN doubles, floats and 32-bit integers: each converts to its double as the loop below would
        numbers.set(values.subarray(from, from + count), to);
        return;
    }
    for (let i = 0; i < count; i++) {
        const x = values[from + i];
        if (typeof x === "bigint") {
            // 64-bit values from another decoder (delta encoding gives BigInt64Array, handled above)
            if (x <= MAX_SAFE && x >= MIN_SAFE)
                numbers[to + i] = Number(x);
            else {
                column.big ??= new Map();
                column.big.set(to + i, x);
                numbers[to + i] = Number.NaN;
            }
        }
        else
            numbers[to + i] = x;
    }
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
/**
 * The 64-bit integer hi·2³² + lo divided by `d` (1000 or 10⁶), truncated toward zero as BigInt division
 * truncates (hyparquet: `Number(micros / 1000n)`), exactly while the result is within Date's range.
 */
function truncDiv(hi, lo, d) {
    const a = Math.floor(TWO_32 / d);
    const b = TWO_32 - a * d;
    const m = hi * b + lo;
    let r = m % d;
    if (r < 0)
        r += d;
    const floor = hi * a + (m - r) / d;
    const q = hi < 0 && r !== 0 ? floor + 1 : floor;
    return q === 0 ? 0 : q;
}
function mapDictionary(column, dictionary, indices, first, present, row, count) {
    const size = dictionary.kind === "string" ? dictionary.dictionaryBytes.length : dictionary.numbers.length;
    let bad = false;
    if (column.kind === "string") {
        column.dictionary = dictionary.dictionary;
        column.dictionaryBytes = dictionary.dictionaryBytes;
        const codes = column.codes;
        if (indices instanceof Int32Array &&
            indices.buffer === codes.buffer &&
            indices.byteOffset === 4 * first) {
            // read in place by readFlatDataPage
            for (let i = 0; i < present; i++)
                if (!(indices[i] < size))
                    bad = true;
        }
        else
            for (let i = 0; i < present; i++) {
                const index = indices[i];
                if (!(index < size))
                    bad = true;
                codes[first + i] = index;
            }
    }
    else {
        const numbers = column.numbers;
        const values = dictionary.numbers;
        const bigs = dictionary.big;
        for (let i = 0; i < present; i++) {
            const index = indices[i];
            if (!(index < size)) {
                bad = true;
                continue;
            }
            numbers[first + i] = values[index];
            const big = bigs === undefined ? undefined : bigs.get(index);
            if (big !== undefined) {
                column.big ??= new Map();
                column.big.set(first + i, big);
            }
        }
    }
    if (!bad)
        return;
    // hyparquet reads an index past the dictionary as undefined, which the row reader makes null
    if (!column.at) {
        column.at = new Int32Array(column.rows);
        for (let r = 0; r < row + count; r++)
            column.at[r] = r;
    }
    for (let r = row; r < row + count; r++) {
        const v = column.at[r];
        if (v >= 0 && !(indices[v - first] < size))
            column.at[r] = -1;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/data/read-text.js
var read_text = __webpack_require__(2576);
// EXTERNAL MODULE: ./.cache/build/lib/data/row-batch.js
var row_batch = __webpack_require__(109);
;// CONCATENATED MODULE: ./.cache/build/lib/data/read-parquet.js









/**
 * Page codecs beyond hyparquet's built-in SNAPPY, from node:zlib. ZSTD needs a Node.js whose zlib has it
 * (22.15 and later); LZ4 is not available. SNAPPY is hyparquet's decoder with bulk copies (snappy.ts).
 */
function nodeCompressors() {
    const compressors = {
        GZIP: (input) => external_node_zlib_.gunzipSync(input),
        BROTLI: (input) => external_node_zlib_.brotliDecompressSync(input),
        SNAPPY: (input, length) => {
            // not zero-filled: snappyUncompress writes every byte of it, or throws
            const output = uninitialized(length);
            snappyUncompress(input, output);
            return output;
        },
    };
    const zstd = external_node_zlib_.zstdDecompressSync;
    if (zstd)
        compressors.ZSTD = (input) => zstd(input);
    return compressors;
}
const compressors = nodeCompressors();
const codecs = new Set(["UNCOMPRESSED", "SNAPPY", ...Object.keys(compressors)]);
/**
 * A Uint8Array of `length` bytes on its own ArrayBuffer, not zero-filled: only for buffers whose every byte is
 * written before it is read, or that are dropped when that fails.
 */
function uninitialized(length) {
    const buffer = Buffer.allocUnsafeSlow(length);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}
async function readRange(handle, start, end) {
    // filled to the end below, or it throws
    const bytes = uninitialized(Math.max(0, end - start));
    let filled = 0;
    while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, start + filled);
        if (bytesRead === 0)
            throw new Error(`the file ended at byte ${start + filled}, before byte ${end}`);
        filled += bytesRead;
    }
    return bytes;
}
/**
 * The file as hyparquet's AsyncBuffer, reading byte ranges on demand so only the footer and one row group
 * are ever in memory. `held` is the current row group's bytes, already read for checking, served from
 * memory instead of read twice.
 */
class FileRanges {
    handle;
    byteLength;
    held;
    constructor(handle, byteLength) {
        this.handle = handle;
        this.byteLength = byteLength;
    }
    async slice(start, end = this.byteLength) {
        const from = Math.max(0, start);
        const to = Math.min(this.byteLength, end);
        const held = this.held;
        if (held && from >= held.start && to <= held.start + held.bytes.length) {
            return held.bytes.slice(from - held.start, to - held.start).buffer;
        }
        return (await readRange(this.handle, from, to)).buffer;
    }
}
function invalid(path, reason, cause) {
    if (cause instanceof UnreadableCodec)
        return new data_error/* DataError */.fL({ file: path }, cause.message, { cause });
    const text = reason.replace(/^parquet /, "");
    if (/not supported/.test(text)) {
        return new data_error/* DataError */.fL({ file: path }, `uses a Parquet feature that cannot be read here: ${text}`, {
            cause,
        });
    }
    return new data_error/* DataError */.fL({ file: path }, `is not a valid Parquet file: ${text}`, { cause });
}
function read_parquet_reasonOf(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/footer != PAR1|too short/.test(message)) {
        return "it does not end with the Parquet footer (truncated, or not Parquet at all)";
    }
    return message;
}
/**
 * The metadata of the Parquet file opened last on this thread, with its size and footer bytes: each part of
 * a file opens it again, and a file of the same size whose footer has the same bytes has the same metadata
 * (hyparquet parses it from those bytes alone), so it is parsed and checked once.
 */
let lastFooter;
/** The footer (its metadata, length and magic: the last 8 + length bytes), or undefined when it is not one. */
async function footerBytes(handle, size) {
    const tail = await readRange(handle, size - 8, size);
    const length = new DataView(tail.buffer, tail.byteOffset, 8).getUint32(0, true);
    if (tail[4] !== 0x50 || tail[5] !== 0x41 || tail[6] !== 0x52 || tail[7] !== 0x31)
        return undefined;
    if (length + 8 > size || length > 16 * 1024 * 1024)
        return undefined;
    return readRange(handle, size - 8 - length, size);
}
function sameBytes(a, b) {
    return a.length === b.length && Buffer.compare(a, b) === 0;
}
async function openParquet(path) {
    const handle = await (0,read_text/* openForRead */.od)(path);
    try {
        const { size } = await handle.stat();
        if (size === 0)
            throw new data_error/* DataError */.fL({ file: path }, "is empty (0 bytes), not a Parquet file");
        if (size < 12)
            throw invalid(path, `it has only ${size} bytes`);
        const file = new FileRanges(handle, size);
        const footer = await footerBytes(handle, size);
        const known = lastFooter;
        if (footer && known && known.size === size && sameBytes(footer, known.bytes)) {
            // the same footer as the file opened last (another part of it): the same metadata, which passed
            // every check below
            return { handle, file, metadata: known.metadata, tree: known.tree, columns: known.columns };
        }
        let metadata;
        let tree;
        try {
            metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
            tree = (0,src_metadata/* parquetSchema */.YR)(metadata);
            checkMetadata(metadata, tree, size, codecs);
        }
        catch (error) {
            throw invalid(path, read_parquet_reasonOf(error), error);
        }
        const columns = tree.children.map((child) => child.element.name);
        const seen = new Map();
        columns.forEach((name, index) => {
            const earlier = seen.get(name);
            if (earlier !== undefined) {
                throw new data_error/* DataError */.fL({ file: path, column: name }, `names column ${earlier + 1} and column ${index + 1} both "${name}"`);
            }
            seen.set(name, index);
        });
        const groupRows = metadata.row_groups.reduce((sum, group) => sum + group.num_rows, 0n);
        if (groupRows !== metadata.num_rows) {
            throw invalid(path, `its row groups hold ${groupRows} rows but its footer says ${metadata.num_rows}`);
        }
        if (footer)
            lastFooter = { size, bytes: footer, metadata, tree, columns };
        return { handle, file, metadata, tree, columns };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
async function readParquetColumns(path) {
    const { handle, columns } = await openParquet(path);
    await handle.close();
    return columns;
}
/** The kind of each column, to write a Parquet file with the same types (see openTableWriter). */
async function readParquetColumnKinds(path) {
    const { handle, tree } = await openParquet(path);
    await handle.close();
    return tree.children.map(kindOfParquetColumn);
}
/** One row group at a time: memory holds one decoded row group, whatever the file's size. */
async function* readParquet(path, batchSize) {
    const opened = await openParquet(path);
    try {
        const batcher = new row_batch/* RowBatcher */.Ot(opened.columns, batchSize);
        for await (const { rows } of decodeGroups(path, opened, 0, opened.metadata.row_groups.length))
            yield* batcher.add(rows);
        yield* batcher.finish();
    }
    finally {
        await opened.handle.close();
    }
}
/** Cuts the file's row groups into runs of at least `targetBytes` (the last may be smaller). */
async function parquetGroupRanges(path, targetBytes) {
    const { handle, metadata } = await openParquet(path);
    await handle.close();
    const ranges = [];
    let current;
    let bytes = 0;
    let rowStart = 0;
    metadata.row_groups.forEach((group, g) => {
        current ??= { from: g, to: g, rowStart, rows: 0 };
        const groupRanges = group.columns.map(chunkRange);
        bytes += groupRanges.reduce((sum, range) => sum + (range.end - range.start), 0);
        current.to = g + 1;
        current.rows += Number(group.num_rows);
        rowStart += Number(group.num_rows);
        if (bytes >= targetBytes) {
            ranges.push(current);
            current = undefined;
            bytes = 0;
        }
    });
    if (current)
        ranges.push(current);
    return ranges;
}
/** Row groups from..to−1 of the file; each decoded group with its first data row number. */
async function* readParquetGroups(path, from, to) {
    const opened = await openParquet(path);
    try {
        yield* decodeGroups(path, opened, from, to);
    }
    finally {
        await opened.handle.close();
    }
}
/**
 * Row groups from..to−1 of the file, column-wise where every column can be (flat files of numbers,
 * timestamps, booleans and strings), else as rows; the same checks and errors as {@link readParquetGroups}.
 * A group's columns are valid until the next group is asked for: the next is decoded into their arrays.
 */
async function* readParquetGroupColumns(path, from, to) {
    const opened = await openParquet(path);
    try {
        const leaves = columnarKinds(opened.tree);
        if (!leaves) {
            for await (const { rows, firstRowNumber } of decodeGroups(path, opened, from, to))
                yield { rows, count: rows.length, firstRowNumber };
            return;
        }
        const { handle, metadata, tree } = opened;
        // each group's columns are taken before the next is decoded into the same arrays
        const buffers = new ColumnBuffers();
        for (const { group, count, groupStart, where } of groupsInRange(metadata, from, to)) {
            let columns;
            try {
                const ranges = group.columns.map(chunkRange);
                const start = Math.min(...ranges.map((range) => range.start));
                const end = Math.max(...ranges.map((range) => range.end));
                const bytes = await readRange(handle, start, end);
                checkPages(group, bytes, start);
                columns = decodeGroupColumns(group, tree, leaves, bytes, start, compressors, buffers);
            }
            catch (error) {
                throw invalid(path, `${where}: ${read_parquet_reasonOf(error)}`, error);
            }
            yield { columns, count, firstRowNumber: groupStart + 1 };
        }
    }
    finally {
        await opened.handle.close();
    }
}
async function* decodeGroups(path, { handle, file, metadata }, from, to) {
    for (const { group, count, groupStart, where } of groupsInRange(metadata, from, to)) {
        let rows = [];
        try {
            const ranges = group.columns.map(chunkRange);
            const start = Math.min(...ranges.map((range) => range.start));
            const end = Math.max(...ranges.map((range) => range.end));
            const bytes = await readRange(handle, start, end);
            checkPages(group, bytes, start);
            file.held = { start, bytes };
            await (0,read/* parquetRead */.bA)({
                file,
                metadata,
                compressors,
                rowStart: groupStart,
                rowEnd: groupStart + count,
                onComplete: (decoded) => {
                    rows = decoded;
                },
            });
        }
        catch (error) {
            throw invalid(path, `${where}: ${read_parquet_reasonOf(error)}`, error);
        }
        finally {
            file.held = undefined;
        }
        if (rows.length !== count)
            throw invalid(path, `${where} decoded to ${rows.length} rows`);
        normalize(rows);
        yield { rows, firstRowNumber: groupStart + 1 };
    }
}
/** The non-empty row groups from..to-1, each with the number of rows before it and a label for errors. */
function* groupsInRange(metadata, from, to) {
    const groups = metadata.row_groups;
    let groupStart = 0;
    for (let g = 0; g < from; g++)
        groupStart += Number(groups[g]?.num_rows ?? 0);
    for (let g = from; g < Math.min(to, groups.length); g++) {
        const count = Number(groups[g]?.num_rows ?? 0);
        if (count === 0)
            continue;
        const where = `row group ${g + 1} of ${groups.length} (rows ${groupStart + 1}-${groupStart + count})`;
        yield { group: groups[g], count, groupStart, where };
        groupStart += count;
    }
}
/** Missing values become null; 64-bit integers become numbers when a double holds them exactly. */
function normalize(rows) {
    for (const row of rows) {
        for (let i = 0; i < row.length; i++) {
            const value = row[i];
            if (value === undefined)
                row[i] = null;
            else if (typeof value === "bigint" || (typeof value === "object" && value !== null))
                row[i] = normalizeValue(value);
        }
    }
}
/** The same for values inside lists and structs. */
function normalizeValue(value) {
    if (typeof value === "bigint")
        return value <= read_parquet_MAX_SAFE && value >= read_parquet_MIN_SAFE ? Number(value) : value;
    if (value === undefined)
        return null;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = normalizeValue(value[i]);
        return value;
    }
    if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
        const object = value;
        for (const key of Object.keys(object))
            object[key] = normalizeValue(object[key]);
    }
    return value;
}
const read_parquet_MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const read_parquet_MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);


/***/ })

};
