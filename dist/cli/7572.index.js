export const id = 7572;
export const ids = [7572];
export const modules = {

/***/ 7572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openSageMakerBackend: () => (/* binding */ openSageMakerBackend)
});

// UNUSED EXPORTS: sagemakerClient

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/snapshot-manifest.js
var snapshot_manifest = __webpack_require__(7352);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/sagemaker-jobs.js





/** Where the contract's files are inside the training container (SageMaker's fixed layout). */
const CONTAINER = {
    data: "/opt/ml/input/data",
    model: "/opt/ml/model",
    output: "/opt/ml/output/data",
    checkpoints: "/opt/ml/checkpoints",
    curvesName: "curves.jsonl",
};
/** How many attempts (a Failed or Stopped job, then a new one) one cache key may use. */
const MAX_ATTEMPTS = 20;
/**
 * The job name of a training: the train cache key and the attempt, so a re-run of the same inputs finds
 * the job it (or a killed trainyard) started instead of creating a second one. At most 63 characters.
 */
function trainingJobName(cacheKey, attempt) {
    return `trainyard-${cacheKey.slice(0, 40)}-${attempt}`;
}
const sha256File = async (path) => {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest("hex");
};
/**
 * Puts the local files into the store as content-addressed blobs (`blobs/sha256/<sha>`, where
 * snapshot-data already put the snapshot's files: those are found, not uploaded again).
 */
