import type { InputSpecs } from "./declared-inputs.js";

/**
 * Inputs that several steps share, declared once. The helpers that open the config, the store and the
 * tracker read them from any step's inputs through `CommonInputs`.
 */
export const CONFIG_INPUT = {
  config: {
    description: "trainyard.yml (default: ./trainyard.yml if present)",
    cli: { placeholder: "path", short: "c" },
  },
} as const satisfies InputSpecs;

export const STORE_INPUTS = {
  store: { description: "Where snapshots live", cli: { placeholder: "dir|s3://bucket/prefix" } },
  "s3-endpoint": { description: "An S3-compatible endpoint", cli: { placeholder: "url" } },
} as const satisfies InputSpecs;

export const DATA_ROOT_INPUT = {
  "data-root": { description: "Where snapshots are materialised", cli: { placeholder: "dir" } },
} as const satisfies InputSpecs;

export const TRACKING_INPUT = {
  "tracking-uri": { description: "MLflow URL (empty: local tracker)", cli: { placeholder: "url" } },
} as const satisfies InputSpecs;

/** What champion-challenger (alone, or inside the pipeline) does with its decision. */
export const DECISION_INPUTS = {
  "fail-on-reject": {
    description: "Exit 1 when the gate rejects the challenger",
    kind: "boolean",
    default: "false",
    cli: { flag: true },
  },
  comment: { description: "Post the pull-request comment (default github.comment)", kind: "boolean" },
} as const satisfies InputSpecs;

export const GITHUB_TOKEN_INPUT = {
  "github-token": {
    description: "Token for the GitHub API (default GITHUB_TOKEN)",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, as action.yml states it
    default: "${{ github.token }}",
    secret: true,
    cli: false,
  },
} as const satisfies InputSpecs;

/** The shared inputs as the helpers read them; every step's `Inputs` is assignable to it. */
export interface CommonInputs {
  readonly config?: string | undefined;
  readonly store?: string | undefined;
  readonly "s3-endpoint"?: string | undefined;
  readonly "data-root"?: string | undefined;
  readonly "tracking-uri"?: string | undefined;
  readonly snapshot?: string | undefined;
  readonly "data-dir"?: string | undefined;
  readonly "github-token"?: string | undefined;
}
