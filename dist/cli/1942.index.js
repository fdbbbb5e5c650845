export const id = 1942;
export const ids = [1942];
export const modules = {

/***/ 2358:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { PutObjectCommand, ChecksumAlgorithm, CreateMultipartUploadCommand, AbortMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, PutObjectTaggingCommand } = __webpack_require__(3711);
const { toEndpointV1, getEndpointFromInstructions } = __webpack_require__(2085);
const { extendedEncodeURIComponent } = __webpack_require__(3422);
const { EventEmitter } = __webpack_require__(4434);
const { Buffer } = __webpack_require__(181);
const { statSync, ReadStream } = __webpack_require__(3024);
const { Readable } = __webpack_require__(2203);

const runtimeConfigShared = {
    statSync: () => { },
    isFileReadStream(f) {
        return false;
    },
};

const runtimeConfig = {
    ...runtimeConfigShared,
    runtime: "node",
    statSync,
    isFileReadStream(f) {
        return f instanceof ReadStream;
    },
};

const byteLength = (input) => {
    if (input == null) {
        return 0;
    }
    if (typeof input === "string") {
        return Buffer.byteLength(input);
    }
    if (typeof input.byteLength === "number") {
        return input.byteLength;
    }
    else if (typeof input.length === "number") {
        return input.length;
    }
    else if (typeof input.size === "number") {
        return input.size;
    }
    else if (typeof input.start === "number" && typeof input.end === "number") {
        return input.end + 1 - input.start;
    }
    else if (runtimeConfig.isFileReadStream(input)) {
        try {
            return runtimeConfig.statSync(input.path).size;
        }
        catch (error) {
            return undefined;
        }
    }
    return undefined;
};

var BYTE_LENGTH_SOURCE;
(function (BYTE_LENGTH_SOURCE) {
    BYTE_LENGTH_SOURCE["EMPTY_INPUT"] = "a null or undefined Body";
    BYTE_LENGTH_SOURCE["CONTENT_LENGTH"] = "the ContentLength property of the params set by the caller";
    BYTE_LENGTH_SOURCE["STRING_LENGTH"] = "the encoded byte length of the Body string";
    BYTE_LENGTH_SOURCE["TYPED_ARRAY"] = "the byteLength of a typed byte array such as Uint8Array";
    BYTE_LENGTH_SOURCE["LENGTH"] = "the value of Body.length";
    BYTE_LENGTH_SOURCE["SIZE"] = "the value of Body.size";
    BYTE_LENGTH_SOURCE["START_END_DIFF"] = "the numeric difference between Body.start and Body.end";
    BYTE_LENGTH_SOURCE["STAT"] = "the size of the file given by Body.path on disk as reported by statSync";
})(BYTE_LENGTH_SOURCE || (BYTE_LENGTH_SOURCE = {}));
const byteLengthSource = (input, override) => {
    if (override != null) {
        return BYTE_LENGTH_SOURCE.CONTENT_LENGTH;
    }
    if (input == null) {
        return BYTE_LENGTH_SOURCE.EMPTY_INPUT;
    }
    if (typeof input === "string") {
        return BYTE_LENGTH_SOURCE.STRING_LENGTH;
    }
    if (typeof input.byteLength === "number") {
        return BYTE_LENGTH_SOURCE.TYPED_ARRAY;
    }
    else if (typeof input.length === "number") {
        return BYTE_LENGTH_SOURCE.LENGTH;
    }
    else if (typeof input.size === "number") {
        return BYTE_LENGTH_SOURCE.SIZE;
    }
    else if (typeof input.start === "number" && typeof input.end === "number") {
        return BYTE_LENGTH_SOURCE.START_END_DIFF;
    }
    else if (runtimeConfig.isFileReadStream(input)) {
        try {
            runtimeConfig.statSync(input.path).size;
            return BYTE_LENGTH_SOURCE.STAT;
        }
        catch (error) {
            return undefined;
        }
    }
    return undefined;
};

async function* getChunkStream(data, partSize, getNextData) {
    let partNumber = 1;
    const currentBuffer = { chunks: [], length: 0 };
    for await (const datum of getNextData(data)) {
        currentBuffer.chunks.push(datum);
        currentBuffer.length += datum.byteLength;
        while (currentBuffer.length > partSize) {
            const dataChunk = currentBuffer.chunks.length > 1 ? Buffer.concat(currentBuffer.chunks) : currentBuffer.chunks[0];
            yield {
                partNumber,
                data: dataChunk.subarray(0, partSize),
            };
            currentBuffer.chunks = [dataChunk.subarray(partSize)];
            currentBuffer.length = currentBuffer.chunks[0].byteLength;
            partNumber += 1;
        }
    }
    yield {
        partNumber,
        data: currentBuffer.chunks.length !== 1 ? Buffer.concat(currentBuffer.chunks) : currentBuffer.chunks[0],
        lastPart: true,
    };
}

async function* getChunkUint8Array(data, partSize) {
    let partNumber = 1;
    let startByte = 0;
    let endByte = partSize;
    while (endByte < data.byteLength) {
        yield {
            partNumber,
            data: data.subarray(startByte, endByte),
        };
        partNumber += 1;
        startByte = endByte;
        endByte = startByte + partSize;
    }
    yield {
        partNumber,
        data: data.subarray(startByte),
        lastPart: true,
    };
}

async function* getDataReadable(data) {
    for await (const chunk of data) {
        if (Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) {
            yield chunk;
        }
        else {
            yield Buffer.from(chunk);
        }
    }
}

async function* getDataReadableStream(data) {
    const reader = data.getReader();
    try {
        while (true) {
            const { done, value } = await reader.read();
            if (done) {
                return;
            }
            if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
                yield value;
            }
            else {
                yield Buffer.from(value);
            }
        }
    }
    catch (e) {
        throw e;
    }
    finally {
        reader.releaseLock();
    }
}

