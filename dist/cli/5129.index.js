export const id = 5129;
export const ids = [5129];
export const modules = {

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
