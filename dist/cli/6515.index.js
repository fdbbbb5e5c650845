export const id = 6515;
export const ids = [6515];
export const modules = {

/***/ 8505:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { formatUrl } = __webpack_require__(519);
const { getEndpointFromInstructions } = __webpack_require__(2085);
const { HttpRequest } = __webpack_require__(3422);
const { SignatureV4MultiRegion } = __webpack_require__(5785);

const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
const SHA256_HEADER = "X-Amz-Content-Sha256";

class S3RequestPresigner {
    signer;
    constructor(options) {
        const resolvedOptions = {
            service: options.signingName || options.service || "s3",
            uriEscapePath: options.uriEscapePath || false,
            applyChecksum: options.applyChecksum || false,
            ...options,
        };
        this.signer = new SignatureV4MultiRegion(resolvedOptions);
    }
    presign(requestToSign, { unsignableHeaders = new Set(), hoistableHeaders = new Set(), unhoistableHeaders = new Set(), ...options } = {}) {
        this.prepareRequest(requestToSign, {
            unsignableHeaders,
            unhoistableHeaders,
            hoistableHeaders,
        });
        return this.signer.presign(requestToSign, {
            expiresIn: 900,
            unsignableHeaders,
            unhoistableHeaders,
            ...options,
        });
    }
    presignWithCredentials(requestToSign, credentials, { unsignableHeaders = new Set(), hoistableHeaders = new Set(), unhoistableHeaders = new Set(), ...options } = {}) {
        this.prepareRequest(requestToSign, {
            unsignableHeaders,
            unhoistableHeaders,
            hoistableHeaders,
        });
        return this.signer.presignWithCredentials(requestToSign, credentials, {
            expiresIn: 900,
            unsignableHeaders,
            unhoistableHeaders,
            ...options,
        });
    }
    prepareRequest(requestToSign, { unsignableHeaders = new Set(), unhoistableHeaders = new Set(), hoistableHeaders = new Set(), } = {}) {
        unsignableHeaders.add("content-type");
        Object.keys(requestToSign.headers)
            .map((header) => header.toLowerCase())
            .filter((header) => header.startsWith("x-amz-server-side-encryption"))
            .forEach((header) => {
            if (!hoistableHeaders.has(header)) {
                unhoistableHeaders.add(header);
            }
        });
        requestToSign.headers[SHA256_HEADER] = UNSIGNED_PAYLOAD;
        const currentHostHeader = requestToSign.headers.host;
        const port = requestToSign.port;
        const expectedHostHeader = `${requestToSign.hostname}${requestToSign.port != null ? ":" + port : ""}`;
        if (!currentHostHeader || (currentHostHeader === requestToSign.hostname && requestToSign.port != null)) {
            requestToSign.headers.host = expectedHostHeader;
        }
    }
}

const getSignedUrl = async (client, command, options = {}) => {
    let s3Presigner;
    let region;
    if (typeof client.config.endpointProvider === "function") {
        const endpointV2 = await getEndpointFromInstructions(command.input, command.constructor, client.config);
        const authScheme = endpointV2.properties?.authSchemes?.[0];
        if (authScheme?.name === "sigv4a") {
            region = authScheme?.signingRegionSet?.join(",");
        }
        else {
            region = authScheme?.signingRegion;
        }
        s3Presigner = new S3RequestPresigner({
            ...client.config,
            signingName: authScheme?.signingName,
            region: async () => region,
        });
    }
    else {
        s3Presigner = new S3RequestPresigner(client.config);
    }
    const presignInterceptMiddleware = (next, context) => async (args) => {
        const { request } = args;
        if (!HttpRequest.isInstance(request)) {
            throw new Error("Request to be presigned is not an valid HTTP request.");
        }
        delete request.headers["amz-sdk-invocation-id"];
        delete request.headers["amz-sdk-request"];
        delete request.headers["x-amz-user-agent"];
        let presigned;
        const presignerOptions = {
            ...options,
            signingRegion: options.signingRegion ?? context["signing_region"] ?? region,
            signingService: options.signingService ?? context["signing_service"],
        };
        if (context.s3ExpressIdentity) {
            presigned = await s3Presigner.presignWithCredentials(request, context.s3ExpressIdentity, presignerOptions);
        }
        else {
            presigned = await s3Presigner.presign(request, presignerOptions);
        }
        return {
            response: {},
            output: {
                $metadata: { httpStatusCode: 200 },
                presigned,
            },
        };
    };
    const middlewareName = "presignInterceptMiddleware";
    const clientStack = client.middlewareStack.clone();
    clientStack.addRelativeTo(presignInterceptMiddleware, {
        name: middlewareName,
        relation: "before",
        toMiddleware: "awsAuthMiddleware",
        override: true,
    });
    const handler = command.resolveMiddleware(clientStack, client.config, {});
    const { output } = await handler({ input: command.input });
    const { presigned } = output;
    return formatUrl(presigned);
};

__webpack_unused_export__ = S3RequestPresigner;
exports.A = getSignedUrl;


/***/ }),

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

