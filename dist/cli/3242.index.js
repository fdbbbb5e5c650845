export const id = 3242;
export const ids = [3242,509];
export const modules = {

/***/ 7244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Every file under `root`, as sorted '/'-separated paths relative to it. */
async function listFiles(root) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"))
        .sort();
}


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readGitState)
/* harmony export */ });
/* unused harmony export hashDirectory */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
        return stdout;
    }
    catch {
        return undefined;
    }
}
/**
 * The commit, dirty flag and the content hash of `directory` (a folder inside the repository). Folders in
 * `exclude` (absolute paths, e.g. the training's own output folder) are not code: what a run writes there —
 * or a killed run's trainer, still writing — must not change the next run's code hash.
 */
async function readGitState(directory, options = {}) {
    const excluded = (options.exclude ?? []).map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path));
    const isExcluded = (path) => excluded.some((folder) => path === folder || path.startsWith(`${folder}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`));
    const top = (await git(directory, ["rev-parse", "--show-toplevel"]))?.trim();
    if (!top)
        return { treeHash: await hashDirectory(directory, isExcluded) };
    const commit = (await git(directory, ["rev-parse", "HEAD"]))?.trim();
    const status = await git(top, ["status", "--porcelain"]);
    const tree = (await git(directory, ["rev-parse", "HEAD:./"]))?.trim();
    const ignored = (await git(directory, ["check-ignore", "-q", "."])) !== undefined;
    // A folder git does not track (ignored, or no commit yet) is identified by its files instead.
    if (!tree || ignored) {
        return {
            ...(commit ? { commit } : {}),
            ...(status !== undefined ? { dirty: status.trim().length > 0 } : {}),
            treeHash: await hashDirectory(directory, isExcluded),
        };
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256").update(tree ?? "no-commit");
    const diff = await git(directory, ["diff", "HEAD", "--binary", "--", "."]);
    if (diff)
        hash.update("\0diff\0").update(diff);
    const untracked = (await git(directory, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."])) ?? "";
    const ownFiles = (file) => file.split("/").some((part) => SKIPPED.has(part));
    for (const file of untracked
        .split("\0")
        .filter((file) => file && !ownFiles(file) && !isExcluded((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(directory, file)))
        .sort()) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, file)).catch(() => undefined);
        hash.update("\0untracked\0").update(file).update("\0");
        if (bytes)
            hash.update(bytes);
    }
    return {
        ...(commit ? { commit } : {}),
        ...(status !== undefined ? { dirty: status.trim().length > 0 } : {}),
        treeHash: hash.digest("hex"),
    };
}
const SKIPPED = new Set([".git", "node_modules", ".venv", "venv", ".trainyard", ".cache", "__pycache__"]);
/** A hash of every file's path and bytes under `directory`, for code git does not track. */
async function hashDirectory(directory, isExcluded = () => false) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256");
    const walk = async (dir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
            if (isExcluded((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path)))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED.has(entry.name))
                    await walk(path);
            }
            else if (entry.isFile()) {
                hash.update((0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(directory, path)).update("\0");
                hash.update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path)).update("\0");
            }
        }
    };
    await walk(directory);
    return hash.digest("hex");
}


/***/ }),

/***/ 3088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ localUserName),
/* harmony export */   r: () => (/* binding */ codeRecord)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);

/** Where the code came from: the git state, and on GitHub the repository, ref, run URL, trigger and actor. */
function codeRecord(git, env) {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const repository = env.GITHUB_REPOSITORY;
    const runUrl = repository && env.GITHUB_RUN_ID
        ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ""}`
        : undefined;
    const commit = git.commit ?? env.GITHUB_SHA;
    return {
        ...(commit ? { commit } : {}),
        ...(git.dirty !== undefined ? { dirty: git.dirty } : {}),
        ...(repository ? { repository } : {}),
        ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
        ...(runUrl ? { workflowRunUrl: runUrl } : {}),
        ...(env.GITHUB_EVENT_NAME ? { trigger: env.GITHUB_EVENT_NAME } : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
    };
}
/** The local user's name, for records made outside GitHub. */
function localUserName() {
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ slowRunWarning),
/* harmony export */   z: () => (/* binding */ computeSlos)
/* harmony export */ });
/* harmony import */ var _stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1641);
/* harmony import */ var _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9050);
/**
 * The pipeline's service-level indicators, from what the tracker's runs and the registry's versions already
 * record, and their targets from `slo:` in trainyard.yml. Pure: the slo step gathers the history, this
 * module computes. docs/operating.md says how each is computed and what to do when one is breached.
 *
 * - M1 training success rate: training runs started in the window that ended FINISHED, over all that
 *   ended (FINISHED, FAILED, KILLED); runs still RUNNING are left out.
 * - M2 time-to-train: median and 95th percentile (linear interpolation, numpy's default) of the training
 *   command's duration (`trainyard.duration_seconds`) of the window's FINISHED runs that trained (cache hits,
 *   which train nothing, are left out).
 * - M3 data freshness: hours from the champion's training data to now: the as-of time of its snapshot
 *   (snapshot-data's `as_of`) if it has one, else the snapshot's creation (`createdAt` of its manifest in
 *   the store; the champion's `trainyard.snapshot.id` tag names it). Where the manifest cannot be read, the
 *   start of the champion's training run (the snapshot is taken just before training, so its data is at
 *   least that old), and the basis says so.
 * - M4 registration latency: median hours from a training run's end to the creation of its model version,
 *   over versions created in the window.
 * - M8 performance delta vs baseline: mean improvement, in the primary metric's good direction, that the
 *   versions promoted in the window showed over the champion they replaced (`trainyard.delta.<metric>`).
 * - M9 validation failure rate: of the window's candidates that reached data validation and went no
 *   further than the gate — validations that failed and stopped the pipeline (validate-data records each
 *   as a tracker run tagged `trainyard.kind: validation`) plus versions compared by the gate — the share
 *   that failed validation: the stopped ones plus compared versions whose gate failed the validation rule.
 * - M10 retrain-trigger usefulness: share of the retrains the monitor dispatched in the window that were
 *   followed by a promotion replacing the champion that was monitored.
 */


const HOUR = 3_600_000;
function quantile(values, q) {
    if (values.length === 0)
        return null;
    return (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileSorted */ .vS)(Float64Array.from(values).sort(), q);
}
function judge(value, bound) {
    if (!bound || (bound.min === undefined && bound.max === undefined))
        return { status: value === null ? "no data" : "no target" };
    const target = bound.min !== undefined ? `≥ ${bound.min}` : `≤ ${bound.max}`;
    if (value === null)
        return { status: "no data", target };
    const breached = (bound.min !== undefined && value < bound.min) || (bound.max !== undefined && value > bound.max);
    return { status: breached ? "breached" : "met", target };
}
/** Every indicator over the window ending at `now`, judged against the targets. */
function computeSlos(history, targets, now, windowMs) {
    const from = now - windowMs;
    const inWindow = (time) => time !== undefined && time >= from && time <= now;
    const indicators = [];
    const ended = history.trainRuns.filter((run) => inWindow(run.startTime) &&
        (run.status === "FINISHED" || run.status === "FAILED" || run.status === "KILLED"));
    const finished = ended.filter((run) => run.status === "FINISHED");
    const successRate = ended.length > 0 ? finished.length / ended.length : null;
    indicators.push({
        id: "M1",
        name: "training success rate",
        value: successRate,
        unit: "fraction",
        basis: `${finished.length} of ${ended.length} training run(s) finished`,
        ...judge(successRate, targets.training_success_rate),
    });
    const minutes = finished
        .filter((run) => !run.cacheHit && run.durationSeconds !== undefined)
        .map((run) => run.durationSeconds / 60);
    const median = quantile(minutes, 0.5);
    const p95 = quantile(minutes, 0.95);
    const ttt = targets.time_to_train_minutes;
    indicators.push({
        id: "M2",
        name: "time to train, median",
        value: median,
        unit: "minutes",
        basis: `${minutes.length} run(s) that trained`,
        ...judge(median, ttt?.median !== undefined ? { max: ttt.median } : undefined),
    });
    indicators.push({
        id: "M2",
        name: "time to train, p95",
        value: p95,
        unit: "minutes",
        basis: `${minutes.length} run(s) that trained`,
        ...judge(p95, ttt?.p95 !== undefined ? { max: ttt.p95 } : undefined),
    });
    const champion = history.versions.find((version) => version.champion);
    const dataTime = champion ? (history.championData?.time ?? champion.runStartTime) : undefined;
    const freshness = dataTime !== undefined ? (now - dataTime) / HOUR : null;
    indicators.push({
        id: "M3",
        name: "data freshness",
        value: freshness,
        unit: "hours",
        basis: !champion
            ? "no champion"
            : history.championData
                ? `champion version ${champion.version}'s ${history.championData.basis}`
                : `champion version ${champion.version}'s training run start${history.championDataNote ? ` (${history.championDataNote})` : ""}`,
        ...judge(freshness, targets.data_freshness_hours),
    });
    const latencies = history.versions
        .filter((version) => inWindow(version.creationTimestamp) && version.runEndTime !== undefined)
        .map((version) => (version.creationTimestamp - version.runEndTime) / HOUR);
    const latency = quantile(latencies, 0.5);
    indicators.push({
        id: "M4",
        name: "registration latency, median",
        value: latency,
        unit: "hours",
        basis: `${latencies.length} version(s) registered`,
        ...judge(latency, targets.registration_latency_hours),
    });
    const gains = history.versions
        .filter((version) => inWindow(version.promotedAt) && version.primaryDelta !== undefined && version.primaryMetric)
        .map((version) => (0,_stats_metric_names_js__WEBPACK_IMPORTED_MODULE_1__/* .higherIsBetter */ .i2)(version.primaryMetric)
        ? version.primaryDelta
        : -version.primaryDelta);
    const gain = gains.length > 0 ? gains.reduce((sum, value) => sum + value, 0) / gains.length : null;
    indicators.push({
        id: "M8",
        name: "performance delta vs the replaced champion, mean",
        value: gain,
        unit: "primary metric",
        basis: `${gains.length} promotion(s) over a champion`,
        ...judge(gain, targets.performance_delta),
    });
    const compared = history.versions.filter((version) => inWindow(version.creationTimestamp) && version.decision);
    const invalid = compared.filter((version) => version.gateFailed.includes("validation"));
    const stopped = (history.failedValidations ?? []).filter((time) => inWindow(time)).length;
    const candidates = stopped + compared.length;
    const failureRate = candidates > 0 ? (stopped + invalid.length) / candidates : null;
    indicators.push({
        id: "M9",
        name: "validation failure rate",
        value: failureRate,
        unit: "fraction",
        basis: `${stopped} validation(s) stopped a pipeline; ${invalid.length} of ${compared.length} compared version(s) failed data validation`,
        ...judge(failureRate, targets.validation_failure_rate),
    });
    const triggers = history.monitorRuns.filter((run) => run.dispatched && inWindow(run.startTime));
    const useful = triggers.filter((trigger) => history.versions.some((version) => version.promotedAt !== undefined &&
        version.promotedAt >= trigger.startTime &&
        version.previousChampion === trigger.championVersion));
    const usefulness = triggers.length > 0 ? useful.length / triggers.length : null;
    indicators.push({
        id: "M10",
        name: "retrain-trigger usefulness",
        value: usefulness,
        unit: "fraction",
        basis: `${useful.length} of ${triggers.length} dispatched retrain(s) led to a promotion`,
        ...judge(usefulness, targets.retrain_trigger_usefulness),
    });
    return indicators;
}
/**
 * The train step's alert: a run that took more than twice the median of the model's last 20 successful
 * runs (at least 3 of them, so one odd run does not set the bar). Undefined when the run is not slow.
 */
