export const id = 1100;
export const ids = [1100];
export const modules = {

/***/ 4935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSchema),
/* harmony export */   x: () => (/* binding */ readTable)
/* harmony export */ });
/* harmony import */ var _read_csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3027);
/* harmony import */ var _read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3801);
/* harmony import */ var _row_batch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(109);



/**
 * Streams a table in batches of rows, holding one batch (and for Parquet one row group) in memory. At least
 * one batch always comes, empty when the file has a header or schema but no rows, so the columns are known.
 * Problems with the file are DataErrors naming the file, row, line and column.
 */
function readTable(path, format, options) {
    const batchSize = (0,_row_batch_js__WEBPACK_IMPORTED_MODULE_2__/* .batchSizeOf */ .zC)(options);
    switch (format) {
        case "csv":
            return (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsv */ .Nb)(path, batchSize);
        case "jsonl":
            return (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonl */ .fl)(path, batchSize, options?.columns);
        case "parquet":
            return readParquetLazily(path, batchSize);
    }
}
/**
 * The column names: the CSV header, the Parquet schema's top-level fields, or for JSON Lines every key of
 * every row in order of first appearance (a full pass, since rows may leave keys out).
 */
function readSchema(path, format) {
    switch (format) {
        case "csv":
            return (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsvHeader */ .km)(path);
        case "jsonl":
            return (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonlColumns */ .ED)(path);
        case "parquet":
            return Promise.all(/* import() */[__webpack_require__.e(8649), __webpack_require__.e(149), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 7663)).then(({ readParquetColumns }) => readParquetColumns(path));
    }
}
/** The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not with this module. */
async function* readParquetLazily(path, batchSize) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(8649), __webpack_require__.e(149), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 7663));
    yield* readParquet(path, batchSize);
}


/***/ }),

/***/ 1842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ mlflowTypeOf),
/* harmony export */   LK: () => (/* binding */ SERVING_INPUT_FILE),
/* harmony export */   LP: () => (/* binding */ signatureMismatch),
/* harmony export */   P8: () => (/* binding */ TRAINYARD_METADATA_KEY),
/* harmony export */   Qk: () => (/* binding */ inputExampleFiles),
/* harmony export */   T5: () => (/* binding */ renderMLmodel),
/* harmony export */   Yg: () => (/* binding */ parseMLmodel),
/* harmony export */   Yt: () => (/* binding */ wrappedMLmodel),
/* harmony export */   Z0: () => (/* binding */ INPUT_EXAMPLE_FILE),
/* harmony export */   dX: () => (/* binding */ WRAPPER_CODE_FILE),
/* harmony export */   eK: () => (/* binding */ requirementsFor),
/* harmony export */   fe: () => (/* binding */ outputSchema),
/* harmony export */   gw: () => (/* binding */ parseColumnSpecs),
/* harmony export */   is: () => (/* binding */ inputSchema),
/* harmony export */   my: () => (/* binding */ MLMODEL_FILE),
/* harmony export */   nQ: () => (/* binding */ INPUT_EXAMPLE_INFO),
/* harmony export */   rK: () => (/* binding */ condaYaml),
/* harmony export */   rk: () => (/* binding */ WRAPPER_SETTINGS_FILE),
/* harmony export */   rp: () => (/* binding */ pythonEnvYaml),
/* harmony export */   tE: () => (/* binding */ MLmodelError),
/* harmony export */   yK: () => (/* binding */ signatureOf)
/* harmony export */ });
/* unused harmony export exampleValue */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1927);


/**
 * The MLflow Model format as MLflow 3.x reads it (checked against mlflow 3.17's `mlflow/models/model.py`,
 * `mlflow/pyfunc/model.py` and `mlflow/pyfunc/loaders/code_model.py`): a YAML `MLmodel` file with
 * `flavors`, an optional `signature` whose `inputs`/`outputs` are JSON strings of column specs, and
 * `saved_input_example_info` naming `input_example.json` (pandas "split" orient) and
 * `serving_input_example.json` (the body `/invocations` takes). Pure functions: no I/O.
 */
const MLMODEL_FILE = "MLmodel";
const INPUT_EXAMPLE_FILE = "input_example.json";
const SERVING_INPUT_FILE = "serving_input_example.json";
/** The models-from-code file of a wrapped predict command, and its settings, at the model's root. */
// Built at run time, so that the bundler does not take the name for a file to ship.
const WRAPPER_CODE_FILE = ["trainyard_pyfunc", "py"].join(".");
const WRAPPER_SETTINGS_FILE = "trainyard_predict.json";
/** The `metadata` key trainyard writes into every MLmodel it packages. */
const TRAINYARD_METADATA_KEY = "trainyard";
/** An MLmodel (or its signature) that MLflow would not load or that does not fit the data. */
class MLmodelError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    constructor(message) {
        super(message);
        this.name = "MLmodelError";
    }
}
/** The MLflow column type of a stored profile's column; an integer column with nulls is double, as MLflow advises. */
function mlflowTypeOf(profile) {
    switch (profile?.type) {
        case "integer":
            return profile.nullCount > 0 ? "double" : "long";
        case "number":
            return "double";
        case "boolean":
            return "boolean";
        case "timestamp":
            return "datetime";
        default:
            return "string";
    }
}
/** The signature's inputs: every column of the test file but the label, typed from the snapshot's profile. */
function inputSchema(testColumns, profile, labelColumn) {
    const byName = new Map(profile.map((column) => [column.name, column]));
    return testColumns
        .filter((name) => name !== labelColumn)
        .map((name) => {
        const column = byName.get(name);
        return { type: mlflowTypeOf(column), name, required: !column || column.nullCount === 0 };
    });
}
/** The signature's outputs from the predict contract's columns, typed from the values the command wrote. */
function outputSchema(columns, rows) {
    return columns.map((name, index) => {
        const values = rows.map((row) => (row[index] ?? "").trim()).filter((value) => value !== "");
        const numeric = values.length > 0 && values.every((value) => Number.isFinite(Number(value)));
        const integral = numeric && values.every((value) => /^[+-]?\d+$/.test(value));
        const type = name === "score" || name.startsWith("proba_")
            ? "double"
            : integral
                ? "long"
                : numeric
                    ? "double"
                    : "string";
        return { type, name, required: true };
    });
}
/** MLflow stores each side of the signature as a JSON string of column specs. */
function signatureOf(inputs, outputs) {
    const specs = (columns) => JSON.stringify(columns.map((column) => ({ type: column.type, name: column.name, required: column.required })));
    return { inputs: specs(inputs), outputs: outputs?.length ? specs(outputs) : null, params: null };
}
const MLFLOW_TYPES = new Set([
    "long",
    "double",
    "string",
    "boolean",
    "datetime",
    "integer",
    "float",
    "binary",
]);
/** The column specs of a signature side, or an MLmodelError naming what does not parse. */
function parseColumnSpecs(text, where) {
    if (text === null || text === undefined)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new MLmodelError(`${where} is not the JSON list of column specs MLflow writes: ${error.message}`);
    }
    if (!Array.isArray(parsed))
        throw new MLmodelError(`${where} must be a JSON list of column specs, found ${typeof parsed}`);
    return parsed.map((entry, index) => {
        const spec = entry;
        if (typeof spec !== "object" || spec === null || typeof spec.type !== "string")
            throw new MLmodelError(`${where}: entry ${index + 1} has no "type"`);
        if (typeof spec.name !== "string")
            throw new MLmodelError(`${where}: entry ${index + 1} has no column name (a tensor signature cannot describe the test file's columns)`);
        if (!MLFLOW_TYPES.has(spec.type))
            throw new MLmodelError(`${where}: column "${spec.name}" has type "${spec.type}", not a column type MLflow knows`);
        return { type: spec.type, name: spec.name, required: spec.required !== false };
    });
}
/**
 * Reads an MLmodel the way MLflow does (YAML) and checks what loading needs: a mapping of flavors with a
 * `python_function` flavor naming its `loader_module`. Anything else is an MLmodelError that names the file.
 */
