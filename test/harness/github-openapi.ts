import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsImport from "ajv-formats";

/**
 * GitHub's published OpenAPI description (npm `@octokit/openapi`, `generated/api.github.com.json`), loaded
 * once per process, with validators compiled lazily for the operations a test actually calls.
 */

const require = createRequire(import.meta.url);
export const DESCRIPTION_FILE = require.resolve("@octokit/openapi/generated/api.github.com.json");

// ajv-formats is CommonJS: at runtime the default import is the plugin function itself.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonObject;
}

interface MediaTypes {
  content?: Record<string, { schema?: JsonObject }>;
}

interface OperationObject {
  operationId?: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: (MediaTypes & { required?: boolean }) | { $ref: string };
  responses?: Record<string, MediaTypes | { $ref: string }>;
}

interface Description {
  info: { version: string };
  paths: Record<
    string,
    Record<string, OperationObject> & { parameters?: Array<Parameter | { $ref: string }> }
  >;
  components: Record<string, Record<string, Json>>;
}

const METHODS = new Set(["get", "put", "post", "patch", "delete", "head", "options"]);

/** What a request resolved to: the described operation and the path parameters taken from the URL. */
export interface MatchedOperation {
  operation: DescribedOperation;
  pathParams: Record<string, string>;
}

export type RouteMatch =
  | { kind: "matched"; match: MatchedOperation }
  | { kind: "no-path" }
  | { kind: "no-method"; template: string; methods: string[] };

interface Route {
  template: string;
  segments: string[];
  /** One flag per segment, true where the segment is literal: literal segments win over templated ones. */
  literal: boolean[];
}

export class GitHubDescription {
  readonly version: string;
  private readonly routes: Route[];
  private readonly operations = new Map<string, DescribedOperation>();
  private readonly compiler: SchemaCompiler;
  private readonly paramCompiler: SchemaCompiler;

  constructor(private readonly description: Description) {
    this.version = description.info.version;
    this.routes = Object.keys(description.paths).map((template) => {
      const segments = template.split("/").slice(1);
      return { template, segments, literal: segments.map((s) => !/^\{[^}]+\}$/.test(s)) };
    });
    this.compiler = new SchemaCompiler(description.components.schemas ?? {}, false);
    // Path and query values arrive as strings; the described types are integers, booleans and so on.
    this.paramCompiler = new SchemaCompiler(description.components.schemas ?? {}, true);
  }

  match(method: string, pathname: string): RouteMatch {
    const segments = pathname.split("/").slice(1);
    if (pathname !== "/" && segments.some((s) => s.length === 0)) return { kind: "no-path" };
    const lower = method.toLowerCase();
    const hasMethod = (route: Route) =>
      METHODS.has(lower) && this.description.paths[route.template]?.[lower] !== undefined;
    let best: Route | undefined;
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      if (!route.segments.every((s, i) => !route.literal[i] || s === segments[i])) continue;
      // Two templates can share a shape (`{subject_digest}` for GET, `{attestation_id}` for DELETE).
      if (!best) {
        best = route;
      } else if (hasMethod(route) !== hasMethod(best)) {
        if (hasMethod(route)) best = route;
      } else if (moreSpecific(route, best)) {
        best = route;
      }
    }
    if (!best) return { kind: "no-path" };
    if (!hasMethod(best)) {
      const pathItem = this.description.paths[best.template] ?? {};
      return {
        kind: "no-method",
        template: best.template,
        methods: Object.keys(pathItem).filter((m) => METHODS.has(m)),
      };
    }
    const route = best;
    const pathParams: Record<string, string> = {};
    route.segments.forEach((segment, i) => {
      if (!route.literal[i]) pathParams[segment.slice(1, -1)] = decodeURIComponent(segments[i] ?? "");
    });
    return { kind: "matched", match: { operation: this.operation(lower, route.template), pathParams } };
  }

  private operation(method: string, template: string): DescribedOperation {
    const key = `${method} ${template}`;
    let operation = this.operations.get(key);
    if (!operation) {
      operation = new DescribedOperation(this, method, template);
      this.operations.set(key, operation);
    }
    return operation;
  }

  /** @internal */
  rawOperation(method: string, template: string) {
    const pathItem = this.description.paths[template];
    const operation = pathItem?.[method];
    if (!pathItem || !operation) throw new Error(`no ${method} ${template} in the description`);
    return { operation, shared: pathItem.parameters ?? [] };
  }

  /** @internal Resolves an OpenAPI `$ref` to components (parameters, responses, request bodies). */
  resolve<T>(value: T | { $ref: string }): T {
    let current: unknown = value;
    for (let depth = 0; depth < 10; depth++) {
      if (!current || typeof current !== "object" || !("$ref" in current)) return current as T;
      const ref = String((current as { $ref: string }).$ref);
      const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
      if (!section || !name) throw new Error(`unsupported $ref ${ref}`);
      current = this.description.components[section]?.[unescapePointer(name)];
      if (current === undefined) throw new Error(`dangling $ref ${ref}`);
    }
    throw new Error("$ref chain too deep");
  }

  /** @internal */
  compile(schema: JsonObject, coerce: boolean): ValidateFunction {
    return (coerce ? this.paramCompiler : this.compiler).compile(schema);
  }
}

