export const id = 207;
export const ids = [207];
export const modules = {

/***/ 42207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports parseConfig, requireSection */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18697);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56736);
/* harmony import */ var _trainyard_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45543);






function yamlLocator(document, counter) {
    const at = (node) => {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return undefined;
        const { line, col } = counter.linePos(offset);
        return { line, column: col };
    };
    /** Follows `path` as deep as the document goes: the node reached, the key holding it, and how deep. */
    const walk = (path) => {
        let node = document.contents;
        let key;
        let depth = 0;
        for (const part of path) {
            const container = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(node) ? node.resolve(document) : node;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(container)) {
                const pair = container.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(part));
                if (!pair)
                    break;
                key = pair.key;
                node = pair.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(container) && typeof part === "number" && container.items[part] !== undefined) {
                key = undefined;
                node = container.items[part];
            }
            else
                break;
            depth++;
        }
        return { node, key, depth };
    };
    /**
     * A written scalar value points at itself (the column of `abc` in `seed: abc`); anything else at
     * the key that holds it, so a mapping with a problem inside points at its own key's line.
     */
    const position = (path, prefer) => {
        const { node, key, depth } = walk(path);
        const range = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) ? node.range : undefined;
        const written = range ? range[1] > range[0] : false;
        if (depth === path.length && prefer === "value" && written)
            return at(node);
        return at(key) ?? at(node) ?? at(document.contents);
    };
    return { position };
}
const definitionOf = (schema) => schema._zod.def;
const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "nonoptional", "readonly", "catch"]);
function unwrap(schema) {
    let current = schema;
    for (;;) {
        const definition = definitionOf(current);
        const inner = WRAPPERS.has(definition.type)
            ? definition.innerType
            : definition.type === "pipe"
                ? definition.in
                : undefined;
        if (!inner)
            return current;
        current = inner;
    }
}
function childSchema(schema, part) {
    const definition = definitionOf(unwrap(schema));
    switch (definition.type) {
        case "object":
            return definition.shape?.[String(part)];
        case "record":
            return definition.valueType;
        case "array":
            return definition.element;
        case "union":
            for (const option of definition.options ?? []) {
                const child = childSchema(option, part);
                if (child)
                    return child;
            }
            return undefined;
        default:
            return undefined;
    }
}
function schemaAt(path) {
    let current = _trainyard_config_js__WEBPACK_IMPORTED_MODULE_4__/* .trainyardConfigSchema */ .gt;
    for (const part of path) {
        if (!current)
            return undefined;
        current = childSchema(current, part);
    }
    return current && unwrap(current);
}
/** The keys a mapping at this schema accepts: an object's fields, or an enum-keyed record's keys. */
function knownKeys(schema) {
    if (!schema)
        return [];
    const definition = definitionOf(unwrap(schema));
    if (definition.type === "object")
        return Object.keys(definition.shape ?? {});
    if (definition.type === "record" && definition.keyType) {
        const keys = definitionOf(unwrap(definition.keyType));
        return keys.type === "enum" ? Object.values(keys.entries ?? {}).map(String) : [];
    }
    if (definition.type === "union")
        return [...new Set((definition.options ?? []).flatMap(knownKeys))];
    return [];
}
const show = (value) => (typeof value === "string" ? JSON.stringify(value) : String(value));
const oneOf = (values) => values.length === 1 ? show(values[0]) : `one of ${values.map(show).join(", ")}`;
function isInteger(definition) {
    const integerFormat = (format) => format !== undefined && /int/.test(format);
    return (integerFormat(definition.format) ||
        (definition.checks ?? []).some((check) => integerFormat(definitionOf(check).format)));
}
/** What a schema accepts, in words: "an integer", "true or false", `one of "csv", "parquet"`. */
function describeSchema(schema) {
    if (!schema)
        return undefined;
    const definition = definitionOf(unwrap(schema));
    switch (definition.type) {
        case "string":
            return "a string";
        case "number":
            return isInteger(definition) ? "an integer" : "a number";
        case "boolean":
            return "true or false";
        case "enum":
            return oneOf(Object.values(definition.entries ?? {}));
        case "literal":
            return oneOf(definition.values ?? []);
        case "array":
            return "a list";
        case "object":
        case "record":
            return "a mapping";
        case "union": {
            const options = (definition.options ?? []).map(describeSchema);
            return options.includes(undefined) ? undefined : [...new Set(options)].join(" or ");
        }
        default:
            return undefined;
    }
}
function describeValue(value) {
    if (value === undefined)
        return "nothing";
    if (value === null)
        return "an empty value";
    if (Array.isArray(value))
        return value.length === 0 ? "an empty list" : "a list";
    if (typeof value === "object")
        return Object.keys(value).length === 0 ? "an empty mapping" : "a mapping";
    if (typeof value === "string")
        return `${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)} (string)`;
    return `${String(value)} (${typeof value})`;
}
function valueAt(data, path) {
    let current = data;
    for (const part of path) {
        if (current === null || typeof current !== "object")
            return undefined;
        current = current[part];
    }
    return current;
}
function sizeBound(issue, path) {
    const small = issue.code === "too_small";
    const limit = Number(small ? issue.minimum : issue.maximum);
    if (issue.origin === "string")
        return small && limit === 1
            ? "a non-empty string"
            : `a string of ${small ? "at least" : "at most"} ${limit} characters`;
    if (issue.origin === "array")
        return `a list of ${small ? "at least" : "at most"} ${limit} item${limit === 1 ? "" : "s"}`;
    const base = describeSchema(schemaAt(path)) ?? "a number";
    const operator = small ? (issue.inclusive === false ? ">" : "≥") : issue.inclusive === false ? "<" : "≤";
    return `${base} ${operator} ${limit}`;
}
/** What an issue says was expected, in words; undefined when its message says it all. */
function expectedOf(issue, path) {
    switch (issue.code) {
        case "invalid_type":
            return describeSchema(schemaAt(path)) ?? `a ${issue.expected}`;
        case "invalid_value":
            return oneOf(issue.values);
        case "too_small":
        case "too_big":
            return sizeBound(issue, path);
        case "invalid_format":
            // The schema gives every pattern a message that describes what it accepts.
            return issue.message;
        case "invalid_union":
            return describeSchema(schemaAt(path));
        case "custom":
            return issue.params?.expected;
        default:
            return undefined;
    }
}
function unknownKeyIssues(parent, keys, locate) {
    const known = knownKeys(schemaAt(parent));
    return keys.map((key) => {
        const suggestion = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .nearestKey */ .q)(key, known);
        const position = locate([...parent, key], "key");
        return {
            path: [...parent, key],
            ...(position ? { line: position.line, column: position.column } : {}),
            message: suggestion
                ? `unknown key; did you mean "${suggestion}"?`
                : known.length > 0
                    ? `unknown key; expected one of ${known.join(", ")}`
                    : "unknown key",
            ...(suggestion ? { suggestion } : {}),
        };
    });
}
function valueIssue(issue, path, data, locate) {
    const value = valueAt(data, path);
    const expected = expectedOf(issue, path);
    const found = describeValue(value);
    const missing = value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value");
    const candidates = issue.code === "invalid_value" ? issue.values.filter((v) => typeof v === "string") : [];
    const suggestion = typeof value === "string" ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .nearestKey */ .q)(value, candidates) : undefined;
    let message;
    if (missing)
        message = `missing required key; expected ${expected}`;
    else if (issue.code === "custom" && !expected)
        message = issue.message;
    else if (expected)
        message = `expected ${expected}, found ${found}`;
    else
        message = `${issue.message}; found ${found}`;
    if (suggestion)
        message += `; did you mean "${suggestion}"?`;
    const position = locate(path, "value");
    return {
        path: [...path],
        ...(position ? { line: position.line, column: position.column } : {}),
        message,
        ...(expected ? { expected } : {}),
        ...(value !== undefined ? { found } : {}),
        ...(suggestion ? { suggestion } : {}),
    };
}
function toConfigIssues(issues, prefix, data, locate) {
    const result = [];
    for (const issue of issues) {
        const path = [...prefix, ...issue.path.filter((part) => typeof part !== "symbol")];
        if (issue.code === "unrecognized_keys") {
            result.push(...unknownKeyIssues(path, issue.keys, locate));
            continue;
        }
        if (issue.code === "invalid_union") {
            // The branch whose type matches the value explains the problem better than "a string or a mapping".
            const plausible = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"));
            const [branch] = plausible;
            if (plausible.length === 1 && branch) {
                result.push(...toConfigIssues(branch, path, data, locate));
                continue;
            }
        }
        result.push(valueIssue(issue, path, data, locate));
    }
    return result;
}
/** File-level problems first, then top to bottom, each problem once. */
function ordered(issues) {
    const seen = new Set();
    return issues
        .filter((issue) => {
        const key = `${issue.path.join("\u0000")}\u0001${issue.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
/** Parses and validates trainyard.yml text; throws a ConfigError naming every problem with its position. */
function parseConfig(text, path) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, {
        lineCounter: counter,
        prettyErrors: false,
        uniqueKeys: true,
        merge: true,
    });
    if (document.errors.length > 0) {
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(path, document.errors.map((error) => {
            const { line, col } = counter.linePos(error.pos[0]);
            return { path: [], line, column: col, message: `not valid YAML: ${error.message.split("\n")[0]}` };
        }));
    }
    const data = document.toJS();
    if (data === null || data === undefined) {
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(path, [
            {
                path: [],
                message: "the file is empty; give at least `model: <registered model name>`, or `data:` and `validate:` for the data steps alone",
            },
        ]);
    }
    const { position } = yamlLocator(document, counter);
    const result = _trainyard_config_js__WEBPACK_IMPORTED_MODULE_4__/* .trainyardConfigSchema */ .gt.safeParse(data);
    if (!result.success)
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(path, ordered(toConfigIssues(result.error.issues, [], data, position)));
    return {
        config: result.data,
        path,
        lineOf: (target) => position(target, "key")?.line,
        hash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex"),
    };
}
/** Reads and validates a trainyard.yml; a missing or unreadable file is a ConfigError too. */
async function loadConfig(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        const reason = code === "ENOENT"
            ? "no such file; create trainyard.yml (at least `model: <name>`) or give its path (the config input, --config)"
            : code === "EISDIR"
                ? "is a directory, not a file"
                : `cannot be read (${code ?? error.message})`;
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(path, [{ path: [], message: reason }]);
    }
    return parseConfig(text, path);
}
const SECTION_HINTS = {
    data: "add `data: { source: <path, glob, s3:// or https:// URL> }`",
    validate: "add rules under `validate:`, or run `trainyard validate --infer` for a starting set",
    train: "add `train: { command: <your training command> }`",
    evaluate: "add `evaluate: { predict_command: <your prediction command> }`",
    gate: "add `gate:` with a `primary:` rule or `thresholds:`",
};
/** The section a step needs, or a ConfigError that names it and shows how to add it. */
function requireSection(loaded, section) {
    const value = loaded.config[section];
    if (value === undefined)
        throw new ConfigError(loaded.path, [
            { path: [section], message: `missing section; ${SECTION_HINTS[section]}` },
        ]);
    return value;
}


/***/ })

};
