export const id = 1578;
export const ids = [1578];
export const modules = {

/***/ 7890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ jsonLineEncoder),
/* harmony export */   zT: () => (/* binding */ csvLine)
/* harmony export */ });
/* unused harmony export csvField */
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


/***/ }),

/***/ 6697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ openTableWriter)
});

// UNUSED EXPORTS: DEFAULT_ROW_GROUP_SIZE

// EXTERNAL MODULE: ./.cache/build/lib/data/encode-text.js
var encode_text = __webpack_require__(7890);
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
    const parquet = format === "parquet" ? await Promise.all(/* import() */[__webpack_require__.e(8649), __webpack_require__.e(9640), __webpack_require__.e(4310)]).then(__webpack_require__.bind(__webpack_require__, 4310)) : undefined;
    const sink = await FileSink.open(path, { gzip: format !== "parquet" && (0,data_format/* isGzipped */.WV)(path) });
    if (parquet) {
        return guard(sink, columns.length, new parquet.ParquetTableWriter(sink, columns, options.columnKinds, rowGroupSize));
    }
    const encode = format === "csv" ? encode_text/* csvLine */.zT : (0,encode_text/* jsonLineEncoder */.$E)(columns);
    return guard(sink, columns.length, new TextTableWriter(sink, encode, format === "csv" ? (0,encode_text/* csvLine */.zT)(columns) : ""));
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

/***/ 8784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ fetchSources)
});

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
// EXTERNAL MODULE: ./.cache/build/lib/data/data-error.js
var data_error = __webpack_require__(3293);
// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var data_format = __webpack_require__(89);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(5439);
;// CONCATENATED MODULE: ./.cache/build/lib/data/resolve-sources.js





/**
 * Expands a local source spec into its files, sorted by name (plain code-point order, so the same on every
 * machine): a file is itself; a folder is every CSV, Parquet and JSON Lines file beneath it; anything else
 * with glob characters is matched with tinyglobby. Hidden files are left out. Nothing found is a DataError.
 */