function slowRunWarning(seconds, previous) {
    const recent = previous.filter((value) => Number.isFinite(value) && value > 0).slice(0, 20);
    if (recent.length < 3)
        return undefined;
    const median = quantile(recent, 0.5);
    if (!(seconds > 2 * median))
        return undefined;
    return `this training took ${seconds.toFixed(1)} s, ${(seconds / median).toFixed(1)}× the median ${median.toFixed(1)} s of the model's last ${recent.length} successful run(s) (alert above 2×); see "Time to train" in docs/operating.md`;
}


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ prepareCheckpoints),
/* harmony export */   dr: () => (/* binding */ listCheckpointKeys),
/* harmony export */   hq: () => (/* binding */ deleteCheckpoints)
/* harmony export */ });
/* unused harmony exports checkpointPrefix, describeCheckpoint, restoreCheckpoint, CheckpointSync */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2311);
/* harmony import */ var _config_contracts_contract_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8689);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6217);
/* harmony import */ var _data_list_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7244);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6170);








/**
 * Durable checkpoints (the train contract's TRAINYARD_CHECKPOINT_DIR). While the command runs, what it writes
 * there is copied to the store: each file as a content-addressed blob under `checkpoints/<cache key>/blobs/`,
 * then a manifest naming them, written last, so a manifest in the store always names complete, hashed
 * blobs. A later training of the same cache key restores the newest manifest whose blobs all check out.
 */
const CHECKPOINT_KIND = "trainyard.checkpoint";
const CHECKPOINT_VERSION = 1;
/** Manifests kept per run: the newest few, so a restore has a fallback if the newest is damaged. */
const KEEP_PER_RUN = 2;
const checkpointFileSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
        .min(1)
        .refine((path) => !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === ""), "a relative path inside the checkpoint folder"),
    sha256: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    bytes: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().nonnegative(),
});
const checkpointManifestSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(CHECKPOINT_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(CHECKPOINT_VERSION),
    key: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    sequence: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().positive(),
    /** The step the trainer named in `checkpoint.json` (`{"step": n}`), when it did. */
    step: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    files: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(checkpointFileSchema),
});
const checkpointPrefix = (key) => `checkpoints/${key}/`;
const checkpointBlobKey = (key, sha) => `checkpoints/${key}/blobs/${sha}`;
const manifestKeyOf = (key, runId, sequence) => `checkpoints/${key}/manifests/${runId}/${String(sequence).padStart(8, "0")}.json`;
/** The files of a folder that may not exist yet (none then). */
const listFilesIfAny = (root) => (0,_data_list_files_js__WEBPACK_IMPORTED_MODULE_5__/* .listFiles */ .C)(root).catch(() => []);
/** The step a trainer names in `checkpoint.json`, if it writes one with a numeric `step`. */
async function readStep(dir) {
    try {
        const step = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "checkpoint.json"), "utf8"))
            .step;
        return typeof step === "number" && Number.isFinite(step) ? step : undefined;
    }
    catch {
        return undefined;
    }
}
/** "run <id>, step <n>" or "run <id>, <time>": how a checkpoint is named in the log and on the run. */
function describeCheckpoint(manifest) {
    return `run ${manifest.runId}, ${manifest.step !== undefined ? `step ${manifest.step}` : manifest.createdAt}`;
}
/** Every checkpoint manifest of a cache key, newest first; unreadable ones come back as `problem`s. */
async function listManifests(store, key) {
    const manifests = [];
    const problems = [];
    for await (const entry of store.list(`${checkpointPrefix(key)}manifests/`)) {
        try {
            const manifest = (0,_config_contracts_contract_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseContract */ .UA)(checkpointManifestSchema, (await store.getBytes(entry.key)).toString("utf8"), `${store.uri}/${entry.key}`, { kind: CHECKPOINT_KIND, version: CHECKPOINT_VERSION });
            manifests.push({ storeKey: entry.key, manifest });
        }
        catch (error) {
            problems.push(`${entry.key} is unreadable (${error.message.split("\n")[0]}); not used`);
        }
    }
    manifests.sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt) || b.manifest.sequence - a.manifest.sequence);
    return { manifests, problems };
}
/**
 * Restores the newest complete checkpoint of `key` into `dir` (which must be empty or absent). A manifest
 * that cannot be read, or whose blobs are missing or do not hash to what it names, is skipped with a
 * warning: a damaged checkpoint is never restored.
 */
