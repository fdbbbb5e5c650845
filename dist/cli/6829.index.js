export const id = 6829;
export const ids = [6829];
export const modules = {

/***/ 9210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ openStepRegistry),
/* harmony export */   eX: () => (/* binding */ openStepTracking)
/* harmony export */ });
/* unused harmony export trackingUri */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _tracking_local_local_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5916);
/* harmony import */ var _tracking_local_local_tracker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(619);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9347);




/** The tracking URI: the `tracking-uri` input, else trainyard.yml's tracking.uri, else MLFLOW_TRACKING_URI. */
function trackingUri(context, inputs, config) {
    return inputs["tracking-uri"] ?? config?.config.tracking?.uri ?? context.env.MLFLOW_TRACKING_URI ?? "";
}
/**
 * Opens the Tracker and Registry: MLflow over REST for an http(s) URI, otherwise the local directory backend
 * (`.trainyard/tracking` by default). Credentials are masked before anything is logged.
 */
async function openStepTracking(context, inputs, config) {
    const uri = trackingUri(context, inputs, config);
    for (const secret of [context.env.MLFLOW_TRACKING_TOKEN, context.env.MLFLOW_TRACKING_PASSWORD])
        if (secret)
            context.setSecret(secret);
    if (/^https?:\/\//.test(uri)) {
        const { openTracking } = await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(6752), __webpack_require__.e(5165)]).then(__webpack_require__.bind(__webpack_require__, 5165));
        // MLflow's own client reads its request timeout (seconds) from this variable; so do we.
        const timeoutSeconds = Number(context.env.MLFLOW_HTTP_REQUEST_TIMEOUT);
        return openTracking({
            uri,
            env: context.env,
            ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
        });
    }
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workingDirectory, uri.replace(/^file:\/\//, "") || _workspace_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .workspacePath */ .X.tracking);
    return { tracker: new _tracking_local_local_tracker_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalTracker */ .S(root), registry: new _tracking_local_local_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalRegistry */ .p(root) };
}
async function openStepRegistry(context, inputs, config) {
    return (await openStepTracking(context, inputs, config)).registry;
}


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ withFileLock)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8500);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3241);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8538);







const DEFAULT_STALE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Runs `critical` while holding the lock file `lockPath`, which serializes it against every other holder of
 * the same path, in this process or any other on the machine.
 *
 * Mutual exclusion comes from `open(lockPath, "wx")` (O_CREAT | O_EXCL): the filesystem creates the file for
 * exactly one of any number of concurrent callers and fails the others with EEXIST, who then retry with
 * jittered backoff until `timeoutMs`. The holder touches the file every `staleMs / 3`, so a lock left behind
 * by a crashed process is recognised by its age and broken (renamed away, which only one breaker can do)
 * after `staleMs`. The file records a random token, and release removes the file only while it still holds
 * our token, so a holder that was paused long enough to be declared stale never deletes its successor's lock.
 */
