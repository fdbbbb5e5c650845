export const id = 9956;
export const ids = [9956];
export const modules = {

/***/ 526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ describeServeCheck),
/* harmony export */   ag: () => (/* binding */ serveCheck),
/* harmony export */   qV: () => (/* binding */ parseModelRef),
/* harmony export */   x: () => (/* binding */ resolveVersion)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_evaluation_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2033);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1927);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1842);
/* harmony import */ var _package_model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6804);
/* harmony import */ var _parity_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5379);
/* harmony import */ var _python_runtime_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4841);
/* harmony import */ var _serving_parity_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1100);










/** `name`, `name@alias` or `name/version`; a bare name means its champion. */
function parseModelRef(ref) {
    const at = ref.lastIndexOf("@");
    if (at > 0)
        return { model: ref.slice(0, at), alias: ref.slice(at + 1) };
    const slash = ref.lastIndexOf("/");
    if (slash > 0)
        return { model: ref.slice(0, slash), version: ref.slice(slash + 1) };
    return { model: ref, alias: "champion" };
}
async function resolveVersion(registry, ref) {
    const version = ref.version
        ? await registry.getModelVersion(ref.model, ref.version)
        : await registry.getVersionByAlias(ref.model, ref.alias ?? "champion");
    if (!version)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(ref.version ? `${ref.model} has no version ${ref.version}` : `${ref.model} has no alias @${ref.alias}`);
    return version;
}
/**
 * Pulls a registered version, loads it with pyfunc, serves it with `mlflow models serve --env-manager local`
 * on 127.0.0.1 (a free port), posts its input example to /invocations and compares the answer with the
 * predictions evaluate recorded for those rows. The server is always stopped.
 */
async function serveCheck(context, options) {
    const started = Date.now();
    const { version } = options;
    const label = `${version.name} version ${version.version}`;
    if (!version.runId)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label} names no run: its model files cannot be pulled`);
    const lookup = await (0,_serving_parity_js__WEBPACK_IMPORTED_MODULE_8__/* .lookupPython */ .vJ)(context, options.settings);
    if ("skip" in lookup)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`serve-check needs a Python with mlflow: ${lookup.skip}`);
    const python = lookup.runtime;
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "trainyard-serve-check-"));
    try {
        const modelDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "model");
        await options.tracker.downloadArtifacts(version.runId, "model", modelDir);
        const mlmodelFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .MLMODEL_FILE */ .my);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(mlmodelFile).catch(() => undefined)))
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label} has no MLmodel: it is not an MLflow Model (trained before packaging?)`);
        const mlmodel = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMLmodel */ .Yg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(mlmodelFile, "utf8"), `${label}: MLmodel`);
        const evaluationDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "evaluation");
        let recorded;
        let classes;
        let positiveClass;
        try {
            await options.tracker.downloadArtifacts(version.runId, "evaluation", evaluationDir);
            const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(evaluationDir, "evaluation.json");
            const report = (0,_config_contracts_evaluation_report_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEvaluationReport */ .ee)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(reportFile, "utf8"), reportFile);
            classes = report.classes;
            positiveClass = report.task === "binary" ? report.classes?.[1] : undefined;
            recorded = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(evaluationDir, report.predictionsFile), "utf8"));
        }
        catch {
            recorded = undefined;
        }
        const ours = mlmodel.metadata?.[_mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .TRAINYARD_METADATA_KEY */ .P8] !== undefined;
        const pyfuncFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "pyfunc.csv");
        const servedFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "served.csv");
        const result = await context.group(`Serve ${label} with mlflow models serve`, () => (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_7__/* .runHelper */ .UA)(python.executable, [
            "serve",
            "--model",
            modelDir,
            "--pyfunc-output",
            pyfuncFile,
            "--output",
            servedFile,
            "--timeout",
            String(Math.round(options.timeoutMs / 1000)),
            ...(classes ? ["--classes", JSON.stringify(classes)] : []),
        ], { env: context.env, timeoutMs: options.timeoutMs + 30_000 }));
        if (!result.ok)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`serve-check of ${label} failed: ${String(result.payload.error)}`);
        const served = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(servedFile, "utf8"));
        const inProcess = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pyfuncFile, "utf8"));
        // The input example is the test file's first rows when trainyard wrote it: compare with evaluate's record.
        const expected = recorded && ours ? (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .headRows */ .yZ)(recorded, served.rows.length) : inProcess;
        const comparedWith = recorded && ours
            ? `the first ${served.rows.length} predictions evaluate recorded for run ${version.runId}`
            : "mlflow.pyfunc.load_model's predictions of the same input example";
        const maxAbsDiff = options.settings.maxAbsDiff;
        const parity = (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .compareServing */ .Kg)(expected, served, {
            maxAbsDiff,
            ...(positiveClass !== undefined ? { positiveClass } : {}),
        });
        const inProcessParity = (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .compareServing */ .Kg)(expected, inProcess, {
            maxAbsDiff,
            ...(positiveClass !== undefined ? { positiveClass } : {}),
        });
        const passed = parity.passed && inProcessParity.passed;
        return {
            model: version.name,
            version: version.version,
            passed,
            rows: parity.rows,
            maxAbsDiff: Math.max(parity.maxAbsDiff, inProcessParity.maxAbsDiff),
            firstDiffering: parity.firstDiffering.length > 0 ? parity.firstDiffering : inProcessParity.firstDiffering,
            comparedWith: parity.problem ?? inProcessParity.problem ?? comparedWith,
            startSeconds: Number(result.payload.start_seconds ?? 0),
            seconds: (Date.now() - started) / 1000,
            python: python.executable,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
function describeServeCheck(result) {
    const head = `${result.model} version ${result.version}`;
    if (result.passed)
        return `serve-check: ${head} served by mlflow models serve answers its ${result.rows} example row(s) as recorded (max |Δ| ${result.maxAbsDiff}); server up in ${result.startSeconds.toFixed(1)} s, ${result.seconds.toFixed(1)} s in all`;
    const rows = result.firstDiffering
        .map((row) => `row ${row.row} ${row.column}: ${row.evaluated} recorded, ${row.served} served`)
        .join("; ");
    return `serve-check: ${head} does not answer as recorded (${result.comparedWith})${rows ? `: ${rows}` : ""}`;
}


/***/ }),

