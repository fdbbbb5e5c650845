import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/config-error.js";
import { loadConfig, parseConfig, requireSection } from "../../../src/config/load-config.js";

const FULL = `version: 1
model: churn-classifier
experiment: churn
tracking: { uri: "http://127.0.0.1:5000" }
store:
  uri: s3://models/trainyard
  endpoint: http://127.0.0.1:9000
  region: us-east-1
  force_path_style: true
data:
  source: data/train.csv
  format: csv
  split: { strategy: group, test_fraction: 0.25, key: account_id }
  as_of: { time: "2024-07-01T00:00:00Z", column: event_time }
validate:
  columns:
    age:        { type: integer, min: 0, max: 120, max_null_fraction: 0 }
    amount:     { type: number, min: 0, mean: { min: 10, max: 500 }, std: { max: 300 } }
    country:    { type: string, allowed: [US, GB, DE, FR] }
    email:      { type: string, pattern: '^[^@]+@[^@]+$', severity: warn, required: false }
    event_time: { type: timestamp, min: 2020-01-01, max_age: 2d }
    label:      { type: integer, allowed: [0, 1], max_null_fraction: 0.01 }
  required_only: true
  unique: [[account_id, event_id]]
  rows: { min: 1000 }
  label: { column: label, min_class_fraction: 0.01 }
  leakage: { key: account_id }
  drift: { reference: champion, psi: { warn: 0.1, error: 0.25 }, ks: { warn: 0.1 }, columns: [age, amount] }
train:
  command: python train.py
  working_directory: model
  params:
    learning_rate: 0.1
    trees: { depth: 6, count: [100, 200] }
  seed: 7
  cache: false
  timeout_minutes: 30
  reproduce: warn
evaluate:
  predict_command: python predict.py
  task: binary
  label_column: churned
  positive_class: 1
  slices: [country]
  metrics: [roc_auc, recall, log_loss]
  primary_metric: roc_auc
  bootstrap: 500
  confidence: 0.9
  seed: 3
gate:
  primary: { metric: roc_auc, min_delta: 0.002, confidence: 0.95 }
  thresholds: { roc_auc: { min: 0.80 }, log_loss: { max: 0.45 } }
  guardrails: { recall: { max_regression: 0.01 }, expected_calibration_error: { max_regression: 0.02 } }
  slices: { columns: [country], min_rows: 200, max_regression: 0.03 }
  limits: { model_size_mb: 200, predict_ms_per_1k_rows: 50 }
  require_validation: true
register: { environment: prod }
github: { comment: false }
`;

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, "trainyard.yml");
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const lines = (...text: string[]) => `${text.join("\n")}\n`;