/***/ 6515:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RayJobsClient: () => (/* binding */ RayJobsClient),
  RayJobsError: () => (/* binding */ RayJobsError),
  runOnRay: () => (/* binding */ runOnRay),
  stopOrphanedRayJob: () => (/* binding */ stopOrphanedRayJob)
});

// UNUSED EXPORTS: RAY_ENTRYPOINT, publicAddress

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/ray-launcher.js
/**
 * The launcher of a Ray job whose contract files travel through S3 (train.ray.transfer: s3). It runs on
 * the cluster with the Python standard library only (no boto3, no AWS credentials): every object it reads
 * or writes is a presigned URL in TRAINYARD_RAY_PLAN, so it learns nothing of the runner's folders.
 *
 * 1. downloads the inputs (train/test file, params, the checkpoint trainyard restored) into a local folder;
 * 2. runs the user's command (argv, no shell) with the TRAINYARD_* variables pointing at local folders;
 * 3. every `interval` seconds and at the end, when the checkpoint folder changed, PUTs it as a tar.gz;
 * 4. at the end PUTs the curves file and (exit code 0) the model folder as a tar.gz; exits with the
 *    command's code. SIGTERM (Ray's stop) is passed on to the command, which gets 10 s before SIGKILL.
 */
const RAY_LAUNCHER = String.raw `
import hashlib, io, json, os, signal, subprocess, sys, tarfile, tempfile, threading, time, urllib.request

plan = json.loads(os.environ["TRAINYARD_RAY_PLAN"])
root = tempfile.mkdtemp(prefix="trainyard-job-")
data_dir = os.path.join(root, "data")
model_dir = os.path.join(root, "model")
checkpoint_dir = os.path.join(root, "checkpoints")
curves_file = os.path.join(root, "curves.jsonl")
for folder in (data_dir, model_dir, checkpoint_dir):
    os.makedirs(folder)
open(curves_file, "w").close()

def log(message):
    print("[trainyard launcher] " + message, flush=True)

def fetch(url, path):
    with urllib.request.urlopen(url, timeout=300) as response, open(path + ".partial", "wb") as out:
        while True:
            chunk = response.read(1 << 20)
            if not chunk:
                break
            out.write(chunk)
    os.replace(path + ".partial", path)

def put(url, body):
    for attempt in range(4):
        try:
            # Without a Content-Type urllib sends a form's, which S3-compatible servers may try to parse.
            request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/octet-stream"})
            with urllib.request.urlopen(request, timeout=300) as response:
                response.read()
            return
        except Exception as error:
            if attempt == 3:
                raise
            log("upload failed (%s); retrying" % error)
            time.sleep(2 ** attempt)

def tar_gz(folder):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
        for base, _, names in sorted(os.walk(folder)):
            for name in sorted(names):
                path = os.path.join(base, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    archive.add(path, arcname=os.path.relpath(path, folder), recursive=False)
    return buffer.getvalue()

def folder_state(folder):
    digest = hashlib.sha256()
    for base, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            path = os.path.join(base, name)
            info = os.stat(path)
            digest.update(("%s|%d|%d\n" % (os.path.relpath(path, folder), info.st_size, info.st_mtime_ns)).encode())
    return digest.hexdigest()

env = dict(os.environ)
for name in ("TRAINYARD_RAY_PLAN", "TRAINYARD_RAY_LAUNCHER"):
    env.pop(name, None)
for variable, item in plan["inputs"].items():
    path = os.path.join(root if item.get("root") else data_dir, item["name"])
    fetch(item["url"], path)
    env[variable] = path
for item in plan.get("checkpoint_in", []):
    path = os.path.join(checkpoint_dir, *item["name"].split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fetch(item["url"], path)
log("fetched %d input file(s) and %d checkpoint file(s) through S3" % (len(plan["inputs"]), len(plan.get("checkpoint_in", []))))
env.update(plan["env"])
env.update({
    "TRAINYARD_DATA_DIR": data_dir,
    "TRAINYARD_OUTPUT_DIR": model_dir,
    "TRAINYARD_METRICS_FILE": curves_file,
    "TRAINYARD_CHECKPOINT_DIR": checkpoint_dir,
})

uploaded = [folder_state(checkpoint_dir)]
lock = threading.Lock()

def upload_checkpoint():
    with lock:
        state = folder_state(checkpoint_dir)
        if state == uploaded[0]:
            return
        put(plan["uploads"]["checkpoint"], tar_gz(checkpoint_dir))
        uploaded[0] = state
        log("checkpoint uploaded")

child = subprocess.Popen(plan["argv"], env=env, cwd=root)

def on_term(signum, frame):
    log("stop requested: passing SIGTERM to the command")
    try:
        child.send_signal(signal.SIGTERM)
    except ProcessLookupError:
        pass

signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGINT, on_term)

stopping = threading.Event()

def every_interval():
    while not stopping.wait(plan["interval"]):
        try:
            upload_checkpoint()
        except Exception as error:
            log("checkpoint upload failed: %s" % error)

threading.Thread(target=every_interval, daemon=True).start()
while True:
    try:
        code = child.wait(timeout=1)
        break
    except subprocess.TimeoutExpired:
        continue
stopping.set()
upload_checkpoint()
put(plan["uploads"]["curves"], open(curves_file, "rb").read())
if code == 0:
    put(plan["uploads"]["model"], tar_gz(model_dir))
    log("model uploaded")
sys.exit(code if code >= 0 else 128 - code)
`;
/** The entrypoint of such a job: it runs the launcher that runtime_env.env_vars carries (no input in it). */
const RAY_S3_ENTRYPOINT = 'python3 -c \'import os; exec(compile(os.environ["TRAINYARD_RAY_LAUNCHER"], "trainyard_launcher", "exec"))\'';

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/s3-request-presigner/dist-cjs/index.js
var s3_request_presigner_dist_cjs = __webpack_require__(8505);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/snapshot-manifest.js
var snapshot_manifest = __webpack_require__(7352);
// EXTERNAL MODULE: ./.cache/build/lib/data/hash-file.js
var hash_file = __webpack_require__(6217);
// EXTERNAL MODULE: ./.cache/build/lib/data/list-files.js
var list_files = __webpack_require__(7244);
// EXTERNAL MODULE: ./.cache/build/lib/steps/train/tar-extract.js
var tar_extract = __webpack_require__(8349);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/ray-transfer.js










