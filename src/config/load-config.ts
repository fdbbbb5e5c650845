import { readFile } from "node:fs/promises";
import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { ConfigError, type ConfigIssue } from "./config-error.js";
import { nearestKey } from "./suggest.js";
import { type TrainyardConfig, trainyardConfigSchema } from "./trainyard-config.js";

export interface LoadedConfig {
  config: TrainyardConfig;
  /** Absolute or as-given path of the file, for annotations. */
  path: string;
  /** The 1-based line of the YAML node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

type Path = readonly (string | number)[];

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}" (string)`;
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

/** Unwraps optional, default, pipe and effect wrappers to the schema that has a shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    const def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    const inner = (def.innerType ?? def.in) as z.ZodType | undefined;
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** The keys the schema knows at `path`, for "did you mean". */
function knownKeysAt(schema: z.ZodType, path: Path): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const part of path) {
    if (!current) return [];
    const def: Record<string, unknown> = (current as unknown as { _zod: { def: Record<string, unknown> } })
      ._zod.def;
    if (def.type === "object") current = (def.shape as Record<string, z.ZodType>)[String(part)];
    else if (def.type === "record") current = def.valueType as z.ZodType;
    else if (def.type === "array") current = def.element as z.ZodType;
    else if (def.type === "union") {
      const options = def.options as z.ZodType[];
      current = options
        .map(unwrap)
        .find(
          (option) => (option as unknown as { _zod: { def: { type: string } } })._zod.def.type === "object",
        );
      if (current)
        current = (current as unknown as { _zod: { def: { shape: Record<string, z.ZodType> } } })._zod.def
          .shape[String(part)];
    } else return [];
    if (current) current = unwrap(current);
  }
  if (!current) return [];
  let def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === "union") {
    const object = (def.options as z.ZodType[])
      .map(unwrap)
      .find(
        (option) => (option as unknown as { _zod: { def: { type: string } } })._zod.def.type === "object",
      );
    if (!object) return [];
    def = (object as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  }
  return def.type === "object" ? Object.keys(def.shape as Record<string, unknown>) : [];
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int"
        ? "an integer"
        : `${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
    case "invalid_value":
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_small":
      return `${issue.origin === "array" || issue.origin === "string" ? "length " : ""}${issue.inclusive === false ? ">" : "≥"} ${String(issue.minimum)}`;
    case "too_big":
      return `${issue.origin === "array" || issue.origin === "string" ? "length " : ""}${issue.inclusive === false ? "<" : "≤"} ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}

function positionFinder(document: Document, counter: LineCounter) {
  const position = (node: Node | undefined | null) => {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : counter.linePos(offset);
  };
  const nodeAt = (path: Path): Node | undefined => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true) as Node | undefined;
      if (node && typeof node === "object" && "range" in node) return node;
    }
    return document.contents ?? undefined;
  };
  const keyPosition = (parent: Path, key: string) => {
    const map = document.getIn(parent, true) ?? (parent.length === 0 ? document.contents : undefined);
    if (isMap(map)) {
      const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (pair && isScalar(pair.key)) return position(pair.key);
    }
    return position(nodeAt(parent));
  };
  return { position, nodeAt, keyPosition };
}

/** Parses and validates trainyard.yml text; throws ConfigError naming every problem with its line. */
export function parseConfig(text: string, path: string): LoadedConfig {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ConfigError(
      path,
      document.errors.map((error) => {
        const pos = counter.linePos(error.pos[0]);
        return {
          path: [],
          line: pos.line,
          column: pos.col,
          message: `not valid YAML: ${error.message.split("\n")[0]}`,
        };
      }),
    );
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) {
    throw new ConfigError(path, [
      { path: [], message: "the file is empty; it needs at least `version: 1` and `model: <name>`" },
    ]);
  }
  const { position, nodeAt, keyPosition } = positionFinder(document, counter);
  const result = trainyardConfigSchema.safeParse(data);
  if (!result.success) {
    const issues: ConfigIssue[] = [];
    for (const issue of result.error.issues) {
      const issuePath = issue.path.filter((part): part is string | number => typeof part !== "symbol");
      if (issue.code === "unrecognized_keys") {
        const known = knownKeysAt(trainyardConfigSchema, issuePath);
        for (const key of issue.keys) {
          const suggestion = nearestKey(key, known);
          const pos = keyPosition(issuePath, key);
          issues.push({
            path: [...issuePath, key],
            ...(pos ? { line: pos.line, column: pos.col } : {}),
            message: suggestion
              ? `unknown key; did you mean "${suggestion}"?`
              : `unknown key; known keys here: ${known.join(", ")}`,
            ...(suggestion ? { suggestion } : {}),
          });
        }
        continue;
      }
      const found = valueAt(data, issuePath);
      const expected = expectedOf(issue);
      const pos = position(nodeAt(issuePath));
      const missing = found === undefined && issue.code === "invalid_type";
      issues.push({
        path: issuePath,
        ...(pos ? { line: pos.line, column: pos.col } : {}),
        message: missing
          ? `required, expected ${expected}`
          : expected
            ? `expected ${expected}, found ${describe(found)}`
            : `${issue.message}, found ${describe(found)}`,
        ...(expected ? { expected } : {}),
        found: describe(found),
      });
    }
    throw new ConfigError(path, issues);
  }
  return {
    config: result.data,
    path,
    lineOf: (target) => position(nodeAt(target))?.line,
  };
}

export async function loadConfig(path: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(path, [
      {
        path: [],
        message:
          code === "ENOENT"
            ? "no such file; create trainyard.yml or pass --config <path>"
            : `cannot be read (${code ?? (error as Error).message})`,
      },
    ]);
  }
  return parseConfig(text, path);
}
