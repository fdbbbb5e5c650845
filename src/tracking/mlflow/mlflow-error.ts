import { TrackingError } from "../ports.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Error codes of failures that never reached an MLflow answer (MLflow's own codes are passed through). */
export const NETWORK_ERROR = "NETWORK_ERROR";
export const TIMEOUT = "TIMEOUT";
export const INVALID_RESPONSE = "INVALID_RESPONSE";

export interface MlflowErrorDetails {
  method: HttpMethod;
  /** The request path without its query string. */
  path: string;
  status?: number;
  /** Whether the failure is worth another attempt (429, 5xx except 501, network errors, timeouts). */
  transient: boolean;
  /**
   * Whether the server may have carried out the request although it failed: a 5xx, a timeout, or a
   * connection lost after sending. False when the server answered with a 4xx or the connection was
   * never made, so repeating even a create is harmless.
   */
  mayHaveTakenEffect: boolean;
  /** How many times the request was sent. */
  attempts?: number;
  /** How long the server asked us to wait (Retry-After). */
  retryAfterMs?: number;
  /** The server's own message, as it sent it (credentials redacted). */
  serverMessage?: string;
  cause?: unknown;
}

/**
 * A failed MLflow request. `errorCode` is MLflow's `error_code` (RESOURCE_DOES_NOT_EXIST, …) when the
 * server sent one, `HTTP_<status>` for an answer that is not MLflow's, or NETWORK_ERROR / TIMEOUT.
 */
export class MlflowError extends TrackingError {
  readonly method: HttpMethod;
  readonly path: string;
  readonly transient: boolean;
  readonly mayHaveTakenEffect: boolean;
  readonly attempts: number;
  readonly retryAfterMs: number | undefined;
  readonly serverMessage: string | undefined;

  constructor(message: string, errorCode: string, details: MlflowErrorDetails) {
    super(message, errorCode, details.status);
    this.name = "MlflowError";
    this.method = details.method;
    this.path = details.path;
    this.transient = details.transient;
    this.mayHaveTakenEffect = details.mayHaveTakenEffect;
    this.attempts = details.attempts ?? 1;
    this.retryAfterMs = details.retryAfterMs;
    this.serverMessage = details.serverMessage;
    if (details.cause !== undefined) this.cause = details.cause;
  }

  /** The same error after `attempts` tries, with `note` appended to the message. */
  withAttempts(attempts: number, note = ""): MlflowError {
    const message = note === "" ? this.message : `${this.message}; ${note}`;
    return new MlflowError(message, this.errorCode, {
      method: this.method,
      path: this.path,
      ...(this.status !== undefined && { status: this.status }),
      transient: this.transient,
      mayHaveTakenEffect: this.mayHaveTakenEffect,
      attempts,
      ...(this.retryAfterMs !== undefined && { retryAfterMs: this.retryAfterMs }),
      ...(this.serverMessage !== undefined && { serverMessage: this.serverMessage }),
      cause: this.cause,
    });
  }
}

export function isMlflowError(error: unknown, errorCode?: string): error is MlflowError {
  return error instanceof MlflowError && (errorCode === undefined || error.errorCode === errorCode);
}

/** Whether the error means the addressed resource does not exist (MLflow's code, not a bare 404). */
export function isNotFound(error: unknown): error is MlflowError {
  return isMlflowError(error, "RESOURCE_DOES_NOT_EXIST");
}

const MAX_DETAIL_LENGTH = 1000;

/** Builds the error for an HTTP answer outside 2xx from its status and body. */
export function errorFromResponse(
  method: HttpMethod,
  path: string,
  status: number,
  body: string,
  redact: (text: string) => string,
  retryAfterMs?: number,
): MlflowError {
  let errorCode = `HTTP_${status}`;
  let detail = body.trim();
  try {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed === "object" && parsed !== null) {
      const fields = parsed as { error_code?: unknown; message?: unknown; detail?: unknown };
      if (typeof fields.error_code === "string" && fields.error_code !== "") errorCode = fields.error_code;
      if (typeof fields.message === "string") detail = fields.message;
      else if (typeof fields.detail === "string") detail = fields.detail;
    }
  } catch {
    // not JSON: a proxy's or a non-MLflow server's page; keep the start of it
  }
  if (detail.length > MAX_DETAIL_LENGTH) detail = `${detail.slice(0, MAX_DETAIL_LENGTH)}…`;
  detail = redact(detail);
  const transient = status === 429 || (status >= 500 && status !== 501);
  const message = `MLflow ${method} ${path} failed with ${status} ${errorCode}${detail === "" ? "" : `: ${detail}`}`;
  return new MlflowError(message, errorCode, {
    method,
    path,
    status,
    transient,
    mayHaveTakenEffect: status >= 500,
    ...(retryAfterMs !== undefined && { retryAfterMs }),
    serverMessage: detail,
  });
}

// Errors of the connection itself. The first group means the request never left this machine.
const NOT_CONNECTED_CODES = new Set(["ECONNREFUSED", "UND_ERR_CONNECT_TIMEOUT", "ENOTFOUND", "EAI_AGAIN"]);
const CONNECTION_CODES = new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
  "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH",
]);

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, errors } = error as { code?: unknown; errors?: unknown };
  if (typeof code === "string") return code;
  // Happy Eyeballs connects to several addresses and reports an AggregateError of their failures.
  if (Array.isArray(errors) && errors.length > 0) return errorCodeOf(errors[0]);
  return undefined;
}

/** Turns a failure of the connection into an MlflowError, or returns undefined for any other error. */
export function errorFromConnection(
  method: HttpMethod,
  path: string,
  error: unknown,
  redact: (text: string) => string,
): MlflowError | undefined {
  const code = errorCodeOf(error);
  if (code === undefined || !(NOT_CONNECTED_CODES.has(code) || CONNECTION_CODES.has(code))) return undefined;
  const reason = error instanceof Error ? error.message : String(error);
  const sent = !NOT_CONNECTED_CODES.has(code);
  const what = sent ? "the connection failed" : "could not connect";
  return new MlflowError(`MLflow ${method} ${path}: ${what} (${code}: ${redact(reason)})`, NETWORK_ERROR, {
    method,
    path,
    transient: code !== "ENOTFOUND",
    mayHaveTakenEffect: sent,
    cause: error,
  });
}

/** The error for a request that got no complete answer within the timeout. */
export function timeoutError(
  method: HttpMethod,
  path: string,
  timeoutMs: number,
  idle: boolean,
): MlflowError {
  const what = idle ? `no data moved for ${timeoutMs} ms` : `no answer within ${timeoutMs} ms`;
  return new MlflowError(`MLflow ${method} ${path} timed out: ${what}`, TIMEOUT, {
    method,
    path,
    transient: true,
    mayHaveTakenEffect: true,
  });
}
