import { z } from "zod";
import { METRIC_NAMES, type MetricName } from "../stats/metric-names.js";
import { monitorSchema, sloSchema } from "./monitor-config.js";

export { METRIC_NAMES, METRICS_BY_TASK, type MetricName, type Task } from "../stats/metric-names.js";

/**
 * A failed refinement carries what it expected in `params.expected`, so the loader can say
 * "expected <that>, found <the value>" like it does for zod's own type errors.
 */
function expecting(description: string) {
  return { message: `expected ${description}`, params: { expected: description } };
}

const DURATION = /^\d+(\.\d+)?[smhdw]$/;
// A scheme-less path (also C:\ on Windows) or one of the schemes we read.
const LOCATION = /^(?![A-Za-z][A-Za-z0-9+.-]*:\/\/).+$|^(s3|https?):\/\/[^/\s]+(\/.*)?$/;
const STORE_LOCATION = /^(?![A-Za-z][A-Za-z0-9+.-]*:\/\/).+$|^s3:\/\/[^/\s]+(\/.*)?$/;
const HTTP_URL = /^https?:\/\/[^/\s]+(\/\S*)?$/;

const isTime = (value: string) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
const time = z
  .string()
  .refine(isTime, expecting("an ISO 8601 time such as 2024-06-01 or 2024-07-01T00:00:00Z"));

const isValidRegExp = (pattern: string) => {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
};

const severity = z.enum(["error", "warn"]);
const columnName = z.string().min(1);
const metricName = z.enum(METRIC_NAMES as [MetricName, ...MetricName[]]);

function orderedBounds<T extends { min?: unknown; max?: unknown }>(bounds: T, context: z.RefinementCtx) {
  if (typeof bounds.min === "number" && typeof bounds.max === "number" && bounds.min > bounds.max)
    context.addIssue({
      code: "custom",
      path: ["min"],
      message: `min (${bounds.min}) is greater than max (${bounds.max})`,
    });
}

/** `{ min, max }`, both optional and inclusive; `what` names the bounded quantity in the descriptions. */
function range(what: string) {
  return z
    .strictObject({
      min: z.number().optional().describe(`Lowest allowed ${what}, inclusive`),
      max: z.number().optional().describe(`Highest allowed ${what}, inclusive`),
    })
    .superRefine(orderedBounds);
}
// Column bounds are numbers, or times for timestamp columns.
const bound = z.union([z.number(), time]);

export const columnRuleSchema = z
  .strictObject({
    type: z
      .enum(["integer", "number", "string", "boolean", "timestamp"])
      .optional()
      .describe(
        "Every non-null value must parse as this type; values that do not are left out of the other rules",
      ),
    min: bound
      .optional()
      .describe(
        "Smallest allowed value, inclusive (an ISO time for timestamps); needs type integer, number or timestamp",
      ),
    max: bound
      .optional()
      .describe(
        "Largest allowed value, inclusive (an ISO time for timestamps); needs type integer, number or timestamp",
      ),
    max_null_fraction: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("Largest allowed share of nulls (missing, empty or blank values) among the rows"),
    mean: range("mean").optional().describe("Bounds on the mean of the values; needs type integer or number"),
    std: range("standard deviation")
      .optional()
      .describe("Bounds on the sample standard deviation of the values; needs type integer or number"),
    allowed: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .min(1)
      .optional()
      .describe("The only values allowed, compared as text with each non-null value (trimmed)"),
    pattern: z
      .string()
      .refine(isValidRegExp, expecting("a valid regular expression"))
      .optional()
      .describe("Regular expression (Unicode, unanchored: use ^…$) every non-null value must match"),
    max_age: z
      .string()
      .regex(DURATION, "a duration such as 2d, 12h, 30m, 45s or 1w")
      .optional()
      .describe("Newest value at most this old when validated (timestamp columns)"),
    severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    required: z.boolean().default(true).describe("false: the column may be absent"),
  })
  .superRefine(orderedBounds)
  .superRefine(rulesNeedTheirType);

