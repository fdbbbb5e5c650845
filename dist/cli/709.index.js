export const id = 709;
export const ids = [709];
export const modules = {

/***/ 6159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/** Thrown for a wrong flag or argument: the CLI prints the message and the command's usage, exit code 2. */
class UsageError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(message) {
        super(message);
        this.name = "UsageError";
    }
}


/***/ }),

/***/ 7095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ commands)
});

// EXTERNAL MODULE: ./.cache/build/lib/steps/compare/compare-inputs.js
var compare_inputs = __webpack_require__(9416);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
;// CONCATENATED MODULE: ./.cache/build/lib/inputs/step-outputs.js
/**
 * The outputs a failing step attached to its error, if any: a step that fails after it has measured
 * something (validation failed, the gate rejected) still hands them on, for `if: failure()` steps.
 */
function outputsOf(error) {
    const outputs = error?.outputs;
    return outputs && typeof outputs === "object" ? outputs : undefined;
}

// EXTERNAL MODULE: ./.cache/build/lib/cli/command.js
var command = __webpack_require__(6159);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/step-command.js



const jsonOption = {
    json: { type: "boolean", description: "Print one JSON object whose keys are the action's outputs" },
};
/** The CLI flags of declared inputs: the same names, a placeholder from the kind where none is given. */
function optionsOfInputs(specs) {
    const options = {};
    for (const [name, spec] of Object.entries(specs)) {
        if (spec.cli === false)
            continue;
        const cli = spec.cli ?? {};
        const placeholder = cli.placeholder ??
            (spec.kind === "boolean" ? "true|false" : spec.kind === "choice" ? spec.choices?.join("|") : undefined);
        const fallback = cli.default ?? (spec.default?.includes("${{") ? undefined : spec.default);
        options[name] = {
            type: cli.flag ? "boolean" : "string",
            description: `${spec.description}${spec.required ? " (required)" : ""}${fallback !== undefined && !cli.flag && !spec.description.includes("default") ? ` (default ${fallback})` : ""}`,
            ...(cli.short ? { short: cli.short } : {}),
            ...(placeholder && !cli.flag ? { placeholder } : {}),
            ...(cli.multiple ? { multiple: true } : {}),
        };
    }
    return options;
}
/** The raw value of each declared input from the parsed flags: lists joined by newlines, switches as "true". */
function rawInputs(specs, args) {
    const raw = {};
    for (const name of Object.keys(specs)) {
        const value = args.values[name];
        if (value === undefined || value === false)
            continue;
        raw[name] = Array.isArray(value) ? value.join("\n") : String(value);
    }
    return raw;
}
/**
 * A CLI command that runs a step as its action would: flags become the declared inputs (with the same
 * defaults and checks), the returned outputs are printed as JSON with --json, and the job summary Markdown
 * goes to stdout otherwise.
 */