async function stageChannels(store, storeUri, files) {
    const staged = [];
    for (const file of files) {
        const sha256 = await sha256File(file.path);
        await store.putIfAbsent((0,snapshot_manifest/* blobKey */.bd)(sha256), { path: file.path });
        staged.push({ channel: file.channel, sha256, uri: `${storeUri.replace(/\/$/, "")}/${(0,snapshot_manifest/* blobKey */.bd)(sha256)}` });
    }
    return staged;
}
/** The contract's variables as the container sees them: its own folders instead of the runner's. */
function containerEnvironment(env, channels) {
    const at = (channel) => {
        const file = channels.find((candidate) => candidate.channel === channel);
        return file ? `${CONTAINER.data}/${channel}/${file.sha256}` : undefined;
    };
    const vars = {
        TRAINYARD_DATA_DIR: CONTAINER.data,
        TRAINYARD_OUTPUT_DIR: CONTAINER.model,
        TRAINYARD_METRICS_FILE: `${CONTAINER.output}/${CONTAINER.curvesName}`,
        TRAINYARD_CHECKPOINT_DIR: CONTAINER.checkpoints,
    };
    const params = at("params");
    if (params)
        vars.TRAINYARD_PARAMS_FILE = params;
    const train = at("train");
    if (train)
        vars.TRAINYARD_TRAIN_FILE = train;
    const test = at("test");
    if (test)
        vars.TRAINYARD_TEST_FILE = test;
    for (const name of ["TRAINYARD_SEED", "PYTHONHASHSEED", "TRAINYARD_RUN_ID"]) {
        const value = env[name];
        if (value !== undefined)
            vars[name] = value;
    }
    return vars;
}
/** The CreateTrainingJob request of a training: a pure function of the settings and the staged files. */
function trainingJobRequest(options) {
    const { settings } = options;
    const maxRuntime = settings.max_runtime_seconds ?? options.maxRuntimeSeconds;
    return {
        TrainingJobName: options.name,
        RoleArn: settings.role_arn,
        AlgorithmSpecification: {
            TrainingImage: settings.image,
            TrainingInputMode: "File",
            ContainerEntrypoint: options.argv,
        },
        InputDataConfig: options.channels.map((file) => ({
            ChannelName: file.channel,
            DataSource: {
                S3DataSource: { S3DataType: "S3Prefix", S3Uri: file.uri, S3DataDistributionType: "FullyReplicated" },
            },
            InputMode: "File",
        })),
        OutputDataConfig: { S3OutputPath: options.outputPath },
        CheckpointConfig: { S3Uri: options.checkpointUri, LocalPath: CONTAINER.checkpoints },
        ResourceConfig: {
            InstanceType: settings.instance_type,
            InstanceCount: settings.instance_count,
            VolumeSizeInGB: settings.volume_size_gb,
        },
        StoppingCondition: {
            MaxRuntimeInSeconds: maxRuntime,
            ...(settings.spot ? { MaxWaitTimeInSeconds: settings.spot.max_wait_seconds } : {}),
        },
        EnableManagedSpotTraining: settings.spot !== undefined,
        Environment: options.environment,
        Tags: [
            { Key: "trainyard.run_id", Value: options.runId },
            ...Object.entries(settings.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
        ],
    };
}
/** The spot saving SageMaker reports: 1 − billable/training time, in percent (absent without both). */
function spotSavings(job) {
    const billable = job.BillableTimeInSeconds;
    const training = job.TrainingTimeInSeconds;
    if (billable === undefined || training === undefined || training <= 0)
        return undefined;
    return Math.round((1 - billable / training) * 1000) / 10;
}
/** Lineage tags of a job, as far as it has them. */
function jobTags(job, settings) {
    const savings = spotSavings(job);
    return {
        "trainyard.backend": "sagemaker",
        ...(job.TrainingJobName ? { "trainyard.sagemaker.job_name": job.TrainingJobName } : {}),
        ...(job.TrainingJobArn ? { "trainyard.sagemaker.job_arn": job.TrainingJobArn } : {}),
        "trainyard.sagemaker.instance_type": job.ResourceConfig?.InstanceType ?? settings.instance_type,
        "trainyard.sagemaker.instance_count": String(job.ResourceConfig?.InstanceCount ?? settings.instance_count),
        "trainyard.sagemaker.spot": String(job.EnableManagedSpotTraining ?? settings.spot !== undefined),
        ...(job.TrainingTimeInSeconds !== undefined
            ? { "trainyard.sagemaker.training_seconds": String(job.TrainingTimeInSeconds) }
            : {}),
        ...(job.BillableTimeInSeconds !== undefined
            ? { "trainyard.sagemaker.billable_seconds": String(job.BillableTimeInSeconds) }
            : {}),
        ...(savings !== undefined ? { "trainyard.sagemaker.spot_savings_percent": String(savings) } : {}),
    };
}
const ACTIVE = new Set(["InProgress", "Stopping"]);
const TERMINAL = new Set(["Completed", "Failed", "Stopped"]);
/**
 * The job to follow for this training: attempt 1, 2, … by name. A job of an attempt still InProgress or
 * Stopping (a re-run after trainyard was killed) is followed, not duplicated; a Completed one is adopted
 * when `adoptCompleted` (its model is the training's result); a Failed or Stopped one moves to the next
 * attempt, which is created. DescribeTrainingJob always comes first, so no name is created twice.
 */
async function findOrCreateJob(api, cacheKey, adoptCompleted, request, log) {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const name = trainingJobName(cacheKey, attempt);
        const existing = await api.describe(name);
        if (!existing) {
            try {
                await api.create(request(name));
            }
            catch (error) {
                // Another trainyard of the same inputs created it between the describe and the create: follow it.
                if (error.name !== "ResourceInUse")
                    throw error;
                log(`SageMaker training job ${name} was just created by another training of the same inputs; following it`);
                return { name, created: false };
            }
            log(`created SageMaker training job ${name}`);
            return { name, created: true };
        }
        const status = existing.TrainingJobStatus ?? "";
        if (ACTIVE.has(status) || (status === "Completed" && adoptCompleted)) {
            log(`following SageMaker training job ${name}, which an earlier training of the same inputs started (${status})`);
            return { name, created: false };
        }
    }
    throw new user_error/* UserError */.yo(`${MAX_ATTEMPTS} SageMaker training jobs of these inputs (${trainingJobName(cacheKey, 1)} …) already ended without a model; read their FailureReason in the SageMaker console and fix the cause (a change of code, params or data starts a new series of names)`);
}
/**
 * Follows a training job until it ends: DescribeTrainingJob with a wait that doubles from poll_seconds up
 * to poll_max_seconds; each new status or secondary status is a log line. On timeout or SIGTERM/SIGINT it
 * calls StopTrainingJob and waits (bounded) for Stopped.
 */