const getChunk = (data, partSize) => {
    if (data instanceof Uint8Array) {
        return getChunkUint8Array(data, partSize);
    }
    if (data instanceof Readable) {
        return getChunkStream(data, partSize, getDataReadable);
    }
    if (data instanceof String || typeof data === "string") {
        return getChunkUint8Array(Buffer.from(data), partSize);
    }
    if (typeof data.stream === "function") {
        return getChunkStream(data.stream(), partSize, getDataReadableStream);
    }
    if (data instanceof ReadableStream) {
        return getChunkStream(data, partSize, getDataReadableStream);
    }
    throw new Error("Body Data is unsupported format, expected data to be one of: string | Uint8Array | Buffer | Readable | ReadableStream | Blob;.");
};

class Upload extends EventEmitter {
    static MIN_PART_SIZE = 1024 * 1024 * 5;
    MAX_PARTS = 10_000;
    queueSize = 4;
    partSize;
    leavePartsOnError = false;
    tags = [];
    client;
    params;
    totalBytes;
    totalBytesSource;
    bytesUploadedSoFar;
    abortController;
    concurrentUploaders = [];
    createMultiPartPromise;
    abortMultipartUploadCommand = null;
    uploadedParts = [];
    uploadEnqueuedPartsCount = 0;
    expectedPartsCount;
    uploadId;
    uploadEvent;
    isMultiPart = true;
    singleUploadResult;
    sent = false;
    constructor(options) {
        super();
        this.queueSize = options.queueSize || this.queueSize;
        this.leavePartsOnError = options.leavePartsOnError || this.leavePartsOnError;
        this.tags = options.tags || this.tags;
        this.client = options.client;
        this.params = options.params;
        if (!this.params) {
            throw new Error(`InputError: Upload requires params to be passed to upload.`);
        }
        this.totalBytes = this.params.ContentLength ?? byteLength(this.params.Body);
        this.totalBytesSource = byteLengthSource(this.params.Body, this.params.ContentLength);
        this.bytesUploadedSoFar = 0;
        this.abortController = options.abortController ?? new AbortController();
        this.partSize =
            options.partSize || Math.max(Upload.MIN_PART_SIZE, Math.ceil((this.totalBytes || 0) / this.MAX_PARTS));
        if (this.totalBytes !== undefined) {
            this.expectedPartsCount = Math.ceil(this.totalBytes / this.partSize);
        }
        this.__validateInput();
    }
    async abort() {
        this.abortController.abort();
    }
    async done() {
        if (this.sent) {
            throw new Error("@aws-sdk/lib-storage: this instance of Upload has already executed .done(). Create a new instance.");
        }
        this.sent = true;
        return await Promise.race([this.__doMultipartUpload(), this.__abortTimeout(this.abortController.signal)]);
    }
    on(event, listener) {
        this.uploadEvent = event;
        return super.on(event, listener);
    }
    async __uploadUsingPut(dataPart) {
        this.isMultiPart = false;
        const params = { ...this.params, Body: dataPart.data };
        const clientConfig = this.client.config;
        const requestHandler = clientConfig.requestHandler;
        const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
        const uploadEventListener = (event) => {
            this.bytesUploadedSoFar = event.loaded;
            this.totalBytes = event.total;
            this.__notifyProgress({
                loaded: this.bytesUploadedSoFar,
                total: this.totalBytes,
                part: dataPart.partNumber,
                Key: this.params.Key,
                Bucket: this.params.Bucket,
            });
        };
        if (eventEmitter !== null) {
            eventEmitter.on("xhr.upload.progress", uploadEventListener);
        }
        const resolved = await Promise.all([this.client.send(new PutObjectCommand(params)), clientConfig?.endpoint?.()]);
        const putResult = resolved[0];
        let endpoint = resolved[1];
        if (!endpoint) {
            endpoint = toEndpointV1(await getEndpointFromInstructions(params, PutObjectCommand, {
                ...clientConfig,
            }));
        }
        if (!endpoint) {
            throw new Error('Could not resolve endpoint from S3 "client.config.endpoint()" nor EndpointsV2.');
        }
        if (eventEmitter !== null) {
            eventEmitter.off("xhr.upload.progress", uploadEventListener);
        }
        const locationKey = this.params
            .Key.split("/")
            .map((segment) => extendedEncodeURIComponent(segment))
            .join("/");
        const locationBucket = extendedEncodeURIComponent(this.params.Bucket);
        const Location = (() => {
            const endpointHostnameIncludesBucket = endpoint.hostname.startsWith(`${locationBucket}.`);
            const forcePathStyle = this.client.config.forcePathStyle;
            const optionalPort = endpoint.port ? `:${endpoint.port}` : ``;
            if (forcePathStyle) {
                return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationBucket}/${locationKey}`;
            }
            if (endpointHostnameIncludesBucket) {
                return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationKey}`;
            }
            return `${endpoint.protocol}//${locationBucket}.${endpoint.hostname}${optionalPort}/${locationKey}`;
        })();
        this.singleUploadResult = {
            ...putResult,
            Bucket: this.params.Bucket,
            Key: this.params.Key,
            Location,
        };
        const totalSize = byteLength(dataPart.data);
        this.__notifyProgress({
            loaded: totalSize,
            total: totalSize,
            part: 1,
            Key: this.params.Key,
            Bucket: this.params.Bucket,
        });
    }
    async __createMultipartUpload() {
        const requestChecksumCalculation = await this.client.config.requestChecksumCalculation();
        if (!this.createMultiPartPromise) {
            const createCommandParams = { ...this.params, Body: undefined };
            if (requestChecksumCalculation === "WHEN_SUPPORTED") {
                createCommandParams.ChecksumAlgorithm = this.params.ChecksumAlgorithm || ChecksumAlgorithm.CRC32;
            }
            this.createMultiPartPromise = this.client
                .send(new CreateMultipartUploadCommand(createCommandParams))
                .then((createMpuResponse) => {
                this.abortMultipartUploadCommand = new AbortMultipartUploadCommand({
                    Bucket: this.params.Bucket,
                    Key: this.params.Key,
                    UploadId: createMpuResponse.UploadId,
                });
                return createMpuResponse;
            });
        }
        return this.createMultiPartPromise;
    }
    async __doConcurrentUpload(dataFeeder) {
        for await (const dataPart of dataFeeder) {
            if (this.uploadEnqueuedPartsCount > this.MAX_PARTS) {
                throw new Error(`Exceeded ${this.MAX_PARTS} parts in multipart upload to Bucket: ${this.params.Bucket} Key: ${this.params.Key}.`);
            }
            if (this.abortController.signal.aborted) {
                return;
            }
            if (dataPart.partNumber === 1 && dataPart.lastPart) {
                return await this.__uploadUsingPut(dataPart);
            }
            if (!this.uploadId) {
                const { UploadId } = await this.__createMultipartUpload();
                this.uploadId = UploadId;
                if (this.abortController.signal.aborted) {
                    return;
                }
            }
            const partSize = byteLength(dataPart.data) || 0;
            const requestHandler = this.client.config.requestHandler;
            const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
            let lastSeenBytes = 0;
            const uploadEventListener = (event, request) => {
                const requestPartSize = Number(request.query["partNumber"]) || -1;
                if (requestPartSize !== dataPart.partNumber) {
                    return;
                }
                if (event.total && partSize) {
                    this.bytesUploadedSoFar += event.loaded - lastSeenBytes;
                    lastSeenBytes = event.loaded;
                }
                this.__notifyProgress({
                    loaded: this.bytesUploadedSoFar,
                    total: this.totalBytes,
                    part: dataPart.partNumber,
                    Key: this.params.Key,
                    Bucket: this.params.Bucket,
                });
            };
            if (eventEmitter !== null) {
                eventEmitter.on("xhr.upload.progress", uploadEventListener);
            }
            this.uploadEnqueuedPartsCount += 1;
            this.__validateUploadPart(dataPart);
            const partResult = await this.client.send(new UploadPartCommand({
                ...this.params,
                ContentLength: undefined,
                UploadId: this.uploadId,
                Body: dataPart.data,
                PartNumber: dataPart.partNumber,
            }));
            if (eventEmitter !== null) {
                eventEmitter.off("xhr.upload.progress", uploadEventListener);
            }
            if (this.abortController.signal.aborted) {
                return;
            }
            if (!partResult.ETag) {
                throw new Error(`Part ${dataPart.partNumber} is missing ETag in UploadPart response. Missing Bucket CORS configuration for ETag header?`);
            }
            this.uploadedParts.push({
                PartNumber: dataPart.partNumber,
                ETag: partResult.ETag,
                ...(partResult.ChecksumCRC32 && { ChecksumCRC32: partResult.ChecksumCRC32 }),
                ...(partResult.ChecksumCRC32C && { ChecksumCRC32C: partResult.ChecksumCRC32C }),
                ...(partResult.ChecksumSHA1 && { ChecksumSHA1: partResult.ChecksumSHA1 }),
                ...(partResult.ChecksumSHA256 && { ChecksumSHA256: partResult.ChecksumSHA256 }),
            });
            if (eventEmitter === null) {
                this.bytesUploadedSoFar += partSize;
            }
            this.__notifyProgress({
                loaded: this.bytesUploadedSoFar,
                total: this.totalBytes,
                part: dataPart.partNumber,
                Key: this.params.Key,
                Bucket: this.params.Bucket,
            });
        }
    }
    async __doMultipartUpload() {
        const dataFeeder = getChunk(this.params.Body, this.partSize);
        const concurrentUploaderFailures = [];
        for (let index = 0; index < this.queueSize; index++) {
            const currentUpload = this.__doConcurrentUpload(dataFeeder).catch((err) => {
                concurrentUploaderFailures.push(err);
            });
            this.concurrentUploaders.push(currentUpload);
        }
        await Promise.all(this.concurrentUploaders);
        if (concurrentUploaderFailures.length >= 1) {
            await this.markUploadAsAborted();
            throw concurrentUploaderFailures[0];
        }
        if (this.abortController.signal.aborted) {
            await this.markUploadAsAborted();
            throw Object.assign(new Error("Upload aborted."), { name: "AbortError" });
        }
        let result;
        if (this.isMultiPart) {
            const { expectedPartsCount, uploadedParts, totalBytes, totalBytesSource } = this;
            if (totalBytes !== undefined && expectedPartsCount !== undefined && uploadedParts.length !== expectedPartsCount) {
                await this.markUploadAsAborted();
                throw new Error(`Expected ${expectedPartsCount} part(s) but uploaded ${uploadedParts.length} part(s).
The expected part count is based on the byte-count of the input.params.Body,
which was read from ${totalBytesSource} and is ${totalBytes}.
If this is not correct, provide an override value by setting a number
to input.params.ContentLength in bytes.
`);
            }
            this.uploadedParts.sort((a, b) => a.PartNumber - b.PartNumber);
            const uploadCompleteParams = {
                ...this.params,
                Body: undefined,
                UploadId: this.uploadId,
                MultipartUpload: {
                    Parts: this.uploadedParts,
                },
            };
            try {
                result = await this.client.send(new CompleteMultipartUploadCommand(uploadCompleteParams));
            }
            catch (e) {
                await this.markUploadAsAborted().catch((abortError) => {
                    if (e instanceof Error && e.cause === undefined) {
                        e.cause = abortError;
                    }
                });
                throw e;
            }
            if (typeof result?.Location === "string" && result.Location.includes("%2F")) {
                result.Location = result.Location.replace(/%2F/g, "/");
            }
        }
        else {
            result = this.singleUploadResult;
        }
        this.abortMultipartUploadCommand = null;
        if (this.tags.length) {
            await this.client.send(new PutObjectTaggingCommand({
                ...this.params,
                Tagging: {
                    TagSet: this.tags,
                },
            }));
        }
        return result;
    }
    async markUploadAsAborted() {
        if (this.uploadId && !this.leavePartsOnError && null !== this.abortMultipartUploadCommand) {
            await this.client.send(this.abortMultipartUploadCommand);
            this.abortMultipartUploadCommand = null;
        }
    }
    __notifyProgress(progress) {
        if (this.uploadEvent) {
            this.emit(this.uploadEvent, progress);
        }
    }
    async __abortTimeout(abortSignal) {
        return new Promise((resolve, reject) => {
            abortSignal.onabort = () => {
                const abortError = new Error("Upload aborted.");
                abortError.name = "AbortError";
                reject(abortError);
            };
        });
    }
    __validateUploadPart(dataPart) {
        const actualPartSize = byteLength(dataPart.data);
        if (actualPartSize === undefined) {
            throw new Error(`A dataPart was generated without a measurable data chunk size for part number ${dataPart.partNumber}`);
        }
        if (dataPart.partNumber === 1 && dataPart.lastPart) {
            return;
        }
        if (!dataPart.lastPart && actualPartSize !== this.partSize) {
            throw new Error(`The byte size for part number ${dataPart.partNumber}, size ${actualPartSize} does not match expected size ${this.partSize}`);
        }
    }
    __validateInput() {
        if (!this.client) {
            throw new Error(`InputError: Upload requires a AWS client to do uploads with.`);
        }
        if (this.partSize < Upload.MIN_PART_SIZE) {
            throw new Error(`EntityTooSmall: Your proposed upload part size [${this.partSize}] is smaller than the minimum allowed size [${Upload.MIN_PART_SIZE}] (5MB)`);
        }
        if (this.queueSize < 1) {
            throw new Error(`Queue size: Must have at least one uploading queue.`);
        }
    }
}