function stepCommand(spec) {
    const extra = spec.options ?? {};
    return {
        name: spec.name,
        summary: spec.summary,
        usage: spec.usage,
        ...(spec.description ? { description: spec.description } : {}),
        inputs: spec.inputs,
        extraOptions: Object.keys(extra),
        options: { ...optionsOfInputs(spec.inputs), ...extra, ...jsonOption },
        async run(args, io) {
            const raw = rawInputs(spec.inputs, args);
            if (spec.positional) {
                const [value, ...rest] = args.positionals;
                if (rest.length > 0)
                    throw new command/* UsageError */.e(`unexpected argument "${rest[0]}"`);
                if (value !== undefined)
                    raw[spec.positional.input] = value;
                else if (spec.positional.required)
                    throw new command/* UsageError */.e(`missing <${spec.positional.input}>`);
            }
            else if (args.positionals.length > 0) {
                throw new command/* UsageError */.e(`unexpected argument "${args.positionals[0]}"`);
            }
            const context = io.context();
            let outputs;
            let failure;
            try {
                const inputs = (0,declared_inputs/* readInputs */.Ko)(spec.inputs, (name) => raw[name], "cli", (secret) => context.setSecret(secret));
                outputs = (await spec.run(context, inputs, args, io));
            }
            catch (error) {
                failure = error;
                outputs = outputsOf(error);
            }
            if (args.values.json)
                io.out(`${context.mask(JSON.stringify(outputs ?? {}))}\n`);
            else
                for (const summary of context.summaries)
                    io.out(`${summary}\n`);
            if (failure)
                throw failure;
            return 0;
        },
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/compare-command.js


const compareCommand = stepCommand({
    name: "compare",
    summary: "Compare the challenger with the champion on the same rows and decide promote or reject",
    usage: "--evaluations <evaluation.json>... [--validation-report <file>] [--fail-on-reject] [--json]",
    description: "The champion's model is fetched from the registry and predicts the same test rows; every metric gets a\npaired bootstrap delta, the gate of trainyard.yml decides, and the report is printed (comparison.md).",
    inputs: compare_inputs/* COMPARE_INPUTS */.Q,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(3382), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(1100), __webpack_require__.e(5543), __webpack_require__.e(4431), __webpack_require__.e(1897), __webpack_require__.e(754), __webpack_require__.e(7494), __webpack_require__.e(7818)]).then(__webpack_require__.bind(__webpack_require__, 7494))).compareStep(context, inputs),
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.cache/build/lib/config/config-error.js
var config_error = __webpack_require__(8697);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/config-command.js


const configOption = {
    config: {
        type: "string",
        short: "c",
        placeholder: "path",
        description: "The config file (default: trainyard.yml)",
    },
};
const check = {
    name: "check",
    summary: "Validate trainyard.yml and print what is wrong, with line numbers",
    usage: "[--config <path>] [--json]",
    options: { ...configOption, json: { type: "boolean", description: "Print the parsed config as JSON" } },
    async run(args, io) {
        const path = (0,external_node_path_.resolve)(String(args.values.config ?? "trainyard.yml"));
        try {
            const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(5543), __webpack_require__.e(2207)]).then(__webpack_require__.bind(__webpack_require__, 2207));
            const loaded = await loadConfig(path);
            if (args.values.json)
                io.out(`${JSON.stringify(loaded.config, null, 2)}\n`);
            else
                io.out(`${path}: valid (${loaded.config.model ? `model "${loaded.config.model}"` : "no model: the data steps only"})\n`);
            return 0;
        }
        catch (error) {
            if (error instanceof config_error/* ConfigError */.x) {
                io.out(`${error.message}\n`);
                return 1;
            }
            throw error;
        }
    },
};
const schema = {
    name: "schema",
    summary: "Print the JSON Schema of trainyard.yml (for editors)",
    usage: "",
    options: {},
    async run(_args, io) {
        const { trainyardJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(5543), __webpack_require__.e(1600)]).then(__webpack_require__.bind(__webpack_require__, 1600));
        io.out(`${JSON.stringify(trainyardJsonSchema(), null, 2)}\n`);
        return 0;
    },
};
const configCommand = {
    name: "config",
    summary: "Check trainyard.yml or print its JSON Schema",
    usage: "<check|schema> [options]",
    options: {},
    subcommands: [check, schema],
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/common-inputs.js
var common_inputs = __webpack_require__(420);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/pipeline/pipeline-inputs.js

/** The all-in-one action's inputs, as the root `action.yml` declares them. */
const PIPELINE_INPUTS = {
    ...common_inputs/* CONFIG_INPUT */.sR,
    mode: {
        description: "preview stops after compare; release also registers and promotes",
        kind: "choice",
        choices: ["preview", "release"],
        default: "preview",
        // A pull request previews by default; in the terminal, a person who runs the pipeline means all of it.
        cli: { placeholder: "release|preview", default: "release" },
    },
    params: { description: "Params over train.params", cli: { placeholder: "yaml|file" } },
    seed: { description: "The training seed", kind: "integer", cli: { placeholder: "n" } },
    ...common_inputs/* TRACKING_INPUT */.pL,
    ...common_inputs/* STORE_INPUTS */.G7,
    environment: { description: "The approving GitHub environment", cli: { placeholder: "name" } },
    ...common_inputs/* DECISION_INPUTS */.vD,
    ...common_inputs/* GITHUB_TOKEN_INPUT */.vu,
};

// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/demo-command.js







/** The folder of the trainyard package (holding examples/), found from wherever this code runs. */
function packageRoot() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const manifest = (0,external_node_path_.join)(dir, "package.json");
        if ((0,external_node_fs_.existsSync)(manifest) && JSON.parse((0,external_node_fs_.readFileSync)(manifest, "utf8")).name === "trainyard")
            return dir;
        dir = (0,external_node_path_.dirname)(dir);
    }
    throw new Error("cannot find the trainyard package folder (with examples/)");
}
/** The second demo run's params: a weaker model than the first, so the comparison has something to say. */
const CHALLENGER_PARAMS = "{learning_rate: 0.05, epochs: 40, l2: 0.05}";
const demoCommand = {
    name: "demo",
    summary: "Run the whole pipeline twice on examples/churn with the local store and registry",
    usage: "[--workdir <dir>]",
    description: 'Copies examples/churn into a work folder (default .trainyard/demo) and runs the pipeline with the Node\ntrainer: the first run snapshots, validates, trains, evaluates and promotes a champion (approved by\n"demo"); the second, with other params, trains a challenger, compares it with the champion on the same\nrows, prints the report and writes it to report.md. Nothing outside the work folder is touched.',
    options: {
        workdir: {
            type: "string",
            placeholder: "dir",
            description: "Where the demo project is copied (default: .trainyard/demo)",
        },
    },
    async run(args, io) {
        const started = performance.now();
        const workdir = (0,external_node_path_.resolve)(String(args.values.workdir ?? workspace_paths/* workspacePath */.X.demo));
        await (0,promises_.rm)((0,external_node_path_.join)(workdir, workspace_paths/* WORKSPACE_DIR */.s), { recursive: true, force: true });
        await (0,promises_.mkdir)(workdir, { recursive: true });
        await (0,promises_.cp)((0,external_node_path_.join)(packageRoot(), "examples", "churn"), workdir, { recursive: true, force: true });
        io.out(`trainyard demo in ${workdir}\n\n`);
        const { runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(3382), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(8775), __webpack_require__.e(4794), __webpack_require__.e(1100), __webpack_require__.e(5543), __webpack_require__.e(4431), __webpack_require__.e(9818), __webpack_require__.e(1897), __webpack_require__.e(754), __webpack_require__.e(1578), __webpack_require__.e(7494), __webpack_require__.e(3242), __webpack_require__.e(9956), __webpack_require__.e(1054)]).then(__webpack_require__.bind(__webpack_require__, 1054));
        const pipeline = async (inputs, options = {}) => {
            const context = io.context({ workingDirectory: workdir });
            const declared = (0,declared_inputs/* inputsOf */.Vc)(PIPELINE_INPUTS, { "tracking-uri": "", mode: "release", ...inputs });
            return { result: await runPipeline(context, declared, options), context };
        };
        io.out("Run 1: snapshot, validate, train, evaluate, compare, register, promote (approved by demo)\n");
        const first = await pipeline({}, { approvedBy: "demo", reason: "demo: the first model" });
        io.out(`  snapshot ${String(first.result.state.snapshot?.["snapshot-id"]).slice(0, 12)}, run ${first.result.state.train?.["run-id"]}, ` +
            `decision ${first.result.decision}, champion is version ${first.result.state.promote?.champion ?? "none"}\n\n`);
        io.out(`Run 2: the same data, params ${CHALLENGER_PARAMS}: a challenger against the champion\n`);
        const second = await pipeline({ params: CHALLENGER_PARAMS });
        io.out(`  run ${second.result.state.train?.["run-id"]}, version ${second.result.state.register?.version}, decision ${second.result.decision}\n\n`);
        const report = second.result.reportMarkdown ? await (0,promises_.readFile)(second.result.reportMarkdown, "utf8") : "";
        await (0,promises_.writeFile)((0,external_node_path_.join)(workdir, "report.md"), report);
        io.out(`${report}\n`);
        io.out([
            `The report is also in ${(0,external_node_path_.join)(workdir, "report.md")}.`,
            second.result.stoppedBefore ? `Not promoted: ${second.result.stoppedBefore.why}.` : "",
            `See every version's lineage: (cd ${workdir} && npx trainyard status)`,
            `Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
            "",
        ]
            .filter(Boolean)
            .join("\n"));
        return 0;
    },
};

;// CONCATENATED MODULE: ./.cache/build/lib/steps/erase/erase-inputs.js

/** erase's inputs (`trainyard erase`), as `actions/erase/action.yml` declares them. */
const ERASE_INPUTS = {
    ...common_inputs/* CONFIG_INPUT */.sR,
    column: { description: "The key column", required: true, cli: { placeholder: "name" } },
    values: {
        description: "The keys to erase, one a line",
        required: true,
        cli: { placeholder: "file|s3://bucket/key" },
    },
    ...common_inputs/* STORE_INPUTS */.G7,
    ...common_inputs/* TRACKING_INPUT */.pL,
    model: {
        description: "The registered model(s) whose versions trained on erased rows are tagged (default: model)",
        cli: { placeholder: "name", multiple: true },
    },
    "dry-run": {
        description: "Only list the snapshots, rows and model versions affected",
        kind: "boolean",
        default: "false",
        cli: { flag: true },
    },
    ...common_inputs/* DATA_ROOT_INPUT */.d2,
};

;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/erase-command.js


const eraseCommand = stepCommand({
    name: "erase",
    summary: "Erase rows by key from every snapshot (right to erasure), and flag the models to retrain",
    usage: "--column <key> --values <file|s3://bucket/key> [--dry-run] [--model <name>] [--store ...] [--json]",
    description: "Streams every snapshot holding the column; each one with a row whose key is listed gets a successor\n" +
        "without those rows (same files and split, profile recomputed, a new id), then the old manifest and the\n" +
        "blobs nothing else refers to are deleted. The model versions trained on an old snapshot get the tag\n" +
        "trainyard.erasure.pending_retrain, and an entry with salted SHA-256 hashes of the keys (never the keys)\n" +
        "is appended to the store's erasure log (erasures/). Running it again changes nothing.",
    inputs: ERASE_INPUTS,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(8775), __webpack_require__.e(4794), __webpack_require__.e(9818), __webpack_require__.e(1578), __webpack_require__.e(3826), __webpack_require__.e(6463)]).then(__webpack_require__.bind(__webpack_require__, 6463))).eraseStep(context, inputs),
});

// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/evaluate-inputs.js
var evaluate_inputs = __webpack_require__(5952);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/evaluate-command.js


const evaluateCommand = stepCommand({
    name: "evaluate",
    summary: "Run your prediction command on the test rows and measure the model",
    usage: "--model-dir <dir> (--snapshot <id> | --data-dir <dir> | --test-file <file>) [--predict-command '<cmd>'] [--run-id <id>] [--json]",
    description: "trainyard computes every metric itself from the predictions (binary, multiclass or regression), each\nwith a bootstrap interval, overall and per slice, and writes evaluation.json.",
    inputs: evaluate_inputs/* EVALUATE_INPUTS */._,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(1100), __webpack_require__.e(5543), __webpack_require__.e(4431), __webpack_require__.e(1897), __webpack_require__.e(754), __webpack_require__.e(5721)]).then(__webpack_require__.bind(__webpack_require__, 754))).evaluateStep(context, inputs),
});

;// CONCATENATED MODULE: ./.cache/build/lib/steps/monitor/monitor-inputs.js

/** monitor's inputs, as `actions/monitor/action.yml` declares them. */
const MONITOR_INPUTS = {
    ...common_inputs/* CONFIG_INPUT */.sR,
    predictions: {
        description: "Labelled production predictions (default monitor.predictions)",
        cli: { placeholder: "path|glob|s3://prefix" },
    },
    since: {
        description: "The window's start: 7d back from now, or a time (default monitor.since, 7d)",
        cli: { placeholder: "time|7d" },
    },
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    "label-column": {
        description: "The label column (default monitor.label_column)",
        cli: { placeholder: "name" },
    },
    "timestamp-column": {
        description: "The time column (default monitor.timestamp_column, timestamp)",
        cli: { placeholder: "name" },
    },
    trigger: {
        description: "dispatch: start the retrain workflow on a retrain (default monitor.trigger, none)",
        kind: "choice",
        choices: ["none", "dispatch"],
    },
    "dry-run": {
        description: "Judge only: no dispatch, nothing recorded on the champion or in the tracker",
        kind: "boolean",
        default: "false",
        cli: { flag: true },
    },
    ...common_inputs/* TRACKING_INPUT */.pL,
    ...common_inputs/* STORE_INPUTS */.G7,
    "output-dir": {
        description: "Where monitor.json goes (default .trainyard/monitor)",
        cli: { placeholder: "dir" },
    },
    ...common_inputs/* GITHUB_TOKEN_INPUT */.vu,
};

;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/monitor-command.js


const monitorCommand = stepCommand({
    name: "monitor",
    summary: "Judge the champion on labelled production predictions; say (and trigger) when to retrain",
    usage: "[--config trainyard.yml] --predictions <path|glob|s3://prefix> [--since <time|7d>] [--dry-run] [--json]",
    description: "Measures the champion on the window's labelled predictions with evaluate's metric and bootstrap code,\n" +
        "compares each metric with the champion's evaluation at promotion (judged on the interval, like the\n" +
        "gate), checks the features for drift from its training snapshot, and prints the verdict with a daily\n" +
        "chart. The policy is monitor: in trainyard.yml (min_rows, metrics, drift, trigger, cooldown);\n" +
        "docs/operating.md says what each reason means and what to do.",
    inputs: MONITOR_INPUTS,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(8775), __webpack_require__.e(5543), __webpack_require__.e(4431), __webpack_require__.e(1897), __webpack_require__.e(7548)]).then(__webpack_require__.bind(__webpack_require__, 7548))).monitorStep(context, inputs),
});

// EXTERNAL MODULE: ./.cache/build/lib/steps/register/register-inputs.js
var register_inputs = __webpack_require__(8084);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/register-command.js


const registerCommand = stepCommand({
    name: "register",
    summary: "Register a model version, promote it, roll back, or clean up old versions",
    usage: "register --run-id <id> [--comparison <file>] | approve [--approval environment|review] | promote --approved-by <name> [--expected-champion <v>] | rollback --reason <text> [--version <v>] | cleanup [--older-than-days N] [--dry-run false]",
    description: "register: a version from the run's model, tagged with its lineage and decision; alias challenger.\napprove: waits for the approval of a promotion and moves nothing (on GitHub: environment or review mode, see register.approval).\npromote: moves champion after an approval, only if champion is where the comparison saw it.\nrollback: points champion back at a version (default: the one it replaced).\ncleanup: deletes old versions that are neither champion nor challenger (dry run by default).",
    positional: { input: "mode", required: true },
    inputs: register_inputs/* REGISTER_INPUTS */.U,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(1100), __webpack_require__.e(9956), __webpack_require__.e(2296)]).then(__webpack_require__.bind(__webpack_require__, 9956))).registerStep(context, inputs),
});

// EXTERNAL MODULE: ./.cache/build/lib/steps/pipeline/pipeline-steps.js
var pipeline_steps = __webpack_require__(5152);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/run-command.js




const runCommand = stepCommand({
    name: "run",
    summary: "Run the whole pipeline: snapshot, validate, train, evaluate, compare, register, promote",
    usage: "[--config trainyard.yml] [--from <step>] [--params <yaml>] [--approved-by <name>] [--json]",
    description: "The chain stops at the first failing step with its report. Each step's outputs are kept in\n.trainyard/pipeline/state.json, so --from <step> resumes after a fix and reuses what came before.\nPromotion happens only when the gate says promote and an approval is given (--approved-by).",
    inputs: PIPELINE_INPUTS,
    options: {
        from: { type: "string", placeholder: pipeline_steps/* PIPELINE_STEPS */.B.join("|"), description: "Resume at this step" },
        "approved-by": { type: "string", placeholder: "name", description: "Who approves promotion" },
        reason: { type: "string", placeholder: "text", description: "Why, recorded with the promotion" },
        bootstrap: { type: "string", placeholder: "n", description: "Bootstrap resamples" },
    },
    async run(context, inputs, args) {
        const from = args.values.from;
        if (from !== undefined && !pipeline_steps/* PIPELINE_STEPS */.B.includes(from))
            throw new command/* UsageError */.e(`--from must be one of ${pipeline_steps/* PIPELINE_STEPS */.B.join(", ")}`);
        const bootstrap = args.values.bootstrap;
        if (bootstrap !== undefined && !/^\d+$/.test(bootstrap))
            throw new command/* UsageError */.e(`--bootstrap must be a whole number, got "${bootstrap}"`);
        const approvedBy = args.values["approved-by"];
        const reason = args.values.reason;
        const { pipelineOutputs, runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(3382), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(8775), __webpack_require__.e(4794), __webpack_require__.e(1100), __webpack_require__.e(5543), __webpack_require__.e(4431), __webpack_require__.e(9818), __webpack_require__.e(1897), __webpack_require__.e(754), __webpack_require__.e(1578), __webpack_require__.e(7494), __webpack_require__.e(3242), __webpack_require__.e(9956), __webpack_require__.e(1054)]).then(__webpack_require__.bind(__webpack_require__, 1054));
        const result = await runPipeline(context, inputs, {
            ...(from ? { from: from } : {}),
            ...(approvedBy ? { approvedBy } : {}),
            ...(reason ? { reason } : {}),
            ...(bootstrap ? { bootstrap: Number(bootstrap) } : {}),
        });
        if (result.stoppedBefore)
            context.log.notice(`stopped before ${result.stoppedBefore.step}: ${result.stoppedBefore.why}`);
        return { ...pipelineOutputs(result), "report-markdown": result.reportMarkdown ?? "" };
    },
});

// EXTERNAL MODULE: ./.cache/build/lib/steps/serve-check/serve-check-inputs.js
var serve_check_inputs = __webpack_require__(9276);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/serve-check-command.js


const serveCheckCommand = stepCommand({
    name: "serve-check",
    summary: "Serve a registered version with mlflow models serve and check its answer",
    usage: "[<model>[@alias|/version]] [--tracking-uri <url>] [--python <path>] [--json]",
    description: "Pulls the version from the registry (default: the model's champion), loads it with mlflow.pyfunc,\nstarts `mlflow models serve --env-manager local` on 127.0.0.1 on a free port, posts its input example\nto /invocations and compares the answer with the predictions evaluate recorded. The server is always\nstopped. Needs a Python with mlflow: --python, serving.python, TRAINYARD_PYTHON, else python3 on PATH.",
    positional: { input: "model", required: false },
    inputs: serve_check_inputs/* SERVE_CHECK_INPUTS */.n,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(1100), __webpack_require__.e(1348)]).then(__webpack_require__.bind(__webpack_require__, 5815))).serveCheckStep(context, inputs),
});

// EXTERNAL MODULE: ./.cache/build/lib/steps/slo/slo-inputs.js
var slo_inputs = __webpack_require__(6272);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/slo-command.js


const sloCommand = stepCommand({
    name: "slo",
    summary: "The pipeline's service-level indicators against the targets in slo:; exit 1 on a breach",
    usage: "[--config trainyard.yml] [--model <name>] [--window 30d] [--json]",
    description: "From the tracker's runs and the registry's versions of the model: M1 training success rate, M2\n" +
        "time to train (median, p95), M3 data freshness, M4 registration latency, M8 performance delta vs the\n" +
        "replaced champion, M9 validation failure rate, M10 retrain-trigger usefulness. docs/operating.md says\n" +
        "how each is computed and what to do when one is breached.",
    inputs: slo_inputs/* SLO_INPUTS */.n,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(2140), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(4032)]).then(__webpack_require__.bind(__webpack_require__, 4032))).sloStep(context, inputs),
});

;// CONCATENATED MODULE: ./.cache/build/lib/steps/gc/gc-inputs.js

/** snapshot-gc's inputs (`trainyard snapshot gc`), as `actions/snapshot-gc/action.yml` declares them. */
const GC_INPUTS = {
    ...common_inputs/* CONFIG_INPUT */.sR,
    ...common_inputs/* STORE_INPUTS */.G7,
    ...common_inputs/* TRACKING_INPUT */.pL,
    model: {
        description: "The registered model(s) whose versions keep their snapshots (default: model)",
        cli: { placeholder: "name", multiple: true },
    },
    "older-than": {
        description: "Only snapshots at least this old may go (90d, 12h, 30m)",
        default: "90d",
        cli: { placeholder: "age" },
    },
    keep: {
        description: "The newest n snapshots always stay",
        kind: "integer",
        default: "5",
        cli: { placeholder: "n" },
    },
    grace: {
        description: "An unreferenced blob younger than this stays (a snapshot may be under way)",
        default: "1h",
        cli: { placeholder: "age" },
    },
    "dry-run": {
        description: "Only list what would go; false deletes it",
        kind: "boolean",
        default: "true",
    },
};

// EXTERNAL MODULE: ./.cache/build/lib/steps/snapshot/snapshot-inputs.js
var snapshot_inputs = __webpack_require__(114);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/snapshot-command.js



const pull = stepCommand({
    name: "pull",
    summary: "Materialise a stored snapshot locally, verifying every file's SHA-256",
    usage: "<snapshot-id> [--store ...] [--data-dir <dir>] [--json]",
    inputs: snapshot_inputs/* PULL_INPUTS */.q,
    positional: { input: "snapshot", required: true },
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(2140), __webpack_require__.e(30), __webpack_require__.e(1578), __webpack_require__.e(9704)]).then(__webpack_require__.bind(__webpack_require__, 7297))).pullStep(context, inputs),
});
const snapshotCommand = stepCommand({
    name: "snapshot",
    summary: "Take an immutable, content-addressed snapshot of the training data",
    usage: "--source <path|glob|s3://|https://> [--store <dir|s3://>] [--split random|group|time ...] [--as-of <time> --as-of-column <col>] [--json]",
    description: "Hashes each file once, stores only blobs the store lacks, profiles every column and writes the manifest last,\nso the same data gives the same id and an interrupted snapshot resumes on the next run.",
    inputs: snapshot_inputs/* SNAPSHOT_INPUTS */.T,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(2140), __webpack_require__.e(30), __webpack_require__.e(1578), __webpack_require__.e(9704)]).then(__webpack_require__.bind(__webpack_require__, 7297))).snapshotStep(context, inputs),
});
const gc = stepCommand({
    name: "gc",
    summary: "Remove snapshots and blobs that no model version, champion history or recent run needs",
    usage: "[--older-than 90d] [--keep <n>] [--grace 1h] [--model <name>] [--dry-run false] [--json]",
    description: "Mark and sweep. Kept: the snapshot of every registered version of the model (so the champion, the\n" +
        "challenger and the champion's rollback target), of every run started within --older-than, the newest\n" +
        "--keep, and any younger than --older-than. Then the blobs no remaining manifest or training-cache record\n" +
        "refers to go, except those written within --grace of the scan (a snapshot may be under way).\n" +
        "A dry run by default: it lists what would go and the bytes freed; --dry-run false deletes.",
    inputs: GC_INPUTS,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(8775), __webpack_require__.e(4794), __webpack_require__.e(9818), __webpack_require__.e(5129)]).then(__webpack_require__.bind(__webpack_require__, 5129))).gcStep(context, inputs),
});
snapshotCommand.subcommands = [pull, gc];

// EXTERNAL MODULE: ./.cache/build/lib/steps/status/status-inputs.js
var status_inputs = __webpack_require__(1346);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/status-command.js


const statusCommand = stepCommand({
    name: "status",
    summary: "Show a model's champion, challenger and latest versions with their lineage",
    usage: "[<model>] [--limit N] [--tracking-uri <url>] [--json]",
    description: "For each version: the commit, the data snapshot, the primary metric, the gate's decision and who approved it.",
    positional: { input: "model", required: false },
    inputs: status_inputs/* STATUS_INPUTS */.t,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2140), __webpack_require__.e(6829), __webpack_require__.e(1246)]).then(__webpack_require__.bind(__webpack_require__, 1246))).statusStep(context, inputs),
});

// EXTERNAL MODULE: ./.cache/build/lib/steps/train/train-inputs.js
var train_inputs = __webpack_require__(312);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/train-command.js


const trainCommand = stepCommand({
    name: "train",
    summary: "Run your training command under trainyard's contract and record the run",
    usage: "--snapshot <id> | --data-dir <dir> [--command '<cmd>'] [--params <yaml|file>] [--seed N] [--tracking-uri <url>] [--json]",
    description: "The command sees its inputs only as TRAINYARD_* environment variables (data files, params, seed,\noutput folder, curves file, run id) and runs without a shell. Params, seed, code, data and environment\nare recorded in the tracker with a lineage.json artifact; an unchanged training is reused from the cache.",
    inputs: train_inputs/* TRAIN_INPUTS */.L,
    run: async (context, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(1100), __webpack_require__.e(3242), __webpack_require__.e(6944)]).then(__webpack_require__.bind(__webpack_require__, 3242))).trainStep(context, inputs),
});

// EXTERNAL MODULE: ./.cache/build/lib/steps/validate/validate-inputs.js
var validate_inputs = __webpack_require__(7190);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/validate-command.js


const validateCommand = stepCommand({
    name: "validate",
    summary: "Check a snapshot against trainyard.yml's validate: rules (exit 1 on any error)",
    usage: "--snapshot <id> [--store ...] [--config trainyard.yml] [--reference <id|champion>] [--infer [--output <file>]] [--json]",
    description: "Every check runs in one streaming pass: types, ranges, nulls, allowed values, patterns, freshness,\nuniqueness, label balance, train/test leakage, and drift against a reference snapshot's profile.",
    inputs: validate_inputs/* VALIDATE_INPUTS */.L,
    options: {
        infer: { type: "boolean", description: "Print a starting rule set inferred from the snapshot instead" },
        output: {
            type: "string",
            placeholder: "file",
            description: "With --infer: write the rules to this file",
        },
    },
    async run(context, inputs, args, io) {
        const { inferRulesStep, validateStep } = await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(2140), __webpack_require__.e(5939), __webpack_require__.e(6829), __webpack_require__.e(30), __webpack_require__.e(8775), __webpack_require__.e(4794), __webpack_require__.e(9818)]).then(__webpack_require__.bind(__webpack_require__, 4301));
        if (!args.values.infer)
            return validateStep(context, inputs);
        const output = args.values.output;
        const inferred = await inferRulesStep(context, inputs, output);
        if (!output && !args.values.json)
            io.out(inferred.rules);
        return inferred;
    },
});

;// CONCATENATED MODULE: ./.cache/build/lib/cli/commands/index.js














/** Every command of the `trainyard` CLI, in the order `--help` lists them. */
const commands = [
    runCommand,
    snapshotCommand,
    validateCommand,
    trainCommand,
    evaluateCommand,
    compareCommand,
    registerCommand,
    statusCommand,
    monitorCommand,
    sloCommand,
    configCommand,
    demoCommand,
    eraseCommand,
    serveCheckCommand,
];


/***/ }),

/***/ 709:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _errors_describe_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8965);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2615);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7095);
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6723);




// runCli turns every failure of a command into an exit code; this catch is for a failure of runCli itself.
process.exitCode = await (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .a)(_commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P, _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x, {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
}).catch((error) => {
    process.stderr.write(`trainyard: ${(0,_errors_describe_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .I)(error)}\n`);
    return 1;
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.cache/build/lib/config/suggest.js
var suggest = __webpack_require__(6736);
// EXTERNAL MODULE: ./.cache/build/lib/context/format-progress.js
var format_progress = __webpack_require__(2142);
;// CONCATENATED MODULE: ./.cache/build/lib/context/terminal-context.js

function where(properties) {
    if (!properties?.file)
        return "";
    const line = properties.startLine ? `:${properties.startLine}` : "";
    const column = properties.startLine && properties.startColumn ? `:${properties.startColumn}` : "";
    return `${properties.file}${line}${column}: `;
}
/** The Context of the `trainyard` CLI: logs go to stderr, the job summary is collected for stdout. */
class TerminalContext {
    summaries = [];
    env;
    workingDirectory;
    log;
    secrets = new Set();
    write;
    depth = 0;
    constructor(options = {}) {
        this.env = options.env ?? process.env;
        this.workingDirectory = options.workingDirectory ?? process.cwd();
        const sink = options.write ?? ((line) => process.stderr.write(`${line}\n`));
        this.write = (line) => sink(`${"  ".repeat(this.depth)}${this.mask(line)}`);
        const verbose = options.verbose ?? false;
        this.log = {
            debug: (message) => {
                if (verbose)
                    this.write(`debug: ${message}`);
            },
            info: (message) => this.write(message),
            notice: (message, properties) => this.write(`notice: ${where(properties)}${message}`),
            warning: (message, properties) => this.write(`warning: ${where(properties)}${message}`),
            error: (message, properties) => this.write(`error: ${where(properties)}${message}`),
        };
    }
    async group(name, fn) {
        this.write(`▸ ${name}`);
        this.depth++;
        try {
            return await fn();
        }
        finally {
            this.depth--;
        }
    }
    setSecret(value) {
        if (value)
            this.secrets.add(value);
    }
    async appendSummary(markdown) {
        this.summaries.push(this.mask(markdown));
    }
    progress(label, total, unit = "bytes") {
        return (0,format_progress/* throttledProgress */.kl)(label, total, unit, (line) => this.write(line), 2000);
    }
    mask(text) {
        let masked = text;
        for (const secret of this.secrets)
            masked = masked.split(secret).join("***");
        return masked;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/errors/describe-failure.js
var describe_failure = __webpack_require__(8965);
// EXTERNAL MODULE: ./.cache/build/lib/cli/command.js
var cli_command = __webpack_require__(6159);
;// CONCATENATED MODULE: ./.cache/build/lib/cli/help.js
const commonOptions = {
    help: { type: "boolean", short: "h", description: "Show this help" },
    verbose: { type: "boolean", short: "v", description: "Print debug lines" },
};
function optionLines(command) {
    const all = { ...command.options, ...commonOptions };
    const rows = Object.entries(all).map(([name, spec]) => {
        const short = spec.short ? `-${spec.short}, ` : "    ";
        const value = spec.type === "string" ? ` <${spec.placeholder ?? "value"}>` : "";
        return [`  ${short}--${name}${value}`, spec.description];
    });
    const width = Math.max(...rows.map(([left]) => left.length)) + 2;
    return rows.map(([left, right]) => `${left.padEnd(width)}${right}`);
}
function commandHelp(command, parents) {
    const path = ["trainyard", ...parents, command.name].join(" ");
    const lines = [`Usage: ${path} ${command.usage}`.trimEnd(), "", command.summary];
    if (command.description)
        lines.push("", command.description);
    if (command.subcommands?.length) {
        lines.push("", "Commands:");
        const width = Math.max(...command.subcommands.map((sub) => sub.name.length)) + 4;
        for (const sub of command.subcommands)
            lines.push(`  ${sub.name.padEnd(width)}${sub.summary}`);
    }
    lines.push("", "Options:", ...optionLines(command));
    return `${lines.join("\n")}\n`;
}
function programHelp(commands, version) {
    const width = Math.max(...commands.map((command) => command.name.length)) + 4;
    return [
        `trainyard ${version}: a governed ML training pipeline, on GitHub Actions and in your terminal`,
        "",
        "Usage: trainyard <command> [options]",
        "",
        "Commands:",
        ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
        "",
        "Run `trainyard <command> --help` for a command's options.",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./.cache/build/lib/cli/run-cli.js






function parse(command, argv) {
    const options = Object.fromEntries(Object.entries({ ...command.options, ...commonOptions }).map(([name, spec]) => [
        name,
        {
            type: spec.type,
            ...(spec.short ? { short: spec.short } : {}),
            ...(spec.multiple ? { multiple: true } : {}),
        },
    ]));
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
        return { values: values, positionals };
    }
    catch (error) {
        throw new cli_command/* UsageError */.e(explainParseError(error, Object.keys(options)));
    }
}
/** node:util's messages, rephrased for a person: an unknown option gets a "did you mean". */
function explainParseError(error, known) {
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
        const given = /'(-[^']+)'/.exec(error.message)?.[1] ?? "";
        const name = given.replace(/^-+/, "").split("=")[0] ?? "";
        const suggestion = (0,suggest/* nearestKey */.q)(name, known);
        return `unknown option ${given}${suggestion ? `; did you mean --${suggestion}?` : ""} (see --help)`;
    }
    if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
        return `${error.message.split(". ")[0]} (see --help)`;
    return error.message;
}
/**
 * Runs the CLI and returns its exit code: 0 success, 1 the step failed (or a trainyard bug), 2 a usage error.
 */
async function runCli(commands, version, io) {
    const [first, ...rest] = io.argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
        io.stdout(programHelp(commands, version));
        return 0;
    }
    if (first === "--version" || first === "-V") {
        io.stdout(`${version}\n`);
        return 0;
    }
    let command = commands.find((candidate) => candidate.name === first);
    const parents = [];
    let argv = rest;
    if (!command) {
        io.stderr(`trainyard: unknown command "${first}". Run \`trainyard --help\` for the list.\n`);
        return 2;
    }
    while (command.subcommands && argv[0] && !argv[0].startsWith("-")) {
        const sub = command.subcommands.find((candidate) => candidate.name === argv[0]);
        if (!sub) {
            io.stderr(`trainyard ${command.name}: unknown command "${argv[0]}".\n\n${commandHelp(command, parents)}`);
            return 2;
        }
        parents.push(command.name);
        command = sub;
        argv = argv.slice(1);
    }
    try {
        const args = parse(command, argv);
        if (args.values.help || !command.run) {
            io.stdout(commandHelp(command, parents));
            return args.values.help ? 0 : 2;
        }
        const verbose = args.values.verbose === true;
        const commandIo = {
            out: io.stdout,
            context: (options) => new TerminalContext({
                env: io.env,
                workingDirectory: options?.workingDirectory ?? io.cwd,
                write: (line) => io.stderr(`${line}\n`),
                verbose,
            }),
        };
        return await command.run(args, commandIo);
    }
    catch (error) {
        if (error instanceof cli_command/* UsageError */.e) {
            io.stderr(`trainyard ${[...parents, command.name].join(" ")}: ${error.message}\n\n${commandHelp(command, parents)}`);
            return 2;
        }
        // A UserError: its message alone. Anything else is a trainyard bug: its stack and BUG_REPORT_HINT.
        io.stderr(`trainyard: ${(0,describe_failure/* describeFailure */.I)(error)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 8697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatIssue */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/** `trainyard.yml:7:5: validate.columns.age.mni: unknown key; did you mean "min"?` */
function formatIssue(file, issue) {
    const where = issue.line ? `${file}:${issue.line}${issue.column ? `:${issue.column}` : ""}` : file;
    const path = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    return `${where}: ${path}${issue.message}`;
}
/** trainyard.yml is missing, malformed or invalid; `issues` says where and what, one per problem. */
class ConfigError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    path;
    issues;
    constructor(
    /** The config file, as given to the loader. */
    path, issues) {
        super(issues.map((issue) => formatIssue(path, issue)).join("\n"));
        this.path = path;
        this.issues = issues;
        this.name = "ConfigError";
    }
}


/***/ }),

/***/ 6736:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ nearestKey)
/* harmony export */ });
/* unused harmony export editDistance */
/** Optimal-string-alignment distance: Levenshtein plus transposition of two adjacent characters. */
function editDistance(a, b) {
    const width = b.length + 1;
    const d = new Uint32Array((a.length + 1) * width);
    const at = (i, j) => d[i * width + j] ?? 0;
    for (let i = 0; i <= a.length; i++)
        d[i * width] = i;
    for (let j = 0; j <= b.length; j++)
        d[j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i * width + j] = best;
        }
    }
    return at(a.length, b.length);
}
// Action inputs are kebab-case and trainyard.yml is snake_case, so `test-fraction` means `test_fraction`.
const normalize = (key) => key.toLowerCase().replaceAll("-", "_");
/**
 * The known key that `key` most likely misspells: the closest by edit distance when it is close
 * enough to be a typo, else the only known key that starts or ends with it (`timeout` → `timeout_minutes`).
 */
function nearestKey(key, known) {
    const typed = normalize(key);
    let best;
    for (const candidate of known) {
        const distance = editDistance(typed, normalize(candidate));
        if (!best || distance < best.distance)
            best = { key: candidate, distance };
    }
    if (best && best.distance <= Math.max(1, Math.floor(Math.max(typed.length, best.key.length) / 3)))
        return best.key;
    if (typed.length < 4)
        return undefined;
    const partial = known.filter((candidate) => {
        const name = normalize(candidate);
        return name.startsWith(typed) || name.endsWith(typed);
    });
    return partial.length === 1 ? partial[0] : undefined;
}


/***/ }),

/***/ 2142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kl: () => (/* binding */ throttledProgress),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export formatAmount */
function formatBytes(bytes) {
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
function formatAmount(amount, unit) {
    return unit === "bytes" ? formatBytes(amount) : `${amount} ${unit}`;
}
/**
 * Calls `emit` at most every `intervalMs` and on completion, so a long upload prints a line every few
 * seconds instead of one per chunk.
 */
function throttledProgress(label, total, unit, emit, intervalMs, now = Date.now) {
    let last = Number.NEGATIVE_INFINITY;
    let current = 0;
    let finished = false;
    const line = () => {
        const percent = total > 0 ? Math.min(100, Math.floor((current / total) * 100)) : 100;
        return `${label}: ${formatAmount(current, unit)} of ${formatAmount(total, unit)} (${percent}%)`;
    };
    return {
        update(done) {
            current = done;
            const t = now();
            if (t - last >= intervalMs) {
                last = t;
                emit(line());
            }
        },
        finish() {
            if (finished)
                return;
            finished = true;
            current = total;
            emit(line());
        },
    };
}


/***/ }),

/***/ 8965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1927);


/**
 * What the action and the CLI show for a failure: a UserError's message alone; for anything else (a trainyard
 * bug, or a value thrown that is not an Error at all) its stack, the stacks of its causes, then
 * BUG_REPORT_HINT on a line of its own.
 */
function describeFailure(failure) {
    if ((0,_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(failure) || isSystemError(failure))
        return failure.message;
    return `${bugDetails(failure)}\n${_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .BUG_REPORT_HINT */ .WE}`;
}
/**
 * An error of the operating system (a file that is not there, a full disk, a refused connection): the
 * message names the call and the path, and the fix is the user's, so it is shown like a UserError.
 */
function isSystemError(failure) {
    const error = failure;
    return error instanceof Error && typeof error.syscall === "string" && typeof error.code === "string";
}
const MAX_CAUSES = 5;
function bugDetails(failure) {
    if (!(failure instanceof Error))
        return `a non-Error value was thrown: ${show(failure)}`;
    const parts = [stackOf(failure)];
    let cause = failure.cause;
    for (let depth = 0; cause !== undefined && depth < MAX_CAUSES; depth++) {
        parts.push(`caused by: ${cause instanceof Error ? stackOf(cause) : show(cause)}`);
        cause = cause instanceof Error ? cause.cause : undefined;
    }
    return parts.join("\n");
}
/** The stack, which starts with `Name: message` unless the message was changed after the error was made. */
function stackOf(error) {
    const head = `${error.name}: ${error.message}`;
    const stack = typeof error.stack === "string" ? error.stack : "";
    if (stack === "")
        return head;
    return stack.includes(error.message) ? stack : `${head}\n${stack}`;
}
function show(value) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.inspect)(value, { depth: 2, breakLength: Number.POSITIVE_INFINITY });
    }
    catch {
        return Object.prototype.toString.call(value);
    }
}


/***/ }),

/***/ 1927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ BUG_REPORT_HINT),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The error taxonomy. A `UserError` is a problem the person running trainyard can fix (a config value, a
 * missing file, an unreachable server, data that breaks a rule, a gate that rejects): the action and the CLI
 * print its message alone. Anything else is a trainyard bug: they print its stack and ask for a report.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "UserError";
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
const BUG_REPORT_HINT = "this is a trainyard bug: please report it at https://github.com/trainyard/trainyard/issues with the log above";


/***/ }),

/***/ 420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ STORE_INPUTS),
/* harmony export */   d2: () => (/* binding */ DATA_ROOT_INPUT),
/* harmony export */   pL: () => (/* binding */ TRACKING_INPUT),
/* harmony export */   sR: () => (/* binding */ CONFIG_INPUT),
/* harmony export */   vD: () => (/* binding */ DECISION_INPUTS),
/* harmony export */   vu: () => (/* binding */ GITHUB_TOKEN_INPUT)
/* harmony export */ });
/**
 * Inputs that several steps share, declared once. The helpers that open the config, the store and the
 * tracker read them from any step's inputs through `CommonInputs`.
 */
const CONFIG_INPUT = {
    config: {
        description: "trainyard.yml (default: ./trainyard.yml if present)",
        cli: { placeholder: "path", short: "c" },
    },
};
const STORE_INPUTS = {
    store: { description: "Where snapshots live", cli: { placeholder: "dir|s3://bucket/prefix" } },
    "s3-endpoint": { description: "An S3-compatible endpoint", cli: { placeholder: "url" } },
};
const DATA_ROOT_INPUT = {
    "data-root": { description: "Where snapshots are materialised", cli: { placeholder: "dir" } },
};
const TRACKING_INPUT = {
    "tracking-uri": { description: "MLflow URL (empty: local tracker)", cli: { placeholder: "url" } },
};
/** What champion-challenger (alone, or inside the pipeline) does with its decision. */
const DECISION_INPUTS = {
    "fail-on-reject": {
        description: "Exit 1 when the gate rejects the challenger",
        kind: "boolean",
        default: "false",
        cli: { flag: true },
    },
    comment: { description: "Post the pull-request comment (default github.comment)", kind: "boolean" },
};
const GITHUB_TOKEN_INPUT = {
    "github-token": {
        description: "Token for the GitHub API (default GITHUB_TOKEN)",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, as action.yml states it
        default: "${{ github.token }}",
        secret: true,
        cli: false,
    },
};


/***/ }),

/***/ 2845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   NB: () => (/* binding */ inputLabel),
/* harmony export */   Vc: () => (/* binding */ inputsOf),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony exports parseBooleanInput, parseChoiceInput, parseNumberInput */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

const ORIGIN = Symbol("inputs.origin");
function originOf(inputs) {
    return inputs[ORIGIN] ?? "cli";
}
/** `input "seed"` on a runner, `--seed` in the terminal: how an error names what the user set. */
function inputLabel(inputs, name) {
    return originOf(inputs) === "cli" ? `--${name}` : `input "${name}"`;
}
/** @actions/core's getBooleanInput accepts exactly these (YAML 1.2's core schema booleans). */
const TRUE_VALUES = ["true", "True", "TRUE"];
const FALSE_VALUES = ["false", "False", "FALSE"];
function parseBooleanInput(label, raw) {
    if (TRUE_VALUES.includes(raw))
        return true;
    if (FALSE_VALUES.includes(raw))
        return false;
    throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} must be one of ${[...TRUE_VALUES, ...FALSE_VALUES].join(", ")}; got "${raw}"`);
}
function parseChoiceInput(label, raw, choices) {
    if (choices.includes(raw))
        return raw;
    throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} must be one of ${choices.join(", ")}; got "${raw}"`);
}
function parseNumberInput(label, raw, integer = false) {
    const value = raw.trim() === "" ? Number.NaN : Number(raw);
    if (!Number.isFinite(value))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} must be a number, got "${raw}"`);
    if (integer && !Number.isSafeInteger(value))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} must be a whole number, got "${raw}"`);
    return value;
}
function parseInput(spec, label, raw) {
    switch (spec.kind) {
        case "boolean":
            return parseBooleanInput(label, raw);
        case "number":
            return parseNumberInput(label, raw);
        case "integer":
            return parseNumberInput(label, raw, true);
        case "choice":
            return parseChoiceInput(label, raw, spec.choices ?? []);
        default:
            return raw;
    }
}
/**
 * The runner itself passes the defaults of action.yml, and evaluates an expression default (`${{ github.token }}`)
 * first; here, with no runner, an expression has nothing to evaluate and is left out.
 */
function defaultOf(spec, origin) {
    if (origin === "cli" && spec.cli && spec.cli.default !== undefined)
        return spec.cli.default;
    if (spec.default?.includes("${{"))
        return undefined;
    return spec.default;
}
/**
 * Reads every declared input: `raw(name)` gives the value as the runner or the CLI has it (empty or absent
 * means not given), the declared default fills the gaps, a required input that is missing and a value that
 * does not parse are errors that name the input the way the user set it.
 */
function readInputs(specs, raw, origin, mask) {
    const values = {};
    Object.defineProperty(values, ORIGIN, { value: origin, enumerable: false });
    for (const [name, spec] of Object.entries(specs)) {
        const label = origin === "cli" ? `--${name}` : `input "${name}"`;
        const given = raw(name);
        const text = given === undefined || given === "" ? defaultOf(spec, origin) : given;
        if (text === undefined || text === "") {
            if (spec.required)
                throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} is required: ${spec.description}`);
            continue;
        }
        if (spec.secret)
            mask?.(text);
        values[name] = parseInput(spec, label, text);
    }
    return values;
}
/** The inputs of a step given as a plain record, for tests and for one step that calls another. */
function inputsOf(specs, raw = {}, origin = "cli") {
    for (const name of Object.keys(raw))
        if (!(name in specs))
            throw new Error(`"${name}" is not a declared input (${Object.keys(specs).join(", ")})`);
    return readInputs(specs, (name) => raw[name], origin);
}


