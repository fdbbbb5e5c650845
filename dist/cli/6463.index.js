export const id = 6463;
export const ids = [6463,5129];
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

/***/ 6440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   P6: () => (/* binding */ planBlobSweep),
/* harmony export */   Rn: () => (/* binding */ parseKeyList),
/* harmony export */   cS: () => (/* binding */ hashErasedKey),
/* harmony export */   kT: () => (/* binding */ planSnapshotGc),
/* harmony export */   sl: () => (/* binding */ cellKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * Retention and erasure decisions, without I/O: which snapshots a gc removes, which blobs its sweep may
 * delete, and how an erasure records the keys it removed without recording the keys.
 */
const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/** `90d`, `12h`, `30m`, `45s`, `2w` or `0` as milliseconds; undefined when the text is not a duration. */
function parseDuration(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/.exec(text);
    if (!match)
        return undefined;
    const amount = Number(match[1]);
    const unit = match[2] ?? "";
    if (unit === "")
        return amount === 0 ? 0 : undefined;
    return Math.round(amount * UNIT_MS[unit]);
}
/** Mark: every snapshot a root names, the newest `keep`, and every younger one stay; the rest go. */
function planSnapshotGc(input) {
    const newestFirst = [...input.snapshots].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
    const keep = [];
    const remove = [];
    newestFirst.forEach((snapshot, index) => {
        const reasons = [...(input.roots.get(snapshot.id) ?? [])];
        if (index < input.keep)
            reasons.push(`among the newest ${input.keep}`);
        if (!(input.now - snapshot.createdAt >= input.olderThanMs))
            reasons.push("younger than older-than");
        if (reasons.length > 0)
            keep.push({ id: snapshot.id, reasons });
        else
            remove.push(snapshot.id);
    });
    return { keep, remove: remove.sort() };
}
/**
 * Sweep: an unreferenced blob goes only if it was written before `cutoff`. The caller sets the cutoff before
 * the scan minus a grace period, so a blob a concurrent snapshot writes after the scan (whose manifest the
 * scan could not see) is never deleted. S3 keeps whole seconds, so a second more is taken off.
 */
function planBlobSweep(blobs, referenced, cutoff) {
    const remove = [];
    let tooYoung = 0;
    for (const blob of blobs) {
        if (referenced.has(blob.key))
            continue;
        if (blob.modified === undefined || blob.modified >= cutoff - 1000)
            tooYoung++;
        else
            remove.push(blob);
    }
    return { remove, tooYoung };
}
/**
 * The value-free record of an erased key: SHA-256 over a per-erasure random salt, the column name and the
 * value. The salt is stored with the entry, so whoever knows a key can check it was erased (recompute and
 * compare), while the log alone gives no key back from a precomputed table and two entries cannot be
 * joined on a key.
 */
function hashErasedKey(salt, column, value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(`${salt}\u0000${column}\u0000${value}`, "utf8").digest("hex");
}
/**
 * The keys of a values file: one per line, surrounding spaces and an optional pair of double quotes removed,
 * blank lines skipped, and a first line equal to the column name taken as a header.
 */
function parseKeyList(text, column) {
    const lines = text
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .map((line) => line.length >= 2 && line.startsWith('"') && line.endsWith('"')
        ? line.slice(1, -1).replaceAll('""', '"')
        : line)
        .filter((line) => line !== "");
    if (lines[0] === column)
        lines.shift();
    return [...new Set(lines)];
}
/** How a stored cell compares with a key: as the text it reads as (numbers in JavaScript's shortest form). */
function cellKey(value) {
    if (value === null || value === undefined)
        return undefined;
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === "object")
        return JSON.stringify(value);
    return String(value);
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
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(5721);
/* harmony import */ var _store_blob_store_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9546);
/* harmony import */ var _store_open_store_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9301);
/* harmony import */ var _gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5129);
/* harmony import */ var _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3779);
/* harmony import */ var _gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6);
/* harmony import */ var _snapshot_profile_sources_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(3826);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(30);
/* harmony import */ var _snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(1578);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(2140);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(9210);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(9347);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__, _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__, _snapshot_profile_sources_js__WEBPACK_IMPORTED_MODULE_18__]);
([_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__, _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__, _snapshot_profile_sources_js__WEBPACK_IMPORTED_MODULE_18__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);

























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
        await context.group(`Scan snapshot ${manifest.id}`, () => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_19__/* .pullSnapshot */ .Y2)(context, store, manifest.id, dataDir));
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
    const profiler = new _snapshot_profile_sources_js__WEBPACK_IMPORTED_MODULE_18__.TableProfiler(manifest.columns);
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
    await (0,_snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_20__/* .storeBlobs */ .Kt)(context, store, hashed, 4);
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
    const { id } = await (0,_snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_20__/* .publishManifest */ .pm)(store, body);
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
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_21__/* .loadStepConfig */ .hs)(context, inputs);
    const column = inputs.column.trim();
    if (column === "")
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "column")} is empty: name the key column`);
    const keyList = await readKeys(context, inputs, config);
    const models = (0,_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__.modelsOf)(inputs, config, "erase");
    const experiment = config?.config.experiment ?? models[0] ?? "trainyard";
    const keys = new Set(keyList);
    const dryRun = inputs["dry-run"];
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_21__/* .openStepStore */ .cl)(context, inputs, config);
    const tracking = dependencies.tracking ?? (await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_22__/* .openStepTracking */ .eX)(context, inputs, config));
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
        const successorManifests = await Promise.all([...successors.values()].map(({ id }) => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_19__/* .readManifest */ .WI)(store, id)));
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
    const dataRoot = (0,_step_config_js__WEBPACK_IMPORTED_MODULE_21__/* .dataRootOf */ .y4)(context, inputs);
    const hashCache = await _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .HashCache */ .rR.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_CACHE_FILE */ .lL));
    for (const id of ids) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, id), { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_23__/* .workspacePath */ .X.validationReport(id)), { force: true });
        hashCache.forget((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, id));
    }
    await hashCache.save();
}
function eraseSummary(options) {
    const lines = [
        `### Erasure${options.dryRun ? " (dry run: nothing changed)" : ""}`,
        "",
        options.affected.length === 0
            ? `No snapshot in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .escapeMarkdown */ .FV)(options.store.uri)} holds any of the keys: nothing to erase.`
            : `${options.affected.length} snapshot(s) in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .escapeMarkdown */ .FV)(options.store.uri)} ${options.dryRun ? "hold" : "held"} the keys${options.erasureId ? `; erasure log entry \`${options.erasureId}\`` : ""}.`,
        "",
    ];
    if (options.affected.length > 0) {
        lines.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .table */ .tp)(["snapshot", "successor", "rows"], options.affected.map(([id, successor, rows]) => [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .codeCell */ .MZ)(id),
            successor ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .codeCell */ .MZ)(successor) : "",
            rows ?? "",
        ])), "");
    }
    if (options.retrain.length > 0) {
        lines.push(`**Retrain** (tagged \`${PENDING_RETRAIN_TAG}\`${options.dryRun ? " when run without dry-run" : ""}):`, "", ...options.retrain.map((line) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .escapeMarkdown */ .FV)(line)}`), "");
    }
    return lines.join("\n");
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5129:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteBlobs: () => (/* binding */ deleteBlobs),
/* harmony export */   durationInput: () => (/* binding */ durationInput),
/* harmony export */   gcStep: () => (/* binding */ gcStep),
/* harmony export */   modelsOf: () => (/* binding */ modelsOf)
/* harmony export */ });
/* harmony import */ var _context_format_progress_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2142);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2845);
/* harmony import */ var _policy_retention_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6440);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5721);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6170);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2140);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9210);
/* harmony import */ var _lineage_roots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3779);
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_lineage_roots_js__WEBPACK_IMPORTED_MODULE_5__]);
_lineage_roots_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];










/** The registered models whose lineage a retention step protects: the `model` input, else trainyard.yml's. */
function modelsOf(inputs, config, what) {
    const models = (inputs.model ?? config?.config.model ?? "")
        .split("\n")
        .map((name) => name.trim())
        .filter((name) => name !== "");
    if (models.length === 0) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} needs the registered model's name to know which snapshots its versions were trained on: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "model")} or model in trainyard.yml`);
    }
    return models;
}
function durationInput(inputs, name, text) {
    const ms = (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(text);
    if (ms === undefined)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, name)} must be a duration such as 90d, 12h, 30m or 0; got "${text}"`);
    return ms;
}
/**
 * `trainyard snapshot gc`: mark every snapshot lineage still needs (registered versions, the champion and
 * its rollback target, the challenger, runs within the window, the newest `keep`, anything younger than
 * `older-than`), remove the other manifests, then sweep the blobs no remaining manifest or training-cache
 * record refers to and that are older than the scan minus the grace period.
 */
async function gcStep(context, inputs, dependencies = {}) {
    const olderThan = durationInput(inputs, "older-than", inputs["older-than"]);
    const grace = durationInput(inputs, "grace", inputs.grace);
    if (inputs.keep < 0)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "keep")} must be 0 or more, got ${inputs.keep}`);
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStepConfig */ .hs)(context, inputs);
    const models = modelsOf(inputs, config, "snapshot gc");
    const experiment = config?.config.experiment ?? models[0] ?? "trainyard";
    const dryRun = inputs["dry-run"];
    const now = dependencies.now ?? Date.now;
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .openStepStore */ .cl)(context, inputs, config);
    const tracking = dependencies.tracking ?? (await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_4__/* .openStepTracking */ .eX)(context, inputs, config));
    // A misspelt model has no versions: every snapshot its versions need would look unneeded.
    for (const model of models) {
        if (await tracking.registry.getRegisteredModel(model))
            continue;
        const message = `model "${model}" is not registered in ${tracking.registry.uri}, so gc sees no version's snapshot; check ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "model")} (or model in trainyard.yml)`;
        if (!dryRun)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${message}; nothing deleted`);
        context.log.warning(message);
    }
    const scanStart = now();
    const manifests = await context.group(`Mark: snapshots in ${store.uri}`, () => (0,_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .listManifests */ .po)(store));
    const roots = await (0,_lineage_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .lineageRoots */ .bO)(context, tracking, models, experiment, scanStart - olderThan);
    const plan = (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_2__/* .planSnapshotGc */ .kT)({
        snapshots: manifests.map((manifest) => ({
            id: manifest.id,
            createdAt: Date.parse(manifest.createdAt) || scanStart,
        })),
        roots,
        keep: inputs.keep,
        olderThanMs: olderThan,
        now: scanStart,
    });
    for (const kept of plan.keep)
        context.log.info(`keep ${kept.id}: ${kept.reasons.join("; ")}`);
    for (const id of plan.remove)
        context.log.info(`${dryRun ? "would remove" : "remove"} snapshot ${id}`);
    await dependencies.afterMark?.();
    const removed = new Set(plan.remove);
    const cacheRecords = await (0,_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .listCacheRecords */ .t0)(store);
    const staleCache = cacheRecords.filter((record) => (record.info.modified ?? scanStart) < scanStart - olderThan);
    if (!dryRun) {
        await context.group("Remove snapshots", async () => {
            await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(plan.remove, 8, (id) => (0,_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .deleteSnapshot */ .Cj)(store, id));
            const recipes = await (0,_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .deleteRecipesOf */ .kJ)(store, removed);
            await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(staleCache, 8, (record) => store.delete(record.key));
            context.log.info(`${plan.remove.length} manifest(s), ${recipes} recipe(s), ${staleCache.length} training-cache record(s) removed`);
        });
    }
    // Sweep: read the manifests again, so a snapshot finished since the mark keeps its blobs too.
    const { sweep, blobs } = await context.group("Sweep: blobs no manifest refers to", async () => {
        const remaining = (await (0,_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .listManifests */ .po)(store)).filter((manifest) => !removed.has(manifest.id));
        const stale = new Set(staleCache.map((record) => record.key));
        const keptCache = (await (0,_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .listCacheRecords */ .t0)(store)).filter((record) => !stale.has(record.key));
        const blobs = await (0,_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .collect */ .Fo)(store.list(_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .BLOBS_PREFIX */ .mk));
        const sweep = (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_2__/* .planBlobSweep */ .P6)(blobs, (0,_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .referencedBlobs */ .sW)(remaining, keptCache), scanStart - grace);
        return { sweep, blobs };
    });
    const bytesFreed = sweep.remove.reduce((sum, blob) => sum + blob.size, 0);
    if (!dryRun)
        await deleteBlobs(store, sweep.remove.map((blob) => blob.key));
    const verb = dryRun ? "would free" : "freed";
    context.log.info(`${plan.remove.length} of ${manifests.length} snapshot(s) and ${sweep.remove.length} of ${blobs.length} blob(s) ${dryRun ? "would go" : "removed"}; ${verb} ${(0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(bytesFreed)}; ${sweep.tooYoung} unreferenced blob(s) within the grace period kept`);
    await context.appendSummary(gcSummary(dryRun, plan, sweep.remove.length, bytesFreed, store));
    return {
        "dry-run": dryRun,
        "removed-snapshots": plan.remove.join("\n"),
        "snapshots-removed": plan.remove.length,
        "snapshots-kept": plan.keep.length,
        "blobs-removed": sweep.remove.length,
        "bytes-freed": bytesFreed,
    };
}
async function deleteBlobs(store, keys) {
    await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(keys, 8, (key) => store.delete(key));
}
function gcSummary(dryRun, plan, blobsRemoved, bytesFreed, store) {
    const rows = [
        ...plan.remove.map((id) => [`\`${id}\``, dryRun ? "would be removed" : "removed", ""]),
        ...plan.keep.map((kept) => [`\`${kept.id}\``, "kept", (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(kept.reasons.join("; "))]),
    ];
    return [
        `### Snapshot gc${dryRun ? " (dry run: nothing deleted)" : ""}`,
        "",
        `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(store.uri)}: ${plan.remove.length} snapshot(s) and ${blobsRemoved} blob(s) ${dryRun ? "would go" : "removed"}, ${(0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(bytesFreed)} ${dryRun ? "would be freed" : "freed"}.${dryRun ? " Run again with dry-run false to delete." : ""}`,
        "",
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .table */ .tp)(["snapshot", "", "why kept"], rows),
        "",
    ].join("\n");
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3779:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bO: () => (/* binding */ lineageRoots),
/* harmony export */   rW: () => (/* binding */ runsOnSnapshots),
/* harmony export */   yO: () => (/* binding */ listVersions)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);
/* harmony import */ var _validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__]);
_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** More runs than this in the window and gc cannot be sure it saw them all, so it stops. */
const MAX_RECENT_RUNS = 50_000;
/** Registered versions of each model, with the snapshot each was trained on. */
async function listVersions(registry, models) {
    const all = [];
    for (const model of models) {
        for (const version of await registry.listModelVersions(model)) {
            const snapshot = version.tags[_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOT_TAG */ .K9];
            all.push({ model, version, ...(snapshot ? { snapshot } : {}) });
        }
    }
    return all;
}
function add(roots, id, reason) {
    if (!id)
        return;
    const reasons = roots.get(id) ?? [];
    if (!reasons.includes(reason))
        reasons.push(reason);
    roots.set(id, reasons);
}
/**
 * The roots of a gc's mark: the snapshot of every registered version of the models (so the champion, the
 * challenger and the champion's rollback target, `trainyard.previous_champion`, among them, named as such),
 * and of every run in the experiment that started within the retention window.
 */