const NUMERIC_TYPES = ["integer", "number"];
const RULE_TYPES: Record<string, { types: string[]; expected: string }> = {
  min: { types: [...NUMERIC_TYPES, "timestamp"], expected: "integer, number or timestamp" },
  max: { types: [...NUMERIC_TYPES, "timestamp"], expected: "integer, number or timestamp" },
  mean: { types: NUMERIC_TYPES, expected: "integer or number" },
  std: { types: NUMERIC_TYPES, expected: "integer or number" },
  max_age: { types: ["timestamp"], expected: "timestamp" },
};

/** Bounds are checked on parsed values only, so a bound without a matching `type` would check nothing. */
function rulesNeedTheirType(
  rule: { type?: string | undefined } & Record<string, unknown>,
  context: z.RefinementCtx,
) {
  for (const [key, { types, expected }] of Object.entries(RULE_TYPES)) {
    if (rule[key] === undefined || (rule.type !== undefined && types.includes(rule.type))) continue;
    context.addIssue({
      code: "custom",
      path: [key],
      message: rule.type
        ? `${key} does not apply to type ${rule.type}; it needs type ${expected}`
        : `${key} needs the column's type (${expected}): bounds are checked on parsed values, so without a type nothing would be checked`,
    });
  }
}

/** `{ warn, error }` thresholds of a drift statistic; `statistic` names it in the descriptions. */
function driftThresholds(statistic: string) {
  return z
    .strictObject({
      warn: z.number().positive().optional().describe(`${statistic} at or above this fails as a warning`),
      error: z.number().positive().optional().describe(`${statistic} at or above this fails as an error`),
    })
    .superRefine((thresholds, context) => {
      if (
        thresholds.warn !== undefined &&
        thresholds.error !== undefined &&
        thresholds.warn > thresholds.error
      )
        context.addIssue({
          code: "custom",
          path: ["warn"],
          message: `warn (${thresholds.warn}) is greater than error (${thresholds.error})`,
        });
    });
}

export const validateSchema = z.strictObject({
  columns: z
    .record(columnName, columnRuleSchema)
    .optional()
    .describe("Rules per column, keyed by column name, checked on every row of the snapshot"),
  required_only: z.boolean().default(false).describe("true: a column without rules fails"),
  unique: z
    .array(z.array(columnName).min(1))
    .optional()
    .describe(
      "Lists of columns whose combined values no two rows may share (train and test together); always an error",
    ),
  rows: range("row count")
    .optional()
    .describe("Bounds on the snapshot's row count, all files together; always an error"),
  label: z
    .strictObject({
      column: columnName.describe("The label column; it must have at least two classes"),
      min_class_fraction: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe("Smallest allowed share of the rarest class among the non-null labels; absent: 0"),
      severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    })
    .optional()
    .describe("Class balance of the label column"),
  leakage: z
    .strictObject({
      key: columnName
        .optional()
        .describe("An entity column: also fails when a value of it has rows in both train and test"),
      severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    })
    .optional()
    .describe("No test row may be identical to a train row; skipped for a snapshot without a split"),
  drift: z
    .strictObject({
      reference: z
        .string()
        .min(1)
        .optional()
        .describe("champion (the snapshot that trained it) or a snapshot id; absent: no drift check"),
      psi: driftThresholds("PSI")
        .optional()
        .describe("Population stability index thresholds; absent: warn 0.1, error 0.25"),
      ks: driftThresholds("The KS statistic")
        .optional()
        .describe(
          "Kolmogorov-Smirnov statistic thresholds (numeric and timestamp columns); absent: no KS check",
        ),
      columns: z
        .array(columnName)
        .optional()
        .describe("The columns checked for drift; absent: every column both snapshots profile"),
    })
    .optional()
    .describe("Drift from a reference snapshot, computed from the two stored profiles without reading rows"),
});

