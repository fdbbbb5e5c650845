export const id = 9548;
export const ids = [9548];
export const modules = {

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


/***/ }),

/***/ 6045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ driftChecks)
});

// EXTERNAL MODULE: ./.cache/build/lib/stats/quantile-sketch.js + 2 modules
var quantile_sketch = __webpack_require__(5992);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/drift.js

/** Proportions below this count as this, so an empty bin gives a large but finite PSI term. */
const PSI_FLOOR = 1e-4;
function toSketch(source) {
    if (source instanceof quantile_sketch/* QuantileSketch */.wh)
        return source;
    if ("levels" in source)
        return quantile_sketch/* QuantileSketch */.wh.fromJSON(source);
    if (!source.sketch)
        throw new TypeError(`column ${source.name} (${source.type}) has no quantile sketch`);
    return quantile_sketch/* QuantileSketch */.wh.fromJSON(source.sketch);
}
function psiTerm(reference, current) {
    const r = Math.max(reference, PSI_FLOOR);
    const c = Math.max(current, PSI_FLOOR);
    return (c - r) * Math.log(c / r);
}
/**
 * Population stability index of numbers, Σ (cur% − ref%)·ln(cur%/ref%), over the reference's quantile bins
 * (deciles by default; bins that tie in the reference merge, so discrete data gets fewer). Both sides'
 * shares come from their sketches' CDFs at the bin edges. NaN when either side has no values.
 */
function psiNumeric(reference, current, bins = 10) {
    if (!Number.isInteger(bins) || bins < 2)
        throw new RangeError(`bins must be a whole number ≥ 2, got ${bins}`);
    const ref = toSketch(reference);
    const cur = toSketch(current);
    if (ref.count === 0 || cur.count === 0)
        return Number.NaN;
    let psi = 0;
    let refBelow = 0;
    let curBelow = 0;
    let previousEdge = Number.NEGATIVE_INFINITY;
    for (let i = 1; i <= bins; i++) {
        const edge = i === bins ? Number.POSITIVE_INFINITY : ref.quantile(i / bins);
        if (edge <= previousEdge)
            continue;
        previousEdge = edge;
        const refAt = i === bins ? 1 : ref.cdf(edge);
        const curAt = i === bins ? 1 : cur.cdf(edge);
        psi += psiTerm(refAt - refBelow, curAt - curBelow);
        refBelow = refAt;
        curBelow = curAt;
    }
    return psi;
}
function totals(counts) {
    const result = new Map();
    const entries = Array.isArray(counts)
        ? counts.map(({ value, count }) => [value, count])
        : counts instanceof Map
            ? counts
            : Object.entries(counts);
    for (const [value, count] of entries) {
        const key = String(value);
        result.set(key, (result.get(key) ?? 0) + count);
    }
    return result;
}
/**
 * PSI over categories. Values the reference never saw are pooled into one "unseen" bucket whose reference
 * share is the floor, so new categories raise the index instead of vanishing. NaN when either side is empty.
 */
function psiCategorical(reference, current) {
    const ref = totals(reference);
    const cur = totals(current);
    let refTotal = 0;
    let curTotal = 0;
    for (const count of ref.values())
        refTotal += count;
    for (const count of cur.values())
        curTotal += count;
    if (refTotal === 0 || curTotal === 0)
        return Number.NaN;
    let psi = 0;
    for (const [value, count] of ref)
        psi += psiTerm(count / refTotal, (cur.get(value) ?? 0) / curTotal);
    let unseen = 0;
    for (const [value, count] of cur)
        if (!ref.has(value))
            unseen += count;
    if (unseen > 0)
        psi += psiTerm(0, unseen / curTotal);
    return psi;
}
/**
 * Two-sample Kolmogorov–Smirnov statistic, max |F_ref(x) − F_cur(x)|, with both CDFs from the sketches and
 * x running over every item either sketch holds (where the step functions jump). Each sketch's rank error
 * adds to the result's, so it is within about 2ε of the exact statistic. NaN when either side is empty.
 */
function ksStatistic(reference, current) {
    const ref = toSketch(reference);
    const cur = toSketch(current);
    if (ref.count === 0 || cur.count === 0)
        return Number.NaN;
    const a = ref.sortedView();
    const b = cur.sortedView();
    const aLength = a.values.length;
    const bLength = b.values.length;
    let i = 0;
    let j = 0;
    let gap = 0;
    while (i < aLength || j < bLength) {
        const x = Math.min(i < aLength ? a.values[i] : Number.POSITIVE_INFINITY, j < bLength ? b.values[j] : Number.POSITIVE_INFINITY);
        while (i < aLength && a.values[i] <= x)
            i++;
        while (j < bLength && b.values[j] <= x)
            j++;
        const fa = i === 0 ? 0 : a.cumulative[i - 1] / a.total;
        const fb = j === 0 ? 0 : b.cumulative[j - 1] / b.total;
        const difference = Math.abs(fa - fb);
        if (difference > gap)
            gap = difference;
    }
    return gap;
}

// EXTERNAL MODULE: ./.cache/build/lib/validation/column-checker.js + 1 modules
var column_checker = __webpack_require__(935);
;// CONCATENATED MODULE: ./.cache/build/lib/validation/drift-checks.js


function verdict(value, thresholds) {
    if (thresholds.error !== undefined && value >= thresholds.error)
        return { status: "fail", severity: "error" };
    if (thresholds.warn !== undefined && value >= thresholds.warn)
        return { status: "fail", severity: "warn" };
    return { status: "pass", severity: thresholds.error !== undefined ? "error" : "warn" };
}
function bounds(thresholds) {
    return [
        thresholds.warn !== undefined ? `warn ≥ ${thresholds.warn}` : "",
        thresholds.error !== undefined ? `error ≥ ${thresholds.error}` : "",
    ]
        .filter(Boolean)
        .join(", ");
}
const numericTypes = new Set(["integer", "number", "timestamp"]);
/**
 * Drift of each column against the reference snapshot's stored profile: PSI over the reference's quantile
 * bins for numbers (over categories for low-cardinality columns, unseen values pooled) and the KS statistic
 * for numbers, both from the profiles' quantile sketches. Neither snapshot is re-read.
 */
function driftChecks(current, reference, rules) {
    const results = [];
    const psi = rules.psi ?? { warn: 0.1, error: 0.25 };
    const selected = rules.columns ? new Set(rules.columns) : undefined;
    for (const column of current) {
        if (selected && !selected.has(column.name))
            continue;
        const ref = reference.find((candidate) => candidate.name === column.name);
        if (!ref || column.count === 0 || ref.count === 0)
            continue;
        const drift = (statistic, value, thresholds, message) => results.push({
            id: `drift.${column.name}.${statistic}`,
            rulePath: ["validate", "drift", statistic],
            column: column.name,
            ...verdict(value, thresholds),
            observed: (0,column_checker/* round */.L)(value, 4),
            expected: bounds(thresholds),
            message: `${message} ${(0,column_checker/* round */.L)(value, 4)}`,
        });
        const numeric = numericTypes.has(column.type) && numericTypes.has(ref.type) && column.sketch && ref.sketch;
        if (numeric && column.sketch && ref.sketch) {
            drift("psi", psiNumeric(ref.sketch, column.sketch), psi, "PSI over the reference's deciles:");
            if (rules.ks)
                drift("ks", ksStatistic(ref.sketch, column.sketch), rules.ks, "KS statistic");
        }
        else if (column.topValues && ref.topValues) {
            drift("psi", psiCategorical(ref.topValues, column.topValues), psi, "PSI over categories (unseen values pooled):");
        }
    }
    return results;
}


/***/ })

};