/***/ }),

/***/ 9416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ COMPARE_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);
/* harmony import */ var _evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5952);


/** champion-challenger's inputs, as `actions/champion-challenger/action.yml` declares them. */
const COMPARE_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    evaluations: {
        description: "The candidates' evaluation.json (repeatable); the best is the challenger",
        required: true,
        cli: { placeholder: "file|glob", multiple: true },
    },
    ..._evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MEASUREMENT_INPUTS */ .$,
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
    "validation-report": { description: "validate-data's report", cli: { placeholder: "file" } },
    "output-dir": { description: "Where comparison.json/.md go", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DECISION_INPUTS */ .vD,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_TOKEN_INPUT */ .vu,
};


/***/ }),

/***/ 5952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ MEASUREMENT_INPUTS),
/* harmony export */   _: () => (/* binding */ EVALUATE_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);

/** How predictions are made and measured: evaluate and champion-challenger both declare these. */
const MEASUREMENT_INPUTS = {
    "predict-command": { description: "Default evaluate.predict_command", cli: { placeholder: "cmd" } },
    "working-directory": { description: "Where the command runs", cli: { placeholder: "dir" } },
    "test-file": { description: "A test file instead of the snapshot's", cli: { placeholder: "file" } },
    "label-column": { description: "The label column", cli: { placeholder: "name" } },
    "positive-class": { description: "The positive class (binary)", cli: { placeholder: "value" } },
    bootstrap: {
        description: "Bootstrap resamples (default 1000)",
        kind: "integer",
        cli: { placeholder: "n" },
    },
    confidence: {
        description: "Interval confidence (default 0.95)",
        kind: "number",
        cli: { placeholder: "p" },
    },
    seed: { description: "Bootstrap seed", kind: "integer", cli: { placeholder: "n" } },
    "timeout-minutes": {
        description: "Stop the prediction command after this long (default 30)",
        kind: "number",
        cli: { placeholder: "n" },
    },
};
/** evaluate's inputs, as `actions/evaluate/action.yml` declares them. */
const EVALUATE_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    "model-dir": {
        description: "The model folder (train's model-dir)",
        required: true,
        cli: { placeholder: "dir" },
    },
    ...MEASUREMENT_INPUTS,
    snapshot: { description: "The snapshot whose test file is evaluated", cli: { placeholder: "id" } },
    "data-dir": { description: "A folder holding the snapshot's files", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    task: {
        description: "Default: inferred",
        kind: "choice",
        choices: ["binary", "multiclass", "regression"],
    },
    slices: { description: "Columns to report metrics per value", cli: { placeholder: "a,b" } },
    metrics: { description: "Metrics to report (default: all of the task)", cli: { placeholder: "a,b" } },
    "primary-metric": { description: "The metric that ranks models", cli: { placeholder: "name" } },
    "run-id": { description: "The run to log the evaluation to", cli: { placeholder: "id" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    "output-dir": { description: "Where evaluation.json is written", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
};


/***/ }),

/***/ 5152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ PIPELINE_STEPS)
/* harmony export */ });
/** The steps of `trainyard run`, in order (its --from choices). */
const PIPELINE_STEPS = [
    "snapshot",
    "validate",
    "train",
    "evaluate",
    "compare",
    "register",
    "promote",
];