async function restoreCheckpoint(context, store, key, dir) {
    const { manifests, problems } = await listManifests(store, key);
    for (const problem of problems)
        context.log.warning(`checkpoint ${problem}`);
    for (const { storeKey, manifest } of manifests) {
        const staging = `${dir}.restore-${process.pid}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
        try {
            await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(manifest.files, 4, async (file) => {
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, ...file.path.split("/"));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
                await store.download(checkpointBlobKey(key, file.sha256), target);
                const { sha256 } = await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(target);
                if (sha256 !== file.sha256)
                    throw new Error(`${file.path} has SHA-256 ${sha256}, not ${file.sha256}`);
            });
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
            context.log.warning(`checkpoint ${storeKey} (${describeCheckpoint(manifest)}) is damaged (${error.message}); not used`);
            continue;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(staging, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, dir);
        context.log.notice(`resuming from checkpoint ${storeKey} (${describeCheckpoint(manifest)}, ${manifest.files.length} file(s))`);
        return manifest;
    }
    return undefined;
}
/**
 * Copies the checkpoint folder to the store every `intervalMs` while the command runs and once more when it
 * has ended (a cancel's SIGTERM included: the trainer may write a last checkpoint before it exits). Each
 * upload copies the folder to a scratch folder first, hashes the copies and puts those, so a file the
 * trainer rewrites meanwhile cannot give a blob that differs from its hash. Unchanged folders are skipped.
 */
class CheckpointSync {
    options;
    timer;
    chain = Promise.resolve();
    sequence = 0;
    lastDigest = "";
    written = [];
    uploads = 0;
    constructor(options) {
        this.options = options;
    }
    start() {
        this.timer = setInterval(() => this.schedule(), this.options.intervalMs);
        this.timer.unref();
    }
    /** After the command has ended: the last upload, then no more. */
    async stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        this.schedule();
        await this.chain;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.options.stagingDir, { recursive: true, force: true });
    }
    schedule() {
        this.chain = this.chain.then(() => this.upload().catch((error) => this.options.log.warning(`checkpoint upload failed (the next one retries): ${error.message}`)));
    }
    async upload() {
        const { store, key, runId, dir, stagingDir } = this.options;
        const paths = await listFilesIfAny(dir);
        if (paths.length === 0)
            return;
        const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stagingDir, `copy-${this.sequence + 1}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(copy, { recursive: true, force: true });
        const files = await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(paths, 4, async (path) => {
            const source = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ...path.split("/"));
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(copy, ...path.split("/"));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(source, target);
            }
            catch (error) {
                // Removed between listing and copying (a trainer replacing its checkpoint): not part of this one.
                if (error.code === "ENOENT")
                    return undefined;
                throw error;
            }
            return { path, ...(await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(target)) };
        });
        const present = files.filter((file) => file !== undefined);
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(present)).digest("hex");
        if (present.length === 0 || digest === this.lastDigest) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(copy, { recursive: true, force: true });
            return;
        }
        await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(present, 4, (file) => store.putIfAbsent(checkpointBlobKey(key, file.sha256), { path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(copy, ...file.path.split("/")) }));
        this.sequence++;
        const step = await readStep(copy);
        const manifest = {
            kind: CHECKPOINT_KIND,
            version: CHECKPOINT_VERSION,
            key,
            runId,
            sequence: this.sequence,
            ...(step !== undefined ? { step } : {}),
            createdAt: new Date().toISOString(),
            files: present.map(({ path, sha256, bytes }) => ({ path, sha256, bytes })),
        };
        const manifestKey = manifestKeyOf(key, runId, this.sequence);
        // Last: only now does the checkpoint exist for a restore.
        await store.put(manifestKey, { body: (0,_config_contracts_contract_file_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeContract */ .Vf)(manifest) });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(copy, { recursive: true, force: true });
        this.lastDigest = digest;
        this.uploads++;
        this.written.push(manifestKey);
        while (this.written.length > KEEP_PER_RUN) {
            const old = this.written.shift();
            await store.delete(old).catch(() => undefined);
        }
        this.options.log.info(`checkpoint ${this.sequence} saved to the store (${describeCheckpoint(manifest)}, ${present.length} file(s))`);
    }
}
/** Deletes every checkpoint (manifests and blobs) of a cache key. Returns how many blobs were deleted. */
async function deleteCheckpoints(store, key) {
    const keys = [];
    // Manifests first: a checkpoint is gone as a whole before its blobs are.
    for await (const entry of store.list(`${checkpointPrefix(key)}manifests/`))
        keys.push(entry.key);
    for (const manifestKey of keys)
        await store.delete(manifestKey);
    let count = 0;
    for await (const entry of store.list(`${checkpointPrefix(key)}blobs/`)) {
        await store.delete(entry.key);
        count++;
    }
    // train.backend sagemaker: SageMaker's own CheckpointConfig copies, and the runs that wrote them.
    for (const kind of ["sagemaker/", "sagemaker-runs/"])
        for await (const entry of store.list(`${checkpointPrefix(key)}${kind}`)) {
            await store.delete(entry.key);
            count++;
        }
    return count + keys.length;
}
/** The cache keys that have checkpoints in the store, with the runs that wrote them. */
async function listCheckpointKeys(store) {
    const keys = new Map();
    for await (const entry of store.list("checkpoints/")) {
        const [, key, kind, runId] = entry.key.split("/");
        if (!key)
            continue;
        const runs = keys.get(key) ?? new Set();
        if ((kind === "manifests" || kind === "sagemaker-runs") && runId)
            runs.add(runId);
        keys.set(key, runs);
    }
    return keys;
}
/**
 * Before a training: restores the newest complete checkpoint of the cache key into the run's checkpoint
 * folder, records where it resumed from on the run, and returns the sync that uploads new checkpoints.
 */
async function prepareCheckpoints(context, options) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.runDir, "checkpoint");
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    const resumedFrom = await restoreCheckpoint(context, options.store, options.key, dir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    if (resumedFrom)
        await options.setTag("trainyard.checkpoint.resumed_from", describeCheckpoint(resumedFrom));
    const sync = new CheckpointSync({
        store: options.store,
        key: options.key,
        runId: options.runId,
        dir,
        stagingDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.runDir, "checkpoint-staging"),
        intervalMs: options.intervalSeconds * 1000,
        log: context.log,
    });
    return { dir, sync, ...(resumedFrom ? { resumedFrom } : {}) };
}


/***/ }),

/***/ 509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ openTrainBackend),
/* harmony export */   openRayBackend: () => (/* binding */ openRayBackend)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2845);


/**
 * Opens train.backend before the run is created, so a wrong address or token is one clear error and not a
 * FAILED run: for Ray, the address and token (masked from here on) and a check that the job API answers.
 */
async function openTrainBackend(context, inputs, train, training) {
    const backend = inputs.backend ?? train?.backend ?? "runner";
    if (backend === "runner")
        return undefined;
    if (backend === "sagemaker") {
        if (!training)
            throw new Error("train.backend sagemaker needs the training's cache key and store");
        // the SageMaker and Ray clients (AWS SDK, undici) load only for their backend: a run on the runner needs neither
        const { openSageMakerBackend } = await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(4459), __webpack_require__.e(7572)]).then(__webpack_require__.bind(__webpack_require__, 7572));
        return openSageMakerBackend(context, {
            train,
            cacheKey: training.cacheKey,
            store: await training.store(),
            adoptCompleted: training.useCache,
            where: inputs.backend ? (0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "backend") : "train.backend",
        });
    }
    // A remote cluster does not see the runner's folders: with an S3 store the files go through it.
    let transfer;
    if (training && train?.ray?.transfer !== "shared") {
        const store = await training.store();
        if (store.uri.startsWith("s3://") && "client" in store)
            transfer = { store: store, intervalSeconds: train?.checkpoint?.interval ?? 60 };
        else if (train?.ray?.transfer === "s3")
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`train.ray.transfer is s3, but the store is ${store.uri}: set store to s3://bucket/prefix, or train.ray.transfer: shared for a head that shares this file system`);
    }
    return openRayBackend(context, {
        ...(transfer ? { transfer } : {}),
        address: inputs["ray-address"] ?? train?.ray?.address ?? context.env.RAY_ADDRESS,
        token: inputs["ray-token"] ?? context.env.RAY_AUTH_TOKEN,
        where: `${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "ray-address")}, train.ray.address or RAY_ADDRESS`,
        ray: train?.ray,
    });
}
/** Opens a Ray cluster's job API (address and token masked from here on) and checks that it answers. */
async function openRayBackend(context, options) {
    const { address, token, where, ray } = options;
    const { RayJobsClient, RayJobsError, runOnRay, stopOrphanedRayJob } = await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(6752), __webpack_require__.e(6515)]).then(__webpack_require__.bind(__webpack_require__, 6515));
    if (!address)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`train.backend is ray but no Ray dashboard address is given: set ${where}`);
    if (!/^https?:\/\/\S+$/.test(address))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the Ray address (${where}) must be the dashboard's http(s):// address`);
    context.setSecret(address);
    if (token)
        context.setSecret(token);
    try {
        const version = await new RayJobsClient(address, token).version();
        context.log.info(`Ray cluster reached: Ray ${version.ray_version}, job API version ${version.version}; the job's files go ${options.transfer ? `through ${options.transfer.store.uri} (presigned URLs)` : "by the runner's paths (a shared file system)"}`);
    }
    catch (error) {
        if (error instanceof _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw error;
        const code = error.code ?? error.name;
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(error instanceof RayJobsError
            ? `the Ray address (${where}) answered, but not as a Ray dashboard's job API (HTTP ${error.statusCode}); give the dashboard's address, e.g. http://head:8265`
            : `cannot reach the Ray cluster's job API at the address of ${where} (${code}); is it right, and is the head's dashboard running (ray start --head --include-dashboard true)?`);
    }
    const settings = {
        address,
        ...(token ? { token } : {}),
        ...(ray?.num_cpus !== undefined ? { numCpus: ray.num_cpus } : {}),
        ...(ray?.num_gpus !== undefined ? { numGpus: ray.num_gpus } : {}),
        ...(ray?.memory !== undefined ? { memory: ray.memory } : {}),
        ...(ray?.runtime_env ? { runtimeEnv: ray.runtime_env } : {}),
        ...(options.transfer ? { transfer: options.transfer } : {}),
    };
    return {
        name: "ray",
        execute: (options, onSubmitted) => runOnRay(settings, options, onSubmitted),
        stopOrphan: (tags) => stopOrphanedRayJob(settings, tags),
    };
}