function parseMLmodel(text, file) {
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new MLmodelError(`${file} does not parse as YAML, so MLflow cannot read it: ${error.message.split("\n")[0]}`);
    }
    if (typeof document !== "object" || document === null || Array.isArray(document))
        throw new MLmodelError(`${file} must be a YAML mapping with "flavors", found ${Array.isArray(document) ? "a list" : typeof document}`);
    const model = document;
    if (typeof model.flavors !== "object" || model.flavors === null || Object.keys(model.flavors).length === 0)
        throw new MLmodelError(`${file} has no "flavors": MLflow cannot load a model without one`);
    const pyfunc = model.flavors.python_function;
    if (!pyfunc)
        throw new MLmodelError(`${file} has flavors ${Object.keys(model.flavors).join(", ")} but no python_function flavor: mlflow.pyfunc.load_model and mlflow models serve need it`);
    if (typeof pyfunc.loader_module !== "string" || pyfunc.loader_module === "")
        throw new MLmodelError(`${file}: the python_function flavor names no loader_module`);
    if (model.signature !== undefined && model.signature !== null) {
        parseColumnSpecs(model.signature.inputs, `${file}: signature.inputs`);
        parseColumnSpecs(model.signature.outputs, `${file}: signature.outputs`);
    }
    return model;
}
function renderMLmodel(model) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(model, { lineWidth: 0 });
}
/**
 * A model's declared inputs must be the test file's feature columns: a missing column would fail at serving
 * time, an extra one would never be sent. Returns the problems, empty when they match.
 */
function signatureMismatch(declared, testColumns, labelColumn) {
    const features = testColumns.filter((name) => name !== labelColumn);
    const declaredNames = declared.map((column) => column.name);
    const problems = [];
    const missing = declared.filter((column) => column.required && !features.includes(column.name));
    if (missing.length > 0)
        problems.push(`it requires column(s) ${missing.map((c) => `"${c.name}"`).join(", ")} that the test file does not have`);
    if (declaredNames.includes(labelColumn))
        problems.push(`it takes the label column "${labelColumn}" as an input`);
    const unused = features.filter((name) => !declaredNames.includes(name));
    if (unused.length > 0)
        problems.push(`the test file's column(s) ${unused.map((name) => `"${name}"`).join(", ")} are not in it`);
    return problems;
}
/** A JSON value of a CSV cell for the input example, typed like the signature says. */
function exampleValue(text, type) {
    const value = (text ?? "").trim();
    if (value === "")
        return null;
    if (type === "long" || type === "double") {
        const number = Number(value);
        return Number.isFinite(number) ? number : null;
    }
    if (type === "boolean")
        return /^(true|1|yes)$/i.test(value);
    if (type === "datetime") {
        // MLflow's datetime columns are timezone-naive: the instant in UTC, without an offset.
        const time = Date.parse(value);
        return Number.isNaN(time) ? value : new Date(time).toISOString().replace(/Z$/, "");
    }
    return text;
}
/** `input_example.json` (pandas split orient) and `serving_input_example.json` (the /invocations body). */
function inputExampleFiles(inputs, header, rows) {
    const positions = inputs.map((column) => header.indexOf(column.name));
    const data = rows.map((row) => inputs.map((column, k) => exampleValue(row[positions[k]], column.type)));
    const split = { columns: inputs.map((column) => column.name), data };
    return {
        inputExample: JSON.stringify(split),
        servingInput: `${JSON.stringify({ dataframe_split: split }, null, 2)}\n`,
    };
}
const INPUT_EXAMPLE_INFO = {
    artifact_path: INPUT_EXAMPLE_FILE,
    pandas_orient: "split",
    serving_input_path: SERVING_INPUT_FILE,
    type: "dataframe",
};
/** The MLmodel of a wrapped predict command: a models-from-code python_function model (no pickle). */
function wrappedMLmodel(options) {
    return {
        flavors: {
            python_function: {
                code: null,
                env: { conda: "conda.yaml", virtualenv: "python_env.yaml" },
                loader_module: "mlflow.pyfunc.loaders.code_model",
                model_code_path: WRAPPER_CODE_FILE,
                python_version: options.pythonVersion,
                streamable: false,
            },
        },
        ...(options.mlflowVersion ? { mlflow_version: options.mlflowVersion } : {}),
        model_uuid: options.modelUuid,
        saved_input_example_info: INPUT_EXAMPLE_INFO,
        signature: options.signature,
        utc_time_created: options.createdAt.toISOString().replace("T", " ").replace("Z", ""),
        metadata: { [TRAINYARD_METADATA_KEY]: options.metadata },
    };
}
/** The pip requirements a packaged model declares: mlflow first, then the trainer's own pins. */
function requirementsFor(mlflowVersion, lockfileLines) {
    const pins = lockfileLines
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("-"));
    const hasMlflow = pins.some((line) => /^mlflow(\W|$)/i.test(line));
    return [...(hasMlflow ? [] : [mlflowVersion ? `mlflow==${mlflowVersion}` : "mlflow>=3,<4"]), ...pins];
}
function pythonEnvYaml(pythonVersion) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({
        python: pythonVersion,
        build_dependencies: ["pip", "setuptools", "wheel"],
        dependencies: ["-r requirements.txt"],
    });
}
function condaYaml(pythonVersion, requirements) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({
        channels: ["conda-forge"],
        dependencies: [`python=${pythonVersion}`, "pip", { pip: requirements }],
        name: "mlflow-env",
    });
}


/***/ }),

/***/ 6804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ parseCsvLines),
/* harmony export */   gR: () => (/* binding */ packageModel)
/* harmony export */ });
/* unused harmony export EXAMPLE_ROWS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _data_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4935);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1927);
/* harmony import */ var _steps_command_command_environment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5444);
/* harmony import */ var _steps_command_run_command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1051);
/* harmony import */ var _steps_command_split_command_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4997);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1842);
/* harmony import */ var _python_runtime_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4841);
/* harmony import */ var _python_sources_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4199);













/** How many test rows go into input_example.json (and what serve-check posts to /invocations). */
const EXAMPLE_ROWS = 5;
const CODE_DIR = "code";
const MAX_CODE_BYTES = 50 * 1024 * 1024;
const SKIP_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".trainyard", ".cache"]);
/** The test file's header and its first rows as text (the input example). */
async function exampleRows(testFile) {
    for await (const batch of (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_5__/* .readTable */ .x)(testFile, (0,_data_format_js__WEBPACK_IMPORTED_MODULE_4__/* .detectFormat */ .Tz)(testFile))) {
        const rows = batch.rows
            .slice(0, EXAMPLE_ROWS)
            .map((row) => batch.columns.map((_, k) => (row[k] === null || row[k] === undefined ? "" : String(row[k]))));
        return { header: batch.columns, rows };
    }
    throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the test file ${testFile} has no rows: an input example needs at least one`);
}
function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function toCsv(header, rows) {
    return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\n")}\n`;
}
function parseCsvLines(text) {
    const records = [];
    let field = "";
    let record = [];
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quoted) {
            if (char === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (char === '"')
                quoted = false;
            else
                field += char;
        }
        else if (char === '"')
            quoted = true;
        else if (char === ",") {
            record.push(field);
            field = "";
        }
        else if (char === "\n" || char === "\r") {
            if (char === "\r" && text[i + 1] === "\n")
                i++;
            record.push(field);
            if (record.some((value) => value !== ""))
                records.push(record);
            record = [];
            field = "";
        }
        else
            field += char;
    }
    if (field !== "" || record.length > 0) {
        record.push(field);
        records.push(record);
    }
    return { header: records[0] ?? [], rows: records.slice(1) };
}

