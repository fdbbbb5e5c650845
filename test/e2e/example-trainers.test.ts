import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rocAuc } from "../../src/stats/metrics/binary.js";
import { venvPython } from "../harness/test-servers.js";

// The churn example's two trainers (examples/churn/trainers), run as trainyard runs them: no arguments,
// no shell, and an environment holding only PATH and the contract's TRAINYARD_* variables.
const run = promisify(execFile);
const DATA = resolve("examples/churn/data/customers.csv");
const TRAINERS = resolve("examples/churn/trainers");
const python = process.env.TRAINYARD_SKLEARN_PYTHON ?? venvPython();

interface Trainer {
  key: string;
  name: string;
  interpreter: () => string;
  train: string;
  predict: string;
  modelFiles: string[];
  /** Params other than the defaults: they must give another model. */
  otherParams: Record<string, unknown>;
}

const TRAINER_LIST: Trainer[] = [
  {
    key: "node",
    name: "node (logistic regression)",
    interpreter: () => process.execPath,
    train: join(TRAINERS, "node", "train.mjs"),
    predict: join(TRAINERS, "node", "predict.mjs"),
    modelFiles: ["model.json"],
    otherParams: { learning_rate: 0.05, epochs: 40, l2: 0.05 },
  },
  {
    key: "python",
    name: "python (scikit-learn HistGradientBoostingClassifier)",
    interpreter: () => {
      if (!existsSync(python))
        throw new Error(
          `no Python at ${python}; run node scripts/test-env.mjs or set TRAINYARD_SKLEARN_PYTHON`,
        );
      return python;
    },
    train: join(TRAINERS, "python", "train.py"),
    predict: join(TRAINERS, "python", "predict.py"),
    modelFiles: ["model.json", "model.pkl"],
    otherParams: { max_iter: 40, learning_rate: 0.2, max_depth: 2 },
  },
];

const HEADER =
  "customer_id,signup_time,country,plan,age,tenure_months,monthly_spend,support_tickets,email,churned";
let root: string;
let testLabels: Int32Array;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "example-trainers-"));
  const [header = "", ...lines] = (await readFile(DATA, "utf8")).trim().split("\n");
  expect(header).toBe(HEADER);
  const test = lines.filter((_, i) => i % 4 === 3);
  const train = lines.filter((_, i) => i % 4 !== 3);
  await writeFile(join(root, "train.csv"), `${header}\n${train.join("\n")}\n`);
  await writeFile(join(root, "test.csv"), `${header}\n${test.join("\n")}\n`);
  // The same test rows without the label: predictions must not depend on it.
  const dropLabel = (line: string) => line.slice(0, line.lastIndexOf(","));
  await writeFile(join(root, "unlabelled.csv"), `${[header, ...test].map(dropLabel).join("\n")}\n`);
  await writeFile(join(root, "empty-params.json"), "{}\n");
  testLabels = Int32Array.from(test, (line) => Number(line.slice(line.lastIndexOf(",") + 1)));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

interface Training {
  outputDir: string;
  metricsFile: string;
  stdout: string;
}

/** Runs a trainer's train command under the contract in a fresh folder of `root`. */
async function train(trainer: Trainer, label: string, params: unknown, seed = 42): Promise<Training> {
  const dir = join(root, trainer.key, label);
  const outputDir = join(dir, "model");
  await mkdir(outputDir, { recursive: true });
  const paramsFile = join(dir, "params.json");
  const metricsFile = join(dir, "curves.jsonl");
  await writeFile(paramsFile, `${JSON.stringify(params)}\n`);
  await writeFile(metricsFile, "");
  const { stdout } = await run(trainer.interpreter(), [trainer.train], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      TRAINYARD_DATA_DIR: root,
      TRAINYARD_TRAIN_FILE: join(root, "train.csv"),
      TRAINYARD_TEST_FILE: join(root, "test.csv"),
      TRAINYARD_PARAMS_FILE: paramsFile,
      TRAINYARD_SEED: String(seed),
      PYTHONHASHSEED: String(seed),
      TRAINYARD_OUTPUT_DIR: outputDir,
      TRAINYARD_METRICS_FILE: metricsFile,
      TRAINYARD_RUN_ID: `run-${label}`,
    },
  });
  return { outputDir, metricsFile, stdout };
}

/** Runs a trainer's predict command on `input` and returns the predictions file's text. */
async function predict(trainer: Trainer, modelDir: string, input: string, name: string): Promise<string> {
  const predictionsFile = join(root, `${name}.csv`);
  await run(trainer.interpreter(), [trainer.predict], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      TRAINYARD_MODEL_DIR: modelDir,
      TRAINYARD_INPUT_FILE: join(root, input),
      TRAINYARD_PREDICTIONS_FILE: predictionsFile,
    },
  });
  return readFile(predictionsFile, "utf8");
}

async function failure(command: string, args: string[], env: Record<string, string | undefined>) {
  const error = await run(command, args, { env: { PATH: process.env.PATH, ...env } }).then(
    () => undefined,
    (caught: { code?: number; stderr?: string }) => caught,
  );
  expect(error, "the command should fail").toBeDefined();
  return { code: error?.code, stderr: error?.stderr ?? "" };
}