async function resolveSources(spec, options = {}) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
        throw new data_error/* DataError */.fL({ file: spec }, "is a URL; only local files, folders and globs are resolved here");
    }
    const cwd = options.cwd ?? process.cwd();
    const absolute = (0,external_node_path_.resolve)(cwd, spec);
    const kind = await pathKind(spec, absolute);
    if (kind === "file") {
        return [{ path: absolute, name: (0,external_node_path_.basename)(absolute), format: (0,data_format/* detectFormat */.Tz)(absolute, options.format) }];
    }
    if (kind === "directory") {
        const names = (await listPlainFolder(absolute)) ?? (await (await loadGlob()).globFiles("**/*", absolute));
        const files = resolve_sources_select(absolute, names, options.format);
        if (files.length === 0) {
            throw new data_error/* DataError */.fL({ file: spec }, `is a folder with no CSV, Parquet or JSON Lines files in it${names.length > 0 ? ` (${countOthers(names.length)})` : ""}`);
        }
        return files;
    }
    const globbing = await loadGlob();
    if (!globbing.isDynamicPattern(spec))
        throw new data_error/* DataError */.fL({ file: spec }, "does not exist");
    const { base, pattern } = globbing.splitGlob(spec);
    const root = (0,external_node_path_.resolve)(cwd, base);
    const names = await globbing.globFiles(pattern, root);
    const files = resolve_sources_select(root, names, options.format);
    if (files.length === 0) {
        throw new data_error/* DataError */.fL({ file: spec }, names.length === 0
            ? "matches no files"
            : `matches no CSV, Parquet or JSON Lines files (${countOthers(names.length)})`);
    }
    return files;
}
async function pathKind(spec, absolute) {
    try {
        const info = await (0,promises_.stat)(absolute);
        if (info.isDirectory())
            return "directory";
        if (info.isFile())
            return "file";
        throw new data_error/* DataError */.fL({ file: spec }, "is not a regular file or folder");
    }
    catch (error) {
        if (error.code === "ENOENT" ||
            error.code === "ENOTDIR") {
            return "missing";
        }
        throw (0,data_error/* fileAccessError */.z9)(spec, error);
    }
}
function resolve_sources_select(root, names, explicit) {
    const files = [];
    for (const name of names) {
        if ((0,atomic_file/* isTempName */.Gs)(name))
            continue;
        const path = (0,external_node_path_.join)(root, name);
        if (explicit !== undefined && explicit !== "") {
            files.push({ path, name, format: (0,data_format/* detectFormat */.Tz)(path, explicit) });
            continue;
        }
        const format = (0,data_format/* formatFromExtension */.pf)(name);
        if (format === undefined || (format === "parquet" && name.toLowerCase().endsWith(".gz")))
            continue;
        files.push({ path, name, format });
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function countOthers(count) {
    return count === 1 ? "1 file of another type" : `${count} files of other types`;
}
const loadGlob = () => Promise.all(/* import() */[__webpack_require__.e(3382), __webpack_require__.e(6983)]).then(__webpack_require__.bind(__webpack_require__, 6983));
/**
 * The files under a folder as `/`-separated relative names, hidden files and folders left out: the same list
 * tinyglobby (every file, no dot) gives for a tree of plain files and folders, without loading it.
 * Anything else in the tree (a symbolic link, a special file) or an error while listing returns undefined, and
 * the caller asks tinyglobby, which decides those cases as before.
 */
async function listPlainFolder(root) {
    const names = [];
    const pending = [""];
    try {
        for (let prefix = pending.pop(); prefix !== undefined; prefix = pending.pop()) {
            for (const entry of await (0,promises_.readdir)(prefix === "" ? root : (0,external_node_path_.join)(root, prefix), { withFileTypes: true })) {
                if (entry.name.startsWith("."))
                    continue;
                const name = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
                if (entry.isFile())
                    names.push(name);
                else if (entry.isDirectory())
                    pending.push(name);
                else
                    return undefined;
            }
        }
    }
    catch {
        return undefined;
    }
    return names;
}

// EXTERNAL MODULE: ./.cache/build/lib/store/open-store.js
var open_store = __webpack_require__(9301);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/fetch-sources.js









/**
 * Brings the source onto local disk: local files, folders and globs are used where they are; an
 * `s3://bucket/prefix` is listed and each data file downloaded; an `https://` URL is downloaded. Downloads go to
 * `stagingDir` under temporary names, so an interrupted fetch leaves nothing that looks complete.
 */
async function fetchSources(context, spec, stagingDir, format) {
    if (spec.startsWith("s3://"))
        return fetchS3(context, spec, stagingDir, format);
    if (spec.startsWith("https://") || spec.startsWith("http://"))
        return fetchUrl(context, spec, stagingDir, format);
    return resolveSources(spec, { cwd: context.workingDirectory, ...(format ? { format } : {}) });
}
async function fetchS3(context, spec, stagingDir, format) {
    const store = await (0,open_store/* openStore */.C)(spec, { env: context.env });
    const files = [];
    for await (const blob of store.list("")) {
        if (!format && !(0,data_format/* formatFromExtension */.pf)(blob.key))
            continue;
        const path = (0,external_node_path_.join)(stagingDir, "source", ...blob.key.split("/"));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const progress = context.progress(`download ${blob.key}`, blob.size);
        await store.download(blob.key, path, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        files.push({ path, name: blob.key, format: (0,data_format/* detectFormat */.Tz)(blob.key, format) });
    }
    if (files.length === 0)
        throw new data_error/* DataError */.fL({ file: spec }, "has no CSV, Parquet or JSON Lines files");
    return files;
}
async function fetchUrl(context, spec, stagingDir, format) {
    const url = new URL(spec);
    const name = (0,external_node_path_.basename)(url.pathname) || "data";
    const fileFormat = (0,data_format/* detectFormat */.Tz)(name, format);
    const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(10 * 60_000) }).catch((error) => {
        throw new data_error/* DataError */.fL({ file: spec }, `could not be downloaded: ${error.message}`);
    });
    if (!response.ok || !response.body) {
        throw new data_error/* DataError */.fL({ file: spec }, `could not be downloaded: HTTP ${response.status} ${response.statusText}`);
    }
    const path = (0,external_node_path_.join)(stagingDir, "source", name);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const total = Number(response.headers.get("content-length") ?? 0);
    const progress = context.progress(`download ${name}`, total);
    let bytes = 0;
    const body = external_node_stream_.Readable.fromWeb(response.body);
    body.on("data", (chunk) => {
        bytes += chunk.length;
        progress.update(bytes);
    });
    await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(`${path}.partial`));
    await (0,promises_.rename)(`${path}.partial`, path);
    progress.finish();
    return [{ path, name, format: fileFormat }];
}