describe("parseConfig on valid files", () => {
  it("reads every section of a full config as written", () => {
    const { config } = parseConfig(FULL, "trainyard.yml");
    expect(config.store).toEqual({
      uri: "s3://models/trainyard",
      endpoint: "http://127.0.0.1:9000",
      region: "us-east-1",
      force_path_style: true,
    });
    expect(config.data?.split).toEqual({
      strategy: "group",
      test_fraction: 0.25,
      seed: 42,
      key: "account_id",
    });
    expect(config.validate?.columns?.email).toMatchObject({ severity: "warn", required: false });
    expect(config.validate?.columns?.age?.required).toBe(true);
    expect(config.validate?.columns?.event_time?.min).toBe("2020-01-01");
    expect(config.train?.params).toEqual({ learning_rate: 0.1, trees: { depth: 6, count: [100, 200] } });
    expect(config.train?.reproduce).toBe("warn");
    expect(config.gate?.thresholds).toEqual({ roc_auc: { min: 0.8 }, log_loss: { max: 0.45 } });
    expect(config.register.environment).toBe("prod");
    expect(config.github.comment).toBe(false);
  });

  it("applies the defaults of a minimal config", () => {
    const { config } = parseConfig(
      lines(
        "version: 1",
        "model: churn",
        "data:",
        "  source: data/*.csv",
        "  split: { strategy: random }",
        "train:",
        "  command: node train.mjs",
        "evaluate: {}",
        "gate:",
        "  primary: { metric: roc_auc }",
        "  slices: { columns: [country], max_regression: 0.03 }",
        "validate:",
        "  columns:",
        "    age: { type: integer }",
      ),
      "trainyard.yml",
    );
    expect(config.experiment).toBe("churn");
    expect(config.tracking).toBeUndefined();
    expect(config.store).toBe(".trainyard/store");
    expect(config.data?.split).toEqual({ strategy: "random", test_fraction: 0.2, seed: 42 });
    expect(config.train).toEqual({
      command: "node train.mjs",
      seed: 42,
      cache: true,
      timeout_minutes: 60,
      reproduce: false,
    });
    expect(config.evaluate).toEqual({ bootstrap: 1000, confidence: 0.95 });
    expect(config.gate).toEqual({
      primary: { metric: "roc_auc", min_delta: 0, confidence: 0.95 },
      slices: { columns: ["country"], min_rows: 200, max_regression: 0.03 },
      require_validation: true,
    });
    expect(config.validate).toEqual({
      columns: { age: { type: "integer", required: true } },
      required_only: false,
    });
    expect(config.register).toEqual({ environment: "production", serve_check: false });
    expect(config.github).toEqual({ comment: true });
  });

  it("finds the line of any rule, a mapping entry by its key", () => {
    const { lineOf } = parseConfig(FULL, "trainyard.yml");
    expect(lineOf(["validate", "columns", "age", "min"])).toBe(17);
    expect(lineOf(["validate", "columns"])).toBe(16);
    expect(lineOf(["store"])).toBe(5);
    expect(lineOf(["validate", "unique", 0, 1])).toBe(24);
    expect(lineOf(["train", "params", "trees", "count", 1])).toBe(34);
    // Not in the file (a default): the nearest parent that is.
    expect(lineOf(["data", "split", "seed"])).toBe(13);
    expect(lineOf(["nowhere"])).toBe(1);
  });

  it("accepts YAML anchors and merge keys", () => {
    const { config } = parseConfig(
      lines(
        "version: 1",
        "model: m",
        "validate:",
        "  columns:",
        "    a: &fraction { type: number, min: 0, max: 1 }",
        "    b: { <<: *fraction, severity: warn }",
      ),
      "trainyard.yml",
    );
    expect(config.validate?.columns?.b).toEqual({
      type: "number",
      min: 0,
      max: 1,
      severity: "warn",
      required: true,
    });
  });
});

