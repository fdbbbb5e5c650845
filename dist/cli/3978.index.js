export const id = 3978;
export const ids = [3978];
export const modules = {

/***/ 3978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);



const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
function createGitHubClient(options) {
    const { token } = options;
    const maxRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 300;
    const redact = (message) => (token ? message.split(token).join("***") : message);
    const warn = (message) => options.log?.(redact(message));
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${kind} for ${request.method} ${request.url}`;
        if (retryCount >= maxRetries) {
            warn(`GitHub ${what}; giving up after ${retryCount} retries`);
            return false;
        }
        if (retryAfter > maxWait) {
            warn(`GitHub ${what}; it resets in ${retryAfter} s, longer than the ${maxWait} s this client waits`);
            return false;
        }
        warn(`GitHub ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries})`);
        return true;
    };
    return new GitHubOctokit({
        auth: token,
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {}),
        userAgent: options.userAgent ?? "trainyard",
        log: {
            debug: () => { },
            info: () => { },
            warn: (message) => warn(message),
            // Only the request log writes here, once per failed request; the caller receives the error itself.
            error: () => { },
        },
        // Rate limits (403 and 429 with GitHub's headers) belong to the throttling handlers above alone.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            id: options.throttleId ?? "trainyard",
            onRateLimit: onLimit("rate limit reached"),
            onSecondaryRateLimit: onLimit("secondary rate limit reached"),
        },
    });
}


/***/ })

};
