export const id = 6463;
export const ids = [6463];
export const modules = {

/***/ 2934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ parseErasureEntry),
/* harmony export */   Bm: () => (/* binding */ ERASURE_PREFIX),
/* harmony export */   Rd: () => (/* binding */ erasureKey),
/* harmony export */   XO: () => (/* binding */ ERASURE_KIND),
/* harmony export */   Xk: () => (/* binding */ ERASURE_VERSION)
/* harmony export */ });
/* unused harmony export erasureEntrySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);


const ERASURE_KIND = "trainyard.erasure";
const ERASURE_VERSION = 1;
const snapshotId = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/);
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");
/**
 * One entry of the erasure log, `erasures/<time>-<id>.json` in the store: written once, never rewritten
 * (append-only). It holds no erased value: the keys appear only as salted SHA-256 hashes (see
 * `hashErasedKey`), so the log can be kept as long as the store is, to say why a model version can no
 * longer be reproduced byte for byte.
 */
const erasureEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(ERASURE_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(ERASURE_VERSION),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    keys: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        algorithm: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz("sha256(salt NUL column NUL value)"),
        salt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
        hashes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sha256),
        /** How many of the requested keys some snapshot held. */
        found: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    }),
    snapshots: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: snapshotId,
        successor: snapshotId,
        erasedRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        filesRewritten: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    })),
    /** Blobs deleted because no remaining manifest referred to them. */
    deletedBlobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sha256),
    /** Model versions trained on an erased snapshot, tagged `trainyard.erasure.pending_retrain`. */
    modelVersions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), snapshot: snapshotId })),
    /** Training-cache records of runs on an erased snapshot, removed so a cached model is never restored. */
    cacheRecordsDeleted: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
});
function parseErasureEntry(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(erasureEntrySchema, text, file, { kind: ERASURE_KIND, version: ERASURE_VERSION });
}
const ERASURE_PREFIX = "erasures/";
const erasureKey = (createdAt, id) => `${ERASURE_PREFIX}${createdAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}-${id}.json`;


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