/***/ }),

/***/ 8084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ REGISTER_INPUTS)
/* harmony export */ });
/* unused harmony export REGISTER_MODES */
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);
/* harmony import */ var _serve_check_serve_check_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9276);


const REGISTER_MODES = ["register", "approve", "promote", "rollback", "cleanup"];
/** register-model's inputs, as `actions/register-model/action.yml` declares them. */
const REGISTER_INPUTS = {
    mode: {
        description: "register, approve (wait for the approval only), promote, rollback or cleanup",
        kind: "choice",
        choices: REGISTER_MODES,
        required: true,
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    "run-id": { description: "register: the training run", cli: { placeholder: "id" } },
    comparison: { description: "comparison.json of compare", cli: { placeholder: "file" } },
    version: { description: "promote/rollback: the version", cli: { placeholder: "v" } },
    "expected-champion": { description: "promote: the champion compared with", cli: { placeholder: "v" } },
    environment: { description: "The approving GitHub environment", cli: { placeholder: "name" } },
    "approved-by": { description: "promote/rollback: who approved", cli: { placeholder: "name" } },
    approval: {
        description: "environment or review (default register.approval)",
        kind: "choice",
        choices: ["environment", "review"],
        cli: { placeholder: "mode" },
    },
    "approval-timeout": {
        description: "review: how long to wait, e.g. 30m (0: look once)",
        cli: { placeholder: "duration" },
    },
    reason: { description: "Why (recorded on the version)", cli: { placeholder: "text" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_TOKEN_INPUT */ .vu,
    "older-than-days": {
        description: "cleanup: age limit (default 90)",
        kind: "number",
        cli: { placeholder: "n" },
    },
    "dry-run": { description: "cleanup: only list", kind: "boolean", default: "true" },
    "serve-check": {
        description: "promote: serve the version and check its answer first (default register.serve_check)",
        kind: "boolean",
    },
    ..._serve_check_serve_check_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .PYTHON_INPUT */ .o,
};


/***/ }),

/***/ 9276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ SERVE_CHECK_INPUTS),
/* harmony export */   o: () => (/* binding */ PYTHON_INPUT)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);

