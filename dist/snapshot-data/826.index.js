export const id = 826;
export const ids = [826];
export const modules = {

/***/ 4935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSchema),
/* harmony export */   x: () => (/* binding */ readTable)
/* harmony export */ });
/* harmony import */ var _read_csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3027);
/* harmony import */ var _read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3801);
/* harmony import */ var _row_batch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(109);



/**
 * Streams a table in batches of rows, holding one batch (and for Parquet one row group) in memory. At least
 * one batch always comes, empty when the file has a header or schema but no rows, so the columns are known.
 * Problems with the file are DataErrors naming the file, row, line and column.
 */
function readTable(path, format, options) {
    const batchSize = (0,_row_batch_js__WEBPACK_IMPORTED_MODULE_2__/* .batchSizeOf */ .zC)(options);
    switch (format) {
        case "csv":
            return (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsv */ .Nb)(path, batchSize);
        case "jsonl":
            return (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonl */ .fl)(path, batchSize, options?.columns);
        case "parquet":
            return readParquetLazily(path, batchSize);
    }
}
/**
 * The column names: the CSV header, the Parquet schema's top-level fields, or for JSON Lines every key of
 * every row in order of first appearance (a full pass, since rows may leave keys out).
 */
function readSchema(path, format) {
    switch (format) {
        case "csv":
            return (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsvHeader */ .km)(path);
        case "jsonl":
            return (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonlColumns */ .ED)(path);
        case "parquet":
            return Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(149), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 7663)).then(({ readParquetColumns }) => readParquetColumns(path));
    }
}
/** The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not with this module. */
async function* readParquetLazily(path, batchSize) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(149), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 7663));
    yield* readParquet(path, batchSize);
}


/***/ }),

/***/ 141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ openTableWriter)
});

// UNUSED EXPORTS: DEFAULT_ROW_GROUP_SIZE