function moreSpecific(a: Route, b: Route): boolean {
  for (let i = 0; i < a.literal.length; i++) {
    if (a.literal[i] !== b.literal[i]) return a.literal[i] === true;
  }
  return false;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** One method on one path of the description, with its validators compiled on first use. */
export class DescribedOperation {
  readonly operationId: string;
  private paramValidators?: { path: ValidateFunction; query: ValidateFunction };
  private bodyValidator?: { required: boolean; validate: ValidateFunction | undefined; described: boolean };
  private readonly responseValidators = new Map<string, ValidateFunction | null>();

  constructor(
    private readonly description: GitHubDescription,
    readonly method: string,
    readonly template: string,
  ) {
    this.operationId =
      description.rawOperation(method, template).operation.operationId ?? `${method} ${template}`;
  }

  /**
   * Checks path and query parameters; returns what failed (empty when they match) and the values converted
   * to their described types.
   */
  checkParameters(
    pathParams: Record<string, string>,
    query: URLSearchParams,
  ): { problems: string[]; path: Record<string, unknown>; query: Record<string, unknown> } {
    const validators = this.parameterValidators();
    const problems: string[] = [];
    const path: Record<string, unknown> = { ...pathParams };
    if (!validators.path(path)) problems.push(...describeErrors("path", validators.path.errors));
    const queryObject: Record<string, unknown> = {};
    for (const name of new Set(query.keys())) {
      const values = query.getAll(name);
      queryObject[name] = values.length === 1 ? values[0] : values;
    }
    if (!validators.query(queryObject)) problems.push(...describeErrors("query", validators.query.errors));
    return { problems, path, query: queryObject };
  }

  /** Checks a request body (undefined when none was sent) against the described JSON request body. */
  checkRequestBody(body: unknown, contentType: string | undefined): string[] {
    const { required, validate, described } = this.requestBodyValidator();
    if (body === undefined) return required ? ["request body is required but none was sent"] : [];
    if (!described) return ["a request body was sent but the operation describes none"];
    if (!contentType?.toLowerCase().startsWith("application/json")) {
      return [`request content-type must be application/json, got ${contentType ?? "none"}`];
    }
    if (validate && !validate(body)) return describeErrors("body", validate.errors);
    return [];
  }

  /**
   * Checks a response body against the described response for its status. Error statuses GitHub sends on
   * every endpoint without describing them each time (a 404 on a deleted comment, a 403 or 429 for a rate
   * limit) are checked against the description's `basic-error` schema instead.
   */
  checkResponse(status: number, body: unknown): string[] {
    const key = String(status);
    const { operation } = this.description.rawOperation(this.method, this.template);
    const described = operation.responses?.[key] ?? operation.responses?.default;
    if (!described) {
      if (status < 400) return [`status ${status} is not described for ${this.operationId}`];
      return this.validateWith(`basic-error ${key}`, { $ref: "#/components/schemas/basic-error" }, body);
    }
    const response = this.description.resolve(described);
    const schema = response.content?.["application/json"]?.schema;
    if (!response.content) {
      return body === undefined
        ? []
        : [`status ${status} of ${this.operationId} describes no body, one was sent`];
    }
    if (body === undefined)
      return [`status ${status} of ${this.operationId} describes a body, none was sent`];
    if (!schema) return [`status ${status} of ${this.operationId} describes no JSON body`];
    return this.validateWith(key, schema, body);
  }

  private validateWith(key: string, schema: JsonObject, body: unknown): string[] {
    let validate = this.responseValidators.get(key);
    if (validate === undefined) {
      validate = this.description.compile(schema, false);
      this.responseValidators.set(key, validate);
    }
    if (validate && !validate(body)) return describeErrors("response", validate.errors);
    return [];
  }

  private parameterValidators() {
    if (this.paramValidators) return this.paramValidators;
    const { operation, shared } = this.description.rawOperation(this.method, this.template);
    const parameters = [...shared, ...(operation.parameters ?? [])].map((p) => this.description.resolve(p));
    const objectSchema = (location: "path" | "query"): JsonObject => {
      const properties: JsonObject = {};
      const required: string[] = [];
      for (const parameter of parameters.filter((p) => p.in === location)) {
        properties[parameter.name] = parameter.schema ?? {};
        if (parameter.required || location === "path") required.push(parameter.name);
      }
      // Unknown query parameters are reported: GitHub ignores them, so a typo there would go unnoticed.
      return { type: "object", properties, required, additionalProperties: false };
    };
    this.paramValidators = {
      path: this.description.compile(objectSchema("path"), true),
      query: this.description.compile(objectSchema("query"), true),
    };
    return this.paramValidators;
  }

  private requestBodyValidator() {
    if (this.bodyValidator) return this.bodyValidator;
    const { operation } = this.description.rawOperation(this.method, this.template);
    if (!operation.requestBody) {
      this.bodyValidator = { required: false, validate: undefined, described: false };
      return this.bodyValidator;
    }
    const requestBody = this.description.resolve(operation.requestBody);
    const schema = requestBody.content?.["application/json"]?.schema;
    this.bodyValidator = {
      required: requestBody.required === true,
      validate: schema ? this.description.compile(schema, false) : undefined,
      described: true,
    };
    return this.bodyValidator;
  }
}

function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 20).map((error) => {
    const extra =
      error.keyword === "additionalProperties"
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : error.keyword === "enum"
          ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : "";
    return `${where}${error.instancePath || ""} ${error.message ?? error.keyword}${extra}`;
  });
}