/** The Python that loads and serves packaged models (register-model and serve-check declare it). */
const PYTHON_INPUT = {
    python: {
        description: "A Python with mlflow (default serving.python, TRAINYARD_PYTHON, else python3 on PATH)",
        cli: { placeholder: "path" },
    },
};
/** serve-check's inputs: `trainyard serve-check <model>[@alias|/version]`. */
const SERVE_CHECK_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    model: {
        description: "The version: name (its champion), name@alias or name/version (default: model@champion)",
        cli: { placeholder: "ref" },
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    ...PYTHON_INPUT,
    "timeout-seconds": {
        description: "Stop waiting for the server after this long (default 180)",
        kind: "number",
        cli: { placeholder: "s" },
    },
};


/***/ }),

/***/ 6272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ SLO_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);

/** slo's inputs, as `actions/slo/action.yml` declares them and `trainyard slo` takes them. */
const SLO_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    window: {
        description: "The history to read, back from now (default slo.window, 30d)",
        cli: { placeholder: "30d" },
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    "on-breach": {
        description: "fail: exit 1 when a target is breached; annotate: warn on each breach and succeed",
        kind: "choice",
        choices: ["fail", "annotate"],
        default: "fail",
    },
    badge: {
        description: "Also write a shields.io endpoint badge (JSON) to this file",
        cli: { placeholder: "file" },
    },
};