/***/ 6463:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PENDING_RETRAIN_TAG: () => (/* binding */ PENDING_RETRAIN_TAG),
/* harmony export */   eraseStep: () => (/* binding */ eraseStep)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2934);
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7352);
/* harmony import */ var _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7149);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6217);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4935);
/* harmony import */ var _data_write_table_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6697);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2845);
/* harmony import */ var _policy_retention_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6440);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(5721);
/* harmony import */ var _store_blob_store_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9546);
/* harmony import */ var _store_open_store_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9301);
/* harmony import */ var _gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5129);
/* harmony import */ var _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3779);
/* harmony import */ var _gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(30);
/* harmony import */ var _snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(1578);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(2140);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(9210);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(9347);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__, _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__, _snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_19__]);
([_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__, _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__, _snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_19__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
























const PENDING_RETRAIN_TAG = "trainyard.erasure.pending_retrain";
/** The keys to erase, from a local file or an object in S3. */
async function readKeys(context, inputs, config) {
    const source = inputs.values;
    let text;
    if (source.startsWith("s3://")) {
        const rest = source.slice("s3://".length);
        const slash = rest.indexOf("/");
        if (slash <= 0 || slash === rest.length - 1)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "values")} "${source}" must name an object: s3://bucket/key`);
        const settings = typeof config?.config.store === "object" ? config.config.store : undefined;
        const endpoint = inputs["s3-endpoint"] ?? settings?.endpoint;
        const bucket = await (0,_store_open_store_js__WEBPACK_IMPORTED_MODULE_14__/* .openStore */ .C)(`s3://${rest.slice(0, slash)}`, {
            env: context.env,
            ...(endpoint ? { endpoint } : {}),
            ...(settings?.region ? { region: settings.region } : {}),
        });
        try {
            text = (await bucket.getBytes(rest.slice(slash + 1))).toString("utf8");
        }
        catch (error) {
            if (error instanceof _store_blob_store_js__WEBPACK_IMPORTED_MODULE_13__/* .BlobNotFoundError */ .Bc)
                throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "values")}: no object ${source}`, { cause: error });
            throw error;
        }
    }
    else {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(context.workingDirectory, source);
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, "utf8");
        }
        catch (error) {
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "values")}: cannot read ${path} (${error.message})`, {
                cause: error,
            });
        }
    }
    const keys = (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_12__/* .parseKeyList */ .Rn)(text, inputs.column);
    if (keys.length === 0)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "values")} (${source}) holds no keys: put one ${inputs.column} value on each line`);
    return keys;
}
/** A row matcher on the key column: the cell as text, trimmed, against the key set. */
function matcher(keys, index) {
    return (row) => {
        const key = (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_12__/* .cellKey */ .sl)(row[index])?.trim();
        return key !== undefined && keys.has(key) ? key : undefined;
    };
}
function readFileRows(dataDir, file, columns) {
    return (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_8__/* .readTable */ .x)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataDir, ...file.name.split("/")), file.format, {
        ...(file.format === "jsonl" ? { columns } : {}),
    });
}
/** Streams every file of each snapshot holding the column, counting the rows whose key is to be erased. */
async function scan(context, store, manifests, column, keys, staging) {
    const affected = [];
    for (const manifest of manifests) {
        const index = manifest.columns.indexOf(column);
        if (index < 0)
            continue;
        const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, manifest.id);
        await context.group(`Scan snapshot ${manifest.id}`, () => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_18__/* .pullSnapshot */ .Y2)(context, store, manifest.id, dataDir));
        const match = matcher(keys, index);
        const matches = new Map();
        const found = new Set();
        for (const file of manifest.files) {
            let count = 0;
            for await (const batch of readFileRows(dataDir, file, manifest.columns)) {
                for (const row of batch.rows) {
                    const key = match(row);
                    if (key === undefined)
                        continue;
                    count++;
                    found.add(key);
                }
            }
            if (count > 0)
                matches.set(file.name, count);
        }
        if (matches.size > 0)
            affected.push({ manifest, dataDir, matches, found });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dataDir, { recursive: true, force: true });
    }
    return affected;
}
/**
 * Writes the successor of an affected snapshot with the snapshot writer's own pieces: the files that held an
 * erased key rewritten without those rows (same name, format and role, so the same split), the others kept
 * byte for byte, every column profiled again from the kept rows only, blobs first and the manifest last.
 */
async function writeSuccessor(context, store, affected, column, keys, staging) {
    const { manifest, dataDir } = affected;
    const match = matcher(keys, manifest.columns.indexOf(column));
    const profiler = new _snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_19__/* .TableProfiler */ .Yy(manifest.columns);
    const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, `${manifest.id}.successor`);
    const files = [];
    const hashed = [];
    let erasedRows = 0;
    for (const file of manifest.files) {
        if (!affected.matches.has(file.name)) {
            for await (const batch of readFileRows(dataDir, file, manifest.columns))
                for (const row of batch.rows)
                    profiler.observe(row);
            files.push(file);
            continue;
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outDir, ...file.name.split("/"));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
        const writer = await (0,_data_write_table_js__WEBPACK_IMPORTED_MODULE_9__/* .openTableWriter */ .o)(path, file.format, manifest.columns);
        try {
            for await (const batch of readFileRows(dataDir, file, manifest.columns)) {
                const kept = batch.rows.filter((row) => match(row) === undefined);
                erasedRows += batch.rows.length - kept.length;
                for (const row of kept)
                    profiler.observe(row);
                if (kept.length > 0)
                    await writer.writeRows(kept);
            }
        }
        catch (error) {
            await writer.abort();
            throw error;
        }
        const closed = await writer.close();
        const hash = await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_7__/* .hashFile */ .D)(path);
        files.push({ ...file, sha256: hash.sha256, bytes: hash.bytes, rows: closed.rows });
        hashed.push({ file: { path, name: file.name }, hash });
    }
    await (0,_snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_19__/* .storeBlobs */ .Kt)(context, store, hashed, 4);
    const rowsOf = (role) => files.filter((file) => file.role === role).reduce((sum, file) => sum + file.rows, 0);
    const body = {
        source: manifest.source,
        columns: manifest.columns,
        files,
        rows: files.reduce((sum, file) => sum + file.rows, 0),
        ...(manifest.split
            ? { split: { ...manifest.split, trainRows: rowsOf("train"), testRows: rowsOf("test") } }
            : {}),
        ...(manifest.asOf ? { asOf: manifest.asOf } : {}),
        profile: profiler.profiles(),
        erasure: { predecessor: manifest.id, erasedRows },
    };
    const { id } = await (0,_snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_19__/* .publishManifest */ .pm)(store, body);
    return { id, erasedRows };
}
/**
 * An erasure interrupted after its log entry finishes on the next run: a replaced snapshot whose successor
 * exists loses its manifest, and a blob the entry listed that no manifest refers to is deleted.
 */
async function finishEarlierErasures(context, store) {
    const entries = [];
    for (const info of await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .collect */ .Fo)(store.list(_config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .ERASURE_PREFIX */ .Bm)))
        entries.push((0,_config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .parseErasureEntry */ .Bg)((await store.getBytes(info.key)).toString("utf8"), `${store.uri}/${info.key}`));
    let finished = 0;
    const leftovers = new Set();
    for (const entry of entries) {
        for (const snapshot of entry.snapshots) {
            if ((await store.exists((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestKey */ .Rn)(snapshot.id))) &&
                (await store.exists((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestKey */ .Rn)(snapshot.successor)))) {
                await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .deleteSnapshot */ .Cj)(store, snapshot.id);
                finished++;
            }
        }
        for (const sha of entry.deletedBlobs)
            leftovers.add((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .blobKey */ .bd)(sha));
    }
    if (leftovers.size === 0)
        return finished;
    const referenced = (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .referencedBlobs */ .sW)(await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listManifests */ .po)(store), await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listCacheRecords */ .t0)(store));
    const stale = [];
    for (const key of leftovers)
        if (!referenced.has(key) && (await store.exists(key)))
            stale.push(key);
    await (0,_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__.deleteBlobs)(store, stale);
    if (finished + stale.length > 0)
        context.log.warning(`finished an interrupted erasure: ${finished} replaced manifest(s) and ${stale.length} blob(s) deleted`);
    return finished + stale.length;
}
/**
 * `trainyard erase`: removes every row whose key column holds one of the given keys from every snapshot in the
 * store, writes a successor per affected snapshot, deletes what only the old snapshots referred to, tags the
 * model versions trained on them, and appends a value-free entry to the erasure log.
 */
async function eraseStep(context, inputs, dependencies = {}) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_20__/* .loadStepConfig */ .hs)(context, inputs);
    const column = inputs.column.trim();
    if (column === "")
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "column")} is empty: name the key column`);
    const keyList = await readKeys(context, inputs, config);
    const models = (0,_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__.modelsOf)(inputs, config, "erase");
    const experiment = config?.config.experiment ?? models[0] ?? "trainyard";
    const keys = new Set(keyList);
    const dryRun = inputs["dry-run"];
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_20__/* .openStepStore */ .cl)(context, inputs, config);
    const tracking = dependencies.tracking ?? (await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_21__/* .openStepTracking */ .eX)(context, inputs, config));
    for (const model of models)
        if (!(await tracking.registry.getRegisteredModel(model)))
            context.log.warning(`model "${model}" is not registered in ${tracking.registry.uri}: no version of it can be flagged for retraining`);
    const versions = await (0,_gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__/* .listVersions */ .yO)(tracking.registry, models);
    let manifests = await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listManifests */ .po)(store);
    if (manifests.length === 0) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${store.uri} holds no snapshot: check ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "store")} (or store in trainyard.yml)`);
    }
    if (!manifests.some((manifest) => manifest.columns.includes(column))) {
        const known = [...new Set(manifests.flatMap((manifest) => manifest.columns))];
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "column")} "${column}" is a column of no snapshot in ${store.uri} (columns: ${known.join(", ")})`);
    }
    // Only once the input is known good: an erasure an earlier run left unfinished is finished first.
    if (!dryRun && (await finishEarlierErasures(context, store)) > 0)
        manifests = await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listManifests */ .po)(store);
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-erase-"));
    try {
        const affected = await scan(context, store, manifests, column, keys, staging);
        const found = new Set(affected.flatMap((entry) => [...entry.found]));
        const affectedIds = new Set(affected.map((entry) => entry.manifest.id));
        const retrain = versions.filter((entry) => entry.snapshot !== undefined && affectedIds.has(entry.snapshot));
        const rowsFound = affected.reduce((sum, entry) => sum + [...entry.matches.values()].reduce((a, b) => a + b, 0), 0);
        context.log.info(`${found.size} of ${keys.size} key(s) found in ${affected.length} of ${manifests.length} snapshot(s), ${rowsFound} row(s)`);
        const retrainLines = retrain.map((entry) => `${entry.model}@${entry.version.version} ${entry.snapshot}`);
        if (affected.length === 0 || dryRun) {
            await context.appendSummary(eraseSummary({
                dryRun,
                affected: affected.map((entry) => [entry.manifest.id, "", rowsCount(entry)]),
                retrain: retrainLines,
                store,
            }));
            return {
                "dry-run": dryRun,
                "erasure-id": "",
                snapshots: affected.map((entry) => entry.manifest.id).join("\n"),
                "rows-erased": dryRun ? rowsFound : 0,
                "blobs-deleted": 0,
                "retrain-models": retrainLines.join("\n"),
            };
        }
        // 1. Successors: blobs, then manifests. Nothing is deleted before every successor is stored.
        const successors = new Map();
        for (const entry of affected) {
            const successor = await context.group(`Write the successor of ${entry.manifest.id}`, () => writeSuccessor(context, store, entry, column, keys, staging));
            successors.set(entry.manifest.id, successor);
            context.log.info(`snapshot ${entry.manifest.id} → ${successor.id}: ${successor.erasedRows} row(s) erased`);
        }
        // 2. The model versions trained on erased data.
        const createdAt = new Date();
        const erasureId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString("hex");
        for (const entry of retrain) {
            const successor = successors.get(entry.snapshot);
            await tracking.registry.setModelVersionTag(entry.model, entry.version.version, PENDING_RETRAIN_TAG, `erasure ${erasureId}: snapshot ${entry.snapshot} was replaced by ${successor?.id}; retrain on it`);
        }
        // 3. What refers only to the old snapshots: the training cache of runs on them, and their blobs.
        const runIds = new Set(await (0,_gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__/* .runsOnSnapshots */ .rW)(tracking.tracker, experiment, [...affectedIds]));
        const cacheRecords = await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listCacheRecords */ .t0)(store);
        const staleCache = cacheRecords.filter((record) => record.runId !== undefined && runIds.has(record.runId));
        const candidates = new Set([
            ...affected.flatMap((entry) => entry.manifest.files.map((file) => (0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .blobKey */ .bd)(file.sha256))),
            ...staleCache.flatMap((record) => record.blobs),
        ]);
        const remaining = manifests.filter((manifest) => !affectedIds.has(manifest.id));
        const successorManifests = await Promise.all([...successors.values()].map(({ id }) => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_18__/* .readManifest */ .WI)(store, id)));
        const stale = new Set(staleCache.map((record) => record.key));
        const referenced = (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .referencedBlobs */ .sW)([...remaining, ...successorManifests], cacheRecords.filter((record) => !stale.has(record.key)));
        const deleted = [...candidates].filter((key) => !referenced.has(key)).sort();
        // 4. The log entry, before anything is deleted, so an interrupted run is finished by the next one.
        const entry = {
            kind: _config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .ERASURE_KIND */ .XO,
            version: _config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .ERASURE_VERSION */ .Xk,
            id: erasureId,
            createdAt: createdAt.toISOString(),
            column,
            keys: hashedKeys(column, keyList, found.size),
            snapshots: affected.map((item) => ({
                id: item.manifest.id,
                successor: successors.get(item.manifest.id)?.id,
                erasedRows: successors.get(item.manifest.id)?.erasedRows ?? 0,
                filesRewritten: [...item.matches.keys()],
            })),
            deletedBlobs: deleted.map((key) => key.slice(key.lastIndexOf("/") + 1)),
            modelVersions: retrain.map((item) => ({
                name: item.model,
                version: item.version.version,
                snapshot: item.snapshot,
            })),
            cacheRecordsDeleted: staleCache.length,
        };
        await store.putIfAbsent((0,_config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .erasureKey */ .Rd)(createdAt, erasureId), {
            body: `${JSON.stringify(entry, null, 2)}\n`,
        });
        // 5. Delete: the old manifests and their recipes, the stale cache records, then the blobs.
        await context.group("Delete what only the old snapshots referred to", async () => {
            for (const id of affectedIds)
                await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .deleteSnapshot */ .Cj)(store, id);
            await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .deleteRecipesOf */ .kJ)(store, affectedIds);
            for (const record of staleCache)
                await store.delete(record.key);
            // Read the manifests once more: a snapshot taken meanwhile may share a blob.
            const now = (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .referencedBlobs */ .sW)(await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listManifests */ .po)(store), await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listCacheRecords */ .t0)(store));
            await (0,_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__.deleteBlobs)(store, deleted.filter((key) => !now.has(key)));
            context.log.info(`${affectedIds.size} manifest(s), ${staleCache.length} cache record(s), ${deleted.length} blob(s) deleted`);
        });
        await removeLocalCopies(context, inputs, [...affectedIds]);
        const sources = [...new Set(affected.map((item) => item.manifest.source.uri))];
        context.log.warning(`the erased rows came from ${sources.join(", ")}: erase them there too, or the next snapshot of that source brings them back`);
        await context.appendSummary(eraseSummary({
            dryRun,
            affected: affected.map((item) => [
                item.manifest.id,
                successors.get(item.manifest.id)?.id ?? "",
                rowsCount(item),
            ]),
            retrain: retrainLines,
            store,
            erasureId,
        }));
        return {
            "dry-run": false,
            "erasure-id": erasureId,
            snapshots: affected
                .map((item) => `${item.manifest.id} ${successors.get(item.manifest.id)?.id}`)
                .join("\n"),
            "rows-erased": [...successors.values()].reduce((sum, item) => sum + item.erasedRows, 0),
            "blobs-deleted": deleted.length,
            "retrain-models": retrainLines.join("\n"),
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}
function rowsCount(entry) {
    return String([...entry.matches.values()].reduce((a, b) => a + b, 0));
}
/** Salted SHA-256 of every requested key (see `hashErasedKey`), sorted so the order says nothing. */
function hashedKeys(column, keys, found) {
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString("hex");
    return {
        algorithm: "sha256(salt NUL column NUL value)",
        salt,
        hashes: keys.map((key) => (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_12__/* .hashErasedKey */ .cS)(salt, column, key)).sort(),
        found,
    };
}
/** The old snapshots' files materialised on this machine, and their validation reports, go too. */
async function removeLocalCopies(context, inputs, ids) {
    const dataRoot = (0,_step_config_js__WEBPACK_IMPORTED_MODULE_20__/* .dataRootOf */ .y4)(context, inputs);
    const hashCache = await _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .HashCache */ .rR.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_CACHE_FILE */ .lL));
    for (const id of ids) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, id), { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_22__/* .workspacePath */ .X.validationReport(id)), { force: true });
        hashCache.forget((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, id));
    }
    await hashCache.save();
}
function eraseSummary(options) {
    const lines = [
        `### Erasure${options.dryRun ? " (dry run: nothing changed)" : ""}`,
        "",
        options.affected.length === 0
            ? `No snapshot in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_23__/* .escapeMarkdown */ .FV)(options.store.uri)} holds any of the keys: nothing to erase.`
            : `${options.affected.length} snapshot(s) in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_23__/* .escapeMarkdown */ .FV)(options.store.uri)} ${options.dryRun ? "hold" : "held"} the keys${options.erasureId ? `; erasure log entry \`${options.erasureId}\`` : ""}.`,
        "",
    ];
    if (options.affected.length > 0) {
        lines.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_23__/* .table */ .tp)(["snapshot", "successor", "rows"], options.affected.map(([id, successor, rows]) => [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_23__/* .codeCell */ .MZ)(id),
            successor ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_23__/* .codeCell */ .MZ)(successor) : "",
            rows ?? "",
        ])), "");
    }
    if (options.retrain.length > 0) {
        lines.push(`**Retrain** (tagged \`${PENDING_RETRAIN_TAG}\`${options.dryRun ? " when run without dry-run" : ""}):`, "", ...options.retrain.map((line) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_23__/* .escapeMarkdown */ .FV)(line)}`), "");
    }
    return lines.join("\n");
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