/***/ 9956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ChampionMovedError: () => (/* binding */ ChampionMovedError),
  environmentOf: () => (/* binding */ environmentOf),
  readComparison: () => (/* binding */ readComparison),
  registerStep: () => (/* binding */ registerStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/comparison-report.js
var comparison_report = __webpack_require__(9128);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
// EXTERNAL MODULE: ./.cache/build/lib/serving/serve-check.js
var serve_check = __webpack_require__(526);
// EXTERNAL MODULE: ./.cache/build/lib/serving/serving-parity.js
var serving_parity = __webpack_require__(1100);
;// CONCATENATED MODULE: ./.cache/build/lib/serving/promotion-hook.js




/**
 * promote's hook: with `serve-check` (or register.serve_check), the version is served and must answer its
 * input example as recorded before the champion alias moves; a failure stops the promotion.
 */
async function serveCheckBeforePromotion(context, inputs, tracking, target, config) {
    const wanted = inputs["serve-check"] ?? config?.config.register.serve_check ?? false;
    if (!wanted)
        return;
    const settings = (0,serving_parity/* servingSettings */.qf)(context, config, {
        value: inputs.python,
        label: (0,declared_inputs/* inputLabel */.NB)(inputs, "python"),
    });
    const result = await (0,serve_check/* serveCheck */.ag)(context, {
        tracker: tracking.tracker,
        version: target,
        settings,
        timeoutMs: 180_000,
    });
    const said = (0,serve_check/* describeServeCheck */.Ro)(result);
    if (!result.passed)
        throw new user_error/* UserError */.yo(`${said}; the champion alias was not moved`);
    context.log.notice(said);
    await tracking.registry.setModelVersionTag(target.name, target.version, "trainyard.serve_check", "passed");
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(2140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(9210);
// EXTERNAL MODULE: ./.cache/build/lib/steps/train/checkpoints.js
var checkpoints = __webpack_require__(2165);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/checkpoint-cleanup.js

/**
 * `register cleanup`'s part for checkpoints: a cache key's checkpoints are deleted once a run that wrote them
 * has FINISHED (its model exists; nothing will resume from them), unless train.checkpoint.keep. A run the
 * tracker cannot answer for keeps its checkpoints. A dry run only lists.
 */
async function cleanupCheckpoints(context, options) {
    const keys = await (0,checkpoints/* listCheckpointKeys */.dr)(options.store);
    if (keys.size === 0)
        return [];
    if (options.keep) {
        context.log.info(`train.checkpoint.keep is true: the checkpoints of ${keys.size} training(s) are kept`);
        return [];
    }
    const doomed = [];
    for (const [key, runs] of keys) {
        let finished;
        for (const runId of runs) {
            const status = await options.tracker
                .getRun(runId)
                .then((run) => run.info.status)
                .catch(() => undefined);
            if (status === "FINISHED")
                finished = runId;
        }
        if (!finished)
            continue;
        doomed.push(key);
        if (options.dryRun) {
            context.log.info(`would delete the checkpoints of training ${key.slice(0, 12)} (run ${finished} finished)`);
            continue;
        }
        const count = await (0,checkpoints/* deleteCheckpoints */.hq)(options.store, key);
        context.log.info(`deleted the checkpoints of training ${key.slice(0, 12)} (run ${finished} finished; ${count} object(s))`);
    }
    return doomed;
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/approvals.js
/**
 * The deployment review history of a workflow run, oldest first, as
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals returns it. Entries in state `pending` (a
 * reviewer's comment without a decision) are left out.
 */
async function getDeploymentApprovals(octokit, run) {
    const { data } = await octokit.rest.actions.getReviewsForRun({
        owner: run.owner,
        repo: run.repo,
        run_id: run.runId,
    });
    const approvals = [];
    for (const review of data) {
        if (review.state !== "approved" && review.state !== "rejected")
            continue;
        approvals.push({
            user: review.user.login,
            state: review.state,
            comment: review.comment,
            environments: review.environments.map((e) => e.name).filter((name) => Boolean(name)),
            approvedAt: null,
        });
    }
    return approvals;
}
/**
 * The last decision (approval or rejection) on an environment, or undefined when nobody decided on it.
 * Environment names compare without regard to case, as GitHub's do.
 */
function latestApproval(approvals, environment) {
    const wanted = environment.toLowerCase();
    for (let i = approvals.length - 1; i >= 0; i--) {
        const approval = approvals[i];
        if (approval?.environments.some((name) => name.toLowerCase() === wanted))
            return approval;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/environments.js
/**
 * The protection rules of a GitHub environment, from GET /repos/{owner}/{repo}/environments/{environment_name}:
 * who must approve a job that runs in it. Required reviewers exist only on public repositories and on
 * GitHub Enterprise; elsewhere the list is empty and a job in the environment runs at once.
 */
async function getEnvironmentProtection(octokit, target) {
    try {
        const { data } = await octokit.rest.repos.getEnvironment({
            owner: target.owner,
            repo: target.repo,
            environment_name: target.environment,
        });
        const reviewers = [];
        let preventSelfReview = false;
        for (const rule of data.protection_rules ?? []) {
            if (rule.type !== "required_reviewers")
                continue;
            const entries = (rule.reviewers ?? []);
            if (rule.prevent_self_review)
                preventSelfReview = true;
            for (const entry of entries) {
                const reviewer = entry.reviewer;
                if (!reviewer)
                    continue;
                if (entry.type === "Team" && reviewer.slug)
                    reviewers.push(`${reviewer.organization?.login ?? target.owner}/${reviewer.slug}`);
                else if (reviewer.login)
                    reviewers.push(reviewer.login);
            }
        }
        return { exists: true, reviewers, preventSelfReview };
    }
    catch (error) {
        if (error.status === 404)
            return { exists: false, reviewers: [], preventSelfReview: false };
        throw error;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/lineage/workflow-run.js
var workflow_run = __webpack_require__(3088);
// EXTERNAL MODULE: ./.cache/build/lib/github/sticky-comment.js
var sticky_comment = __webpack_require__(2448);
;// CONCATENATED MODULE: ./.cache/build/lib/github/approval-requests.js

/** The hidden marker of the request for one model version. */
function approvalMarker(model, version) {
    return (0,sticky_comment/* stickyMarker */.YL)(`approval:${model}@${version}`);
}
/**
 * Posts or updates the approval request: on a pull request a sticky comment (so a re-run finds and keeps it),
 * otherwise an issue whose body starts with the marker (searched among the 300 newest issues, open or closed).
 */
async function upsertApprovalRequest(octokit, target) {
    const body = `${target.marker}\n${target.body}`;
    if (target.pullRequest !== undefined) {
        const result = await (0,sticky_comment/* upsertStickyComment */.qD)(octokit, {
            owner: target.owner,
            repo: target.repo,
            issueNumber: target.pullRequest,
            marker: target.marker,
            body,
        });
        const { data: comment } = await octokit.rest.issues.getComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: result.commentId,
        });
        return {
            kind: "pull-request-comment",
            number: target.pullRequest,
            url: result.url,
            id: result.commentId,
            createdAt: comment.created_at,
            resumed: result.action !== "created",
        };
    }
    const existing = await findRequestIssue(octokit, target, target.marker);
    if (existing) {
        // A decided (closed) request keeps its decision text; an open one shows the current decision and report.
        if (existing.body !== body && existing.state === "open")
            await octokit.rest.issues.update({
                owner: target.owner,
                repo: target.repo,
                issue_number: existing.number,
                body,
            });
        return {
            kind: "issue",
            number: existing.number,
            url: existing.html_url,
            id: existing.number,
            createdAt: existing.created_at,
            resumed: true,
        };
    }
    const { data: issue } = await octokit.rest.issues.create({
        owner: target.owner,
        repo: target.repo,
        title: target.title,
        body,
    });
    return {
        kind: "issue",
        number: issue.number,
        url: issue.html_url,
        id: issue.number,
        createdAt: issue.created_at,
        resumed: false,
    };
}
async function findRequestIssue(octokit, repo, marker) {
    for (let page = 1; page <= 3; page++) {
        const { data } = await octokit.rest.issues.listForRepo({
            owner: repo.owner,
            repo: repo.repo,
            state: "all",
            sort: "created",
            direction: "desc",
            per_page: 100,
            page,
        });
        const found = data.find((issue) => !issue.pull_request && (issue.body ?? "").startsWith(marker));
        if (found)
            return { ...found, body: found.body ?? "" };
        if (data.length < 100)
            return undefined;
    }
    return undefined;
}
/** Rewrites the request once decided (the marker stays, so a re-run still finds it); closes a request issue. */
async function closeApprovalRequest(octokit, repo, request, marker, body) {
    const text = `${marker}\n${body}`;
    if (request.kind === "pull-request-comment") {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: request.id, body: text });
        return;
    }
    await octokit.rest.issues.update({ ...repo, issue_number: request.number, body: text, state: "closed" });
}
const COMMAND = /^\/(approve|reject)\b[ \t]*([^\r\n]*)/i;
/** Parses a comment's first line: `/approve <version>` or `/reject [reason]`; undefined for anything else. */
function parseApprovalCommand(body) {
    const match = COMMAND.exec(body.trim());
    if (!match)
        return undefined;
    const decision = match[1].toLowerCase();
    const rest = (match[2] ?? "").trim();
    if (decision === "approve") {
        const version = rest.split(/\s+/)[0]?.replace(/^v(?=\d)/, "");
        return { decision, ...(version ? { version } : {}), text: rest };
    }
    return { decision, text: rest };
}
/**
 * The decisions taken on a request since it was made, oldest first: `/approve` and `/reject` comments on its
 * pull request or issue (after the request), and, on a pull request, review approvals submitted after it.
 */
async function listApprovalSignals(octokit, repo, request) {
    const since = Date.parse(request.createdAt);
    const signals = [];
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: request.number,
        since: request.createdAt,
        per_page: 100,
    });
    for (const comment of comments) {
        if (request.kind === "pull-request-comment" && comment.id <= request.id)
            continue;
        if (Date.parse(comment.created_at) < since)
            continue;
        const command = parseApprovalCommand(comment.body ?? "");
        if (!command || !comment.user)
            continue;
        signals.push({
            user: comment.user.login,
            decision: command.decision,
            via: "comment",
            ...(command.version ? { version: command.version } : {}),
            url: comment.html_url,
            at: comment.created_at,
            text: command.text,
        });
    }
    if (request.kind === "pull-request-comment") {
        const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
            ...repo,
            pull_number: request.number,
            per_page: 100,
        });
        for (const review of reviews) {
            if (review.state !== "APPROVED" || !review.user || !review.submitted_at)
                continue;
            if (Date.parse(review.submitted_at) < since)
                continue;
            signals.push({
                user: review.user.login,
                decision: "approve",
                via: "review",
                url: review.html_url,
                at: review.submitted_at,
                text: review.body ?? "",
            });
        }
    }
    return signals.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
/**
 * Whether a user is an active member of `org/team`, through GET /orgs/{org}/teams/{team_slug}/memberships/
 * {username}. Reading another organisation's teams needs a token with `members: read` (a workflow's
 * GITHUB_TOKEN has none): a 403 is rethrown for the caller to explain; 404 means not a member.
 */
async function isTeamMember(octokit, team, user) {
    const [org, slug] = team.split("/");
    try {
        const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
            org,
            team_slug: slug,
            username: user,
        });
        return data.state === "active";
    }
    catch (error) {
        if (error.status === 404)
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/codeowners.js
/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is used. */
const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function escapeRegExp(text) {
    return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}
/** A CODEOWNERS pattern (gitignore syntax, as GitHub reads it) as a regular expression over a repository path. */
function codeownersPattern(pattern) {
    let text = pattern;
    const anchored = text.startsWith("/") || text.slice(0, -1).includes("/");
    text = text.replace(/^\//, "");
    const directory = text.endsWith("/");
    text = text.replace(/\/$/, "");
    let source = "";
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === "*" && text[i + 1] === "*") {
            // `**/` any folders, `/**` everything below, `**` alone anything.
            if (text[i + 2] === "/") {
                source += "(?:.*/)?";
                i += 2;
            }
            else {
                source += ".*";
                i += 1;
            }
        }
        else if (char === "*")
            source += "[^/]*";
        else if (char === "?")
            source += "[^/]";
        else
            source += escapeRegExp(char);
    }
    const prefix = anchored ? "^" : "^(?:.*/)?";
    // A pattern matches the path itself or, naming a folder, everything below it.
    const suffix = directory ? "/.*$" : "(?:/.*)?$";
    return new RegExp(`${prefix}${source}${suffix}`);
}
/**
 * The owners CODEOWNERS gives a path: the last matching line wins, as on GitHub. Owners are `@login` or
 * `@org/team` (returned without the `@`); e-mail owners are left out (they cannot be matched to a login).
 */