async function withFileLock(lockPath, critical, options = {}) {
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    const token = await acquire(lockPath, staleMs, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const heartbeat = setInterval(() => {
        const now = new Date();
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.utimes)(lockPath, now, now).catch(() => { });
    }, Math.max(10, Math.floor(staleMs / 3)));
    heartbeat.unref();
    try {
        return await critical();
    }
    finally {
        clearInterval(heartbeat);
        await release(lockPath, token);
    }
}
async function acquire(lockPath, staleMs, timeoutMs) {
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const content = `${JSON.stringify({ token, pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), since: new Date().toISOString() })}\n`;
    const deadline = Date.now() + timeoutMs;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(lockPath), { recursive: true });
    for (let attempt = 0;; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(lockPath, content, { flag: "wx" });
            return token;
        }
        catch (error) {
            if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(error) !== "EEXIST")
                throw error;
        }
        if (await breakIfStale(lockPath, staleMs))
            continue;
        if (Date.now() >= deadline) {
            throw new _ports_js__WEBPACK_IMPORTED_MODULE_5__/* .TrackingError */ .g(`timed out after ${timeoutMs} ms waiting for the lock ${lockPath}`, "TEMPORARILY_UNAVAILABLE");
        }
        const ceiling = Math.min(200, 2 * 2 ** Math.min(attempt, 7));
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(ceiling / 2 + Math.random() * (ceiling / 2));
    }
}
/** Removes a lock nobody has touched for `staleMs`; returns whether the caller should retry at once. */
async function breakIfStale(lockPath, staleMs) {
    let modified;
    try {
        modified = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(lockPath)).mtimeMs;
    }
    catch (error) {
        if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .isAbsent */ .W0)(error))
            return true;
        throw error;
    }
    if (Date.now() - modified < staleMs)
        return false;
    const aside = `${lockPath}.stale-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(lockPath, aside);
    }
    catch (error) {
        if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .isAbsent */ .W0)(error))
            return true;
        throw error;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(aside, { force: true });
    return true;
}
async function release(lockPath, token) {
    let held;
    try {
        held = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(lockPath, "utf8");
    }
    catch (error) {
        if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .isAbsent */ .W0)(error))
            return;
        throw error;
    }
    if (held.includes(token))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(lockPath, { force: true });
}


/***/ }),

/***/ 8538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Gs: () => (/* binding */ isTempName),
/* harmony export */   Vh: () => (/* binding */ copyFileAtomic),
/* harmony export */   W0: () => (/* binding */ isAbsent),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   mF: () => (/* binding */ readJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/** The `code` of a Node.js system error, if it has one. */
function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
/** "Nothing at this path": a missing file, or a path that runs through a file. */
function isAbsent(error) {
    const code = errorCode(error);
    return code === "ENOENT" || code === "ENOTDIR";
}
/** Reads and parses a JSON file, or returns undefined when it does not exist. */
async function readJson(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, "utf8");
    }
    catch (error) {
        if (isAbsent(error))
            return undefined;
        throw error;
    }
    return JSON.parse(text);
}
function tempBeside(target) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
}
/** Whether a directory entry is one of our in-progress temporary files. */
function isTempName(name) {
    return /^\..+\.tmp-[0-9a-f-]{36}$/.test(name);
}
async function publish(temp, target) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
/**
 * Writes pretty-printed JSON under a temporary name beside `path` and renames it into place, so a reader in
 * another process sees the old file or the new one, never a partial write.
 */
async function writeJsonAtomic(path, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = tempBeside(path);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, `${JSON.stringify(value, null, 2)}\n`, { flag: "wx" });
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await publish(temp, path);
}
/** Copies a file into place through a temporary name, creating missing directories. */
async function copyFileAtomic(source, destination) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(destination), { recursive: true });
    const temp = tempBeside(destination);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(source, temp);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await publish(temp, destination);
}


/***/ }),

/***/ 5916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LocalRegistry)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var _file_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6599);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8538);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9999);






/**
 * The Registry port over a local directory, with MLflow's semantics:
 *
 * ```
 * <root>/models/<name>/model.json          name, tags, aliases, the last allocated version
 * <root>/models/<name>/versions/<n>.json   one model version (without its aliases, which live on the model)
 * ```
 *
 * `<name>` is the model name made safe for a file name (see `fileNameFor`).
 *
 * Cross-process safety: every change to a model — creating it, allocating a version number, tags, aliases,
 * deletion — runs while holding `<root>/models/<name>/.lock`, a lock file created with O_EXCL (see
 * `withFileLock`), so of any number of processes exactly one reads and bumps `lastVersion` at a time and
 * concurrent creators always get distinct, consecutive versions. JSON files are replaced by rename, so
 * readers never lock and never see a partial file.
 */
class LocalRegistry {
    root;
    uri;
    modelsDir;
    lockOptions;
    constructor(rootDir, options = {}) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rootDir);
        this.uri = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(this.root).href;
        this.modelsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, "models");
        this.lockOptions = options.lock ?? {};
    }
    modelDir(name) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidModelName */ .PU)(name);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelsDir, (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .fileNameFor */ .dJ)(name));
    }
    modelPath(name) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), "model.json");
    }
    versionPath(name, version) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidVersion */ .Je)(version);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), "versions", `${Number(version)}.json`);
    }
    withModelLock(name, change) {
        return (0,_file_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .withFileLock */ .U)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), ".lock"), change, this.lockOptions);
    }
    async readModel(name) {
        return (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.modelPath(name));
    }
    async requireModel(name) {
        const model = await this.readModel(name);
        if (model === undefined)
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .notFound */ .mX)(`Registered Model with name=${name} not found`);
        return model;
    }
    async requireVersion(name, version) {
        const record = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.versionPath(name, version));
        if (record === undefined)
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .notFound */ .mX)(`Model Version (name=${name}, version=${version}) not found`);
        return record;
    }
    async writeModel(model) {
        await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(this.modelPath(model.name), model);
    }
    async ensureRegisteredModel(name, options = {}) {
        const tags = { ...options.tags };
        assertValidModelTags(tags);
        const existing = await this.readModel(name);
        if (existing !== undefined)
            return toRegisteredModel(existing);
        return this.withModelLock(name, async () => {
            const raced = await this.readModel(name);
            if (raced !== undefined)
                return toRegisteredModel(raced);
            const now = Date.now();
            const model = {
                name,
                tags,
                aliases: {},
                ...(options.description !== undefined && { description: options.description }),
                creationTimestamp: now,
                lastUpdatedTimestamp: now,
                lastVersion: 0,
            };
            await this.writeModel(model);
            return toRegisteredModel(model);
        });
    }
    async getRegisteredModel(name) {
        const model = await this.readModel(name);
        return model === undefined ? undefined : toRegisteredModel(model);
    }
    /** Versions are READY as soon as they exist: there is no asynchronous registration step locally. */
    async createModelVersion(options) {
        const tags = { ...options.tags };
        assertValidModelTags(tags);
        if (typeof options.source !== "string" || options.source === "")
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .invalid */ .Gq)("A version source is required");
        if (options.runId !== undefined)
            (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidRunId */ .pm)(options.runId);
        return this.withModelLock(options.name, async () => {
            const model = await this.requireModel(options.name);
            // A process that crashed after writing a version file but before bumping `lastVersion` must not
            // have its number handed out again.
            const version = String(Math.max(model.lastVersion, ...(await this.versionNumbers(options.name))) + 1);
            const now = Date.now();
            const record = {
                name: options.name,
                version,
                ...(options.runId !== undefined && { runId: options.runId }),
                source: options.source,
                status: "READY",
                tags,
                creationTimestamp: now,
                ...(options.description !== undefined && { description: options.description }),
            };
            await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(this.versionPath(options.name, version), record);
            await this.writeModel({ ...model, lastVersion: Number(version), lastUpdatedTimestamp: now });
            return { ...record, aliases: [] };
        });
    }
    async versionNumbers(name) {
        try {
            const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), "versions"));
            return names.filter((n) => /^\d+\.json$/.test(n)).map((n) => Number.parseInt(n, 10));
        }
        catch (error) {
            if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .isAbsent */ .W0)(error))
                return [];
            throw error;
        }
    }
    async getModelVersion(name, version) {
        const record = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.versionPath(name, version));
        if (record === undefined)
            return undefined;
        const model = await this.readModel(name);
        return withAliases(record, model?.aliases ?? {});
    }
    async listModelVersions(name) {
        const model = await this.readModel(name);
        if (model === undefined)
            return [];
        const numbers = (await this.versionNumbers(name)).sort((a, b) => b - a);
        const records = await Promise.all(numbers.map((n) => (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.versionPath(name, String(n)))));
        return records
            .filter((record) => record !== undefined)
            .map((record) => withAliases(record, model.aliases));
    }
    /** The newest version registered from `runId`. */
    async findModelVersionByRunId(name, runId) {
        return (await this.listModelVersions(name)).find((version) => version.runId === runId);
    }
    async setModelVersionTag(name, version, key, value) {
        assertValidModelTags({ [key]: value });
        await this.withModelLock(name, async () => {
            const record = await this.requireVersion(name, version);
            await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(this.versionPath(name, version), {
                ...record,
                tags: { ...record.tags, [key]: value },
            });
        });
    }
    /** Deletes the version and any alias pointing at it; its number is never reused. */
    async deleteModelVersion(name, version) {
        await this.withModelLock(name, async () => {
            const model = await this.requireModel(name);
            await this.requireVersion(name, version);
            const aliases = Object.fromEntries(Object.entries(model.aliases).filter(([, v]) => v !== version));
            await this.writeModel({ ...model, aliases, lastUpdatedTimestamp: Date.now() });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.versionPath(name, version), { force: true });
        });
    }
    /** Points `alias` at `version`, moving it if it pointed elsewhere. */
    async setAlias(name, alias, version) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidAlias */ .pw)(alias);
        await this.withModelLock(name, async () => {
            const model = await this.requireModel(name);
            const record = await this.requireVersion(name, version);
            await this.writeModel({
                ...model,
                aliases: { ...model.aliases, [alias]: record.version },
                lastUpdatedTimestamp: Date.now(),
            });
        });
    }
    /** Removes the alias; removing an alias that is not set does nothing, as in MLflow. */
    async deleteAlias(name, alias) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidAlias */ .pw)(alias);
        await this.withModelLock(name, async () => {
            const model = await this.requireModel(name);
            if (model.aliases[alias] === undefined)
                return;
            const { [alias]: _removed, ...aliases } = model.aliases;
            await this.writeModel({ ...model, aliases, lastUpdatedTimestamp: Date.now() });
        });
    }
    async withPromotionLock(name, critical, options = {}) {
        return (0,_file_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .withFileLock */ .U)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), ".promotion.lock"), critical, {
            ...this.lockOptions,
            timeoutMs: options.timeoutMs ?? 120_000,
        });
    }
    async getVersionByAlias(name, alias) {
        const model = await this.readModel(name);
        const version = model?.aliases[alias];
        if (model === undefined || version === undefined)
            return undefined;
        const record = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.versionPath(name, version));
        return record === undefined ? undefined : withAliases(record, model.aliases);
    }
}
function assertValidModelTags(tags) {
    for (const [key, value] of Object.entries(tags)) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidKey */ .Mw)("tag", key);
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValueLength */ .Ix)(`Tag value for '${key}'`, value, _validate_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MODEL_TAG_VALUE_LENGTH */ .VP);
    }
}
function toRegisteredModel(model) {
    return {
        name: model.name,
        tags: { ...model.tags },
        aliases: { ...model.aliases },
        ...(model.description !== undefined && { description: model.description }),
    };
}
function withAliases(record, aliases) {
    const names = Object.entries(aliases)
        .filter(([, version]) => version === record.version)
        .map(([alias]) => alias)
        .sort();
    return { ...record, aliases: names };
}


/***/ }),

/***/ 619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ LocalTracker)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/ports.js
var ports = __webpack_require__(3241);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/json-file.js
var json_file = __webpack_require__(8538);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/validate.js
var validate = __webpack_require__(9999);
;// CONCATENATED MODULE: ./.cache/build/lib/tracking/local/artifact-files.js




const COPY_PARALLELISM = 8;
/**
 * The parts of an artifact path relative to the run's artifact root. Paths use `/`, never leave the root,
 * and `""` (or `undefined`) is the root itself when `allowRoot` is set.
 */
function artifactPathParts(artifactPath, allowRoot) {
    const path = artifactPath ?? "";
    if (path === "" || path === ".") {
        if (allowRoot)
            return [];
        throw (0,validate/* invalid */.Gq)("An artifact path is required");
    }
    const parts = path.replace(/\/+$/, "").split("/");
    if (path.startsWith("/") || path.includes("\\") || parts.some((p) => p === "" || p === "." || p === "..")) {
        throw (0,validate/* invalid */.Gq)(`Invalid artifact path: '${path}'. Paths are relative, use '/' and never contain '..'`);
    }
    return parts;
}
/** Every regular file under `dir`, as paths relative to it with `/` separators. */
async function filesUnder(dir, prefix = "") {
    const out = [];
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if ((0,json_file/* isTempName */.Gs)(entry.name))
            continue;
        const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
        const full = (0,external_node_path_.join)(dir, entry.name);
        const kind = entry.isSymbolicLink() ? await (0,promises_.stat)(full) : entry;
        if (kind.isDirectory())
            out.push(...(await filesUnder(full, relative)));
        else if (kind.isFile())
            out.push(relative);
    }
    return out.sort();
}
/** Copies every file under `sourceDir` to the same relative place under `destinationDir`. */
async function copyTree(sourceDir, destinationDir) {
    await (0,promises_.mkdir)(destinationDir, { recursive: true });
    const files = await filesUnder(sourceDir);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const relative = files[next++];
            const parts = relative.split("/");
            await (0,json_file/* copyFileAtomic */.Vh)((0,external_node_path_.join)(sourceDir, ...parts), (0,external_node_path_.join)(destinationDir, ...parts));
        }
    };
    await Promise.all(Array.from({ length: Math.min(COPY_PARALLELISM, files.length) }, worker));
}
/** The direct children of `parts` under the artifact root, in path order; none when it is absent or a file. */
async function listArtifactDir(root, parts) {
    const dir = (0,external_node_path_.join)(root, ...parts);
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        if ((0,json_file/* isAbsent */.W0)(error))
            return [];
        throw error;
    }
    const listed = [];
    for (const entry of entries) {
        if ((0,json_file/* isTempName */.Gs)(entry.name))
            continue;
        const path = [...parts, entry.name].join("/");
        const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, entry.name));
        if (info.isDirectory())
            listed.push({ path, isDir: true });
        else if (info.isFile())
            listed.push({ path, isDir: false, size: info.size });
    }
    return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/file-lock.js
var file_lock = __webpack_require__(6599);
;// CONCATENATED MODULE: ./.cache/build/lib/tracking/local/metric-log.js

function encodeValue(value) {
    if (Number.isNaN(value))
        return "NaN";
    if (value === Number.POSITIVE_INFINITY)
        return "Infinity";
    if (value === Number.NEGATIVE_INFINITY)
        return "-Infinity";
    return value;
}
function decodeValue(value) {
    return typeof value === "number" ? value : Number(value);
}
function assertValidMetric(metric) {
    (0,validate/* assertValidKey */.Mw)("metric", metric.key);
    if (typeof metric.value !== "number") {
        throw (0,validate/* invalid */.Gq)(`Got invalid value ${String(metric.value)} for metric '${metric.key}': expected a number`);
    }
    if (!Number.isSafeInteger(metric.timestamp) || metric.timestamp < 0) {
        throw (0,validate/* invalid */.Gq)(`Got invalid timestamp ${metric.timestamp} for metric '${metric.key}': expected a nonnegative integer`);
    }
    if (!Number.isSafeInteger(metric.step)) {
        throw (0,validate/* invalid */.Gq)(`Got invalid step ${metric.step} for metric '${metric.key}': expected an integer`);
    }
}
/** Metrics as JSON Lines, one object a line, in the order they were logged. */
function encodeMetricLines(metrics) {
    return metrics
        .map((m) => `${JSON.stringify({ key: m.key, value: encodeValue(m.value), timestamp: m.timestamp, step: m.step })}\n`)
        .join("");
}
/**
 * Parses a metrics history file. A last line without its newline is a write still in progress in another
 * process, and is left for the next read.
 */
function parseMetricLines(text) {
    const end = text.lastIndexOf("\n");
    if (end < 0)
        return [];
    const metrics = [];
    for (const line of text.slice(0, end).split("\n")) {
        if (line === "")
            continue;
        const stored = JSON.parse(line);
        metrics.push({
            key: stored.key,
            value: decodeValue(stored.value),
            timestamp: stored.timestamp,
            step: stored.step,
        });
    }
    return metrics;
}
/** MLflow's rule for a run's "latest" value of a metric: the greatest (step, timestamp, value), not the last logged. */
function isLater(a, b) {
    if (a.step !== b.step)
        return a.step > b.step;
    if (a.timestamp !== b.timestamp)
        return a.timestamp > b.timestamp;
    return a.value > b.value;
}
/** The latest value of each metric, in key order. */
function latestMetrics(history) {
    const latest = new Map();
    for (const metric of history) {
        const current = latest.get(metric.key);
        if (current === undefined || isLater(metric, current))
            latest.set(metric.key, metric);
    }
    return [...latest.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/local/run-search.js

const ENTITIES = {
    metric: "metric",
    metrics: "metric",
    param: "param",
    params: "param",
    parameter: "param",
    parameters: "param",
    tag: "tag",
    tags: "tag",
    attribute: "attribute",
    attributes: "attribute",
    attr: "attribute",
    run: "attribute",
};
const NUMERIC_ATTRIBUTES = new Set(["start_time", "end_time", "created"]);
const STRING_ATTRIBUTES = new Set([
    "run_id",
    "run_name",
    "status",
    "artifact_uri",
    "experiment_id",
    "lifecycle_stage",
]);
const NUMERIC_COMPARATORS = new Set(["=", "!=", "<", "<=", ">", ">="]);
const STRING_COMPARATORS = new Set(["=", "!=", "LIKE", "ILIKE", "IN", "NOT IN"]);
/** A cursor over the text of a filter or an order-by expression. */
class Scanner {
    text;
    what;
    position = 0;
    constructor(text, what) {
        this.text = text;
        this.what = what;
    }
    fail(expected) {
        const rest = this.text.slice(this.position);
        throw (0,validate/* invalid */.Gq)(`Invalid ${this.what} '${this.text}': expected ${expected} at ${rest === "" ? "the end" : `'${rest}'`}`);
    }
    skipSpace() {
        while (this.position < this.text.length && /\s/.test(this.text[this.position] ?? ""))
            this.position++;
    }
    atEnd() {
        this.skipSpace();
        return this.position >= this.text.length;
    }
    match(pattern) {
        this.skipSpace();
        const found = pattern.exec(this.text.slice(this.position));
        if (found === null)
            return undefined;
        this.position += found[0].length;
        return found[0];
    }
    /** A string between `quote` characters; a doubled quote stands for itself. */
    quoted(quote) {
        this.skipSpace();
        if (this.text[this.position] !== quote)
            return undefined;
        let out = "";
        let at = this.position + 1;
        for (;;) {
            const next = this.text.indexOf(quote, at);
            if (next < 0)
                this.fail(`a closing ${quote}`);
            out += this.text.slice(at, next);
            if (this.text[next + 1] === quote) {
                out += quote;
                at = next + 2;
                continue;
            }
            this.position = next + 1;
            return out;
        }
    }
    identifier() {
        const head = this.match(/^[A-Za-z_][A-Za-z0-9_]*/);
        if (head === undefined) {
            const quotedKey = this.quoted("`") ?? this.quoted('"');
            if (quotedKey === undefined)
                this.fail("an identifier such as tags.name or attributes.status");
            return { entity: "attribute", key: attributeKey(quotedKey, this) };
        }
        if (this.text[this.position] !== ".")
            return { entity: "attribute", key: attributeKey(head, this) };
        const entity = ENTITIES[head.toLowerCase()];
        if (entity === undefined)
            this.fail("metrics, params, tags or attributes before the dot");
        this.position++;
        const key = this.quoted("`") ??
            this.quoted('"') ??
            this.match(/^[^\s=!<>(),'"`]+/) ??
            this.fail("a key after the dot");
        return { entity, key: entity === "attribute" ? attributeKey(key, this) : key };
    }
}
function attributeKey(key, scanner) {
    if (NUMERIC_ATTRIBUTES.has(key) || STRING_ATTRIBUTES.has(key))
        return key === "created" ? "start_time" : key;
    return scanner.fail(`an attribute among ${[...STRING_ATTRIBUTES, ...NUMERIC_ATTRIBUTES].join(", ")} (got '${key}')`);
}
function isNumeric(entity, key) {
    return entity === "metric" || (entity === "attribute" && NUMERIC_ATTRIBUTES.has(key));
}
function readValue(scanner, numeric, comparator) {
    if (comparator === "IN" || comparator === "NOT IN") {
        if (scanner.match(/^\(/) === undefined)
            scanner.fail("a parenthesised list of quoted strings");
        const items = [];
        do {
            const item = scanner.quoted("'") ?? scanner.quoted('"');
            if (item === undefined)
                scanner.fail("a quoted string");
            items.push(item);
        } while (scanner.match(/^,/) !== undefined);
        if (scanner.match(/^\)/) === undefined)
            scanner.fail("')'");
        return items;
    }
    if (numeric) {
        const number = scanner.match(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/);
        if (number === undefined)
            scanner.fail("a number");
        return Number(number);
    }
    const text = scanner.quoted("'") ?? scanner.quoted('"');
    if (text === undefined)
        scanner.fail("a string in single or double quotes");
    return text;
}
/** Parses a search filter; an empty or absent filter matches every run. */
function parseFilter(filter) {
    if (filter === undefined || filter.trim() === "")
        return [];
    const scanner = new Scanner(filter, "filter");
    const clauses = [];
    do {
        const { entity, key } = scanner.identifier();
        const operator = scanner.match(/^(!=|>=|<=|=|<|>|not\s+in\b|in\b|ilike\b|like\b)/i);
        if (operator === undefined)
            scanner.fail("a comparator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN)");
        const comparator = operator.toUpperCase().replace(/\s+/, " ");
        const numeric = isNumeric(entity, key);
        if (!(numeric ? NUMERIC_COMPARATORS : STRING_COMPARATORS).has(comparator)) {
            throw (0,validate/* invalid */.Gq)(`Invalid comparator '${comparator}' for ${entity} '${key}' in filter '${filter}'`);
        }
        clauses.push({ entity, key, comparator, value: readValue(scanner, numeric, comparator) });
    } while (scanner.match(/^and\b/i) !== undefined);
    if (!scanner.atEnd())
        scanner.fail("AND or the end of the filter");
    return clauses;
}
function fieldOf(run, entity, key) {
    switch (entity) {
        case "metric":
            return run.metrics.find((m) => m.key === key)?.value;
        case "param":
            return run.params[key];
        case "tag":
            return run.tags[key];
        case "attribute":
            switch (key) {
                case "run_id":
                    return run.info.runId;
                case "run_name":
                    return run.info.runName;
                case "status":
                    return run.info.status;
                case "artifact_uri":
                    return run.info.artifactUri;
                case "experiment_id":
                    return run.info.experimentId;
                case "lifecycle_stage":
                    return run.info.lifecycleStage;
                case "start_time":
                    return run.info.startTime;
                case "end_time":
                    return run.info.endTime;
            }
    }
    return undefined;
}
function likeToRegExp(pattern, ignoreCase) {
    const source = [...pattern]
        .map((char) => (char === "%" ? ".*" : char === "_" ? "." : char.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")))
        .join("");
    return new RegExp(`^${source}$`, ignoreCase ? "si" : "s");
}
function satisfies(actual, comparator, expected) {
    switch (comparator) {
        case "=":
            return actual === expected;
        case "!=":
            return actual !== expected;
        case "<":
            return actual < expected;
        case "<=":
            return actual <= expected;
        case ">":
            return actual > expected;
        case ">=":
            return actual >= expected;
        case "LIKE":
            return likeToRegExp(String(expected), false).test(String(actual));
        case "ILIKE":
            return likeToRegExp(String(expected), true).test(String(actual));
        case "IN":
            return expected.includes(String(actual));
        case "NOT IN":
            return !expected.includes(String(actual));
    }
}
function matchesFilter(run, clauses) {
    return clauses.every((clause) => {
        const actual = fieldOf(run, clause.entity, clause.key);
        return actual !== undefined && satisfies(actual, clause.comparator, clause.value);
    });
}
/** Parses order-by expressions such as `attributes.start_time DESC` or `metrics.rmse`. */
function parseOrderBy(orderBy) {
    return (orderBy ?? []).map((expression) => {
        const scanner = new Scanner(expression, "order_by clause");
        const { entity, key } = scanner.identifier();
        const direction = scanner.match(/^(asc|desc)\b/i);
        if (!scanner.atEnd())
            scanner.fail("ASC, DESC or the end");
        return { entity, key, descending: direction?.toUpperCase() === "DESC" };
    });
}
function compareValues(a, b, descending) {
    // Runs without the value come last in either direction, as in MLflow.
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? 1 : -1;
    const order = a < b ? -1 : a > b ? 1 : 0;
    return descending ? -order : order;
}
/**
 * A comparator for the given order, then MLflow's defaults: newest start time first, then run id. A run's
 * sort position is computed from its latest metrics, params, tags and attributes.
 */
function compareRunsBy(order) {
    const keys = [...order];
    if (!keys.some((k) => k.entity === "attribute" && k.key === "start_time")) {
        keys.push({ entity: "attribute", key: "start_time", descending: true });
    }
    keys.push({ entity: "attribute", key: "run_id", descending: false });
    return (a, b) => {
        for (const { entity, key, descending } of keys) {
            const result = compareValues(fieldOf(a, entity, key), fieldOf(b, entity, key), descending);
            if (result !== 0)
                return result;
        }
        return 0;
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/local/local-tracker.js











const RUN_NAME_TAG = "mlflow.runName";
const STATUSES = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"];
const DEFAULT_MAX_RESULTS = 1000;
const MAX_RESULTS_LIMIT = 50_000;
const READ_PARALLELISM = 32;
/**
 * The Tracker port over a local directory, with MLflow's semantics. Everything is a readable file:
 *
 * ```
 * <root>/experiments/index.json                    {"lastId": 2, "byName": {"churn": "1", ...}}
 * <root>/experiments/<id>/experiment.json
 * <root>/experiments/<id>/runs/<runId>/run.json     the RunInfo
 * <root>/experiments/<id>/runs/<runId>/params.json  {key: value}
 * <root>/experiments/<id>/runs/<runId>/tags.json    {key: value}
 * <root>/experiments/<id>/runs/<runId>/metrics.jsonl every logged metric, one JSON object a line
 * <root>/experiments/<id>/runs/<runId>/artifacts/   the run's artifacts as plain files
 * ```
 *
 * JSON files are replaced by rename, so readers never take a lock. Every change to a run happens while
 * holding the run's lock file, and experiment creation while holding `experiments/.lock` (see
 * `withFileLock`), so concurrent processes sharing the directory neither lose updates nor create one
 * experiment name twice.
 */
class LocalTracker {
    root;
    uri;
    experimentsDir;
    lockOptions;
    /** Where each run lives; runs never move, so this only saves directory scans. */
    runDirs = new Map();
    constructor(rootDir, options = {}) {
        this.root = (0,external_node_path_.resolve)(rootDir);
        this.uri = (0,external_node_url_.pathToFileURL)(this.root).href;
        this.experimentsDir = (0,external_node_path_.join)(this.root, "experiments");
        this.lockOptions = options.lock ?? {};
    }
    indexPath() {
        return (0,external_node_path_.join)(this.experimentsDir, "index.json");
    }
    experimentDir(experimentId) {
        return (0,external_node_path_.join)(this.experimentsDir, experimentId);
    }
    async ensureExperiment(name) {
        (0,validate/* assertValidExperimentName */.D4)(name);
        const known = (await (0,json_file/* readJson */.mF)(this.indexPath()))?.byName[name];
        if (known !== undefined)
            return known;
        return (0,file_lock/* withFileLock */.U)((0,external_node_path_.join)(this.experimentsDir, ".lock"), async () => {
            const index = (await (0,json_file/* readJson */.mF)(this.indexPath())) ?? { lastId: 0, byName: {} };
            const existing = index.byName[name];
            if (existing !== undefined)
                return existing;
            const experimentId = String(index.lastId + 1);
            const dir = this.experimentDir(experimentId);
            await (0,promises_.mkdir)((0,external_node_path_.join)(dir, "runs"), { recursive: true });
            const record = {
                experimentId,
                name,
                artifactLocation: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(dir, "runs")).href,
                lifecycleStage: "active",
                creationTime: Date.now(),
            };
            await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "experiment.json"), record);
            await (0,json_file/* writeJsonAtomic */.ZJ)(this.indexPath(), {
                lastId: index.lastId + 1,
                byName: { ...index.byName, [name]: experimentId },
            });
            return experimentId;
        }, this.lockOptions);
    }
    async createRun(options) {
        (0,validate/* assertValidExperimentId */.X3)(options.experimentId);
        const experiment = await (0,json_file/* readJson */.mF)((0,external_node_path_.join)(this.experimentDir(options.experimentId), "experiment.json"));
        if (experiment === undefined)
            throw (0,validate/* notFound */.mX)(`No Experiment with id=${options.experimentId} exists`);
        const tags = { ...options.tags };
        assertValidTags(tags);
        const tagged = tags[RUN_NAME_TAG];
        if (options.runName !== undefined && tagged !== undefined && options.runName !== tagged) {
            throw (0,validate/* invalid */.Gq)(`Both 'run_name' ('${options.runName}') and tag '${RUN_NAME_TAG}' ('${tagged}') were set`);
        }
        const runId = (0,external_node_crypto_.randomBytes)(16).toString("hex");
        const runName = options.runName ?? tagged ?? `run-${runId.slice(0, 8)}`;
        tags[RUN_NAME_TAG] = runName;
        const dir = (0,external_node_path_.join)(this.experimentDir(options.experimentId), "runs", runId);
        await (0,promises_.mkdir)((0,external_node_path_.join)(dir, "artifacts"), { recursive: true });
        const info = {
            runId,
            experimentId: options.experimentId,
            runName,
            status: "RUNNING",
            startTime: options.startTime ?? Date.now(),
            artifactUri: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(dir, "artifacts")).href,
            lifecycleStage: "active",
        };
        await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "params.json"), {});
        await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "tags.json"), tags);
        await (0,promises_.appendFile)((0,external_node_path_.join)(dir, "metrics.jsonl"), "");
        // run.json last: a run exists once its info does.
        await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "run.json"), info);
        this.runDirs.set(runId, dir);
        return info;
    }
    /** The run's directory, or undefined when no experiment holds it. */
    async findRunDir(runId) {
        (0,validate/* assertValidRunId */.pm)(runId);
        const cached = this.runDirs.get(runId);
        if (cached !== undefined)
            return cached;
        let experiments;
        try {
            experiments = (await (0,promises_.readdir)(this.experimentsDir, { withFileTypes: true }))
                .filter((entry) => entry.isDirectory())
                .map((entry) => entry.name);
        }
        catch (error) {
            if ((0,json_file/* isAbsent */.W0)(error))
                return undefined;
            throw error;
        }
        for (const experimentId of experiments) {
            const dir = (0,external_node_path_.join)(this.experimentDir(experimentId), "runs", runId);
            try {
                await (0,promises_.stat)((0,external_node_path_.join)(dir, "run.json"));
            }
            catch (error) {
                if ((0,json_file/* isAbsent */.W0)(error))
                    continue;
                throw error;
            }
            this.runDirs.set(runId, dir);
            return dir;
        }
        return undefined;
    }
    async runDir(runId) {
        const dir = await this.findRunDir(runId);
        if (dir === undefined)
            throw (0,validate/* notFound */.mX)(`Run with id=${runId} not found`);
        return dir;
    }
    async readRun(dir) {
        const [info, params, tags, history] = await Promise.all([
            (0,json_file/* readJson */.mF)((0,external_node_path_.join)(dir, "run.json")),
            (0,json_file/* readJson */.mF)((0,external_node_path_.join)(dir, "params.json")),
            (0,json_file/* readJson */.mF)((0,external_node_path_.join)(dir, "tags.json")),
            (0,promises_.readFile)((0,external_node_path_.join)(dir, "metrics.jsonl"), "utf8").catch((error) => {
                if ((0,json_file/* isAbsent */.W0)(error))
                    return "";
                throw error;
            }),
        ]);
        if (info === undefined)
            throw (0,validate/* notFound */.mX)(`Run at ${dir} has no run.json`);
        return {
            info,
            metrics: latestMetrics(parseMetricLines(history)),
            params: params ?? {},
            tags: tags ?? {},
        };
    }
    async getRun(runId) {
        return this.readRun(await this.runDir(runId));
    }
    /** Every value ever logged for one metric of a run, in logging order (the local twin of MLflow's get-history). */
    async getMetricHistory(runId, key) {
        const dir = await this.runDir(runId);
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, "metrics.jsonl"), "utf8");
        return parseMetricLines(text).filter((m) => m.key === key);
    }
    async searchRuns(options) {
        const clauses = parseFilter(options.filter);
        const compare = compareRunsBy(parseOrderBy(options.orderBy));
        const maxResults = options.maxResults ?? DEFAULT_MAX_RESULTS;
        if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS_LIMIT) {
            throw (0,validate/* invalid */.Gq)(`Invalid value for max_results: it must be between 1 and ${MAX_RESULTS_LIMIT}, got ${maxResults}`);
        }
        const dirs = [];
        for (const experimentId of new Set(options.experimentIds)) {
            (0,validate/* assertValidExperimentId */.X3)(experimentId);
            const runsDir = (0,external_node_path_.join)(this.experimentDir(experimentId), "runs");
            try {
                for (const entry of await (0,promises_.readdir)(runsDir, { withFileTypes: true })) {
                    if (entry.isDirectory())
                        dirs.push((0,external_node_path_.join)(runsDir, entry.name));
                }
            }
            catch (error) {
                if (!(0,json_file/* isAbsent */.W0)(error))
                    throw error;
            }
        }
        const runs = [];
        for (let start = 0; start < dirs.length; start += READ_PARALLELISM) {
            const chunk = dirs.slice(start, start + READ_PARALLELISM);
            const loaded = await Promise.all(chunk.map(async (dir) => {
                try {
                    return await this.readRun(dir);
                }
                catch (error) {
                    // A run still being created has no run.json yet.
                    if (error instanceof ports/* TrackingError */.g)
                        return undefined;
                    throw error;
                }
            }));
            // Deleted runs are left out, as MLflow's search does by default (ACTIVE_ONLY).
            for (const run of loaded)
                if (run !== undefined && run.info.lifecycleStage !== "deleted" && matchesFilter(run, clauses))
                    runs.push(run);
        }
        return runs.sort(compare).slice(0, maxResults);
    }
    withRunLock(dir, change) {
        return (0,file_lock/* withFileLock */.U)((0,external_node_path_.join)(dir, ".lock"), change, this.lockOptions);
    }
    async updateRun(runId, update) {
        if (update.status !== undefined && !STATUSES.includes(update.status)) {
            throw (0,validate/* invalid */.Gq)(`Invalid run status '${update.status}'`);
        }
        if (update.endTime !== undefined && (!Number.isSafeInteger(update.endTime) || update.endTime < 0)) {
            throw (0,validate/* invalid */.Gq)(`Invalid end time ${update.endTime}`);
        }
        if (update.runName !== undefined)
            (0,validate/* assertValueLength */.Ix)("Run name", update.runName, validate/* MAX_TAG_VALUE_LENGTH */.zl);
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const run = await this.readRun(dir);
            const info = { ...run.info };
            if (update.status !== undefined)
                info.status = update.status;
            if (update.endTime !== undefined)
                info.endTime = update.endTime;
            if (update.runName !== undefined) {
                info.runName = update.runName;
                await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "tags.json"), { ...run.tags, [RUN_NAME_TAG]: update.runName });
            }
            await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "run.json"), info);
        });
    }
    async deleteRun(runId) {
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const run = await this.readRun(dir);
            await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "run.json"), { ...run.info, lifecycleStage: "deleted" });
        });
    }
    /**
     * Logs everything in one step under the run's lock. A param logged before may be logged again only with
     * the same value; a different value rejects the whole batch (nothing is written), as MLflow does.
     */
    async logBatch(runId, batch) {
        const metrics = batch.metrics ?? [];
        const params = batch.params ?? {};
        const tags = batch.tags ?? {};
        for (const metric of metrics)
            assertValidMetric(metric);
        for (const [key, value] of Object.entries(params)) {
            (0,validate/* assertValidKey */.Mw)("param", key);
            (0,validate/* assertValueLength */.Ix)(`Param value for '${key}'`, value, validate/* MAX_PARAM_VALUE_LENGTH */.s2);
        }
        assertValidTags(tags);
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const run = await this.readRun(dir);
            for (const [key, value] of Object.entries(params)) {
                const logged = run.params[key];
                if (logged !== undefined && logged !== value) {
                    throw (0,validate/* invalid */.Gq)(`Changing param values is not allowed. Param with key='${key}' was already logged with value='${logged}' for run ID='${runId}'. Attempted logging new value '${value}'.`);
                }
            }
            if (Object.keys(params).some((key) => run.params[key] === undefined)) {
                await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "params.json"), { ...run.params, ...params });
            }
            if (Object.keys(tags).length > 0) {
                await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "tags.json"), { ...run.tags, ...tags });
                const runName = tags[RUN_NAME_TAG];
                if (runName !== undefined && runName !== run.info.runName) {
                    await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "run.json"), { ...run.info, runName });
                }
            }
            if (metrics.length > 0)
                await (0,promises_.appendFile)((0,external_node_path_.join)(dir, "metrics.jsonl"), encodeMetricLines(metrics));
        });
    }
    /** MLflow's "Datasets used", recorded in the run's inputs.json (one entry per dataset and context). */
    async logDatasetInputs(runId, datasets) {
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const file = (0,external_node_path_.join)(dir, "inputs.json");
            const existing = ((await (0,json_file/* readJson */.mF)(file).catch(() => undefined)) ?? {
                datasets: [],
            }).datasets;
            const key = (dataset) => `${dataset.name}\0${dataset.digest}\0${dataset.context}`;
            const merged = [...existing.filter((old) => !datasets.some((d) => key(d) === key(old))), ...datasets];
            await (0,json_file/* writeJsonAtomic */.ZJ)(file, { datasets: merged });
        });
    }
    /** The run's LoggedModel, as MLflow 3 keeps it, in the run's logged-model.json. */
    async createLoggedModel(options) {
        const dir = await this.runDir(options.runId);
        const modelId = `m-${(0,external_node_crypto_.randomBytes)(16).toString("hex")}`;
        await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "logged-model.json"), {
            modelId,
            name: options.name,
            experimentId: options.experimentId,
            sourceRunId: options.runId,
            status: "READY",
            tags: options.tags,
            metrics: [],
        });
        return modelId;
    }
    async logModelMetrics(runId, modelId, dataset, metrics) {
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const file = (0,external_node_path_.join)(dir, "logged-model.json");
            const model = await (0,json_file/* readJson */.mF)(file);
            if (!model || model.modelId !== modelId)
                return;
            model.metrics = [
                ...model.metrics,
                ...metrics.map((metric) => ({ ...metric, datasetName: dataset.name, datasetDigest: dataset.digest })),
            ];
            await (0,json_file/* writeJsonAtomic */.ZJ)(file, model);
        });
    }
    async setTag(runId, key, value) {
        await this.logBatch(runId, { tags: { [key]: value } });
    }
    async artifactRoot(runId) {
        return (0,external_node_path_.join)(await this.runDir(runId), "artifacts");
    }
    async uploadArtifact(runId, localFile, artifactPath) {
        const parts = artifactPathParts(artifactPath, false);
        const root = await this.artifactRoot(runId);
        await (0,json_file/* copyFileAtomic */.Vh)(localFile, (0,external_node_path_.join)(root, ...parts));
    }
    async uploadArtifactDir(runId, localDir, artifactPath) {
        const parts = artifactPathParts(artifactPath, true);
        const root = await this.artifactRoot(runId);
        await copyTree(localDir, (0,external_node_path_.join)(root, ...parts));
    }
    async listArtifacts(runId, artifactPath) {
        const parts = artifactPathParts(artifactPath, true);
        return listArtifactDir(await this.artifactRoot(runId), parts);
    }
    /** A file lands at `destination` itself; a directory's contents land under `destination`. */
    async downloadArtifacts(runId, artifactPath, destination) {
        const parts = artifactPathParts(artifactPath, true);
        const source = (0,external_node_path_.join)(await this.artifactRoot(runId), ...parts);
        let isDirectory;
        try {
            isDirectory = (await (0,promises_.stat)(source)).isDirectory();
        }
        catch (error) {
            if ((0,json_file/* isAbsent */.W0)(error))
                throw (0,validate/* notFound */.mX)(`No artifact '${artifactPath}' in run ${runId}`);
            throw error;
        }
        if (isDirectory)
            await copyTree(source, destination);
        else
            await (0,json_file/* copyFileAtomic */.Vh)(source, destination);
    }
    runUrl(_run) {
        return undefined;
    }
}
function assertValidTags(tags) {
    for (const [key, value] of Object.entries(tags)) {
        (0,validate/* assertValidKey */.Mw)("tag", key);
        (0,validate/* assertValueLength */.Ix)(`Tag value for '${key}'`, value, validate/* MAX_TAG_VALUE_LENGTH */.zl);
    }
}