async function followJob(follow) {
    const { api, name, settings, options } = follow;
    const started = performance.now();
    const tail = [];
    const line = (text) => {
        tail.push(text);
        if (tail.length > (options.tailLines ?? 200))
            tail.shift();
        options.onLine(text, "stdout");
    };
    let ending = "exited";
    let stopDeadline;
    let stopping;
    let wake;
    const stop = (why) => {
        if (ending !== "exited")
            return;
        ending = why;
        stopDeadline = performance.now() + (follow.stopWaitMs ?? 15 * 60_000);
        line(`stopping SageMaker training job ${name} (${why === "timeout" ? "timeout" : "cancelled"})`);
        stopping = api.stop(name).catch((error) => line(`StopTrainingJob failed: ${error.message}`));
        wake?.();
    };
    const timeout = options.timeoutMs !== undefined ? setTimeout(() => stop("timeout"), options.timeoutMs) : undefined;
    const signals = options.forwardSignals ?? ["SIGTERM", "SIGINT"];
    const onSignal = () => stop("cancelled");
    for (const signal of signals)
        process.on(signal, onSignal);
    let wait = settings.poll_seconds * 1000;
    let seen = "";
    let job;
    try {
        for (;;) {
            job = await api.describe(name);
            if (!job)
                throw new user_error/* UserError */.yo(`SageMaker training job ${name} disappeared while trainyard followed it`);
            const status = `${job.TrainingJobStatus}/${job.SecondaryStatus}`;
            const message = job.SecondaryStatusTransitions?.at(-1)?.StatusMessage;
            if (status !== seen) {
                seen = status;
                line(`SageMaker job ${name}: ${job.TrainingJobStatus} (${job.SecondaryStatus ?? "?"})${message ? `: ${message}` : ""}`);
            }
            if (TERMINAL.has(job.TrainingJobStatus ?? ""))
                break;
            if (stopDeadline !== undefined && performance.now() > stopDeadline) {
                line(`SageMaker job ${name} did not reach Stopped in time; StopTrainingJob was sent, look at it in the console`);
                break;
            }
            const woken = new AbortController();
            wake = () => woken.abort();
            await (0,external_node_timers_promises_.setTimeout)(wait, undefined, { signal: woken.signal }).catch(() => undefined);
            wake = undefined;
            wait = Math.min(wait * 2, settings.poll_max_seconds * 1000);
        }
    }
    finally {
        if (timeout)
            clearTimeout(timeout);
        for (const signal of signals)
            process.off(signal, onSignal);
        await stopping;
    }
    const status = job.TrainingJobStatus;
    if (status === "Failed" && job.FailureReason)
        line(`FailureReason: ${job.FailureReason}`);
    // SageMaker itself stops a job at MaxRuntimeInSeconds / MaxWaitTimeInSeconds: a timeout all the same.
    const ranOut = job.SecondaryStatus === "MaxRuntimeExceeded" || job.SecondaryStatus === "MaxWaitTimeExceeded";
    const finalEnding = ending !== "exited"
        ? ending
        : status === "Stopped" || status === "Stopping"
            ? ranOut
                ? "timeout"
                : "cancelled"
            : "exited";
    return {
        job,
        result: {
            exitCode: status === "Completed" ? 0 : status === "Failed" ? 1 : null,
            signal: finalEnding === "exited" ? null : "SIGTERM",
            ending: finalEnding,
            durationSeconds: (performance.now() - started) / 1000,
            tail,
        },
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/train/tar-extract.js
var tar_extract = __webpack_require__(8349);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/sagemaker-backend.js






const nonEmpty = (value) => (value === undefined || value === "" ? undefined : value);
/** The SDK's error name and HTTP status, whatever the failure. */
function errorCode(error) {
    const e = error;
    return e.code ?? e.name ?? "Error";
}
/** SageMaker through the SDK: credentials from the step's environment, else the SDK's default chain. */
function sagemakerClient(settings, env) {
    const endpoint = settings.endpoint ?? nonEmpty(env.AWS_ENDPOINT_URL_SAGEMAKER) ?? nonEmpty(env.AWS_ENDPOINT_URL);
    const region = settings.region ??
        nonEmpty(env.AWS_REGION) ??
        nonEmpty(env.AWS_DEFAULT_REGION) ??
        (endpoint === undefined ? undefined : "us-east-1");
    const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
    const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
    const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
    const client = new client_sagemaker_dist_cjs/* SageMakerClient */.kHU({
        ...(endpoint ? { endpoint } : {}),
        ...(region ? { region } : {}),
        ...(accessKeyId && secretAccessKey
            ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } }
            : {}),
        maxAttempts: 4,
    });
    const api = {
        async describe(name) {
            try {
                const { $metadata: _, ...job } = await client.send(new client_sagemaker_dist_cjs/* DescribeTrainingJobCommand */.Sjt({ TrainingJobName: name }));
                return job;
            }
            catch (error) {
                // AWS: ValidationException "Requested resource not found"; moto: "Could not find training job".
                const message = error.message ?? "";
                if (errorCode(error).includes("Validation") && /not found|could not find/i.test(message))
                    return undefined;
                if (errorCode(error) === "ResourceNotFound")
                    return undefined;
                throw error;
            }
        },
        async create(request) {
            return (await client.send(new client_sagemaker_dist_cjs/* CreateTrainingJobCommand */.jkj(request))).TrainingJobArn;
        },
        async stop(name) {
            await client.send(new client_sagemaker_dist_cjs/* StopTrainingJobCommand */.JxN({ TrainingJobName: name }));
        },
    };
    return { client, api, ...(endpoint ? { endpoint } : {}), ...(region ? { region } : {}) };
}
/** s3://bucket/key → its parts. */
function parseS3(uri) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
    if (!match?.[1])
        throw new user_error/* UserError */.yo(`not an s3:// URI: ${uri}`);
    return { bucket: match[1], key: match[2] ?? "" };
}
async function getObject(store, uri) {
    const { bucket, key } = parseS3(uri);
    try {
        const response = await store.client.send(new dist_cjs.GetObjectCommand({ Bucket: bucket, Key: key }));
        return response.Body;
    }
    catch (error) {
        if (errorCode(error) === "NoSuchKey" || errorCode(error) === "NotFound")
            return undefined;
        throw error;
    }
}
async function countObjects(store, uri) {
    const { bucket, key } = parseS3(uri);
    const listed = await store.client.send(new dist_cjs.ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1000 }));
    return listed.KeyCount ?? listed.Contents?.length ?? 0;
}
/**
 * Opens train.backend sagemaker before the run is created: the settings, an S3 store (SageMaker reads
 * the inputs from S3 and writes the outputs there), and one ListTrainingJobs call, so a wrong endpoint,
 * region or credentials is one clear error and not a FAILED run.
 */
