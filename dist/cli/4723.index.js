export const id = 4723;
export const ids = [4723,8689];
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

/***/ 7352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ SNAPSHOT_VERSION),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   _2: () => (/* binding */ SNAPSHOT_KIND),
/* harmony export */   bd: () => (/* binding */ blobKey),
/* harmony export */   dE: () => (/* binding */ parseSnapshotManifest)
/* harmony export */ });
/* unused harmony exports snapshotFileSchema, columnProfileSchema, snapshotManifestSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);


const SNAPSHOT_KIND = "trainyard.snapshot";
const SNAPSHOT_VERSION = 1;
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");
/** A stored file name: relative, `/`-separated, never leaving the snapshot folder. */
const safeName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .refine((name) => !name.startsWith("/") &&
    !name.includes("\\") &&
    !name.split("/").some((part) => part === ".." || part === "." || part === ""), "a relative name that stays inside the snapshot (no '..', no leading '/')");
const snapshotFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: safeName,
    role: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["train", "test", "data"]),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["csv", "parquet", "jsonl"]),
    sha256,
    bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
});
const sketchSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .custom */ .IeY((value) => typeof value === "object" && value !== null && "levels" in value && "n" in value, "a quantile sketch");
/** The per-column profile that later steps (validation, drift) read instead of re-reading the data. */
const columnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["integer", "number", "boolean", "timestamp", "string", "json", "empty"]),
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    nullCount: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    invalidCount: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    distinctCapped: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    mean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    std: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    quantiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["p01", "p05", "p25", "p50", "p75", "p95", "p99"]), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).optional(),
    sketch: sketchSchema.optional(),
    topValues: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]), count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() }))
        .optional(),
    minLength: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    maxLength: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    minTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    maxTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const snapshotManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SNAPSHOT_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SNAPSHOT_VERSION),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        uri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["csv", "parquet", "jsonl"]),
        files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })),
    }),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(snapshotFileSchema).min(1),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    split: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        strategy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["random", "group", "time"]),
        testFraction: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
        key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        timeColumn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        cutoff: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        trainRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        testRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    })
        .optional(),
    asOf: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ time: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), droppedRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })
        .optional(),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(columnProfileSchema),
    /** Present on a snapshot written by `trainyard erase`: the one it replaced and how many rows it left out. */
    erasure: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ predecessor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/), erasedRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })
        .optional(),
});
function parseSnapshotManifest(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(snapshotManifestSchema, text, file, {
        kind: SNAPSHOT_KIND,
        version: SNAPSHOT_VERSION,
    });
}
const manifestKey = (id) => `snapshots/${id}/manifest.json`;
const blobKey = (sha) => `blobs/sha256/${sha}`;


/***/ }),

/***/ 1389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ validationChecksKey),
/* harmony export */   Yy: () => (/* binding */ parseValidationChecks),
/* harmony export */   Zq: () => (/* binding */ VALIDATION_CHECKS_KIND),
/* harmony export */   nR: () => (/* binding */ VALIDATION_CHECKS_VERSION)
/* harmony export */ });
/* unused harmony export validationChecksSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8689);
/* harmony import */ var _validation_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6230);




/**
 * The row checks of a snapshot, computed by `snapshot-data` in the same pass as the profile when trainyard.yml
 * has `validate:` rules, and stored next to the manifest at {@link validationChecksKey}. `validate-data` reads
 * them instead of reading the rows again. Column checks are kept as the checkers' states, not their results,
 * so results that depend on the time of checking (max_age) are judged when validate-data runs; the
 * row-spanning checks (unique, rows, label, leakage) do not depend on it and are kept as results.
 */
const VALIDATION_CHECKS_KIND = "trainyard.validation-checks";
const VALIDATION_CHECKS_VERSION = 1;
/** Built on first parse, not when the module loads (see validation-report.ts): a snapshot only writes checks. */
function buildSchema() {
    const sample = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ row: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(), file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(), value: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() });
    const columnCheckerState = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        nulls: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        parsed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        mean: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        m2: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
        violations: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(), samples: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(sample) })),
    });
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(VALIDATION_CHECKS_KIND),
        version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(VALIDATION_CHECKS_VERSION),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        /** One per column rule whose column exists, in the rules' order. */
        columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ column: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), state: columnCheckerState })),
        dataset: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg((0,_validation_report_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResultSchema */ .rh)()),
    });
}
let schema;
const validationChecksSchema = () => (schema ??= buildSchema());
function parseValidationChecks(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseContract */ .UA)(validationChecksSchema(), text, file, {
        kind: VALIDATION_CHECKS_KIND,
        version: VALIDATION_CHECKS_VERSION,
    });
}
/**
 * Where a snapshot's stored checks live: keyed by the snapshot id and a hash of everything the checks
 * depend on besides the rows: the rules that read rows (not drift, which works from profiles) and how the
 * pass cuts files into parts (`pass`).
 */