describe("parseConfig errors", () => {
  it("names the position of an unknown key and suggests the nearest one", () => {
    const error = errorOf(
      lines(
        "version: 1",
        "model: churn",
        "validate:",
        "  columns:",
        "    age:",
        "      type: integer",
        "      mni: 0",
      ),
    );
    expect(error.message).toBe(
      'trainyard.yml:7:7: validate.columns.age.mni: unknown key; did you mean "min"?',
    );
    expect(error.issues).toEqual([
      {
        path: ["validate", "columns", "age", "mni"],
        line: 7,
        column: 7,
        message: 'unknown key; did you mean "min"?',
        suggestion: "min",
      },
    ]);
  });

  it("suggests snake_case for a kebab-case key and lists the keys when nothing is close", () => {
    const error = errorOf(
      lines("version: 1", "model: m", "train:", "  command: x", "  timeout-minutes: 5", "  gpu: true"),
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'unknown key; did you mean "timeout_minutes"?',
      "unknown key; expected one of command, working_directory, params, params_file, seed, cache, timeout_minutes, reproduce, secret_env, checkpoint, backend, ray, sagemaker",
    ]);
  });

  it("says what was expected and what was found for a wrong type", () => {
    const error = errorOf(
      lines("version: 1", "model: churn", "train:", "  command: python train.py", "  seed: abc"),
    );
    expect(error.message).toBe('trainyard.yml:5:9: train.seed: expected an integer, found "abc" (string)');
    expect(error.issues[0]).toMatchObject({ expected: "an integer", found: '"abc" (string)' });
  });

  it("explains a wrong value with the allowed ones and the nearest", () => {
    const error = errorOf(lines("version: 1", "model: m", "data:", "  source: a.csv", "  format: parquett"));
    expect(error.message).toBe(
      'trainyard.yml:5:11: data.format: expected one of "csv", "parquet", "jsonl", found "parquett" (string); did you mean "parquet"?',
    );
    expect(error.issues[0]?.suggestion).toBe("parquet");
  });

  it("checks bounds, patterns and metric names", () => {
    const error = errorOf(
      lines(
        "version: 1",
        "model: my model",
        "evaluate: { bootstrap: -1, confidence: 1, metrics: [] }",
        "gate:",
        "  thresholds: { roc_aux: { min: 0.8 } }",
        "validate:",
        "  columns:",
        "    t: { type: timestamp, max_age: 2 days }",
      ),
    );
    expect(error.message.split("\n")).toEqual([
      "trainyard.yml:2:8: model: expected a model name of letters, digits, '_', '.' and '-', found \"my model\" (string)",
      "trainyard.yml:3:24: evaluate.bootstrap: expected an integer ≥ 0, found -1 (number)",
      "trainyard.yml:3:40: evaluate.confidence: expected a number < 1, found 1 (number)",
      "trainyard.yml:3:43: evaluate.metrics: expected a list of at least 1 item, found an empty list",
      'trainyard.yml:5:17: gate.thresholds.roc_aux: unknown key; did you mean "roc_auc"?',
      'trainyard.yml:8:36: validate.columns.t.max_age: expected a duration such as 2d, 12h, 30m, 45s or 1w, found "2 days" (string)',
    ]);
  });

  it("explains a value that fits none of the forms of a key", () => {
    expect(errorOf(lines("version: 1", "model: m", "store: 5")).message).toBe(
      "trainyard.yml:3:8: store: expected a string or a mapping, found 5 (number)",
    );
    // A mapping is the object form, so its own problems are reported.
    expect(errorOf(lines("version: 1", "model: m", "store: { uri: s3://b, endpont: x }")).message).toBe(
      'trainyard.yml:3:23: store.endpont: unknown key; did you mean "endpoint"?',
    );
  });

  it("reports missing required keys at their parent and every problem at once, top to bottom", () => {
    const error = errorOf(lines("version: 2", "modle: churn", "train:", "  seed: 1"));
    expect(error.message.split("\n")).toEqual([
      "trainyard.yml:1:10: version: expected 1, found 2 (number)",
      'trainyard.yml:2:1: modle: unknown key; did you mean "model"?',
      "trainyard.yml:3:1: train.command: missing required key; expected a string",
    ]);
  });

  it("checks the keys a split strategy needs and that bounds are ordered", () => {
    const split = errorOf(
      lines("version: 1", "model: m", "data:", "  source: x.csv", "  split: { strategy: group }"),
    );
    expect(split.message).toBe(
      "trainyard.yml:5:3: data.split.key: a group split needs key (the column that keeps an entity on one side)",
    );
    const bounds = errorOf(lines("version: 1", "model: m", "validate:", "  rows: { min: 10, max: 5 }"));
    expect(bounds.message).toBe("trainyard.yml:4:16: validate.rows.min: min (10) is greater than max (5)");
  });

  it("refuses a column bound that its type (or a missing type) would never check", () => {
    const untyped = errorOf(
      lines("version: 1", "model: m", "validate:", "  columns:", "    age: { min: 18, max_age: 2d }"),
    );
    expect(untyped.message.split("\n")).toEqual([
      "trainyard.yml:5:17: validate.columns.age.min: min needs the column's type (integer, number or timestamp): bounds are checked on parsed values, so without a type nothing would be checked",
      "trainyard.yml:5:30: validate.columns.age.max_age: max_age needs the column's type (timestamp): bounds are checked on parsed values, so without a type nothing would be checked",
    ]);
    const wrongType = errorOf(
      lines(
        "version: 1",
        "model: m",
        "validate:",
        "  columns:",
        "    plan: { type: string, mean: { min: 1 } }",
      ),
    );
    expect(wrongType.message).toBe(
      "trainyard.yml:5:27: validate.columns.plan.mean: mean does not apply to type string; it needs type integer or number",
    );
  });

  it("says an empty value is not a section", () => {
    expect(errorOf(lines("version: 1", "model: m", "train:")).message).toBe(
      "trainyard.yml:3:1: train: expected a mapping, found an empty value",
    );
  });

  it("gives the YAML parser's position for malformed YAML", () => {
    const error = errorOf(lines("version: 1", "model: churn", "data:", "  source: [a.csv", "train:"));
    expect(error.issues[0]).toMatchObject({ path: [], line: 5, column: 1 });
    expect(error.message).toMatch(/^trainyard\.yml:5:1: not valid YAML: /);
    expect(errorOf(lines("version: 1", "model: a", "model: b")).message).toBe(
      "trainyard.yml:3:1: not valid YAML: Map keys must be unique",
    );
  });

  it("explains an empty file and a file that is not a mapping", () => {
    for (const text of ["", "# only a comment\n"])
      expect(errorOf(text).message).toBe(
        "trainyard.yml: the file is empty; give at least `model: <registered model name>`, or `data:` and `validate:` for the data steps alone",
      );
    expect(errorOf("- a\n- b\n").message).toBe("trainyard.yml:1:1: expected a mapping, found a list");
  });
});