;// CONCATENATED MODULE: ./.cache/build/lib/data/encode-text.js
const NEEDS_QUOTES = /[",\r\n]/;
/** A value as CSV text: null is an empty field; dates are ISO 8601; objects and arrays are JSON. */
function csvField(value) {
    if (value === null || value === undefined)
        return "";
    if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
        return String(value);
    let text;
    if (typeof value === "string")
        text = value;
    else if (value instanceof Date)
        return isoDate(value);
    else if (value instanceof Uint8Array)
        return Buffer.from(value).toString("base64");
    else
        text = JSON.stringify(value, jsonReplacer);
    return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
/**
 * One CSV record with its line ending. A one-column record whose value is null is written as `""`, since an
 * empty line would be read back as a blank line and skipped.
 */
function csvLine(values) {
    if (values.length === 1) {
        const only = csvField(values[0]);
        return only === "" ? '""\n' : `${only}\n`;
    }
    // Joining an array is about twice as fast here as growing a string field by field.
    const fields = new Array(values.length);
    for (let i = 0; i < values.length; i++)
        fields[i] = csvField(values[i]);
    return `${fields.join(",")}\n`;
}
/**
 * Encodes rows as JSON Lines records: an object with every column, null where a value is missing. Built
 * from per-column key prefixes, which is about twice as fast as stringifying an object per row.
 */
function jsonLineEncoder(columns) {
    const prefixes = columns.map((name, i) => `${i === 0 ? "{" : ","}${JSON.stringify(name)}:`);
    return (values) => {
        const parts = new Array(prefixes.length + 1);
        for (let i = 0; i < prefixes.length; i++)
            parts[i] = prefixes[i] + jsonValue(values[i]);
        parts[prefixes.length] = "}\n";
        return parts.join("");
    };
}
function jsonValue(value) {
    switch (typeof value) {
        case "string":
            return JSON.stringify(value);
        case "number":
            return Number.isFinite(value) ? String(value) : "null";
        case "boolean":
            return value ? "true" : "false";
        case "undefined":
            return "null";
        default:
            return value === null ? "null" : (JSON.stringify(value, jsonReplacer) ?? "null");
    }
}
/**
 * JSON for values JSON.stringify rejects or mangles: 64-bit integers become numbers when a double holds them
 * exactly and decimal strings otherwise, and bytes become base64.
 */
function jsonReplacer(_key, value) {
    if (typeof value === "bigint") {
        return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
    }
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString("base64");
    return value;
}
function isoDate(value) {
    if (Number.isNaN(value.getTime()))
        throw new RangeError("cannot write an invalid Date");
    return value.toISOString();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(5439);
;// CONCATENATED MODULE: ./.cache/build/lib/data/file-sink.js







/**
 * Bytes on their way to `path`: written to a temporary file beside it (gzipped when asked), flushed to disk,
 * and renamed into place only by `commit`, so a crash or an error never leaves a partial file under the
 * final name.
 */
class FileSink {
    path;
    temp;
    file;
    gzip;
    failure;
    settled = false;
    constructor(path, temp, file, gzip) {
        this.path = path;
        this.temp = temp;
        this.file = file;
        this.gzip = gzip;
        const remember = (error) => {
            this.failure ??= error;
        };
        file.on("error", remember);
        gzip?.on("error", remember);
    }
    static async open(path, options = {}) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const temp = (0,atomic_file/* tempPathBeside */.gi)(path);
        const file = (0,external_node_fs_.createWriteStream)(temp, { flags: "wx", flush: true, highWaterMark: 1 << 20 });
        // Surface a failure to create the file (permissions, a full disk) here rather than at the first write.
        await new Promise((resolve, reject) => {
            file.once("ready", () => resolve());
            file.once("error", reject);
        });
        const gzip = options.gzip ? (0,external_node_zlib_.createGzip)() : undefined;
        if (gzip) {
            (0,external_node_stream_.pipeline)(gzip, file, () => {
                // Errors reach the "error" listeners in the constructor.
            });
        }
        return new FileSink(path, temp, file, gzip);
    }
    get head() {
        return this.gzip ?? this.file;
    }
    async write(chunk) {
        this.ensureOpen();
        this.throwIfFailed();
        if (this.head.write(chunk))
            return;
        await new Promise((resolve, reject) => {
            const done = (error) => {
                this.head.off("drain", done);
                this.head.off("error", done);
                if (error === undefined)
                    resolve();
                else
                    reject(error);
            };
            this.head.on("drain", done);
            this.head.on("error", done);
        });
        this.throwIfFailed();
    }
    /** Finishes the file and moves it to its final name; returns its size in bytes. */
    async commit() {
        this.ensureOpen();
        this.settled = true;
        try {
            this.throwIfFailed();
            this.head.end();
            await (0,external_node_stream_promises_.finished)(this.file);
            this.throwIfFailed();
            const { size } = await (0,promises_.stat)(this.temp);
            await (0,promises_.rename)(this.temp, this.path);
            return size;
        }
        catch (error) {
            await this.discard();
            throw error;
        }
    }
    /** Drops everything written so far; safe to call more than once and after a failed commit. */
    async abort() {
        this.settled = true;
        await this.discard();
    }
    get closed() {
        return this.settled;
    }
    async discard() {
        this.gzip?.destroy();
        this.file.destroy();
        await (0,external_node_stream_promises_.finished)(this.file).catch(() => undefined);
        await (0,promises_.rm)(this.temp, { force: true });
    }
    ensureOpen() {
        if (this.settled)
            throw new Error(`${this.path}: the writer is already closed`);
    }
    throwIfFailed() {
        if (this.failure !== undefined)
            throw this.failure;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var data_format = __webpack_require__(89);
;// CONCATENATED MODULE: ./.cache/build/lib/data/write-table.js



const TEXT_FLUSH_CHARS = 1 << 20;
/** Rows per Parquet row group unless `rowGroupSize` says otherwise. */
const DEFAULT_ROW_GROUP_SIZE = 65_536;
/**
 * Opens a streaming writer for a CSV (RFC 4180 quoting, null as an empty field), JSON Lines or Parquet
 * file. CSV and JSON Lines are gzipped when the path ends in .gz. The data goes to a temporary file beside
 * `path` that `close` renames into place, so a crash never leaves a half-written file under the final name.
 */
async function openTableWriter(path, format, columns, options = {}) {
    if (columns.length === 0)
        throw new Error(`${path}: a table needs at least one column`);
    if (new Set(columns).size !== columns.length)
        throw new Error(`${path}: the column names are not unique`);
    const rowGroupSize = options.rowGroupSize ?? DEFAULT_ROW_GROUP_SIZE;
    if (!Number.isInteger(rowGroupSize) || rowGroupSize < 1) {
        throw new RangeError(`rowGroupSize must be a positive integer, got ${rowGroupSize}`);
    }
    if (format === "parquet" && (0,data_format/* isGzipped */.WV)(path))
        throw new Error(`${path}: Parquet files cannot be gzipped`);
    // The Parquet writer (and hyparquet-writer) is loaded only to write a Parquet file.
    const parquet = format === "parquet" ? await Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(640), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 4310)) : undefined;
    const sink = await FileSink.open(path, { gzip: format !== "parquet" && (0,data_format/* isGzipped */.WV)(path) });
    if (parquet) {
        return guard(sink, columns.length, new parquet.ParquetTableWriter(sink, columns, options.columnKinds, rowGroupSize));
    }
    const encode = format === "csv" ? csvLine : jsonLineEncoder(columns);
    return guard(sink, columns.length, new TextTableWriter(sink, encode, format === "csv" ? csvLine(columns) : ""));
}
class TextTableWriter {
    sink;
    encode;
    rows = 0;
    pending = [];
    pendingChars = 0;
    constructor(sink, encode, header) {
        this.sink = sink;
        this.encode = encode;
        if (header !== "")
            this.push(header);
    }
    async writeRows(rows) {
        const lines = new Array(rows.length);
        for (let i = 0; i < rows.length; i++)
            lines[i] = this.encode(rows[i]);
        this.rows += rows.length;
        this.push(lines.join(""));
        if (this.pendingChars >= TEXT_FLUSH_CHARS)
            await this.flush();
    }
    async finish() {
        await this.flush();
    }
    push(text) {
        this.pending.push(text);
        this.pendingChars += text.length;
    }
    async flush() {
        if (this.pending.length === 0)
            return;
        const text = this.pending.join("");
        this.pending = [];
        this.pendingChars = 0;
        await this.sink.write(text);
    }
}
/** Checks row widths and makes sure a failure discards the temporary file. */
function guard(sink, width, rows) {
    const failed = async (error) => {
        await sink.abort();
        throw error;
    };
    return {
        path: sink.path,
        async writeRows(batch) {
            for (let i = 0; i < batch.length; i++) {
                const length = batch[i]?.length;
                if (length !== width) {
                    await failed(new Error(`${sink.path}: row ${rows.rows + i + 1} has ${length} values for ${width} columns`));
                }
            }
            await rows.writeRows(batch).catch(failed);
        },
        async close() {
            await rows.finish().catch(failed);
            const bytes = await sink.commit();
            return { rows: rows.rows, bytes };
        },
        async abort() {
            if (!sink.closed)
                await sink.abort();
        },
    };
}


/***/ }),

