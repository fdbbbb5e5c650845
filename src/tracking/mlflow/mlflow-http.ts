import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { Agent, type Dispatcher, request } from "undici";
import type { z } from "zod";
import { UserError } from "../../errors/user-error.js";
import { writeFileAtomically } from "../../store/atomic-file.js";
import { type MlflowCredentials, redactor, resolveAuth } from "./mlflow-auth.js";
import {
  errorFromConnection,
  errorFromResponse,
  type HttpMethod,
  INVALID_RESPONSE,
  MlflowError,
  NETWORK_ERROR,
  timeoutError,
} from "./mlflow-error.js";
import {
  backoffDelay,
  parseRetryAfter,
  type RetryOptions,
  type RetryPolicy,
  retryPolicy,
} from "./retry-policy.js";

export interface MlflowHttpOptions extends MlflowCredentials {
  /** The tracking server, e.g. `https://mlflow.example.com` or `http://127.0.0.1:5000/prefix`. */
  trackingUri: string;
  /** The limit for one request (default 30 s); for artifact transfers, the longest time without progress. */
  timeoutMs?: number;
  /** Where MLFLOW_TRACKING_* credentials are read; `process.env` by default. */
  env?: Record<string, string | undefined>;
  retry?: RetryOptions;
  /** Called before each retry, e.g. to log a warning. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  method: HttpMethod;
  path: string;
  /** The attempt that is about to start (2 for the first retry). */
  attempt: number;
  delayMs: number;
  error: MlflowError;
}

export type QueryValue = string | number | boolean | undefined | readonly string[];

export interface CallOptions {
  /**
   * Whether the request is safe to repeat after a failure that may have taken effect (a 5xx, a timeout, a
   * connection lost mid-request). Reads and idempotent writes are; creates are not. Failures that prove the
   * server did nothing (429, a connection never made) are retried either way.
   */
  retry: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const API_PREFIX = "/api/2.0/mlflow/";
const USER_AGENT = "trainyard";

interface PreparedRequest {
  method: HttpMethod;
  /** The path below the base URL, without the query string (also what errors name). */
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: (touch: () => void) => string | Readable;
  retry: boolean;
  /** Time out on inactivity instead of on total duration (artifact transfers of any size). */
  idle: boolean;
}

type Consume<T> = (response: Dispatcher.ResponseData, touch: () => void) => Promise<T>;

/**
 * The REST transport to one MLflow tracking server: JSON calls under `/api/2.0/mlflow/`, streamed artifact
 * transfers through its artifact proxy, a timeout on every request, retries with backoff and jitter where a
 * request is safe to repeat, and credentials that never appear in an error.
 */
export class MlflowHttp {
  /** The server's address without credentials, query or trailing slash. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  private readonly authorization: string | undefined;
  private readonly redact: (text: string) => string;
  private readonly policy: RetryPolicy;
  private readonly onRetry: ((event: RetryEvent) => void) | undefined;
  private readonly dispatcher: Agent;

  constructor(options: MlflowHttpOptions) {
    const { baseUrl, credentials } = parseTrackingUri(options.trackingUri);
    this.baseUrl = baseUrl;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(this.timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${this.timeoutMs}`);
    const auth = resolveAuth(options, options.env ?? process.env, credentials);
    this.authorization = auth.header;
    this.redact = redactor(auth.secrets);
    this.policy = retryPolicy(options.retry);
    this.onRetry = options.onRetry;
    // Idle connections are dropped well before common server keep-alive limits, so a create is rarely
    // sent on a connection the server is closing at that moment (such a create cannot be retried).
    this.dispatcher = new Agent({
      keepAliveTimeout: 2_000,
      keepAliveMaxTimeout: 2_000,
      connectTimeout: Math.min(10_000, this.timeoutMs),
    });
  }

  /** Calls `endpoint` under `/api/2.0/mlflow/`: parameters go in the query string for GET, else in a JSON body. */
  async api<S extends z.ZodType>(
    method: HttpMethod,
    endpoint: string,
    params: Record<string, unknown>,
    schema: S,
    options: CallOptions,
  ): Promise<z.output<S>> {
    return this.json(method, `${API_PREFIX}${endpoint}`, params, schema, options);
  }

  /** A JSON call to any path of the server (the artifact proxy's listing lives outside the API prefix). */
  async json<S extends z.ZodType>(
    method: HttpMethod,
    path: string,
    params: Record<string, unknown>,
    schema: S,
    options: CallOptions,
  ): Promise<z.output<S>> {
    const isGet = method === "GET";
    const body = isGet ? undefined : JSON.stringify(params);
    const prepared: PreparedRequest = {
      method,
      path,
      query: isGet ? queryString(params as Record<string, QueryValue>) : "",
      headers: this.headers(isGet ? {} : { "content-type": "application/json" }),
      ...(body !== undefined && { body: () => body }),
      retry: options.retry,
      idle: false,
    };
    const raw = await this.send(prepared, async (response) => {
      const text = await response.body.text();
      return this.parseJson(method, path, text);
    });
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      throw new MlflowError(
        `MLflow ${method} ${path} returned an unexpected answer: ${this.redact(parsed.error.message)}`,
        INVALID_RESPONSE,
        { method, path, status: 200, transient: false, mayHaveTakenEffect: true },
      );
    }
    return parsed.data;
  }

  /** Streams a local file to `path` with PUT (an idempotent write, so it is retried). */
  async putFile(path: string, localFile: string, size: number): Promise<void> {
    const prepared: PreparedRequest = {
      method: "PUT",
      path,
      query: "",
      headers: this.headers({ "content-type": "application/octet-stream", "content-length": String(size) }),
      body: (touch) => Readable.from(fileChunks(localFile, touch), { objectMode: false }),
      retry: true,
      idle: true,
    };
    await this.send(prepared, async (response) => {
      await response.body.dump();
    });
  }