async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(() => true, () => false);
}
/** Types from the first rows when no snapshot profile is at hand (a data-dir without a manifest). */
function inferredProfile(header, rows) {
    return header.map((name, k) => {
        const values = rows.map((row) => (row[k] ?? "").trim());
        const present = values.filter((value) => value !== "");
        const type = present.length > 0 && present.every((value) => /^[+-]?\d+$/.test(value))
            ? "integer"
            : present.length > 0 && present.every((value) => Number.isFinite(Number(value)))
                ? "number"
                : "string";
        return {
            name,
            type,
            count: values.length,
            nullCount: values.length - present.length,
            invalidCount: 0,
            distinctCapped: false,
        };
    });
}
async function pythonPins(cwd, lockfiles) {
    const lines = [];
    for (const file of lockfiles.filter((name) => /(^|\/)requirements[^/]*\.txt$/.test(name)).sort()) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, file), "utf8").catch(() => "");
        lines.push(...text.split(/\r?\n/));
    }
    return [...new Set(lines.map((line) => line.trim()).filter(Boolean))];
}
/**
 * The files the predict command needs at serving time: the folder of every argument that names a file
 * under the working directory (e.g. `node trainers/node/predict.mjs` brings trainers/node/), copied to
 * code/ with the same relative paths, so the command runs there unchanged.
 */
async function copyPredictCode(argv, cwd, codeDir) {
    const folders = new Set();
    for (const [index, word] of argv.entries()) {
        // `python -m package.module`: the package's folder (or the module file) under the working directory.
        if (argv[index - 1] === "-m") {
            const top = word.split(".")[0];
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, top)).catch(() => undefined);
            if (info?.isDirectory())
                folders.add(top);
            // The file name is built at run time: a `${…}.py` literal makes the bundler copy every .py it can reach.
            else if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, [top, "py"].join("."))))
                folders.add(".");
            continue;
        }
        if (word.startsWith("-"))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, word);
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(cwd, path);
        if (inside.startsWith("..") || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(inside))
            continue;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
        if (info?.isFile())
            folders.add((0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path)) || ".");
    }
    const modelDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(codeDir);
    // What is copied: the folder's files, never a skipped folder (.git, .trainyard, …) nor the model folder
    // itself (an output-dir inside the working directory), which may lie inside the folder being copied.
    const wanted = (source, path) => path !== modelDir &&
        !path.startsWith(`${modelDir}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`) &&
        !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(source, path)
            .split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep)
            .some((part) => SKIP_DIRS.has(part));
    let bytes = 0;
    for (const folder of folders) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, folder);
        const files = [];
        const pending = [source];
        for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
            for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
                if (!wanted(source, path))
                    continue;
                if (entry.isDirectory())
                    pending.push(path);
                else if (entry.isFile()) {
                    files.push(path);
                    bytes += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)).size;
                    if (bytes > MAX_CODE_BYTES)
                        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the predict command's folder ${folder} holds over ${MAX_CODE_BYTES / 2 ** 20} MiB; keep the predict code in a folder of its own`);
                }
            }
        }
        // File by file: fs.cp refuses a folder whose copy would land inside it, even when a filter skips that part.
        for (const file of files) {
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(codeDir, folder, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(source, file));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(file, target);
        }
    }
    return [...folders];
}
/** Wraps a predict command as a models-from-code python_function model; pure TypeScript, no Python. */
async function packageWrapped(context, options, inputs, example) {
    const started = Date.now();
    if (!options.predictCommand)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo("no evaluate.predict_command: a model without an MLmodel is packaged by wrapping it");
    const argv = (0,_steps_command_split_command_js__WEBPACK_IMPORTED_MODULE_9__/* .splitCommand */ .G)(options.predictCommand, "predict command");
    const codeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, CODE_DIR);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(codeDir, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(codeDir, { recursive: true });
    const copied = await copyPredictCode(argv, options.cwd, codeDir);
    // The example rows through the command as it will run when served (from code/): the outputs' schema,
    // and proof that the copied code runs without the repository around it.
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-package-"));
    try {
        const inputFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "input.csv");
        const predictionsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "predictions.csv");
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(inputFile, toCsv(inputs.map((column) => column.name), example.rows.map((row) => inputs.map((column) => row[example.header.indexOf(column.name)] ?? ""))));
        const tail = [];
        const result = await (0,_steps_command_run_command_js__WEBPACK_IMPORTED_MODULE_8__/* .runCommand */ .d)({
            argv,
            cwd: codeDir,
            env: {
                ...(0,_steps_command_command_environment_js__WEBPACK_IMPORTED_MODULE_7__/* .commandEnvironment */ .J)(context.env),
                TRAINYARD_MODEL_DIR: options.modelDir,
                TRAINYARD_INPUT_FILE: inputFile,
                TRAINYARD_PREDICTIONS_FILE: predictionsFile,
            },
            timeoutMs: options.timeoutMs,
            onLine: (line) => tail.push(line),
        });
        if (result.exitCode !== 0)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the predict command, run from the packaged model's ${CODE_DIR}/ folder (${copied.join(", ") || "nothing copied"}), exited with code ${result.exitCode ?? result.signal}: it must run from the model alone. Its last lines:\n${context.mask(result.tail.slice(-20).join("\n"))}`);
        const predicted = parseCsvLines(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(predictionsFile, "utf8"));
        if (predicted.rows.length !== example.rows.length)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the predict command wrote ${predicted.rows.length} prediction(s) for the ${example.rows.length} input example row(s)`);
        const outputs = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .outputSchema */ .fe)(predicted.header, predicted.rows);
        const pythonVersion = options.pythonVersion ?? "3.11";
        const requirements = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .requirementsFor */ .eK)(undefined, await pythonPins(options.cwd, options.lockfiles));
        const mlmodel = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .wrappedMLmodel */ .Yt)({
            pythonVersion,
            modelUuid: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().replaceAll("-", ""),
            createdAt: new Date(),
            signature: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .signatureOf */ .yK)(inputs, outputs),
            metadata: {
                packaging: "wrapped",
                predict_command: argv,
                code: copied,
                runtime: argv[0],
            },
        });
        const files = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .inputExampleFiles */ .Qk)(inputs, example.header, example.rows);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .WRAPPER_CODE_FILE */ .dX), _python_sources_js__WEBPACK_IMPORTED_MODULE_12__/* .PYFUNC_WRAPPER_SOURCE */ .I);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .WRAPPER_SETTINGS_FILE */ .rk), `${JSON.stringify({ argv, cwd: CODE_DIR, timeout_seconds: Math.round(options.timeoutMs / 1000) }, null, 2)}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .INPUT_EXAMPLE_FILE */ .Z0), files.inputExample);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .SERVING_INPUT_FILE */ .LK), files.servingInput);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "requirements.txt"), `${requirements.join("\n")}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "python_env.yaml"), (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .pythonEnvYaml */ .rp)(pythonVersion));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "conda.yaml"), (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .condaYaml */ .rK)(pythonVersion, requirements));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLMODEL_FILE */ .my), (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMLmodel */ .T5)(mlmodel));
        return {
            packaging: "wrapped",
            flavors: ["python_function"],
            inputColumns: inputs.length,
            outputColumns: outputs.map((column) => column.name),
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * Completes an MLflow Model the training command wrote: checks it parses and loads (in a fresh Python with
 * mlflow), checks or adds its signature, adds the input example and environment files it lacks.
 */
async function packageNative(context, options, mlmodel, inputs, example) {
    const started = Date.now();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLMODEL_FILE */ .my);
    const declared = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .parseColumnSpecs */ .gw)(mlmodel.signature?.inputs, `${file}: signature.inputs`);
    if (declared) {
        const problems = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .signatureMismatch */ .LP)(declared, example.header, options.labelColumn);
        if (problems.length > 0)
            throw new _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLmodelError */ .tE(`the signature in ${file} does not match the test file's columns: ${problems.join("; ")}. Save the model with a signature of the feature columns (or none: trainyard adds it)`);
    }
    const lookup = await (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_11__/* .findPython */ .Kq)(context.env, options.python);
    if ("skip" in lookup)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the training command wrote an MLflow Model (${file}), but it cannot be checked: ${lookup.skip}. Nothing is registered unchecked`);
    const runtime = lookup.runtime;
    const signedInputs = declared ?? inputs;
    const files = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .inputExampleFiles */ .Qk)(signedInputs, example.header, example.rows);
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-package-"));
    try {
        const inputFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "input.csv");
        const predictionsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "predictions.csv");
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(inputFile, toCsv(example.header, example.rows));
        // Sign before the check, so the check loads the model with the signature it will be served with.
        const signed = {
            ...mlmodel,
            ...(declared ? {} : { signature: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .signatureOf */ .yK)(inputs, null) }),
            ...(mlmodel.saved_input_example_info ? {} : { saved_input_example_info: _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .INPUT_EXAMPLE_INFO */ .nQ }),
        };
        if (!mlmodel.saved_input_example_info) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .INPUT_EXAMPLE_FILE */ .Z0), files.inputExample);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .SERVING_INPUT_FILE */ .LK), files.servingInput);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMLmodel */ .T5)(signed));
        const check = await (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_11__/* .runHelper */ .UA)(runtime.executable, [
            "predict",
            "--model",
            options.modelDir,
            "--input",
            inputFile,
            "--output",
            predictionsFile,
            "--label",
            options.labelColumn,
        ], { env: context.env, timeoutMs: options.timeoutMs });
        if (!check.ok) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMLmodel */ .T5)(mlmodel));
            throw new _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLmodelError */ .tE(`the MLflow Model the training command wrote (${file}) does not load and predict with ${runtime.executable} (mlflow ${runtime.mlflowVersion}): ${String(check.payload.error)}`);
        }
        const predicted = parseCsvLines(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(predictionsFile, "utf8"));
        const rawColumns = check.payload.raw_columns ?? [];
        const outputs = rawColumns.length > 0 ? (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .outputSchema */ .fe)(predicted.header, predicted.rows) : undefined;
        const flavors = Object.keys(mlmodel.flavors).sort();
        const finalDocument = {
            ...signed,
            ...(declared ? {} : { signature: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .signatureOf */ .yK)(inputs, outputs ?? null) }),
            metadata: {
                ...(mlmodel.metadata ?? {}),
                [_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .TRAINYARD_METADATA_KEY */ .P8]: { packaging: "native", flavors },
            },
        };
        const pins = await pythonPins(options.cwd, options.lockfiles);
        if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "requirements.txt"))))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "requirements.txt"), `${(0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .requirementsFor */ .eK)(runtime.mlflowVersion, pins).join("\n")}\n`);
        if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "python_env.yaml"))))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "python_env.yaml"), (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .pythonEnvYaml */ .rp)(runtime.pythonVersion));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMLmodel */ .T5)(finalDocument));
        return {
            packaging: "native",
            flavors,
            inputColumns: signedInputs.length,
            outputColumns: predicted.header,
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * Makes the trained model folder an MLflow Model MLflow 3.x loads: an MLmodel with a python_function flavor,
 * a signature of the test file's feature columns, an input example and the environment. A model the
 * training command saved as an MLflow Model keeps its flavors; any other is wrapped around the predict
 * command. Already packaged (a reused model) is left as it is.
 */
async function packageModel(context, options) {
    const started = Date.now();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLMODEL_FILE */ .my);
    const existing = (await exists(file)) ? (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .parseMLmodel */ .Yg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, "utf8"), file) : undefined;
    const ours = existing?.metadata?.[_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .TRAINYARD_METADATA_KEY */ .P8];
    if (existing && ours?.packaging) {
        return {
            packaging: ours.packaging === "native" ? "native" : "wrapped",
            flavors: Object.keys(existing.flavors).sort(),
            inputColumns: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .parseColumnSpecs */ .gw)(existing.signature?.inputs, file)?.length ?? 0,
            outputColumns: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .parseColumnSpecs */ .gw)(existing.signature?.outputs, file)?.map((c) => c.name) ?? [],
            seconds: (Date.now() - started) / 1000,
        };
    }
    const example = await exampleRows(options.testFile);
    if (!example.header.includes(options.labelColumn))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the test file ${options.testFile} has no label column "${options.labelColumn}" (evaluate.label_column in trainyard.yml); its columns are ${example.header.join(", ")}`);
    const profile = options.profile ?? inferredProfile(example.header, example.rows);
    const inputs = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .inputSchema */ .is)(example.header, profile, options.labelColumn);
    return existing
        ? packageNative(context, options, existing, inputs, example)
        : packageWrapped(context, options, inputs, example);
}


