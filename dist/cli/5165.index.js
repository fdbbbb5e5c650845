export const id = 5165;
export const ids = [5165];
export const modules = {

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

/***/ 5165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openTracking: () => (/* binding */ openTracking)
});

// UNUSED EXPORTS: DEFAULT_LOCAL_TRACKING_DIR

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/local-registry.js
var local_registry = __webpack_require__(5916);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/local-tracker.js + 3 modules
var local_tracker = __webpack_require__(619);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/ports.js
var ports = __webpack_require__(3241);
;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/mlflow-error.js

/** Error codes of failures that never reached an MLflow answer (MLflow's own codes are passed through). */
const NETWORK_ERROR = "NETWORK_ERROR";
const TIMEOUT = "TIMEOUT";
const INVALID_RESPONSE = "INVALID_RESPONSE";
/**
 * A failed MLflow request. `errorCode` is MLflow's `error_code` (RESOURCE_DOES_NOT_EXIST, …) when the
 * server sent one, `HTTP_<status>` for an answer that is not MLflow's, or NETWORK_ERROR / TIMEOUT.
 */
class MlflowError extends ports/* TrackingError */.g {
    method;
    path;
    transient;
    mayHaveTakenEffect;
    attempts;
    retryAfterMs;
    serverMessage;
    constructor(message, errorCode, details) {
        super(message, errorCode, details.status);
        this.name = "MlflowError";
        this.method = details.method;
        this.path = details.path;
        this.transient = details.transient;
        this.mayHaveTakenEffect = details.mayHaveTakenEffect;
        this.attempts = details.attempts ?? 1;
        this.retryAfterMs = details.retryAfterMs;
        this.serverMessage = details.serverMessage;
        if (details.cause !== undefined)
            this.cause = details.cause;
    }
    /** The same error after `attempts` tries, with `note` appended to the message. */
    withAttempts(attempts, note = "") {
        const message = note === "" ? this.message : `${this.message}; ${note}`;
        return new MlflowError(message, this.errorCode, {
            method: this.method,
            path: this.path,
            ...(this.status !== undefined && { status: this.status }),
            transient: this.transient,
            mayHaveTakenEffect: this.mayHaveTakenEffect,
            attempts,
            ...(this.retryAfterMs !== undefined && { retryAfterMs: this.retryAfterMs }),
            ...(this.serverMessage !== undefined && { serverMessage: this.serverMessage }),
            cause: this.cause,
        });
    }
}
function isMlflowError(error, errorCode) {
    return error instanceof MlflowError && (errorCode === undefined || error.errorCode === errorCode);
}
/** Whether the error means the addressed resource does not exist (MLflow's code, not a bare 404). */
function isNotFound(error) {
    return isMlflowError(error, "RESOURCE_DOES_NOT_EXIST");
}
const MAX_DETAIL_LENGTH = 1000;
/** Builds the error for an HTTP answer outside 2xx from its status and body. */
function errorFromResponse(method, path, status, body, redact, retryAfterMs) {
    let errorCode = `HTTP_${status}`;
    let detail = body.trim();
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed === "object" && parsed !== null) {
            const fields = parsed;
            if (typeof fields.error_code === "string" && fields.error_code !== "")
                errorCode = fields.error_code;
            if (typeof fields.message === "string")
                detail = fields.message;
            else if (typeof fields.detail === "string")
                detail = fields.detail;
        }
    }
    catch {
        // not JSON: a proxy's or a non-MLflow server's page; keep the start of it
    }
    if (detail.length > MAX_DETAIL_LENGTH)
        detail = `${detail.slice(0, MAX_DETAIL_LENGTH)}…`;
    detail = redact(detail);
    const transient = status === 429 || (status >= 500 && status !== 501);
    const message = `MLflow ${method} ${path} failed with ${status} ${errorCode}${detail === "" ? "" : `: ${detail}`}`;
    return new MlflowError(message, errorCode, {
        method,
        path,
        status,
        transient,
        mayHaveTakenEffect: status >= 500,
        ...(retryAfterMs !== undefined && { retryAfterMs }),
        serverMessage: detail,
    });
}
// Errors of the connection itself. The first group means the request never left this machine.
const NOT_CONNECTED_CODES = new Set(["ECONNREFUSED", "UND_ERR_CONNECT_TIMEOUT", "ENOTFOUND", "EAI_AGAIN"]);
const CONNECTION_CODES = new Set([
    "ECONNRESET",
    "EPIPE",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "ENETDOWN",
    "ECONNABORTED",
    "UND_ERR_SOCKET",
    "UND_ERR_CLOSED",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
    "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
    "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH",
]);
function errorCodeOf(error) {
    if (typeof error !== "object" || error === null)
        return undefined;
    const { code, errors } = error;
    if (typeof code === "string")
        return code;
    // Happy Eyeballs connects to several addresses and reports an AggregateError of their failures.
    if (Array.isArray(errors) && errors.length > 0)
        return errorCodeOf(errors[0]);
    return undefined;
}
/** Turns a failure of the connection into an MlflowError, or returns undefined for any other error. */
function errorFromConnection(method, path, error, redact) {
    const code = errorCodeOf(error);
    if (code === undefined || !(NOT_CONNECTED_CODES.has(code) || CONNECTION_CODES.has(code)))
        return undefined;
    const reason = error instanceof Error ? error.message : String(error);
    const sent = !NOT_CONNECTED_CODES.has(code);
    const what = sent ? "the connection failed" : "could not connect";
    return new MlflowError(`MLflow ${method} ${path}: ${what} (${code}: ${redact(reason)})`, NETWORK_ERROR, {
        method,
        path,
        transient: code !== "ENOTFOUND",
        mayHaveTakenEffect: sent,
        cause: error,
    });
}
/** The error for a request that got no complete answer within the timeout. */
function timeoutError(method, path, timeoutMs, idle) {
    const what = idle ? `no data moved for ${timeoutMs} ms` : `no answer within ${timeoutMs} ms`;
    return new MlflowError(`MLflow ${method} ${path} timed out: ${what}`, TIMEOUT, {
        method,
        path,
        transient: true,
        mayHaveTakenEffect: true,
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(5439);
;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/mlflow-auth.js
/**
 * Chooses the credential: explicit options first, then `env`; within each, username and password (Basic)
 * before a token (Bearer), as MLflow's own client does. `fallback` (credentials written into the tracking
 * URI) is used only when neither names any.
 */
function resolveAuth(options, env, fallback = {}) {
    const sources = [
        options,
        {
            username: nonEmpty(env.MLFLOW_TRACKING_USERNAME),
            password: nonEmpty(env.MLFLOW_TRACKING_PASSWORD),
            token: nonEmpty(env.MLFLOW_TRACKING_TOKEN),
        },
        fallback,
    ];
    for (const source of sources) {
        const username = nonEmpty(source.username);
        const password = nonEmpty(source.password);
        if (username !== undefined && password !== undefined) {
            const encoded = Buffer.from(`${username}:${password}`, "utf8").toString("base64");
            return { header: `Basic ${encoded}`, secrets: [password, encoded] };
        }
        const token = nonEmpty(source.token);
        if (token !== undefined)
            return { header: `Bearer ${token}`, secrets: [token] };
    }
    return { secrets: [] };
}
/** A function that replaces every secret in a text with `***`. */
function redactor(secrets) {
    // Very short secrets would blank out ordinary words; they are unlikely to be real credentials anyway.
    const hidden = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
    if (hidden.length === 0)
        return (text) => text;
    return (text) => {
        let result = text;
        for (const secret of hidden)
            result = result.split(secret).join("***");
        return result;
    };
}
function nonEmpty(value) {
    return value === undefined || value === "" ? undefined : value;
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/retry-policy.js
const DEFAULT_RETRY = {
    maxAttempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 10_000,
    maxTotalWaitMs: 60_000,
};
function retryPolicy(options = {}) {
    const policy = { ...DEFAULT_RETRY, ...options };
    if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
        throw new RangeError(`retry.maxAttempts must be a positive integer, got ${policy.maxAttempts}`);
    }
    for (const key of ["baseDelayMs", "maxDelayMs", "maxTotalWaitMs"]) {
        if (!(policy[key] >= 0))
            throw new RangeError(`retry.${key} must be zero or more, got ${policy[key]}`);
    }
    return policy;
}
/**
 * The wait before retry number `retry` (1 for the first retry): "full jitter", a uniform draw between zero
 * and the exponential ceiling, so many clients failing together do not come back together. A server's
 * Retry-After raises the wait to at least what it asked for, within `maxDelayMs`.
 */
function backoffDelay(retry, policy, retryAfterMs, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    const jittered = Math.floor(random() * ceiling);
    if (retryAfterMs === undefined)
        return jittered;
    return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs));
}
/** A Retry-After header (seconds or an HTTP date) in milliseconds from `now`, if it is usable. */
function parseRetryAfter(value, now = Date.now()) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === "")
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text.trim()))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/mlflow-http.js