export const splitSchema = z
  .strictObject({
    strategy: z
      .enum(["random", "group", "time"])
      .default("random")
      .describe("random by row hash; group keeps each key on one side; time splits at cutoff"),
    test_fraction: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.2)
      .describe("random and group: the expected share of rows (or of keys) hashed to test; unused by time"),
    seed: z
      .int()
      .default(42)
      .describe("random and group: the seed of the MurmurHash3 that assigns each row or key a side"),
    key: columnName
      .optional()
      .describe(
        "group (required): the entity column whose rows all go to the same side, across snapshots too",
      ),
    time_column: columnName
      .optional()
      .describe("time (required): the column compared with cutoff; every value must be a time"),
    cutoff: time
      .optional()
      .describe("time (required): rows at or after this ISO 8601 time go to test, earlier rows to train"),
  })
  .superRefine((split, context) => {
    const need = (key: string, why: string) =>
      context.addIssue({
        code: "custom",
        path: [key],
        message: `a ${split.strategy} split needs ${key} (${why})`,
      });
    if (split.strategy === "group" && !split.key) need("key", "the column that keeps an entity on one side");
    if (split.strategy === "time" && !split.time_column)
      need("time_column", "the column compared with cutoff");
    if (split.strategy === "time" && !split.cutoff) need("cutoff", "rows before it train, the rest test");
  });

export const dataSchema = z.strictObject({
  source: z
    .string()
    .regex(LOCATION, "a path, a glob, s3://bucket/prefix or an https:// URL")
    .describe("A file, folder or glob (relative to the workspace), s3://bucket/prefix or an https:// URL"),
  format: z
    .enum(["csv", "parquet", "jsonl"])
    .optional()
    .describe("The source files' format; absent: from each file's extension"),
  split: splitSchema
    .optional()
    .describe("How rows are split into train and test files; absent: no split and no test file"),
  as_of: z
    .strictObject({
      time: time.describe("The ISO 8601 cut-off: later rows are dropped"),
      column: columnName.describe("The time column; rows where it is empty or not a time are dropped too"),
    })
    .optional()
    .describe("Point in time: rows whose column is after time are dropped"),
});

const storeUri = z.string().regex(STORE_LOCATION, "a local directory or s3://bucket/prefix");
export const storeSchema = z.union([
  storeUri,
  z.strictObject({
    uri: storeUri.describe("A directory (relative to the workspace) or s3://bucket/prefix"),
    endpoint: z
      .string()
      .regex(HTTP_URL, "an http(s):// URL of an S3-compatible server")
      .optional()
      .describe(
        "An S3-compatible server (MinIO, R2…); absent: AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL, else AWS",
      ),
    region: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The S3 region; absent: AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1 with an endpoint",
      ),
    force_path_style: z
      .boolean()
      .optional()
      .describe("Path-style S3 URLs (endpoint/bucket/key); absent: true with a custom endpoint, else false"),
  }),
]);

// No default: an absent uri lets the step fall back to MLFLOW_TRACKING_URI; "" forces the local tracker.
export const trackingSchema = z.strictObject({
  uri: z
    .string()
    .regex(/^$|^https?:\/\/\S+$/, '"" (the local directory tracker) or an http(s):// MLflow tracking URL')
    .optional()
    .describe(
      '"" for the local directory tracker, or an MLflow URL; absent: MLFLOW_TRACKING_URI, else local',
    ),
});