function validationChecksKey(snapshotId, rules, pass) {
    const depends = {
        version: VALIDATION_CHECKS_VERSION,
        pass,
        columns: rules.columns ?? null,
        unique: rules.unique ?? null,
        rows: rules.rows ?? null,
        label: rules.label ?? null,
        leakage: rules.leakage ?? null,
    };
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(depends)).digest("hex").slice(0, 32);
    return `snapshots/${snapshotId}/checks-${hash}.json`;
}


/***/ }),

/***/ 6230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tb: () => (/* binding */ parseValidationReport),
/* harmony export */   f3: () => (/* binding */ VALIDATION_KIND),
/* harmony export */   rh: () => (/* binding */ checkResultSchema),
/* harmony export */   zV: () => (/* binding */ VALIDATION_VERSION)
/* harmony export */ });
/* unused harmony export validationReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);


const VALIDATION_KIND = "trainyard.validation";
const VALIDATION_VERSION = 1;
/**
 * The schemas are built on first use, not when the module loads: building zod schemas is a measurable part
 * of a short run's start, and most runs that load this module (a snapshot, say) never parse a report.
 */
function buildSchemas() {
    const sample = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ row: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
    const checkResult = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        rulePath: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()])),
        column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pass", "fail", "skip"]),
        severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["error", "warn"]),
        observed: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
        expected: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        samples: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sample).optional(),
        failingRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
    });
    const report = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(VALIDATION_KIND),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(VALIDATION_VERSION),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        errors: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        checkedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ snapshotId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), note: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
        checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(checkResult),
    });
    return { checkResult, report };
}
let schemas;
function built() {
    schemas ??= buildSchemas();
    return schemas;
}
/** One check's result (also stored in the validation checks, see validation-checks.ts). */
const checkResultSchema = () => built().checkResult;
const validationReportSchema = () => built().report;
function parseValidationReport(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(validationReportSchema(), text, file, {
        kind: VALIDATION_KIND,
        version: VALIDATION_VERSION,
    });
}


/***/ }),

/***/ 7149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lL: () => (/* binding */ HASH_CACHE_FILE),
/* harmony export */   rR: () => (/* binding */ HashCache)
/* harmony export */ });
/* unused harmony exports HASH_CACHE_ENV, RACY_MARGIN_NS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6217);




/**
 * Hashes that need not be computed again: a file whose identity (device, inode, size, modification and
 * change times to the nanosecond) equals the one recorded when it was hashed is not read again — what git's
 * index and DVC's state database do. Any write to a file moves its change time, which no user call can set
 * back, so a changed file never matches.
 *
 * On a file system with coarse timestamps, a write in the same tick as the recorded change time would keep
 * it, so an entry is trusted only when the file had not changed for {@link RACY_MARGIN_NS} before hashing
 * began (git's "racily clean" rule). Files trainyard itself has just written into its own data root are
 * recorded as written ({@link HashCache.record}); nothing else is meant to write there.
 *
 * It is a cache: a missing, unreadable or foreign file means an empty cache, and `TRAINYARD_HASH_CACHE=off`
 * turns it off. It lives next to the snapshots it describes (`<data root>/.hash-cache.json`).
 */