/***/ }),

/***/ 1578:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ storeBlobs),
/* harmony export */   P9: () => (/* binding */ snapshot),
/* harmony export */   Yy: () => (/* binding */ TableProfiler),
/* harmony export */   pm: () => (/* binding */ publishManifest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7352);
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1389);
/* harmony import */ var _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3293);
/* harmony import */ var _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7149);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6217);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4935);
/* harmony import */ var _data_write_table_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6697);
/* harmony import */ var _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9649);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6170);
/* harmony import */ var _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4794);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9347);
/* harmony import */ var _fetch_sources_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8784);
/* harmony import */ var _pull_snapshot_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(30);
/* harmony import */ var _split_rows_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(1037);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__]);
_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


















function dataRootOf(context, options) {
    return options.dataRoot ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_13__/* .workspacePath */ .X.data);
}
const extension = { csv: "csv", parquet: "parquet", jsonl: "jsonl" };
/** One profiler per column, fed whole rows. */
class TableProfiler {
    columns;
    constructor(names) {
        this.columns = names.map((name) => new _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_11__/* .ColumnProfiler */ .kW(name));
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
        const columns = await (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_9__/* .readSchema */ .G)(file.path, file.format);
        if (!first) {
            first = { file, columns };
            continue;
        }
        if (columns.join("\u0000") !== first.columns.join("\u0000")) {
            throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: file.name }, `has columns [${columns.join(", ")}] but ${first.file.name} has [${first.columns.join(", ")}]; every file of a snapshot needs the same columns in the same order`);
        }
    }
    if (!first)
        throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: "source" }, "has no files");
    const formats = new Set(files.map((file) => file.format));
    if (formats.size > 1)
        throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: files[0]?.name ?? "source" }, `mixes formats (${[...formats].join(", ")}); use one format per snapshot`);
    return first.columns;
}
/** One streaming pass: as-of filter, split into train/test files in the source's format, and profile. */
async function splitAndProfile(files, columns, format, outDir, options, profiler) {
    const keep = options.asOf ? (0,_split_rows_js__WEBPACK_IMPORTED_MODULE_16__/* .makeAsOfFilter */ .K2)(options.asOf, columns) : () => true;
    const splitter = options.split ? (0,_split_rows_js__WEBPACK_IMPORTED_MODULE_16__/* .makeSplitter */ .Ml)(options.split, columns) : undefined;
    const names = splitter ? ["train", "test"] : ["data"];
    const writers = new Map();
    for (const role of names) {
        writers.set(role, await (0,_data_write_table_js__WEBPACK_IMPORTED_MODULE_10__/* .openTableWriter */ .o)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outDir, `${role}.${extension[format]}`), format, columns));
    }
    const sides = { train: 0, test: 0 };
    let rows = 0;
    let dropped = 0;
    try {
        for (const file of files) {
            for await (const batch of (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_9__/* .readTable */ .x)(file.path, format)) {
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
    return (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.runTablePass)(files.map((file) => ({ path: file.path, name: file.name, format: file.format, role: "data" })), { columns, profile: true, ...(options.rules ? { rules: options.rules } : {}), now: Date.now() }, {
        threads: (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.dataThreads)(bytes, options.threads),
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
        kind: _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .VALIDATION_CHECKS_KIND */ .Zq,
        version: _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .VALIDATION_CHECKS_VERSION */ .nR,
        snapshotId,
        rows: pass.rows,
        columns: (pass.columnCheckers ?? []).map((checker) => ({
            column: checker.column,
            state: checker.toJSON(),
        })),
        dataset: pass.dataset?.results() ?? [],
    };
}
function snapshotId(body) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
}
/**
 * Puts the snapshot's files in `dataDir`. Files trainyard wrote itself (the split) are moved there; the user's
 * own source files are copied, never linked, so editing a source later cannot change a snapshot.
 */
async function materialise(files, dataDir, cache) {
    for (const file of files) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataDir, ...file.name.split("/"));
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target).catch(() => undefined))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, ".."), { recursive: true });
        if (file.staged) {
            // copied into the data root while the rows were read (see copyIntoDataRoot)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file.staged.path, target);
            if (file.staged.asHashed)
                await cache.record(target, file.hash);
            continue;
        }
        const partial = `${target}.partial-${process.pid}`;
        const moved = file.owned &&
            (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file.path, partial).then(() => true, () => false));
        // A copy holds the hashed bytes only if the source did not change from its hashing to the copy's end.
        const sourceAsHashed = moved || (await cache.unchanged(file.path));
        if (!moved)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(file.path, partial);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, target);
        if (moved || (sourceAsHashed && (await cache.unchanged(file.path))))
            await cache.record(target, file.hash);
    }
}
/**
 * Whether the store writes to this machine's disk. Its copies and fsyncs, like those of the data-root copy,
 * each hold one of libuv's four threads for as long as they run (an fsync of 50 MiB takes ~0.1 s); while the
 * rows are read, more than one at a time each leaves the pass's reads queued behind them (measured: both
 * threads idle for ~0.4 s of a 200 MiB snapshot's 1.9 s). So during the pass they run one file at a time.
 */