export const trainSchema = z.strictObject({
  command: z
    .string()
    .min(1)
    .describe(
      "Run without a shell: split into words like a shell would, nothing expanded; inputs as TRAINYARD_* variables",
    ),
  working_directory: z
    .string()
    .min(1)
    .optional()
    .describe("Where the train and predict commands run, relative to the workspace; absent: the workspace"),
  params: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("Written to TRAINYARD_PARAMS_FILE; any nesting"),
  params_file: z
    .string()
    .min(1)
    .optional()
    .describe(
      "A YAML or JSON file of params, relative to the workspace, merged (nested mappings too) over params",
    ),
  seed: z
    .int()
    .default(42)
    .describe(
      "Given to the command as TRAINYARD_SEED and PYTHONHASHSEED and recorded; part of the cache key",
    ),
  cache: z
    .boolean()
    .default(true)
    .describe(
      "Reuse the model of an earlier run with the same snapshot, params, seed, command, code and lockfiles",
    ),
  timeout_minutes: z
    .number()
    .positive()
    .default(60)
    .describe(
      "Time limit in minutes; then the process tree gets SIGTERM (SIGKILL 10 s later) and the run is KILLED",
    ),
  reproduce: z
    .literal([false, true, "warn", "error"])
    .default(false)
    .describe(
      "Train twice and compare model bytes and final curve values (±1 %): true or warn warns, error fails",
    ),
  secret_env: z
    .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name"))
    .optional()
    .describe(
      "Environment variables whose values are secret: replaced by *** in every log tail, artifact, report and comment trainyard writes",
    ),
  checkpoint: z
    .strictObject({
      interval: z
        .number()
        .positive()
        .default(60)
        .describe("Seconds between uploads of TRAINYARD_CHECKPOINT_DIR to the store; one more at the end"),
      keep: z
        .boolean()
        .default(false)
        .describe("Keep the checkpoints of finished runs; false: `register cleanup` deletes them"),
    })
    .optional()
    .describe("Durable checkpoints: TRAINYARD_CHECKPOINT_DIR is saved to the store and restored on a re-run"),
  backend: z
    .enum(["runner", "ray", "sagemaker"])
    .optional()
    .describe(
      "Where the command runs: runner, ray (a job on the cluster of train.ray) or sagemaker (a SageMaker Training Job, train.sagemaker); absent: runner",
    ),
  ray: z
    .strictObject({
      address: z
        .string()
        .regex(/^https?:\/\/\S+$/, "the http(s):// address of the Ray dashboard")
        .optional()
        .describe("The Ray dashboard's address (its job API); absent: the ray-address input or RAY_ADDRESS"),
      num_cpus: z.number().positive().optional().describe("CPUs the job's entrypoint reserves"),
      num_gpus: z.number().nonnegative().optional().describe("GPUs the job's entrypoint reserves"),
      memory: z.int().positive().optional().describe("Memory in bytes the job's entrypoint reserves"),
      runtime_env: z
        .record(z.string(), z.unknown())
        .optional()
        .describe(
          "Ray's runtime_env for the job (pip, conda, env_vars …); the TRAINYARD_* variables are added",
        ),
      transfer: z
        .enum(["shared", "s3"])
        .optional()
        .describe(
          "How the job gets the contract's files: shared (the runner's paths; a head on a shared file system) or s3 (presigned URLs into the S3 store and a launcher on the cluster); absent: s3 when the store is S3, else shared",
        ),
    })
    .optional()
    .describe("train.backend: ray — the cluster and the resources of the training job"),
  sagemaker: z
    .strictObject({
      role_arn: z
        .string()
        .regex(
          /^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/,
          "an IAM role ARN (arn:aws:iam::123456789012:role/name)",
        )
        .describe("The IAM role SageMaker assumes to read the inputs, write the outputs and pull the image"),
      image: z
        .string()
        .min(1)
        .describe(
          "The training image (ECR URI) holding the code and its dependencies; train.command is its entrypoint",
        ),
      instance_type: z
        .string()
        .regex(/^ml\.\S+$/, "a SageMaker instance type such as ml.m5.xlarge")
        .default("ml.m5.xlarge")
        .describe("The instance type"),
      instance_count: z.int().positive().default(1).describe("Instances of the job"),
      volume_size_gb: z.int().positive().default(30).describe("The EBS volume of each instance, in GB"),
      max_runtime_seconds: z
        .int()
        .positive()
        .optional()
        .describe("StoppingCondition.MaxRuntimeInSeconds; absent: train.timeout_minutes"),
      spot: z
        .strictObject({
          max_wait_seconds: z
            .int()
            .positive()
            .describe("StoppingCondition.MaxWaitTimeInSeconds: run time plus time waiting for spot capacity"),
        })
        .optional()
        .describe(
          "Managed spot training (EnableManagedSpotTraining); checkpoints make interruptions resumable",
        ),
      region: z.string().optional().describe("The AWS region; absent: AWS_REGION or the SDK's chain"),
      endpoint: z
        .string()
        .regex(/^https?:\/\/\S+$/, "an http(s):// address")
        .optional()
        .describe(
          "A SageMaker API endpoint other than AWS's (tests); absent: AWS_ENDPOINT_URL_SAGEMAKER or AWS",
        ),
      output_prefix: z
        .string()
        .regex(/^s3:\/\/[^/\s]+(\/\S*)?$/, "an s3://bucket/prefix URI")
        .optional()
        .describe(
          "Where SageMaker writes model.tar.gz and output.tar.gz (s3://…); absent: the store's sagemaker/output/",
        ),
      checkpoint_prefix: z
        .string()
        .regex(/^s3:\/\/[^/\s]+(\/\S*)?$/, "an s3://bucket/prefix URI")
        .optional()
        .describe(
          "CheckpointConfig.S3Uri's parent (s3://…); absent: the store's checkpoints/<cache key>/sagemaker/",
        ),
      poll_seconds: z
        .number()
        .positive()
        .default(5)
        .describe("First wait between DescribeTrainingJob calls; it doubles up to poll_max_seconds"),
      poll_max_seconds: z
        .number()
        .positive()
        .default(60)
        .describe("Longest wait between DescribeTrainingJob calls"),
      tags: z.record(z.string(), z.string()).optional().describe("Tags of the training job"),
    })
    .optional()
    .describe("train.backend: sagemaker — the SageMaker Training Job that runs train.command"),
});

