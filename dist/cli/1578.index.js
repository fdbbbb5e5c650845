export const id = 1578;
export const ids = [1578];
export const modules = {

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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ storeBlobs),
/* harmony export */   P9: () => (/* binding */ snapshot),
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
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6170);
/* harmony import */ var _table_pass_data_threads_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3676);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9347);
/* harmony import */ var _fetch_sources_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8784);
/* harmony import */ var _pull_snapshot_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(30);














function dataRootOf(context, options) {
    return options.dataRoot ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_10__/* .workspacePath */ .X.data);
}
function snapshotId(body) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
}
/**
 * Puts the snapshot's files in `dataDir`. Files trainyard wrote itself (the split) are moved there; the user's
 * own source files are copied, never linked, so editing a source later cannot change a snapshot.
 *
 * This runs after the manifest is stored, not while the rows are read: a copy (Node's, libuv's) truncates its
 * new file, which makes ext4 write the copy to disk as soon as it is closed (auto_da_alloc), and the store's
 * syncs then wait for those writes: measured on the 480 MiB bench, the last blob's sync took 0.46-0.66 s
 * instead of 0.17 s and the manifest's 0.18-0.54 s instead of 1 ms while the data-root copies were written
 * back. Made last, the copies' writes follow the snapshot instead.
 */
async function materialise(files, dataDir, cache) {
    await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_13__/* .mapWithConcurrency */ .W)(files, 4, async (file) => {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataDir, ...file.name.split("/"));
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target).catch(() => undefined))
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, ".."), { recursive: true });
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
    });
}
/**
 * Whether the store writes to this machine's disk. Its copies and fsyncs each hold one of libuv's four
 * threads for as long as they run (an fsync of 50 MiB takes ~0.1 s); while the rows are read, more than one
 * at a time leaves the pass's reads queued behind them (measured: both threads idle for ~0.4 s of a 200 MiB
 * snapshot's 1.9 s). So during the pass they run one file at a time.
 */
