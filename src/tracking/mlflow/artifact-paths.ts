import { TrackingError } from "../ports.js";

export const ARTIFACTS_PATH = "/api/2.0/mlflow-artifacts/artifacts";

/**
 * The path of a run's artifact root on the tracking server's artifact proxy: `mlflow-artifacts:/1/<run>/artifacts`
 * (or `mlflow-artifacts://host/1/…`) → `1/<run>/artifacts`. Any other scheme means the run's artifacts live
 * where only the server, not this client, is meant to reach them.
 */
export function proxiedArtifactRoot(artifactUri: string, runId: string): string {
  const match = /^mlflow-artifacts:(?:\/\/[^/]*)?(.*)$/.exec(artifactUri);
  if (match === null) {
    throw new TrackingError(
      `run ${runId} keeps its artifacts at "${artifactUri}", which trainyard does not write to directly: ` +
        "run the MLflow server with artifact proxying (`mlflow server --artifacts-destination <dir or bucket>`, " +
        "which is the default, without --default-artifact-root or --no-serve-artifacts) so that new experiments " +
        'get "mlflow-artifacts:/" locations, and use a new experiment',
      "UNSUPPORTED_ARTIFACT_LOCATION",
    );
  }
  return (match[1] ?? "").replace(/^\/+|\/+$/g, "");
}

/**
 * A relative artifact path in canonical form: `/` separators, no leading or trailing slash, no empty, `.`
 * or `..` segments. "" is the artifact root.
 */
export function normalizeArtifactPath(path: string): string {
  const trimmed = path.replaceAll("\\", "/").replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return "";
  const segments = trimmed.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) {
    throw new TrackingError(
      `invalid artifact path "${path}": use a relative path without empty, "." or ".." segments`,
      "INVALID_PARAMETER_VALUE",
    );
  }
  return segments.join("/");
}

export function joinArtifactPath(...parts: string[]): string {
  return parts.filter((p) => p !== "").join("/");
}

/** The URL path of one artifact on the proxy, each segment percent-encoded. */
export function artifactUrlPath(proxiedPath: string): string {
  return `${ARTIFACTS_PATH}/${proxiedPath.split("/").map(encodeURIComponent).join("/")}`;
}