export const evaluateSchema = z.strictObject({
  predict_command: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Predicts TRAINYARD_INPUT_FILE into TRAINYARD_PREDICTIONS_FILE; run without a shell in train.working_directory",
    ),
  task: z
    .enum(["binary", "multiclass", "regression"])
    .optional()
    .describe(
      "The kind of model; absent: inferred from the prediction columns (score, proba_*) and the labels",
    ),
  label_column: columnName
    .optional()
    .describe("The test file's column of true labels; absent: validate.label.column, else label"),
  positive_class: z
    .union([z.string(), z.number(), z.boolean()])
    .optional()
    .describe("binary: the positive label; absent: 1, true or yes, else the larger of the two labels"),
  slices: z
    .array(columnName)
    .optional()
    .describe(
      "Test-file columns to measure per slice: per value (at most 50), or quartiles of numbers with over 10 values",
    ),
  metrics: z
    .array(metricName)
    .min(1)
    .optional()
    .describe("The metrics reported, each one of the task's; absent: all of the task's metrics"),
  primary_metric: metricName
    .optional()
    .describe(
      "Reported first and ranks candidates; absent: gate.primary.metric, else roc_auc, macro_f1 or rmse by task",
    ),
  bootstrap: z
    .int()
    .min(0)
    .max(100_000)
    .default(1000)
    .describe("Bootstrap resamples for confidence intervals"),
  confidence: z.number().gt(0).lt(1).default(0.95).describe("Confidence level of the bootstrap intervals"),
  seed: z.int().optional().describe("Seed of the bootstrap resamples; absent: train.seed, else 42"),
  backend: z
    .enum(["runner", "ray"])
    .optional()
    .describe(
      "Where predict_command runs in evaluate: runner, or ray (a job on train.ray's cluster); absent: runner",
    ),
  id_column: columnName
    .optional()
    .describe(
      "The test file's row id column: recorded with each prediction in evaluation/predictions.csv, so monitor can pair production rows with the test rows by id",
    ),
});