exports._ = Upload;


/***/ }),

/***/ 1942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3Store: () => (/* binding */ S3Store)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(2358);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(5439);
// EXTERNAL MODULE: ./.cache/build/lib/store/blob-store.js
var blob_store = __webpack_require__(9546);
// EXTERNAL MODULE: ./.cache/build/lib/store/key-prefix.js
var key_prefix = __webpack_require__(8355);
;// CONCATENATED MODULE: ./.cache/build/lib/store/s3-errors.js

/** An S3 failure, said in terms of the store: which bucket and key, and what to check. */
class S3StoreError extends user_error/* UserError */.yo {
    code;
    statusCode;
    constructor(message, 
    /** The S3 error code (`NoSuchBucket`, `AccessDenied`, …) or the network error code. */
    code, statusCode, options) {
        super(message, options);
        this.code = code;
        this.statusCode = statusCode;
        this.name = "S3StoreError";
    }
}
const NETWORK_CODES = new Set([
    "ECONNREFUSED",
    "ECONNRESET",
    "ENOTFOUND",
    "EAI_AGAIN",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "EPIPE",
    "TimeoutError",
    "RequestTimeout",
]);
const CREDENTIAL_CODES = new Set([
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "ExpiredToken",
    "InvalidToken",
    "TokenRefreshRequired",
]);
const WRONG_REGION_CODES = new Set([
    "PermanentRedirect",
    "AuthorizationHeaderMalformed",
    "IllegalLocationConstraintException",
]);
function shape(error) {
    return typeof error === "object" && error !== null ? error : {};
}
/** The HTTP status S3 answered with, if the request got that far. */
function httpStatusOf(error) {
    return shape(error).$metadata?.httpStatusCode;
}
function networkCode(error) {
    for (let current = error, depth = 0; current !== undefined && depth < 5; depth++) {
        const { code, name } = shape(current);
        if (code !== undefined && NETWORK_CODES.has(code))
            return code;
        if (name !== undefined && NETWORK_CODES.has(name))
            return name;
        current = shape(current).cause;
    }
    return undefined;
}
/** Turns an AWS SDK error into an S3StoreError whose message names the bucket and key and what to check. */
function translateS3Error(error, context) {
    if (error instanceof S3StoreError)
        return error;
    const sdk = shape(error);
    const status = httpStatusOf(error);
    const attempts = sdk.$metadata?.attempts ?? 1;
    const code = sdk.Code ?? sdk.name ?? "Error";
    const where = context.key === undefined ? `s3://${context.bucket}` : `s3://${context.bucket}/${context.key}`;
    const after = attempts > 1 ? ` after ${attempts} attempts` : "";
    const detail = sdk.message ? ` (${sdk.message})` : "";
    const fail = (errorCode, text) => new S3StoreError(text, errorCode, status, { cause: error });
    const network = networkCode(error);
    if (network !== undefined) {
        return fail(network, `could not reach ${context.target} while ${context.action} ${where}${after}: ${network}${detail}. ` +
            "Check the endpoint (AWS_ENDPOINT_URL_S3 or the store's endpoint setting), the network and any proxy.");
    }
    if (code === "NoSuchBucket") {
        return fail(code, `S3 bucket "${context.bucket}" does not exist at ${context.target} (while ${context.action} ${where}). ` +
            "Check the bucket name in the store URI, and the region or endpoint (AWS_REGION, AWS_ENDPOINT_URL_S3).");
    }
    if (CREDENTIAL_CODES.has(code)) {
        return fail(code, `S3 rejected the credentials while ${context.action} ${where}: ${code}${detail}. Check ` +
            "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or the role the job assumes " +
            "(aws-actions/configure-aws-credentials); temporary credentials may have expired.");
    }
    if (code === "CredentialsProviderError" || /could not load credentials/i.test(sdk.message ?? "")) {
        return fail("CredentialsProviderError", `no AWS credentials found for ${where}. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ` +
            "or assume a role (aws-actions/configure-aws-credentials with OIDC in GitHub Actions).");
    }
    if (/region is missing/i.test(sdk.message ?? "")) {
        return fail("RegionMissing", `no AWS region for ${where}: set AWS_REGION (or the store's region setting).`);
    }
    if (WRONG_REGION_CODES.has(code) || status === 301) {
        return fail(code, `S3 bucket "${context.bucket}" is not in the region used (${context.target}) while ${context.action} ` +
            `${where}${detail}. Set AWS_REGION to the bucket's region.`);
    }
    if (code === "AccessDenied" || code === "Forbidden" || status === 403) {
        return fail(code === "Forbidden" ? "AccessDenied" : code, `access denied to ${where} while ${context.action}${detail}. Check that the credentials allow ` +
            `s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket on bucket "${context.bucket}" and this ` +
            "prefix (without s3:ListBucket, S3 answers 403 instead of 404 for a missing object), and any bucket " +
            "policy or KMS key policy.");
    }
    const statusText = status !== undefined ? `HTTP ${status} ` : "";
    return fail(code, `S3 failed while ${context.action} ${where} at ${context.target}${after}: ${statusText}${code}${detail}`);
}