function isLocalStore(store) {
    return store.uri.startsWith("file:");
}
/**
 * Copies the source files into a staging folder of the data root (the same file system as the snapshot's
 * folder, so `materialise` only renames them), to run while the rows are read: the copies are kernel work
 * and disk writes, which overlap the pass's parsing instead of following it. One file at a time: see
 * {@link isLocalStore}.
 */
async function copyIntoDataRoot(files, stagingDir, cache) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(stagingDir, { recursive: true });
    return (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(files, 1, async (file, index) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stagingDir, String(index));
        const before = await cache.unchanged(file.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(file.path, path);
        return { path, asHashed: before && (await cache.unchanged(file.path)) };
    });
}
/** The key of what a snapshot is made from: the sources' hashes and the split and as-of settings. */
function recipeKey(format, sources, options) {
    const recipe = { recipe: 1, format, sources, split: options.split ?? null, asOf: options.asOf ?? null };
    return `recipes/${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(recipe)).digest("hex")}.json`;
}
/** An earlier snapshot of exactly these sources with these settings, materialised again without re-reading. */
async function reuseEarlierSnapshot(context, options, recipe) {
    if (!(await options.store.exists(recipe)))
        return undefined;
    const { id } = JSON.parse((await options.store.getBytes(recipe)).toString("utf8"));
    if (typeof id !== "string" || !(await options.store.exists((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id))))
        return undefined;
    const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), id);
    const { manifest } = await context.group(`Unchanged data: reuse snapshot ${id}`, () => (0,_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_15__/* .pullSnapshot */ .Y2)(context, options.store, id, dataDir));
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    context.log.info(`snapshot ${id}: ${manifest.rows} rows, the same sources and settings as before; 0 bytes uploaded`);
    return {
        id,
        uri: `${options.store.uri.replace(/\/$/, "")}/${(0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id)}`,
        dataDir,
        rows: manifest.rows,
        bytesUploaded: 0,
        bytesReused: bytes,
        manifest,
        created: false,
    };
}
/** The log line of one file's upload outcome. */
function blobLine(hashed, outcome) {
    return `${hashed.file.name}: ${outcome === "written" ? "uploaded" : "already stored"} (sha256 ${hashed.hash.sha256.slice(0, 12)})`;
}
/**
 * Starts uploading the files as content-addressed blobs in the background (no logging: it runs while
 * another group is open); `report` then waits for them and logs what `storeBlobs` logs. A failure
 * surfaces in `report`, or is dropped by `settle` when the snapshot fails for another reason first.
 */