describe.each(TRAINER_LIST)("the churn example's $name trainer", (trainer) => {
  let first: Training;
  let again: Training;
  let other: Training;
  /** The first model's predictions on the test rows, with and without the label. */
  let predictions: { test: string; unlabelled: string };

  beforeAll(async () => {
    [first, again, other] = await Promise.all([
      train(trainer, "defaults", {}),
      train(trainer, "defaults-again", {}),
      train(trainer, "other-params", trainer.otherParams),
    ]);
    const [test, unlabelled] = await Promise.all([
      predict(trainer, first.outputDir, "test.csv", `${trainer.key}-test`),
      predict(trainer, first.outputDir, "unlabelled.csv", `${trainer.key}-unlabelled`),
    ]);
    predictions = { test, unlabelled };
  }, 60_000);

  it("writes the model and a training curve of valid JSON lines", async () => {
    for (const file of trainer.modelFiles) expect(existsSync(join(first.outputDir, file)), file).toBe(true);
    const lines = (await readFile(first.metricsFile, "utf8")).trim().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(200);
    const points = lines.map((line) => JSON.parse(line) as { name: unknown; value: unknown; step: unknown });
    for (const point of points) {
      expect(point.name).toBe("train_log_loss");
      expect(Number.isFinite(point.value)).toBe(true);
      expect(Number.isInteger(point.step)).toBe(true);
    }
    const values = points.map((point) => point.value as number);
    expect(values.at(-1)).toBeLessThan(values[0] as number);
    expect(values.at(-1)).toBeLessThan(0.5);
  });

  it("predicts one row per test row, in order, with scores that rank the held-out rows (ROC AUC > 0.7)", () => {
    expect(predictions.unlabelled).toBe(predictions.test);
    const [header, ...rows] = predictions.test.trimEnd().split("\n");
    expect(header).toBe("prediction,score");
    expect(rows.length).toBe(testLabels.length);
    const scores = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      const [prediction, score, ...rest] = row.split(",");
      expect(rest).toEqual([]);
      const value = Number(score);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(prediction).toBe(value >= 0.5 ? "1" : "0");
      scores[i] = value;
    });
    expect(new Set(scores).size).toBeGreaterThan(20);
    expect(rocAuc(scores, testLabels)).toBeGreaterThan(0.7);
  });

  it("retrains to byte-identical model files with the same data, params and seed", async () => {
    for (const file of trainer.modelFiles) {
      const [a, b] = await Promise.all([
        readFile(join(first.outputDir, file)),
        readFile(join(again.outputDir, file)),
      ]);
      expect(a.equals(b), `${file} differs between two trainings`).toBe(true);
    }
    expect(await readFile(again.metricsFile, "utf8")).toBe(await readFile(first.metricsFile, "utf8"));
  });

  it("trains another model with other params", async () => {
    for (const file of trainer.modelFiles) {
      const [a, b] = await Promise.all([
        readFile(join(first.outputDir, file)),
        readFile(join(other.outputDir, file)),
      ]);
      expect(a.equals(b), `${file} is the same with other params`).toBe(false);
    }
    // Not only the recorded params: the fitted model differs, so its training curve does too.
    const [curve, otherCurve] = await Promise.all([
      readFile(first.metricsFile, "utf8"),
      readFile(other.metricsFile, "utf8"),
    ]);
    expect(otherCurve).not.toBe(curve);
  });

  it("stops with a clear message (exit code 2) when a variable, a param or a column is wrong", async () => {
    const interpreter = trainer.interpreter();
    const params = join(root, "bad-params.json");
    await writeFile(params, '{"no_such_param": 1}\n');
    const noPlan = join(root, `${trainer.key}-no-plan.csv`);
    const text = await readFile(join(root, "test.csv"), "utf8");
    await writeFile(noPlan, text.replace(/^([^,]+,[^,]+,[^,]+),[^,]+/gm, "$1"));
    const [missingVariable, unknownParam, missingColumn, missingInputColumn] = await Promise.all([
      failure(interpreter, [trainer.train], { TRAINYARD_TRAIN_FILE: join(root, "train.csv") }),
      failure(interpreter, [trainer.train], {
        TRAINYARD_TRAIN_FILE: join(root, "train.csv"),
        TRAINYARD_PARAMS_FILE: params,
        TRAINYARD_SEED: "42",
        TRAINYARD_OUTPUT_DIR: join(root, "never-written"),
      }),
      failure(interpreter, [trainer.train], {
        TRAINYARD_TRAIN_FILE: join(root, "unlabelled.csv"),
        TRAINYARD_PARAMS_FILE: join(root, "empty-params.json"),
        TRAINYARD_SEED: "42",
        TRAINYARD_OUTPUT_DIR: join(root, "never-written"),
      }),
      failure(interpreter, [trainer.predict], {
        TRAINYARD_MODEL_DIR: first.outputDir,
        TRAINYARD_INPUT_FILE: noPlan,
        TRAINYARD_PREDICTIONS_FILE: join(root, "never-written.csv"),
      }),
    ]);
    expect(missingVariable.code).toBe(2);
    expect(missingVariable.stderr).toMatch(/TRAINYARD_\w+ is not set/);
    expect(unknownParam.code).toBe(2);
    expect(unknownParam.stderr).toContain("unknown params no_such_param");
    expect(missingColumn.code).toBe(2);
    expect(missingColumn.stderr).toContain('has no column "churned"');
    expect(missingInputColumn.code).toBe(2);
    expect(missingInputColumn.stderr).toContain('has no column "plan"');
    expect(existsSync(join(root, "never-written.csv"))).toBe(false);
  });
});
