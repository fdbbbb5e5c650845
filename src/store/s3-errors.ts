import { UserError } from "../errors/user-error.js";
export interface S3ErrorContext {
  /** What we were doing, e.g. "uploading" or "listing". */
  action: string;
  bucket: string;
  /** The full object key or list prefix inside the bucket. */
  key?: string;
  /** Where requests went: the custom endpoint, or "AWS S3 (region …)". */
  target: string;
}

/** An S3 failure, said in terms of the store: which bucket and key, and what to check. */
export class S3StoreError extends UserError {
  constructor(
    message: string,
    /** The S3 error code (`NoSuchBucket`, `AccessDenied`, …) or the network error code. */
    readonly code: string,
    readonly statusCode: number | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = "S3StoreError";
  }
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "TimeoutError",
  "RequestTimeout",
]);

const CREDENTIAL_CODES = new Set([
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "InvalidToken",
  "TokenRefreshRequired",
]);

const WRONG_REGION_CODES = new Set([
  "PermanentRedirect",
  "AuthorizationHeaderMalformed",
  "IllegalLocationConstraintException",
]);

interface SdkErrorShape {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  cause?: unknown;
}

function shape(error: unknown): SdkErrorShape {
  return typeof error === "object" && error !== null ? (error as SdkErrorShape) : {};
}

/** The HTTP status S3 answered with, if the request got that far. */
export function httpStatusOf(error: unknown): number | undefined {
  return shape(error).$metadata?.httpStatusCode;
}

function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 5; depth++) {
    const { code, name } = shape(current);
    if (code !== undefined && NETWORK_CODES.has(code)) return code;
    if (name !== undefined && NETWORK_CODES.has(name)) return name;
    current = shape(current).cause;
  }
  return undefined;
}

/** Turns an AWS SDK error into an S3StoreError whose message names the bucket and key and what to check. */
export function translateS3Error(error: unknown, context: S3ErrorContext): Error {
  if (error instanceof S3StoreError) return error;
  const sdk = shape(error);
  const status = httpStatusOf(error);
  const attempts = sdk.$metadata?.attempts ?? 1;
  const code = sdk.Code ?? sdk.name ?? "Error";
  const where =
    context.key === undefined ? `s3://${context.bucket}` : `s3://${context.bucket}/${context.key}`;
  const after = attempts > 1 ? ` after ${attempts} attempts` : "";
  const detail = sdk.message ? ` (${sdk.message})` : "";
  const fail = (errorCode: string, text: string) =>
    new S3StoreError(text, errorCode, status, { cause: error });

  const network = networkCode(error);
  if (network !== undefined) {
    return fail(
      network,
      `could not reach ${context.target} while ${context.action} ${where}${after}: ${network}${detail}. ` +
        "Check the endpoint (AWS_ENDPOINT_URL_S3 or the store's endpoint setting), the network and any proxy.",
    );
  }
  if (code === "NoSuchBucket") {
    return fail(
      code,
      `S3 bucket "${context.bucket}" does not exist at ${context.target} (while ${context.action} ${where}). ` +
        "Check the bucket name in the store URI, and the region or endpoint (AWS_REGION, AWS_ENDPOINT_URL_S3).",
    );
  }
  if (CREDENTIAL_CODES.has(code)) {
    return fail(
      code,
      `S3 rejected the credentials while ${context.action} ${where}: ${code}${detail}. Check ` +
        "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or the role the job assumes " +
        "(aws-actions/configure-aws-credentials); temporary credentials may have expired.",
    );
  }
  if (code === "CredentialsProviderError" || /could not load credentials/i.test(sdk.message ?? "")) {
    return fail(
      "CredentialsProviderError",
      `no AWS credentials found for ${where}. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ` +
        "or assume a role (aws-actions/configure-aws-credentials with OIDC in GitHub Actions).",
    );
  }
  if (/region is missing/i.test(sdk.message ?? "")) {
    return fail(
      "RegionMissing",
      `no AWS region for ${where}: set AWS_REGION (or the store's region setting).`,
    );
  }
  if (WRONG_REGION_CODES.has(code) || status === 301) {
    return fail(
      code,
      `S3 bucket "${context.bucket}" is not in the region used (${context.target}) while ${context.action} ` +
        `${where}${detail}. Set AWS_REGION to the bucket's region.`,
    );
  }
  if (code === "AccessDenied" || code === "Forbidden" || status === 403) {
    return fail(
      code === "Forbidden" ? "AccessDenied" : code,
      `access denied to ${where} while ${context.action}${detail}. Check that the credentials allow ` +
        `s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket on bucket "${context.bucket}" and this ` +
        "prefix (without s3:ListBucket, S3 answers 403 instead of 404 for a missing object), and any bucket " +
        "policy or KMS key policy.",
    );
  }
  const statusText = status !== undefined ? `HTTP ${status} ` : "";
  return fail(
    code,
    `S3 failed while ${context.action} ${where} at ${context.target}${after}: ${statusText}${code}${detail}`,
  );
}