async function lineageRoots(context, tracking, models, experiment, since) {
    const roots = new Map();
    const versions = await listVersions(tracking.registry, models);
    for (const { model, version, snapshot } of versions) {
        add(roots, snapshot, `${model} version ${version.version}`);
        for (const alias of version.aliases)
            add(roots, snapshot, `${model}@${alias}`);
    }
    for (const model of models) {
        const champion = versions.find((entry) => entry.model === model && entry.version.aliases.includes("champion"));
        const previous = champion?.version.tags["trainyard.previous_champion"];
        if (!previous || previous === "none")
            continue;
        const target = versions.find((entry) => entry.model === model && entry.version.version === previous);
        if (target)
            add(roots, target.snapshot, `${model} rollback target (version ${previous})`);
        else
            context.log.warning(`${model}: the champion's rollback target, version ${previous}, is no longer registered; its snapshot cannot be told apart`);
    }
    const experimentId = await tracking.tracker.ensureExperiment(experiment);
    const runs = await tracking.tracker.searchRuns({
        experimentIds: [experimentId],
        filter: `attributes.start_time >= ${Math.floor(since)}`,
        maxResults: MAX_RECENT_RUNS,
    });
    if (runs.length >= MAX_RECENT_RUNS) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`experiment "${experiment}" has ${MAX_RECENT_RUNS} or more runs in the retention window; gc cannot be sure it saw every snapshot they use. Use a shorter --older-than.`);
    }
    for (const run of runs)
        add(roots, run.tags[_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOT_TAG */ .K9], `run ${run.info.runId} (recent)`);
    return roots;
}
/** The runs of the experiment trained on any of `ids` (for the training cache records they left). */
async function runsOnSnapshots(tracker, experiment, ids) {
    const experimentId = await tracker.ensureExperiment(experiment);
    const runIds = [];
    for (const id of ids) {
        const runs = await tracker.searchRuns({
            experimentIds: [experimentId],
            filter: `tags.\`${_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOT_TAG */ .K9}\` = '${id}'`,
            maxResults: MAX_RECENT_RUNS,
        });
        runIds.push(...runs.map((run) => run.info.runId));
    }
    return runIds;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ deleteSnapshot),
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   kJ: () => (/* binding */ deleteRecipesOf),
/* harmony export */   mk: () => (/* binding */ BLOBS_PREFIX),
/* harmony export */   po: () => (/* binding */ listManifests),
/* harmony export */   sW: () => (/* binding */ referencedBlobs),
/* harmony export */   t0: () => (/* binding */ listCacheRecords)
/* harmony export */ });
/* unused harmony exports SNAPSHOTS_PREFIX, RECIPES_PREFIX, CACHE_PREFIX */
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7352);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6170);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30);