/***/ }),

/***/ 5379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ compareServing),
/* harmony export */   g_: () => (/* binding */ DEFAULT_MAX_ABS_DIFF),
/* harmony export */   yZ: () => (/* binding */ headRows)
/* harmony export */ });
/* unused harmony export SHOWN_ROWS */
/**
 * Serving parity: the predictions of the packaged model, loaded as a server loads it, against the
 * predictions evaluate measured, row by row. Pure functions on parsed tables.
 */
const DEFAULT_MAX_ABS_DIFF = 1e-6;
/** How many differing rows a report shows. */
const SHOWN_ROWS = 5;
const SCORE = /^(score|proba_.+)$/;
function sameLabel(a, b) {
    const left = a.trim();
    const right = b.trim();
    if (left === right)
        return true;
    // 1 and 1.0 are the same label once a framework has turned integers into floats.
    const x = Number(left);
    const y = Number(right);
    return left !== "" && right !== "" && Number.isFinite(x) && Number.isFinite(y) && x === y;
}
/**
 * Compares the packaged model's predictions (`served`) with evaluate's (`evaluated`): the same labels, and
 * every score within `maxAllowed`. A binary model may answer `proba_<positive>` for `score`.
 */
function compareServing(evaluated, served, options = {}) {
    const maxAllowed = options.maxAbsDiff ?? DEFAULT_MAX_ABS_DIFF;
    const base = { maxAllowed, maxAbsDiff: 0, mismatchedRows: 0, firstDiffering: [] };
    const pairs = [];
    for (const column of evaluated.header) {
        if (column !== "prediction" && !SCORE.test(column))
            continue;
        let servedIndex = served.header.indexOf(column);
        if (servedIndex < 0 && column === "score" && options.positiveClass !== undefined)
            servedIndex = served.header.indexOf(`proba_${options.positiveClass}`);
        if (servedIndex >= 0)
            pairs.push([column, evaluated.header.indexOf(column), servedIndex]);
    }
    const columns = pairs.map(([column]) => column);
    const fail = (problem) => ({
        ...base,
        rows: evaluated.rows.length,
        columns,
        passed: false,
        mismatchedRows: evaluated.rows.length,
        problem,
    });
    if (served.rows.length !== evaluated.rows.length)
        return fail(`the served model returned ${served.rows.length} row(s) for ${evaluated.rows.length} test row(s)`);
    if (pairs.length === 0)
        return fail(`the served model's columns (${served.header.join(", ") || "none"}) share none of evaluate's prediction columns (${evaluated.header.join(", ")})`);
    const missing = evaluated.header.filter((column) => (column === "prediction" || SCORE.test(column)) && !columns.includes(column));
    if (missing.length > 0)
        return fail(`the served model does not return ${missing.join(", ")} (it returns ${served.header.join(", ")})`);
    let maxAbsDiff = 0;
    let mismatchedRows = 0;
    const firstDiffering = [];
    for (let row = 0; row < evaluated.rows.length; row++) {
        let differs = false;
        for (const [column, e, s] of pairs) {
            const a = evaluated.rows[row]?.[e] ?? "";
            const b = served.rows[row]?.[s] ?? "";
            let bad;
            let absDiff = null;
            if (column === "prediction")
                bad = !sameLabel(a, b);
            else {
                const x = Number(a);
                const y = Number(b);
                if (a.trim() === "" || b.trim() === "" || !Number.isFinite(x) || !Number.isFinite(y))
                    bad = a.trim() !== b.trim();
                else {
                    absDiff = Math.abs(x - y);
                    maxAbsDiff = Math.max(maxAbsDiff, absDiff);
                    bad = absDiff > maxAllowed;
                }
            }
            if (bad) {
                differs = true;
                if (firstDiffering.length < SHOWN_ROWS)
                    firstDiffering.push({ row: row + 1, column, evaluated: a, served: b, absDiff });
            }
        }
        if (differs)
            mismatchedRows++;
    }
    return {
        rows: evaluated.rows.length,
        columns,
        mismatchedRows,
        maxAbsDiff,
        maxAllowed,
        passed: mismatchedRows === 0,
        firstDiffering,
    };
}
/** The first `count` rows of a table (serve-check compares the input example's rows). */
function headRows(table, count) {
    return { header: table.header, rows: table.rows.slice(0, count) };
}