function storeBlobsInBackground(store, hashed, concurrency) {
    const outcomes = (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(hashed, concurrency, ({ file, hash }) => store.putIfAbsent((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .blobKey */ .bd)(hash.sha256), { path: file.path }));
    // Observed at once, so a failure while the pass still runs is never an unhandled rejection.
    const settled = outcomes.then(() => undefined, () => undefined);
    return {
        report: (context) => context.group(`Store blobs in ${store.uri}`, async () => {
            let bytesUploaded = 0;
            let bytesReused = 0;
            const done = await outcomes;
            done.forEach((outcome, index) => {
                const item = hashed[index];
                if (outcome === "written")
                    bytesUploaded += item.hash.bytes;
                else
                    bytesReused += item.hash.bytes;
                context.log.info(blobLine(item, outcome));
            });
            return { bytesUploaded, bytesReused };
        }),
        settle: () => settled,
    };
}
/** Uploads each file as a content-addressed blob, only where the store lacks it. */
async function storeBlobs(context, store, hashed, concurrency) {
    let bytesUploaded = 0;
    let bytesReused = 0;
    await context.group(`Store blobs in ${store.uri}`, async () => {
        await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(hashed, concurrency, async ({ file, hash }) => {
            // Started on the first transferred byte, so a blob the store already has prints no progress.
            let progress;
            const outcome = await store.putIfAbsent((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .blobKey */ .bd)(hash.sha256), { path: file.path }, {
                onProgress: (bytes) => {
                    if (bytes === 0 && !progress)
                        return;
                    progress ??= context.progress(`upload ${file.name}`, hash.bytes);
                    progress.update(bytes);
                },
            });
            if (outcome === "written")
                progress?.finish();
            if (outcome === "written")
                bytesUploaded += hash.bytes;
            else
                bytesReused += hash.bytes;
            context.log.info(blobLine({ file, hash }, outcome));
        });
    });
    return { bytesUploaded, bytesReused };
}
/**
 * Writes the manifest last, after its blobs: its id derives from the content, not from where it was read,
 * so the same data gives the same id. When that manifest is already stored, the stored one is returned.
 */
async function publishManifest(store, body) {
    const id = snapshotId({ ...body, source: { ...body.source, uri: undefined } });
    const manifest = {
        kind: _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SNAPSHOT_KIND */ ._2,
        version: _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SNAPSHOT_VERSION */ .CJ,
        id,
        createdAt: new Date().toISOString(),
        ...body,
    };
    const written = await store.putIfAbsent((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id), {
        body: `${JSON.stringify(manifest, null, 2)}\n`,
    });
    if (written === "written")
        return { id, manifest, written: true };
    const stored = (0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSnapshotManifest */ .dE)((await store.getBytes((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id))).toString("utf8"), (0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id));
    return { id, manifest: stored, written: false };
}
/**
 * Takes an immutable, content-addressed snapshot of the source: blobs first (only those the store lacks), the
 * manifest last, so an interrupted snapshot leaves no manifest and the next run resumes where it stopped.
 */
async function snapshot(context, options) {
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-snapshot-"));
    // Unsplit sources are stored byte for byte: their blobs and their copies in the data root do not depend on
    // the rows, so they are written while the rows are read and profiled (on another core's time: copying is
    // the kernel's work, and syncing waits for the disk).
    const stagingDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), `.staging-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}`);
    let early;
    try {
        const sources = await context.group("Read the source", async () => {
            const files = await (0,_fetch_sources_js__WEBPACK_IMPORTED_MODULE_14__/* .fetchSources */ .d)(context, options.source, staging, options.format);
            context.log.info(`${files.length} file(s): ${files.map((file) => file.name).join(", ")}`);
            return files;
        });
        const columns = await checkSameColumns(sources);
        const format = sources[0]?.format ?? "csv";
        const hashCache = await _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .HashCache */ .rR.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .HASH_CACHE_FILE */ .lL));
        const transform = Boolean(options.split || options.asOf);
        const onRecord = await Promise.all(sources.map((file) => hashCache.unchanged(file.path)));
        const hashing = (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(sources, 4, async (file) => ({
            file,
            hash: await hashCache.hash(file.path),
        }));
        // Sources with no hash on record are most likely new: when the rows are read on several threads, the
        // workers read and profile them while this thread hashes (it joins the reading after). Should the hashes
        // name a snapshot made before, the pass is stopped and that snapshot reused.
        let overlapped;
        if (!transform && !onRecord.every(Boolean)) {
            const sizes = await Promise.all(sources.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file.path).then((info) => info.size)));
            const bytes = sizes.reduce((sum, size) => sum + size, 0);
            if ((0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.dataThreads)(bytes, options.threads) > 1) {
                const stop = new AbortController();
                const profiled = profileOnly(sources, columns, bytes, options, {
                    hereAfter: hashing,
                    signal: stop.signal,
                });
                profiled.catch(() => undefined); // awaited below; observed now so that an early failure is not unhandled
                overlapped = { profiled, stop };
            }
        }
        const stopPass = async (reason) => {
            if (!overlapped)
                return;
            overlapped.stop.abort(reason);
            await overlapped.profiled.catch(() => undefined);
        };
        const sourceHashes = await hashing.catch(async (error) => {
            await stopPass(error);
            throw error;
        });
        await hashCache.save();
        const recipe = recipeKey(format, sourceHashes.map(({ file, hash }) => ({ name: file.name, sha256: hash.sha256 })), options);
        const earlier = await reuseEarlierSnapshot(context, options, recipe).catch(async (error) => {
            await stopPass(error);
            throw error;
        });
        if (earlier) {
            await stopPass(new Error("the sources were snapshotted before"));
            return earlier;
        }
        const sourceBytes = sourceHashes.reduce((sum, { hash }) => sum + hash.bytes, 0);
        if (!transform) {
            const copies = copyIntoDataRoot(sources, stagingDir, hashCache);
            copies.catch(() => undefined); // awaited below; observed now so that an early failure is not unhandled
            early = {
                blobs: storeBlobsInBackground(options.store, sourceHashes.map(({ file, hash }) => ({ file: { path: file.path, name: file.name }, hash })), isLocalStore(options.store) ? 1 : (options.concurrency ?? 4)),
                copies,
            };
        }
        const { prepared, dropped, sides, profiles, pass } = await context.group(transform ? "Split and profile" : "Profile", async () => {
            if (transform) {
                const profiler = new TableProfiler(columns);
                const split = await splitAndProfile(sources, columns, format, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, "out"), options, profiler);
                return { ...split, profiles: profiler.profiles(), pass: undefined };
            }
            const profiled = await (overlapped?.profiled ?? profileOnly(sources, columns, sourceBytes, options));
            context.log.info((0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.passSummary)(profiled.pass));
            return { ...profiled, dropped: 0, sides: { train: 0, test: 0 } };
        });
        const rows = prepared.reduce((sum, file) => sum + file.rows, 0);
        if (rows === 0) {
            throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: sources[0]?.name ?? options.source }, dropped > 0 ? `has no rows at or before as-of ${options.asOf?.time}` : "has a header but no rows");
        }
        const hashed = transform
            ? await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(prepared, 4, async (file) => ({ file, hash: await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .hashFile */ .D)(file.path) }))
            : sourceHashes.map(({ hash }, index) => ({ file: prepared[index], hash }));
        const { bytesUploaded, bytesReused } = early
            ? await early.blobs.report(context)
            : await storeBlobs(context, options.store, hashed, options.concurrency ?? 4);
        const body = {
            source: {
                uri: options.source,
                format,
                files: sourceHashes.map(({ file, hash }) => ({
                    name: file.name,
                    sha256: hash.sha256,
                    bytes: hash.bytes,
                })),
            },
            columns,
            files: hashed.map(({ file, hash }) => ({
                name: file.name,
                role: file.role,
                format,
                sha256: hash.sha256,
                bytes: hash.bytes,
                rows: file.rows,
            })),
            rows,
            ...(options.split ? { split: { ...options.split, trainRows: sides.train, testRows: sides.test } } : {}),
            ...(options.asOf ? { asOf: { ...options.asOf, droppedRows: dropped } } : {}),
            profile: profiles,
        };
        const { id, manifest: stored, written } = await publishManifest(options.store, body);
        const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), id);
        if (pass?.columnCheckers && options.rules) {
            // validate-data on this snapshot reads these instead of the rows (see validation-checks.ts)
            await options.store.putIfAbsent((0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .validationChecksKey */ .C3)(id, options.rules, _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.PASS_LAYOUT), {
                body: `${JSON.stringify(storedChecks(id, pass), null, 2)}\n`,
            });
        }
        await options.store.putIfAbsent(recipe, { body: `${JSON.stringify({ id })}\n` });
        const staged = early ? await early.copies : undefined;
        await materialise(hashed.map(({ file, hash }, index) => ({
            ...file,
            hash,
            owned: transform,
            ...(staged ? { staged: staged[index] } : {}),
        })), dataDir, hashCache);
        await hashCache.save();
        context.log.info(`snapshot ${id}: ${rows} rows, ${bytesUploaded} bytes uploaded, ${bytesReused} reused`);
        return {
            id,
            uri: `${options.store.uri.replace(/\/$/, "")}/${(0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id)}`,
            dataDir,
            rows,
            bytesUploaded,
            bytesReused,
            manifest: stored,
            created: written,
        };
    }
    finally {
        if (early) {
            await early.blobs.settle();
            await early.copies.catch(() => undefined);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(stagingDir, { recursive: true, force: true });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
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