export const gateSchema = z.strictObject({
  primary: z
    .strictObject({
      metric: metricName.describe(
        "The metric the challenger must improve on the champion; also evaluate's default primary_metric",
      ),
      min_delta: z
        .number()
        .default(0)
        .describe(
          "Improvement to show: the lower CI bound of challenger − champion must exceed it (for a loss such as log_loss, the upper bound must be below −min_delta)",
        ),
      confidence: z
        .number()
        .gt(0)
        .lt(1)
        .default(0.95)
        .describe("Confidence level of the paired bootstrap interval of challenger − champion"),
    })
    .optional()
    .describe(
      "The improvement on the champion to show (skipped without one); absent: evaluate's primary metric, min_delta 0",
    ),
  thresholds: z
    .partialRecord(metricName, range("value"))
    .optional()
    .describe("Bounds on the challenger's own metric values, judged with or without a champion; NaN fails."),
  guardrails: z
    .partialRecord(
      metricName,
      z.strictObject({
        max_regression: z
          .number()
          .nonnegative()
          .describe(
            "How much worse than the champion's value the challenger's may be, in the metric's units",
          ),
      }),
    )
    .optional()
    .describe(
      "Per metric, how much worse than the champion the challenger may be; skipped without a champion.",
    ),
  slices: z
    .strictObject({
      columns: z
        .array(columnName)
        .min(1)
        .describe(
          "Test-file columns to slice by: per value (at most 50), or quartiles of numbers with over 10 values",
        ),
      min_rows: z
        .int()
        .nonnegative()
        .default(200)
        .describe("Slices with fewer test rows are listed as skipped, not judged"),
      max_regression: z
        .number()
        .nonnegative()
        .describe("How much worse than the champion the primary metric may be on each slice, in its units"),
    })
    .optional()
    .describe("Per-slice regression limit on the primary metric; skipped without a champion"),
  limits: z
    .strictObject({
      model_size_mb: z
        .number()
        .positive()
        .optional()
        .describe("Largest model folder, all its files, in MB of 1,000,000 bytes"),
      predict_ms_per_1k_rows: z
        .number()
        .positive()
        .optional()
        .describe(
          "Largest prediction time in ms per 1,000 test rows: wall time of predict_command, process start included",
        ),
    })
    .optional()
    .describe("Upper bounds, inclusive, on the challenger's model size and prediction time"),
  require_validation: z
    .boolean()
    .default(true)
    .describe(
      "The validate-data report must be given to champion-challenger and have passed; false: it never blocks",
    ),
  serving_parity: z
    .strictObject({
      enabled: z
        .boolean()
        .optional()
        .describe("false: skip the check; absent: on when a Python with mlflow is found, skipped otherwise"),
      max_abs_diff: z
        .number()
        .nonnegative()
        .default(1e-6)
        .describe("Largest allowed |score − served score| per row; labels must be equal"),
    })
    .optional()
    .describe(
      "The packaged MLflow Model, loaded as a server loads it, must predict the test rows as evaluate measured",
    ),
});

