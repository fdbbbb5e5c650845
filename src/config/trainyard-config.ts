import { z } from "zod";

/** The metrics trainyard computes, by task; gate and evaluate keys must name one of them. */
export const METRICS_BY_TASK = {
  binary: [
    "accuracy",
    "precision",
    "recall",
    "f1",
    "roc_auc",
    "pr_auc",
    "log_loss",
    "brier",
    "expected_calibration_error",
  ],
  multiclass: ["accuracy", "macro_f1", "weighted_f1", "log_loss"],
  regression: ["rmse", "mae", "r2", "mape"],
} as const;

export type Task = keyof typeof METRICS_BY_TASK;
export type MetricName = (typeof METRICS_BY_TASK)[Task][number];
export const METRIC_NAMES: readonly MetricName[] = [...new Set(Object.values(METRICS_BY_TASK).flat())];

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

const range = z
  .strictObject({ min: z.number().optional(), max: z.number().optional() })
  .superRefine(orderedBounds);
// Column bounds are numbers, or times for timestamp columns.
const bound = z.union([z.number(), time]);

export const columnRuleSchema = z
  .strictObject({
    type: z.enum(["integer", "number", "string", "boolean", "timestamp"]).optional(),
    min: bound.optional(),
    max: bound.optional(),
    max_null_fraction: z.number().min(0).max(1).optional(),
    mean: range.optional(),
    std: range.optional(),
    allowed: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .min(1)
      .optional(),
    pattern: z.string().refine(isValidRegExp, expecting("a valid regular expression")).optional(),
    max_age: z
      .string()
      .regex(DURATION, "a duration such as 2d, 12h, 30m, 45s or 1w")
      .optional()
      .describe("Newest value at most this old when validated (timestamp columns)"),
    severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    required: z.boolean().default(true).describe("false: the column may be absent"),
  })
  .superRefine(orderedBounds);

const driftThresholds = z
  .strictObject({ warn: z.number().positive().optional(), error: z.number().positive().optional() })
  .superRefine((thresholds, context) => {
    if (thresholds.warn !== undefined && thresholds.error !== undefined && thresholds.warn > thresholds.error)
      context.addIssue({
        code: "custom",
        path: ["warn"],
        message: `warn (${thresholds.warn}) is greater than error (${thresholds.error})`,
      });
  });

export const validateSchema = z.strictObject({
  columns: z.record(columnName, columnRuleSchema).optional(),
  required_only: z.boolean().default(false).describe("true: a column without rules fails"),
  unique: z.array(z.array(columnName).min(1)).optional(),
  rows: range.optional(),
  label: z
    .strictObject({
      column: columnName,
      min_class_fraction: z.number().min(0).max(1).optional(),
      severity: severity.optional(),
    })
    .optional(),
  leakage: z.strictObject({ key: columnName.optional(), severity: severity.optional() }).optional(),
  drift: z
    .strictObject({
      reference: z
        .string()
        .min(1)
        .optional()
        .describe("champion (the snapshot that trained it) or a snapshot id; absent: no drift check"),
      psi: driftThresholds.optional(),
      ks: driftThresholds.optional(),
      columns: z.array(columnName).optional(),
    })
    .optional(),
});

export const splitSchema = z
  .strictObject({
    strategy: z
      .enum(["random", "group", "time"])
      .default("random")
      .describe("random by row hash; group keeps each key on one side; time splits at cutoff"),
    test_fraction: z.number().gt(0).lt(1).default(0.2),
    seed: z.int().default(42),
    key: columnName.optional(),
    time_column: columnName.optional(),
    cutoff: time.optional(),
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
  source: z.string().regex(LOCATION, "a path, a glob, s3://bucket/prefix or an https:// URL"),
  format: z.enum(["csv", "parquet", "jsonl"]).optional(),
  split: splitSchema.optional(),
  as_of: z
    .strictObject({ time, column: columnName })
    .optional()
    .describe("Point in time: rows whose column is after time are dropped"),
});

const storeUri = z.string().regex(STORE_LOCATION, "a local directory or s3://bucket/prefix");
export const storeSchema = z.union([
  storeUri,
  z.strictObject({
    uri: storeUri,
    endpoint: z.string().regex(HTTP_URL, "an http(s):// URL of an S3-compatible server").optional(),
    region: z.string().min(1).optional(),
    force_path_style: z.boolean().optional(),
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
  command: z.string().min(1),
  working_directory: z.string().min(1).optional(),
  params: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("Written to TRAINYARD_PARAMS_FILE; any nesting"),
  params_file: z.string().min(1).optional(),
  seed: z.int().default(42),
  cache: z.boolean().default(true),
  timeout_minutes: z.number().positive().default(60),
  reproduce: z
    .literal([false, true, "warn", "error"])
    .default(false)
    .describe(
      "Train twice and compare model bytes and final curve values (±1 %): true or warn warns, error fails",
    ),
});

export const evaluateSchema = z.strictObject({
  predict_command: z.string().min(1).optional(),
  task: z.enum(["binary", "multiclass", "regression"]).optional(),
  label_column: columnName.default("label"),
  positive_class: z.union([z.string(), z.number(), z.boolean()]).optional(),
  slices: z.array(columnName).optional(),
  metrics: z.array(metricName).min(1).optional(),
  primary_metric: metricName.optional(),
  bootstrap: z
    .int()
    .min(0)
    .max(100_000)
    .default(1000)
    .describe("Bootstrap resamples for confidence intervals"),
  confidence: z.number().gt(0).lt(1).default(0.95),
  seed: z.int().optional(),
});

export const gateSchema = z.strictObject({
  primary: z
    .strictObject({
      metric: metricName,
      min_delta: z
        .number()
        .default(0)
        .describe("The lower CI bound of challenger - champion must exceed this"),
      confidence: z.number().gt(0).lt(1).default(0.95),
    })
    .optional(),
  thresholds: z.partialRecord(metricName, range).optional(),
  guardrails: z
    .partialRecord(metricName, z.strictObject({ max_regression: z.number().nonnegative() }))
    .optional(),
  slices: z
    .strictObject({
      columns: z.array(columnName).min(1),
      min_rows: z.int().nonnegative().default(200),
      max_regression: z.number().nonnegative(),
    })
    .optional(),
  limits: z
    .strictObject({
      model_size_mb: z.number().positive().optional(),
      predict_ms_per_1k_rows: z.number().positive().optional(),
    })
    .optional(),
  require_validation: z.boolean().default(true),
});

export const trainyardConfigSchema = z
  .strictObject({
    version: z.literal(1).describe("The config format version"),
    model: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+$/, "a model name of letters, digits, '_', '.' and '-'")
      .describe("The registered model's name"),
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
      .strictObject({ environment: z.string().min(1).default("production") })
      .prefault({})
      .describe("register-model: the GitHub environment whose reviewers approve promotion"),
    github: z
      .strictObject({ comment: z.boolean().default(true) })
      .prefault({})
      .describe("comment: the sticky pull-request report"),
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
