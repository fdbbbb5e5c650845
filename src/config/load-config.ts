import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { ConfigError, type ConfigIssue } from "./config-error.js";
import { nearestKey } from "./suggest.js";
import { type SectionName, type TrainyardConfig, trainyardConfigSchema } from "./trainyard-config.js";

export interface LoadedConfig {
  config: TrainyardConfig;
  /** The file as given to the loader, for messages and annotations. */
  path: string;
  /**
   * The 1-based line of the YAML node at `path`, e.g. ["validate", "columns", "age", "min"]: the key's
   * line for a mapping entry; the nearest existing parent's line when the path is not in the file
   * (a value that only a default supplied).
   */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** SHA-256 of the file's text, recorded in the lineage. */
  hash: string;
}

type Path = readonly (string | number)[];
type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

interface Position {
  line: number;
  column: number;
}

function yamlLocator(document: Document, counter: LineCounter) {
  const at = (node: Node | null | undefined): Position | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };

  /** Follows `path` as deep as the document goes: the node reached, the key holding it, and how deep. */
  const walk = (path: Path) => {
    let node: Node | null | undefined = document.contents;
    let key: Node | undefined;
    let depth = 0;
    for (const part of path) {
      const container: unknown = isAlias(node) ? node.resolve(document) : node;
      if (isMap(container)) {
        const pair = container.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(part),
        );
        if (!pair) break;
        key = pair.key as Node;
        node = pair.value as Node | null;
      } else if (isSeq(container) && typeof part === "number" && container.items[part] !== undefined) {
        key = undefined;
        node = container.items[part] as Node | null;
      } else break;
      depth++;
    }
    return { node, key, depth };
  };

  /**
   * A written scalar value points at itself (the column of `abc` in `seed: abc`); anything else at
   * the key that holds it, so a mapping with a problem inside points at its own key's line.
   */
  const position = (path: Path, prefer: "key" | "value"): Position | undefined => {
    const { node, key, depth } = walk(path);
    const range = isScalar(node) ? node.range : undefined;
    const written = range ? range[1] > range[0] : false;
    if (depth === path.length && prefer === "value" && written) return at(node);
    return at(key) ?? at(node) ?? at(document.contents);
  };

  return { position };
}

// Zod 4 keeps each schema's definition on `_zod.def`; only the fields used here are typed.
interface Definition {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  keyType?: Schema;
  valueType?: Schema;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  checks?: Schema[];
}

const definitionOf = (schema: Schema) => schema._zod.def as unknown as Definition;

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "nonoptional", "readonly", "catch"]);

function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const definition = definitionOf(current);
    const inner = WRAPPERS.has(definition.type)
      ? definition.innerType
      : definition.type === "pipe"
        ? definition.in
        : undefined;
    if (!inner) return current;
    current = inner;
  }
}

function childSchema(schema: Schema, part: string | number): Schema | undefined {
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
        if (child) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

function schemaAt(path: Path): Schema | undefined {
  let current: Schema | undefined = trainyardConfigSchema;
  for (const part of path) {
    if (!current) return undefined;
    current = childSchema(current, part);
  }
  return current && unwrap(current);
}

/** The keys a mapping at this schema accepts: an object's fields, or an enum-keyed record's keys. */
function knownKeys(schema: Schema | undefined): string[] {
  if (!schema) return [];
  const definition = definitionOf(unwrap(schema));
  if (definition.type === "object") return Object.keys(definition.shape ?? {});
  if (definition.type === "record" && definition.keyType) {
    const keys = definitionOf(unwrap(definition.keyType));
    return keys.type === "enum" ? Object.values(keys.entries ?? {}).map(String) : [];
  }
  if (definition.type === "union") return [...new Set((definition.options ?? []).flatMap(knownKeys))];
  return [];
}

const show = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));
const oneOf = (values: readonly unknown[]) =>
  values.length === 1 ? show(values[0]) : `one of ${values.map(show).join(", ")}`;

function isInteger(definition: Definition): boolean {
  const integerFormat = (format: string | undefined) => format !== undefined && /int/.test(format);
  return (
    integerFormat(definition.format) ||
    (definition.checks ?? []).some((check) => integerFormat(definitionOf(check).format))
  );
}