function ownersOf(codeowners, path) {
    const normalized = path.replace(/^\.?\//, "");
    let owners = [];
    for (const raw of codeowners.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, "").trim();
        if (!line)
            continue;
        const [pattern, ...rest] = line.split(/\s+/);
        if (codeownersPattern(pattern).test(normalized))
            owners = rest.filter((owner) => owner.startsWith("@")).map((owner) => owner.slice(1));
    }
    return owners;
}

// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(5721);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/approval-review.js






const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** "90s", "30m", "4h", "1d", or "0", in milliseconds. */
function parseDuration(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/.exec(text.trim());
    if (!match)
        return undefined;
    const value = Number(match[1]);
    const unit = match[2] || (value === 0 ? "s" : "");
    if (!unit)
        return undefined;
    return value * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit];
}
/** The CODEOWNERS owners of trainyard.yml, read from the checked-out repository. */
async function codeownersOfConfig(workingDirectory, configPath) {
    if (!configPath)
        return [];
    for (const candidate of CODEOWNERS_PATHS) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(workingDirectory, candidate), "utf8").catch(() => undefined);
        if (text !== undefined)
            return ownersOf(text, configPath);
    }
    return [];
}
/** The config's path from the repository root (the workspace on a runner), with forward slashes. */
function repositoryPath(workingDirectory, path) {
    return (0,external_node_path_.relative)(workingDirectory, path).split("\\").join("/");
}
function requestBody(options, approvers) {
    const what = options.action === "promote" ? "promote" : "roll back to";
    const lines = [
        `### trainyard: approval requested to ${what} \`${(0,markdown/* escapeMarkdown */.FV)(options.model)}\` version ${(0,markdown/* escapeMarkdown */.FV)(options.version)}`,
        "",
    ];
    if (options.decision) {
        lines.push(`**Decision:** ${(0,markdown/* escapeMarkdown */.FV)(options.decision.decision)}`);
        for (const reason of options.decision.reasons.slice(0, 20))
            lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(reason)}`);
        lines.push("");
    }
    if (options.reportUrl)
        lines.push(`**Full report:** ${options.reportUrl}`, "");
    lines.push(`To approve, ${options.pullRequest !== undefined ? "approve this pull request in a review, or " : ""}comment \`/approve ${(0,markdown/* escapeMarkdown */.FV)(options.version)}\`. To reject, comment \`/reject <reason>\`.`, "", `Who may approve: ${approvers.length > 0 ? approvers.map((a) => `@${(0,markdown/* escapeMarkdown */.FV)(a)}`).join(", ") : "nobody is listed yet (register.approvers in trainyard.yml, or CODEOWNERS of trainyard.yml)"}${options.allowSelfApproval ? "" : "; not the person who started the run"}.`);
    if (options.runUrl)
        lines.push("", `Waiting in ${options.runUrl}; re-run the job to wait again.`);
    return lines.join("\n");
}
/**
 * Review mode, for plans whose environments have no required reviewers: posts a pending approval request
 * (a sticky comment on the pull request, else an issue) and waits, bounded, for a listed approver to approve
 * it (a review approval on the pull request, or `/approve <version>`); `/reject` ends it. A re-run finds its
 * own request and counts what was decided on it meanwhile.
 */