/***/ }),

/***/ 9999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ assertValidExperimentName),
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   Ix: () => (/* binding */ assertValueLength),
/* harmony export */   Je: () => (/* binding */ assertValidVersion),
/* harmony export */   Mw: () => (/* binding */ assertValidKey),
/* harmony export */   PU: () => (/* binding */ assertValidModelName),
/* harmony export */   VP: () => (/* binding */ MAX_MODEL_TAG_VALUE_LENGTH),
/* harmony export */   X3: () => (/* binding */ assertValidExperimentId),
/* harmony export */   dJ: () => (/* binding */ fileNameFor),
/* harmony export */   mX: () => (/* binding */ notFound),
/* harmony export */   pm: () => (/* binding */ assertValidRunId),
/* harmony export */   pw: () => (/* binding */ assertValidAlias),
/* harmony export */   s2: () => (/* binding */ MAX_PARAM_VALUE_LENGTH),
/* harmony export */   zl: () => (/* binding */ MAX_TAG_VALUE_LENGTH)
/* harmony export */ });
/* unused harmony exports MAX_KEY_LENGTH, MAX_ALIAS_LENGTH, MAX_EXPERIMENT_NAME_LENGTH */
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3241);

// MLflow's own input rules (mlflow/utils/validation.py), so the local backend rejects what a server would.
// Python's `\w` is Unicode-aware, hence \p{L}\p{N}_ rather than JavaScript's ASCII-only \w.
const ENTITY_NAME = /^[\p{L}\p{N}_/.\- ]*$/u;
const ALIAS_NAME = /^[\p{L}\p{N}_-]*$/u;
const VERSION_ALIAS = /^[vV]\d+$/;
const RUN_ID = /^[a-zA-Z0-9][\w-]{0,255}$/;
const EXPERIMENT_ID = /^[a-zA-Z0-9][\w-]{0,63}$/;
const MAX_KEY_LENGTH = 250;
const MAX_PARAM_VALUE_LENGTH = 6000;
const MAX_TAG_VALUE_LENGTH = 8000;
const MAX_MODEL_TAG_VALUE_LENGTH = 5000;
const MAX_ALIAS_LENGTH = 255;
const MAX_EXPERIMENT_NAME_LENGTH = 500;
function invalid(message) {
    return new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .TrackingError */ .g(message, "INVALID_PARAMETER_VALUE");
}
function notFound(message) {
    return new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .TrackingError */ .g(message, "RESOURCE_DOES_NOT_EXIST");
}
/** Mirrors MLflow's `path_not_unique`: the name, read as a relative POSIX path, must already be normal. */
function isNormalRelativePath(name) {
    if (name === "" || name.startsWith("/") || name.endsWith("/"))
        return false;
    return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
/** A metric, param or tag key. */
function assertValidKey(kind, key) {
    if (typeof key !== "string" || !ENTITY_NAME.test(key)) {
        throw invalid(`Invalid ${kind} name: '${key}'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).`);
    }
    if (!isNormalRelativePath(key)) {
        throw invalid(`Invalid ${kind} name: '${key}'. Names may be treated as files and must be normalized paths.`);
    }
    if (key.length > MAX_KEY_LENGTH) {
        throw invalid(`${kind} name '${key.slice(0, 250)}' had length ${key.length}, over the limit of ${MAX_KEY_LENGTH}`);
    }
}
function assertValueLength(what, value, limit) {
    if (typeof value !== "string")
        throw invalid(`${what} must be a string`);
    if (value.length > limit) {
        throw invalid(`${what} '${value.slice(0, 250)}' had length ${value.length}, over the limit of ${limit}`);
    }
}
function assertValidRunId(runId) {
    if (typeof runId !== "string" || !RUN_ID.test(runId))
        throw invalid(`Invalid run ID: '${runId}'`);
}
function assertValidExperimentId(experimentId) {
    if (typeof experimentId !== "string" || !EXPERIMENT_ID.test(experimentId)) {
        throw invalid(`Invalid experiment ID: '${experimentId}'`);
    }
}
function assertValidExperimentName(name) {
    if (typeof name !== "string" || name === "")
        throw invalid(`Invalid experiment name: '${name}'`);
    if (name.length > MAX_EXPERIMENT_NAME_LENGTH) {
        throw invalid(`Experiment name exceeds the maximum length of ${MAX_EXPERIMENT_NAME_LENGTH} characters`);
    }
}
function assertValidModelName(name) {
    if (typeof name !== "string" || name === "")
        throw invalid("Registered model name cannot be empty.");
}
function assertValidVersion(version) {
    if (typeof version !== "string" || !/^\d+$/.test(version)) {
        throw invalid(`Model version must be an integer, got '${version}'`);
    }
}
/** MLflow's alias rules: `^[\w\-]*$`, at most 255 characters, and not `latest` or `v<digits>` (reserved). */
function assertValidAlias(alias) {
    if (typeof alias !== "string" || alias === "")
        throw invalid("Registered model alias name cannot be empty.");
    if (!ALIAS_NAME.test(alias)) {
        throw invalid(`Invalid alias name: '${alias}'. Names may only contain alphanumerics, underscores (_), and dashes (-).`);
    }
    if (alias.length > MAX_ALIAS_LENGTH) {
        throw invalid(`Registered model alias name had length ${alias.length}, over the limit of ${MAX_ALIAS_LENGTH}`);
    }
    if (alias.toLowerCase() === "latest")
        throw invalid("'latest' alias name (case insensitive) is reserved.");
    if (VERSION_ALIAS.test(alias))
        throw invalid(`Version alias name '${alias}' is reserved.`);
}
/**
 * A file name for an arbitrary model name: letters, digits, `_`, `-` and `.` stay readable, anything else
 * (including `/`, `%` and a leading `.`) becomes %XX of its UTF-8 bytes, so distinct names never share a
 * directory, no name escapes the models folder, and none looks like a hidden or temporary file.
 */
function fileNameFor(name) {
    let out = "";
    for (const byte of Buffer.from(name, "utf8")) {
        const char = String.fromCharCode(byte);
        out += /[A-Za-z0-9_.-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out.startsWith(".") ? `%2E${out.slice(1)}` : out;
}


/***/ }),

/***/ 3241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ hasNativeLineage),
/* harmony export */   g: () => (/* binding */ TrackingError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/** An error from a tracking backend that keeps the backend's own code (MLflow's `error_code`). */
class TrackingError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    errorCode;
    status;
    constructor(message, errorCode, status) {
        super(message);
        this.errorCode = errorCode;
        this.status = status;
        this.name = "TrackingError";
    }
}
function hasNativeLineage(tracker) {
    return typeof tracker.logDatasetInputs === "function";
}


/***/ })

};
