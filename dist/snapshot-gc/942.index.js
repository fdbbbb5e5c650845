export const id = 942;
export const ids = [942];
export const modules = {

/***/ 71942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3Store: () => (/* binding */ S3Store)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(22358);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(55439);
// EXTERNAL MODULE: ./.cache/build/lib/store/blob-store.js
var blob_store = __webpack_require__(89546);
// EXTERNAL MODULE: ./.cache/build/lib/store/key-prefix.js
var key_prefix = __webpack_require__(68355);
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