/***/ }),

/***/ 4841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ findPython),
/* harmony export */   UA: () => (/* binding */ runHelper)
/* harmony export */ });
/* unused harmony export servingHelperFile */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1927);
/* harmony import */ var _steps_command_command_environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5444);
/* harmony import */ var _python_sources_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4199);







const cache = new Map();
let helperFile;
/** The serving helper, written once per process to a private temporary folder. */
function servingHelperFile() {
    helperFile ??= (async () => {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-serving-"));
        // Built at run time, so that the bundler does not take the name for a file to ship.
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ["trainyard_serving", "py"].join("."));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, _python_sources_js__WEBPACK_IMPORTED_MODULE_6__/* .SERVING_HELPER_SOURCE */ .A, { mode: 0o600 });
        return file;
    })();
    return helperFile;
}
/** Runs the helper with an argument array (no shell), bounded in time; parses its one JSON line. */
async function runHelper(python, args, options) {
    const helper = await servingHelperFile();
    return new Promise((resolveResult, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(python, [helper, ...args], {
            env: {
                ...(0,_steps_command_command_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .commandEnvironment */ .J)(options.env),
                MLFLOW_DISABLE_TELEMETRY: "true",
                DO_NOT_TRACK: "true",
                PYTHONDONTWRITEBYTECODE: "1",
            },
            timeout: options.timeoutMs,
            killSignal: "SIGKILL",
            maxBuffer: 16 * 1024 * 1024,
            encoding: "utf8",
            ...(options.cwd ? { cwd: options.cwd } : {}),
        }, (error, stdout, stderr) => {
            const line = stdout.trim().split("\n").pop() ?? "";
            let payload = {};
            try {
                payload = JSON.parse(line);
            }
            catch {
                // not the helper's answer: reported below with stderr
            }
            const code = error?.code;
            if (code === "ENOENT") {
                reject(new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`no Python at "${python}": it is not installed or not on PATH`));
                return;
            }
            if (error && error.killed) {
                reject(new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`the serving check (${python} ${args[0]}) did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`));
                return;
            }
            if (typeof payload.error === "string") {
                resolveResult({ ok: false, payload, stderr });
                return;
            }
            if (error) {
                resolveResult({
                    ok: false,
                    payload: { error: `${python} exited with code ${code ?? "?"}: ${stderr.trim().slice(-2000)}` },
                    stderr,
                });
                return;
            }
            resolveResult({ ok: true, payload, stderr });
        });
    });
}
/**
 * Finds the Python that loads packaged models: `configured` (an input or trainyard.yml key) when given, and
 * then it must work; else `python3` on PATH when it imports mlflow; else a reason to skip.
 */
function findPython(env, configured) {
    const key = `${configured?.executable ?? ""}\0${env.PATH ?? ""}`;
    let found = cache.get(key);
    if (!found) {
        found = probe(env, configured);
        cache.set(key, found);
    }
    return found;
}
async function probe(env, configured) {
    const executable = configured?.executable ?? "python3";
    const foundBy = configured?.foundBy ?? "python3 on PATH";
    let result;
    try {
        result = await runHelper(executable, ["probe"], { env, timeoutMs: 60_000 });
    }
    catch (error) {
        if (configured)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${configured.foundBy}: ${error.message}`, { cause: error });
        return { skip: `no Python found (looked for python3 on PATH; set serving.python in trainyard.yml)` };
    }
    if (!result.ok) {
        const why = String(result.payload.error ?? result.stderr).trim();
        const noMlflow = /No module named ['"]?mlflow/.test(`${why}\n${result.stderr}`);
        if (configured)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${configured.foundBy} (${executable}) ${noMlflow ? "cannot import mlflow: install it there (pip install mlflow)" : `does not work: ${why.slice(-500)}`}`);
        return {
            skip: noMlflow
                ? `python3 on PATH cannot import mlflow (install mlflow, or set serving.python in trainyard.yml to a Python that has it)`
                : `python3 on PATH does not work: ${why.slice(-300)}`,
        };
    }
    return {
        runtime: {
            executable: String(result.payload.executable ?? executable),
            pythonVersion: String(result.payload.python),
            mlflowVersion: String(result.payload.mlflow),
            foundBy,
        },
    };
}


/***/ }),