const HASH_CACHE_FILE = ".hash-cache.json";
const HASH_CACHE_ENV = "TRAINYARD_HASH_CACHE";
const RACY_MARGIN_NS = 2000000000n;
const MAX_ENTRIES = 10_000;
const FORMAT = "trainyard.hash-cache/1";
async function identityOf(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path, { bigint: true });
    return {
        key: [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs].join(":"),
        ctimeNs: info.ctimeNs,
    };
}
const nowNs = () => BigInt(Date.now()) * 1000000n;
class HashCache {
    file;
    entries = new Map();
    changed = false;
    constructor(file) {
        this.file = file;
    }
    /** The cache kept in `file`, or a cache that remembers nothing when turned off. */
    static async open(file) {
        if (/^(off|0|false)$/i.test(process.env[HASH_CACHE_ENV] ?? ""))
            return new HashCache(undefined);
        const cache = new HashCache((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file));
        try {
            const parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(cache.file, "utf8"));
            if (parsed.format === FORMAT && parsed.entries && typeof parsed.entries === "object") {
                for (const [path, entry] of Object.entries(parsed.entries)) {
                    if (typeof entry.identity === "string" &&
                        typeof entry.sha256 === "string" &&
                        /^[0-9a-f]{64}$/.test(entry.sha256) &&
                        typeof entry.bytes === "number" &&
                        typeof entry.at === "string")
                        cache.entries.set(path, entry);
                }
            }
        }
        catch {
            // no cache yet, or not ours: start empty
        }
        return cache;
    }
    /** The file's hash, read from the cache when the file is unchanged since it was recorded. */
    async hash(path) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        if (this.file) {
            const entry = this.entries.get(absolute);
            const now = await identityOf(absolute).catch(() => undefined);
            if (entry && now && entry.identity === now.key)
                return { sha256: entry.sha256, bytes: entry.bytes };
        }
        const started = nowNs();
        const before = this.file ? await identityOf(absolute).catch(() => undefined) : undefined;
        const hashed = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(absolute);
        const after = this.file ? await identityOf(absolute).catch(() => undefined) : undefined;
        if (before && after && before.key === after.key && after.ctimeNs + RACY_MARGIN_NS < started) {
            this.put(absolute, after.key, hashed);
        }
        return hashed;
    }
    /** True when the file is exactly as it was when its cached hash was taken. */
    async unchanged(path) {
        if (!this.file)
            return false;
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        const entry = this.entries.get(absolute);
        const now = await identityOf(absolute).catch(() => undefined);
        return Boolean(entry && now && entry.identity === now.key);
    }
    /** Records the hash of a file trainyard has just written itself (its content is known, not re-read). */
    async record(path, hash) {
        if (!this.file)
            return;
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        const now = await identityOf(absolute).catch(() => undefined);
        if (now)
            this.put(absolute, now.key, hash);
    }
    /** Drops the entries of every file in `folder` (files deleted, e.g. by an erasure). */
    forget(folder) {
        const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(folder)}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`;
        for (const path of [...this.entries.keys()]) {
            if (path.startsWith(prefix)) {
                this.entries.delete(path);
                this.changed = true;
            }
        }
    }
    put(path, identity, hash) {
        this.entries.delete(path);
        this.entries.set(path, { identity, sha256: hash.sha256, bytes: hash.bytes, at: String(nowNs()) });
        this.changed = true;
    }
    /**
     * Writes the cache (atomically: a reader sees the old or the new file), newest entries kept. A cache that
     * cannot be written (read-only folder, full disk) costs the next run a re-read, never this run its result.
     */
    async save() {
        if (!this.file || !this.changed)
            return;
        await this.write().catch(() => undefined);
    }
    async write() {
        if (!this.file)
            return;
        const kept = [...this.entries].sort(([, a], [, b]) => (BigInt(a.at) < BigInt(b.at) ? -1 : 1));
        const entries = Object.fromEntries(kept.slice(-MAX_ENTRIES));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.file), { recursive: true });
        const partial = `${this.file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(partial, `${JSON.stringify({ format: FORMAT, entries })}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, this.file);
        this.changed = false;
    }
}


/***/ }),

/***/ 6217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3293);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2576);



/** Hashes a file in one streamed pass with 1 MiB reads; `onProgress` gets the bytes hashed so far. */
async function hashFile(path, onProgress) {
    const handle = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .openForRead */ .od)(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    let bytes = 0;
    onProgress?.(0);
    const stream = handle.createReadStream({ highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream) {
            hash.update(chunk);
            bytes += chunk.byteLength;
            onProgress?.(bytes);
        }
    }
    catch (error) {
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_1__/* .fileAccessError */ .z9)(path, error);
    }
    finally {
        stream.destroy();
    }
    return { sha256: hash.digest("hex"), bytes };
}


/***/ }),

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
            return Promise.all(/* import() */[__webpack_require__.e(8649), __webpack_require__.e(149), __webpack_require__.e(6919)]).then(__webpack_require__.bind(__webpack_require__, 6919)).then(({ readParquetColumns }) => readParquetColumns(path));
    }
}
/** The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not with this module. */
async function* readParquetLazily(path, batchSize) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(8649), __webpack_require__.e(149), __webpack_require__.e(6919)]).then(__webpack_require__.bind(__webpack_require__, 6919));
    yield* readParquet(path, batchSize);
}


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
const ZERO_WIDTH_SPACE = "\u200b";
/**
 * Escapes user text (column names, values, branch names) for GitHub-flavoured Markdown: no formatting, no
 * HTML, no links, no math, and no @mentions or #references that would ping people or link issues.
 * Backslash escapes stop Markdown itself (and the autolinks of `https://` and `www.`, which cmark-gfm
 * finds while parsing); mentions, issue references and e-mail links are found later in the rendered text,
 * where a backslash is gone, so a zero-width space after `@` and `#` breaks them instead. Line breaks
 * become spaces and bidirectional overrides are dropped, so one value cannot reshape the report.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\u202a-\u202e\u2066-\u2069]/g, "")
        .replace(/\r\n|[\p{Cc}\p{Zl}\p{Zp}]/gu, " ")
        .replace(/[\\`*_{}[\]()#+!|~>$:-]/g, (char) => `\\${char}`)
        .replace(/(www)\./gi, "$1\\.")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/[@#]/g, (char) => `${char}${ZERO_WIDTH_SPACE}`);
}
/** Text inside a table cell: escaped, and kept short so one odd value cannot blow up the table. */
function cell(value, maxLength = 120) {
    const text = value === null || value === undefined ? "" : String(value);
    const short = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
    return escapeMarkdown(short);
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(" | ")} |`;
    return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Inline code: backslash escapes do not work inside code spans, so backticks are replaced instead. */
function code(value) {
    const text = String(value ?? "")
        .replace(/`/g, "ʼ")
        .replace(/\r\n|[\r\n]/g, " ");
    return `\`${text}\``;
}
/**
 * Inline code inside a table cell: as `code`, and a `|` is written `\\|`, which GitHub's table parser
 * reads as a pipe inside the cell even within a code span (a bare `|` would end the cell).
 */
function codeCell(value, maxLength = 120) {
    const text = String(value ?? "");
    const short = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
    return code(short).replace(/\|/g, "\\|");
}


/***/ }),

/***/ 30:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ snapshotFiles),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Y2: () => (/* binding */ pullSnapshot),
/* harmony export */   yW: () => (/* binding */ SnapshotNotFoundError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7352);
/* harmony import */ var _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7149);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6217);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1927);
/* harmony import */ var _store_blob_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9546);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6170);