/** The longest a presigned URL may live (SigV4); temporary credentials end theirs sooner. */
const MAX_EXPIRY_SECONDS = 7 * 24 * 3600;
/** The files of a folder that may not exist yet (none then). */
const listFilesIfAny = (root) => (0,list_files/* listFiles */.C)(root).catch(() => []);
/**
 * Moves the train contract's files through the S3 store for a Ray cluster that does not share the
 * runner's file system: the snapshot's files are the store's content-addressed blobs (already there after
 * snapshot-data: found, not uploaded again), the params and a restored checkpoint go under
 * `ray-transfer/<job>/`, and the job PUTs model.tar.gz, curves.jsonl and checkpoint.tar.gz there. Every
 * object is a presigned URL, valid for the timeout plus an hour (at most 7 days). `ray-transfer/<job>/` is
 * deleted once fetched.
 */
async function prepareRayTransfer(store, run, jobId, intervalSeconds) {
    const local = run.env;
    const objectKey = (key) => (store.prefix ? `${store.prefix}/${key}` : key);
    const expiresIn = Math.min(MAX_EXPIRY_SECONDS, Math.ceil((run.timeoutMs ?? 3_600_000) / 1000) + 3600);
    const get = (key) => (0,s3_request_presigner_dist_cjs/* getSignedUrl */.A)(store.client, new dist_cjs.GetObjectCommand({ Bucket: store.bucket, Key: objectKey(key) }), {
        expiresIn,
    });
    // The SDK's default adds a CRC32 of the (empty) request body to a presigned PUT, which S3 would then
    // check against the body the job sends: presign PUTs with checksums only where S3 requires them.
    const config = store.client.config;
    const presigner = new dist_cjs.S3Client({
        region: config.region,
        credentials: config.credentials,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        forcePathStyle: config.forcePathStyle ?? false,
        requestChecksumCalculation: "WHEN_REQUIRED",
    });
    const put = (key) => (0,s3_request_presigner_dist_cjs/* getSignedUrl */.A)(presigner, new dist_cjs.PutObjectCommand({ Bucket: store.bucket, Key: objectKey(key) }), {
        expiresIn,
    });
    const base = `ray-transfer/${jobId}`;
    const inputs = {};
    for (const variable of ["TRAINYARD_TRAIN_FILE", "TRAINYARD_TEST_FILE"]) {
        const path = local[variable];
        if (!path)
            continue;
        const key = (0,snapshot_manifest/* blobKey */.bd)((await (0,hash_file/* hashFile */.D)(path)).sha256);
        await store.putIfAbsent(key, { path });
        inputs[variable] = { name: (0,external_node_path_.basename)(path), url: await get(key) };
    }
    if (local.TRAINYARD_PARAMS_FILE) {
        await store.put(`${base}/in/params.json`, { path: local.TRAINYARD_PARAMS_FILE });
        inputs.TRAINYARD_PARAMS_FILE = {
            name: "params.json",
            url: await get(`${base}/in/params.json`),
            root: true,
        };
    }
    const checkpointDir = local.TRAINYARD_CHECKPOINT_DIR;
    const checkpointIn = [];
    for (const name of checkpointDir ? await listFilesIfAny(checkpointDir) : []) {
        await store.put(`${base}/in/checkpoint/${name}`, { path: (0,external_node_path_.join)(checkpointDir ?? "", ...name.split("/")) });
        checkpointIn.push({ name, url: await get(`${base}/in/checkpoint/${name}`) });
    }
    const env = {};
    for (const name of ["TRAINYARD_SEED", "PYTHONHASHSEED", "TRAINYARD_RUN_ID"]) {
        const value = local[name];
        if (value !== undefined)
            env[name] = value;
    }
    const plan = {
        argv: run.argv,
        inputs,
        checkpoint_in: checkpointIn,
        uploads: {
            model: await put(`${base}/out/model.tar.gz`),
            curves: await put(`${base}/out/curves.jsonl`),
            checkpoint: await put(`${base}/out/checkpoint.tar.gz`),
        },
        interval: intervalSeconds,
        env,
    };
    let lastCheckpoint;
    let lastPoll = 0;
    const mirrorCheckpoint = async () => {
        if (!checkpointDir)
            return;
        const info = await store.stat(`${base}/out/checkpoint.tar.gz`);
        if (!info || info.modified === lastCheckpoint)
            return;
        const incoming = `${checkpointDir}.incoming`;
        await (0,external_node_fs_promises_.rm)(incoming, { recursive: true, force: true });
        const names = await (0,tar_extract/* extractTarGz */.C)(await store.getStream(`${base}/out/checkpoint.tar.gz`), incoming);
        // File by file, each an atomic rename, so the checkpoint sync never copies half a file.
        for (const name of names) {
            const target = (0,external_node_path_.join)(checkpointDir, ...name.split("/"));
            await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,external_node_fs_promises_.rename)((0,external_node_path_.join)(incoming, ...name.split("/")), target);
        }
        for (const name of await listFilesIfAny(checkpointDir))
            if (!names.includes(name))
                await (0,external_node_fs_promises_.rm)((0,external_node_path_.join)(checkpointDir, ...name.split("/")), { force: true });
        await (0,external_node_fs_promises_.rm)(incoming, { recursive: true, force: true });
        lastCheckpoint = info.modified;
    };
    const fetched = async (key) => (await store.exists(key)) ? store.getStream(key) : undefined;
    return {
        envVars: { TRAINYARD_RAY_PLAN: JSON.stringify(plan), TRAINYARD_RAY_LAUNCHER: RAY_LAUNCHER },
        async poll() {
            if (Date.now() - lastPoll < intervalSeconds * 1000)
                return;
            lastPoll = Date.now();
            await mirrorCheckpoint();
        },
        async finish(succeeded) {
            const notes = [];
            try {
                await mirrorCheckpoint();
                if (local.TRAINYARD_METRICS_FILE && (await store.exists(`${base}/out/curves.jsonl`)))
                    await store.download(`${base}/out/curves.jsonl`, local.TRAINYARD_METRICS_FILE);
                if (succeeded && local.TRAINYARD_OUTPUT_DIR) {
                    const model = await fetched(`${base}/out/model.tar.gz`);
                    if (!model)
                        throw new user_error/* UserError */.yo("the Ray job succeeded but its launcher uploaded no model.tar.gz; look at the job's log for an upload error");
                    {
                        const names = await (0,tar_extract/* extractTarGz */.C)(model, local.TRAINYARD_OUTPUT_DIR);
                        notes.push(`fetched the model (${names.length} file(s)) and the curves from ${store.uri}/${base}/out/`);
                    }
                }
            }
            finally {
                for await (const entry of store.list(`${base}/`))
                    await store.delete(entry.key);
            }
            return notes;
        },
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/ray-jobs.js






/**
 * A client of the Ray Jobs REST API that a Ray head's dashboard serves (ray/dashboard/modules/job/job_head.py):
 * GET /api/version, POST /api/jobs/, GET /api/jobs/{id}, GET /api/jobs/{id}/logs, POST /api/jobs/{id}/stop.
 * No Python client is needed on the runner. A token goes in `Authorization: Bearer` (Ray's token auth).
 */
class RayJobsClient {
    address;
    token;
    constructor(address, token) {
        this.address = address;
        this.token = token;
    }
    async call(method, path, body) {
        const url = new URL(path, this.address.endsWith("/") ? this.address : `${this.address}/`);
        const response = await (0,undici/* request */.Em)(url, {
            method,
            headers: {
                ...(body !== undefined ? { "content-type": "application/json" } : {}),
                ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
            },
            ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
            headersTimeout: 30_000,
            bodyTimeout: 30_000,
        });
        const text = await response.body.text();
        if (response.statusCode === 401 || response.statusCode === 403)
            throw new user_error/* UserError */.yo(`the Ray cluster refused trainyard's request (HTTP ${response.statusCode}): check the Ray token (ray-token input or RAY_AUTH_TOKEN)`);
        if (response.statusCode >= 300)
            throw new RayJobsError(`${method} ${url.pathname} answered HTTP ${response.statusCode}: ${text.slice(0, 500)}`, response.statusCode);
        return (text ? JSON.parse(text) : {});
    }
    version() {
        return this.call("GET", "api/version");
    }
    submit(job) {
        return this.call("POST", "api/jobs/", job);
    }
    info(id) {
        return this.call("GET", `api/jobs/${encodeURIComponent(id)}`);
    }
    async logs(id) {
        return (await this.call("GET", `api/jobs/${encodeURIComponent(id)}/logs`)).logs ?? "";
    }
    async stop(id) {
        return ((await this.call("POST", `api/jobs/${encodeURIComponent(id)}/stop`)).stopped ===
            true);
    }
}
/** The Ray cluster refused or failed a request (an address, a token, a cluster problem): the user's to fix. */
class RayJobsError extends user_error/* UserError */.yo {
    statusCode;
    constructor(message, statusCode) {
        super(message);
        this.statusCode = statusCode;
        this.name = "RayJobsError";
    }
}
const TERMINAL = new Set(["STOPPED", "SUCCEEDED", "FAILED"]);
/**
 * The job's entrypoint. Ray runs it through a shell, so it holds no input at all: the program and its
 * arguments travel as JSON in TRAINYARD_RAY_ARGV and the folder in TRAINYARD_RAY_CWD (runtime_env env_vars),
 * and this fixed launcher execs them without a shell, as the runner would.
 */
const RAY_ENTRYPOINT = 'python3 -c \'import json, os; os.chdir(os.environ["TRAINYARD_RAY_CWD"]); ' +
    'argv = json.loads(os.environ["TRAINYARD_RAY_ARGV"]); os.execvp(argv[0], argv)\'';
/** The address without credentials or query: what the lineage records. */
function publicAddress(address) {
    try {
        const url = new URL(address);
        return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
    }
    catch {
        return "(unparsable address)";
    }
}
/** The variables of the train contract (and PYTHONHASHSEED) from a command's environment. */
function contractVariables(env) {
    const vars = {};
    for (const [name, value] of Object.entries(env))
        if (value !== undefined && (name.startsWith("TRAINYARD_") || name === "PYTHONHASHSEED"))
            vars[name] = value;
    return vars;
}
/**
 * Runs a command as a Ray job instead of a child process, with runCommand's contract: lines of its log as
 * they arrive, the last lines kept, stopped (POST …/stop) on timeout or when this process receives
 * SIGTERM/SIGINT (the runner's cancel). `onSubmitted` gets the lineage tags once the job exists.
 */
async function runOnRay(settings, options, onSubmitted) {
    const client = new RayJobsClient(settings.address, settings.token);
    const tailSize = options.tailLines ?? 200;
    const tail = [];
    const started = performance.now();
    const userEnv = (settings.runtimeEnv?.env_vars ?? {});
    const submissionId = `trainyard-${options.env.TRAINYARD_RUN_ID ?? "run"}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
    const resources = {
        ...(settings.numCpus !== undefined ? { entrypoint_num_cpus: settings.numCpus } : {}),
        ...(settings.numGpus !== undefined ? { entrypoint_num_gpus: settings.numGpus } : {}),
        ...(settings.memory !== undefined ? { entrypoint_memory: settings.memory } : {}),
    };
    const transfer = settings.transfer
        ? await prepareRayTransfer(settings.transfer.store, options, submissionId, settings.transfer.intervalSeconds)
        : undefined;
    const submitted = await client.submit({
        entrypoint: transfer ? RAY_S3_ENTRYPOINT : RAY_ENTRYPOINT,
        submission_id: submissionId,
        runtime_env: {
            ...settings.runtimeEnv,
            env_vars: transfer
                ? { ...userEnv, ...transfer.envVars }
                : {
                    ...userEnv,
                    ...contractVariables(options.env),
                    TRAINYARD_RAY_ARGV: JSON.stringify(options.argv),
                    TRAINYARD_RAY_CWD: options.cwd,
                },
        },
        metadata: { "trainyard.run_id": options.env.TRAINYARD_RUN_ID ?? "" },
        ...resources,
    });
    const id = submitted.submission_id;
    await onSubmitted({
        "trainyard.backend": "ray",
        "trainyard.ray.job_id": id,
        "trainyard.ray.address": publicAddress(settings.address),
        "trainyard.ray.resources": JSON.stringify(resources),
        "trainyard.ray.transfer": transfer ? "s3" : "shared",
    });
    let ending = "exited";
    let stopRequested;
    const stop = (why) => {
        if (ending !== "exited")
            return;
        ending = why;
        stopRequested = client.stop(id).catch(() => undefined);
    };
    const timeout = options.timeoutMs !== undefined ? setTimeout(() => stop("timeout"), options.timeoutMs) : undefined;
    const signals = options.forwardSignals ?? ["SIGTERM", "SIGINT"];
    const onSignal = () => stop("cancelled");
    for (const signal of signals)
        process.on(signal, onSignal);
    let shown = 0;
    let partial = "";
    const emitNew = async () => {
        const text = await client.logs(id);
        if (text.length <= shown)
            return;
        const lines = (partial + text.slice(shown)).split(/\r?\n/);
        shown = text.length;
        partial = lines.pop() ?? "";
        for (const line of lines) {
            tail.push(line);
            if (tail.length > tailSize)
                tail.shift();
            options.onLine(line, "stdout");
        }
    };
    let info;
    try {
        for (;;) {
            info = await client.info(id);
            await emitNew().catch(() => undefined);
            if (TERMINAL.has(info.status))
                break;
            await transfer
                ?.poll()
                .catch((error) => options.onLine(`checkpoint mirror: ${error.message}`, "stderr"));
            await (0,promises_.setTimeout)(settings.pollMs ?? 500);
        }
        await emitNew().catch(() => undefined);
        if (partial) {
            tail.push(partial);
            options.onLine(partial, "stdout");
        }
    }
    finally {
        if (timeout)
            clearTimeout(timeout);
        for (const signal of signals)
            process.off(signal, onSignal);
        await stopRequested;
    }
    if (transfer)
        for (const note of await transfer.finish(info.status === "SUCCEEDED"))
            options.onLine(note, "stdout");
    if (info.status === "FAILED" && info.message) {
        tail.push(info.message);
        if (tail.length > tailSize)
            tail.shift();
    }
    const exitCode = info.status === "SUCCEEDED" ? 0 : info.status === "FAILED" ? (info.driver_exit_code ?? 1) : null;
    return {
        exitCode,
        signal: info.status === "STOPPED" ? "SIGTERM" : null,
        // Stopped by someone else (the Ray dashboard, `ray job stop`): a cancel all the same.
        ending: ending === "exited" && info.status === "STOPPED" ? "cancelled" : ending,
        durationSeconds: (performance.now() - started) / 1000,
        tail,
    };
}
/**
 * The Ray job of a run whose trainyard was SIGKILLed keeps running: if the run's tags name a job on this
 * cluster (same address) that has not ended, POST …/stop and wait (at most `waitMs`) until Ray says it
 * ended. Returns a sentence for the log, or undefined when the run had no Ray job.
 */
async function stopOrphanedRayJob(settings, tags, waitMs = 30_000) {
    const id = tags["trainyard.ray.job_id"];
    if (!id)
        return undefined;
    const where = tags["trainyard.ray.address"];
    if (where !== publicAddress(settings.address))
        return `its Ray job ${id} ran on another cluster (${where ?? "unknown"}); stop it there if it still runs (ray job stop ${id})`;
    const client = new RayJobsClient(settings.address, settings.token);
    const before = await client.info(id).catch((error) => error);
    if (before instanceof Error)
        return `its Ray job ${id} could not be looked up (${before.message})`;
    if (TERMINAL.has(before.status))
        return `its Ray job ${id} had already ended (${before.status})`;
    await client.stop(id);
    const deadline = performance.now() + waitMs;
    let status = before.status;
    while (!TERMINAL.has(status) && performance.now() < deadline) {
        await (0,promises_.setTimeout)(settings.pollMs ?? 500);
        status = (await client.info(id)).status;
    }
    return TERMINAL.has(status)
        ? `its Ray job ${id} was still ${before.status} and has been stopped (${status})`
        : `its Ray job ${id} was still ${before.status}; stop was requested but it has not ended after ${waitMs / 1000} s`;
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