/***/ 4199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SERVING_HELPER_SOURCE),
/* harmony export */   I: () => (/* binding */ PYFUNC_WRAPPER_SOURCE)
/* harmony export */ });
// Generated by scripts/embed-serving-python.mjs from src/serving/python/*.py: do not edit by hand.
/** src/serving/python/trainyard_serving.py: loads a packaged model as a server does and predicts with it. */
const SERVING_HELPER_SOURCE = '"""trainyard\'s serving checks: load a packaged MLflow Model the way a server does and predict with it.\n\nRun as an argument array, never through a shell:\n  python trainyard_serving.py probe\n  python trainyard_serving.py predict --model DIR_OR_URI --input CSV --output CSV [--label NAME] [--classes JSON]\n  python trainyard_serving.py serve --model DIR --pyfunc-output CSV --output CSV [--classes JSON] [--timeout S]\nEach prints one JSON line on stdout; a failure prints {"error": ...} and exits 3.\n"""\n\nimport argparse\nimport json\nimport os\nimport signal\nimport socket\nimport subprocess\nimport sys\nimport time\nimport urllib.error\nimport urllib.request\n\nsys.dont_write_bytecode = True\n\n\ndef emit(payload):\n    sys.stdout.write(json.dumps(payload) + "\\n")\n    sys.stdout.flush()\n\n\ndef fail(message, code=3):\n    emit({"error": message})\n    sys.exit(code)\n\n\ndef probe():\n    import platform\n\n    import mlflow\n\n    emit({"python": platform.python_version(), "mlflow": mlflow.__version__, "executable": sys.executable})\n\n\ndef read_typed(path, specs, label):\n    """The CSV rows as a DataFrame typed like the signature\'s inputs (every column text when there is none)."""\n    import pandas as pd\n\n    frame = pd.read_csv(path, dtype=str, keep_default_na=False)\n    if specs is None:\n        keep = [name for name in frame.columns if name != label]\n        frame = frame[keep]\n        for name in keep:\n            frame[name] = frame[name].where(frame[name].str.strip() != "", None)\n        return frame\n    missing = [spec["name"] for spec in specs if spec["name"] not in frame.columns]\n    if missing:\n        fail(f"the input has no column(s) {\', \'.join(missing)} that the model\'s signature requires")\n    out = pd.DataFrame(index=frame.index)\n    for spec in specs:\n        text = frame[spec["name"]]\n        empty = text.str.strip() == ""\n        kind = spec["type"]\n        if kind in ("long", "integer"):\n            numbers = pd.to_numeric(text.where(~empty), errors="coerce")\n            out[spec["name"]] = numbers.astype("int64" if not numbers.isna().any() else "float64")\n        elif kind in ("double", "float"):\n            out[spec["name"]] = pd.to_numeric(text.where(~empty), errors="coerce").astype("float64")\n        elif kind == "boolean":\n            out[spec["name"]] = text.str.strip().str.lower().isin(["true", "1", "yes"])\n        elif kind == "datetime":\n            out[spec["name"]] = pd.to_datetime(text.where(~empty), utc=True, format="ISO8601").dt.tz_localize(None)\n        else:\n            out[spec["name"]] = text.where(~empty, None)\n    return out\n\n\ndef input_specs(model):\n    signature = model.metadata.signature\n    if signature is None or signature.inputs is None:\n        return None\n    return [json.loads(json.dumps(spec)) for spec in signature.inputs.to_dict()]\n\n\ndef model_classes(model):\n    """The classes a classifier\'s flavor knows (scikit-learn\'s classes_), for a probability array\'s columns."""\n    try:\n        raw = model.get_raw_model()\n    except Exception:  # noqa: BLE001 (a flavor without a raw model: no classes)\n        return None\n    classes = getattr(raw, "classes_", None)\n    return [str(c.item() if hasattr(c, "item") else c) for c in classes] if classes is not None else None\n\n\ndef to_contract(result, classes):\n    """Any pyfunc output as the predict contract\'s columns: prediction, and score or proba_<class>."""\n    import numpy as np\n    import pandas as pd\n\n    if isinstance(result, dict):\n        result = pd.DataFrame(result)\n    if isinstance(result, list):\n        result = pd.DataFrame(result) if result and isinstance(result[0], dict) else np.asarray(result)\n    if isinstance(result, pd.Series):\n        result = result.to_frame(name="prediction")\n    if isinstance(result, pd.DataFrame):\n        named = [c for c in result.columns if c in ("prediction", "score") or str(c).startswith("proba_")]\n        if named:\n            return result[named].reset_index(drop=True)\n        if result.shape[1] == 1:\n            return pd.DataFrame({"prediction": result.iloc[:, 0].to_numpy()})\n        result = result.to_numpy()\n    array = np.asarray(result)\n    if array.ndim == 1:\n        return pd.DataFrame({"prediction": array})\n    if array.ndim == 2 and array.shape[1] == 1:\n        return pd.DataFrame({"prediction": array[:, 0]})\n    if array.ndim == 2 and classes and array.shape[1] == len(classes):\n        labels = [classes[i] for i in array.argmax(axis=1)]\n        frame = pd.DataFrame({"prediction": labels})\n        if len(classes) == 2:\n            frame["score"] = array[:, 1].astype("float64")\n        else:\n            for k, name in enumerate(classes):\n                frame[f"proba_{name}"] = array[:, k].astype("float64")\n        return frame\n    fail(f"the model returned an array of shape {list(array.shape)}; expected one value or one probability per class a row")\n\n\ndef load(model_uri):\n    import mlflow.pyfunc\n\n    try:\n        return mlflow.pyfunc.load_model(model_uri)\n    except ModuleNotFoundError as error:\n        fail(f"the model\'s loader needs the Python module {error.name!r}, which is not installed: {error}")\n    except Exception as error:  # noqa: BLE001 (every load failure is reported to trainyard as a message)\n        fail(f"mlflow.pyfunc.load_model({model_uri!r}) failed: {type(error).__name__}: {error}")\n\n\ndef predict(args):\n    started = time.monotonic()\n    model = load(args.model)\n    loaded = time.monotonic()\n    classes = json.loads(args.classes) if args.classes else model_classes(model)\n    specs = input_specs(model)\n    frame = read_typed(args.input, specs, args.label)\n    try:\n        result = model.predict(frame)\n    except Exception as error:  # noqa: BLE001\n        fail(f"the loaded model failed to predict: {type(error).__name__}: {error}")\n    contract = to_contract(result, classes)\n    contract.to_csv(args.output, index=False, float_format="%.17g")\n    flavors = sorted(model.metadata.flavors)\n    emit(\n        {\n            "rows": len(contract),\n            "columns": list(contract.columns),\n            "flavors": flavors,\n            "loader_module": model.metadata.flavors["python_function"].get("loader_module"),\n            "load_seconds": loaded - started,\n            "predict_seconds": time.monotonic() - loaded,\n            "raw_columns": [str(c) for c in getattr(result, "columns", [])],\n        }\n    )\n\n\ndef free_port():\n    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:\n        sock.bind(("127.0.0.1", 0))\n        return sock.getsockname()[1]\n\n\ndef serve(args):\n    """Loads the model with pyfunc and predicts its input example, then serves it with mlflow models serve\n    and posts the serving input example to /invocations; both answers go to CSV files."""\n    from mlflow.models import Model\n\n    model = load(args.model)\n    classes = json.loads(args.classes) if args.classes else model_classes(model)\n    metadata = Model.load(args.model)\n    info = metadata.saved_input_example_info or {}\n    if not info.get("serving_input_path"):\n        fail("the model has no serving input example (saved_input_example_info.serving_input_path in MLmodel)")\n    example = metadata.load_input_example(args.model)\n    try:\n        in_process = model.predict(example)\n    except Exception as error:  # noqa: BLE001\n        fail(f"the loaded model failed to predict its input example: {type(error).__name__}: {error}")\n    to_contract(in_process, classes).to_csv(args.pyfunc_output, index=False, float_format="%.17g")\n    body_path = os.path.join(args.model, info["serving_input_path"])\n    port = free_port()\n    log_path = args.output + ".server.log"\n    command = [\n        sys.executable, "-m", "mlflow", "models", "serve",\n        "-m", args.model, "--env-manager", "local", "-h", "127.0.0.1", "-p", str(port), "-w", "1",\n    ]\n    started = time.monotonic()\n    with open(log_path, "w", encoding="utf-8") as log:\n        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)\n    try:\n        base = f"http://127.0.0.1:{port}"\n        deadline = started + args.timeout\n        while True:\n            if server.poll() is not None:\n                fail(f"mlflow models serve exited with code {server.returncode} before answering: {tail(log_path)}")\n            try:\n                with urllib.request.urlopen(base + "/ping", timeout=2) as response:\n                    if response.status == 200:\n                        break\n            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):\n                pass\n            if time.monotonic() > deadline:\n                fail(f"mlflow models serve did not answer /ping within {args.timeout} s: {tail(log_path)}")\n            time.sleep(0.25)\n        ready = time.monotonic()\n        with open(body_path, "rb") as handle:\n            body = handle.read()\n        request = urllib.request.Request(\n            base + "/invocations", data=body, headers={"Content-Type": "application/json"}, method="POST"\n        )\n        try:\n            with urllib.request.urlopen(request, timeout=max(5, deadline - time.monotonic())) as response:\n                answer = json.loads(response.read().decode("utf-8"))\n        except urllib.error.HTTPError as error:\n            fail(f"/invocations answered HTTP {error.code}: {error.read().decode(\'utf-8\', \'replace\')[:2000]}")\n        predictions = answer.get("predictions", answer) if isinstance(answer, dict) else answer\n        contract = to_contract(predictions, classes)\n        contract.to_csv(args.output, index=False, float_format="%.17g")\n        emit(\n            {\n                "rows": len(contract),\n                "columns": list(contract.columns),\n                "example_rows": len(example),\n                "port": port,\n                "start_seconds": ready - started,\n                "invoke_seconds": time.monotonic() - ready,\n            }\n        )\n    finally:\n        stop(server)\n\n\ndef tail(path):\n    try:\n        with open(path, encoding="utf-8", errors="replace") as handle:\n            return handle.read()[-1500:]\n    except OSError:\n        return ""\n\n\ndef stop(server):\n    if server.poll() is not None:\n        return\n    try:\n        os.killpg(server.pid, signal.SIGTERM)\n        server.wait(timeout=10)\n    except (ProcessLookupError, subprocess.TimeoutExpired):\n        try:\n            os.killpg(server.pid, signal.SIGKILL)\n        except ProcessLookupError:\n            pass\n        server.wait(timeout=10)\n\n\ndef main():\n    parser = argparse.ArgumentParser(prog="trainyard_serving")\n    commands = parser.add_subparsers(dest="command", required=True)\n    commands.add_parser("probe")\n    p = commands.add_parser("predict")\n    p.add_argument("--model", required=True)\n    p.add_argument("--input", required=True)\n    p.add_argument("--output", required=True)\n    p.add_argument("--label", default="")\n    p.add_argument("--classes", default="")\n    s = commands.add_parser("serve")\n    s.add_argument("--model", required=True)\n    s.add_argument("--pyfunc-output", required=True)\n    s.add_argument("--output", required=True)\n    s.add_argument("--classes", default="")\n    s.add_argument("--timeout", type=float, default=120)\n    args = parser.parse_args()\n    if args.command == "probe":\n        probe()\n    elif args.command == "predict":\n        predict(args)\n    else:\n        serve(args)\n\n\nif __name__ == "__main__":\n    main()\n';
/** src/serving/python/trainyard_pyfunc.py: the models-from-code wrapper of a predict command. */
const PYFUNC_WRAPPER_SOURCE = '"""trainyard\'s wrapper of a predict command as an MLflow python_function model (models-from-code).\n\npredict(DataFrame) writes the rows to a CSV file, runs the model\'s predict command without a shell under\ntrainyard\'s predict contract (TRAINYARD_MODEL_DIR, TRAINYARD_INPUT_FILE, TRAINYARD_PREDICTIONS_FILE) and\nreturns the predictions file as a DataFrame. The command\'s files are in code/ next to this file; its\nruntime (for example node or python) must be on the serving host\'s PATH.\n"""\n\nimport json\nimport os\nimport subprocess\nimport tempfile\n\nimport mlflow\nimport pandas as pd\n\nHERE = os.path.dirname(os.path.abspath(__file__))\n\n\nclass TrainyardPredictCommand(mlflow.pyfunc.PythonModel):\n    def load_context(self, context):\n        with open(os.path.join(HERE, "trainyard_predict.json"), encoding="utf-8") as handle:\n            self.settings = json.load(handle)\n\n    def predict(self, context, model_input, params=None):\n        settings = self.settings\n        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)\n        with tempfile.TemporaryDirectory(prefix="trainyard-predict-") as scratch:\n            input_file = os.path.join(scratch, "input.csv")\n            predictions_file = os.path.join(scratch, "predictions.csv")\n            frame.to_csv(input_file, index=False)\n            env = dict(os.environ)\n            env.update(\n                TRAINYARD_MODEL_DIR=HERE,\n                TRAINYARD_INPUT_FILE=input_file,\n                TRAINYARD_PREDICTIONS_FILE=predictions_file,\n            )\n            try:\n                done = subprocess.run(\n                    settings["argv"],\n                    cwd=os.path.join(HERE, settings["cwd"]),\n                    env=env,\n                    capture_output=True,\n                    text=True,\n                    timeout=settings.get("timeout_seconds", 600),\n                    check=False,\n                )\n            except FileNotFoundError as error:\n                raise RuntimeError(\n                    f"the predict command {settings[\'argv\'][0]!r} is not on this host\'s PATH: "\n                    "a wrapped trainyard model needs the predict command\'s runtime where it is served"\n                ) from error\n            if done.returncode != 0:\n                raise RuntimeError(\n                    f"the predict command {\' \'.join(settings[\'argv\'])} exited with code "\n                    f"{done.returncode}: {done.stderr[-2000:]}"\n                )\n            return pd.read_csv(predictions_file)\n\n\nmlflow.models.set_model(TrainyardPredictCommand())\n';


