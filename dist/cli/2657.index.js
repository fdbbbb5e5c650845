export const id = 2657;
export const ids = [2657];
export const modules = {

/***/ 3293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   xZ: () => (/* binding */ rowLabel),
/* harmony export */   z9: () => (/* binding */ fileAccessError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/**
 * A problem with a data file or source that the user has to fix: the message names the file and, where it
 * applies, the row, line and column, and says what is wrong.
 */
class DataError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = "DataError";
    file;
    row;
    line;
    column;
    /** `reason` is the sentence after the file name, e.g. `row 17 (line 18) has 5 fields, the header has 6`. */
    constructor(location, reason, options) {
        super(`${location.file}: ${reason}`, options);
        this.file = location.file;
        this.row = location.row;
        this.line = location.line;
        this.column = location.column;
    }
}
/** `row 17 (line 18)`, or `row 17` when the line is unknown. */
function rowLabel(row, line) {
    return line === undefined ? `row ${row}` : `row ${row} (line ${line})`;
}
/** Turns a failed open, stat or read of `file` into a DataError that says what happened in plain words. */
function fileAccessError(file, error) {
    if (error instanceof DataError)
        return error;
    const code = error?.code;
    const reason = code === "ENOENT"
        ? "does not exist"
        : code === "EACCES" || code === "EPERM"
            ? "cannot be read (permission denied)"
            : code === "EISDIR"
                ? "is a directory, not a file"
                : `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    return new DataError({ file }, reason, { cause: error });
}


/***/ }),

/***/ 89:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   WV: () => (/* binding */ isGzipped),
/* harmony export */   pf: () => (/* binding */ formatFromExtension)
/* harmony export */ });
/* unused harmony export DATA_FORMATS */
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3293);

const DATA_FORMATS = (/* unused pure expression or super */ null && (["csv", "parquet", "jsonl"]));
const EXTENSIONS = [
    [".csv", "csv"],
    [".parquet", "parquet"],
    [".pq", "parquet"],
    [".jsonl", "jsonl"],
    [".ndjson", "jsonl"],
];
const ALIASES = {
    csv: "csv",
    parquet: "parquet",
    jsonl: "jsonl",
    ndjson: "jsonl",
};
/** Whether the file is gzip-compressed, by its `.gz` suffix (CSV and JSON Lines only). */
function isGzipped(path) {
    return path.toLowerCase().endsWith(".gz");
}
/** The format a file's extension names (`data.csv`, `data.csv.gz`, `part-0.parquet`), or undefined. */
function formatFromExtension(path) {
    let name = path.toLowerCase();
    if (name.endsWith(".gz"))
        name = name.slice(0, -3);
    for (const [extension, format] of EXTENSIONS) {
        if (name.endsWith(extension))
            return format;
    }
    return undefined;
}
/**
 * The format of `path`: `explicit` when given (csv, parquet, jsonl or ndjson), else from the extension
 * (.csv, .parquet/.pq, .jsonl/.ndjson, each optionally followed by .gz except Parquet, which compresses
 * internally). Throws a DataError when neither says.
 */
function detectFormat(path, explicit) {
    let format;
    if (explicit !== undefined && explicit !== "") {
        format = ALIASES[explicit.trim().toLowerCase()];
        if (format === undefined) {
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, `unknown format "${explicit}" (use csv, parquet or jsonl)`);
        }
    }
    else {
        format = formatFromExtension(path);
        if (format === undefined) {
            const extension = /(\.[^./\\]+)$/.exec(path)?.[1];
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, `cannot tell the format from ${extension ? `the extension "${extension}"` : "a name without an extension"}; ` +
                "name the file .csv, .parquet or .jsonl (optionally .gz for CSV and JSON Lines), or set the format");
        }
    }
    if (format === "parquet" && isGzipped(path)) {
        throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, "a gzip-compressed Parquet file is not supported (Parquet compresses its pages itself)");
    }
    return format;
}


/***/ }),

/***/ 2576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   LY: () => (/* binding */ openByteStream),
/* harmony export */   cj: () => (/* binding */ readTextChunks),
/* harmony export */   iB: () => (/* binding */ firstInvalidByte),
/* harmony export */   lS: () => (/* binding */ readError),
/* harmony export */   od: () => (/* binding */ openForRead),
/* harmony export */   tR: () => (/* binding */ invalidUtf8),
/* harmony export */   yB: () => (/* binding */ unfinishedTail)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3293);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89);




// A value sliced from decoded text can keep its whole chunk alive (V8 slices rather than copies longer
// substrings), so text chunks stay small; 256 KiB reads as fast as larger ones.
const CHUNK_BYTES = 1 << 18;
/** Opens a regular file for reading, turning a missing, unreadable or non-regular path into a DataError. */
async function openForRead(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY);
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, "is a directory, not a file");
        if (!stat.isFile())
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, "is not a regular file");
        return handle;
    }
    catch (error) {
        await handle?.close();
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
    }
}
/** The file's bytes as a stream of 256 KiB chunks, gunzipped when the name ends in .gz. */
async function openByteStream(path) {
    const handle = await openForRead(path);
    const raw = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
    if (!(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .isGzipped */ .WV)(path))
        return raw;
    // Loaded here: every command that reads a file (a re-snapshot's hashing too) imports this module, few gunzip.
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19));
    const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
    raw.on("error", (error) => gunzip.destroy(error));
    gunzip.on("close", () => raw.destroy());
    return raw.pipe(gunzip);
}
/**
 * The file's text, decoded as strict UTF-8 (a byte-order mark is dropped), in chunks of about 256 KiB.
 * Invalid UTF-8 is a DataError naming the byte offset and line, not a silent replacement character.
 */
async function* readTextChunks(path) {
    const bytes = await openByteStream(path);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let offset = 0;
    let last = new Uint8Array(0);
    try {
        for await (const chunk of bytes) {
            last = chunk;
            let text;
            try {
                text = decoder.decode(chunk, { stream: true });
            }
            catch {
                throw await invalidUtf8(path, offset + firstInvalidByte(chunk));
            }
            offset += chunk.byteLength;
            if (text.length > 0)
                yield text;
        }
        let rest;
        try {
            rest = decoder.decode();
        }
        catch {
            const start = offset - unfinishedTail(last);
            throw await invalidUtf8(path, start, "the file ends in the middle of a UTF-8 character");
        }
        if (rest.length > 0)
            yield rest;
    }
    catch (error) {
        throw readError(path, error);
    }
    finally {
        bytes.destroy();
    }
}
/** Translates a failure while reading a text file's bytes (I/O, gzip) into a DataError. */
function readError(path, error) {
    if (error instanceof _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL)
        return error;
    const code = error?.code;
    if (typeof code === "string" && code.startsWith("Z_")) {
        const reason = error instanceof Error ? error.message : String(error);
        return new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, `is not valid gzip data: ${reason}`, { cause: error });
    }
    return (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
}
/**
 * The offset in `chunk` of the first byte of the first invalid sequence. Decoding a prefix in streaming mode
 * fails exactly when the prefix holds an invalid sequence, so the failing byte can be found by bisection.
 * Up to three leading continuation bytes may finish a character begun in the previous chunk and are skipped.
 */
function firstInvalidByte(chunk) {
    let start = 0;
    while (start < 3 && start < chunk.length && ((chunk[start] ?? 0) & 0xc0) === 0x80)
        start++;
    const decodes = (end) => {
        try {
            new TextDecoder("utf-8", { fatal: true }).decode(chunk.subarray(start, end), { stream: true });
            return true;
        }
        catch {
            return false;
        }
    };
    let good = start;
    let bad = chunk.length;
    while (bad - good > 1) {
        const middle = (good + bad) >>> 1;
        if (decodes(middle))
            good = middle;
        else
            bad = middle;
    }
    // The byte at `good` breaks the text; if it was meant to continue a character begun just before it,
    // that character's first byte is where the invalid sequence starts.
    let lead = good;
    while (lead > start && good - lead < 3 && ((chunk[lead - 1] ?? 0) & 0xc0) === 0x80)
        lead--;
    const first = chunk[lead - 1] ?? 0;
    if (lead > start && first >= 0xc0) {
        const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : 2;
        if (lead - 1 + length > good)
            return lead - 1;
    }
    return good;
}
/** How many bytes at the end of `chunk` begin a character that does not finish there. */
function unfinishedTail(chunk) {
    for (let back = 1; back <= Math.min(3, chunk.length); back++) {
        const byte = chunk[chunk.length - back] ?? 0;
        if ((byte & 0xc0) === 0x80)
            continue;
        return byte >= 0xc0 ? back : 0;
    }
    return 0;
}
async function invalidUtf8(path, byteOffset, detail) {
    const line = await lineAtByte(path, byteOffset);
    const where = `byte ${byteOffset}${line === undefined ? "" : ` (line ${line})`}`;
    return new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path, ...(line === undefined ? {} : { line }) }, `is not valid UTF-8 at ${where}${detail ? `: ${detail}` : ""}; save it as UTF-8`);
}
/** The 1-based line holding byte `byteOffset` of the (decompressed) file; only used to explain an error. */
async function lineAtByte(path, byteOffset) {
    let line = 1;
    let seen = 0;
    const bytes = await openByteStream(path);
    try {
        for await (const chunk of bytes) {
            const end = Math.min(chunk.byteLength, byteOffset - seen);
            for (let at = chunk.indexOf(10); at !== -1 && at < end; at = chunk.indexOf(10, at + 1))
                line++;
            seen += chunk.byteLength;
            if (seen >= byteOffset)
                return line;
        }
        return line;
    }
    catch {
        return undefined;
    }
    finally {
        bytes.destroy();
    }
}


/***/ }),

/***/ 1927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ BUG_REPORT_HINT),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The error taxonomy. A `UserError` is a problem the person running trainyard can fix (a config value, a
 * missing file, an unreachable server, data that breaks a rule, a gate that rejects): the action and the CLI
 * print its message alone. Anything else is a trainyard bug: they print its stack and ask for a report.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "UserError";
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
const BUG_REPORT_HINT = "this is a trainyard bug: please report it at https://github.com/trainyard/trainyard/issues with the log above";


/***/ }),

/***/ 3676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ dataThreads),
/* harmony export */   X: () => (/* binding */ DATA_THREADS_ENV),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES),
/* harmony export */   wT: () => (/* binding */ PARQUET_PARALLEL_MIN_BYTES)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/** How many threads a table pass reads with: a module of its own, so that deciding loads no reader. */

/** Environment variable: threads reading a table's parts; 1 = never use workers, whatever the size. */
const DATA_THREADS_ENV = "TRAINYARD_DATA_THREADS";
/**
 * Below this many bytes of input, one thread reads everything by default: a worker costs ~0.1–0.2 s to
 * start from a bundle (it evaluates the bundle's modules up to this one) and parts are 16 MiB, so smaller
 * inputs have at most a couple of parts to share. Measured: see bench/README.md.
 */
const PARALLEL_MIN_BYTES = 24 * 1024 * 1024;
/**
 * {@link PARALLEL_MIN_BYTES} for input that is all Parquet: its bytes are compressed, so a part (16 MiB,
 * about 4 row groups of 65,536 rows × 20 columns) is ~3× a CSV part's rows, and a file under this size has
 * too few parts for a worker to pay off. Measured on a 2-vCPU machine (bench/validate.mjs data, 1M rows,
 * 73 MiB, 4 parts): 1 thread 1.33–1.40 s wall and 1.7–1.8 s CPU, 2 threads 1.48–1.55 s and 2.5–2.6 s; at
 * 5M rows (364 MiB) 2 threads are faster.
 */
const PARQUET_PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
/** Threads for a pass over `bytes` of input: `requested`, else TRAINYARD_DATA_THREADS, else
 * os.availableParallelism() from `minBytes` (default PARALLEL_MIN_BYTES) on and 1 below. */
function dataThreads(bytes, requested, minBytes = PARALLEL_MIN_BYTES) {
    if (requested !== undefined)
        return Math.max(1, Math.floor(requested));
    const fromEnv = Number(process.env[DATA_THREADS_ENV] ?? Number.NaN);
    if (Number.isInteger(fromEnv) && fromEnv >= 1)
        return fromEnv;
    return bytes >= minBytes ? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() : 1;
}


/***/ })

};