;// CONCATENATED MODULE: ./.cache/build/lib/store/s3-store.js












const MiB = 1024 * 1024;
/**
 * A blob store in an S3 bucket (or an S3-compatible server) under an optional prefix: the key `a/b` is the
 * object `<prefix>/a/b`. Small sources are sent as one PutObject from memory, so the SDK can retry them
 * after a 500; larger ones as multipart uploads whose parts are retried one by one.
 */
class S3Store {
    uri;
    bucket;
    prefix;
    client;
    target;
    multipartThreshold;
    partSize;
    queueSize;
    bucketChecked;
    conditionalWrites = true;
    constructor(options) {
        if (options.bucket === "" || /[\s/]/.test(options.bucket)) {
            throw new user_error/* UserError */.yo(`invalid S3 bucket name "${options.bucket}"`);
        }
        this.bucket = options.bucket;
        this.prefix = (options.prefix ?? "").replace(/^\/+|\/+$/g, "");
        if (this.prefix !== "")
            (0,blob_store/* assertValidKey */.Mw)(this.prefix);
        this.uri = this.prefix === "" ? `s3://${this.bucket}` : `s3://${this.bucket}/${this.prefix}`;
        this.partSize = Math.max(5 * MiB, options.partSizeBytes ?? 8 * MiB);
        this.multipartThreshold = Math.max(this.partSize, options.multipartThresholdBytes ?? 16 * MiB);
        this.queueSize = Math.max(1, options.queueSize ?? 4);
        this.target = options.endpoint ?? `AWS S3${options.region ? ` (region ${options.region})` : ""}`;
        this.client = new dist_cjs.S3Client({
            endpoint: options.endpoint,
            region: options.region,
            forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
            credentials: options.credentials,
            maxAttempts: options.maxAttempts ?? 5,
            retryMode: "standard",
            followRegionRedirects: true,
            requestHandler: { connectionTimeout: 10_000, socketTimeout: options.socketTimeoutMs ?? 120_000 },
        });
    }
    objectKey(key) {
        (0,blob_store/* assertValidKey */.Mw)(key);
        return this.prefix === "" ? key : `${this.prefix}/${key}`;
    }
    fail(error, action, objectKey) {
        if (error instanceof blob_store/* BlobNotFoundError */.Bc || error instanceof blob_store/* InvalidKeyError */.jo)
            return error;
        return translateS3Error(error, {
            action,
            bucket: this.bucket,
            target: this.target,
            ...(objectKey === undefined ? {} : { key: objectKey }),
        });
    }
    async exists(key) {
        return (await this.stat(key)) !== undefined;
    }
    async stat(key) {
        const objectKey = this.objectKey(key);
        try {
            const head = await this.client.send(new dist_cjs.HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
            return {
                key,
                size: head.ContentLength ?? 0,
                ...(head.LastModified ? { modified: head.LastModified.getTime() } : {}),
            };
        }
        catch (error) {
            if (httpStatusOf(error) !== 404)
                throw this.fail(error, "checking", objectKey);
        }
        // A HEAD answers a bare 404 for a missing bucket as for a missing key; tell them apart once.
        await this.checkBucket();
        return undefined;
    }
    checkBucket() {
        this.bucketChecked ??= this.client.send(new dist_cjs.HeadBucketCommand({ Bucket: this.bucket })).then(() => undefined, (error) => {
            this.bucketChecked = undefined;
            const status = httpStatusOf(error);
            // Without s3:ListBucket a HEAD of the bucket is denied; the bucket may well exist.
            if (status === 403)
                return;
            if (status === 404) {
                throw new S3StoreError(`S3 bucket "${this.bucket}" does not exist at ${this.target}. Check the bucket name in the ` +
                    "store URI, and the region or endpoint (AWS_REGION, AWS_ENDPOINT_URL_S3).", "NoSuchBucket", 404, { cause: error });
            }
            throw this.fail(error, "checking the bucket");
        });
        return this.bucketChecked;
    }
    /**
     * A HEAD first skips the upload of a blob that is already there; the upload itself is conditional
     * (`If-None-Match: *`), so of concurrent writers S3 lets exactly one create the object and answers the
     * others 412. A 409 means a competing upload was in flight: once it lands the blob exists, otherwise we
     * try again. If our own request succeeded but its answer was lost, the SDK's retry gets the 412 and we
     * report "exists": the blob is there either way.
     */
    async putIfAbsent(key, source, options = {}) {
        const objectKey = this.objectKey(key);
        if (await this.exists(key))
            return "exists";
        const content = await this.prepare(key, source);
        for (let attempt = 1;; attempt++) {
            try {
                await this.upload(objectKey, content, options, this.conditionalWrites);
                return "written";
            }
            catch (error) {
                const status = httpStatusOf(error);
                if (status === 412)
                    return "exists";
                if (status === 501 && this.conditionalWrites) {
                    // An S3-compatible server without conditional writes: the HEAD above is all we can do.
                    this.conditionalWrites = false;
                    continue;
                }
                if (status === 409 && attempt < 5) {
                    await (0,external_node_timers_promises_.setTimeout)(200 * attempt * (0.5 + Math.random()));
                    if (await this.exists(key))
                        return "exists";
                    continue;
                }
                throw this.fail(error, "uploading", objectKey);
            }
        }
    }
    async put(key, source, options = {}) {
        const objectKey = this.objectKey(key);
        const content = await this.prepare(key, source);
        try {
            await this.upload(objectKey, content, options, false);
        }
        catch (error) {
            throw this.fail(error, "uploading", objectKey);
        }
    }
    /** Small sources are read into memory, where a retried request can send them again. */
    async prepare(key, source) {
        if ("body" in source) {
            const body = typeof source.body === "string" ? Buffer.from(source.body, "utf8") : source.body;
            return { size: body.byteLength, body };
        }
        try {
            const info = await (0,promises_.stat)(source.path);
            if (!info.isFile())
                throw new Error("not a file");
            if (info.size > this.multipartThreshold)
                return { size: info.size, path: source.path };
            const body = await (0,promises_.readFile)(source.path);
            return { size: body.byteLength, body };
        }
        catch (error) {
            throw new user_error/* UserError */.yo(`cannot store "${key}" in ${this.uri}: cannot read source ${source.path}`, {
                cause: error,
            });
        }
    }
    async upload(objectKey, content, options, ifAbsent) {
        const condition = ifAbsent ? { IfNoneMatch: "*" } : {};
        options.onProgress?.(0);
        if (content.body !== undefined && content.size <= this.multipartThreshold) {
            await this.client.send(new dist_cjs.PutObjectCommand({
                Bucket: this.bucket,
                Key: objectKey,
                Body: content.body,
                ContentLength: content.size,
                ...condition,
            }));
            options.onProgress?.(content.size);
            return;
        }
        const stream = content.path !== undefined ? (0,external_node_fs_.createReadStream)(content.path) : undefined;
        try {
            const upload = new lib_storage_dist_cjs/* Upload */._({
                client: this.client,
                params: {
                    Bucket: this.bucket,
                    Key: objectKey,
                    Body: stream ?? content.body,
                    ContentLength: content.size,
                    ...condition,
                },
                partSize: this.partSize,
                queueSize: this.queueSize,
            });
            upload.on("httpUploadProgress", (progress) => {
                if (progress.loaded !== undefined)
                    options.onProgress?.(progress.loaded);
            });
            await upload.done();
        }
        finally {
            stream?.destroy();
        }
    }
    async getObject(key, action) {
        const objectKey = this.objectKey(key);
        try {
            return await this.client.send(new dist_cjs.GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
        }
        catch (error) {
            if (shapeName(error) === "NoSuchKey")
                throw new blob_store/* BlobNotFoundError */.Bc(key, this.uri);
            throw this.fail(error, action, objectKey);
        }
    }
    async getStream(key) {
        const output = await this.getObject(key, "reading");
        if (!(output.Body instanceof external_node_stream_.Readable)) {
            throw new user_error/* UserError */.yo(`S3 returned no readable body for ${this.uri}/${key}`);
        }
        return output.Body;
    }
    async getBytes(key) {
        const output = await this.getObject(key, "reading");
        if (output.Body === undefined)
            throw new user_error/* UserError */.yo(`S3 returned no body for ${this.uri}/${key}`);
        try {
            return Buffer.from(await output.Body.transformToByteArray());
        }
        catch (error) {
            throw this.fail(error, "reading", this.objectKey(key));
        }
    }
    async download(key, destination, options = {}) {
        const output = await this.getObject(key, "downloading");
        if (!(output.Body instanceof external_node_stream_.Readable)) {
            throw new user_error/* UserError */.yo(`S3 returned no readable body for ${this.uri}/${key}`);
        }
        try {
            await (0,atomic_file/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(destination), { stream: output.Body }, {
                ...options,
                // A body cut short must not be renamed into place as if it were the blob.
                ...(output.ContentLength === undefined ? {} : { expectedBytes: output.ContentLength }),
            });
        }
        catch (error) {
            throw this.fail(error, "downloading", this.objectKey(key));
        }
    }
    async *list(prefix) {
        (0,key_prefix/* assertValidPrefix */.x)(prefix);
        const storePrefix = this.prefix === "" ? "" : `${this.prefix}/`;
        const pages = (0,dist_cjs.paginateListObjectsV2)({ client: this.client, pageSize: 1000 }, { Bucket: this.bucket, Prefix: storePrefix + prefix });
        try {
            for await (const page of pages) {
                for (const object of page.Contents ?? []) {
                    if (object.Key === undefined)
                        continue;
                    yield {
                        key: object.Key.slice(storePrefix.length),
                        size: object.Size ?? 0,
                        ...(object.LastModified ? { modified: object.LastModified.getTime() } : {}),
                    };
                }
            }
        }
        catch (error) {
            throw this.fail(error, "listing", storePrefix + prefix);
        }
    }
    async delete(key) {
        const objectKey = this.objectKey(key);
        try {
            await this.client.send(new dist_cjs.DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }));
        }
        catch (error) {
            throw this.fail(error, "deleting", objectKey);
        }
    }
}
function shapeName(error) {
    return typeof error === "object" && error !== null && "name" in error ? String(error.name) : undefined;
}


/***/ })

};