/***/ }),

/***/ 1100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qf: () => (/* binding */ servingSettings),
/* harmony export */   vJ: () => (/* binding */ lookupPython),
/* harmony export */   wd: () => (/* binding */ checkServingParity)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1842);
/* harmony import */ var _package_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6804);
/* harmony import */ var _parity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5379);
/* harmony import */ var _python_runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4841);







/** gate.serving_parity and serving.python from trainyard.yml, then TRAINYARD_PYTHON, then python3 on PATH. */
function servingSettings(context, config, pythonInput) {
    const parity = config?.config.gate?.serving_parity;
    const configured = config?.config.serving?.python;
    const python = pythonInput?.value
        ? { executable: pythonInput.value, foundBy: pythonInput.label }
        : configured
            ? { executable: configured, foundBy: "serving.python in trainyard.yml" }
            : context.env.TRAINYARD_PYTHON
                ? { executable: context.env.TRAINYARD_PYTHON, foundBy: "the TRAINYARD_PYTHON environment variable" }
                : undefined;
    return {
        enabled: parity?.enabled ?? true,
        maxAbsDiff: parity?.max_abs_diff ?? _parity_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_ABS_DIFF */ .g_,
        ...(python ? { python } : {}),
    };
}
function lookupPython(context, settings) {
    return (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .findPython */ .Kq)(context.env, settings.python);
}
/**
 * Loads the packaged model the way a server does (a fresh Python process, mlflow.pyfunc.load_model on the
 * run's `model` artifact as it will be registered, else the local folder), predicts the test rows and
 * compares with evaluate's predictions.
 */
async function checkServingParity(context, options) {
    const started = Date.now();
    const maxAllowed = options.settings.maxAbsDiff;
    if (!options.settings.enabled)
        return { status: "skip", reason: "gate.serving_parity.enabled is false", maxAllowed };
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__/* .MLMODEL_FILE */ .my)).catch(() => undefined)))
        return {
            status: "fail",
            reason: `the model folder ${options.modelDir} has no MLmodel: it is not an MLflow Model, so no server can load it`,
            maxAllowed,
        };
    const lookup = await lookupPython(context, options.settings);
    if ("skip" in lookup)
        return { status: "skip", reason: lookup.skip, maxAllowed };
    const runtime = lookup.runtime;
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "trainyard-parity-"));
    try {
        let modelPath = options.modelDir;
        let source = "the local model folder";
        if (options.runId && options.tracker) {
            modelPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "model");
            await options.tracker.downloadArtifacts(options.runId, "model", modelPath);
            source = `the model artifact of run ${options.runId}, as it will be registered`;
        }
        const served = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "served.csv");
        const result = await (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .runHelper */ .UA)(runtime.executable, [
            "predict",
            "--model",
            modelPath,
            "--input",
            options.testFile,
            "--output",
            served,
            "--label",
            options.labelColumn,
            ...(options.classes ? ["--classes", JSON.stringify(options.classes)] : []),
        ], { env: context.env, timeoutMs: options.timeoutMs });
        const common = {
            python: runtime.executable,
            foundBy: runtime.foundBy,
            mlflowVersion: runtime.mlflowVersion,
            source,
            maxAllowed,
        };
        if (!result.ok)
            return {
                status: "fail",
                reason: `the packaged model does not load or predict: ${String(result.payload.error)}`,
                ...common,
                seconds: (Date.now() - started) / 1000,
            };
        const evaluated = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(options.predictionsFile, "utf8"));
        const servedTable = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(served, "utf8"));
        const parity = (0,_parity_js__WEBPACK_IMPORTED_MODULE_6__/* .compareServing */ .Kg)(evaluated, servedTable, {
            maxAbsDiff: maxAllowed,
            ...(options.positiveClass !== undefined ? { positiveClass: options.positiveClass } : {}),
        });
        return {
            status: parity.passed ? "pass" : "fail",
            ...(parity.problem ? { reason: parity.problem } : {}),
            ...common,
            rows: parity.rows,
            columns: parity.columns,
            mismatchedRows: parity.mismatchedRows,
            maxAbsDiff: parity.maxAbsDiff,
            firstDiffering: parity.firstDiffering,
            loadSeconds: Number(result.payload.load_seconds ?? 0),
            predictSeconds: Number(result.payload.predict_seconds ?? 0),
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 5444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ commandEnvironment)
/* harmony export */ });
/**
 * Credentials trainyard uses itself and the user's command has no need for: the tracking token and password
 * (trainyard logs to MLflow for the command), GitHub's tokens, and the action's own inputs. AWS credentials
 * stay: training code may read its data from S3.
 */