function isLocalStore(store) {
    return store.uri.startsWith("file:");
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
    const { manifest } = await context.group(`Unchanged data: reuse snapshot ${id}`, () => (0,_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_12__/* .pullSnapshot */ .Y2)(context, options.store, id, dataDir));
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
 * surfaces in `report`. When the snapshot fails for another reason first (or reuses an earlier one),
 * `settle` starts no other file's upload and waits for those under way, dropping their failures.
 */
function storeBlobsInBackground(store, toHash, concurrency) {
    let settling = false;
    // Each file as soon as its hash is known (in order, up to `concurrency` at a time).
    const outcomes = (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_13__/* .mapWithConcurrency */ .W)(toHash, concurrency, async (hashing) => {
        const { file, hash } = await hashing;
        if (settling)
            throw new Error("the snapshot stopped before this blob was stored");
        return store.putIfAbsent((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .blobKey */ .bd)(hash.sha256), { path: file.path });
    });
    // Observed at once, so a failure while the pass still runs is never an unhandled rejection.
    const settled = outcomes.then(() => undefined, () => undefined);
    return {
        report: (context) => context.group(`Store blobs in ${store.uri}`, async () => {
            let bytesUploaded = 0;
            let bytesReused = 0;
            const done = await outcomes;
            const hashed = await Promise.all(toHash);
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
        settle: () => {
            settling = true;
            return settled;
        },
    };
}
/** Uploads each file as a content-addressed blob, only where the store lacks it. */
async function storeBlobs(context, store, hashed, concurrency) {
    let bytesUploaded = 0;
    let bytesReused = 0;
    await context.group(`Store blobs in ${store.uri}`, async () => {
        await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_13__/* .mapWithConcurrency */ .W)(hashed, concurrency, async ({ file, hash }) => {
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
    // Unsplit sources are stored byte for byte: their blobs do not depend on the rows, so they are written
    // while the rows are read and profiled (copying is the kernel's work, and syncing waits for the disk).
    let early;
    let earlyBlobs;
    try {
        const sources = await context.group("Read the source", async () => {
            const files = await (0,_fetch_sources_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchSources */ .d)(context, options.source, staging, options.format);
            context.log.info(`${files.length} file(s): ${files.map((file) => file.name).join(", ")}`);
            return files;
        });
        const format = sources[0]?.format ?? "csv";
        const hashCache = await _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .HashCache */ .rR.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .HASH_CACHE_FILE */ .lL));
        const transform = Boolean(options.split || options.asOf);
        const onRecord = await Promise.all(sources.map((file) => hashCache.unchanged(file.path)));
        // Sources with no hash on record are most likely new: when the rows are read on several threads, the
        // workers read and profile them while this thread hashes (it joins the reading after), so the workers
        // start before the hashing does. Should the hashes name a snapshot made before, the pass is stopped and
        // that snapshot reused.
        // The rows are read only for a snapshot not made before: so is the module that reads them, and the
        // sources' columns are checked (their headers read) then.
        let hashingEnded = () => { };
        const hashingSettled = new Promise((settle) => {
            hashingEnded = settle;
        });
        let reader;
        const rowReader = async () => {
            if (!reader) {
                const module = await Promise.all(/* import() */[__webpack_require__.e(5939), __webpack_require__.e(8775), __webpack_require__.e(4794), __webpack_require__.e(3826)]).then(__webpack_require__.bind(__webpack_require__, 3826));
                reader = { module, columns: await module.checkSameColumns(sources) };
            }
            return reader;
        };
        let overlapped;
        if (!transform && !onRecord.every(Boolean)) {
            const sizes = await Promise.all(sources.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file.path).then((info) => info.size)));
            const bytes = sizes.reduce((sum, size) => sum + size, 0);
            if ((0,_table_pass_data_threads_js__WEBPACK_IMPORTED_MODULE_9__/* .dataThreads */ .Kn)(bytes, options.threads) > 1) {
                const { module, columns } = await rowReader();
                const stop = new AbortController();
                const profiled = module.profileOnly(sources, columns, bytes, options, {
                    hereAfter: hashingSettled,
                    signal: stop.signal,
                });
                profiled.catch(() => undefined); // awaited below; observed now so that an early failure is not unhandled
                overlapped = { profiled, stop };
            }
        }
        // One file after another (the hashing is this thread's work: files hashed side by side would all finish
        // at the end), so that a new file's blob is written while the next is hashed.
        const toHash = [];
        let previous = Promise.resolve();
        for (const file of sources) {
            const hashing = previous.then(async () => ({ file, hash: await hashCache.hash(file.path) }));
            toHash.push(hashing);
            previous = hashing;
        }
        for (const hashing of toHash)
            hashing.catch(() => undefined); // awaited below, all together
        const hashing = Promise.all(toHash);
        hashing.then(hashingEnded, hashingEnded);
        // Blobs of sources with no hash on record are most likely new: each is stored as soon as its hash is known,
        // a write (and a sync, to a local store) that then overlaps the hashing and the pass instead of following
        // them. Should the hashes name a snapshot made before, its blobs are in the store: each write finds it.
        earlyBlobs =
            !transform && !onRecord.every(Boolean)
                ? storeBlobsInBackground(options.store, toHash, isLocalStore(options.store) ? 1 : (options.concurrency ?? 4))
                : undefined;
        const stopPass = async (reason) => {
            overlapped?.stop.abort(reason);
            await overlapped?.profiled.catch(() => undefined);
            await earlyBlobs?.settle();
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
        const { module: profileSources, columns } = await rowReader();
        const sourceBytes = sourceHashes.reduce((sum, { hash }) => sum + hash.bytes, 0);
        if (!transform) {
            early =
                earlyBlobs ??
                    storeBlobsInBackground(options.store, sourceHashes.map((hashed) => Promise.resolve(hashed)), isLocalStore(options.store) ? 1 : (options.concurrency ?? 4));
        }
        const { prepared, dropped, sides, profiles, pass } = await context.group(transform ? "Split and profile" : "Profile", async () => {
            if (transform) {
                const profiler = new profileSources.TableProfiler(columns);
                const split = await profileSources.splitAndProfile(sources, columns, format, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, "out"), options, profiler);
                return { ...split, profiles: profiler.profiles(), pass: undefined };
            }
            const profiled = await (overlapped?.profiled ??
                profileSources.profileOnly(sources, columns, sourceBytes, options));
            context.log.info(profileSources.passSummary(profiled.pass));
            return { ...profiled, dropped: 0, sides: { train: 0, test: 0 } };
        });
        const rows = prepared.reduce((sum, file) => sum + file.rows, 0);
        if (rows === 0) {
            throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: sources[0]?.name ?? options.source }, dropped > 0 ? `has no rows at or before as-of ${options.asOf?.time}` : "has a header but no rows");
        }
        const hashed = transform
            ? await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_13__/* .mapWithConcurrency */ .W)(prepared, 4, async (file) => ({ file, hash: await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .hashFile */ .D)(file.path) }))
            : sourceHashes.map(({ hash }, index) => ({ file: prepared[index], hash }));
        const { bytesUploaded, bytesReused } = early
            ? await early.report(context)
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
            await options.store.putIfAbsent((0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .validationChecksKey */ .C3)(id, options.rules, profileSources.PASS_LAYOUT), {
                body: `${JSON.stringify(profileSources.storedChecks(id, pass), null, 2)}\n`,
            });
        }
        await options.store.putIfAbsent(recipe, { body: `${JSON.stringify({ id })}\n` });
        await materialise(hashed.map(({ file, hash }) => ({ ...file, hash, owned: transform })), dataDir, hashCache);
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
        await earlyBlobs?.settle();
        await early?.settle();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}


/***/ })

};