async function waitForReviewApproval(context, octokit, options) {
    const sleep = options.sleep ?? defaultSleep;
    const now = options.now ?? Date.now;
    const owners = await codeownersOfConfig(context.workingDirectory, options.configPath);
    const listed = [...new Set([...options.approvers, ...owners])];
    if (listed.length === 0)
        throw new user_error/* UserError */.yo(`review approval needs someone who may approve: list GitHub users or org/team slugs in register.approvers of trainyard.yml, or give trainyard.yml an owner in CODEOWNERS`);
    const repo = { owner: options.owner, repo: options.repo };
    const marker = approvalMarker(options.model, options.version);
    const request = await upsertApprovalRequest(octokit, {
        ...repo,
        ...(options.pullRequest !== undefined ? { pullRequest: options.pullRequest } : {}),
        marker,
        title: `trainyard: approve ${options.action === "promote" ? "promoting" : "rolling back to"} ${options.model} version ${options.version}`,
        body: requestBody(options, listed),
    });
    context.log.notice(`${request.resumed ? "resuming the" : "posted an"} approval request for ${options.model} version ${options.version}: ${request.url}`);
    const users = new Set(listed.filter((entry) => !entry.includes("/")).map((u) => u.toLowerCase()));
    const teams = listed.filter((entry) => entry.includes("/"));
    const actors = new Set(options.actors.map((actor) => actor.toLowerCase()));
    const explained = new Set();
    const explain = (key, message) => {
        if (explained.has(key))
            return;
        explained.add(key);
        context.log.info(message);
    };
    const membership = new Map();
    const mayDecide = async (user) => {
        const login = user.toLowerCase();
        if (users.has(login))
            return true;
        for (const team of teams) {
            const key = `${team}:${login}`;
            if (!membership.has(key)) {
                try {
                    membership.set(key, await isTeamMember(octokit, team, user));
                }
                catch (error) {
                    if (error.status === 403)
                        throw new user_error/* UserError */.yo(`cannot read the members of team ${team} (HTTP 403): a workflow's GITHUB_TOKEN cannot read organisation teams; pass a token with members: read (organisation) as github-token, or list the approvers by login in register.approvers`);
                    throw error;
                }
            }
            if (membership.get(key))
                return true;
        }
        return false;
    };
    const judge = async (signal) => {
        const where = `${signal.via} ${signal.url}`;
        const self = actors.has(signal.user.toLowerCase());
        if (signal.decision === "reject") {
            // The run's own actor may withdraw it; anyone else must be allowed to decide.
            if (self || (await mayDecide(signal.user)))
                return "reject";
            explain(where, `ignored /reject by ${signal.user} (${where}): not a listed approver`);
            return undefined;
        }
        if (signal.via === "comment" && signal.version === undefined) {
            explain(where, `ignored /approve by ${signal.user} (${where}): name the version, /approve ${options.version}`);
            return undefined;
        }
        if (signal.version !== undefined && signal.version !== options.version) {
            explain(where, `ignored /approve ${signal.version} by ${signal.user} (${where}): this request is for version ${options.version}`);
            return undefined;
        }
        if (!(await mayDecide(signal.user))) {
            explain(where, `ignored the approval by ${signal.user} (${where}): not in register.approvers nor a CODEOWNER of trainyard.yml`);
            return undefined;
        }
        if (self && !options.allowSelfApproval) {
            explain(where, `ignored the approval by ${signal.user} (${where}): the person who started the run cannot approve it (register.allow_self_approval is false)`);
            return undefined;
        }
        return "approve";
    };
    const deadline = now() + options.timeoutMs;
    let wait = options.pollMs;
    for (;;) {
        for (const signal of await listApprovalSignals(octokit, repo, request)) {
            const verdict = await judge(signal);
            if (verdict === "reject") {
                await closeApprovalRequest(octokit, repo, request, marker, `### trainyard: ${options.model} version ${options.version} was rejected\n\nRejected by @${(0,markdown/* escapeMarkdown */.FV)(signal.user)} (${signal.url})${signal.text ? `: ${(0,markdown/* escapeMarkdown */.FV)(signal.text)}` : ""}. Nothing changed.`);
                throw new user_error/* UserError */.yo(`${signal.user} rejected ${options.action === "promote" ? "promoting" : "rolling back to"} ${options.model} version ${options.version} (${signal.url})${signal.text ? `: ${signal.text}` : ""}; nothing changed`);
            }
            if (verdict === "approve") {
                await closeApprovalRequest(octokit, repo, request, marker, `### trainyard: ${options.model} version ${options.version} is approved\n\nApproved by @${(0,markdown/* escapeMarkdown */.FV)(signal.user)} through a ${signal.via} (${signal.url}) at ${signal.at}.`);
                return {
                    approvedBy: signal.user,
                    via: signal.via,
                    url: signal.url,
                    at: signal.at,
                    comment: signal.text,
                    request,
                };
            }
        }
        const left = deadline - now();
        if (left <= 0)
            break;
        await sleep(Math.min(wait, left));
        wait = Math.min(wait * 2, options.maxPollMs);
    }
    const waited = Number((options.timeoutMs / 1000).toPrecision(3));
    throw new user_error/* UserError */.yo(`no approval of ${options.model} version ${options.version} within ${waited} s (register.approval_timeout): the request stays open at ${request.url}; once a listed approver approves it, re-run this job and it continues from there`);
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/approval.js







const POLL_SECONDS = 15;
const MAX_POLL_SECONDS = 120;
function approvalModeOf(inputs, config) {
    return inputs.approval ?? config?.config.register.approval ?? "environment";
}
function timeoutOf(inputs, config) {
    const text = inputs["approval-timeout"] ?? config?.config.register.approval_timeout ?? "4h";
    const ms = parseDuration(text);
    if (ms === undefined)
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "approval-timeout")} must be a duration such as 90s, 30m or 4h (or 0 to look once), got ${JSON.stringify(text)}`);
    return ms;
}
async function pullRequestNumber(context) {
    const event = context.env.GITHUB_EVENT_NAME ?? "";
    const path = context.env.GITHUB_EVENT_PATH;
    if (!event.startsWith("pull_request") || !path)
        return undefined;
    const payload = JSON.parse(await (0,promises_.readFile)(path, "utf8"));
    return payload.pull_request?.number ?? payload.number;
}
/**
 * The approval behind a promotion or rollback. On GitHub, `environment` mode reads the workflow run's
 * deployment reviews of the environment (refusing an environment without required reviewers, where nobody
 * was asked), and `review` mode asks listed approvers on the pull request or an issue and waits for one.
 * Elsewhere `approved-by` is required and recorded as given.
 */
async function resolveApproval(context, inputs, subject) {
    const { action, environment, config } = subject;
    const env = context.env;
    const actor = env.GITHUB_ACTOR ?? (0,workflow_run/* localUserName */.a)() ?? "unknown";
    const given = inputs["approved-by"];
    const onGitHub = env.GITHUB_ACTIONS === "true" && env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY;
    if (!onGitHub) {
        if (!given)
            throw new user_error/* UserError */.yo(`${action} outside GitHub needs ${(0,declared_inputs/* inputLabel */.NB)(inputs, "approved-by")} <name>: who allowed this change is recorded on the version`);
        return { approvedBy: given, source: "approved-by input", observedAt: new Date().toISOString(), actor };
    }
    const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
    const runId = Number(env.GITHUB_RUN_ID);
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const runUrl = `${server}/${owner}/${repo}/actions/runs/${runId}`;
    const token = inputs["github-token"] ?? env.GITHUB_TOKEN;
    if (!token)
        throw new user_error/* UserError */.yo(`${action} needs the github-token input to read the approval`);
    context.setSecret(token);
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(3978)]).then(__webpack_require__.bind(__webpack_require__, 3978)); // Octokit: only on GitHub
    const octokit = createGitHubClient({
        token,
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
        log: (message) => context.log.warning(message),
    });
    const mode = approvalModeOf(inputs, config);
    if (mode === "review") {
        const pollSeconds = Number(env.TRAINYARD_APPROVAL_POLL_SECONDS) || POLL_SECONDS;
        const pullRequest = await pullRequestNumber(context);
        const approval = await waitForReviewApproval(context, octokit, {
            owner,
            repo,
            model: subject.model,
            version: subject.version,
            action,
            ...(pullRequest !== undefined ? { pullRequest } : {}),
            approvers: config?.config.register.approvers ?? [],
            ...(config ? { configPath: repositoryPath(context.workingDirectory, config.path) } : {}),
            actors: [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a) => Boolean(a)),
            allowSelfApproval: config?.config.register.allow_self_approval ?? false,
            timeoutMs: timeoutOf(inputs, config),
            pollMs: pollSeconds * 1000,
            maxPollMs: Math.max(pollSeconds, MAX_POLL_SECONDS) * 1000,
            ...(subject.comparison ? { decision: subject.comparison } : {}),
            reportUrl: runUrl,
            runUrl,
        });
        return {
            approvedBy: approval.approvedBy,
            ...(approval.comment ? { comment: approval.comment } : {}),
            source: approval.via === "review" ? "github-review" : "github-comment",
            observedAt: approval.at,
            actor,
            runUrl,
            url: approval.url,
        };
    }
    return environmentApproval(octokit, { owner, repo, runId, runUrl, environment, action, actor });
}
async function environmentApproval(octokit, run) {
    const { owner, repo, runId, environment, action } = run;
    const denied = (what) => (error) => {
        if (error.status === 403 || (error.status === 404 && what === "reviews"))
            throw new user_error/* UserError */.yo(`cannot read the ${what === "reviews" ? `deployment reviews of workflow run ${runId}` : `protection rules of environment "${environment}"`} (HTTP ${error.status}): give the job \`permissions: actions: read\` so the approval can be checked and recorded`);
        throw error;
    };
    // Before anything moves: an environment nobody must approve would let the job run unapproved.
    const protection = await getEnvironmentProtection(octokit, { owner, repo, environment }).catch(denied("environment"));
    if (protection.reviewers.length === 0)
        throw new user_error/* UserError */.yo(`environment "${environment}" ${protection.exists ? "has no required reviewers" : "does not exist"}, so nobody was asked to approve this ${action}. ` +
            "GitHub offers required reviewers only on public repositories and on GitHub Enterprise; on Free, Pro and Team plans a private repository's environment cannot have them. " +
            "Use register.approval: review in trainyard.yml (or the approval input: review) with register.approvers, so a listed person approves on the pull request or the approval issue; " +
            `or, where your plan allows, add required reviewers to "${environment}" (Settings → Environments). Nothing changed.`);
    const approvals = await getDeploymentApprovals(octokit, { owner, repo, runId }).catch(denied("reviews"));
    const decision = latestApproval(approvals, environment);
    if (decision?.state === "approved") {
        return {
            approvedBy: decision.user,
            ...(decision.comment ? { comment: decision.comment } : {}),
            source: "github-environment",
            observedAt: new Date().toISOString(),
            actor: run.actor,
            runUrl: run.runUrl,
            url: run.runUrl,
        };
    }
    if (decision?.state === "rejected")
        throw new user_error/* UserError */.yo(`${decision.user} rejected the deployment to environment "${environment}"; nothing changed`);
    throw new user_error/* UserError */.yo(`no approval of environment "${environment}" is recorded for workflow run ${runId}: run ${action} in a job with \`environment: ${environment}\` whose protection rules require a reviewer (Settings → Environments), so a person approves before the champion moves`);
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/approval-step.js



