export const id = 509;
export const ids = [509];
export const modules = {

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


/***/ })

};