class SnapshotNotFoundError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo {
    constructor(id, storeUri) {
        super(`no snapshot "${id}" in ${storeUri} (no ${(0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestKey */ .Rn)(id)})`);
        this.name = "SnapshotNotFoundError";
    }
}
async function readManifest(store, id) {
    if (!/^[0-9a-f]{16}$/.test(id))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`"${id}" is not a snapshot id (16 hex characters)`);
    try {
        const bytes = await store.getBytes((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestKey */ .Rn)(id));
        return (0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSnapshotManifest */ .dE)(bytes.toString("utf8"), `${store.uri}/${(0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestKey */ .Rn)(id)}`);
    }
    catch (error) {
        if (error instanceof _store_blob_store_js__WEBPACK_IMPORTED_MODULE_6__/* .BlobNotFoundError */ .Bc)
            throw new SnapshotNotFoundError(id, store.uri);
        throw error;
    }
}
/**
 * Materialises a snapshot in `destination`, verifying every file's SHA-256. Files already there with the right
 * hash are kept (an unchanged file's hash comes from the data root's hash cache, see hash-cache.ts); a download goes to a temporary name and is renamed only once its hash matches.
 */
async function pullSnapshot(context, store, id, destination) {
    const manifest = await readManifest(store, id);
    const cache = await _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .HashCache */ .rR.open((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(destination), _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .HASH_CACHE_FILE */ .lL));
    let bytesDownloaded = 0;
    await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(manifest.files, 4, async (file) => {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destination, ...file.name.split("/"));
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch(() => undefined)) {
            if ((await cache.hash(target)).sha256 === file.sha256)
                return;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        const partial = `${target}.partial-${process.pid}`;
        const progress = context.progress(`download ${file.name}`, file.bytes);
        await store.download((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .blobKey */ .bd)(file.sha256), partial, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        const { sha256 } = await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(partial);
        if (sha256 !== file.sha256) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(partial, { force: true });
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file.name}: the stored blob's SHA-256 is ${sha256}, the manifest says ${file.sha256}; the store is damaged`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(partial, target);
        await cache.record(target, { sha256, bytes: file.bytes });
        bytesDownloaded += file.bytes;
    });
    await cache.save();
    return { manifest, dataDir: destination, bytesDownloaded };
}
/** The train, test and whole-data files of a materialised snapshot, for the train contract. */
function snapshotFiles(manifest, dataDir) {
    const find = (role) => manifest.files.find((file) => file.role === role);
    const path = (name) => (name ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dataDir, ...name.split("/")) : undefined);
    return {
        train: path(find("train")?.name),
        test: path(find("test")?.name),
        data: manifest.files.filter((file) => file.role === "data").map((file) => path(file.name)),
    };
}


/***/ }),