/***/ }),

/***/ 114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ SNAPSHOT_INPUTS),
/* harmony export */   q: () => (/* binding */ PULL_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);

/** snapshot-data's inputs, as `actions/snapshot-data/action.yml` declares them. */
const SNAPSHOT_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    source: {
        description: "The data (default: trainyard.yml's data.source)",
        cli: { placeholder: "path|glob|s3://|https://" },
    },
    format: {
        description: "The files' format (default: by extension)",
        cli: { placeholder: "csv|parquet|jsonl" },
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    split: {
        description: "Split into train and test files",
        kind: "choice",
        choices: ["random", "group", "time"],
    },
    "test-fraction": {
        description: "Fraction of rows (random) or groups (group) in test",
        kind: "number",
        cli: { placeholder: "0.2" },
    },
    seed: { description: "Seed of the split's hash", kind: "integer", cli: { placeholder: "42" } },
    "split-key": { description: "group split: the entity column", cli: { placeholder: "column" } },
    "time-column": { description: "time split: the time column", cli: { placeholder: "column" } },
    cutoff: { description: "time split: rows before it train, the rest test", cli: { placeholder: "time" } },
    "as-of": { description: "Drop rows newer than this time (point in time)", cli: { placeholder: "time" } },
    "as-of-column": { description: "The time column --as-of reads", cli: { placeholder: "column" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
};
/** `trainyard snapshot pull <id>` (CLI only). */
const PULL_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    snapshot: { description: "The snapshot id", required: true, cli: { placeholder: "id" } },
    "data-dir": { description: "Destination (default: .trainyard/data/<id>)", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
};


/***/ }),