export const trainyardConfigSchema = z
  .strictObject({
    version: z.literal(1).default(1).describe("The config format version (1, the default)"),
    model: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+$/, "a model name of letters, digits, '_', '.' and '-'")
      .optional()
      .describe(
        "The registered model's name; train, champion-challenger and register-model need it, the data steps do not",
      ),
    experiment: z.string().min(1).optional().describe("The tracking experiment; defaults to model"),
    tracking: trackingSchema.optional().describe("Where runs and model versions are recorded"),
    store: storeSchema
      .default(".trainyard/store")
      .describe("Where snapshots live: a directory or s3://bucket/prefix"),
    data: dataSchema.optional().describe("snapshot-data: the source and its split"),
    validate: validateSchema.optional().describe("validate-data: rules every snapshot must pass"),
    train: trainSchema.optional().describe("train: your training command"),
    evaluate: evaluateSchema.optional().describe("evaluate: your prediction command and the metrics"),
    gate: gateSchema.optional().describe("champion-challenger: what a challenger must show to be promoted"),
    register: z
      .strictObject({
        environment: z
          .string()
          .min(1)
          .default("production")
          .describe(
            "The GitHub environment whose approval promote and rollback read; register-model's input overrides it",
          ),
        serve_check: z
          .boolean()
          .default(false)
          .describe(
            "promote: serve the version with mlflow models serve and check its answer before the champion alias moves",
          ),
        approval: z
          .enum(["environment", "review"])
          .optional()
          .describe(
            "environment (absent: the default): the environment's required reviewers approve (public repositories, Enterprise); review: a listed approver approves on the pull request or the approval issue (every plan)",
          ),
        approvers: z
          .array(z.string().regex(/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/, "a GitHub login or org/team"))
          .optional()
          .describe(
            "review: GitHub logins and org/team slugs who may approve; CODEOWNERS of trainyard.yml may too",
          ),
        allow_self_approval: z
          .boolean()
          .optional()
          .describe("review: whether the person who started the run may approve it; absent: false"),
        approval_timeout: z
          .string()
          .regex(/^\d+(\.\d+)?\s*[smhd]$/, "a duration such as 90s, 30m, 4h or 1d")
          .optional()
          .describe(
            "review: how long the approval is waited for (e.g. 30m, 4h); absent: 4h; re-running the job waits again",
          ),
      })
      .prefault({})
      .describe("register-model: the GitHub environment whose reviewers approve promotion"),
    serving: z
      .strictObject({
        python: z
          .string()
          .min(1)
          .optional()
          .describe(
            "The Python (with mlflow) that loads packaged models; absent: TRAINYARD_PYTHON, else python3 on PATH",
          ),
      })
      .optional()
      .describe("Packaging and serving checks of the MLflow Model every version is"),
    github: z
      .strictObject({
        comment: z
          .boolean()
          .default(true)
          .describe(
            "Post or update champion-challenger's pull-request comment, one per model; false: job summary only",
          ),
        check: z
          .boolean()
          .optional()
          .describe(
            "Publish the decision as the check run `trainyard / <model>` on the head commit (checks: write), which branch protection can require; absent: true",
          ),
      })
      .prefault({})
      .describe("comment: the sticky pull-request report"),
    monitor: monitorSchema
      .optional()
      .describe("monitor: judge the champion on labelled production predictions"),
    slo: sloSchema.optional().describe("slo: targets of the pipeline's service-level indicators"),
  })
  .transform((config) => ({ ...config, experiment: config.experiment ?? config.model }));

/** trainyard.yml after validation, with every default applied. */
export type TrainyardConfig = z.output<typeof trainyardConfigSchema>;
/** trainyard.yml as written (what the JSON Schema describes). */
export type TrainyardConfigInput = z.input<typeof trainyardConfigSchema>;
export type DataConfig = z.output<typeof dataSchema>;
export type SplitConfig = z.output<typeof splitSchema>;
export type StoreConfig = z.output<typeof storeSchema>;
export type ValidateConfig = z.output<typeof validateSchema>;
export type ColumnRuleConfig = z.output<typeof columnRuleSchema>;
export type TrainConfig = z.output<typeof trainSchema>;
export type EvaluateConfig = z.output<typeof evaluateSchema>;
export type GateConfig = z.output<typeof gateSchema>;
/** The sections a step may require (see `requireSection`). */
export type SectionName = "data" | "validate" | "train" | "evaluate" | "gate";