const WITHHELD = new Set([
    "MLFLOW_TRACKING_TOKEN",
    "MLFLOW_TRACKING_PASSWORD",
    "GITHUB_TOKEN",
    "GH_TOKEN",
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
]);
/** The environment a user command starts from: the parent's, without trainyard's credentials and inputs. */
function commandEnvironment(parent) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (WITHHELD.has(name) || name.startsWith("INPUT_"))
            continue;
        env[name] = value;
    }
    return env;
}


/***/ }),

/***/ 1051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ CommandNotFoundError),
  d: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/command/process-memory.js

const PAGE_SIZE = 4096;
/**
 * The resident memory of every process in a process group, from /proc (Linux). Undefined elsewhere or when
 * /proc cannot be read, so callers record "unknown" instead of a wrong number.
 */
async function processGroupRss(groupId) {
    if (process.platform !== "linux")
        return undefined;
    let entries;
    try {
        entries = await (0,promises_.readdir)("/proc");
    }
    catch {
        return undefined;
    }
    let total = 0;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await (0,promises_.readFile)(`/proc/${entry}/stat`, "latin1").catch(() => undefined);
        if (!stat)
            continue;
        // The command name (field 2) may contain spaces and parentheses: parse after its closing ")".
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) !== groupId)
            continue;
        total += Number(fields[21]) * PAGE_SIZE;
    }
    return total;
}
/** Samples the process group's memory until stopped; `peak` is the highest total seen. */
function samplePeakMemory(groupId, intervalMs = 250) {
    let peak;
    let stopped = false;
    let pending = Promise.resolve();
    const sample = () => {
        pending = processGroupRss(groupId).then((rss) => {
            if (rss !== undefined && rss > 0)
                peak = Math.max(peak ?? 0, rss);
        });
    };
    sample();
    const timer = setInterval(() => {
        if (!stopped)
            sample();
    }, intervalMs);
    timer.unref();
    return {
        async stop() {
            stopped = true;
            clearInterval(timer);
            await pending;
            return peak;
        },
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/command/run-command.js



class CommandNotFoundError extends user_error/* UserError */.yo {
    program;
    constructor(program, cwd) {
        super(`command not found: "${program}" (looked up on PATH from ${cwd}); check the spelling, that it is installed on this runner, or give its path`);
        this.program = program;
        this.name = "CommandNotFoundError";
    }
}
function killGroup(pid, signal) {
    try {
        // A negative pid signals the whole process group the command leads (it was spawned detached).
        process.kill(process.platform === "win32" ? pid : -pid, signal);
    }
    catch {
        // already gone
    }
}
function lineSplitter(emit) {
    let rest = "";
    return {
        push(chunk) {
            const parts = (rest + chunk).split(/\r?\n/);
            rest = parts.pop() ?? "";
            for (const part of parts)
                emit(part);
        },
        end() {
            if (rest)
                emit(rest);
            rest = "";
        },
    };
}
/**
 * Runs a user command in its own process group, streaming its output line by line, keeping the last lines,
 * sampling the peak memory of its whole process tree, and stopping the whole tree on timeout or when this
 * process receives SIGTERM/SIGINT (a runner cancel): a training never outlives its step.
 */
function runCommand(options) {
    const [program, ...args] = options.argv;
    if (!program)
        throw new Error("runCommand: empty argv");
    const tailSize = options.tailLines ?? 200;
    const grace = options.killGraceMs ?? 10_000;
    const tail = [];
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, args, {
            cwd: options.cwd,
            env: options.env,
            detached: process.platform !== "win32",
            stdio: ["ignore", "pipe", "pipe"],
            windowsHide: true,
        });
        if (child.pid !== undefined)
            options.onSpawn?.(child.pid);
        let ending = "exited";
        let killTimer;
        const stop = (why) => {
            if (ending !== "exited" || child.pid === undefined)
                return;
            ending = why;
            killGroup(child.pid, "SIGTERM");
            killTimer = setTimeout(() => {
                if (child.pid !== undefined)
                    killGroup(child.pid, "SIGKILL");
            }, grace);
        };
        const timeout = options.timeoutMs !== undefined ? setTimeout(() => stop("timeout"), options.timeoutMs) : undefined;
        const signals = options.forwardSignals ?? ["SIGTERM", "SIGINT"];
        const onSignal = () => stop("cancelled");
        for (const signal of signals)
            process.on(signal, onSignal);
        const memory = child.pid !== undefined ? samplePeakMemory(child.pid) : undefined;
        const keep = (stream) => (line) => {
            tail.push(line);
            if (tail.length > tailSize)
                tail.shift();
            options.onLine(line, stream);
        };
        const out = lineSplitter(keep("stdout"));
        const err = lineSplitter(keep("stderr"));
        child.stdout?.setEncoding("utf8").on("data", (chunk) => out.push(chunk));
        child.stderr?.setEncoding("utf8").on("data", (chunk) => err.push(chunk));
        const cleanUp = () => {
            if (timeout)
                clearTimeout(timeout);
            for (const signal of signals)
                process.off(signal, onSignal);
        };
        child.on("error", async (error) => {
            cleanUp();
            await memory?.stop();
            if (error.code === "ENOENT")
                reject(new CommandNotFoundError(program, options.cwd));
            else if (error.code === "EACCES")
                reject(new user_error/* UserError */.yo(`cannot run "${program}": permission denied (is it executable?)`));
            else
                reject(error);
        });
        // Children the command left behind in its group are stopped too (they may hold its output open).
        child.on("exit", () => {
            if (child.pid !== undefined)
                killGroup(child.pid, "SIGKILL");
        });
        child.on("close", async (exitCode, signal) => {
            cleanUp();
            out.end();
            err.end();
            if (killTimer)
                clearTimeout(killTimer);
            const peakMemoryBytes = await memory?.stop();
            resolve({
                exitCode,
                signal,
                ending,
                durationSeconds: (performance.now() - started) / 1000,
                ...(peakMemoryBytes !== undefined ? { peakMemoryBytes } : {}),
                tail,
            });
        });
    });
}


/***/ }),

/***/ 4997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitCommand)
/* harmony export */ });
/* unused harmony export CommandLineError */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/**
 * Splits a command line into arguments the way a POSIX shell would for plain words and quotes, without
 * running a shell: no variables, globs, pipes or redirections. The user's command then runs as an argument
 * array, so no input can ever be interpreted by a shell.
 */
const SHELL_OPERATORS = new Set(["|", "||", "&", "&&", ";", ">", ">>", "<", "<<", "2>", "2>&1", "$(", "`"]);
class CommandLineError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(message) {
        super(message);
        this.name = "CommandLineError";
    }
}
function splitCommand(line, what = "command") {
    const args = [];
    let current = "";
    let inWord = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (quote === "'") {
            if (char === "'")
                quote = undefined;
            else
                current += char;
            continue;
        }
        if (quote === '"') {
            if (char === '"')
                quote = undefined;
            else if (char === "\\" && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
                current += line[i + 1];
                i++;
            }
            else
                current += char;
            continue;
        }
        if (char === "'" || char === '"') {
            quote = char;
            inWord = true;
        }
        else if (char === "\\" && i + 1 < line.length) {
            current += line[i + 1];
            inWord = true;
            i++;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                args.push(current);
            current = "";
            inWord = false;
        }
        else {
            current += char;
            inWord = true;
        }
    }
    if (quote)
        throw new CommandLineError(`${what}: unclosed ${quote} quote in ${JSON.stringify(line)}`);
    if (inWord)
        args.push(current);
    if (args.length === 0)
        throw new CommandLineError(`${what} is empty`);
    const operator = args.find((arg) => SHELL_OPERATORS.has(arg));
    if (operator) {
        throw new CommandLineError(`${what} ${JSON.stringify(line)} uses the shell operator "${operator}", but trainyard runs commands without a shell (so no input can ever be executed as shell code); put the steps in a script and run that, e.g. "bash train.sh"`);
    }
    return args;
}


/***/ })

};