/***/ 1346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ STATUS_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);

/** `trainyard status` (CLI only). */
const STATUS_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    limit: {
        description: "How many versions to list (default 10)",
        kind: "integer",
        cli: { placeholder: "n" },
    },
};


/***/ }),

/***/ 312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ TRAIN_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);

/** train's inputs, as `actions/train/action.yml` declares them; trainyard.yml's `train:` gives the defaults. */
const TRAIN_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    command: { description: "The training command (default train.command)", cli: { placeholder: "cmd" } },
    "working-directory": { description: "Where the command runs", cli: { placeholder: "dir" } },
    params: {
        description: "Params as inline YAML/JSON or a file, over train.params",
        cli: { placeholder: "yaml|file" },
    },
    seed: { description: "The seed (default train.seed, 42)", kind: "integer", cli: { placeholder: "n" } },
    snapshot: { description: "The snapshot to train on", cli: { placeholder: "id" } },
    "data-dir": { description: "A folder holding the snapshot's files", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    "output-dir": { description: "Where the model is written", cli: { placeholder: "dir" } },
    experiment: { description: "The tracking experiment", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    cache: { description: "Reuse an unchanged training (default true)", kind: "boolean" },
    "timeout-minutes": {
        description: "Stop the command after this long",
        kind: "number",
        cli: { placeholder: "n" },
    },
    reproduce: {
        description: "Train twice and compare",
        kind: "choice",
        choices: ["false", "warn", "error", "true"],
    },
    "run-name": { description: "The run's name", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
    backend: {
        description: "Where the command runs (default train.backend, runner)",
        kind: "choice",
        choices: ["runner", "ray", "sagemaker"],
    },
    "ray-address": {
        description: "backend ray: the Ray dashboard's address (default train.ray.address, RAY_ADDRESS)",
        cli: { placeholder: "url" },
    },
    "ray-token": {
        description: "backend ray: the Ray auth token (default RAY_AUTH_TOKEN)",
        cli: { placeholder: "token" },
    },
};


/***/ }),

