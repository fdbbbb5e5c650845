import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "yaml";
import { UserError } from "../../errors/user-error.js";

export type Params = Record<string, unknown>;

function isPlainObject(value: unknown): value is Params {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `over` merged into `base`, objects recursively; arrays and scalars replace. */
export function mergeParams(base: Params, over: Params): Params {
  const merged: Params = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(value) ? mergeParams(current, value) : value;
  }
  return merged;
}

function parseParamsText(text: string, source: string): Params {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new UserError(`params from ${source} are not valid YAML or JSON: ${(error as Error).message}`);
  }
  if (value === null || value === undefined) return {};
  if (!isPlainObject(value))
    throw new UserError(
      `params from ${source} must be a mapping of names to values, found ${JSON.stringify(value)}`,
    );
  return value;
}

/**
 * The `params` input: inline YAML/JSON (`{lr: 0.1}`, `lr: 0.1`) or the path of a YAML/JSON file. A value that
 * names an existing file is read as that file; anything else is parsed as inline text.
 */
export async function readParamsInput(input: string, cwd: string): Promise<Params> {
  const trimmed = input.trim();
  if (!/[\n:{[]/.test(trimmed)) {
    const path = resolve(cwd, trimmed);
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT")
        throw new UserError(`params "${trimmed}" is neither a file (${path} does not exist) nor inline YAML`);
      throw error;
    });
    return parseParamsText(text, path);
  }
  return parseParamsText(trimmed, "the params input");
}

/** The resolved params: trainyard.yml's train.params, then train.params_file, then the input, each overriding. */
export async function resolveParams(options: {
  configParams?: Params;
  paramsFile?: string;
  input?: string;
  cwd: string;
}): Promise<Params> {
  let params: Params = options.configParams ?? {};
  if (options.paramsFile) {
    const path = resolve(options.cwd, options.paramsFile);
    params = mergeParams(params, parseParamsText(await readFile(path, "utf8"), path));
  }
  if (options.input) params = mergeParams(params, await readParamsInput(options.input, options.cwd));
  return params;
}

/** Nested params as MLflow keys: `{model: {depth: 3}}` → `model.depth = "3"`; arrays as JSON. */
export function flattenParams(params: Params, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    const name = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0)
      Object.assign(flat, flattenParams(value, name));
    else flat[name] = typeof value === "string" ? value : JSON.stringify(value ?? null);
  }
  return flat;
}

/** JSON with keys sorted at every level: the same params always hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isPlainObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}