async function openSageMakerBackend(context, options) {
    const settings = options.train?.sagemaker;
    if (!settings)
        throw new user_error/* UserError */.yo(`train.backend is sagemaker (${options.where}) but trainyard.yml has no train.sagemaker: give at least role_arn and image`);
    const { store } = options;
    if (!store.uri.startsWith("s3://") || !("client" in store))
        throw new user_error/* UserError */.yo(`train.backend sagemaker needs an S3 store (store: s3://bucket/prefix in trainyard.yml or the store input): SageMaker reads the snapshot's objects from S3 and writes the model there, but the store is ${store.uri}`);
    const s3 = store;
    const { client, api, endpoint, region } = sagemakerClient(settings, context.env);
    try {
        await client.send(new client_sagemaker_dist_cjs/* ListTrainingJobsCommand */.yaV({ MaxResults: 1 }));
    }
    catch (error) {
        const code = errorCode(error);
        const status = error.$metadata?.httpStatusCode;
        throw new user_error/* UserError */.yo(status === 403 || /AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(code)
            ? `SageMaker refused trainyard's credentials (${code}): the identity needs sagemaker:ListTrainingJobs, DescribeTrainingJob, CreateTrainingJob, StopTrainingJob and iam:PassRole on train.sagemaker.role_arn (docs/where-training-runs.md)`
            : status === undefined
                ? `cannot reach the SageMaker API${endpoint ? ` at train.sagemaker.endpoint (${endpoint})` : ` in region ${region ?? "(none: set train.sagemaker.region or AWS_REGION)"}`} (${code}); check the endpoint, region and network`
                : `the SageMaker API answered ${code} (HTTP ${status}) to ListTrainingJobs; is train.sagemaker.endpoint (${endpoint ?? "AWS"}) a SageMaker API?`);
    }
    context.log.info(`SageMaker reached${endpoint ? ` at ${endpoint}` : ""} (region ${region ?? "from the SDK"})`);
    const storeRoot = store.uri.replace(/\/$/, "");
    const outputPath = settings.output_prefix ?? `${storeRoot}/sagemaker/output`;
    const checkpointUri = settings.checkpoint_prefix
        ? `${settings.checkpoint_prefix.replace(/\/$/, "")}/${options.cacheKey}/`
        : `${storeRoot}/checkpoints/${options.cacheKey}/sagemaker/`;
    return {
        name: "sagemaker",
        /** SageMaker keeps TRAINYARD_CHECKPOINT_DIR itself (CheckpointConfig), not the runner's sync. */
        ownCheckpoints: true,
        async execute(run, onSubmitted) {
            const local = run.env;
            const files = [];
            if (local.TRAINYARD_TRAIN_FILE)
                files.push({ channel: "train", path: local.TRAINYARD_TRAIN_FILE });
            if (local.TRAINYARD_TEST_FILE)
                files.push({ channel: "test", path: local.TRAINYARD_TEST_FILE });
            if (local.TRAINYARD_PARAMS_FILE)
                files.push({ channel: "params", path: local.TRAINYARD_PARAMS_FILE });
            const channels = await stageChannels(store, storeRoot, files);
            const environment = containerEnvironment(local, channels);
            const checkpoints = await countObjects(s3, checkpointUri);
            const { name } = await findOrCreateJob(api, options.cacheKey, options.adoptCompleted, (jobName) => trainingJobRequest({
                name: jobName,
                settings,
                argv: run.argv,
                environment,
                channels,
                outputPath,
                checkpointUri,
                maxRuntimeSeconds: Math.max(1, Math.ceil((run.timeoutMs ?? 3_600_000) / 1000)),
                runId: local.TRAINYARD_RUN_ID ?? "",
            }), (text) => run.onLine(text, "stdout"));
            if (checkpoints > 0)
                run.onLine(`SageMaker restores ${checkpoints} checkpoint file(s) of an earlier training of these inputs from ${checkpointUri} into ${CONTAINER.checkpoints}`, "stdout");
            // So that `register cleanup` knows which run's checkpoints these are (only for the store's own prefix).
            if (!settings.checkpoint_prefix && local.TRAINYARD_RUN_ID)
                await store.put(`checkpoints/${options.cacheKey}/sagemaker-runs/${local.TRAINYARD_RUN_ID}`, {
                    body: name,
                });
            const first = await api.describe(name);
            await onSubmitted({
                ...(first ? jobTags(first, settings) : { "trainyard.sagemaker.job_name": name }),
                ...(region ? { "trainyard.sagemaker.region": region } : {}),
                "trainyard.sagemaker.checkpoint_uri": checkpointUri,
                ...(checkpoints > 0
                    ? { "trainyard.checkpoint.resumed_from": `sagemaker ${checkpointUri} (${checkpoints} file(s))` }
                    : {}),
            });
            const { job, result } = await followJob({ api, name, settings, options: run });
            await onSubmitted(jobTags(job, settings));
            if (result.exitCode !== 0)
                return result;
            const modelUri = job.ModelArtifacts?.S3ModelArtifacts;
            if (!modelUri)
                throw new user_error/* UserError */.yo(`SageMaker job ${name} Completed but names no model artifact`);
            const model = await getObject(s3, modelUri);
            if (!model)
                throw new user_error/* UserError */.yo(`SageMaker job ${name} Completed but its model artifact ${modelUri} does not exist; the container must write the model into ${CONTAINER.model} (TRAINYARD_OUTPUT_DIR)`);
            const outputDir = local.TRAINYARD_OUTPUT_DIR;
            if (!outputDir)
                throw new Error("the contract has no TRAINYARD_OUTPUT_DIR");
            const written = await (0,tar_extract/* extractTarGz */.C)(model, outputDir);
            run.onLine(`fetched ${modelUri}: ${written.length} file(s) into the model folder`, "stdout");
            // The curves: TRAINYARD_METRICS_FILE is /opt/ml/output/data/curves.jsonl, which SageMaker packs
            // into output.tar.gz next to model.tar.gz.
            const metricsFile = local.TRAINYARD_METRICS_FILE;
            const outputUri = modelUri.replace(/model\.tar\.gz$/, "output.tar.gz");
            const output = outputUri !== modelUri ? await getObject(s3, outputUri) : undefined;
            if (output && metricsFile) {
                const staging = `${metricsFile}.sagemaker`;
                const got = await (0,tar_extract/* extractTarGz */.C)(output, staging, (member) => member === CONTAINER.curvesName);
                if (got.length > 0) {
                    const { rename } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19));
                    await rename(`${staging}/${CONTAINER.curvesName}`, metricsFile);
                    run.onLine(`fetched the curves from ${outputUri}`, "stdout");
                }
                await (0,promises_.rm)(staging, { recursive: true, force: true });
            }
            return result;
        },
    };
}