/***/ 7190:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ VALIDATE_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(420);

/** validate-data's inputs, as `actions/validate-data/action.yml` declares them. */
const VALIDATE_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    snapshot: {
        description: "The snapshot id (snapshot-data's snapshot-id)",
        required: true,
        cli: { placeholder: "id" },
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    reference: {
        description: "Drift reference (default: validate.drift.reference)",
        cli: { placeholder: "id|champion" },
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    "report-path": { description: "Where to write the JSON report", cli: { placeholder: "file" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
};


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ workspacePath),
/* harmony export */   s: () => (/* binding */ WORKSPACE_DIR)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/** The folder, in the working directory, where trainyard keeps everything it makes locally. */
const WORKSPACE_DIR = ".trainyard";
/** Every path trainyard keeps in the workspace, relative to the working directory. */
const workspacePath = {
    /** The default blob store (trainyard.yml's `store`). */
    store: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "store"),
    /** The default local tracker and registry. */
    tracking: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "tracking"),
    /** Where snapshots are materialised (the data-root input). */
    data: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "data"),
    run: (runId) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "runs", runId),
    trainCache: (key) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "train-cache", key),
    evaluation: (name) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "evaluations", name),
    comparisons: (name) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "comparisons", ...(name ? [name] : [])),
    champion: (model, version) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "champions", `${model}-${version}`),
    validationReport: (snapshotId) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "reports", `validation-${snapshotId}.json`),
    pipelineState: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "pipeline", "state.json"),
    demo: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "demo"),
    /** monitor.json and the champion's downloaded evaluation. */
    monitor: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "monitor"),
};


/***/ }),

/***/ 2615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a unit test. */
const VERSION = "0.1.0";


/***/ })

};