/***/ 7297:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullStep: () => (/* binding */ pullStep),
/* harmony export */   snapshotStep: () => (/* binding */ snapshotStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2142);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2845);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5721);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2140);
/* harmony import */ var _pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1578);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_snapshot_js__WEBPACK_IMPORTED_MODULE_5__]);
_snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];








function summary(result) {
    const { manifest } = result;
    const rows = manifest.files.map((file) => [
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(file.name),
        file.role,
        String(file.rows),
        (0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(file.bytes),
        `\`${file.sha256.slice(0, 12)}\``,
    ]);
    const split = manifest.split
        ? `, split ${manifest.split.strategy}: ${manifest.split.trainRows} train / ${manifest.split.testRows} test`
        : "";
    return [
        `### Snapshot \`${result.id}\`${result.created ? "" : " (unchanged data: reused)"}`,
        "",
        `${manifest.rows} rows × ${manifest.columns.length} columns${split}; uploaded ${(0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(result.bytesUploaded)}, reused ${(0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(result.bytesReused)}.`,
        "",
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(["file", "role", "rows", "size", "sha256"], rows),
        "",
    ].join("\n");
}
/** `snapshot-data`: trainyard.yml's `data:` gives the defaults of its inputs; returns the action's outputs. */
async function snapshotStep(context, inputs) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStepConfig */ .hs)(context, inputs);
    const data = config?.config.data;
    const source = inputs.source ?? data?.source;
    if (!source)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no source: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputLabel */ .NB)(inputs, "source")} or data.source in trainyard.yml`);
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .openStepStore */ .cl)(context, inputs, config);
    const strategy = inputs.split ?? data?.split?.strategy;
    const split = strategy
        ? {
            strategy,
            testFraction: inputs["test-fraction"] ?? data?.split?.test_fraction ?? 0.2,
            seed: inputs.seed ?? data?.split?.seed ?? 42,
            ...optional("key", inputs["split-key"] ?? data?.split?.key),
            ...optional("timeColumn", inputs["time-column"] ?? data?.split?.time_column),
            ...optional("cutoff", inputs.cutoff ?? data?.split?.cutoff),
        }
        : undefined;
    const asOfTime = inputs["as-of"] ?? data?.as_of?.time;
    const asOfColumn = inputs["as-of-column"] ?? data?.as_of?.column;
    if (asOfTime && !asOfColumn)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`as-of needs the time column: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputLabel */ .NB)(inputs, "as-of-column")} or data.as_of.column`);
    const format = inputs.format ?? data?.format;
    const result = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshot */ .P9)(context, {
        source,
        store,
        ...(format ? { format } : {}),
        ...(split ? { split } : {}),
        ...(asOfTime && asOfColumn ? { asOf: { time: asOfTime, column: asOfColumn } } : {}),
        dataRoot: (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .dataRootOf */ .y4)(context, inputs),
        ...(config?.config.validate ? { rules: config.config.validate } : {}),
    });
    await context.appendSummary(summary(result));
    const outputs = {
        "snapshot-id": result.id,
        "snapshot-uri": result.uri,
        "data-dir": result.dataDir,
        rows: result.rows,
        "bytes-uploaded": result.bytesUploaded,
        "bytes-reused": result.bytesReused,
    };
    return outputs;
}
/** `trainyard snapshot pull <id>`: materialises a stored snapshot, verifying every hash. */
async function pullStep(context, inputs) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStepConfig */ .hs)(context, inputs);
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .openStepStore */ .cl)(context, inputs, config);
    const id = inputs.snapshot;
    const dataDir = inputs["data-dir"];
    const destination = dataDir
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workingDirectory, dataDir)
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .dataRootOf */ .y4)(context, inputs), id);
    const pulled = await (0,_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .pullSnapshot */ .Y2)(context, store, id, destination);
    const outputs = {
        "snapshot-id": id,
        "data-dir": pulled.dataDir,
        "bytes-downloaded": pulled.bytesDownloaded,
    };
    return outputs;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/**
 * Calls `fn` on every item with at most `limit` calls in flight and resolves with the results in input
 * order. After the first failure no new item starts; it rejects with that failure once the calls already
 * running have settled, so nothing keeps writing after the caller has seen the error.
 */
async function mapWithConcurrency(items, limit, fn) {
    if (!(Number.isInteger(limit) || limit === Number.POSITIVE_INFINITY) || limit < 1) {
        throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
    }
    const list = Array.from(items);
    const results = new Array(list.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < list.length) {
            const index = next++;
            try {
                results[index] = await fn(list[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.min(limit, list.length);
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure !== undefined)
        throw failure.error;
    return results;
}


/***/ })

};
