export const id = 1348;
export const ids = [1348];
export const modules = {

/***/ 8689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ parseContract),
/* harmony export */   Vf: () => (/* binding */ serializeContract)
/* harmony export */ });
/* unused harmony export ContractError */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/** A contract file that failed to parse or validate: names the file and every field that is wrong. */
class ContractError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = "ContractError";
    }
}
function formatIssues(issues) {
    return issues
        .slice(0, 10)
        .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`)
        .join("; ");
}
/**
 * Parses a contract file handed from one step to another. `kind` and `version` are checked first so that a
 * file from another trainyard version says so instead of failing on some inner field.
 */
function parseContract(schema, text, file, expected) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new ContractError(file, `not valid JSON (${error.message}); the file is damaged or truncated`);
    }
    const header = json;
    if (typeof header !== "object" || header === null || header.kind !== expected.kind) {
        throw new ContractError(file, `expected a ${expected.kind} file, found kind ${JSON.stringify(header?.kind)}`);
    }
    if (header.version !== expected.version) {
        throw new ContractError(file, `${expected.kind} version ${JSON.stringify(header.version)} is not supported (this trainyard reads version ${expected.version})`);
    }
    // jitless: a contract is parsed once or a few times per process, and zod's compiled object parser costs
    // more to generate (~3.5 ms for a snapshot manifest) than it saves on one parse (~0.1 ms a parse after).
    const result = schema.safeParse(json, { jitless: true });
    if (!result.success)
        throw new ContractError(file, `invalid ${expected.kind}: ${formatIssues(result.error.issues)}`);
    return result.data;
}
/** Serializes a contract with sorted-stable key order as given and a trailing newline. */
function serializeContract(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}


/***/ }),

/***/ 2033:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ metricIntervalSchema),
/* harmony export */   ee: () => (/* binding */ parseEvaluationReport),
/* harmony export */   mF: () => (/* binding */ evaluationReportSchema),
/* harmony export */   mp: () => (/* binding */ EVALUATION_KIND),
/* harmony export */   wT: () => (/* binding */ EVALUATION_VERSION)
/* harmony export */ });
/* unused harmony export sliceMetricsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);


const EVALUATION_KIND = "trainyard.evaluation";
const EVALUATION_VERSION = 1;
/** A metric's value on the test rows and its bootstrap percentile interval (NaN is written as null). */
const metricIntervalSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    low: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    high: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    resamples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
});
const sliceMetricsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The category, or a quantile bucket of a numeric column such as "[18, 31)". */
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricIntervalSchema),
});
const evaluationReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(EVALUATION_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(EVALUATION_VERSION),
    task: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["binary", "multiclass", "regression"]),
    labelColumn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Class labels as written in the data; for binary, [negative, positive]. */
    classes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    primaryMetric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricIntervalSchema),
    slices: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sliceMetricsSchema),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        resamples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** How each resample draws rows: exact multinomial counts, or Poisson(1) counts from 10,000 rows on. */
        resampling: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["multinomial", "poisson"]).optional(),
    }),
    prediction: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        seconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        rowsPerSecond: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        msPer1kRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    }),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sizeBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }),
    snapshotId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    testFile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The predictions, relative to the report's folder, so champion-challenger can pair them with the champion's. */
    predictionsFile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /**
     * evaluate.id_column: the predictions file then also has this column (each test row's id) and the label
     * column (its label), so monitor can pair production rows with the test rows by id. Absent before.
     */
    idColumn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The packaged model loaded as a server loads it, against these predictions (absent before issue 11). */
    servingParity: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pass", "fail", "skip"]),
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        python: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        foundBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        mlflowVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
        columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        mismatchedRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
        maxAbsDiff: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        maxAllowed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        firstDiffering: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            row: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
            column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            evaluated: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            served: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            absDiff: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        }))
            .optional(),
        loadSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        predictSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        seconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    })
        .optional(),
});
function parseEvaluationReport(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(evaluationReportSchema, text, file, {
        kind: EVALUATION_KIND,
        version: EVALUATION_VERSION,
    });
}


/***/ }),

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

/***/ 526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ describeServeCheck),
/* harmony export */   ag: () => (/* binding */ serveCheck),
/* harmony export */   qV: () => (/* binding */ parseModelRef),
/* harmony export */   x: () => (/* binding */ resolveVersion)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_evaluation_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2033);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1927);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1842);
/* harmony import */ var _package_model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6804);
/* harmony import */ var _parity_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5379);
/* harmony import */ var _python_runtime_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4841);
/* harmony import */ var _serving_parity_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1100);










/** `name`, `name@alias` or `name/version`; a bare name means its champion. */
function parseModelRef(ref) {
    const at = ref.lastIndexOf("@");
    if (at > 0)
        return { model: ref.slice(0, at), alias: ref.slice(at + 1) };
    const slash = ref.lastIndexOf("/");
    if (slash > 0)
        return { model: ref.slice(0, slash), version: ref.slice(slash + 1) };
    return { model: ref, alias: "champion" };
}
async function resolveVersion(registry, ref) {
    const version = ref.version
        ? await registry.getModelVersion(ref.model, ref.version)
        : await registry.getVersionByAlias(ref.model, ref.alias ?? "champion");
    if (!version)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(ref.version ? `${ref.model} has no version ${ref.version}` : `${ref.model} has no alias @${ref.alias}`);
    return version;
}
/**
 * Pulls a registered version, loads it with pyfunc, serves it with `mlflow models serve --env-manager local`
 * on 127.0.0.1 (a free port), posts its input example to /invocations and compares the answer with the
 * predictions evaluate recorded for those rows. The server is always stopped.
 */
async function serveCheck(context, options) {
    const started = Date.now();
    const { version } = options;
    const label = `${version.name} version ${version.version}`;
    if (!version.runId)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label} names no run: its model files cannot be pulled`);
    const lookup = await (0,_serving_parity_js__WEBPACK_IMPORTED_MODULE_8__/* .lookupPython */ .vJ)(context, options.settings);
    if ("skip" in lookup)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`serve-check needs a Python with mlflow: ${lookup.skip}`);
    const python = lookup.runtime;
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "trainyard-serve-check-"));
    try {
        const modelDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "model");
        await options.tracker.downloadArtifacts(version.runId, "model", modelDir);
        const mlmodelFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .MLMODEL_FILE */ .my);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(mlmodelFile).catch(() => undefined)))
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label} has no MLmodel: it is not an MLflow Model (trained before packaging?)`);
        const mlmodel = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMLmodel */ .Yg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(mlmodelFile, "utf8"), `${label}: MLmodel`);
        const evaluationDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "evaluation");
        let recorded;
        let classes;
        let positiveClass;
        try {
            await options.tracker.downloadArtifacts(version.runId, "evaluation", evaluationDir);
            const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(evaluationDir, "evaluation.json");
            const report = (0,_config_contracts_evaluation_report_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEvaluationReport */ .ee)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(reportFile, "utf8"), reportFile);
            classes = report.classes;
            positiveClass = report.task === "binary" ? report.classes?.[1] : undefined;
            recorded = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(evaluationDir, report.predictionsFile), "utf8"));
        }
        catch {
            recorded = undefined;
        }
        const ours = mlmodel.metadata?.[_mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .TRAINYARD_METADATA_KEY */ .P8] !== undefined;
        const pyfuncFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "pyfunc.csv");
        const servedFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "served.csv");
        const result = await context.group(`Serve ${label} with mlflow models serve`, () => (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_7__/* .runHelper */ .UA)(python.executable, [
            "serve",
            "--model",
            modelDir,
            "--pyfunc-output",
            pyfuncFile,
            "--output",
            servedFile,
            "--timeout",
            String(Math.round(options.timeoutMs / 1000)),
            ...(classes ? ["--classes", JSON.stringify(classes)] : []),
        ], { env: context.env, timeoutMs: options.timeoutMs + 30_000 }));
        if (!result.ok)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`serve-check of ${label} failed: ${String(result.payload.error)}`);
        const served = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(servedFile, "utf8"));
        const inProcess = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pyfuncFile, "utf8"));
        // The input example is the test file's first rows when trainyard wrote it: compare with evaluate's record.
        const expected = recorded && ours ? (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .headRows */ .yZ)(recorded, served.rows.length) : inProcess;
        const comparedWith = recorded && ours
            ? `the first ${served.rows.length} predictions evaluate recorded for run ${version.runId}`
            : "mlflow.pyfunc.load_model's predictions of the same input example";
        const maxAbsDiff = options.settings.maxAbsDiff;
        const parity = (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .compareServing */ .Kg)(expected, served, {
            maxAbsDiff,
            ...(positiveClass !== undefined ? { positiveClass } : {}),
        });
        const inProcessParity = (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .compareServing */ .Kg)(expected, inProcess, {
            maxAbsDiff,
            ...(positiveClass !== undefined ? { positiveClass } : {}),
        });
        const passed = parity.passed && inProcessParity.passed;
        return {
            model: version.name,
            version: version.version,
            passed,
            rows: parity.rows,
            maxAbsDiff: Math.max(parity.maxAbsDiff, inProcessParity.maxAbsDiff),
            firstDiffering: parity.firstDiffering.length > 0 ? parity.firstDiffering : inProcessParity.firstDiffering,
            comparedWith: parity.problem ?? inProcessParity.problem ?? comparedWith,
            startSeconds: Number(result.payload.start_seconds ?? 0),
            seconds: (Date.now() - started) / 1000,
            python: python.executable,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
function describeServeCheck(result) {
    const head = `${result.model} version ${result.version}`;
    if (result.passed)
        return `serve-check: ${head} served by mlflow models serve answers its ${result.rows} example row(s) as recorded (max |Δ| ${result.maxAbsDiff}); server up in ${result.startSeconds.toFixed(1)} s, ${result.seconds.toFixed(1)} s in all`;
    const rows = result.firstDiffering
        .map((row) => `row ${row.row} ${row.column}: ${row.evaluated} recorded, ${row.served} served`)
        .join("; ");
    return `serve-check: ${head} does not answer as recorded (${result.comparedWith})${rows ? `: ${rows}` : ""}`;
}


/***/ }),

/***/ 5815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveCheckStep: () => (/* binding */ serveCheckStep)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2845);
/* harmony import */ var _serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(526);
/* harmony import */ var _serving_serving_parity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1100);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2140);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9210);






/**
 * `serve-check`: serves a registered version with `mlflow models serve` and checks that /invocations answers
 * its input example with the predictions evaluate recorded.
 */
async function serveCheckStep(context, inputs, preloaded) {
    const config = preloaded ?? (await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadStepConfig */ .hs)(context, inputs));
    const ref = inputs.model ?? config?.config.model;
    if (!ref)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no model: give ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "model")} (name, name@alias or name/version)`);
    const tracking = await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_5__/* .openStepTracking */ .eX)(context, inputs, config);
    const version = await (0,_serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVersion */ .x)(tracking.registry, (0,_serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__/* .parseModelRef */ .qV)(ref));
    const result = await (0,_serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__/* .serveCheck */ .ag)(context, {
        tracker: tracking.tracker,
        version,
        settings: (0,_serving_serving_parity_js__WEBPACK_IMPORTED_MODULE_3__/* .servingSettings */ .qf)(context, config, { value: inputs.python, label: (0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "python") }),
        timeoutMs: (inputs["timeout-seconds"] ?? 180) * 1000,
    });
    const said = (0,_serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__/* .describeServeCheck */ .Ro)(result);
    if (!result.passed)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(said);
    context.log.notice(said);
    await context.appendSummary(`### trainyard serve-check\n\n${said}\n`);
    return {
        model: result.model,
        version: result.version,
        passed: result.passed,
        "max-abs-diff": result.maxAbsDiff,
        seconds: Math.round(result.seconds * 1000) / 1000,
    };
}


/***/ })

};