const DEFAULT_TIMEOUT_MS = 30_000;
const API_PREFIX = "/api/2.0/mlflow/";
const USER_AGENT = "trainyard";
/**
 * The REST transport to one MLflow tracking server: JSON calls under `/api/2.0/mlflow/`, streamed artifact
 * transfers through its artifact proxy, a timeout on every request, retries with backoff and jitter where a
 * request is safe to repeat, and credentials that never appear in an error.
 */
class MlflowHttp {
    /** The server's address without credentials, query or trailing slash. */
    baseUrl;
    timeoutMs;
    authorization;
    redact;
    policy;
    onRetry;
    dispatcher;
    constructor(options) {
        const { baseUrl, credentials } = parseTrackingUri(options.trackingUri);
        this.baseUrl = baseUrl;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        if (!(this.timeoutMs > 0))
            throw new RangeError(`timeoutMs must be positive, got ${this.timeoutMs}`);
        const auth = resolveAuth(options, options.env ?? process.env, credentials);
        this.authorization = auth.header;
        this.redact = redactor(auth.secrets);
        this.policy = retryPolicy(options.retry);
        this.onRetry = options.onRetry;
        // Idle connections are dropped well before common server keep-alive limits, so a create is rarely
        // sent on a connection the server is closing at that moment (such a create cannot be retried).
        this.dispatcher = new undici/* Agent */.g6({
            keepAliveTimeout: 2_000,
            keepAliveMaxTimeout: 2_000,
            connectTimeout: Math.min(10_000, this.timeoutMs),
        });
    }
    /** Calls `endpoint` under `/api/2.0/mlflow/`: parameters go in the query string for GET, else in a JSON body. */
    async api(method, endpoint, params, schema, options) {
        return this.json(method, `${API_PREFIX}${endpoint}`, params, schema, options);
    }
    /** A JSON call to any path of the server (the artifact proxy's listing lives outside the API prefix). */
    async json(method, path, params, schema, options) {
        const isGet = method === "GET";
        const body = isGet ? undefined : JSON.stringify(params);
        const prepared = {
            method,
            path,
            query: isGet ? queryString(params) : "",
            headers: this.headers(isGet ? {} : { "content-type": "application/json" }),
            ...(body !== undefined && { body: () => body }),
            retry: options.retry,
            idle: false,
        };
        const raw = await this.send(prepared, async (response) => {
            const text = await response.body.text();
            return this.parseJson(method, path, text);
        });
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
            throw new MlflowError(`MLflow ${method} ${path} returned an unexpected answer: ${this.redact(parsed.error.message)}`, INVALID_RESPONSE, { method, path, status: 200, transient: false, mayHaveTakenEffect: true });
        }
        return parsed.data;
    }
    /** Streams a local file to `path` with PUT (an idempotent write, so it is retried). */
    async putFile(path, localFile, size) {
        const prepared = {
            method: "PUT",
            path,
            query: "",
            headers: this.headers({ "content-type": "application/octet-stream", "content-length": String(size) }),
            body: (touch) => external_node_stream_.Readable.from(fileChunks(localFile, touch), { objectMode: false }),
            retry: true,
            idle: true,
        };
        await this.send(prepared, async (response) => {
            await response.body.dump();
        });
    }
    /** Streams the body of `GET path` into `destination`, through a temporary file renamed when complete. */
    async getToFile(path, destination) {
        const prepared = {
            method: "GET",
            path,
            query: "",
            headers: this.headers({}),
            retry: true,
            idle: true,
        };
        await this.send(prepared, async (response, touch) => {
            const length = Number(response.headers["content-length"]);
            await (0,atomic_file/* writeFileAtomically */.lo)(destination, { stream: response.body }, { onProgress: touch, ...(Number.isInteger(length) && length >= 0 && { expectedBytes: length }) });
        });
    }
    /** Closes idle connections; the client is unusable afterwards. */
    async close() {
        await this.dispatcher.close();
    }
    headers(extra) {
        return {
            accept: "application/json",
            "user-agent": USER_AGENT,
            ...extra,
            ...(this.authorization !== undefined && { authorization: this.authorization }),
        };
    }
    parseJson(method, path, text) {
        if (text.trim() === "")
            return {};
        try {
            return JSON.parse(text);
        }
        catch {
            throw new MlflowError(`MLflow ${method} ${path} answered with something that is not JSON: ${this.redact(text.slice(0, 200))}`, INVALID_RESPONSE, { method, path, status: 200, transient: false, mayHaveTakenEffect: true });
        }
    }
    async send(prepared, consume) {
        const { method, path } = prepared;
        let waited = 0;
        for (let attempt = 1;; attempt++) {
            let failure;
            try {
                return await this.once(prepared, consume);
            }
            catch (error) {
                if (!(error instanceof MlflowError))
                    throw error;
                failure = error;
            }
            if (!failure.transient)
                throw failure.withAttempts(attempt);
            if (!prepared.retry && failure.mayHaveTakenEffect) {
                throw failure.withAttempts(attempt, `not retried: the server may have carried it out, and repeating ${method} ${path} could do it twice`);
            }
            if (attempt >= this.policy.maxAttempts) {
                const unreachable = failure.errorCode === NETWORK_ERROR && !failure.mayHaveTakenEffect
                    ? `; is an MLflow server running at ${this.baseUrl}? (the tracking-uri input, tracking.uri in trainyard.yml or MLFLOW_TRACKING_URI)`
                    : "";
                throw failure.withAttempts(attempt, `gave up after ${attempt} attempts${unreachable}`);
            }
            const delayMs = backoffDelay(attempt, this.policy, failure.retryAfterMs);
            if (waited + delayMs > this.policy.maxTotalWaitMs) {
                throw failure.withAttempts(attempt, `gave up after ${attempt} attempts and ${waited} ms of waiting`);
            }
            this.onRetry?.({ method, path, attempt: attempt + 1, delayMs, error: failure });
            await (0,promises_.setTimeout)(delayMs);
            waited += delayMs;
        }
    }
    async once(prepared, consume) {
        const { method, path } = prepared;
        const controller = new AbortController();
        let timedOut = false;
        const expire = () => {
            timedOut = true;
            controller.abort(timeoutError(method, path, this.timeoutMs, prepared.idle));
        };
        let timer = setTimeout(expire, this.timeoutMs);
        const touch = () => {
            if (!prepared.idle || timedOut)
                return;
            clearTimeout(timer);
            timer = setTimeout(expire, this.timeoutMs);
        };
        try {
            const response = await (0,undici/* request */.Em)(`${this.baseUrl}${path}${prepared.query}`, {
                method,
                headers: prepared.headers,
                ...(prepared.body !== undefined && { body: prepared.body(touch) }),
                signal: controller.signal,
                dispatcher: this.dispatcher,
            });
            touch();
            const status = response.statusCode;
            if (status < 200 || status > 299) {
                const text = await response.body.text().catch(() => "");
                const retryAfter = parseRetryAfter(response.headers["retry-after"]);
                throw errorFromResponse(method, path, status, text, this.redact, retryAfter);
            }
            return await consume(response, touch);
        }
        catch (error) {
            if (error instanceof MlflowError)
                throw error;
            if (timedOut)
                throw timeoutError(method, path, this.timeoutMs, prepared.idle);
            throw errorFromConnection(method, path, error, this.redact) ?? error;
        }
        finally {
            clearTimeout(timer);
        }
    }
}
async function* fileChunks(localFile, touch) {
    for await (const chunk of (0,external_node_fs_.createReadStream)(localFile)) {
        touch();
        yield chunk;
    }
}
function queryString(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
        if (value === undefined)
            continue;
        if (Array.isArray(value))
            for (const item of value)
                search.append(key, item);
        else
            search.append(key, String(value));
    }
    const text = search.toString();
    return text === "" ? "" : `?${text}`;
}
/**
 * The base URL of an http(s) tracking URI. Credentials written into the URI are taken out of it (so the
 * URI can be logged and stored in lineage) and returned separately.
 */