const SCHEMA_BASE = "https://trainyard.test/github-openapi/schemas/";

/**
 * Compiles OpenAPI 3.0 schemas with ajv. Component schemas are converted to JSON Schema (OpenAPI's
 * `nullable` becomes a `null` type) and registered only when a compiled schema reaches them.
 */
class SchemaCompiler {
  private readonly ajv: Ajv;
  private readonly registered = new Set<string>();

  constructor(
    private readonly components: Record<string, Json>,
    coerceTypes: boolean,
  ) {
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      coerceTypes: coerceTypes ? "array" : false,
      validateSchema: false,
    });
    addFormats(this.ajv);
    // GitHub's own formats: `owner/name` of a repository, and Unix seconds.
    this.ajv.addFormat("repo.nwo", /^[^/\s]+\/[^/\s]+$/);
    this.ajv.addFormat("timestamp", { type: "number", validate: (n: number) => Number.isInteger(n) });
  }

  compile(schema: JsonObject): ValidateFunction {
    return this.ajv.compile(this.convert(schema) as JsonObject);
  }

  /** Registers a component schema (and, through conversion, every schema it reaches); returns its $id. */
  private register(name: string): string {
    const id = SCHEMA_BASE + encodeURIComponent(name);
    if (this.registered.has(name)) return id;
    this.registered.add(name);
    const schema = this.components[name];
    if (schema === undefined) throw new Error(`the description has no schema ${name}`);
    this.ajv.addSchema({ ...(this.convert(schema) as JsonObject), $id: id });
    return id;
  }

  private convert(node: Json): Json {
    if (Array.isArray(node)) return node.map((item) => this.convert(item));
    if (node === null || typeof node !== "object") return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const name = /^#\/components\/schemas\/(.+)$/.exec(value)?.[1];
        if (!name) throw new Error(`unsupported schema $ref ${value}`);
        out.$ref = this.register(unescapePointer(name));
      } else if (key === "nullable" || key === "example" || key === "examples" || key === "discriminator") {
        // converted below, or documentation only
      } else if (key === "properties" && value && typeof value === "object" && !Array.isArray(value)) {
        out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.convert(v)]));
      } else {
        out[key] = this.convert(value);
      }
    }
    if (node.nullable !== true) return out;
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: "null" }] };
  }
}

let loading: Promise<{ description: GitHubDescription; loadMs: number }> | undefined;

/** Reads and parses the description once per process; later calls share the result. */
export function loadGitHubDescription(): Promise<{ description: GitHubDescription; loadMs: number }> {
  loading ??= (async () => {
    const started = performance.now();
    const text = await readFile(DESCRIPTION_FILE, "utf8");
    const description = new GitHubDescription(JSON.parse(text) as Description);
    return { description, loadMs: Math.round(performance.now() - started) };
  })();
  return loading;
}
