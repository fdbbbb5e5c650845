import { z } from "zod";

const severity = z.enum(["error", "warn"]);
const range = z.strictObject({ min: z.number().optional(), max: z.number().optional() });
const bound = z.union([z.number(), z.string()]);

export const columnRuleSchema = z.strictObject({
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
  pattern: z
    .string()
    .refine((pattern) => {
      try {
        new RegExp(pattern, "u");
        return true;
      } catch {
        return false;
      }
    }, "a valid regular expression")
    .optional(),
  max_age: z
    .string()
    .regex(/^\d+(\.\d+)?\s*[smhdw]$/, "a duration such as 2d, 12h, 30m")
    .optional(),
  severity: severity.optional(),
  required: z.boolean().optional(),
});

const driftThresholds = z.strictObject({
  warn: z.number().positive().optional(),
  error: z.number().positive().optional(),
});

export const validateSchema = z.strictObject({
  columns: z.record(z.string(), columnRuleSchema).optional(),
  required_only: z.boolean().optional(),
  unique: z.array(z.array(z.string()).min(1)).optional(),
  rows: range.optional(),
  label: z
    .strictObject({
      column: z.string(),
      min_class_fraction: z.number().min(0).max(1).optional(),
      severity: severity.optional(),
    })
    .optional(),
  leakage: z.strictObject({ key: z.string().optional(), severity: severity.optional() }).optional(),
  drift: z
    .strictObject({
      reference: z.string().optional(),
      psi: driftThresholds.optional(),
      ks: driftThresholds.optional(),
      columns: z.array(z.string()).optional(),
    })
    .optional(),
});

const splitSchema = z
  .strictObject({
    strategy: z.enum(["random", "group", "time"]).default("random"),
    test_fraction: z.number().gt(0).lt(1).default(0.2),
    seed: z.number().int().default(42),
    key: z.string().optional(),
    time_column: z.string().optional(),
    cutoff: z.string().optional(),
  })
  .superRefine((split, context) => {
    if (split.strategy === "group" && !split.key)
      context.addIssue({
        code: "custom",
        path: ["key"],
        message: "a group split needs key (the column that keeps an entity on one side)",
      });
    if (split.strategy === "time" && !split.time_column)
      context.addIssue({ code: "custom", path: ["time_column"], message: "a time split needs time_column" });
    if (split.strategy === "time" && !split.cutoff)
      context.addIssue({
        code: "custom",
        path: ["cutoff"],
        message: "a time split needs cutoff (rows before it train, the rest test)",
      });
  });

const storeSchema = z.union([
  z.string().min(1),
  z.strictObject({
    uri: z.string().min(1),
    endpoint: z.string().optional(),
    region: z.string().optional(),
    force_path_style: z.boolean().optional(),
  }),
]);

export const trainyardConfigSchema = z.strictObject({
  version: z.literal(1),
  model: z.string().regex(/^[A-Za-z0-9_.-]+$/, "a model name of letters, digits, '_', '.' and '-'"),
  experiment: z.string().min(1).optional(),
  tracking: z.strictObject({ uri: z.string().default("") }).optional(),
  store: storeSchema.default(".trainyard/store"),
  data: z
    .strictObject({
      source: z.string().min(1),
      format: z.enum(["csv", "parquet", "jsonl"]).optional(),
      split: splitSchema.optional(),
      as_of: z.strictObject({ time: z.string(), column: z.string() }).optional(),
    })
    .optional(),
  validate: validateSchema.optional(),
  train: z
    .strictObject({
      command: z.string().min(1),
      working_directory: z.string().optional(),
      params: z.record(z.string(), z.unknown()).optional(),
      params_file: z.string().optional(),
      seed: z.number().int().default(42),
      cache: z.boolean().default(true),
      timeout_minutes: z.number().positive().default(60),
      reproduce: z.union([z.literal(false), z.enum(["warn", "error"])]).default(false),
    })
    .optional(),
  evaluate: z
    .strictObject({
      predict_command: z.string().min(1).optional(),
      task: z.enum(["binary", "multiclass", "regression"]).optional(),
      label_column: z.string().default("label"),
      positive_class: z.union([z.string(), z.number()]).optional(),
      slices: z.array(z.string()).optional(),
      metrics: z.array(z.string()).optional(),
      primary_metric: z.string().optional(),
      bootstrap: z.number().int().min(0).max(100_000).default(1000),
      confidence: z.number().gt(0).lt(1).default(0.95),
      seed: z.number().int().optional(),
    })
    .optional(),
  gate: z
    .strictObject({
      primary: z
        .strictObject({
          metric: z.string(),
          min_delta: z.number().default(0),
          confidence: z.number().gt(0).lt(1).default(0.95),
        })
        .optional(),
      thresholds: z.record(z.string(), range).optional(),
      guardrails: z
        .record(z.string(), z.strictObject({ max_regression: z.number().nonnegative() }))
        .optional(),
      slices: z
        .strictObject({
          columns: z.array(z.string()),
          min_rows: z.number().int().nonnegative().default(200),
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
    })
    .optional(),
  register: z.strictObject({ environment: z.string().default("production") }).optional(),
  github: z.strictObject({ comment: z.boolean().default(true) }).optional(),
});

export type TrainyardConfig = z.infer<typeof trainyardConfigSchema>;
export type ValidateConfig = z.infer<typeof validateSchema>;