/***/ 3826:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PASS_LAYOUT: () => (/* reexport safe */ _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__.PASS_LAYOUT),
/* harmony export */   TableProfiler: () => (/* binding */ TableProfiler),
/* harmony export */   checkSameColumns: () => (/* binding */ checkSameColumns),
/* harmony export */   passSummary: () => (/* reexport safe */ _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__.passSummary),
/* harmony export */   profileOnly: () => (/* binding */ profileOnly),
/* harmony export */   splitAndProfile: () => (/* binding */ splitAndProfile),
/* harmony export */   storedChecks: () => (/* binding */ storedChecks)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80);
/* harmony import */ var _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3293);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4935);
/* harmony import */ var _data_write_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(141);
/* harmony import */ var _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(507);
/* harmony import */ var _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4794);
/* harmony import */ var _split_rows_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1037);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__]);
_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * The half of a snapshot that reads the rows: the column check of the sources, the profile (and the checks of
 * trainyard.yml's rules) in one pass over unsplit sources, or the as-of filter and split with the profile.
 * snapshot.ts loads it with `import()` only when a snapshot is made, so an unchanged re-snapshot reads no
 * header and loads neither the readers nor the profilers.
 */









const extension = { csv: "csv", parquet: "parquet", jsonl: "jsonl" };
/** One profiler per column, fed whole rows. */
class TableProfiler {
    columns;
    constructor(names) {
        this.columns = names.map((name) => new _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .ColumnProfiler */ .kW(name));
    }
    observe(row) {
        for (let i = 0; i < this.columns.length; i++)
            this.columns[i]?.add(row[i]);
    }
    profiles() {
        return this.columns.map((column) => column.profile());
    }
}
async function checkSameColumns(files) {
    let first;
    for (const file of files) {
        const columns = await (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_3__/* .readSchema */ .G)(file.path, file.format);
        if (!first) {
            first = { file, columns };
            continue;
        }
        if (columns.join("\u0000") !== first.columns.join("\u0000")) {
            throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: file.name }, `has columns [${columns.join(", ")}] but ${first.file.name} has [${first.columns.join(", ")}]; every file of a snapshot needs the same columns in the same order`);
        }
    }
    if (!first)
        throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: "source" }, "has no files");
    const formats = new Set(files.map((file) => file.format));
    if (formats.size > 1)
        throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: files[0]?.name ?? "source" }, `mixes formats (${[...formats].join(", ")}); use one format per snapshot`);
    return first.columns;
}
/** One streaming pass: as-of filter, split into train/test files in the source's format, and profile. */
async function splitAndProfile(files, columns, format, outDir, options, profiler) {
    const keep = options.asOf ? (0,_split_rows_js__WEBPACK_IMPORTED_MODULE_7__/* .makeAsOfFilter */ .K2)(options.asOf, columns) : () => true;
    const splitter = options.split ? (0,_split_rows_js__WEBPACK_IMPORTED_MODULE_7__/* .makeSplitter */ .Ml)(options.split, columns) : undefined;
    const names = splitter ? ["train", "test"] : ["data"];
    const writers = new Map();
    for (const role of names) {
        writers.set(role, await (0,_data_write_table_js__WEBPACK_IMPORTED_MODULE_4__/* .openTableWriter */ .o)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, `${role}.${extension[format]}`), format, columns));
    }
    const sides = { train: 0, test: 0 };
    let rows = 0;
    let dropped = 0;
    try {
        for (const file of files) {
            for await (const batch of (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_3__/* .readTable */ .x)(file.path, format)) {
                const out = { train: [], test: [], data: [] };
                batch.rows.forEach((row, offset) => {
                    if (!keep(row)) {
                        dropped++;
                        return;
                    }
                    rows++;
                    profiler.observe(row);
                    const role = splitter ? splitter(row, `${file.name} row ${batch.firstRowNumber + offset}`) : "data";
                    if (role !== "data")
                        sides[role]++;
                    out[role]?.push(row);
                });
                for (const [role, writer] of writers) {
                    const chunk = out[role];
                    if (chunk && chunk.length > 0)
                        await writer.writeRows(chunk);
                }
            }
        }
        const prepared = [];
        for (const [role, writer] of writers) {
            const closed = await writer.close();
            prepared.push({
                path: writer.path,
                name: `${role}.${extension[format]}`,
                role: role,
                rows: closed.rows,
            });
        }
        return { prepared, rows, dropped, sides };
    }
    catch (error) {
        await Promise.all([...writers.values()].map((writer) => writer.abort()));
        throw error;
    }
}
/** Profiles unsplit files without rewriting them (they are stored byte for byte), on every core. */
function profileOnly(files, columns, bytes, options, overlap = {}) {
    return (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__.runTablePass)(files.map((file) => ({ path: file.path, name: file.name, format: file.format, role: "data" })), { columns, profile: true, ...(options.rules ? { rules: options.rules } : {}), now: Date.now() }, {
        threads: (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__.dataThreads)(bytes, options.threads),
        ...(options.partBytes ? { partBytes: options.partBytes } : {}),
        ...overlap,
    }).then((pass) => ({
        prepared: files.map((file, index) => ({
            path: file.path,
            name: file.name,
            role: "data",
            rows: pass.fileRows[index] ?? 0,
        })),
        profiles: pass.profiles ?? [],
        pass,
    }));
}
/** The pass's checks as they are stored for validate-data (see validation-checks.ts). */
function storedChecks(snapshotId, pass) {
    return {
        kind: _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_CHECKS_KIND */ .Zq,
        version: _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_CHECKS_VERSION */ .nR,
        snapshotId,
        rows: pass.rows,
        columns: (pass.columnCheckers ?? []).map((checker) => ({
            column: checker.column,
            state: checker.toJSON(),
        })),
        dataset: pass.dataset?.results() ?? [],
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K2: () => (/* binding */ makeAsOfFilter),
  Ml: () => (/* binding */ makeSplitter)
});