/** What a store holds besides blobs, and which blobs each of those refers to. */
const SNAPSHOTS_PREFIX = "snapshots/";
const BLOBS_PREFIX = "blobs/sha256/";
const RECIPES_PREFIX = "recipes/";
const CACHE_PREFIX = "cache/train/";
const MANIFEST_KEY = /^snapshots\/([0-9a-f]{16})\/manifest\.json$/;
async function collect(items) {
    const all = [];
    for await (const item of items)
        all.push(item);
    return all;
}
/** Every manifest in the store, read and validated. A manifest deleted while we read is skipped. */
async function listManifests(store) {
    const ids = [];
    for await (const info of store.list(SNAPSHOTS_PREFIX)) {
        const id = MANIFEST_KEY.exec(info.key)?.[1];
        if (id)
            ids.push(id);
    }
    const manifests = await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .mapWithConcurrency */ .W)(ids, 8, async (id) => {
        try {
            return await (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(store, id);
        }
        catch (error) {
            if (error instanceof _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotNotFoundError */ .yW)
                return undefined;
            throw error;
        }
    });
    return manifests.filter((manifest) => manifest !== undefined);
}
/** The training cache's records (`cache/train/<key>.json`): each names the model blobs it restores. */
async function listCacheRecords(store) {
    const infos = (await collect(store.list(CACHE_PREFIX))).filter((info) => info.key.endsWith(".json"));
    const records = await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .mapWithConcurrency */ .W)(infos, 8, async (info) => {
        let parsed;
        try {
            parsed = JSON.parse((await store.getBytes(info.key)).toString("utf8"));
        }
        catch {
            return undefined;
        }
        const blobs = (parsed.files ?? [])
            .map((file) => file.sha256)
            .filter((sha) => typeof sha === "string")
            .map(_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .blobKey */ .bd);
        return {
            key: info.key,
            info,
            ...(typeof parsed.runId === "string" ? { runId: parsed.runId } : {}),
            blobs,
        };
    });
    return records.filter((record) => record !== undefined);
}
/** The blob keys that manifests and cache records still refer to: what a sweep must keep. */
function referencedBlobs(manifests, cacheRecords) {
    const referenced = new Set();
    for (const manifest of manifests)
        for (const file of manifest.files)
            referenced.add((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .blobKey */ .bd)(file.sha256));
    for (const record of cacheRecords)
        for (const key of record.blobs)
            referenced.add(key);
    return referenced;
}
/** Removes a snapshot's manifest and anything else under `snapshots/<id>/`. */
async function deleteSnapshot(store, id) {
    await store.delete((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestKey */ .Rn)(id));
    for (const info of await collect(store.list(`${SNAPSHOTS_PREFIX}${id}/`)))
        await store.delete(info.key);
}
/**
 * Removes the recipes (`recipes/<hash>.json`, which map unchanged sources to a snapshot) that point at one of
 * `ids`, so the next snapshot of those sources is taken afresh instead of reusing a removed one.
 */
async function deleteRecipesOf(store, ids) {
    if (ids.size === 0)
        return 0;
    let deleted = 0;
    const infos = await collect(store.list(RECIPES_PREFIX));
    await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .mapWithConcurrency */ .W)(infos, 8, async (info) => {
        let id;
        try {
            id = JSON.parse((await store.getBytes(info.key)).toString("utf8")).id;
        }
        catch {
            return;
        }
        if (typeof id === "string" && ids.has(id)) {
            await store.delete(info.key);
            deleted++;
        }
    });
    return deleted;
}


/***/ })

};