/***/ }),

/***/ 3242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TrainingFailedError: () => (/* binding */ TrainingFailedError),
  trainStep: () => (/* binding */ trainStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(8689);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/lineage.js


const LINEAGE_KIND = "trainyard.lineage";
const LINEAGE_VERSION = 1;
const environmentSchema = schemas/* object */.Ikc({
    os: schemas/* string */.YjP(),
    arch: schemas/* string */.YjP(),
    cpuModel: schemas/* string */.YjP(),
    cpus: schemas/* number */.aig().int().nonnegative(),
    runnerImage: schemas/* string */.YjP().optional(),
    runnerImageVersion: schemas/* string */.YjP().optional(),
    node: schemas/* string */.YjP(),
    python: schemas/* string */.YjP().optional(),
    /** SHA-256 of every lockfile found, by path relative to the working directory. */
    lockfiles: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
});
const codeSchema = schemas/* object */.Ikc({
    commit: schemas/* string */.YjP().optional(),
    dirty: schemas/* boolean */.zMY().optional(),
    repository: schemas/* string */.YjP().optional(),
    ref: schemas/* string */.YjP().optional(),
    workflowRunUrl: schemas/* string */.YjP().optional(),
    trigger: schemas/* string */.YjP().optional(),
    actor: schemas/* string */.YjP().optional(),
});
/** Everything a trained model is: the answer to "what produced this model?". */
const lineageSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(LINEAGE_KIND),
    version: schemas/* literal */.euz(LINEAGE_VERSION),
    model: schemas/* string */.YjP().optional(),
    runId: schemas/* string */.YjP(),
    trackingUri: schemas/* string */.YjP(),
    code: codeSchema,
    data: schemas/* object */.Ikc({
        snapshotId: schemas/* string */.YjP().optional(),
        dataDir: schemas/* string */.YjP().optional(),
        asOf: schemas/* string */.YjP().optional(),
    }),
    configHash: schemas/* string */.YjP().optional(),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    seed: schemas/* number */.aig().int(),
    command: schemas/* string */.YjP(),
    workingDirectory: schemas/* string */.YjP(),
    environment: environmentSchema,
    training: schemas/* object */.Ikc({
        exitCode: schemas/* number */.aig().int().nullable(),
        durationSeconds: schemas/* number */.aig().nonnegative(),
        peakMemoryBytes: schemas/* number */.aig().int().nonnegative().optional(),
        cacheKey: schemas/* string */.YjP().optional(),
        cacheHit: schemas/* boolean */.zMY(),
        reusedRunId: schemas/* string */.YjP().optional(),
    }),
    startedAt: schemas/* string */.YjP(),
    finishedAt: schemas/* string */.YjP(),
});
function parseLineage(text, file) {
    return parseContract(lineageSchema, text, file, { kind: LINEAGE_KIND, version: LINEAGE_VERSION });
}

// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.cache/build/lib/data/hash-file.js
var hash_file = __webpack_require__(6217);
;// CONCATENATED MODULE: ./.cache/build/lib/lineage/environment.js






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const LOCKFILE = /^(requirements.*\.txt|poetry\.lock|uv\.lock|Pipfile\.lock|environment\.ya?ml|package-lock\.json)$/;
const SKIP_DIRS = new Set([
    ".git",
    "node_modules",
    ".venv",
    "venv",
    ".trainyard",
    ".cache",
    "__pycache__",
    "dist",
]);
/** Every lockfile under `root` (a few levels deep), with its SHA-256, by path relative to `root`. */
async function findLockfiles(root, maxDepth = 3) {
    const found = {};
    const walk = async (dir, depth) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (depth < maxDepth && !SKIP_DIRS.has(entry.name))
                    await walk(path, depth + 1);
            }
            else if (entry.isFile() && LOCKFILE.test(entry.name)) {
                found[(0,external_node_path_.relative)(root, path).split("\\").join("/")] = (await (0,hash_file/* hashFile */.D)(path)).sha256;
            }
        }
    };
    await walk(root, 0);
    return found;
}
async function pythonVersion(env) {
    for (const program of ["python3", "python"]) {
        try {
            const { stdout, stderr } = await run(program, ["--version"], {
                env,
                timeout: 10_000,
                encoding: "utf8",
            });
            const version = /Python\s+(\S+)/.exec(`${stdout}${stderr}`)?.[1];
            if (version)
                return version;
        }
        catch {
            // not installed
        }
    }
    return undefined;
}
/** What the training ran on: OS, CPU, runner image, tool versions and lockfile hashes. */
async function collectEnvironment(workingDirectory, env) {
    const cpuList = (0,external_node_os_.cpus)();
    const python = await pythonVersion(env);
    return {
        os: `${(0,external_node_os_.platform)()} ${(0,external_node_os_.release)()}`,
        arch: (0,external_node_os_.arch)(),
        cpuModel: cpuList[0]?.model.trim() ?? "unknown",
        cpus: cpuList.length,
        // GitHub's hosted runners name their image in ImageOS and ImageVersion.
        ...(env.ImageOS ? { runnerImage: env.ImageOS } : {}),
        ...(env.ImageVersion ? { runnerImageVersion: env.ImageVersion } : {}),
        node: process.versions.node,
        ...(python ? { python } : {}),
        lockfiles: await findLockfiles(workingDirectory),
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/lineage/git-state.js
var git_state = __webpack_require__(9366);
// EXTERNAL MODULE: ./.cache/build/lib/lineage/workflow-run.js
var workflow_run = __webpack_require__(3088);
// EXTERNAL MODULE: ./.cache/build/lib/serving/lineage-hooks.js
var lineage_hooks = __webpack_require__(5852);
// EXTERNAL MODULE: ./.cache/build/lib/serving/step-hooks.js
var step_hooks = __webpack_require__(153);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/run-command.js + 1 modules
var run_command = __webpack_require__(1051);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/split-command.js
var split_command = __webpack_require__(4997);
// EXTERNAL MODULE: ./.cache/build/lib/steps/known-secrets.js
var known_secrets = __webpack_require__(5172);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(2140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(9210);
// EXTERNAL MODULE: ./.cache/build/lib/steps/training-data.js
var training_data = __webpack_require__(1778);
// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
// EXTERNAL MODULE: ./.cache/build/lib/steps/train/checkpoints.js
var checkpoints = __webpack_require__(2165);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/params.js




function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** `over` merged into `base`, objects recursively; arrays and scalars replace. */
function mergeParams(base, over) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(over)) {
        const current = merged[key];
        merged[key] = isPlainObject(current) && isPlainObject(value) ? mergeParams(current, value) : value;
    }
    return merged;
}
function parseParamsText(text, source) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new user_error/* UserError */.yo(`params from ${source} are not valid YAML or JSON: ${error.message}`);
    }
    if (value === null || value === undefined)
        return {};
    if (!isPlainObject(value))
        throw new user_error/* UserError */.yo(`params from ${source} must be a mapping of names to values, found ${JSON.stringify(value)}`);
    return value;
}
/**
 * The `params` input: inline YAML/JSON (`{lr: 0.1}`, `lr: 0.1`) or the path of a YAML/JSON file. A value that
 * names an existing file is read as that file; anything else is parsed as inline text.
 */