  /** Streams the body of `GET path` into `destination`, through a temporary file renamed when complete. */
  async getToFile(path: string, destination: string): Promise<void> {
    const prepared: PreparedRequest = {
      method: "GET",
      path,
      query: "",
      headers: this.headers({}),
      retry: true,
      idle: true,
    };
    await this.send(prepared, async (response, touch) => {
      const length = Number(response.headers["content-length"]);
      await writeFileAtomically(
        destination,
        { stream: response.body },
        { onProgress: touch, ...(Number.isInteger(length) && length >= 0 && { expectedBytes: length }) },
      );
    });
  }

  /** Closes idle connections; the client is unusable afterwards. */
  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  private headers(extra: Record<string, string>): Record<string, string> {
    return {
      accept: "application/json",
      "user-agent": USER_AGENT,
      ...extra,
      ...(this.authorization !== undefined && { authorization: this.authorization }),
    };
  }

  private parseJson(method: HttpMethod, path: string, text: string): unknown {
    if (text.trim() === "") return {};
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new MlflowError(
        `MLflow ${method} ${path} answered with something that is not JSON: ${this.redact(text.slice(0, 200))}`,
        INVALID_RESPONSE,
        { method, path, status: 200, transient: false, mayHaveTakenEffect: true },
      );
    }
  }

  private async send<T>(prepared: PreparedRequest, consume: Consume<T>): Promise<T> {
    const { method, path } = prepared;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      let failure: MlflowError;
      try {
        return await this.once(prepared, consume);
      } catch (error) {
        if (!(error instanceof MlflowError)) throw error;
        failure = error;
      }
      if (!failure.transient) throw failure.withAttempts(attempt);
      if (!prepared.retry && failure.mayHaveTakenEffect) {
        throw failure.withAttempts(
          attempt,
          `not retried: the server may have carried it out, and repeating ${method} ${path} could do it twice`,
        );
      }
      if (attempt >= this.policy.maxAttempts) {
        const unreachable =
          failure.errorCode === NETWORK_ERROR && !failure.mayHaveTakenEffect
            ? `; is an MLflow server running at ${this.baseUrl}? (the tracking-uri input, tracking.uri in trainyard.yml or MLFLOW_TRACKING_URI)`
            : "";
        throw failure.withAttempts(attempt, `gave up after ${attempt} attempts${unreachable}`);
      }
      const delayMs = backoffDelay(attempt, this.policy, failure.retryAfterMs);
      if (waited + delayMs > this.policy.maxTotalWaitMs) {
        throw failure.withAttempts(attempt, `gave up after ${attempt} attempts and ${waited} ms of waiting`);
      }
      this.onRetry?.({ method, path, attempt: attempt + 1, delayMs, error: failure });
      await sleep(delayMs);
      waited += delayMs;
    }
  }

  private async once<T>(prepared: PreparedRequest, consume: Consume<T>): Promise<T> {
    const { method, path } = prepared;
    const controller = new AbortController();
    let timedOut = false;
    const expire = () => {
      timedOut = true;
      controller.abort(timeoutError(method, path, this.timeoutMs, prepared.idle));
    };
    let timer = setTimeout(expire, this.timeoutMs);
    const touch = () => {
      if (!prepared.idle || timedOut) return;
      clearTimeout(timer);
      timer = setTimeout(expire, this.timeoutMs);
    };
    try {
      const response = await request(`${this.baseUrl}${path}${prepared.query}`, {
        method,
        headers: prepared.headers,
        ...(prepared.body !== undefined && { body: prepared.body(touch) }),
        signal: controller.signal,
        dispatcher: this.dispatcher,
      });
      touch();
      const status = response.statusCode;
      if (status < 200 || status > 299) {
        const text = await response.body.text().catch(() => "");
        const retryAfter = parseRetryAfter(response.headers["retry-after"]);
        throw errorFromResponse(method, path, status, text, this.redact, retryAfter);
      }
      return await consume(response, touch);
    } catch (error) {
      if (error instanceof MlflowError) throw error;
      if (timedOut) throw timeoutError(method, path, this.timeoutMs, prepared.idle);
      throw errorFromConnection(method, path, error, this.redact) ?? error;
    } finally {
      clearTimeout(timer);
    }
  }
}

async function* fileChunks(localFile: string, touch: () => void): AsyncIterable<Buffer> {
  for await (const chunk of createReadStream(localFile)) {
    touch();
    yield chunk as Buffer;
  }
}

function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

/**
 * The base URL of an http(s) tracking URI. Credentials written into the URI are taken out of it (so the
 * URI can be logged and stored in lineage) and returned separately.
 */
export function parseTrackingUri(uri: string): { baseUrl: string; credentials: MlflowCredentials } {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    const shown = uri.replace(/\/\/[^/@]*@/, "//***@");
    throw new UserError(`invalid MLflow tracking URI "${shown}": expected http(s)://host[:port][/path]`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(`invalid MLflow tracking URI "${url.protocol}//…": expected http:// or https://`);
  }
  const credentials: MlflowCredentials = {};
  if (url.username !== "") credentials.username = decodeURIComponent(url.username);
  if (url.password !== "") credentials.password = decodeURIComponent(url.password);
  const path = url.pathname.replace(/\/+$/, "");
  return { baseUrl: `${url.protocol}//${url.host}${path}`, credentials };
}