/**
 * `mode: approve`: waits for the approval of a promotion and records nothing. The reusable workflow runs it in
 * a job of its own, outside the champion's concurrency group, so a wait of hours never holds a rollback up;
 * the promote job then finds the same approval at once and moves the alias.
 */
async function approveStep(context, inputs, tracking, model, config) {
    const comparison = await readComparison(context, inputs);
    const requested = inputs.version;
    const target = requested
        ? await tracking.registry.getModelVersion(model, requested)
        : await tracking.registry.getVersionByAlias(model, "challenger");
    if (!target)
        throw new user_error/* UserError */.yo(requested ? `${model} has no version ${requested}` : `${model} has no challenger; run register first`);
    if (comparison && comparison.decision !== "promote")
        throw new user_error/* UserError */.yo(`the comparison rejected this challenger:\n- ${comparison.reasons.join("\n- ")}`);
    const approval = await resolveApproval(context, inputs, {
        environment: environmentOf(inputs, config),
        action: "promote",
        model,
        version: target.version,
        config,
        comparison,
    });
    context.log.notice(`${model} version ${target.version} is approved by ${approval.approvedBy} (${approvalModeOf(inputs, config)} mode${approval.url ? `, ${approval.url}` : ""})`);
    await context.appendSummary(`### trainyard approval\n\n\`${model}\` version **${target.version}** is approved by **${approval.approvedBy}** (${approval.source}${approval.url ? `, ${approval.url}` : ""}); the promote job moves the champion.\n`);
    return {
        version: target.version,
        champion: "",
        "previous-champion": "",
        "approved-by": approval.approvedBy,
        deleted: "",
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/register-step.js











/** The champion alias moved since the comparison saw it: promoting now would overwrite someone's decision. */
class ChampionMovedError extends user_error/* UserError */.yo {
    constructor(message) {
        super(message);
        this.name = "ChampionMovedError";
    }
}
const TAG_LIMIT = 5000;
function environmentOf(inputs, config) {
    return inputs.environment ?? config?.config.register.environment ?? "production";
}
function modelName(inputs, config) {
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new user_error/* UserError */.yo(`no model name: set model in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "model")}`);
    return model;
}
async function readComparison(context, inputs) {
    const path = inputs.comparison;
    if (!path)
        return undefined;
    const file = (0,external_node_path_.resolve)(context.workingDirectory, path);
    return (0,comparison_report/* parseComparisonReport */.rm)(await (0,promises_.readFile)(file, "utf8"), file);
}
function comparisonTags(comparison) {
    const tags = {
        "trainyard.decision": comparison.decision,
        "trainyard.decision.reasons": comparison.reasons.join("\n").slice(0, TAG_LIMIT),
        "trainyard.compared_with": comparison.champion?.version ?? "none",
        "trainyard.primary_metric": comparison.primaryMetric,
    };
    for (const metric of comparison.metrics) {
        if (metric.challenger.value !== null)
            tags[`trainyard.metric.${metric.metric}`] = String(metric.challenger.value);
        if (metric.delta?.value !== null && metric.delta?.value !== undefined)
            tags[`trainyard.delta.${metric.metric}`] = String(metric.delta.value);
    }
    const failed = comparison.rules.filter((rule) => rule.verdict === "fail").map((rule) => rule.id);
    tags["trainyard.gate.failed"] = failed.join(",") || "none";
    return tags;
}
/** Registers the run's model as a version (or finds the one made from it) and points `challenger` at it. */
async function register(context, inputs, tracking, model) {
    const comparison = await readComparison(context, inputs);
    const runId = inputs["run-id"] ?? comparison?.challenger.runId;
    if (!runId)
        throw new user_error/* UserError */.yo(`register needs ${(0,declared_inputs/* inputLabel */.NB)(inputs, "run-id")} (train's run-id) or a comparison naming it`);
    const run = await tracking.tracker.getRun(runId);
    if (run.info.status !== "FINISHED")
        throw new user_error/* UserError */.yo(`run ${runId} is ${run.info.status}; only a FINISHED training run can be registered`);
    await tracking.registry.ensureRegisteredModel(model, {
        description: "Registered by trainyard; see the trainyard.* tags of each version for its lineage.",
    });
    const lineage = Object.fromEntries(Object.entries(run.tags).filter(([key]) => key.startsWith("trainyard.") || key === "mlflow.source.git.commit"));
    let version = await tracking.registry.findModelVersionByRunId(model, runId);
    if (version) {
        context.log.info(`run ${runId} is already version ${version.version} of ${model}; not registering it again`);
    }
    else {
        version = await tracking.registry.createModelVersion({
            name: model,
            source: `${run.info.artifactUri}/model`,
            runId,
            tags: { ...lineage, "trainyard.run_id": runId, ...(comparison ? comparisonTags(comparison) : {}) },
            description: comparison ? `${comparison.decision}: ${comparison.reasons[0] ?? ""}`.slice(0, 1000) : "",
        });
        context.log.info(`registered ${model} version ${version.version} from run ${runId}`);
    }
    await tracking.registry.setAlias(model, "challenger", version.version);
    const champion = await tracking.registry.getVersionByAlias(model, "champion");
    await context.appendSummary(`### trainyard register\n\n\`${model}\` version **${version.version}** (run \`${runId}\`) is the challenger${comparison ? `; decision: **${comparison.decision}**` : ""}.\n`);
    return outputs(version.version, champion?.version ?? "", champion?.version ?? "", "", "");
}
function describeMover(version) {
    if (!version)
        return "nobody (it was removed)";
    const who = version.tags["trainyard.promoted_by"] ?? version.tags["trainyard.rollback.by"];
    const when = version.tags["trainyard.promoted_at"] ?? version.tags["trainyard.rollback.at"];
    return `version ${version.version}${who ? `, promoted by ${who}` : ""}${when ? ` at ${when}` : ""}`;
}
/**
 * Moves `champion` to the challenger after a recorded approval, only if `champion` still points where the
 * comparison saw it (compare-and-swap under the registry's per-model lock), and records the previous champion.
 */
async function promote(context, inputs, tracking, model, config) {
    const comparison = await readComparison(context, inputs);
    const registry = tracking.registry;
    const requested = inputs.version;
    const target = requested
        ? await registry.getModelVersion(model, requested)
        : await registry.getVersionByAlias(model, "challenger");
    if (!target)
        throw new user_error/* UserError */.yo(requested ? `${model} has no version ${requested}` : `${model} has no challenger; run register first`);
    if (comparison && comparison.decision !== "promote")
        throw new user_error/* UserError */.yo(`the comparison rejected this challenger:\n- ${comparison.reasons.join("\n- ")}`);
    const expected = inputs["expected-champion"] ?? comparison?.champion?.version ?? "";
    const subject = { environment: environmentOf(inputs, config), action: "promote", model, config };
    const approval = await resolveApproval(context, inputs, {
        ...subject,
        version: target.version,
        comparison,
    });
    const reason = inputs.reason;
    await serveCheckBeforePromotion(context, inputs, tracking, target, config);
    const previous = await registry.withPromotionLock(model, () => moveChampion(context, registry, model, target, expected, approval, reason));
    context.log.notice(`${model} version ${target.version} is the champion (was ${previous || "none"}), approved by ${approval.approvedBy}`);
    await context.appendSummary(`### trainyard promote\n\n\`${model}\` version **${target.version}** is the champion, approved by **${approval.approvedBy}** (${approval.source}); the previous champion was ${previous ? `version ${previous}` : "none"}.\n`);
    return outputs(target.version, target.version, previous, approval.approvedBy, "");
}
/** The compare-and-swap of promotion, run under the model's promotion lock; returns the previous champion. */
async function moveChampion(context, registry, model, target, expected, approval, reason) {
    const previous = await registry.getVersionByAlias(model, "champion");
    if (previous?.version === target.version) {
        context.log.info(`version ${target.version} is already the champion of ${model}`);
        const recorded = target.tags["trainyard.previous_champion"];
        return recorded && recorded !== "none" ? recorded : "";
    }
    if ((previous?.version ?? "") !== expected) {
        throw new ChampionMovedError(`champion of ${model} moved since the comparison: it expected ${expected ? `version ${expected}` : "no champion"}, but champion is now ${describeMover(previous)}. Compare again against the new champion before promoting.`);
    }
    const now = new Date().toISOString();
    const tags = {
        "trainyard.approved_by": approval.approvedBy,
        "trainyard.approval.source": approval.source,
        ...(approval.comment ? { "trainyard.approval.comment": approval.comment.slice(0, TAG_LIMIT) } : {}),
        "trainyard.approved_at": approval.observedAt,
        "trainyard.promoted_by": approval.actor,
        "trainyard.promoted_at": now,
        "trainyard.previous_champion": previous?.version ?? "none",
        ...(approval.runUrl ? { "trainyard.promotion.run_url": approval.runUrl } : {}),
        ...(approval.url ? { "trainyard.approval.url": approval.url } : {}),
        ...(reason ? { "trainyard.promotion.reason": reason.slice(0, TAG_LIMIT) } : {}),
    };
    for (const [key, value] of Object.entries(tags))
        await registry.setModelVersionTag(model, target.version, key, value);
    await registry.setAlias(model, "champion", target.version);
    // Last-writer-wins aliases: read back so a promotion that raced another says so instead of claiming success.
    const championNow = await registry.getVersionByAlias(model, "champion");
    if (championNow?.version !== target.version)
        throw new ChampionMovedError(`another promotion won the race: champion of ${model} is ${describeMover(championNow)}, not version ${target.version}`);
    return previous?.version ?? "";
}
/** Points `champion` back at a given version, or at the one the current champion replaced. */
async function rollback(context, inputs, tracking, model, config) {
    const registry = tracking.registry;
    const reason = inputs.reason;
    if (!reason)
        throw new user_error/* UserError */.yo(`rollback needs ${(0,declared_inputs/* inputLabel */.NB)(inputs, "reason")}: it is recorded on the version`);
    const before = await registry.getVersionByAlias(model, "champion");
    const version = inputs.version ?? before?.tags["trainyard.previous_champion"] ?? "previous";
    const subject = { environment: environmentOf(inputs, config), action: "rollback", model, config };
    const approval = await resolveApproval(context, inputs, { ...subject, version });
    const { current, target } = await registry.withPromotionLock(model, async () => {
        const current = await registry.getVersionByAlias(model, "champion");
        const requested = inputs.version ?? current?.tags["trainyard.previous_champion"];
        if (!requested || requested === "none")
            throw new user_error/* UserError */.yo(`no version to roll back to: give the "version" input; ${current ? `champion version ${current.version} records no previous champion` : `${model} has no champion`}`);
        const target = await registry.getModelVersion(model, requested);
        if (!target)
            throw new user_error/* UserError */.yo(`${model} has no version ${requested}`);
        const tags = {
            "trainyard.rollback.by": approval.approvedBy,
            "trainyard.rollback.actor": approval.actor,
            "trainyard.rollback.at": new Date().toISOString(),
            "trainyard.rollback.reason": reason.slice(0, TAG_LIMIT),
            "trainyard.rollback.from": current?.version ?? "none",
            "trainyard.rollback.approval.source": approval.source,
            "trainyard.rollback.approved_at": approval.observedAt,
            ...(approval.url ? { "trainyard.rollback.approval.url": approval.url } : {}),
            ...(approval.runUrl ? { "trainyard.rollback.run_url": approval.runUrl } : {}),
        };
        for (const [key, value] of Object.entries(tags))
            await registry.setModelVersionTag(model, target.version, key, value);
        await registry.setAlias(model, "champion", target.version);
        return { current, target };
    });
    context.log.notice(`${model}: champion rolled back from version ${current?.version ?? "none"} to ${target.version}`);
    await context.appendSummary(`### trainyard rollback\n\n\`${model}\` champion is version **${target.version}** again (was ${current?.version ?? "none"}), by **${approval.approvedBy}**.\n`);
    return outputs(target.version, target.version, current?.version ?? "", approval.approvedBy, "");
}
/**
 * Deletes versions (and the runs they were made from) that are neither champion, challenger nor the
 * champion's rollback target, and older than N days; a dry run (the default) only lists them.
 */
async function cleanup(context, inputs, tracking, model, config) {
    const registry = tracking.registry;
    const days = inputs["older-than-days"] ?? 90;
    const dryRun = inputs["dry-run"];
    const champion = await registry.getVersionByAlias(model, "champion");
    const keep = new Set([
        champion?.version,
        champion?.tags["trainyard.previous_champion"],
        (await registry.getVersionByAlias(model, "challenger"))?.version,
    ].filter((version) => Boolean(version)));
    const cutoff = Date.now() - days * 86_400_000;
    const versions = await registry.listModelVersions(model);
    const doomed = versions.filter((version) => !keep.has(version.version) && version.creationTimestamp < cutoff);
    // A run stays while a kept version was made from it.
    const keptRuns = new Set(versions.filter((version) => !doomed.includes(version)).map((version) => version.runId));
    for (const version of doomed) {
        const run = version.runId && !keptRuns.has(version.runId) ? version.runId : undefined;
        if (dryRun) {
            context.log.info(`would delete ${model} version ${version.version}${run ? ` and run ${run}` : ""}`);
            continue;
        }
        await registry.deleteModelVersion(model, version.version);
        if (run)
            await tracking.tracker
                .deleteRun(run)
                .catch((error) => context.log.warning(`run ${run}: ${error.message}`));
        context.log.info(`deleted ${model} version ${version.version}${run ? ` and run ${run}` : ""}`);
    }
    await cleanupCheckpoints(context, {
        store: await (0,step_config/* openStepStore */.cl)(context, inputs, config),
        tracker: tracking.tracker,
        dryRun,
        keep: config?.config.train?.checkpoint?.keep ?? false,
    });
    context.log.notice(`${dryRun ? "dry run: would delete" : "deleted"} ${doomed.length} of ${versions.length} version(s) older than ${days} day(s); kept ${[...keep].join(", ") || "none"}`);
    return outputs("", champion?.version ?? "", "", "", doomed.map((version) => version.version).join(","));
}
function outputs(version, champion, previous, approvedBy, deleted) {
    return { version, champion, "previous-champion": previous, "approved-by": approvedBy, deleted };
}
/** `register-model`: register, promote, rollback or cleanup, against MLflow or the local registry. */
async function registerStep(context, inputs, preloaded, dependencies = {}) {
    const config = preloaded ?? (await (0,step_config/* loadStepConfig */.hs)(context, inputs));
    const model = modelName(inputs, config);
    const tracking = dependencies.tracking ?? (await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config));
    const run = { register, approve: approveStep, promote, rollback, cleanup }[inputs.mode];
    return run(context, inputs, tracking, model, config);
}


/***/ })

};