async function readParamsInput(input, cwd) {
    const trimmed = input.trim();
    if (!/[\n:{[]/.test(trimmed)) {
        const path = (0,external_node_path_.resolve)(cwd, trimmed);
        const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
            if (error.code === "ENOENT")
                throw new user_error/* UserError */.yo(`params "${trimmed}" is neither a file (${path} does not exist) nor inline YAML`);
            throw error;
        });
        return parseParamsText(text, path);
    }
    return parseParamsText(trimmed, "the params input");
}
/** The resolved params: trainyard.yml's train.params, then train.params_file, then the input, each overriding. */
async function resolveParams(options) {
    let params = options.configParams ?? {};
    if (options.paramsFile) {
        const path = (0,external_node_path_.resolve)(options.cwd, options.paramsFile);
        params = mergeParams(params, parseParamsText(await (0,promises_.readFile)(path, "utf8"), path));
    }
    if (options.input)
        params = mergeParams(params, await readParamsInput(options.input, options.cwd));
    return params;
}
/** Nested params as MLflow keys: `{model: {depth: 3}}` → `model.depth = "3"`; arrays as JSON. */
function flattenParams(params, prefix = "") {
    const flat = {};
    for (const key of Object.keys(params).sort()) {
        const value = params[key];
        const name = prefix ? `${prefix}.${key}` : key;
        if (isPlainObject(value) && Object.keys(value).length > 0)
            Object.assign(flat, flattenParams(value, name));
        else
            flat[name] = typeof value === "string" ? value : JSON.stringify(value ?? null);
    }
    return flat;
}
/** JSON with keys sorted at every level: the same params always hash the same. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(",")}]`;
    if (isPlainObject(value))
        return `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
            .join(",")}}`;
    return JSON.stringify(value ?? null);
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/curves.js

/** Reads the training curves the command appended to TRAINYARD_METRICS_FILE (JSON Lines). */
async function readCurves(path, timestamp) {
    const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
        if (error.code === "ENOENT")
            return "";
        throw error;
    });
    const metrics = [];
    const problems = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        if (!line.trim())
            return;
        let point;
        try {
            point = JSON.parse(line);
        }
        catch {
            problems.push(`line ${index + 1}: not JSON`);
            return;
        }
        const step = point.step ?? 0;
        if (typeof point.name !== "string" ||
            !/^[\w./ -]+$/.test(point.name) ||
            typeof point.value !== "number" ||
            typeof step !== "number" ||
            !Number.isInteger(step)) {
            problems.push(`line ${index + 1}: expected {"name": string, "value": number, "step": integer}`);
            return;
        }
        metrics.push({ key: point.name, value: point.value, step, timestamp });
    });
    return { metrics, problems };
}
/** The last value of each curve (by step, then by order). */
function finalValues(metrics) {
    const last = {};
    for (const metric of metrics) {
        const seen = last[metric.key];
        if (!seen || metric.step >= seen.step)
            last[metric.key] = { step: metric.step, value: metric.value };
    }
    return Object.fromEntries(Object.entries(last).map(([key, { value }]) => [key, value]));
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/reproduce.js




/** The pattern's tolerance: final metrics of two trainings may differ by at most 1 %. */
const REPRODUCE_TOLERANCE = 0.01;
async function fileHashes(root) {
    const entries = await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true });
    const hashes = new Map();
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const path = (0,external_node_path_.join)(entry.parentPath, entry.name);
        hashes.set((0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join("/"), (await (0,hash_file/* hashFile */.D)(path)).sha256);
    }
    return hashes;
}
function relativeDifference(a, b) {
    if (a === b)
        return 0;
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
/** Compares two trainings from the same inputs: model bytes, and the final value of every curve (±1 %). */
async function compareReproduction(firstDir, secondDir, firstCurves, secondCurves) {
    const [a, b] = await Promise.all([fileHashes(firstDir), fileHashes(secondDir)]);
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differingFiles = names.filter((name) => a.get(name) !== b.get(name));
    const finalA = finalValues(firstCurves);
    const finalB = finalValues(secondCurves);
    let maxRelativeDifference = 0;
    let worstMetric;
    for (const key of Object.keys(finalA).sort()) {
        const other = finalB[key];
        const difference = other === undefined ? Number.POSITIVE_INFINITY : relativeDifference(finalA[key], other);
        if (worstMetric === undefined || difference > maxRelativeDifference) {
            maxRelativeDifference = difference;
            worstMetric = key;
        }
    }
    const identicalFiles = differingFiles.length === 0;
    // Without curves, only the bytes can tell whether the two trainings agree.
    const withinTolerance = worstMetric !== undefined && maxRelativeDifference <= REPRODUCE_TOLERANCE;
    const filesText = identicalFiles
        ? `the model files are byte-identical (${names.length} file(s))`
        : `${differingFiles.length} of ${names.length} model file(s) differ (${differingFiles.slice(0, 5).join(", ")})`;
    const metricsText = worstMetric === undefined
        ? "no training curves to compare"
        : `the final curve values differ by at most ${(maxRelativeDifference * 100).toFixed(3)} % (${worstMetric}; tolerance 1 %)`;
    return {
        identicalFiles,
        differingFiles,
        maxRelativeDifference,
        ...(worstMetric ? { worstMetric } : {}),
        reproducible: identicalFiles || withinTolerance,
        summary: `trained twice from the same inputs: ${filesText}; ${metricsText}`,
    };
}
function reproductionTags(comparison) {
    return {
        "trainyard.reproduce.identical_files": String(comparison.identicalFiles),
        "trainyard.reproduce.max_relative_difference": String(comparison.maxRelativeDifference),
        "trainyard.reproduce.reproducible": String(comparison.reproducible),
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/policy/slo-policy.js
var slo_policy = __webpack_require__(7225);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/slow-run.js

/**
 * Warns when this training took more than twice the median of the experiment's last 20 successful runs that
 * trained (cache hits left out). A tracker that cannot answer only costs the warning.
 */
async function warnIfSlow(context, tracker, experimentId, runId, seconds) {
    const runs = await tracker
        .searchRuns({
        experimentIds: [experimentId],
        filter: "attributes.status = 'FINISHED'",
        maxResults: 100,
        orderBy: ["attributes.start_time DESC"],
    })
        .catch(() => []);
    const previous = runs
        .filter((run) => run.info.runId !== runId &&
        run.tags["trainyard.cache.key"] !== undefined &&
        run.tags["trainyard.cache.hit"] !== "true" &&
        run.tags["trainyard.duration_seconds"] !== undefined)
        .map((run) => Number(run.tags["trainyard.duration_seconds"]))
        .slice(0, 20);
    const warning = (0,slo_policy/* slowRunWarning */.V)(seconds, previous);
    if (warning)
        context.log.warning(warning);
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/train/train-backend.js
var train_backend = __webpack_require__(509);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/snapshot-manifest.js
var snapshot_manifest = __webpack_require__(7352);
// EXTERNAL MODULE: ./.cache/build/lib/data/list-files.js
var list_files = __webpack_require__(7244);
// EXTERNAL MODULE: ./.cache/build/lib/store/parallel.js
var parallel = __webpack_require__(6170);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-cache.js











const CACHE_KIND = "trainyard.train-cache";
const CACHE_VERSION = 1;
/** The cache key of a training: the same inputs give the same key, any changed input another. */
function trainCacheKey(inputs) {
    return (0,external_node_crypto_.createHash)("sha256")
        .update(canonicalJson({ kind: CACHE_KIND, version: CACHE_VERSION, ...inputs }))
        .digest("hex");
}
const cachedFileSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP()
        .min(1)
        .refine((path) => !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === ""), "a relative path inside the model folder"),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    bytes: schemas/* number */.aig().int().nonnegative(),
});
const cacheRecordSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(CACHE_KIND),
    version: schemas/* literal */.euz(CACHE_VERSION),
    key: schemas/* string */.YjP(),
    runId: schemas/* string */.YjP(),
    files: schemas/* array */.YOg(cachedFileSchema),
    createdAt: schemas/* string */.YjP(),
});
const recordKey = (key) => `cache/train/${key}.json`;
/** Puts the model folder's files in the store (content-addressed) and the record last, so a record is never partial. */
async function saveModelToStore(store, key, modelDir, runId) {
    const files = await (0,parallel/* mapWithConcurrency */.W)(await (0,list_files/* listFiles */.C)(modelDir), 4, async (path) => {
        const local = (0,external_node_path_.join)(modelDir, ...path.split("/"));
        const { sha256, bytes } = await (0,hash_file/* hashFile */.D)(local);
        await store.putIfAbsent((0,snapshot_manifest/* blobKey */.bd)(sha256), { path: local });
        return { path, sha256, bytes };
    });
    const record = {
        kind: CACHE_KIND,
        version: CACHE_VERSION,
        key,
        runId,
        files,
        createdAt: new Date().toISOString(),
    };
    await store.putIfAbsent(recordKey(key), { body: (0,contract_file/* serializeContract */.Vf)(record) });
}
/** Restores a cached model folder into `modelDir` (replacing it), or returns undefined on a miss. */
async function restoreModelFromStore(store, key, modelDir) {
    if (!(await store.exists(recordKey(key))))
        return undefined;
    const text = (await store.getBytes(recordKey(key))).toString("utf8");
    const record = (0,contract_file/* parseContract */.UA)(cacheRecordSchema, text, `${store.uri}/${recordKey(key)}`, {
        kind: CACHE_KIND,
        version: CACHE_VERSION,
    });
    const staging = `${modelDir}.restore-${process.pid}`;
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,parallel/* mapWithConcurrency */.W)(record.files, 4, async (file) => {
        const target = (0,external_node_path_.join)(staging, ...file.path.split("/"));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await store.download((0,snapshot_manifest/* blobKey */.bd)(file.sha256), target);
        const { sha256 } = await (0,hash_file/* hashFile */.D)(target);
        if (sha256 !== file.sha256)
            throw new user_error/* UserError */.yo(`cached model file ${file.path} is damaged in the store (SHA-256 ${sha256})`);
    });
    await (0,promises_.mkdir)(staging, { recursive: true });
    await (0,promises_.rm)(modelDir, { recursive: true, force: true });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(modelDir), { recursive: true });
    await (0,promises_.rename)(staging, modelDir);
    return record;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/command-environment.js