/** What a schema accepts, in words: "an integer", "true or false", `one of "csv", "parquet"`. */
function describeSchema(schema: Schema | undefined): string | undefined {
  if (!schema) return undefined;
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

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return Object.keys(value).length === 0 ? "an empty mapping" : "a mapping";
  if (typeof value === "string")
    return `${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)} (string)`;
  return `${String(value)} (${typeof value})`;
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function sizeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: Path): string {
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
function expectedOf(issue: Issue, path: Path): string | undefined {
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
      return (issue.params as { expected?: string } | undefined)?.expected;
    default:
      return undefined;
  }
}

type Locate = (path: Path, prefer: "key" | "value") => Position | undefined;

function unknownKeyIssues(parent: Path, keys: readonly string[], locate: Locate): ConfigIssue[] {
  const known = knownKeys(schemaAt(parent));
  return keys.map((key) => {
    const suggestion = nearestKey(key, known);
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

function valueIssue(issue: Issue, path: Path, data: unknown, locate: Locate): ConfigIssue {
  const value = valueAt(data, path);
  const expected = expectedOf(issue, path);
  const found = describeValue(value);
  const missing = value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value");
  const candidates = issue.code === "invalid_value" ? issue.values.filter((v) => typeof v === "string") : [];
  const suggestion = typeof value === "string" ? nearestKey(value, candidates) : undefined;
  let message: string;
  if (missing) message = `missing required key; expected ${expected}`;
  else if (issue.code === "custom" && !expected) message = issue.message;
  else if (expected) message = `expected ${expected}, found ${found}`;
  else message = `${issue.message}; found ${found}`;
  if (suggestion) message += `; did you mean "${suggestion}"?`;
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

function toConfigIssues(
  issues: readonly Issue[],
  prefix: Path,
  data: unknown,
  locate: Locate,
): ConfigIssue[] {
  const result: ConfigIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((part) => typeof part !== "symbol")];
    if (issue.code === "unrecognized_keys") {
      result.push(...unknownKeyIssues(path, issue.keys, locate));
      continue;
    }
    if (issue.code === "invalid_union") {
      // The branch whose type matches the value explains the problem better than "a string or a mapping".
      const plausible = issue.errors.filter(
        (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"),
      );
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
function ordered(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  return issues
    .filter((issue) => {
      const key = `${issue.path.join("\u0000")}\u0001${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Parses and validates trainyard.yml text; throws a ConfigError naming every problem with its position. */
export function parseConfig(text: string, path: string): LoadedConfig {
  const counter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  if (document.errors.length > 0) {
    throw new ConfigError(
      path,
      document.errors.map((error) => {
        const { line, col } = counter.linePos(error.pos[0]);
        return { path: [], line, column: col, message: `not valid YAML: ${error.message.split("\n")[0]}` };
      }),
    );
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) {
    throw new ConfigError(path, [
      {
        path: [],
        message:
          "the file is empty; give at least `model: <registered model name>`, or `data:` and `validate:` for the data steps alone",
      },
    ]);
  }
  const { position } = yamlLocator(document, counter);
  const result = trainyardConfigSchema.safeParse(data);
  if (!result.success)
    throw new ConfigError(path, ordered(toConfigIssues(result.error.issues, [], data, position)));
  return {
    config: result.data,
    path,
    lineOf: (target) => position(target, "key")?.line,
    hash: createHash("sha256").update(text).digest("hex"),
  };
}

/** Reads and validates a trainyard.yml; a missing or unreadable file is a ConfigError too. */
export async function loadConfig(path: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file; create trainyard.yml (at least `model: <name>`) or give its path (the config input, --config)"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : `cannot be read (${code ?? (error as Error).message})`;
    throw new ConfigError(path, [{ path: [], message: reason }]);
  }
  return parseConfig(text, path);
}

const SECTION_HINTS: Record<SectionName, string> = {
  data: "add `data: { source: <path, glob, s3:// or https:// URL> }`",
  validate: "add rules under `validate:`, or run `trainyard validate --infer` for a starting set",
  train: "add `train: { command: <your training command> }`",
  evaluate: "add `evaluate: { predict_command: <your prediction command> }`",
  gate: "add `gate:` with a `primary:` rule or `thresholds:`",
};

/** The section a step needs, or a ConfigError that names it and shows how to add it. */
export function requireSection<K extends SectionName>(
  loaded: LoadedConfig,
  section: K,
): NonNullable<TrainyardConfig[K]> {
  const value = loaded.config[section];
  if (value === undefined)
    throw new ConfigError(loaded.path, [
      { path: [section], message: `missing section; ${SECTION_HINTS[section]}` },
    ]);
  return value as NonNullable<TrainyardConfig[K]>;
}