// UNUSED EXPORTS: SplitError

// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/fast-hash.js
/**
 * cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). Used for exact-enough membership sets
 * (uniqueness, leakage) where a cryptographic hash per row would dominate the pass; 53 bits keep the chance
 * of a false collision below one in a billion for ten million keys.
 */
function hash53(text, seed = 0) {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
/** Joins values into one key with a separator that cannot be confused with the values' own text. */
function compositeKey(values) {
    return values
        .map((value) => (value === null || value === undefined ? "\u0000" : String(value)))
        .join("\u001f");
}

;// CONCATENATED MODULE: ./.cache/build/lib/stats/hash-split.js
/**
 * Deterministic train/test assignment from a key. The bucket is MurmurHash3 (x86, 32-bit) of the key's
 * UTF-8 bytes divided by 2^32, so other tools can reproduce a split: in Python,
 * `mmh3.hash(key, seed, signed=False) / 2**32`.
 */
const encoder = new TextEncoder();
let scratch = new Uint8Array(256);
function mixBlock(h, block) {
    let k = Math.imul(block, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
function finish(h, tail, tailBytes, length) {
    if (tailBytes > 0) {
        let k = Math.imul(tail, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        h ^= Math.imul(k, 0x1b873593);
    }
    h ^= length;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** MurmurHash3 x86 32-bit of bytes. */
function murmur3Bytes(bytes, seed, length = bytes.length) {
    let h = seed | 0;
    const blocks = length & ~3;
    for (let i = 0; i < blocks; i += 4) {
        h = mixBlock(h, bytes[i] |
            (bytes[i + 1] << 8) |
            (bytes[i + 2] << 16) |
            (bytes[i + 3] << 24));
    }
    let tail = 0;
    for (let i = length - 1; i >= blocks; i--)
        tail = (tail << 8) | bytes[i];
    return finish(h, tail, length - blocks, length);
}
/** MurmurHash3 x86 32-bit of a string's UTF-8 bytes; ASCII keys are hashed without encoding them. */
function murmur3(key, seed) {
    const n = key.length;
    let h = seed | 0;
    let i = 0;
    for (; i + 4 <= n; i += 4) {
        const c0 = key.charCodeAt(i);
        const c1 = key.charCodeAt(i + 1);
        const c2 = key.charCodeAt(i + 2);
        const c3 = key.charCodeAt(i + 3);
        if ((c0 | c1 | c2 | c3) >= 0x80)
            return murmur3Encoded(key, seed);
        h = mixBlock(h, c0 | (c1 << 8) | (c2 << 16) | (c3 << 24));
    }
    let tail = 0;
    for (let j = n - 1; j >= i; j--) {
        const c = key.charCodeAt(j);
        if (c >= 0x80)
            return murmur3Encoded(key, seed);
        tail = (tail << 8) | c;
    }
    return finish(h, tail, n - i, n);
}
function murmur3Encoded(key, seed) {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit; the scratch buffer is reused across calls.
    if (scratch.length < key.length * 3)
        scratch = new Uint8Array(key.length * 3);
    const { written } = encoder.encodeInto(key, scratch);
    return murmur3Bytes(scratch, seed, written);
}
function checkSeed(seed) {
    if (!Number.isInteger(seed))
        throw new RangeError(`seed must be a whole number, got ${seed}`);
}
/** A number in [0, 1) fixed by the key and seed; uniformly spread over keys. Seeds are taken modulo 2^32. */
function splitBucket(key, seed) {
    checkSeed(seed);
    return murmur3(key, seed) / 4294967296;
}
/** Whether the key falls in the test share: its bucket is below `testFraction` (in [0, 1]). */
function isTest(key, seed, testFraction) {
    if (!(testFraction >= 0 && testFraction <= 1))
        throw new RangeError(`testFraction must be in [0, 1], got ${testFraction}`);
    return splitBucket(key, seed) < testFraction;
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/split-rows.js



function parseTime(value) {
    if (value instanceof Date)
        return value.getTime();
    if (typeof value === "number")
        return value;
    if (typeof value === "string" && value.trim() !== "") {
        const time = Date.parse(value.trim());
        return Number.isNaN(time) ? undefined : time;
    }
    return undefined;
}
class SplitError extends user_error/* UserError */.yo {
    constructor(message) {
        super(message);
        this.name = "SplitError";
    }
}
/**
 * Decides the side of each row, deterministically: `random` hashes the whole row with the seed (so identical
 * rows always land together), `group` hashes the key column (an entity stays on one side, across snapshots
 * too), `time` compares the time column with the cut-off.
 */
function makeSplitter(spec, columns) {
    if (!(spec.testFraction > 0 && spec.testFraction < 1) && spec.strategy !== "time") {
        throw new SplitError(`split.test_fraction must be between 0 and 1, got ${spec.testFraction}`);
    }
    const columnIndex = (name, what) => {
        if (!name)
            throw new SplitError(`a ${spec.strategy} split needs ${what}`);
        const index = columns.indexOf(name);
        if (index < 0)
            throw new SplitError(`split column "${name}" is not in the data (columns: ${columns.join(", ")})`);
        return index;
    };
    switch (spec.strategy) {
        case "random":
            return (row) => (isTest(compositeKey(row), spec.seed, spec.testFraction) ? "test" : "train");
        case "group": {
            const index = columnIndex(spec.key, "split.key");
            return (row) => (isTest(String(row[index] ?? ""), spec.seed, spec.testFraction) ? "test" : "train");
        }
        case "time": {
            const index = columnIndex(spec.timeColumn, "split.time_column");
            const cutoff = parseTime(spec.cutoff);
            if (cutoff === undefined)
                throw new SplitError(`split.cutoff "${spec.cutoff ?? ""}" is not a date or time`);
            return (row, rowLabel) => {
                const time = parseTime(row[index]);
                if (time === undefined) {
                    throw new SplitError(`${rowLabel}: "${spec.timeColumn}" value ${JSON.stringify(row[index])} is not a time`);
                }
                return time < cutoff ? "train" : "test";
            };
        }
    }
}
/** Keeps rows whose time column is at or before the as-of time (point-in-time correctness). */
function makeAsOfFilter(asOf, columns) {
    const index = columns.indexOf(asOf.column);
    if (index < 0)
        throw new SplitError(`as_of.column "${asOf.column}" is not in the data (columns: ${columns.join(", ")})`);
    const limit = parseTime(asOf.time);
    if (limit === undefined)
        throw new SplitError(`as_of.time "${asOf.time}" is not a date or time`);
    return (row) => {
        const time = parseTime(row[index]);
        return time !== undefined && time <= limit;
    };
}


/***/ })

};