describe("loadConfig", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "trainyard-config-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads and validates a file", async () => {
    const path = join(dir, "trainyard.yml");
    await writeFile(path, FULL);
    const loaded = await loadConfig(path);
    expect(loaded.path).toBe(path);
    expect(loaded.config.model).toBe("churn-classifier");
  });

  it("says when the file is missing", async () => {
    const path = join(dir, "missing.yml");
    const error = await loadConfig(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).path).toBe(path);
    expect((error as ConfigError).message).toBe(
      `${path}: no such file; create trainyard.yml (at least \`model: <name>\`) or give its path (the config input, --config)`,
    );
  });

  it("names the file in every issue of an invalid file", async () => {
    const path = join(dir, "bad.yml");
    await writeFile(path, lines("version: 1", "model: m", "gate: { require_validaton: false }"));
    await expect(loadConfig(path)).rejects.toThrow(
      `${path}:3:9: gate.require_validaton: unknown key; did you mean "require_validation"?`,
    );
  });
});

describe("requireSection", () => {
  it("returns a present section and names a missing one", () => {
    const loaded = parseConfig(lines("version: 1", "model: m", "train: { command: x }"), "trainyard.yml");
    expect(requireSection(loaded, "train").command).toBe("x");
    expect(() => requireSection(loaded, "data")).toThrow(
      "trainyard.yml: data: missing section; add `data: { source: <path, glob, s3:// or https:// URL> }`",
    );
  });
});

describe("a trainyard.yml for the data steps alone", () => {
  it("needs neither model nor version", async () => {
    const dir = await mkdtemp(join(tmpdir(), "data-only-"));
    const path = join(dir, "trainyard.yml");
    await writeFile(path, "data:\n  source: rows.csv\nvalidate:\n  columns:\n    id: { type: integer }\n");
    const loaded = await loadConfig(path);
    expect(loaded.config.model).toBeUndefined();
    expect(loaded.config.version).toBe(1);
    expect(loaded.config.data?.source).toBe("rows.csv");
  });
});