var command_environment = __webpack_require__(5444);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/command/process-identity.js

/** A process's start time from /proc (Linux): tells it apart from a later process that reuses its pid. */
function processStartTicks(pid) {
    if (process.platform !== "linux")
        return undefined;
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, "latin1");
        // The command name (field 2) may hold spaces and parentheses: fields are counted after its ")".
        return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    }
    catch {
        return undefined;
    }
}
function processRecord(pid) {
    const startTicks = processStartTicks(pid);
    return startTicks === undefined ? { pid } : { pid, startTicks };
}
/**
 * SIGKILLs the process group a record names, unless its pid now belongs to another process. Without a
 * start time to compare (not Linux) nothing is killed: a reused pid must never be signalled.
 * True when a signal was delivered.
 */
function stopRecordedGroup(record) {
    if (record.startTicks === undefined || process.platform === "win32")
        return false;
    const current = processStartTicks(record.pid);
    // The leader alive but started at another time: the pid was reused, the group is not ours.
    if (current !== undefined && current !== record.startTicks)
        return false;
    try {
        // The leader may be gone while others of its group live on; the group id stays theirs until the last exits.
        process.kill(-record.pid, "SIGKILL");
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-run.js







/**
 * The environment of the user's command: the parent environment (without trainyard's credentials) plus the
 * TRAINYARD_* contract of DESIGN.md. Inputs reach the command only this way, never through a command line.
 */
function contractEnvironment(base, invocation, files) {
    const seed = String(invocation.seed);
    return {
        ...(0,command_environment/* commandEnvironment */.J)(base),
        TRAINYARD_DATA_DIR: invocation.dataDir,
        ...(invocation.trainFile ? { TRAINYARD_TRAIN_FILE: invocation.trainFile } : {}),
        ...(invocation.testFile ? { TRAINYARD_TEST_FILE: invocation.testFile } : {}),
        TRAINYARD_PARAMS_FILE: files.paramsFile,
        TRAINYARD_SEED: seed,
        PYTHONHASHSEED: seed,
        TRAINYARD_OUTPUT_DIR: invocation.outputDir,
        TRAINYARD_METRICS_FILE: files.metricsFile,
        TRAINYARD_RUN_ID: invocation.runId,
        ...(invocation.checkpoints ? { TRAINYARD_CHECKPOINT_DIR: invocation.checkpoints.dir } : {}),
    };
}
/** Runs the training command once under the contract and reads its curves. */
async function runTraining(context, invocation) {
    await (0,promises_.mkdir)(invocation.runDir, { recursive: true });
    await (0,promises_.mkdir)(invocation.outputDir, { recursive: true });
    const paramsFile = (0,external_node_path_.join)(invocation.runDir, "params.json");
    const metricsFile = (0,external_node_path_.join)(invocation.runDir, `curves-${invocation.label.replace(/\W+/g, "-")}.jsonl`);
    await (0,promises_.writeFile)(paramsFile, `${JSON.stringify(invocation.params, null, 2)}\n`);
    await (0,promises_.writeFile)(metricsFile, "");
    const started = Date.now();
    const processFile = (0,external_node_path_.join)(invocation.runDir, PROCESS_FILE);
    invocation.checkpoints?.sync.start();
    const result = await context
        .group(`${invocation.label}: ${invocation.argv.join(" ")}`, () => (invocation.execute ?? run_command/* runCommand */.d)({
        argv: invocation.argv,
        cwd: invocation.cwd,
        env: contractEnvironment(context.env, invocation, { paramsFile, metricsFile }),
        timeoutMs: invocation.timeoutMs,
        onLine: (line) => context.log.info(line),
        // If trainyard itself is killed (SIGKILL cannot be caught), the next run stops this process group.
        onSpawn: (pid) => (0,external_node_fs_.writeFileSync)(processFile, JSON.stringify(processRecord(pid))),
    }))
        .finally(() => Promise.all([(0,promises_.rm)(processFile, { force: true }), invocation.checkpoints?.sync.stop()]));
    const { metrics, problems } = await readCurves(metricsFile, started);
    return { result, curves: metrics, curveProblems: problems };
}
const PROCESS_FILE = "training-process.json";
/**
 * Stops the training command of a run whose trainyard process was killed: its process group, detached so
 * that a timeout can stop the whole tree, outlives trainyard. Returns the pid it stopped, if any.
 */
async function stopOrphanedTraining(runDir) {
    const file = (0,external_node_path_.join)(runDir, PROCESS_FILE);
    let record;
    try {
        record = JSON.parse(await (0,promises_.readFile)(file, "utf8"));
    }
    catch {
        return undefined;
    }
    const stopped = Number.isInteger(record.pid) && record.pid > 1 && stopRecordedGroup(record);
    await (0,promises_.rm)(file, { force: true });
    return stopped ? record.pid : undefined;
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-tags.js


/** MLflow's limit on a param value (characters); longer values go in as artifacts. */
const PARAM_VALUE_LIMIT = 6000;
/** MLflow's limit on a tag value. */
const TAG_VALUE_LIMIT = 8000;
/**
 * The params as MLflow params (flattened `a.b.c` keys, plus the seed). A value over the server's limit is
 * replaced by a pointer and returned as an artifact `params/<key>.txt`.
 */
/** The characters MLflow accepts in a param name. */
const PARAM_NAME = /^[\w\-. /]+$/;
/** Refuses params whose names MLflow would reject, before a run is created for them. */
function checkParamNames(params) {
    const bad = Object.keys(flattenParams(params)).filter((name) => !PARAM_NAME.test(name));
    if (bad.length > 0) {
        throw new user_error/* UserError */.yo(`param name ${bad.map((name) => JSON.stringify(name)).join(", ")} (from train.params, train.params_file or the params input) may hold only letters, digits, "_", "-", ".", " " and "/"`);
    }
}
function paramsForTracking(params, seed) {
    const flat = { ...flattenParams(params), "trainyard.seed": String(seed) };
    const oversized = [];
    for (const [key, value] of Object.entries(flat)) {
        if (value.length <= PARAM_VALUE_LIMIT)
            continue;
        const artifact = `params/${key.replace(/[^\w.-]/g, "_")}.txt`;
        oversized.push([artifact, value]);
        flat[key] = `(${value.length} characters: see the artifact ${artifact})`;
    }
    return { params: flat, oversized };
}
/** The lineage as `trainyard.*` tags, so the MLflow UI and the registry can show it without the artifact. */
function lineageTags(lineage) {
    const tags = {
        "trainyard.snapshot.id": lineage.data.snapshotId,
        "trainyard.git.commit": lineage.code.commit,
        "trainyard.git.dirty": lineage.code.dirty === undefined ? undefined : String(lineage.code.dirty),
        "trainyard.git.ref": lineage.code.ref,
        "trainyard.workflow.run_url": lineage.code.workflowRunUrl,
        "trainyard.workflow.trigger": lineage.code.trigger,
        "trainyard.workflow.actor": lineage.code.actor,
        "trainyard.config.sha256": lineage.configHash,
        "trainyard.seed": String(lineage.seed),
        "trainyard.command": lineage.command,
        "trainyard.working_directory": lineage.workingDirectory,
        "trainyard.exit_code": lineage.training.exitCode === null ? undefined : String(lineage.training.exitCode),
        "trainyard.duration_seconds": lineage.training.durationSeconds.toFixed(3),
        "trainyard.peak_memory_bytes": lineage.training.peakMemoryBytes === undefined ? undefined : String(lineage.training.peakMemoryBytes),
        "trainyard.cache.hit": String(lineage.training.cacheHit),
        "trainyard.env.os": lineage.environment.os,
        "trainyard.env.arch": lineage.environment.arch,
        "trainyard.env.cpu": `${lineage.environment.cpuModel} x${lineage.environment.cpus}`,
        "trainyard.env.runner_image": lineage.environment.runnerImage
            ? `${lineage.environment.runnerImage} ${lineage.environment.runnerImageVersion ?? ""}`.trim()
            : undefined,
        "trainyard.env.node": lineage.environment.node,
        "trainyard.env.python": lineage.environment.python,
    };
    for (const [path, sha] of Object.entries(lineage.environment.lockfiles))
        tags[`trainyard.lockfile.${path}`] = sha;
    return Object.fromEntries(Object.entries(tags)
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => [key, value.slice(0, TAG_VALUE_LIMIT)]));
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-step.js



























/** The training command failed, timed out or was cancelled; the run is already marked FAILED or KILLED. */
class TrainingFailedError extends user_error/* UserError */.yo {
    exitCode;
    tail;
    constructor(message, exitCode, tail) {
        super(message);
        this.exitCode = exitCode;
        this.tail = tail;
        this.name = "TrainingFailedError";
    }
}
const TAIL_ARTIFACT = "logs/train-tail.log";
function reproduceMode(input, configured) {
    const mode = input ?? (configured === undefined ? "false" : String(configured));
    return mode === "true" ? "warn" : mode;
}
async function isEmptyDir(path) {
    const entries = await (0,promises_.readdir)(path).catch(() => []);
    return entries.length === 0;
}
async function restoreCached(context, key, modelDir, openStore) {
    if (context.cache) {
        const staging = (0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.trainCache(key));
        if (await context.cache.restore(staging, `trainyard-train-${key}`)) {
            const record = await restoreModelFromStore(await localStoreAt(staging), key, modelDir).catch(() => undefined);
            if (record)
                return { runId: record.runId };
        }
    }
    const record = await restoreModelFromStore(await openStore(), key, modelDir);
    return record ? { runId: record.runId } : undefined;
}
async function localStoreAt(dir) {
    const { LocalStore } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9402));
    return new LocalStore(dir);
}
async function saveCached(context, key, modelDir, runId, openStore) {
    await saveModelToStore(await openStore(), key, modelDir, runId);
    if (context.cache) {
        const staging = (0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.trainCache(key));
        await saveModelToStore(await localStoreAt(staging), key, modelDir, runId);
        await context.cache.save(staging, `trainyard-train-${key}`);
    }
}
/**
 * `train`: runs the user's training command under the env-var contract, records everything that makes the
 * model reproducible (params, seed, code, data, environment) in the tracker, and reuses an earlier model
 * when none of those inputs changed.
 */
async function trainStep(context, inputs, preloaded) {
    const config = preloaded ?? (await (0,step_config/* loadStepConfig */.hs)(context, inputs));
    // The command inherits these secrets and may print them: its log tail is masked before it is kept.
    (0,known_secrets/* registerKnownSecrets */.YN)(context, config);
    const train = config?.config.train;
    const commandLine = inputs.command ?? train?.command;
    if (!commandLine)
        throw new user_error/* UserError */.yo(`no training command: set train.command in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "command")}`);
    const argv = (0,split_command/* splitCommand */.G)(commandLine, "train command");
    const cwd = (0,external_node_path_.resolve)(context.workingDirectory, inputs["working-directory"] ?? train?.working_directory ?? ".");
    const seed = inputs.seed ?? train?.seed ?? 42;
    const timeoutMinutes = inputs["timeout-minutes"] ?? train?.timeout_minutes ?? 60;
    const useCache = inputs.cache ?? train?.cache ?? true;
    const reproduce = reproduceMode(inputs.reproduce, train?.reproduce);
    const params = await resolveParams({
        ...(train?.params ? { configParams: train.params } : {}),
        ...(train?.params_file ? { paramsFile: train.params_file } : {}),
        ...(inputs.params ? { input: inputs.params } : {}),
        cwd: context.workingDirectory,
    });
    checkParamNames(params);
    const data = await (0,training_data/* resolveTrainingData */.$)(context, inputs, config);
    if (!data.trainFile)
        context.log.warning(`the snapshot has no train file in ${data.dataDir}; TRAINYARD_TRAIN_FILE is not set`);
    const outputDirInput = inputs["output-dir"]
        ? (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"])
        : undefined;
    const [git, environment] = await Promise.all([
        (0,git_state/* readGitState */.I)(cwd, { exclude: outputDirInput ? [outputDirInput] : [] }),
        collectEnvironment(cwd, context.env),
    ]);
    const code = (0,workflow_run/* codeRecord */.r)(git, context.env);
    const cacheInputs = {
        ...(data.snapshotId ? { snapshotId: data.snapshotId } : {}),
        params,
        seed,
        command: commandLine,
        ...(git.treeHash ? { codeHash: git.treeHash } : {}),
        lockfiles: environment.lockfiles,
    };
    const cacheKey = trainCacheKey(cacheInputs);
    context.log.debug(`cache key ${cacheKey} of ${JSON.stringify(cacheInputs)}`);
    const backend = await (0,train_backend/* openTrainBackend */.R)(context, inputs, train, {
        cacheKey,
        store: () => (0,step_config/* openStepStore */.cl)(context, inputs, config),
        useCache,
    });
    if (backend?.name === "sagemaker" && reproduce !== "false")
        throw new user_error/* UserError */.yo(`reproduce (${(0,declared_inputs/* inputLabel */.NB)(inputs, "reproduce")} or train.reproduce) is not available with train.backend sagemaker: the second training would be a second paid job; check reproducibility on the runner`);
    const { tracker } = await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config);
    const model = config?.config.model;
    const experimentName = inputs.experiment ?? config?.config.experiment ?? "trainyard";
    const experimentId = await tracker.ensureExperiment(experimentName);
    const runName = inputs["run-name"] ?? `${model ?? "train"}${code.commit ? `-${code.commit.slice(0, 7)}` : ""}`;
    const user = code.actor ?? safeUserName();
    await closeOrphanedRuns(context, tracker, experimentId, cacheKey, backend);
    const run = await tracker.createRun({
        experimentId,
        runName,
        tags: {
            "trainyard.host": (0,external_node_os_.hostname)(),
            "trainyard.pid": String(process.pid),
            "mlflow.runName": runName,
            "mlflow.source.type": "JOB",
            "mlflow.source.name": code.repository ?? cwd,
            ...(code.commit ? { "mlflow.source.git.commit": code.commit } : {}),
            ...(user ? { "mlflow.user": user } : {}),
            "trainyard.cache.key": cacheKey,
        },
    });
    const runId = run.runId;
    context.log.info(`tracking run ${runId} in experiment "${experimentName}" (${tracker.uri})`);
    const runUrl = tracker.runUrl(run);
    if (runUrl)
        context.log.info(`run: ${runUrl}`);
    const runDir = (0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.run(runId));
    const outputDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"] ?? (0,external_node_path_.join)(runDir, "model"));
    if (!(await isEmptyDir(outputDir)))
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "output-dir")} ${outputDir} is not empty; give a new or empty folder for the model`);
    const startedAt = new Date();
    const finish = async (lineage, extraTags, metrics = []) => {
        const lineagePath = (0,external_node_path_.join)(runDir, "lineage.json");
        await (0,promises_.mkdir)(runDir, { recursive: true });
        await (0,promises_.writeFile)(lineagePath, (0,contract_file/* serializeContract */.Vf)(lineage));
        await tracker.uploadArtifact(runId, lineagePath, "lineage.json");
        await tracker.logBatch(runId, { tags: { ...lineageTags(lineage), ...extraTags }, metrics });
        return lineagePath;
    };
    const baseLineage = (training) => ({
        kind: LINEAGE_KIND,
        version: LINEAGE_VERSION,
        ...(model ? { model } : {}),
        runId,
        trackingUri: tracker.uri,
        code,
        data: { ...(data.snapshotId ? { snapshotId: data.snapshotId } : {}), dataDir: data.dataDir },
        ...(config ? { configHash: config.hash } : {}),
        params: flattenParams(params),
        seed,
        command: commandLine,
        workingDirectory: (0,external_node_path_.relative)(context.workingDirectory, cwd) || ".",
        environment,
        training,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
    });
    const packaging = {
        config,
        inputs,
        modelDir: outputDir,
        cwd,
        data,
        lockfiles: Object.keys(environment.lockfiles),
        pythonVersion: environment.python,
    };
    try {
        const { params: trackedParams, oversized } = paramsForTracking(params, seed);
        await tracker.logBatch(runId, { params: trackedParams });
        for (const [artifactPath, text] of oversized) {
            const file = (0,external_node_path_.join)(runDir, artifactPath);
            await (0,promises_.mkdir)((0,external_node_path_.join)(runDir, "params"), { recursive: true });
            await (0,promises_.writeFile)(file, text);
            await tracker.uploadArtifact(runId, file, artifactPath);
        }
        const openStore = () => (0,step_config/* openStepStore */.cl)(context, inputs, config);
        const reused = useCache ? await restoreCached(context, cacheKey, outputDir, openStore) : undefined;
        if (reused) {
            context.log.notice(`cache hit: the snapshot, params, seed, command, code and lockfiles match run ${reused.runId}, so its model is reused without training`);
            const servingTags = await (0,step_hooks/* packageTrainedModel */.z6)(context, packaging);
            await context.group("Upload the reused model", () => tracker.uploadArtifactDir(runId, outputDir, "model"));
            const lineage = baseLineage({
                exitCode: 0,
                durationSeconds: 0,
                cacheKey,
                cacheHit: true,
                reusedRunId: reused.runId,
            });
            const lineagePath = await finish(lineage, {
                "trainyard.cache.reused_run_id": reused.runId,
                ...servingTags,
            });
            await tracker.updateRun(runId, { status: "FINISHED", endTime: Date.now() });
            return outputs(runId, outputDir, true, 0, lineagePath);
        }
        const invocation = {
            argv,
            cwd,
            runDir,
            outputDir,
            runId,
            seed,
            params,
            dataDir: data.dataDir,
            ...(data.trainFile ? { trainFile: data.trainFile } : {}),
            ...(data.testFile ? { testFile: data.testFile } : {}),
            timeoutMs: timeoutMinutes * 60_000,
            label: "Train",
            checkpoints: backend?.ownCheckpoints
                ? undefined
                : await (0,checkpoints/* prepareCheckpoints */.$Q)(context, {
                    store: await openStore(),
                    key: cacheKey,
                    runId,
                    runDir,
                    intervalSeconds: train?.checkpoint?.interval ?? 60,
                    setTag: (name, value) => tracker.setTag(runId, name, value),
                }),
            ...(backend
                ? { execute: (options) => backend.execute(options, (tags) => tracker.logBatch(runId, { tags })) }
                : {}),
        };
        const first = await runTraining(context, invocation);
        const { result } = first;
        for (const problem of first.curveProblems)
            context.log.warning(`TRAINYARD_METRICS_FILE ${problem}`);
        const lineage = baseLineage({
            exitCode: result.exitCode,
            durationSeconds: result.durationSeconds,
            ...(result.peakMemoryBytes !== undefined ? { peakMemoryBytes: result.peakMemoryBytes } : {}),
            cacheKey,
            cacheHit: false,
        });
        const summaryMetrics = [
            { key: "training_duration_seconds", value: result.durationSeconds, step: 0, timestamp: Date.now() },
            ...(result.peakMemoryBytes !== undefined
                ? [
                    {
                        key: "training_peak_memory_bytes",
                        value: result.peakMemoryBytes,
                        step: 0,
                        timestamp: Date.now(),
                    },
                ]
                : []),
        ];
        if (first.curves.length > 0)
            await tracker.logBatch(runId, { metrics: first.curves });
        if (result.ending !== "exited" || result.exitCode !== 0) {
            // The command's own output may carry a secret; the log was masked line by line, the file and error are too.
            const tail = result.tail.map((line) => context.mask(line));
            const tailFile = (0,external_node_path_.join)(runDir, "train-tail.log");
            await (0,promises_.writeFile)(tailFile, `${tail.join("\n")}\n`);
            await tracker.uploadArtifact(runId, tailFile, TAIL_ARTIFACT);
            const killed = result.ending !== "exited";
            await finish(lineage, { "trainyard.exit_code": String(result.exitCode ?? result.signal ?? "") }, summaryMetrics);
            await tracker.updateRun(runId, { status: killed ? "KILLED" : "FAILED", endTime: Date.now() });
            const why = result.ending === "timeout"
                ? `timed out after ${timeoutMinutes} minute(s) and was stopped with its whole process tree`
                : result.ending === "cancelled"
                    ? "was cancelled (SIGTERM) and stopped with its whole process tree"
                    : `exited with code ${result.exitCode ?? result.signal}`;
            throw new TrainingFailedError(`the training command ${why}; run ${runId} is marked ${killed ? "KILLED" : "FAILED"}. Its last ${tail.length} line(s):\n${tail.join("\n")}`, result.exitCode, tail);
        }
        let reproductionTagsToLog = {};
        if (reproduce !== "false") {
            const againDir = (0,external_node_path_.join)(runDir, "reproduce", "model");
            await (0,promises_.rm)(againDir, { recursive: true, force: true });
            const { checkpoints: _first, ...again } = invocation;
            const second = await runTraining(context, {
                ...again,
                outputDir: againDir,
                label: "Train again (reproduce)",
            });
            if (second.result.exitCode !== 0)
                throw new user_error/* UserError */.yo(`the second training of reproduce: ${reproduce} exited with code ${second.result.exitCode}`);
            const comparison = await compareReproduction(outputDir, againDir, first.curves, second.curves);
            reproductionTagsToLog = reproductionTags(comparison);
            const message = comparison.summary;
            if (comparison.reproducible)
                context.log.info(`reproduce: ${message}`);
            else if (reproduce === "error") {
                await finish(lineage, reproductionTagsToLog, summaryMetrics);
                await tracker.updateRun(runId, { status: "FAILED", endTime: Date.now() });
                throw new user_error/* UserError */.yo(`reproduce: error — ${message}`);
            }
            else
                context.log.warning(`reproduce: ${message}`);
        }
        const servingTags = await (0,step_hooks/* packageTrainedModel */.z6)(context, packaging);
        await context.group("Upload the model", () => tracker.uploadArtifactDir(runId, outputDir, "model"));
        await (0,lineage_hooks/* logTrainingDataset */.Vs)(context, { tracker, runId, inputs, config, snapshotId: data.snapshotId });
        const lineagePath = await finish(lineage, { "trainyard.exit_code": "0", ...reproductionTagsToLog, ...servingTags }, summaryMetrics);
        await tracker.updateRun(runId, { status: "FINISHED", endTime: Date.now() });
        await warnIfSlow(context, tracker, experimentId, runId, result.durationSeconds);
        if (useCache) {
            await saveCached(context, cacheKey, outputDir, runId, openStore).catch((error) => context.log.warning(`the model was trained but could not be cached: ${error.message}`));
        }
        await context.appendSummary(`### trainyard train\n\nRun \`${runId}\` finished in ${result.durationSeconds.toFixed(1)} s` +
            `${result.peakMemoryBytes ? `, peak memory ${(result.peakMemoryBytes / 2 ** 20).toFixed(0)} MiB` : ""}` +
            `${runUrl ? ` — [open in MLflow](${runUrl})` : ""}.\n`);
        return outputs(runId, outputDir, false, result.durationSeconds, lineagePath);
    }
    catch (error) {
        await markUnfinishedRun(tracker, runId, error);
        throw error;
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/**
 * A training killed with SIGKILL (or a crashed runner) cannot mark its run. Before training the same inputs
 * again, runs of this cache key still RUNNING whose process on this machine is gone are marked KILLED, so a
 * re-run after a kill leaves nothing RUNNING behind.
 */
async function closeOrphanedRuns(context, tracker, experimentId, cacheKey, backend) {
    const host = (0,external_node_os_.hostname)();
    const stale = await tracker
        .searchRuns({
        experimentIds: [experimentId],
        filter: `tags.\`trainyard.cache.key\` = '${cacheKey}' AND attributes.status = 'RUNNING'`,
        maxResults: 100,
    })
        .catch(() => []);
    for (const run of stale) {
        const pid = Number(run.tags["trainyard.pid"]);
        if (run.tags["trainyard.host"] !== host || !Number.isInteger(pid) || processAlive(pid))
            continue;
        const stopped = await stopOrphanedTraining((0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.run(run.info.runId)));
        // A job on a cluster outlives trainyard too: stop it (Ray); a SageMaker job is followed instead.
        const job = run.tags["trainyard.ray.job_id"]
            ? await (backend?.stopOrphan
                ? backend
                    .stopOrphan(run.tags)
                    .catch((error) => `its Ray job could not be stopped: ${error.message}`)
                : Promise.resolve(`its Ray job ${run.tags["trainyard.ray.job_id"]} (${run.tags["trainyard.ray.address"]}) may still run: stop it with ray job stop`))
            : undefined;
        await tracker.setTag(run.info.runId, "trainyard.error", "its process was killed before it could finish");
        await tracker.updateRun(run.info.runId, { status: "KILLED", endTime: Date.now() });
        context.log.warning(`run ${run.info.runId} of an earlier, killed training was still RUNNING: marked KILLED${stopped ? `; its training command (process group ${stopped}) was still running and has been stopped` : ""}${job ? `; ${job}` : ""}`);
    }
}
/** A failure before or around the command (not found, upload error) must not leave the run RUNNING. */
async function markUnfinishedRun(tracker, runId, error) {
    try {
        const current = await tracker.getRun(runId);
        if (current.info.status !== "RUNNING")
            return;
        if (error instanceof run_command/* CommandNotFoundError */.v)
            await tracker.setTag(runId, "trainyard.error", error.message.slice(0, 5000));
        await tracker.updateRun(runId, { status: "FAILED", endTime: Date.now() });
    }
    catch {
        // the tracker itself is failing; the original error is what the user needs
    }
}
function outputs(runId, modelDir, cacheHit, durationSeconds, lineagePath) {
    return {
        "run-id": runId,
        "model-dir": modelDir,
        "model-uri": `runs:/${runId}/model`,
        "cache-hit": cacheHit,
        "duration-seconds": Math.round(durationSeconds * 1000) / 1000,
        "lineage-path": lineagePath,
    };
}
function safeUserName() {
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