/***/ }),

/***/ 8349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ extractTarGz)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1927);







const BLOCK = 512;
/** A member's name, or undefined when it would leave the destination (absolute, `..`). */
function safeName(name) {
    const trimmed = name.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
    if (trimmed === "" || trimmed.startsWith("/") || trimmed.includes("\\"))
        return undefined;
    if (trimmed.split("/").some((part) => part === ".." || part === ""))
        return undefined;
    return trimmed;
}
function field(header, offset, length) {
    const raw = header.subarray(offset, offset + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}
function octal(header, offset, length) {
    const text = field(header, offset, length).trim();
    return text === "" ? 0 : Number.parseInt(text, 8);
}
/** The `path` record of a pax extended header. */
function paxPath(data) {
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = Number.parseInt(data.subarray(at, space).toString("utf8"), 10);
        if (!Number.isFinite(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString("utf8");
        const equals = record.indexOf("=");
        if (record.slice(0, equals) === "path")
            return record.slice(equals + 1);
        at += length;
    }
    return undefined;
}
/**
 * Extracts a gzipped tar stream (SageMaker's model.tar.gz / output.tar.gz: ustar, GNU or pax) into
 * `destination`, streaming each regular file to disk under a temporary name. `select` picks the members
 * to keep (all when absent). Links, devices and names that would leave the folder are skipped, never
 * followed. Returns the names written.
 */
async function extractTarGz(source, destination, select) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(destination);
    const written = [];
    let buffer = Buffer.alloc(0);
    let longName;
    // The member being read: its remaining bytes, padding, and where they go.
    let remaining = 0;
    let padding = 0;
    let sink;
    let ended = false;
    const open = async (kind, name, size) => {
        remaining = size;
        padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (kind === "L" || kind === "x") {
            const parts = [];
            sink = {
                write: (chunk) => {
                    parts.push(chunk);
                    return undefined;
                },
                end: async () => {
                    const data = Buffer.concat(parts);
                    longName = kind === "L" ? field(data, 0, data.length) : (paxPath(data) ?? longName);
                },
            };
            return;
        }
        const path = kind === "0" || kind === "\0" || kind === "" || kind === "7" ? safeName(name) : undefined;
        if (path === undefined || (select && !select(path))) {
            sink = { write: () => undefined, end: async () => undefined };
            return;
        }
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...path.split("/"));
        if (!target.startsWith(`${root}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`))
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the archive's member ${name} leaves the folder`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
        const partial = `${target}.partial-${process.pid}`;
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(partial);
        sink = {
            // Backpressure: a large model is never held in memory.
            write: (chunk) => (file.write(chunk) ? undefined : (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(file, "drain").then(() => undefined)),
            end: async () => {
                file.end();
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(file);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(partial, target);
                written.push(path);
            },
        };
    };
    for await (const chunk of source.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)())) {
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
        for (;;) {
            if (ended)
                break;
            if (sink) {
                const take = Math.min(remaining, buffer.length);
                if (take > 0)
                    await sink.write(buffer.subarray(0, take));
                buffer = buffer.subarray(take);
                remaining -= take;
                if (remaining > 0)
                    break;
                if (buffer.length < padding)
                    break;
                buffer = buffer.subarray(padding);
                const done = sink;
                sink = undefined;
                await done.end();
                continue;
            }
            if (buffer.length < BLOCK)
                break;
            const header = buffer.subarray(0, BLOCK);
            buffer = buffer.subarray(BLOCK);
            if (header.every((byte) => byte === 0)) {
                ended = true;
                break;
            }
            const prefix = field(header, 345, 155);
            const ustarName = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
            const kind = String.fromCharCode(header[156] ?? 0);
            const name = kind === "L" || kind === "x" ? "" : (longName ?? ustarName);
            if (kind !== "L" && kind !== "x")
                longName = undefined;
            await open(kind, name, octal(header, 124, 12));
        }
    }
    if (sink)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo("the archive ends in the middle of a file (cut off?)");
    return written;
}


/***/ })

};