function parseTrackingUri(uri) {
    let url;
    try {
        url = new URL(uri);
    }
    catch {
        const shown = uri.replace(/\/\/[^/@]*@/, "//***@");
        throw new user_error/* UserError */.yo(`invalid MLflow tracking URI "${shown}": expected http(s)://host[:port][/path]`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new user_error/* UserError */.yo(`invalid MLflow tracking URI "${url.protocol}//…": expected http:// or https://`);
    }
    const credentials = {};
    if (url.username !== "")
        credentials.username = decodeURIComponent(url.username);
    if (url.password !== "")
        credentials.password = decodeURIComponent(url.password);
    const path = url.pathname.replace(/\/+$/, "");
    return { baseUrl: `${url.protocol}//${url.host}${path}`, credentials };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/mlflow-schemas.js

// MLflow's JSON leaves out fields at their default value and may write 64-bit integers as strings, so
// every field has a default and every number accepts a string.
const int64 = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).transform(Number);
/** Metric values: a number, or the strings "NaN", "Infinity" and "-Infinity". */
const mlflow_schemas_double = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).transform(Number);
const mlflow_schemas_text = schemas/* string */.YjP().default("");
const keyValues = schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), value: mlflow_schemas_text })).default([]);
const RUN_STATUSES = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"];
const VERSION_STATUSES = [
    "PENDING_REGISTRATION",
    "READY",
    "FAILED_REGISTRATION",
];
const Experiment = schemas/* object */.Ikc({
    experiment_id: schemas/* string */.YjP(),
    name: mlflow_schemas_text,
    artifact_location: mlflow_schemas_text,
    lifecycle_stage: schemas/* string */.YjP().default("active"),
});
const ExperimentResponse = schemas/* object */.Ikc({ experiment: Experiment });
const CreateExperimentResponse = schemas/* object */.Ikc({ experiment_id: schemas/* string */.YjP() });
const WireRunInfo = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP().optional(),
    run_uuid: schemas/* string */.YjP().optional(),
    experiment_id: schemas/* string */.YjP(),
    run_name: mlflow_schemas_text,
    status: schemas/* enum */.k5n(RUN_STATUSES).default("RUNNING"),
    start_time: int64.optional(),
    end_time: int64.optional(),
    artifact_uri: mlflow_schemas_text,
    lifecycle_stage: schemas/* string */.YjP().default("active"),
});
const WireMetric = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    value: mlflow_schemas_double,
    timestamp: int64.default(0),
    step: int64.default(0),
});
const WireRun = schemas/* object */.Ikc({
    info: WireRunInfo,
    data: schemas/* object */.Ikc({ metrics: schemas/* array */.YOg(WireMetric).default([]), params: keyValues, tags: keyValues })
        .default({ metrics: [], params: [], tags: [] }),
});
const RunResponse = schemas/* object */.Ikc({ run: WireRun });
const RunInfoResponse = schemas/* object */.Ikc({ run_info: WireRunInfo });
const SearchRunsResponse = schemas/* object */.Ikc({
    runs: schemas/* array */.YOg(WireRun).default([]),
    next_page_token: schemas/* string */.YjP().optional(),
});
const MetricHistoryResponse = schemas/* object */.Ikc({
    metrics: schemas/* array */.YOg(WireMetric).default([]),
    next_page_token: schemas/* string */.YjP().optional(),
});
const ArtifactListResponse = schemas/* object */.Ikc({
    files: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP(), is_dir: schemas/* boolean */.zMY().default(false), file_size: int64.optional() }))
        .default([]),
});
const WireModelVersion = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    version: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String),
    run_id: mlflow_schemas_text,
    source: mlflow_schemas_text,
    status: schemas/* enum */.k5n(VERSION_STATUSES).default("READY"),
    status_message: mlflow_schemas_text,
    tags: keyValues,
    aliases: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    creation_timestamp: int64.default(0),
    description: mlflow_schemas_text,
});
const ModelVersionResponse = schemas/* object */.Ikc({ model_version: WireModelVersion });
const SearchModelVersionsResponse = schemas/* object */.Ikc({
    model_versions: schemas/* array */.YOg(WireModelVersion).default([]),
    next_page_token: schemas/* string */.YjP().optional(),
});
const WireRegisteredModel = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    description: mlflow_schemas_text,
    tags: keyValues,
    aliases: schemas/* array */.YOg(schemas/* object */.Ikc({ alias: schemas/* string */.YjP(), version: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String) }))
        .default([]),
});
const RegisteredModelResponse = schemas/* object */.Ikc({ registered_model: WireRegisteredModel });
const EmptyResponse = schemas/* object */.Ikc({});
function toRecord(pairs) {
    const record = {};
    for (const { key, value } of pairs)
        record[key] = value;
    return record;
}
function toRunInfo(info) {
    return {
        runId: info.run_id ?? info.run_uuid ?? "",
        experimentId: info.experiment_id,
        runName: info.run_name,
        status: info.status,
        startTime: info.start_time ?? 0,
        ...(info.end_time !== undefined && { endTime: info.end_time }),
        artifactUri: info.artifact_uri,
        lifecycleStage: info.lifecycle_stage,
    };
}
function toMetric(metric) {
    return { key: metric.key, value: metric.value, timestamp: metric.timestamp, step: metric.step };
}
function toRun(run) {
    return {
        info: toRunInfo(run.info),
        metrics: run.data.metrics.map(toMetric),
        params: toRecord(run.data.params),
        tags: toRecord(run.data.tags),
    };
}
function toModelVersion(version, aliases = version.aliases) {
    return {
        name: version.name,
        version: version.version,
        ...(version.run_id !== "" && { runId: version.run_id }),
        source: version.source,
        status: version.status,
        tags: toRecord(version.tags),
        aliases: [...aliases],
        creationTimestamp: version.creation_timestamp,
        ...(version.description !== "" && { description: version.description }),
    };
}
function toRegisteredModel(model) {
    const aliases = {};
    for (const { alias, version } of model.aliases)
        aliases[alias] = version;
    return {
        name: model.name,
        tags: toRecord(model.tags),
        aliases,
        ...(model.description !== "" && { description: model.description }),
    };
}
function toArtifactEntry(parent, file, name) {
    return {
        path: parent === "" ? name : `${parent}/${name}`,
        isDir: file.is_dir,
        // MLflow omits a zero file size.
        ...(!file.is_dir && { size: file.file_size ?? 0 }),
    };
}
/** MLflow 3's LoggedModel, as logged-models answers (only what trainyard reads). */
const LoggedModelResponse = schemas/* object */.Ikc({
    model: schemas/* object */.Ikc({ info: schemas/* object */.Ikc({ model_id: schemas/* string */.YjP() }).loose() }).loose(),
});

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/search-filter.js
/**
 * A condition of MLflow's search filters that matches `value` exactly, or (for a value with both kinds of
 * quote) a superset of it: MLflow's filter strings have no escape for quotes, so a value with single quotes
 * goes in double quotes and the other way round, and a value with both becomes a LIKE pattern with `_` (any
 * one character) in place of each quote. Callers keep only exact matches.
 */
function equalsCondition(field, value) {
    if (!value.includes("'"))
        return `${field}='${value}'`;
    if (!value.includes('"'))
        return `${field}="${value}"`;
    return `${field} LIKE '${value.replace(/['"]/g, "_")}'`;
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/mlflow-registry.js







const SEARCH_PAGE_SIZE = 1000;
/** A promotion lock older than this belongs to a crashed holder. */
const LOCK_TTL_MS = 10 * 60_000;
const DEFAULT_REGISTRATION_TIMEOUT_MS = 300_000;
const POLL_FIRST_MS = 100;
const POLL_MAX_MS = 2_000;
/** The Registry port over an MLflow tracking server's model registry (REST). */
class MlflowRegistry {
    uri;
    http;
    registrationTimeoutMs;
    constructor(options) {
        this.http = new MlflowHttp(options);
        this.uri = this.http.baseUrl;
        this.registrationTimeoutMs = options.registrationTimeoutMs ?? DEFAULT_REGISTRATION_TIMEOUT_MS;
    }
    async ensureRegisteredModel(name, options = {}) {
        const existing = await this.getRegisteredModel(name);
        if (existing !== undefined)
            return existing;
        try {
            const created = await this.http.api("POST", "registered-models/create", {
                name,
                tags: Object.entries(options.tags ?? {}).map(([key, value]) => ({ key, value })),
                ...(options.description !== undefined && { description: options.description }),
            }, RegisteredModelResponse, { retry: false });
            return toRegisteredModel(created.registered_model);
        }
        catch (error) {
            // Another creator won the race, or our create may have gone through: read it back.
            if (!isCreateRace(error))
                throw error;
            const model = await this.getRegisteredModel(name);
            if (model === undefined)
                throw error;
            return model;
        }
    }
    async getRegisteredModel(name) {
        try {
            const response = await this.http.api("GET", "registered-models/get", { name }, RegisteredModelResponse, {
                retry: true,
            });
            return toRegisteredModel(response.registered_model);
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    async createModelVersion(options) {
        let version;
        try {
            const response = await this.http.api("POST", "model-versions/create", {
                name: options.name,
                source: options.source,
                ...(options.runId !== undefined && { run_id: options.runId }),
                tags: Object.entries(options.tags ?? {}).map(([key, value]) => ({ key, value })),
                ...(options.description !== undefined && { description: options.description }),
            }, ModelVersionResponse, { retry: false });
            version = response.model_version;
        }
        catch (error) {
            // Never created twice: when the create may have gone through, look for the version it made.
            if (!(isMlflowError(error) && error.transient && options.runId !== undefined))
                throw error;
            const found = await this.findWireByRunId(options.name, options.runId);
            if (found === undefined)
                throw error;
            version = found;
        }
        return this.awaitReady(version);
    }
    async awaitReady(created) {
        const deadline = Date.now() + this.registrationTimeoutMs;
        let version = created;
        let pause = POLL_FIRST_MS;
        while (version.status === "PENDING_REGISTRATION") {
            if (Date.now() + pause > deadline) {
                throw new ports/* TrackingError */.g(`model ${version.name} version ${version.version} is still PENDING_REGISTRATION after ` +
                    `${this.registrationTimeoutMs} ms`, "TIMEOUT");
            }
            await (0,promises_.setTimeout)(pause);
            pause = Math.min(POLL_MAX_MS, pause * 2);
            version = await this.getWire(version.name, version.version);
        }
        if (version.status === "FAILED_REGISTRATION") {
            const why = version.status_message === "" ? "" : `: ${version.status_message}`;
            throw new ports/* TrackingError */.g(`registering model ${version.name} version ${version.version} failed${why}`, "FAILED_REGISTRATION");
        }
        return toModelVersion(version);
    }
    async getModelVersion(name, version) {
        try {
            return toModelVersion(await this.getWire(name, version));
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    async getWire(name, version) {
        const response = await this.http.api("GET", "model-versions/get", { name, version }, ModelVersionResponse, {
            retry: true,
        });
        return response.model_version;
    }
    async listModelVersions(name) {
        const versions = await this.searchVersions(name, equalsCondition("name", name));
        if (versions.length === 0)
            return [];
        // Search results carry no aliases; the registered model has them all.
        const aliases = (await this.getRegisteredModel(name))?.aliases ?? {};
        return versions.map((version) => toModelVersion(version, Object.keys(aliases).filter((alias) => aliases[alias] === version.version)));
    }
    /** The newest version registered from `runId`. */
    async findModelVersionByRunId(name, runId) {
        const found = await this.findWireByRunId(name, runId);
        return found === undefined ? undefined : this.getModelVersion(name, found.version);
    }
    async findWireByRunId(name, runId) {
        let versions;
        try {
            const filter = `${equalsCondition("name", name)} and ${equalsCondition("run_id", runId)}`;
            versions = await this.searchVersions(name, filter);
        }
        catch (error) {
            // Servers that cannot filter on run_id together with name: scan the model's versions instead.
            if (!isMlflowError(error, "INVALID_PARAMETER_VALUE"))
                throw error;
            versions = await this.searchVersions(name, equalsCondition("name", name));
        }
        return versions.find((version) => version.run_id === runId);
    }
    /** Every version of `name` matching `filter`, across pages, newest first. */
    async searchVersions(name, filter) {
        const versions = [];
        let pageToken;
        do {
            const response = await this.http.api("GET", "model-versions/search", { filter, max_results: SEARCH_PAGE_SIZE, page_token: pageToken }, SearchModelVersionsResponse, { retry: true });
            versions.push(...response.model_versions);
            pageToken = response.next_page_token || undefined;
        } while (pageToken !== undefined);
        return versions
            .filter((version) => version.name === name)
            .sort((a, b) => Number(b.version) - Number(a.version));
    }
    async setModelVersionTag(name, version, key, value) {
        await this.http.api("POST", "model-versions/set-tag", { name, version, key, value }, EmptyResponse, {
            retry: true,
        });
    }
    async deleteModelVersion(name, version) {
        try {
            await this.http.api("DELETE", "model-versions/delete", { name, version }, EmptyResponse, {
                retry: true,
            });
        }
        catch (error) {
            // Gone on a repeat: the attempt that got no answer did delete it.
            if (isNotFound(error) && error.attempts > 1)
                return;
            throw error;
        }
    }
    async setAlias(name, alias, version) {
        await this.http.api("POST", "registered-models/alias", { name, alias, version }, EmptyResponse, {
            retry: true,
        });
    }
    async deleteAlias(name, alias) {
        await this.http.api("DELETE", "registered-models/alias", { name, alias }, EmptyResponse, { retry: true });
    }
    /**
     * The version an alias points to, or undefined when the model or the alias does not exist. MLflow answers
     * a missing alias with INVALID_PARAMETER_VALUE ("Registered model alias … not found"), the same code as a
     * malformed alias name, so the message tells them apart. MLflow resolves the reserved alias `latest` to
     * the newest version.
     */
    async getVersionByAlias(name, alias) {
        try {
            const response = await this.http.api("GET", "registered-models/alias", { name, alias }, ModelVersionResponse, { retry: true });
            return toModelVersion(response.model_version);
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            if (isMlflowError(error, "INVALID_PARAMETER_VALUE") && isMissingAlias(error.serverMessage ?? "")) {
                return undefined;
            }
            throw error;
        }
    }
    /**
     * MLflow has no conditional writes, but creating a registered model is atomic (a unique name), so the lock
     * is a registered model named `trainyard-lock.<model>`, created by the holder and deleted on release. Its
     * tags name the holder (so a create whose answer was lost is recognised as ours) and an expiry, after which
     * a crashed holder's lock is broken.
     */
    async withPromotionLock(name, critical, options = {}) {
        const lockName = `trainyard-lock.${name}`;
        const token = (0,external_node_crypto_.randomUUID)();
        const deadline = Date.now() + (options.timeoutMs ?? 120_000);
        for (let attempt = 0;; attempt++) {
            if (await this.tryLock(lockName, token))
                break;
            if (Date.now() > deadline)
                throw new ports/* TrackingError */.g(`timed out waiting for the promotion lock of ${name} (registered model ${lockName}); if no promotion is running, delete that registered model`, "LOCK_TIMEOUT");
            await (0,promises_.setTimeout)(Math.min(2_000, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
        }
        try {
            return await critical();
        }
        finally {
            await this.releaseLock(lockName, token);
        }
    }
    /**
     * Deletes the lock only while it still carries our token. A blind retried DELETE could remove the next
     * holder's lock (our first DELETE acted, its answer was lost, and another promotion took the lock before
     * the retry); a lock we fail to delete expires after LOCK_TTL_MS.
     */
    async releaseLock(lockName, token) {
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                const holder = await this.getRegisteredModel(lockName);
                if (holder?.tags["trainyard.lock.token"] !== token)
                    return;
                await this.http.api("DELETE", "registered-models/delete", { name: lockName }, EmptyResponse, {
                    retry: false,
                });
                return;
            }
            catch {
                await (0,promises_.setTimeout)(200 * (attempt + 1));
            }
        }
    }
    async tryLock(lockName, token) {
        const expires = Date.now() + LOCK_TTL_MS;
        try {
            await this.http.api("POST", "registered-models/create", {
                name: lockName,
                description: "trainyard promotion lock: held while a promotion or rollback runs",
                tags: [
                    { key: "trainyard.lock.token", value: token },
                    { key: "trainyard.lock.expires", value: String(expires) },
                ],
            }, RegisteredModelResponse, { retry: false });
            return true;
        }
        catch (error) {
            if (!isCreateRace(error))
                throw error;
            const holder = await this.getRegisteredModel(lockName);
            if (!holder)
                return false;
            if (holder.tags["trainyard.lock.token"] === token)
                return true;
            if (Number(holder.tags["trainyard.lock.expires"] ?? 0) < Date.now()) {
                await this.http
                    .api("DELETE", "registered-models/delete", { name: lockName }, EmptyResponse, { retry: true })
                    .catch(() => { });
            }
            return false;
        }
    }
    /** Closes idle connections to the server. */
    async close() {
        await this.http.close();
    }
}
/**
 * A create of a registered model whose outcome only a read-back can tell: the name exists
 * (RESOURCE_ALREADY_EXISTS), the model was deleted while the server handled our create (MLflow 3.17's
 * conflict handler reads the existing model to name it, then answers RESOURCE_DOES_NOT_EXIST: seen when a
 * promotion lock is released under a contender), or a transient error hid whether the create went through.
 */
function isCreateRace(error) {
    return (isMlflowError(error, "RESOURCE_ALREADY_EXISTS") ||
        isMlflowError(error, "RESOURCE_DOES_NOT_EXIST") ||
        (isMlflowError(error) && error.transient));
}
function isMissingAlias(serverMessage) {
    return /\bnot found\b/i.test(serverMessage) && !/^invalid alias name/i.test(serverMessage);
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/artifact-paths.js

const ARTIFACTS_PATH = "/api/2.0/mlflow-artifacts/artifacts";
/**
 * The path of a run's artifact root on the tracking server's artifact proxy: `mlflow-artifacts:/1/<run>/artifacts`
 * (or `mlflow-artifacts://host/1/…`) → `1/<run>/artifacts`. Any other scheme means the run's artifacts live
 * where only the server, not this client, is meant to reach them.
 */
function proxiedArtifactRoot(artifactUri, runId) {
    const match = /^mlflow-artifacts:(?:\/\/[^/]*)?(.*)$/.exec(artifactUri);
    if (match === null) {
        throw new ports/* TrackingError */.g(`run ${runId} keeps its artifacts at "${artifactUri}", which trainyard does not write to directly: ` +
            "run the MLflow server with artifact proxying (`mlflow server --artifacts-destination <dir or bucket>`, " +
            "which is the default, without --default-artifact-root or --no-serve-artifacts) so that new experiments " +
            'get "mlflow-artifacts:/" locations, and use a new experiment', "UNSUPPORTED_ARTIFACT_LOCATION");
    }
    return (match[1] ?? "").replace(/^\/+|\/+$/g, "");
}
/**
 * A relative artifact path in canonical form: `/` separators, no leading or trailing slash, no empty, `.`
 * or `..` segments. "" is the artifact root.
 */
function normalizeArtifactPath(path) {
    const trimmed = path.replaceAll("\\", "/").replace(/^\/+|\/+$/g, "");
    if (trimmed === "")
        return "";
    const segments = trimmed.split("/");
    if (segments.some((s) => s === "" || s === "." || s === "..")) {
        throw new ports/* TrackingError */.g(`invalid artifact path "${path}": use a relative path without empty, "." or ".." segments`, "INVALID_PARAMETER_VALUE");
    }
    return segments.join("/");
}
function joinArtifactPath(...parts) {
    return parts.filter((p) => p !== "").join("/");
}
/** The URL path of one artifact on the proxy, each segment percent-encoded. */
function artifactUrlPath(proxiedPath) {
    return `${ARTIFACTS_PATH}/${proxiedPath.split("/").map(encodeURIComponent).join("/")}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.cache/build/lib/store/parallel.js
var parallel = __webpack_require__(6170);
;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/artifact-proxy.js






/**
 * Artifact transfers through the tracking server's artifact proxy (`/api/2.0/mlflow-artifacts/`). Every
 * path here is relative to a run's artifact root, which is `root` on the proxy.
 */
class ArtifactProxy {
    http;
    concurrency;
    constructor(http, concurrency) {
        this.http = http;
        this.concurrency = concurrency;
    }
    async uploadFile(root, localFile, path) {
        if (path === "") {
            throw new ports/* TrackingError */.g("an artifact file needs a path below the run's artifact root", "INVALID_PARAMETER_VALUE");
        }
        const info = await (0,external_node_fs_promises_.stat)(localFile);
        if (!info.isFile())
            throw new ports/* TrackingError */.g(`${localFile} is not a file`, "INVALID_PARAMETER_VALUE");
        await this.http.putFile(artifactUrlPath(joinArtifactPath(root, path)), localFile, info.size);
    }
    async uploadDir(root, localDir, path) {
        const files = await filesUnder(localDir);
        await (0,parallel/* mapWithConcurrency */.W)(files, this.concurrency, (file) => this.uploadFile(root, (0,external_node_path_.join)(localDir, ...file.split("/")), joinArtifactPath(path, file)));
    }
    async list(root, path) {
        const response = await this.http.json("GET", ARTIFACTS_PATH, { path: joinArtifactPath(root, path) }, ArtifactListResponse, { retry: true });
        return response.files.map((file) => toArtifactEntry(path, file, safeName(file.path)));
    }
    /** Downloads a file, or a directory with everything below it, to `destination`. */
    async download(root, path, destination) {
        const entries = await this.list(root, path);
        if (entries.length === 0 && path !== "") {
            // Listing a file (or nothing) gives no entries: fetch it as a file, which fails if it is absent.
            await this.http.getToFile(artifactUrlPath(joinArtifactPath(root, path)), destination);
            return;
        }
        const files = await this.walk(root, entries);
        await (0,external_node_fs_promises_.mkdir)(destination, { recursive: true });
        const base = (0,external_node_path_.resolve)(destination);
        await (0,parallel/* mapWithConcurrency */.W)(files, this.concurrency, async (file) => {
            const below = path === "" ? file : file.slice(path.length + 1);
            const target = (0,external_node_path_.resolve)(base, ...below.split("/"));
            if (!target.startsWith(base + external_node_path_.sep)) {
                throw new ports/* TrackingError */.g(`refusing to write artifact "${file}" outside ${destination}`, "INVALID_RESPONSE");
            }
            await this.http.getToFile(artifactUrlPath(joinArtifactPath(root, file)), target);
        });
    }
    /** Every file below the given entries, listing subdirectories level by level. */
    async walk(root, entries) {
        const files = [];
        let level = entries;
        while (level.length > 0) {
            const dirs = [];
            for (const entry of level)
                (entry.isDir ? dirs : files).push(entry.path);
            const listed = await (0,parallel/* mapWithConcurrency */.W)(dirs, this.concurrency, (dir) => this.list(root, dir));
            level = listed.flat();
        }
        return files;
    }
}
/** An entry name from the server, refused if it could climb out of the directory it is written into. */
function safeName(path) {
    const name = path.replace(/\/+$/, "").split("/").at(-1) ?? "";
    if (name === "" || name === "." || name === ".." || name.includes("\\")) {
        throw new ports/* TrackingError */.g(`the artifact listing contains an unusable name "${path}"`, "INVALID_RESPONSE");
    }
    return name;
}
/** The files below `dir` (following symbolic links to files), as `/`-separated relative paths. */
async function filesUnder(dir) {
    const entries = await (0,external_node_fs_promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    const files = [];
    for (const entry of entries) {
        const full = (0,external_node_path_.join)(entry.parentPath, entry.name);
        const isFile = entry.isFile() || (entry.isSymbolicLink() && (await (0,external_node_fs_promises_.stat)(full)).isFile());
        if (isFile)
            files.push((0,external_node_path_.relative)(dir, full).split(external_node_path_.sep).join("/"));
    }
    return files.sort();
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/log-batch-chunks.js
const MLFLOW_BATCH_LIMITS = {
    metrics: 1000,
    params: 100,
    tags: 100,
    items: 1000,
    bytes: 900_000,
};
// The JSON around the arrays: {"run_id":"<32 hex>","metrics":[],"params":[],"tags":[]}
const ENVELOPE_BYTES = 120;
function toWireMetric(metric) {
    const { value } = metric;
    const wire = Number.isNaN(value)
        ? "NaN"
        : value === Number.POSITIVE_INFINITY
            ? "Infinity"
            : value === Number.NEGATIVE_INFINITY
                ? "-Infinity"
                : value;
    return { key: metric.key, value: wire, timestamp: metric.timestamp, step: metric.step };
}
/**
 * Splits a batch into as few requests as the limits allow. Each request takes params and tags first (their
 * per-request limits are the tight ones) and fills the rest with metrics, so 2,000 metrics go in two
 * requests and 2,500 metrics with 150 params and 150 tags in three.
 */
function splitBatch(batch, limits = MLFLOW_BATCH_LIMITS) {
    const params = Object.entries(batch.params ?? {}).map(([key, value]) => ({ key, value }));
    const tags = Object.entries(batch.tags ?? {}).map(([key, value]) => ({ key, value }));
    const metrics = (batch.metrics ?? []).map(toWireMetric);
    const size = (item) => Buffer.byteLength(JSON.stringify(item), "utf8") + 1;
    const chunks = [];
    let p = 0;
    let t = 0;
    let m = 0;
    while (p < params.length || t < tags.length || m < metrics.length) {
        const chunk = { metrics: [], params: [], tags: [] };
        let items = 0;
        let bytes = ENVELOPE_BYTES;
        const take = (source, from, into, max) => {
            let next = from;
            while (next < source.length && into.length < max && items < limits.items) {
                const item = source[next];
                const itemBytes = size(item);
                // An item too large for the byte budget on its own still goes, alone, and the server judges it.
                if (items > 0 && bytes + itemBytes > limits.bytes)
                    break;
                into.push(item);
                bytes += itemBytes;
                items++;
                next++;
            }
            return next;
        };
        p = take(params, p, chunk.params, limits.params);
        t = take(tags, t, chunk.tags, limits.tags);
        m = take(metrics, m, chunk.metrics, limits.metrics);
        chunks.push(chunk);
    }
    return chunks;
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/mlflow/mlflow-tracker.js







const DEFAULT_MAX_RESULTS = 1000;
const mlflow_tracker_SEARCH_PAGE_SIZE = 1000;
// A create that keeps colliding with a concurrent delete-and-recreate is given up after this many rounds.
const ENSURE_ROUNDS = 3;
/** The Tracker port over an MLflow tracking server's REST API. */
/** The tag that lets a lost runs/create answer be found again. */
const CREATE_TOKEN_TAG = "trainyard.create_token";
const CREATE_ATTEMPTS = 3;
class MlflowTracker {
    uri;
    http;
    artifacts;
    /** Each run's artifact root on the proxy; a run's artifact URI never changes. */
    artifactRoots = new Map();
    constructor(options) {
        this.http = new MlflowHttp(options);
        this.uri = this.http.baseUrl;
        this.artifacts = new ArtifactProxy(this.http, options.artifactConcurrency ?? 4);
    }
    async ensureExperiment(name) {
        let lastError;
        for (let round = 0; round < ENSURE_ROUNDS; round++) {
            const existing = await this.experimentByName(name);
            if (existing !== undefined) {
                if (existing.lifecycle_stage === "deleted") {
                    throw new MlflowError(`MLflow experiment "${name}" (id ${existing.experiment_id}) is deleted: restore it ` +
                        `(in the MLflow UI, or \`mlflow experiments restore --experiment-id ${existing.experiment_id}\`), ` +
                        "delete it permanently (`mlflow gc`), or use another experiment name", "INVALID_STATE", {
                        method: "GET",
                        path: "/api/2.0/mlflow/experiments/get-by-name",
                        transient: false,
                        mayHaveTakenEffect: false,
                    });
                }
                return existing.experiment_id;
            }
            try {
                // Not repeated by the transport; a repeat is harmless here, because names are unique and the
                // next round reads the experiment back first.
                const created = await this.http.api("POST", "experiments/create", { name }, CreateExperimentResponse, {
                    retry: false,
                });
                return created.experiment_id;
            }
            catch (error) {
                const settled = isMlflowError(error, "RESOURCE_ALREADY_EXISTS") || (isMlflowError(error) && error.transient);
                if (!settled)
                    throw error;
                lastError = error;
            }
        }
        throw lastError;
    }
    async experimentByName(name) {
        try {
            const response = await this.http.api("GET", "experiments/get-by-name", { experiment_name: name }, ExperimentResponse, { retry: true });
            return response.experiment;
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    async createRun(options) {
        // runs/create is not idempotent, so a create whose answer was lost is found again by a token tag
        // before it is sent again: a flaky connection never leaves two runs for one training.
        const token = (0,external_node_crypto_.randomUUID)();
        const body = {
            experiment_id: options.experimentId,
            ...(options.runName !== undefined && { run_name: options.runName }),
            start_time: options.startTime ?? Date.now(),
            tags: Object.entries({ ...options.tags, [CREATE_TOKEN_TAG]: token }).map(([key, value]) => ({
                key,
                value,
            })),
        };
        for (let attempt = 1;; attempt++) {
            try {
                const response = await this.http.api("POST", "runs/create", body, RunResponse, { retry: false });
                const info = toRunInfo(response.run.info);
                this.rememberArtifactUri(info);
                return info;
            }
            catch (error) {
                // Failures that cannot have reached the server were already retried by the HTTP layer.
                if (!(isMlflowError(error) && error.transient && error.mayHaveTakenEffect) ||
                    attempt >= CREATE_ATTEMPTS)
                    throw error;
                const [created] = await this.searchRuns({
                    experimentIds: [options.experimentId],
                    filter: `tags.\`${CREATE_TOKEN_TAG}\` = '${token}'`,
                    maxResults: 1,
                }).catch(() => {
                    throw error;
                });
                if (created)
                    return created.info;
            }
        }
    }
    /** Marks the run deleted (MLflow keeps it, recoverable, until its garbage collection). */
    async deleteRun(runId) {
        await this.http.api("POST", "runs/delete", { run_id: runId }, EmptyResponse, { retry: true });
    }
    async getRun(runId) {
        const response = await this.http.api("GET", "runs/get", { run_id: runId }, RunResponse, { retry: true });
        const run = toRun(response.run);
        this.rememberArtifactUri(run.info);
        return run;
    }
    async searchRuns(options) {
        const wanted = options.maxResults ?? DEFAULT_MAX_RESULTS;
        const runs = [];
        let pageToken;
        do {
            const response = await this.http.api("POST", "runs/search", {
                experiment_ids: options.experimentIds,
                ...(options.filter !== undefined && options.filter !== "" && { filter: options.filter }),
                max_results: Math.min(mlflow_tracker_SEARCH_PAGE_SIZE, wanted - runs.length),
                ...(options.orderBy !== undefined && { order_by: options.orderBy }),
                ...(pageToken !== undefined && { page_token: pageToken }),
            }, SearchRunsResponse, { retry: true });
            for (const run of response.runs)
                runs.push(toRun(run));
            pageToken = response.next_page_token || undefined;
        } while (pageToken !== undefined && runs.length < wanted);
        return runs.slice(0, wanted);
    }
    async updateRun(runId, update) {
        await this.http.api("POST", "runs/update", {
            run_id: runId,
            ...(update.status !== undefined && { status: update.status }),
            ...(update.endTime !== undefined && { end_time: update.endTime }),
            ...(update.runName !== undefined && { run_name: update.runName }),
        }, RunInfoResponse, { retry: true });
    }
    /**
     * Sends the batch in as few requests as MLflow's limits allow, one after another. Repeating a request is
     * harmless (identical metrics are stored once, a param may be logged again with the same value, tags are
     * overwritten), so each is retried. If one fails, the requests before it have been applied.
     */
    async logBatch(runId, batch) {
        for (const chunk of splitBatch(batch)) {
            await this.http.api("POST", "runs/log-batch", { run_id: runId, ...chunk }, EmptyResponse, {
                retry: true,
            });
        }
    }
    async logDatasetInputs(runId, datasets) {
        await this.http.api("POST", "runs/log-inputs", {
            run_id: runId,
            datasets: datasets.map((dataset) => ({
                dataset: {
                    name: dataset.name,
                    digest: dataset.digest,
                    source_type: dataset.sourceType,
                    source: dataset.source,
                    ...(dataset.schema ? { schema: dataset.schema } : {}),
                    ...(dataset.profile ? { profile: dataset.profile } : {}),
                },
                tags: [{ key: "mlflow.data.context", value: dataset.context }],
            })),
        }, EmptyResponse, { retry: true });
    }
    async createLoggedModel(options) {
        const created = await this.http.api("POST", "logged-models", {
            experiment_id: options.experimentId,
            name: options.name,
            source_run_id: options.runId,
            model_type: "trainyard",
            tags: Object.entries(options.tags).map(([key, value]) => ({ key, value })),
        }, LoggedModelResponse, { retry: false });
        const modelId = created.model.info.model_id;
        await this.http.json("PATCH", `/api/2.0/mlflow/logged-models/${encodeURIComponent(modelId)}`, { model_id: modelId, status: "LOGGED_MODEL_READY" }, LoggedModelResponse, { retry: true });
        await this.http.api("POST", "runs/outputs", { run_id: options.runId, models: [{ model_id: modelId, step: 0 }] }, EmptyResponse, { retry: true });
        return modelId;
    }
    async logModelMetrics(runId, modelId, dataset, metrics) {
        await this.http.api("POST", "runs/log-batch", {
            run_id: runId,
            metrics: metrics.map((metric) => ({
                ...metric,
                model_id: modelId,
                dataset_name: dataset.name,
                dataset_digest: dataset.digest,
            })),
        }, EmptyResponse, { retry: true });
    }
    async setTag(runId, key, value) {
        await this.http.api("POST", "runs/set-tag", { run_id: runId, key, value }, EmptyResponse, {
            retry: true,
        });
    }
    async uploadArtifact(runId, localFile, artifactPath) {
        const root = await this.artifactRoot(runId);
        await this.artifacts.uploadFile(root, localFile, normalizeArtifactPath(artifactPath));
    }
    async uploadArtifactDir(runId, localDir, artifactPath) {
        const root = await this.artifactRoot(runId);
        await this.artifacts.uploadDir(root, localDir, normalizeArtifactPath(artifactPath));
    }
    async listArtifacts(runId, artifactPath = "") {
        const root = await this.artifactRoot(runId);
        return this.artifacts.list(root, normalizeArtifactPath(artifactPath));
    }
    async downloadArtifacts(runId, artifactPath, destination) {
        const root = await this.artifactRoot(runId);
        await this.artifacts.download(root, normalizeArtifactPath(artifactPath), destination);
    }
    runUrl(run) {
        return `${this.uri}/#/experiments/${encodeURIComponent(run.experimentId)}/runs/${encodeURIComponent(run.runId)}`;
    }
    /** Closes idle connections to the server. */
    async close() {
        await this.http.close();
    }
    rememberArtifactUri(info) {
        if (info.artifactUri !== "" && !this.artifactRoots.has(info.runId)) {
            this.artifactRoots.set(info.runId, info.artifactUri);
        }
    }
    async artifactRoot(runId) {
        let uri = this.artifactRoots.get(runId);
        if (uri === undefined) {
            const response = await this.http.api("GET", "runs/get", { run_id: runId }, RunResponse, {
                retry: true,
            });
            uri = response.run.info.artifact_uri;
            this.artifactRoots.set(runId, uri);
        }
        return proxiedArtifactRoot(uri, runId);
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/open-tracking.js







/** Where the local backend keeps its files when no tracking URI is given, relative to `cwd`. */
const DEFAULT_LOCAL_TRACKING_DIR = ".trainyard/tracking";
/** The Tracker and Registry of one backend, chosen by the URI's scheme. */
function openTracking(options) {
    const uri = options.uri.trim();
    if (/^https?:\/\//i.test(uri)) {
        const client = {
            trackingUri: uri,
            env: options.env ?? process.env,
            ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
            ...(options.retry !== undefined && { retry: options.retry }),
        };
        return { tracker: new MlflowTracker(client), registry: new MlflowRegistry(client) };
    }
    const root = localRoot(uri, options.cwd ?? process.cwd());
    return { tracker: new local_tracker/* LocalTracker */.S(root), registry: new local_registry/* LocalRegistry */.p(root) };
}
function localRoot(uri, cwd) {
    if (uri === "")
        return (0,external_node_path_.resolve)(cwd, DEFAULT_LOCAL_TRACKING_DIR);
    if (/^file:/i.test(uri))
        return (0,external_node_url_.fileURLToPath)(uri);
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1];
    // One letter is a Windows drive (C:\runs), not a scheme.
    if (scheme !== undefined && scheme.length > 1) {
        throw new user_error/* UserError */.yo(`unsupported tracking URI "${uri.replace(/\/\/[^/@]*@/, "//***@")}": use http(s):// for an MLflow ` +
            `tracking server, or a local folder (or file:///path) for the local backend (${scheme}: is not supported)`);
    }
    return (0,external_node_path_.resolve)(cwd, uri);
}


/***/ })

};
